import type { JournalEntry } from '../../journal/journal-entry';
import type { UiLanguage } from '../locale';
import { CHECKLIST_STRINGS } from './checklist-strings';

export interface JournalPanelProps {
  entries: readonly JournalEntry[];
  enabled: boolean;
  lang: UiLanguage;
  onToggle: (enabled: boolean) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
  onExport: (format: 'json' | 'csv') => void;
}

/** The private journal: what was checked, what was found, what the person decided. */
export function JournalPanel({
  entries,
  enabled,
  lang,
  onToggle,
  onDelete,
  onDeleteAll,
  onExport,
}: JournalPanelProps) {
  const t = CHECKLIST_STRINGS[lang];
  const date = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <section class="wr-panel wr-journal" data-testid="wr-journal">
      <div class="wr-panel-head">
        <h2 class="wr-panel-title">{t.journalTitle}</h2>
        <label class="wr-switch">
          <input
            type="checkbox"
            data-testid="wr-journal-toggle"
            checked={enabled}
            onChange={(event) => onToggle(event.currentTarget.checked)}
          />
          <span>{t.journalOn}</span>
        </label>
      </div>
      <p class="wr-panel-intro">{enabled ? t.journalIntro : t.journalOff}</p>
      {entries.length === 0 ? (
        <p class="wr-empty">{t.journalEmpty}</p>
      ) : (
        <ul class="wr-journal-list">
          {entries.map((entry) => (
            <li
              key={entry.id}
              class="wr-journal-entry"
              data-testid="wr-journal-entry"
              data-entry-id={entry.id}
              data-verdict={entry.verdict}
            >
              <div class="wr-journal-meta">
                <time dateTime={new Date(entry.at).toISOString()}>{date.format(entry.at)}</time>
                <span>{entry.site || t.handSite}</span>
                <span
                  class="wr-badge"
                  data-tone={
                    entry.verdict === 'clean' ? 'good' : entry.verdict === 'critical' ? 'critical' : 'warning'
                  }
                >
                  {t.verdictWord[entry.verdict]}
                </span>
                <span class="wr-journal-decision">{t.decision[entry.decision]}</span>
              </div>
              <p class="wr-journal-excerpt">{entry.excerpt || '—'}</p>
              <div class="wr-journal-foot">
                <span title={entry.found.join('\n')}>
                  {entry.found.length === 0 ? t.foundNothing : t.foundCount(entry.found.length)}
                  {entry.unclear.length > 0 ? ` · ${t.unclearCount(entry.unclear.length)}` : ''}
                </span>
                <button
                  type="button"
                  class="wr-button wr-button-quiet wr-button-small"
                  data-testid="wr-journal-delete"
                  onClick={() => onDelete(entry.id)}
                >
                  {t.deleteOne}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div class="wr-actions">
        <button
          type="button"
          class="wr-button wr-button-quiet"
          data-testid="wr-journal-export-json"
          disabled={entries.length === 0}
          onClick={() => onExport('json')}
        >
          {t.exportJson}
        </button>
        <button
          type="button"
          class="wr-button wr-button-quiet"
          data-testid="wr-journal-export-csv"
          disabled={entries.length === 0}
          onClick={() => onExport('csv')}
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          class="wr-button wr-button-danger"
          data-testid="wr-journal-clear"
          disabled={entries.length === 0}
          onClick={() => {
            if (globalThis.confirm?.(t.deleteAllConfirm) ?? true) onDeleteAll();
          }}
        >
          {t.deleteAll}
        </button>
      </div>
    </section>
  );
}
