import type { CheckResult, Draft } from '../engine/types';
import type { GuardMode } from '../settings/guard-mode';

/**
 * Nothing would go out: an empty box is never worth a question (the site will not post it either). A picture
 * alone is something.
 */
export function isEmptyDraft(draft: Draft): boolean {
  return (
    draft.text.trim() === '' &&
    !draft.links?.length &&
    !draft.attachments?.length &&
    !draft.images?.length &&
    !(draft.shared && (draft.shared.text || draft.shared.url || draft.shared.author))
  );
}

/** Whether the questions are asked before this draft goes out, given the mode in force. */
export function shouldAsk(mode: GuardMode, result: CheckResult, draft: Draft): boolean {
  if (mode === 'off' || isEmptyDraft(draft)) return false;
  if (mode === 'always') return true;
  const fired = result.findings.some((f) => f.severity === 'warning' || f.severity === 'critical');
  if (mode === 'findings-only') return fired;
  return fired || result.links.length > 0 || (draft.links?.length ?? 0) > 0 || Boolean(draft.shared?.url);
}
