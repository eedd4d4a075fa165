import type { PackProblem } from '../../store/pack-record';
import { problemText } from '../../store/store-strings';
import type { OptionsLanguage, OptionsStrings } from './options-strings';

/** Every problem, each located (rule, field, line). Pack text is shown as text, never as markup. */
export function PackProblemList({
  problems,
  t,
  lang,
}: {
  problems: readonly PackProblem[];
  t: OptionsStrings;
  lang: OptionsLanguage;
}) {
  return (
    <ul class="wr-problems">
      {problems.map((problem, i) => (
        <li
          key={i}
          data-testid="wr-pack-error"
          data-rule-id={problem.ruleId}
          data-field={problem.field}
          data-line={problem.line}
          data-code={problem.code}
        >
          {problem.ruleId !== undefined && (
            <span class="wr-where">
              {t.ruleLabel} <code>{problem.ruleId}</code>{' '}
            </span>
          )}
          {problem.field !== undefined && (
            <span class="wr-where">
              {t.fieldLabel} <code>{problem.field}</code>{' '}
            </span>
          )}
          {problem.line !== undefined && (
            <span class="wr-where">
              ({t.lineLabel} {problem.line}){' '}
            </span>
          )}
          <span class="wr-message">{problemText(problem, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
