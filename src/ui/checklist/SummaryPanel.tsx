import { useState } from 'preact/hooks';
import type { UiLanguage } from '../locale';
import type { ChecklistSummary } from './checklist-summary';
import { CHECKLIST_STRINGS } from './checklist-strings';

export interface SummaryPanelProps {
  summary: ChecklistSummary;
  lang: UiLanguage;
  /** Puts the plain-text summary on the clipboard; absent before a check. */
  onCopy?: () => Promise<void>;
}

/** What is still unclear, in plain words, and the recommendation (never a prohibition). */
export function SummaryPanel({ summary, lang, onCopy }: SummaryPanelProps) {
  const t = CHECKLIST_STRINGS[lang];
  const [copied, setCopied] = useState(false);
  return (
    <section class="wr-summary" data-testid="wr-summary" data-tone={summary.tone} aria-live="polite">
      <h2 class="wr-summary-title">{t.summaryTitle}</h2>
      {summary.lines.map((line, index) => (
        <p key={index} class={index === 0 ? 'wr-summary-lead' : 'wr-summary-line'}>
          {line}
        </p>
      ))}
      {onCopy && (
        <button
          type="button"
          class="wr-button wr-button-quiet"
          data-testid="wr-copy-summary"
          onClick={() => {
            onCopy().then(
              () => {
                setCopied(true);
                setTimeout(() => setCopied(false), 2000);
              },
              () => setCopied(false),
            );
          }}
        >
          {copied ? `✓ ${t.copied}` : t.copySummary}
        </button>
      )}
    </section>
  );
}
