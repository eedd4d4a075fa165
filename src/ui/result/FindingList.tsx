import type { Finding, Severity } from '../../engine/types';
import { localize, type UiLanguage } from '../locale';
import { RESULT_STRINGS } from './result-strings';

export interface FindingListProps {
  findings: readonly Finding[];
  lang: UiLanguage;
  /** Hide the section title (a dialog may give its own). */
  hideTitle?: boolean;
  /** Shown when there are no findings; nothing is rendered when left out. */
  showEmpty?: boolean;
  /** Narrow places (popup, dialog): no legal reference line, tighter spacing. */
  compact?: boolean;
  /** How many pictures' text was checked (a finding in one says which, when there are several). */
  pictures?: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

function partKey(finding: Finding): string {
  const part = finding.part;
  return !part ? 'text' : part.kind === 'shared' ? 'shared' : `image${part.index}`;
}

/** Most severe first; the engine's order (position in the text) is kept within one severity. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/**
 * What the rules found, each with the words that triggered it. Pack text (message, excerpt, reference) is
 * only ever rendered as text nodes: a pack is data from outside and must never become markup.
 */
export function FindingList({
  findings,
  lang,
  hideTitle,
  showEmpty,
  compact,
  pictures = 1,
}: FindingListProps) {
  const t = RESULT_STRINGS[lang];
  if (findings.length === 0 && !showEmpty) return null;
  return (
    <section class="wr-section" aria-label={t.findingsHeading}>
      {!hideTitle && <h2 class="wr-section-title">{t.findingsHeading}</h2>}
      {findings.length === 0 ? (
        <p class="wr-empty">{t.noFindings}</p>
      ) : (
        <ul class={compact ? 'wr-list wr-compact' : 'wr-list'}>
          {orderFindings(findings).map((finding) => (
            <li
              key={`${finding.packId}/${finding.ruleId}/${partKey(finding)}/${finding.start}`}
              class="wr-finding"
              data-testid="wr-finding"
              data-rule-id={finding.ruleId}
              data-pack-id={finding.packId}
              data-severity={finding.severity}
              data-part={finding.part?.kind}
            >
              <div class="wr-finding-head">
                <span class="wr-badge" data-tone={finding.severity}>
                  {t.severity[finding.severity]}
                </span>
                <p class="wr-finding-message">{localize(finding.message, lang)}</p>
              </div>
              {finding.excerpt && (
                <p class="wr-excerpt">
                  {finding.part && <span class="wr-part">{t.inPart(finding.part, pictures, false)}: </span>}“
                  {finding.excerpt}”
                </p>
              )}
              {finding.reference && !compact && (
                <p class="wr-reference">
                  {t.reference}: {finding.reference}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
