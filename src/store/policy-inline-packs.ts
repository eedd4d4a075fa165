import { installPack, type InstallEnvironment } from './pack-install';
import type { PackStoreState, PlacedProblems } from './pack-record';

/**
 * Re-admits the policy's inline packs on every policy read: the policy is their only source, so one it no
 * longer lists is gone, and one it lists again keeps the time it was first accepted if it did not change.
 */
export async function applyInlinePolicyPacks(
  current: PackStoreState,
  env: InstallEnvironment,
): Promise<PlacedProblems[]> {
  const problems: PlacedProblems[] = [];
  const previous = current.installed.filter((p) => p.origin === 'policy' && !p.url);
  current.installed = current.installed.filter((p) => p.origin !== 'policy' || p.url);
  for (const [i, entry] of env.policy.policy.packs.entries()) {
    if (!entry.inline) continue;
    const admission = await installPack(current, { text: entry.inline, origin: 'policy' }, env, {
      locked: entry.locked,
    });
    if (!admission.ok) {
      problems.push({ where: `policy packs[${i}]`, errors: admission.errors });
      continue;
    }
    const before = previous.find((p) => p.id === admission.pack.id && p.hash === admission.pack.hash);
    const installed = current.installed.find((p) => p.id === admission.pack.id);
    if (before && installed) installed.updatedAt = before.updatedAt;
  }
  return problems;
}
