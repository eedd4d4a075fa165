import type { CheckResult, Draft } from '../engine/types';
import { shouldAsk } from './ask-decision';
import type { GuardOptions, GuardPress } from './guard-types';

/** A press the guard holds back to ask about: what the check found in what would go out. */
export interface AskedPress {
  result: CheckResult;
  draft: Draft;
}

/**
 * Runs the check for a press: the asked press when the mode in force says to ask, null when there is nothing
 * to ask (mode off, no checker yet, a clean draft). It throws on purpose under the test fault switch; the
 * caller lets the press through and logs it (fail open).
 */
export function createPressCheck(
  options: Pick<GuardOptions, 'mode' | 'checker' | 'testFault'>,
): (press: GuardPress) => AskedPress | null {
  return (press) => {
    const mode = options.mode(press);
    if (mode === 'off') return null;
    const checker = options.checker();
    if (!checker) return null;
    if (options.testFault()) throw new Error('guardTestFault is set: failing on purpose (fail-open test)');
    const draft = press.readDraft();
    const result = checker.check(draft);
    return shouldAsk(mode, result, draft) ? { result, draft } : null;
  };
}
