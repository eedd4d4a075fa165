/**
 * Whether the guard can decide about a press yet: its settings are read and, unless it is off here, the
 * checker is built (engine script loaded, rule set read and compiled). A press that comes earlier is held
 * until then (press-interception.ts), for a bounded time.
 */
export interface Readiness {
  isReady(): boolean;
  /** Resolves true as soon as the guard is ready (at once if it is), false when `deadline` passes first. */
  whenReady(deadline: number): Promise<boolean>;
}

export interface ReadinessControl extends Readiness {
  /** The owner (start-guard.ts) says whether the guard is ready now. */
  set(ready: boolean): void;
  /** When it first became ready (the clock's time), or null: the load-to-ready figure of the bench. */
  readyAt(): number | null;
}

/** Always ready: a guard given its checker outright (tests, the bench's direct runs). */
export const ALWAYS_READY: Readiness = { isReady: () => true, whenReady: async () => true };

export function createReadiness(
  now: () => number,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): ReadinessControl {
  let ready = false;
  let firstReadyAt: number | null = null;
  const waiting = new Set<() => void>();
  return {
    isReady: () => ready,
    readyAt: () => firstReadyAt,
    set(value) {
      ready = value;
      if (!ready) return;
      firstReadyAt ??= now();
      for (const wake of [...waiting]) wake();
    },
    whenReady(deadline) {
      if (ready) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const finish = (value: boolean): void => {
          waiting.delete(wake);
          timers.clearTimeout(timer);
          resolve(value);
        };
        const wake = (): void => finish(true);
        const timer = timers.setTimeout(() => finish(ready), Math.max(0, deadline - now()));
        waiting.add(wake);
      });
    },
  };
}
