import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { CheckResult, Draft, LocalizedText, PackQuestion } from '../../engine/types';
import type { NewJournalEntry } from '../../journal/journal-entry';
import type { UiLanguage, UiLanguagePreference } from '../locale';
import type { ImageSource } from '../../ocr/ocr-protocol';
import { ImageTextPanel } from '../image-text/ImageTextPanel';
import { textRead, useImageText, type ImageTextService } from '../image-text/useImageText';
import { FindingList } from '../result/FindingList';
import { LinkList } from '../result/LinkList';
import { QuestionList } from '../result/QuestionList';
import { useChecklistJournal } from './checklist-journal';
import { CHECKLIST_STRINGS } from './checklist-strings';
import {
  canCheck,
  checklistReducer,
  draftOf,
  INITIAL_CHECKLIST,
  questionViews,
  type ChecklistPrefill,
  type ChecklistState,
} from './checklist-state';
import { plainSummary, summarize } from './checklist-summary';
import { LanguageSwitch } from './LanguageSwitch';
import { siftActions } from './sift-actions';
import { SiftPanel } from './SiftPanel';
import { SummaryPanel } from './SummaryPanel';

/** What the page around the checklist provides: the entrypoint wires these to the browser. */
export interface ChecklistServices {
  /** Null while the rule set is loading (the background has not written `activeRules` yet). */
  check: ((draft: Draft) => CheckResult) | null;
  /** The five questions, in order. */
  questions: readonly { id: string; text: LocalizedText }[];
  /** Extra questions from the packs in force. */
  packQuestions?: readonly PackQuestion[];
  /** Records a check in the journal; resolves to its id, or null when the journal is off. */
  record: (entry: NewJournalEntry) => Promise<string | null>;
  /** Updates the questions left unclear on a recorded check. */
  amend: (id: string, unclear: string[]) => Promise<void>;
  copy: (text: string) => Promise<void>;
  /** Popup only: the text selected on the current tab (null: nothing selected; throws: cannot read). */
  readSelection?: () => Promise<string | null>;
  /**
   * Popup only: the checklist as it was when the popup last closed (a popup closes as soon as the person
   * clicks the page, e.g. to look something up), and where to keep it.
   */
  saved?: {
    get(): Promise<ChecklistState | undefined>;
    set(state: ChecklistState): Promise<void>;
  };
  /** Popup only: open the roomier checklist page with what is in the box. */
  openFullPage?: (prefill: ChecklistPrefill) => void;
  /**
   * Reads the text in an image (handed over, or chosen on the page): src/ui/image-text. What it says is
   * checked with the text in the box, as a part of its own (findings "in the image").
   */
  imageText?: ImageTextService;
}

export interface ChecklistAppProps extends ChecklistServices {
  variant: 'popup' | 'page';
  lang: UiLanguage;
  languagePreference: UiLanguagePreference;
  onLanguagePreference: (preference: UiLanguagePreference) => void;
  prefill?: ChecklistPrefill;
  /** The page renders the journal beside the checklist. */
  aside?: preact.ComponentChildren;
}

/** The checklist: paste or receive text, check it, answer the questions, read the summary. */
export function ChecklistApp(props: ChecklistAppProps) {
  const { variant, lang, check, prefill } = props;
  const t = CHECKLIST_STRINGS[lang];
  const [state, dispatch] = useReducer(checklistReducer, INITIAL_CHECKLIST);
  const [notice, setNotice] = useState<string | null>(null);
  const pendingRun = useRef(false);

  useEffect(() => {
    if (prefill) {
      dispatch({ type: 'prefill', prefill });
      // Text from the context menu is checked as soon as the rules are there: that is why the person asked.
      pendingRun.current = true;
    }
  }, [prefill]);

  const saved = props.saved;
  const restored = useRef(!saved);
  useEffect(() => {
    if (!saved) return;
    saved
      .get()
      .then((state) => {
        // Something typed or handed over before the saved state arrived wins over it.
        if (state && !pendingRun.current) dispatch({ type: 'restore', state });
      })
      .catch(() => undefined)
      .finally(() => {
        restored.current = true;
      });
  }, [saved]);
  useEffect(() => {
    if (saved && restored.current) saved.set(state).catch(() => undefined);
  }, [saved, state]);

  const questions = useMemo(
    () =>
      questionViews(props.questions, state.checked?.result ?? null, props.packQuestions, state.checked?.at),
    [props.questions, props.packQuestions, state.checked],
  );

  const journal = useChecklistJournal({
    state,
    questions,
    dispatch,
    record: props.record,
    amend: props.amend,
  });

  // The image being read: one handed over (its address, and the tab it was right-clicked in), or a file
  // chosen on the page (which replaces it).
  const [file, setFile] = useState<{ source: ImageSource; count: number } | null>(null);
  const imageSource: ImageSource | null =
    file?.source ??
    (state.image
      ? {
          url: state.image,
          ...(prefill?.image === state.image && prefill.imageTab !== undefined
            ? { tabId: prefill.imageTab, frameId: prefill.imageFrame }
            : {}),
        }
      : null);
  const imageState = useImageText(
    props.imageText,
    imageSource,
    file ? `file:${file.count}` : state.image ? `url:${state.image}` : '',
  );
  const picture = textRead(imageState);
  // An image read is checked at once, with whatever is in the box: that is why it was handed over or chosen.
  useEffect(() => {
    if (imageState.status === 'read') pendingRun.current = true;
  }, [imageState]);

  const run = () => {
    if (!check || !canCheck(state, picture)) return;
    const draft = draftOf(state, picture);
    const result = check(draft);
    const at = Date.now();
    dispatch({ type: 'checked', result, at, ...(picture ? { picture } : {}) });
    journal.record({
      state,
      picture,
      result,
      draft,
      at,
      origin: variant === 'popup' ? 'popup' : 'checklist',
      questions: questionViews(props.questions, result, props.packQuestions),
    });
  };

  useEffect(() => {
    if (pendingRun.current && check && canCheck(state, picture)) {
      pendingRun.current = false;
      run();
    }
  });

  const summary = summarize({
    result: state.checked?.result ?? null,
    questions,
    answers: state.answers,
    lang,
  });
  const checked = state.checked;

  const takeSelection = async () => {
    if (!props.readSelection) return;
    try {
      const text = await props.readSelection();
      if (text?.trim()) {
        dispatch({ type: 'input', text });
        setNotice(null);
      } else setNotice(t.selectionEmpty);
    } catch {
      setNotice(t.selectionUnavailable);
    }
  };

  const summaryPanel = (
    <SummaryPanel
      summary={summary}
      lang={lang}
      onCopy={
        checked
          ? () =>
              props.copy(
                plainSummary({
                  result: checked.result,
                  questions,
                  answers: state.answers,
                  lang,
                  text: checked.text,
                  image: checked.image,
                  at: checked.at,
                }),
              )
          : undefined
      }
    />
  );

  return (
    <div class={`wr-app wr-app-${variant}`} lang={lang}>
      <header class="wr-header">
        <div class="wr-brand">
          <span class="wr-logo" aria-hidden="true">
            ?
          </span>
          <div>
            <p class="wr-product">Wise Reader</p>
            <h1 class="wr-title">{t.title}</h1>
            {variant === 'page' && <p class="wr-tagline">{t.tagline}</p>}
          </div>
        </div>
        <LanguageSwitch lang={lang} value={props.languagePreference} onChange={props.onLanguagePreference} />
      </header>

      <div class="wr-layout">
        <main class="wr-main">
          <section class="wr-input-panel">
            <label class="wr-label" for="wr-input">
              {t.inputLabel}
            </label>
            <textarea
              id="wr-input"
              class="wr-input"
              data-testid="wr-checklist-input"
              rows={variant === 'popup' ? 5 : 7}
              // The popup opens to paste into: the box has the focus straight away.
              autoFocus={variant === 'popup'}
              placeholder={t.inputPlaceholder}
              value={state.input}
              onInput={(event) => dispatch({ type: 'input', text: event.currentTarget.value })}
              onKeyDown={(event) => {
                // Ctrl/⌘+Enter checks, as in most compose boxes; a plain Enter is a new line.
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) run();
              }}
            />
            {state.image && (
              <p class="wr-context" data-testid="wr-checklist-image">
                <span class="wr-context-label">{t.imageLabel}:</span>{' '}
                <span class="wr-context-value">{state.image}</span>
              </p>
            )}
            {state.page && (
              <p class="wr-context">
                <span class="wr-context-label">{t.pageLabel}:</span>{' '}
                <span class="wr-context-value">{state.page}</span>
              </p>
            )}
            <div class="wr-actions">
              <button
                type="button"
                class="wr-button wr-button-primary"
                data-testid="wr-checklist-run"
                disabled={!check || !canCheck(state, picture)}
                onClick={run}
              >
                {t.run}
              </button>
              {props.readSelection && (
                <button
                  type="button"
                  class="wr-button wr-button-quiet"
                  data-testid="wr-checklist-selection"
                  onClick={() => void takeSelection()}
                >
                  {t.takeSelection}
                </button>
              )}
              {(state.input || state.image) && (
                <button
                  type="button"
                  class="wr-button wr-button-quiet"
                  onClick={() => dispatch({ type: 'clear' })}
                >
                  {t.clear}
                </button>
              )}
            </div>
            {notice && <p class="wr-notice">{notice}</p>}
            {!check && (
              <p class="wr-loading" data-testid="wr-rules-loading" role="status">
                {t.rulesLoading}
              </p>
            )}
          </section>

          {props.imageText && (
            <ImageTextPanel
              lang={lang}
              state={imageState}
              {...(variant === 'page'
                ? {
                    onFile: (source: ImageSource) =>
                      setFile((previous) => ({ source, count: (previous?.count ?? 0) + 1 })),
                  }
                : {})}
            />
          )}
          {checked && (
            <div class="wr-result" data-testid="wr-result" data-verdict={checked.result.verdict}>
              <FindingList
                findings={checked.result.findings}
                lang={lang}
                showEmpty
                compact={variant === 'popup'}
              />
              <LinkList links={checked.result.links} lang={lang} now={checked.at} />
            </div>
          )}
          {checked && (
            <QuestionList
              questions={questions}
              lang={lang}
              answers={state.answers}
              onAnswer={(questionId, answer) => dispatch({ type: 'answer', questionId, answer })}
            />
          )}
          {variant === 'popup' && summaryPanel}
          {props.openFullPage && (
            <button
              type="button"
              class="wr-link-button"
              data-testid="wr-open-page"
              onClick={() =>
                props.openFullPage?.({ text: state.input, image: state.image, page: state.page })
              }
            >
              {t.openFullPage} →
            </button>
          )}
        </main>
        {variant === 'page' && (
          <aside class="wr-aside">
            {summaryPanel}
            <SiftPanel
              lang={lang}
              actions={
                checked
                  ? siftActions(
                      {
                        text: checked.text,
                        result: checked.result,
                        image: checked.image,
                        page: checked.page,
                      },
                      lang,
                    )
                  : []
              }
            />
            {props.aside}
          </aside>
        )}
      </div>
    </div>
  );
}
