// Timing helpers shared by the benchmark parts.

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  [extra: string]: unknown;
}

/** Runs `fn` until both `minRuns` runs and `minMs` milliseconds are done (after `warmup` runs); ms per run. */
export function sample(
  fn: () => unknown,
  opts: { warmup?: number; minRuns?: number; minMs?: number; maxRuns?: number } = {},
): number[] {
  const { warmup = 3, minRuns = 5, minMs = 200, maxRuns = 10_000 } = opts;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < minMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

export const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
