/**
 * "Press once more": after "Post anyway" found the pressed control gone (a share menu that closed when the
 * dialog took the focus), the person is asked to press it again, and that one press on the same surface goes
 * through without a second dialog — they already answered. The pass is used up by that press, and lapses
 * after PRESS_AGAIN_LIFETIME_MS (long enough to open the menu again, short enough not to linger).
 */
export const PRESS_AGAIN_LIFETIME_MS = 120_000;

export interface PressAgainPass {
  grant(surface: string, now: number): void;
  /** True (and the pass is used up) when this press is the one the person was asked for. */
  consume(surface: string, now: number): boolean;
}

export function createPressAgainPass(): PressAgainPass {
  let pass: { surface: string; until: number } | null = null;
  return {
    grant(surface, now) {
      pass = { surface, until: now + PRESS_AGAIN_LIFETIME_MS };
    },
    consume(surface, now) {
      if (!pass) return false;
      if (now > pass.until) {
        pass = null;
        return false;
      }
      if (pass.surface !== surface) return false;
      pass = null;
      return true;
    },
  };
}
