import type { PackProblem } from '../../store/pack-record';
import { problemText } from '../../store/store-strings';
import type { OptionsLanguage, OptionsStrings } from './options-strings';

/** src/settings/error-log.ts entries (same shape): what the extension caught and stepped aside from. */
export interface ErrorLogView {
  at: number;
  where: string;
  message: string;
  host?: string;
  code?: string;
  data?: Record<string, string | number>;
}

export function ErrorLogPanel({
  t,
  lang,
  entries,
}: {
  t: OptionsStrings;
  lang: OptionsLanguage;
  entries: readonly ErrorLogView[];
}) {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  return (
    <section class="wr-error-log">
      <h2>{t.errorLogHeading}</h2>
      {entries.length === 0 ? (
        <p>{t.errorLogEmpty}</p>
      ) : (
        <ol reversed>
          {[...entries].reverse().map((entry, i) => (
            <li key={`${entry.at}-${i}`} data-testid="wr-error-entry">
              <time>{new Date(entry.at).toLocaleString(locale)}</time> <code>{entry.where}</code>
              {entry.host ? ` (${entry.host})` : ''}: {problemText(entry as PackProblem, lang)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
