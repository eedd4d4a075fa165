import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckResult, Draft, QuestionResult } from '../../engine/types';
import { QUESTIONS } from '../../questions/questions';
import { FindingList, LinkList, QuestionList, type QuestionView } from '../result';
import type { SurfaceAction } from '../../sites/site-definition';
import { DIALOG_STRINGS, type UiLanguage } from './dialog-strings';

export interface GuardDialogProps {
  result: CheckResult;
  draft: Draft;
  lang: UiLanguage;
  /** What the held press does (words the proceed button: post, share or send). */
  action?: SurfaceAction;
  /** A post is waiting (Post anyway / Back to edit); otherwise only Close. */
  pending: boolean;
  onProceed(): void;
  onEdit(): void;
}

/** The five questions, in their order, with whatever hints the check gave each (the shared list's shape). */
function questionViews(questions: readonly QuestionResult[]): QuestionView[] {
  return QUESTIONS.map((q) => ({
    id: q.id,
    text: q.text,
    hints: questions.find((r) => r.id === q.id)?.hints ?? [],
  }));
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

export function GuardDialog({ result, draft, lang, action, pending, onProceed, onEdit }: GuardDialogProps) {
  const s = DIALOG_STRINGS[lang];
  const critical = result.findings.some((f) => f.severity === 'critical');
  const [acknowledged, setAcknowledged] = useState(false);
  const [used, setUsed] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // After the press's own focus change (mousedown default) has happened: the safe choice gets focus.
    const timer = setTimeout(() => editRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    // Focus trap: Tab and Shift+Tab cycle inside the dialog.
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialogRef.current.getRootNode() as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  const proceedDisabled = used || (critical && !acknowledged);
  const shared = draft.shared;
  return (
    <div class="wr-backdrop">
      <div
        ref={dialogRef}
        class="wr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="wr-title"
        aria-describedby="wr-intro"
        data-testid="wr-dialog"
        data-verdict={result.verdict}
        lang={lang}
        onKeyDown={onKeyDown}
      >
        <h2 id="wr-title" class="wr-title">
          {s.title}
        </h2>
        <p id="wr-intro" class="wr-intro">
          {pending ? s.intro : s.introBadge}
        </p>
        {shared?.author ? (
          <p class="wr-shared">
            {s.sharedFrom}: <strong>{shared.author}</strong>
          </p>
        ) : null}
        {/* The shared result components (src/ui/result): the same test hooks as the popup and checklist. */}
        <FindingList findings={result.findings} lang={lang} compact />
        <LinkList links={result.links} lang={lang} />
        <QuestionList questions={questionViews(result.questions)} lang={lang} />
        {/* The footer stays in view while the findings and questions scroll: the choice is never hidden. */}
        <div class="wr-footer">
          {pending && critical ? (
            <label class="wr-ack">
              <input
                type="checkbox"
                data-testid="wr-acknowledge"
                checked={acknowledged}
                onChange={(e) => setAcknowledged((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {s.acknowledge}
            </label>
          ) : null}
          <div class="wr-actions">
            <button
              ref={editRef}
              type="button"
              class="wr-button wr-primary"
              data-testid="wr-edit"
              onClick={() => onEdit()}
            >
              {pending ? s.edit : s.close}
            </button>
            {pending ? (
              <button
                type="button"
                class="wr-button"
                data-testid="wr-proceed"
                disabled={proceedDisabled}
                aria-disabled={proceedDisabled}
                onClick={() => {
                  if (proceedDisabled) return;
                  setUsed(true);
                  onProceed();
                }}
              >
                {s.proceed[action ?? 'post']}
              </button>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}
