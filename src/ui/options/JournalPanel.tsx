import type { OptionsStrings } from './options-strings';

export interface JournalPanelProps {
  t: OptionsStrings;
  /** Days entries are kept, and the choices offered (src/settings/journal.ts). */
  retentionDays: number;
  choices: readonly number[];
  onRetention(days: number): void;
}

/** How long the private journal keeps its entries; older ones are deleted at start and daily. */
export function JournalPanel({ t, retentionDays, choices, onRetention }: JournalPanelProps) {
  const options = choices.includes(retentionDays)
    ? choices
    : [...choices, retentionDays].sort((a, b) => a - b);
  return (
    <section class="wr-journal-settings">
      <h2>{t.journalHeading}</h2>
      <p class="wr-hint">{t.journalPrivacy}</p>
      <label>
        {t.journalRetention}{' '}
        <select
          data-testid="wr-journal-retention"
          value={String(retentionDays)}
          onChange={(e) => onRetention(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {options.map((days) => (
            <option key={days} value={String(days)}>
              {t.days(days)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
