import { localize, type UiLanguage } from '../locale';
import { RESULT_STRINGS } from '../result/result-strings';
import type { EvidenceLine } from './dialog-model';
import { DIALOG_STRINGS } from './dialog-strings';

/** The summary line shows this much of the excerpt; the rest is in the details. */
const SHORT_EXCERPT = 72;

function shorten(text: string, max = SHORT_EXCERPT): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Findings as evidence under the question they feed: one line per rule and part (a rule that matched three
 * times is one line, "×3"), its words quoted, and where they are when not in the typed text ("in the attached
 * image", "in the shared post"); what the rule says and its legal reference on demand (a <details>, so
 * keyboard and screen readers open it like any disclosure). Pack text is only ever text, never markup.
 */
export function EvidenceList({
  lines,
  lang,
  pictures = 1,
}: {
  lines: readonly EvidenceLine[];
  lang: UiLanguage;
  /** How many pictures went out with the draft (a lone one is not numbered). */
  pictures?: number;
}) {
  const t = DIALOG_STRINGS[lang];
  const r = RESULT_STRINGS[lang];
  return (
    <ul class="wr-evidence">
      {lines.map((line) => {
        const message = localize(line.message, lang);
        const [first, ...others] = line.excerpts;
        // A group speaks once for its markers: the line quotes them all, the details say what each is.
        const quoted = line.markers
          ? line.markers.map((marker) => `“${shorten(marker.excerpt, 32)}”`).join(', ')
          : first
            ? `“${shorten(first)}”`
            : shorten(message);
        return (
          <li
            key={`${line.packId}/${line.ruleId}/${line.part ? JSON.stringify(line.part) : ''}`}
            class="wr-ev"
            data-testid="wr-finding"
            data-rule-id={line.ruleId}
            data-pack-id={line.packId}
            data-severity={line.severity}
            data-count={line.count}
            data-part={line.part?.kind}
          >
            <details>
              <summary>
                <span class="wr-badge" data-tone={line.severity}>
                  {r.severity[line.severity]}
                </span>{' '}
                {line.part && <span class="wr-ev-where">{r.inPart(line.part, pictures, true)}: </span>}
                <span class="wr-ev-words">{quoted}</span>
                {line.count > 1 && (
                  <>
                    {' '}
                    <span class="wr-ev-count" aria-hidden="true">
                      {t.times(line.count)}
                    </span>
                    <span class="wr-sr">{t.timesLabel(line.count)}</span>
                  </>
                )}
              </summary>
              <div class="wr-ev-details">
                <p class="wr-ev-message">{message}</p>
                {line.markers && (
                  <ul class="wr-ev-markers">
                    {line.markers.map((marker, index) => (
                      <li key={`${marker.ruleId}#${index}`} data-marker-rule-id={marker.ruleId}>
                        “{shorten(marker.excerpt, 48)}”: {localize(marker.message, lang)}
                      </li>
                    ))}
                  </ul>
                )}
                {!line.markers && others.length > 0 && (
                  <p class="wr-ev-more">{others.map((excerpt) => `“${shorten(excerpt, 48)}”`).join(' · ')}</p>
                )}
                {line.reference && (
                  <p class="wr-reference">
                    {r.reference}: {line.reference}
                  </p>
                )}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
