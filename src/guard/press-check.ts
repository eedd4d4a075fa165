import type { CheckResult, Draft } from '../engine/types';
import { shouldAsk } from './ask-decision';
import type { GuardOptions, GuardPress } from './guard-types';
import { ALWAYS_READY } from './readiness';

/** A press the guard holds back to ask about: what the check found in what would go out. */
export interface AskedPress {
  result: CheckResult;
  draft: Draft;
}

/**
 * What to do with a press: let it go untouched, ask about it, or — when the guard is not ready yet (the
 * page has just loaded) — hold it until it can be decided.
 */
export type PressVerdict = { kind: 'pass' } | { kind: 'ask'; asked: AskedPress } | { kind: 'wait' };

const PASS: PressVerdict = { kind: 'pass' };
const WAIT: PressVerdict = { kind: 'wait' };

/**
 * Runs the check for a press, by the mode in force. No checker although ready (the engine or the rules
 * failed to load) means nothing is checked: fail open. It throws on purpose under the test fault switch;
 * the caller lets the press through and logs it (fail open).
 */
export function createPressCheck(
  options: Pick<GuardOptions, 'mode' | 'checker' | 'testFault' | 'readiness'>,
): (press: GuardPress) => PressVerdict {
  const readiness = options.readiness ?? ALWAYS_READY;
  return (press) => {
    if (!readiness.isReady()) return WAIT;
    const mode = options.mode(press);
    if (mode === 'off') return PASS;
    const checker = options.checker();
    if (!checker) return PASS;
    if (options.testFault()) throw new Error('guardTestFault is set: failing on purpose (fail-open test)');
    const draft = press.readDraft();
    const result = checker.check(draft);
    return shouldAsk(mode, result, draft) ? { kind: 'ask', asked: { result, draft } } : PASS;
  };
}
