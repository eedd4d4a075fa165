import type { PackProblem } from '../../store/pack-record';
import type { OptionsStrings } from './options-strings';

/** Every problem, each located (rule, field, line). Pack text is shown as text, never as markup. */
export function PackProblemList({ problems, t }: { problems: readonly PackProblem[]; t: OptionsStrings }) {
  return (
    <ul class="wr-problems">
      {problems.map((problem, i) => (
        <li
          key={i}
          data-testid="wr-pack-error"
          data-rule-id={problem.ruleId}
          data-field={problem.field}
          data-line={problem.line}
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
          <span class="wr-message">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
