import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckResult, Draft } from '../../engine/types';
import type { PicturesRead } from '../../guard/guard-types';
import type { SurfaceAction } from '../../sites/site-definition';
import { dialogModel } from './dialog-model';
import { DIALOG_STRINGS, type UiLanguage } from './dialog-strings';
import { DialogQuestions } from './DialogQuestions';
import { LinkLines } from './LinkLines';
import type { ShareServices } from './share-services';
import { useReadStates } from './use-read-states';

export interface GuardDialogProps {
  result: CheckResult;
  draft: Draft;
  lang: UiLanguage;
  /** What the held press does (words the proceed button: post, share or send). */
  action?: SurfaceAction;
  /** A post is waiting (Post anyway / Back to edit); otherwise only Close. */
  pending: boolean;
  /** The attached pictures' reading (still reading, or some could not be read); absent: no pictures read. */
  pictures?: PicturesRead;
  onProceed(): void;
  onEdit(): void;
  /** Read before you share (history lookups); without it nothing is said about opening. */
  share?: ShareServices;
  /** The time the dialog judges article age by (tests pass one; default now). */
  now?: number;
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), summary, [href], [tabindex]:not([tabindex="-1"])';

/**
 * The moment before a post goes out. It leads with the five questions (most reason to ask first), each with
 * the hints and evidence that feed it; then what is shared and whether it was read; then the two choices,
 * the safe one focused. Escape is "back to edit"; Tab stays inside, in reading order.
 */
export function GuardDialog(props: GuardDialogProps) {
  const { result, draft, lang, pending, onProceed, onEdit } = props;
  const s = DIALOG_STRINGS[lang];
  const [now] = useState(() => props.now ?? Date.now());
  const model = useMemo(() => dialogModel(result, draft, now), [result, draft, now]);
  const read = useReadStates(model.links, props.share);
  const [acknowledged, setAcknowledged] = useState(false);
  // Pictures still being read when the dialog opened: once read, it says so (the findings appear with it).
  const [waitedForPictures] = useState(() => (props.pictures?.reading ?? 0) > 0);
  const [used, setUsed] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // After the press's own focus change (mousedown default) has happened: the safe choice gets focus.
    const timer = setTimeout(() => editRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    // Focus trap: Tab and Shift+Tab cycle inside the dialog.
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    const active = (dialogRef.current.getRootNode() as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  const proceedDisabled = used || (model.critical && !acknowledged);
  const action = props.action ?? 'post';
  const shared = draft.shared;
  return (
    <div class="wr-backdrop">
      <div
        ref={dialogRef}
        class="wr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="wr-title"
        aria-describedby="wr-intro"
        data-testid="wr-dialog"
        data-verdict={result.verdict}
        lang={lang}
        onKeyDown={onKeyDown}
      >
        <div class="wr-body">
          <h2 id="wr-title" class="wr-title">
            {s.title[action]}
          </h2>
          <p id="wr-intro" class="wr-intro">
            {pending ? s.intro : s.introBadge}
            {shared?.author ? (
              <>
                {' '}
                <span class="wr-shared">
                  {s.sharedFrom}: <strong>{shared.author}</strong>
                </span>
              </>
            ) : null}
          </p>
          <PicturesLine
            pictures={props.pictures}
            waited={waitedForPictures}
            count={draft.images?.length ?? 0}
            found={result.findings.some((finding) => finding.part?.kind === 'image')}
            lang={lang}
          />
          <DialogQuestions questions={model.questions} lang={lang} pictures={model.pictures} />
          <LinkLines links={model.links} lang={lang} read={read.states} />
          {read.offer && (
            <div class="wr-offer" data-testid="wr-history-offer">
              <p class="wr-offer-text">{s.historyOffer}</p>
              <button
                type="button"
                class="wr-button wr-small"
                data-testid="wr-history-allow"
                onClick={() => read.answer(true)}
              >
                {s.historyAllow}
              </button>
              <button
                type="button"
                class="wr-button wr-small wr-quiet"
                data-testid="wr-history-decline"
                onClick={() => read.answer(false)}
              >
                {s.historyDecline}
              </button>
            </div>
          )}
        </div>
        {/* The footer stays in view while the rest scrolls: the choice is never hidden. */}
        <div class="wr-footer">
          {pending && model.critical ? (
            <label class="wr-ack">
              <input
                type="checkbox"
                data-testid="wr-acknowledge"
                checked={acknowledged}
                onChange={(e) => setAcknowledged((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {s.acknowledge}
            </label>
          ) : null}
          <div class="wr-actions">
            <button
              ref={editRef}
              type="button"
              class="wr-button wr-primary"
              data-testid="wr-edit"
              onClick={() => onEdit()}
            >
              {pending ? s.edit : s.close}
            </button>
            {pending ? (
              <button
                type="button"
                class="wr-button"
                data-testid="wr-proceed"
                disabled={proceedDisabled}
                aria-disabled={proceedDisabled}
                onClick={() => {
                  if (proceedDisabled) return;
                  setUsed(true);
                  onProceed();
                }}
              >
                {s.proceed[action]}
              </button>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * Where the reading of the attached pictures stands: still reading (the person may wait — the dialog updates
 * itself — or decide now), read (when the dialog waited for it), or not readable. A live region, so a screen
 * reader hears the change.
 */
function PicturesLine(props: {
  pictures: PicturesRead | undefined;
  waited: boolean;
  /** Pictures read so far. */
  count: number;
  found: boolean;
  lang: UiLanguage;
}) {
  const s = DIALOG_STRINGS[props.lang];
  const reading = props.pictures?.reading ?? 0;
  const unread = props.pictures?.unread ?? 0;
  const state =
    reading > 0 ? 'reading' : props.waited && props.count > 0 ? 'read' : unread > 0 ? 'unread' : null;
  return (
    <p class="wr-pictures" role="status" data-testid="wr-image-reading" data-state={state ?? 'none'}>
      {state === 'reading' && s.picturesReading(reading)}
      {state === 'read' && s.picturesRead(props.count, props.found)}
      {state !== 'reading' && unread > 0 && ` ${s.picturesUnread(unread)}`}
    </p>
  );
}
