import type { TrustedKey } from '../packs/sign-pack';
import { NO_POLICY, readManagedPolicy, type ManagedPolicy } from './managed-policy';
import type { PlacedProblems } from './pack-record';
import { EXAMPLE_KEY_IDS } from './example-keys';
import { readPublicKey } from './public-key';
import { storeProblem } from './store-strings';

/** The organisation policy as the store applies it: its fields, its keys read, and what was wrong in it. */
export interface PolicyInForce {
  policy: ManagedPolicy;
  /** The policy's trustedKeys, read into trusted-key form (the ones that could be read). */
  keys: TrustedKey[];
  problems: PlacedProblems[];
}

export const NO_POLICY_IN_FORCE: PolicyInForce = { policy: NO_POLICY, keys: [], problems: [] };

/** Reads storage.managed (through `read`) and checks every field and key; a wrong one is reported and left out. */
export async function readPolicyInForce(read: () => Promise<unknown>): Promise<PolicyInForce> {
  let raw: unknown;
  try {
    raw = await read();
  } catch {
    raw = undefined; // No managed storage (e.g. Firefox without policies): no policy.
  }
  const policy = readManagedPolicy(raw);
  const problems: PlacedProblems[] = policy.errors.length ? [{ where: 'policy', errors: policy.errors }] : [];
  const keys: TrustedKey[] = [];
  for (const [i, key] of policy.trustedKeys.entries()) {
    const read = await readPublicKey(key.publicKey, key.name);
    if (!read.ok) problems.push({ where: `policy trustedKeys[${i}]`, errors: [read.problem] });
    else if (EXAMPLE_KEY_IDS.has(read.key.keyId)) {
      problems.push({
        where: `policy trustedKeys[${i}]`,
        errors: [storeProblem('policy-example-key', { keyId: read.key.keyId })],
      });
    } else keys.push(read.key);
  }
  return { policy, keys, problems };
}
