/**
 * A one-shot pass for the replayed press after "Post anyway": the re-dispatched event (isTrusted: false) on
 * exactly that element, of exactly that type, within a short time, passes the guard once. Anything else (the
 * next real press, a second synthetic event) is checked as usual.
 */
export interface AllowOnce {
  grant(target: EventTarget, type: string, now: number): void;
  /** True (and the pass is used up) when `event` is the replay the pass was granted for. */
  consume(event: Event, now: number): boolean;
  clear(): void;
}

const PASS_LIFETIME_MS = 1000;

export function createAllowOnce(): AllowOnce {
  let pass: { target: EventTarget; type: string; until: number } | null = null;
  return {
    grant(target, type, now) {
      pass = { target, type, until: now + PASS_LIFETIME_MS };
    },
    consume(event, now) {
      if (!pass || event.isTrusted) return false;
      if (now > pass.until) {
        pass = null;
        return false;
      }
      if (event.type !== pass.type || event.target !== pass.target) return false;
      pass = null;
      return true;
    },
    clear() {
      pass = null;
    },
  };
}
