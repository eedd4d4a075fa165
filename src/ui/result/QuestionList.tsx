import type { LocalizedText, QuestionHint } from '../../engine/types';
import { localize, type UiLanguage } from '../locale';
import { RESULT_STRINGS } from './result-strings';

/** A question ready to show: its words and the hints the findings gave it. */
export interface QuestionView {
  id: string;
  text: LocalizedText;
  hints: readonly QuestionHint[];
}

/** The person's own answer to one question: they know, or they are not sure; a note if they like. */
export interface QuestionAnswer {
  state: 'know' | 'unsure';
  note?: string;
}

export interface QuestionListProps {
  questions: readonly QuestionView[];
  lang: UiLanguage;
  hideTitle?: boolean;
  /** With `onAnswer`, each question gets the "I know" / "Not sure" choice and a one-line note. */
  answers?: Readonly<Record<string, QuestionAnswer | undefined>>;
  /** Called with null when the person un-ticks their answer. */
  onAnswer?: (questionId: string, answer: QuestionAnswer | null) => void;
}

/** The questions with hints; with `onAnswer` the person can tick through them (popup, checklist page). */
export function QuestionList({ questions, lang, hideTitle, answers, onAnswer }: QuestionListProps) {
  const t = RESULT_STRINGS[lang];
  return (
    <section class="wr-section" aria-label={t.questionsHeading}>
      {!hideTitle && <h2 class="wr-section-title">{t.questionsHeading}</h2>}
      <ol class="wr-list">
        {questions.map((question, index) => {
          const answer = answers?.[question.id];
          const text = localize(question.text, lang);
          const choose = (state: QuestionAnswer['state']) => {
            if (!onAnswer) return;
            // Pressing the chosen answer again takes it back; the note stays with whichever answer is chosen.
            if (answer?.state === state) onAnswer(question.id, null);
            else onAnswer(question.id, { state, ...(answer?.note ? { note: answer.note } : {}) });
          };
          return (
            <li
              key={question.id}
              class="wr-question"
              data-testid="wr-question"
              data-question-id={question.id}
              data-answer={answer?.state}
            >
              <div class="wr-question-head">
                <span class="wr-question-number" aria-hidden="true">
                  {index + 1}
                </span>
                <p class="wr-question-text">{text}</p>
              </div>
              {question.hints.length > 0 && (
                <ul class="wr-hints">
                  {question.hints.map((hint, hintIndex) => (
                    <li key={`${hint.id}#${hintIndex}`} class="wr-hint" data-hint-id={hint.id}>
                      {localize(hint.text, lang)}
                    </li>
                  ))}
                </ul>
              )}
              {onAnswer && (
                <div class="wr-answers" role="group" aria-label={text}>
                  <button
                    type="button"
                    class="wr-answer"
                    data-testid="wr-answer-know"
                    data-answer="know"
                    aria-pressed={answer?.state === 'know'}
                    onClick={() => choose('know')}
                  >
                    {t.answerKnow}
                  </button>
                  <button
                    type="button"
                    class="wr-answer"
                    data-testid="wr-answer-unsure"
                    data-answer="unsure"
                    aria-pressed={answer?.state === 'unsure'}
                    onClick={() => choose('unsure')}
                  >
                    {t.answerUnsure}
                  </button>
                  <input
                    type="text"
                    class="wr-note"
                    data-testid="wr-answer-note"
                    maxLength={200}
                    value={answer?.note ?? ''}
                    placeholder={t.notePlaceholder}
                    aria-label={t.noteLabel(text)}
                    onInput={(event) => {
                      const note = event.currentTarget.value;
                      // A note alone counts as "not sure" until the person says they know.
                      onAnswer(question.id, { state: answer?.state ?? 'unsure', ...(note ? { note } : {}) });
                    }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
