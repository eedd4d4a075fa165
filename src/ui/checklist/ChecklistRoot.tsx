import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CheckResult, CompiledPack, Draft, LocalizedText } from '../../engine/types';
import { journalToCsv } from '../../journal/journal-csv';
import type { JournalEntry, NewJournalEntry } from '../../journal/journal-entry';
import { journalToJson } from '../../journal/journal-json';
import type { ActiveRules } from '../../settings/active-rules';
import type { StoredValue } from '../../settings/stored-value';
import { resolveUiLanguage, type UiLanguagePreference } from '../locale';
import { ChecklistApp, type ChecklistAppProps } from './ChecklistApp';
import type { ChecklistPrefill } from './checklist-state';
import { CHECKLIST_STRINGS } from './checklist-strings';
import { JournalPanel } from './JournalPanel';
import type { ImageSource, OcrResponse } from '../../ocr/ocr-protocol';

/** A stored value the UI follows (src/settings/stored-value.ts; a wxt storage item fits). */
export type Watchable<T> = Pick<StoredValue<T>, 'getValue' | 'watch'>;
export type Settable<T> = StoredValue<T>;

/** The journal as the page uses it (src/settings/journal.ts provides it). */
export interface JournalStore {
  entries: Watchable<JournalEntry[]>;
  enabled: Settable<boolean>;
  record(entry: NewJournalEntry): Promise<JournalEntry | null>;
  amend(id: string, patch: { unclear: string[] }): Promise<void>;
  remove(id: string): Promise<void>;
  removeAll(): Promise<void>;
}

export interface ChecklistRootProps {
  variant: 'popup' | 'page';
  rules: Watchable<ActiveRules | null>;
  createChecker: (packs: readonly CompiledPack[]) => { check(draft: Draft): CheckResult };
  questions: readonly { id: string; text: LocalizedText }[];
  languagePreference: Settable<UiLanguagePreference>;
  browserLanguages: readonly string[];
  journal: JournalStore;
  copy: (text: string) => Promise<void>;
  prefill?: Promise<ChecklistPrefill | undefined>;
  readSelection?: () => Promise<string | null>;
  saved?: ChecklistAppProps['saved'];
  openFullPage?: (prefill: ChecklistPrefill) => void;
  /** Reads an image's text through the background (absent: no image reading here). */
  readImage?: (source: ImageSource) => Promise<OcrResponse>;
}

/** Follows a stored value: its current value, then every change. */
function useWatched<T>(item: Watchable<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The checklist wired to stored state: the rules in force, the language, the journal. */
export function ChecklistRoot(props: ChecklistRootProps) {
  const { journal } = props;
  const rules = useWatched(props.rules, null);
  const preference = useWatched<UiLanguagePreference>(props.languagePreference, 'auto');
  const entries = useWatched<JournalEntry[]>(journal.entries, []);
  const enabled = useWatched(journal.enabled, true);
  const [prefill, setPrefill] = useState<ChecklistPrefill | undefined>(undefined);
  const lang = resolveUiLanguage(preference, props.browserLanguages);

  useEffect(() => {
    void props.prefill?.then(setPrefill);
  }, [props.prefill]);

  // One checker per rule set: building the matcher is the costly part, checking is cheap.
  const check = useMemo(() => {
    if (!rules) return null;
    const checker = props.createChecker(rules.packs);
    return (draft: Draft) => checker.check(draft);
  }, [rules, props.createChecker]);
  const imageText = useMemo(
    () => (props.readImage ? { read: props.readImage } : undefined),
    [props.readImage],
  );
  const packQuestions = useMemo(() => rules?.packs.flatMap((pack) => pack.questions) ?? [], [rules]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `Wise Reader – ${CHECKLIST_STRINGS[lang].title}`;
  }, [lang]);

  const stamp = () => new Date().toISOString().slice(0, 10);
  return (
    <ChecklistApp
      variant={props.variant}
      lang={lang}
      languagePreference={preference}
      onLanguagePreference={(value) => void props.languagePreference.setValue(value)}
      check={check}
      questions={props.questions}
      packQuestions={packQuestions}
      prefill={prefill}
      record={async (entry) => (await journal.record(entry))?.id ?? null}
      amend={(id, unclear) => journal.amend(id, { unclear })}
      copy={props.copy}
      readSelection={props.readSelection}
      saved={props.saved}
      openFullPage={props.openFullPage}
      imageText={imageText}
      aside={
        props.variant === 'page' && (
          <JournalPanel
            lang={lang}
            entries={entries}
            enabled={enabled}
            onToggle={(on) => void journal.enabled.setValue(on)}
            onDelete={(id) => void journal.remove(id)}
            onDeleteAll={() => void journal.removeAll()}
            onExport={(format) =>
              format === 'json'
                ? download(
                    `wise-reader-journal-${stamp()}.json`,
                    'application/json',
                    journalToJson(entries, Date.now()),
                  )
                : download(
                    `wise-reader-journal-${stamp()}.csv`,
                    'text/csv;charset=utf-8',
                    journalToCsv(entries),
                  )
            }
          />
        )
      }
    />
  );
}
