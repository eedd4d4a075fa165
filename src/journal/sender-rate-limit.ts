/**
 * At most `limit` messages per sender in any `windowMs`: a compromised page cannot push out the journal's
 * (or the error log's) real entries by flooding it. The guard sends one entry per decision a person makes,
 * far below the limit.
 */
export function createSenderRateLimit(limit: number, windowMs: number, now: () => number = Date.now) {
  const seen = new Map<string, number[]>();
  return (sender: string): boolean => {
    const since = now() - windowMs;
    const times = (seen.get(sender) ?? []).filter((t) => t > since);
    if (times.length >= limit) {
      seen.set(sender, times);
      return false;
    }
    times.push(now());
    seen.set(sender, times);
    if (seen.size > 1_000) seen.delete(seen.keys().next().value!);
    return true;
  };
}
