import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckResult, Draft, Finding, LinkResult, QuestionResult } from '../../engine/types';
import { QUESTIONS, questionById } from '../../questions/questions';
import type { Surface } from '../../sites/site-adapter';
import { actionOf, DIALOG_STRINGS, localized, type UiLanguage } from './dialog-strings';

export interface GuardDialogProps {
  result: CheckResult;
  draft: Draft;
  lang: UiLanguage;
  /** Where the press happened (words the proceed button: post, share or send). */
  surface?: Surface;
  /** A post is waiting (Post anyway / Back to edit); otherwise only Close. */
  pending: boolean;
  onProceed(): void;
  onEdit(): void;
}

// Private, minimal renderings of the result parts. The shared ones (src/ui/result, checklist branch) replace
// them once they are on main; the test hooks are the same (DESIGN.md "Dialog test hooks").

function FindingItems({ findings, lang }: { findings: Finding[]; lang: UiLanguage }) {
  const s = DIALOG_STRINGS[lang];
  return (
    <ul class="wr-list">
      {findings.map((f) => (
        <li
          key={`${f.packId}/${f.ruleId}/${f.start}`}
          class={`wr-finding wr-${f.severity}`}
          data-testid="wr-finding"
          data-rule-id={f.ruleId}
          data-pack-id={f.packId}
          data-severity={f.severity}
        >
          <span class="wr-severity">{s.severity[f.severity]}</span> {localized(f.message, lang)}
          {f.excerpt && f.start !== f.end ? <q class="wr-excerpt">{f.excerpt}</q> : null}
          {f.reference ? (
            <div class="wr-reference">
              {s.reference}: {f.reference}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function LinkItems({ links, lang }: { links: LinkResult[]; lang: UiLanguage }) {
  const s = DIALOG_STRINGS[lang];
  return (
    <ul class="wr-list">
      {links.map((l) => (
        <li key={l.url} class={`wr-link wr-link-${l.verdict}`} data-testid="wr-link" data-verdict={l.verdict}>
          <strong class="wr-domain">{l.domain}</strong> — {s.verdict[l.verdict]}
          {l.imitates ? ` (${l.imitates})` : ''}
          <div class="wr-url">{l.url}</div>
        </li>
      ))}
    </ul>
  );
}

function QuestionItems({ questions, lang }: { questions: QuestionResult[]; lang: UiLanguage }) {
  return (
    <ol class="wr-list wr-questions">
      {/* Always all five, in their order, with whatever hints the check gave each. */}
      {QUESTIONS.map(({ id }) => questions.find((q) => q.id === id) ?? { id, hints: [] }).map((q) => (
        <li key={q.id} class="wr-question" data-testid="wr-question" data-question-id={q.id}>
          <span class="wr-question-text">{questionById(q.id).text[lang]}</span>
          {q.hints.length ? (
            <ul class="wr-hints">
              {q.hints.map((h) => (
                <li key={h.id} data-hint-id={h.id}>
                  {localized(h.text, lang)}
                </li>
              ))}
            </ul>
          ) : (
            <div class="wr-next">{questionById(q.id).next[lang]}</div>
          )}
        </li>
      ))}
    </ol>
  );
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

export function GuardDialog({ result, draft, lang, surface, pending, onProceed, onEdit }: GuardDialogProps) {
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
        {result.findings.length ? (
          <section aria-labelledby="wr-findings-h">
            <h3 id="wr-findings-h">{s.findingsHeading}</h3>
            <FindingItems findings={result.findings} lang={lang} />
          </section>
        ) : null}
        {result.links.length ? (
          <section aria-labelledby="wr-links-h">
            <h3 id="wr-links-h">{s.linksHeading}</h3>
            <LinkItems links={result.links} lang={lang} />
          </section>
        ) : null}
        <section aria-labelledby="wr-questions-h">
          <h3 id="wr-questions-h">{s.questionsHeading}</h3>
          <QuestionItems questions={result.questions} lang={lang} />
        </section>
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
              {s.proceed[actionOf(surface ?? 'composer')]}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
