import { installPack, type InstallEnvironment } from './pack-install';
import type { CommandResult, PackStoreState, Subscription } from './pack-record';
import { fetchPackText } from './subscription-fetch';

export interface RefreshEnvironment extends InstallEnvironment {
  fetch: typeof fetch;
  fetchTimeoutMs?: number;
}

/**
 * Fetches one subscription (or policy address) and installs what it delivers. A failure of any kind keeps
 * the last good version in force and is kept on the subscription, to be shown beside its pack.
 */
export async function refreshSubscription(
  current: PackStoreState,
  sub: Subscription,
  env: RefreshEnvironment,
): Promise<CommandResult> {
  const outcome = await fetchPackText(sub.url, {
    fetch: env.fetch,
    ...(sub.etag ? { etag: sub.etag } : {}),
    ...(sub.lastModified ? { lastModified: sub.lastModified } : {}),
    ...(env.fetchTimeoutMs ? { timeoutMs: env.fetchTimeoutMs } : {}),
  });
  sub.lastChecked = env.now();
  if (outcome.kind === 'not-modified') {
    delete sub.lastErrors;
    return { ok: true, ...(sub.packId ? { packId: sub.packId } : {}) };
  }
  if (outcome.kind === 'error') {
    const problem = { ...outcome.problem, ...(sub.packId ? { packId: sub.packId } : {}) };
    sub.lastErrors = [problem];
    return { ok: false, errors: [problem] };
  }
  const policyEntry =
    sub.origin === 'policy' ? env.policy.policy.packs.find((p) => p.url === sub.url) : undefined;
  const admission = await installPack(
    current,
    { text: outcome.text, origin: sub.origin, url: sub.url },
    env,
    sub.origin === 'policy' ? { locked: policyEntry?.locked !== false } : {},
  );
  if (!admission.ok) {
    // The last good version stays in force; the error shows beside it.
    sub.lastErrors = admission.errors;
    return { ok: false, errors: admission.errors };
  }
  delete sub.lastErrors;
  sub.packId = admission.pack.id;
  if (outcome.etag) sub.etag = outcome.etag;
  else delete sub.etag;
  if (outcome.lastModified) sub.lastModified = outcome.lastModified;
  else delete sub.lastModified;
  return { ok: true, packId: admission.pack.id };
}
