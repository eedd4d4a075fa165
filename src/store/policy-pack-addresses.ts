import { checkPackAddress } from './https-address';
import type { PackStoreState, PlacedProblems } from './pack-record';
import { DEFAULT_INTERVAL_HOURS } from './subscription-interval';
import { refreshSubscription, type RefreshEnvironment } from './subscription-refresh';

/**
 * Makes the policy's pack addresses into policy subscriptions: new ones are fetched at once, ones the policy
 * dropped go with their packs, and each held pack takes the policy's `locked`.
 */
export async function applyPolicyPackAddresses(
  current: PackStoreState,
  env: RefreshEnvironment,
): Promise<PlacedProblems[]> {
  const problems: PlacedProblems[] = [];
  const { policy } = env.policy;
  const urls: string[] = [];
  for (const [i, entry] of policy.packs.entries()) {
    if (!entry.url) continue;
    const checked = checkPackAddress(entry.url);
    if (!checked.ok) {
      problems.push({ where: `policy packs[${i}]`, errors: [checked.problem] });
      continue;
    }
    urls.push(checked.url);
  }
  current.subscriptions = current.subscriptions.filter((s) => s.origin !== 'policy' || urls.includes(s.url));
  current.installed = current.installed.filter(
    (p) => p.origin !== 'policy' || !p.url || urls.includes(p.url),
  );
  for (const url of urls) {
    let sub = current.subscriptions.find((s) => s.url === url && s.origin === 'policy');
    if (!sub) {
      sub = { url, origin: 'policy', intervalHours: DEFAULT_INTERVAL_HOURS };
      current.subscriptions.push(sub);
    }
    const held = current.installed.find((p) => p.url === url && p.origin === 'policy');
    if (held) held.locked = policy.packs.find((p) => p.url === url)?.locked !== false;
    if (!sub.lastChecked) await refreshSubscription(current, sub, env);
  }
  return problems;
}
