/** Hours between checks of a subscription: 24 unless the person chose otherwise, never under 1. */
export const DEFAULT_INTERVAL_HOURS = 24;
export const MIN_INTERVAL_HOURS = 1;

/** Whether a subscription is due for a check at `now`. */
export function isDue(sub: { intervalHours: number; lastChecked?: number }, now: number): boolean {
  const interval = Math.max(MIN_INTERVAL_HOURS, sub.intervalHours) * 3_600_000;
  return !sub.lastChecked || now - sub.lastChecked >= interval;
}
