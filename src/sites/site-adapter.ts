import type { Draft } from '../engine/types';
import type { SurfaceAction } from './site-definition';

// The surface names (`composer`, `zalo-chat`…) and site ids are declared by the site files and derived in
// the registry (index.ts: `Surface`, `SiteId`); the shapes here take them as type parameters.

/** A press that would send something: a click on a submit control, or Enter in an editor that sends. */
export interface Press<S extends string = string, Id extends string = string> {
  surface: S;
  /**
   * Whose settings govern the press: the site whose table matched. Usually the page's own site; Messenger's
   * chat on a facebook.com page is Messenger's (see SiteDefinition.guestOf).
   */
  site?: Id;
  /** What the press does (the dialog words its proceed button by it). */
  action: SurfaceAction;
  /** What the person pressed: the submit control (click) or the editor (Enter). A replay goes here. */
  control: HTMLElement;
  /** The editor holding the draft, when the surface has one (a one-click share has none). */
  editor: HTMLElement | null;
  /** Reads what would be posted, now, synchronously. Never writes anything. */
  readDraft(): Draft;
  /**
   * The pictures that would go out with the press (attachment thumbnails, a send-preview, a forwarded
   * message's picture), in the order the page shows them; their text is read by src/ocr, not here.
   */
  pictures?(): HTMLImageElement[];
}

/** Where pictures are being attached: the surface's part of the page, and the pictures it holds now. */
export interface PictureSpot {
  area: Element;
  pictures(): HTMLImageElement[];
}

/** An editor the person is typing in (for the badge). */
export interface EditorSpot<S extends string = string, Id extends string = string> {
  surface: S;
  /** Whose settings govern this editor (see Press.site). */
  site?: Id;
  action: SurfaceAction;
  editor: HTMLElement;
  /**
   * The part of the page around the editor that belongs to its surface: the surface's container, or the
   * editor's ancestor as far up as the surface climbs. A control inside it sits beside this editor.
   */
  area?: Element;
  readDraft(): Draft;
}

/** One adapter shape for every site: page knowledge in, presses and drafts out. */
export interface SiteAdapter<S extends string = string, Id extends string = string> {
  readonly site: Id;
  /** A pointer/click (or Space/Enter on a focused button) target → the guarded submit it belongs to. */
  pressFromClick(target: Element): Press<S, Id> | null;
  /** Enter (not composing, no Shift) in `target` → the press, when Enter sends on that surface. */
  pressFromEnter(target: Element): Press<S, Id> | null;
  /** The guarded editor that contains `target`, for the badge. */
  editorAt(target: Element): EditorSpot<S, Id> | null;
  /** Every pointer press passes here first, so a site can remember context (which post a menu belongs to). */
  notePointer?(target: Element): void;
  /**
   * The same press on a control the site has rendered again (React replaced the node while the dialog had
   * the focus): the submit control of the same surface, found from the press's editor. Null when the
   * surface is gone with it (a menu that closed on blur) — the person must then press once more.
   */
  relocate?(press: Press<S>): Press<S> | null;
  /**
   * The surface that carries pictures around `target` (a file input, an editor an image was pasted into, a
   * click in a forward dialog). `climb`: also surfaces found by climbing to their editor (a chat box, when a
   * picture is attached); without it only those with a container of their own (a dialog), which is cheap
   * enough for every click and never mistakes a dialog over a chat for the chat.
   */
  picturesAt?(target: Element, climb: boolean): PictureSpot | null;
}

/** Called when a page did not look as the adapter expected: the guard steps aside and logs it locally. */
export type AdapterMissLog = (where: string, message: string) => void;
