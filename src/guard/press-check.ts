import type { CheckResult, Draft } from '../engine/types';
import { shouldAsk } from './ask-decision';
import type { PictureReadings } from './attached-pictures';
import type { GuardOptions, GuardPress, PicturesRead } from './guard-types';
import { PICTURE_WAIT_BOUND_MS, READY_WAIT_BOUND_MS } from './press-interception';
import { ALWAYS_READY } from './readiness';

/** A press the guard holds back to ask about: what the check found in what would go out. */
export interface AskedPress {
  result: CheckResult;
  draft: Draft;
  /** The press's pictures, as far as they are read (absent: none). */
  pictures?: PicturesRead | undefined;
  /** Pictures still being read: the check again once they are (the dialog updates itself with it). */
  whenRead?(): Promise<AskedPress>;
}

/**
 * What to do with a press: let it go untouched, ask about it, or hold it until it can be decided — the guard
 * is not ready yet (the page has just loaded), or its pictures are still being read — for at most `bound` ms
 * from the press (`until` resolves when the wait is over, either way).
 */
export type PressVerdict =
  | { kind: 'pass' }
  | { kind: 'ask'; asked: AskedPress }
  | { kind: 'wait'; bound: number; until(deadline: number): Promise<unknown> };

const PASS: PressVerdict = { kind: 'pass' };

/**
 * Runs the check for a press, by the mode in force. No checker although ready (the engine or the rules
 * failed to load) means nothing is checked: fail open. It throws on purpose under the test fault switch;
 * the caller lets the press through and logs it (fail open).
 */
export function createPressCheck(
  options: Pick<GuardOptions, 'mode' | 'checker' | 'testFault' | 'readiness'> & {
    pictures?: PictureReadings;
  },
): (press: GuardPress, final?: boolean) => PressVerdict {
  const readiness = options.readiness ?? ALWAYS_READY;
  const { pictures } = options;
  /**
   * `final`: the press has waited as long as it may. Pictures still being read then no longer hold it: the
   * dialog opens and says so.
   */
  return (press, final = false) => {
    if (!readiness.isReady())
      return { kind: 'wait', bound: READY_WAIT_BOUND_MS, until: (deadline) => readiness.whenReady(deadline) };
    const mode = options.mode(press);
    if (mode === 'off') return PASS;
    const checker = options.checker();
    if (!checker) return PASS;
    if (options.testFault()) throw new Error('guardTestFault is set: failing on purpose (fail-open test)');
    const typed = press.readDraft();
    const attached = (pictures && press.pictures?.()) || [];
    // The pictures' text is part of what goes out: checked as parts of the draft (src/engine), as far as
    // they are read; those still being read check it again once they are (the dialog updates itself).
    const settled = (deadline: number): Promise<unknown> =>
      Promise.resolve(pictures?.settled(attached, deadline));
    const checkWith = (): AskedPress => {
      const seen = attached.length > 0 ? pictures?.state(attached) : undefined;
      const draft: Draft = seen?.texts.length ? { ...typed, images: seen.texts } : typed;
      const asked: AskedPress = { result: checker.check(draft), draft, pictures: seen };
      if (seen?.reading) asked.whenRead = () => settled(Infinity).then(checkWith);
      return asked;
    };
    const asked = checkWith();
    // A reason to ask in what is already known: ask now, the pictures' findings join the dialog when read.
    if (shouldAsk(mode, asked.result, asked.draft)) return { kind: 'ask', asked };
    if (!asked.whenRead) return PASS;
    // Past the bound, pictures still being read no longer hold the press: the dialog opens and says so.
    return final ? { kind: 'ask', asked } : { kind: 'wait', bound: PICTURE_WAIT_BOUND_MS, until: settled };
  };
}
