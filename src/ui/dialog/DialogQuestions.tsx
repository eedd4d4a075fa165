import { localize, type UiLanguage } from '../locale';
import { NewTabLink } from '../new-tab-link';
import type { DialogQuestion } from './dialog-model';
import { DIALOG_STRINGS } from './dialog-strings';
import { EvidenceList } from './EvidenceList';

/**
 * The five questions, most reason to ask first, each with what feeds it: hints, evidence (findings), and at
 * most two places to look elsewhere (links opened in a new tab only when clicked). A question with nothing to
 * say is one quiet line: it is still asked.
 */
export function DialogQuestions({
  questions,
  lang,
  pictures,
}: {
  questions: readonly DialogQuestion[];
  lang: UiLanguage;
  /** How many pictures went out with the draft (their findings say which). */
  pictures?: number;
}) {
  const t = DIALOG_STRINGS[lang];
  return (
    <ol class="wr-dq-list" aria-label={t.questionsLabel}>
      {questions.map((question) => {
        const quiet = question.hints.length + question.evidence.length + question.actions.length === 0;
        return (
          <li
            key={question.id}
            class="wr-dq"
            data-testid="wr-question"
            data-question-id={question.id}
            data-quiet={quiet ? 'true' : undefined}
          >
            <p class="wr-dq-text">{localize(question.text, lang)}</p>
            {question.hints.length > 0 && (
              <ul class="wr-dq-hints">
                {question.hints.map((hint, index) => (
                  <li key={`${hint.id}#${index}`} class="wr-hint" data-hint-id={hint.id}>
                    {localize(hint.text, lang)}
                  </li>
                ))}
              </ul>
            )}
            {question.evidence.length > 0 && (
              <EvidenceList lines={question.evidence} lang={lang} pictures={pictures} />
            )}
            {question.actions.length > 0 && (
              <ul class="wr-dq-actions">
                {question.actions.map((action) => {
                  const label = localize(action.label, lang);
                  return (
                    <li key={action.kind + action.href}>
                      <NewTabLink
                        class="wr-lateral"
                        data-testid="wr-lateral"
                        data-kind={action.kind}
                        href={action.href}
                        aria-label={`${label} ${t.newTab}`}
                      >
                        {label}
                      </NewTabLink>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
