import type { CheckResult, Draft, LinkVerdict, Verdict } from '../engine/types';
import type { GuardMode } from '../settings/guard-mode';
import type { SiteId, Surface } from '../sites';
import type { EditorSpot, Press, SiteAdapter } from '../sites/site-adapter';
import type { SurfaceAction } from '../sites/site-definition';
import type { PictureReadings } from './attached-pictures';
import type { Readiness } from './readiness';

/** A press on one of the registry's surfaces. */
export type GuardPress = Press<Surface, SiteId>;
/** An editor on one of the registry's surfaces (for the badge). */
export type GuardEditorSpot = EditorSpot<Surface, SiteId>;

export interface Checker {
  check(draft: Draft): CheckResult;
}

/** The pictures attached to a held post, as far as their text is read (src/guard/attached-pictures.ts). */
export interface PicturesRead {
  /** Still being read: the dialog says so, and is updated once they are read. */
  reading: number;
  /** Could not be read (too large, not an image, failed, timed out, or not readable from the page). */
  unread: number;
}

/** What the dialog needs to show and whom to tell what the person chose. */
export interface DialogRequest {
  result: CheckResult;
  draft: Draft;
  /** The attached pictures' reading, when the post has pictures whose text is read. */
  pictures?: PicturesRead | undefined;
  surface: Surface;
  /** What the held press does: the proceed button says "Post anyway", "Share anyway" or "Send anyway". */
  action: SurfaceAction;
  /** A post is waiting: offer "Post anyway" and "Back to edit". Without one (badge): only "Close". */
  pending: boolean;
  onProceed(): void;
  /** Back to edit, Close, or Escape. */
  onEdit(): void;
  /**
   * The page removed the dialog before it was answered (an SPA re-render of <body>): it can no longer be
   * answered, and whatever it held must be let go of.
   */
  onGone?(): void;
}

export interface DialogHandle {
  close(): void;
  /** True once the page has removed the dialog without an answer (see DialogRequest.onGone). */
  gone(): boolean;
  /**
   * The check again, now that pictures still being read when the dialog opened are read: the dialog shows
   * what they say, and keeps the person's place (nothing is sent or closed by it).
   */
  update?(next: Pick<DialogRequest, 'result' | 'draft' | 'pictures'>): void;
}

/** A message to the person outside the dialog. */
export interface GuardNotice {
  /** "Post anyway" found the pressed control gone: press it once more (that press goes through unasked). */
  kind: 'press-again';
  action: SurfaceAction;
}

/** The page UI the guard drives (src/ui/dialog), injected so the guard stays testable without Preact. */
export interface GuardUi {
  openDialog(request: DialogRequest): DialogHandle;
  showBadge(editor: HTMLElement, result: CheckResult, onOpen: () => void): void;
  hideBadge(): void;
  /** The event happened inside the extension's own UI (its shadow hosts): never guard or swallow it. */
  owns(event: Event): boolean;
  /** A dialog may be needed soon (a guarded editor is in use, a press is held): get ready. */
  preload?(): void;
  /** Shows a message in the language of the dialog, until closed, replaced or hidden. */
  showNotice?(notice: GuardNotice): void;
  hideNotice?(): void;
}

/**
 * One decision at the dialog, for the journal (shaped to fit the checklist's NewJournalEntry). It carries
 * only a short excerpt (the journal cuts it further), never the draft: the journal is a reminder, not a copy.
 */
export interface DecisionEntry {
  at: number;
  /** The page's host name, e.g. www.facebook.com. */
  site: string;
  siteId: SiteId;
  origin: 'guard';
  surface: Surface;
  decision: 'edited' | 'posted-anyway';
  verdict: Verdict;
  excerpt: string;
  /** `packId/ruleId` per finding, plus `link:<verdict>:<domain>` per link. */
  found: string[];
  linkVerdicts: LinkVerdict[];
}

export interface GuardOptions {
  window: Window;
  adapter: SiteAdapter<Surface, SiteId>;
  /** The checker in force, or null while packs load (nothing is checked then: fail open). */
  checker(): Checker | null;
  /** Whether a press can be decided yet; a press before that is held, for a bounded time. Default: ready. */
  readiness?: Readiness;
  /** The mode in force for a press (its site's: Messenger's chat on facebook.com follows Messenger's). */
  mode(press?: GuardPress): GuardMode;
  /** Whether the badge shows beside this editor. */
  badgeEnabled(spot?: GuardEditorSpot): boolean;
  /** The `local:guardTestFault` switch: throw inside the press handler to prove fail-open. */
  testFault(): boolean;
  ui: GuardUi;
  /**
   * The pictures attached to posts (attached-pictures.ts, a script loaded on first need): read from the moment
   * they are attached, checked with the press. Absent: pictures are not read.
   */
  pictures?: PictureReadings | undefined;
  log(where: string, message: string): void;
  onDecision?(entry: DecisionEntry): void;
  signal: AbortSignal;
  /** Clock, injectable for tests. */
  now?(): number;
}
