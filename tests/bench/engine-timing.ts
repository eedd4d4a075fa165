// Timing for the engine benchmark on a shared, loaded machine. Wall-clock time there mostly measures the
// scheduler (other processes hold the cores), so every sample records both the CPU time this process spent
// (`process.cpuUsage`: user + system, microsecond resolution, includes V8's GC helper threads) and the wall
// time. Short runs are timed in batches so the CPU clock's resolution does not dominate. Figures: the median
// over the samples (what a run typically costs) and the fastest (closest to an idle machine).

export interface Samples {
  /** CPU milliseconds per run, one entry per sample. */
  cpu: number[];
  /** Wall-clock milliseconds per run, one entry per sample. */
  wall: number[];
}

export interface SampleOptions {
  /** Untimed runs first (JIT warm-up). */
  warmup?: number;
  /** Samples to take. */
  samples?: number;
  /** Runs per sample (each sample's time is divided by it). */
  batch?: number;
}

export function sampleCpu(fn: () => unknown, opts: SampleOptions = {}): Samples {
  const { warmup = 5, samples = 15, batch = 1 } = opts;
  for (let i = 0; i < warmup; i++) fn();
  const out: Samples = { cpu: [], wall: [] };
  for (let s = 0; s < samples; s++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    out.cpu.push((c.user + c.system) / 1000 / batch);
    out.wall.push(wall / batch);
  }
  return out;
}

/** Runs per sample so that one sample takes about `targetMs` (at least 1). */
export function batchFor(fn: () => unknown, targetMs = 20): number {
  const t0 = performance.now();
  fn();
  const one = Math.max(performance.now() - t0, 0.001);
  return Math.max(1, Math.min(10_000, Math.round(targetMs / one)));
}
