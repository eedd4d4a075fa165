import type { Draft } from '../engine/types';
import { readEditorText } from './editor-text';
import type { AdapterMissLog, EditorSpot, PictureSpot, Press, SiteAdapter } from './site-adapter';
import type { SurfaceAction } from './site-definition';

/**
 * Site knowledge as data. Each site file (facebook.ts, messenger.ts, tiktok.ts, zalo.ts) is a list of these
 * tables; this file turns any list into a SiteAdapter. Every selector in a table carries a comment saying which
 * page state it targets and where and when it was seen, so the next person can tell a dead selector from a
 * live one when the site changes. (Comments, not a field: the content script's bundle is capped at 60 KB and
 * these notes are for people.) See src/sites/README.md.
 */
export interface Selector {
  css: string;
  /** Accessible names or visible texts that must match (vi and en); a trailing `*` matches a prefix. */
  labels?: string[];
  /** Labels may match the visible text too (default); false: only aria-label/title-like attributes. */
  byText?: boolean;
  /** Not this element when it is, contains or sits inside a match of this css (look-alike controls). */
  unless?: string;
  /**
   * Only when the element holds a match of this css: a control known by what it carries (an icon font's
   * glyph) when its own attributes are not stable. A descendant query, not `:has()`, for older browsers.
   */
  has?: string;
}

/**
 * A picture the page drew from a file the person chose or pasted: before it is uploaded, a site can only show
 * it through a blob: or data: address it made itself. Every site does this for its attachment thumbnails and
 * send-previews, whatever their class names, so it is the one selector that does not depend on them (the
 * sites' own images come from their servers). Not checked against live markup yet: modelled on the fixtures
 * (tests/fixtures/sites/), 2026-12-01.
 */
export const LOCAL_PICTURES: Selector = { css: 'img[src^="blob:"], img[src^="data:image/"]' };

export interface SurfaceTable<S extends string = string> {
  surface: S;
  /** What a press here does: post, share or send (the dialog's proceed button says it). */
  action: SurfaceAction;
  /**
   * Containers that scope this surface: the closest ancestor matching one of them (and its labels, read from
   * aria-label, aria-labelledby or its first heading). Absent: the surface is found by climbing from the
   * control until an ancestor holds an editor (comment boxes, chat inputs), at most `climb` levels (6 when
   * absent). With both, the scopes are tried first and climbing is the fallback.
   */
  scopes?: Selector[];
  climb?: number;
  /** The editor(s) holding the draft, searched inside the scope; the first visible one wins. */
  editors: Selector[];
  /** Controls that send. A press on one (or on a child of one) is guarded. */
  submits: Selector[];
  /** Enter in the editor sends (comment boxes, chats). */
  enterSends: boolean;
  /** The surface posts without an editor of its own (one-click share, repost). */
  editorOptional?: boolean;
  /** Link-preview cards or links of the shared post inside the scope: their href is a link being shared. */
  linkCards?: Selector[];
  /** File names shown for attachments inside the scope. */
  attachments?: Selector[];
  /**
   * Pictures that go out with a press here, inside the surface's part of the page (its container, or as far
   * up from the editor as it climbs): `img` elements, by CSS alone; their text is read and checked (src/ocr).
   */
  images?: Pick<Selector, 'css'>[];
}

export interface SiteExtras<S extends string = string> {
  /** Someone else's post being shared from this surface (Facebook share, TikTok repost). */
  sharedPost?(surface: S, scope: Element, control: Element): Draft['shared'] | undefined;
  notePointer?(target: Element): void;
  /** Turns a site's outbound redirect (l.facebook.com/l.php?u=…) back into the real address. */
  unwrapLink?(href: string): string | null;
}

export function normalizeLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function labelMatches(name: string, labels: readonly string[]): boolean {
  const n = normalizeLabel(name);
  if (!n) return false;
  return labels.some((label) => {
    const l = normalizeLabel(label);
    return l.endsWith('*') ? n.startsWith(l.slice(0, -1)) : n === l;
  });
}

/** Accessible-ish names of an element, cheapest first: aria-label, aria-placeholder, title, text. */
export function namesOf(el: Element): string[] {
  const names: string[] = [];
  for (const attr of ['aria-label', 'aria-placeholder', 'title', 'data-translate-title', 'placeholder']) {
    const value = el.getAttribute(attr);
    if (value) names.push(value);
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) names.push(text);
  }
  return names;
}

function textOf(el: Element): string {
  const text = el.textContent ?? '';
  return text.length > 200 ? '' : text;
}

/** Everything a selector asks of an element beyond its css: labels, no look-alike, what it holds. */
function fits(el: Element, selector: Selector, withText: boolean): boolean {
  return (
    matchesLabels(el, selector.labels, withText) &&
    !excluded(el, selector.unless) &&
    (!selector.has || el.querySelector(selector.has) !== null)
  );
}

function matchesLabels(el: Element, labels: readonly string[] | undefined, withText: boolean): boolean {
  if (!labels) return true;
  if (namesOf(el).some((name) => labelMatches(name, labels))) return true;
  return withText && labelMatches(textOf(el), labels);
}

/** Containers are named by their label or their first heading ("Create post" / "Tạo bài viết"). */
function scopeMatchesLabels(el: Element, labels: readonly string[] | undefined): boolean {
  if (!labels) return true;
  if (namesOf(el).some((name) => labelMatches(name, labels))) return true;
  const heading = el.querySelector('h1, h2, h3, [role="heading"]');
  return heading ? labelMatches(heading.textContent ?? '', labels) : false;
}

/** Hidden pre-rendered editors (Facebook keeps several) must never be read. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  // display:none ancestors (Facebook parks editors in them); checkVisibility is in Chrome 105+, Firefox 106+.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  return true;
}

function closestMatching(from: Element, selectors: readonly Selector[], withText: boolean): Element | null {
  for (const selector of selectors) {
    let el = from.closest(selector.css);
    // A labelled control may be nested in another element matching the same css (a button in a button).
    while (el) {
      if (fits(el, selector, withText && selector.byText !== false)) return el;
      el = el.parentElement?.closest(selector.css) ?? null;
    }
  }
  return null;
}

function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

function excluded(el: Element, unless: string | undefined): boolean {
  return unless ? el.closest(unless) !== null || el.querySelector(unless) !== null : false;
}

/** The closest container of the surface around `from` (its `scopes`), without climbing. */
function scopeOf(from: Element, table: SurfaceTable<string>): Element | null {
  for (const scope of table.scopes ?? []) {
    let el = from.closest(scope.css);
    while (el) {
      if (scopeMatchesLabels(el, scope.labels)) return el;
      el = el.parentElement?.closest(scope.css) ?? null;
    }
  }
  return null;
}

function findScope(from: Element, table: SurfaceTable<string>): Element | null {
  if (table.scopes) {
    const scope = scopeOf(from, table);
    if (scope || table.climb === undefined) return scope;
  }
  // Climb until an ancestor holds an editor of this surface.
  let el: Element | null = from;
  for (let level = 0; el && level <= (table.climb ?? 6); level++, el = el.parentElement) {
    if (findEditor(el, table, from)) return el;
  }
  return null;
}

function findEditor(scope: Element, table: SurfaceTable<string>, near?: Element): HTMLElement | null {
  if (near) {
    for (const selector of table.editors) {
      const own = near.closest(selector.css);
      if (own && scope.contains(own) && fits(own, selector, false)) return own as HTMLElement;
    }
  }
  for (const selector of table.editors) {
    for (const el of scope.querySelectorAll(selector.css)) {
      if (fits(el, selector, false) && isShown(el)) return el as HTMLElement;
    }
  }
  return null;
}

/**
 * The part of the page a surface occupies around its editor: the container it was scoped by, or, for a surface
 * found by climbing, the editor's ancestor as far up as the surface climbs (comment boxes, chat inputs).
 */
function areaOf(editor: Element, table: SurfaceTable<string>, scope: Element): Element {
  if (scope !== editor && table.scopes?.some((selector) => scope.matches(selector.css))) return scope;
  let el: Element = editor;
  for (let level = 0; level < (table.climb ?? 6) && el.parentElement; level++) el = el.parentElement;
  return el;
}

/** The first enabled, visible submit control of a surface inside its scope. */
function findSubmit(scope: Element, table: SurfaceTable<string>): HTMLElement | null {
  for (const selector of table.submits) {
    for (const el of scope.querySelectorAll(selector.css)) {
      if (!fits(el, selector, selector.byText !== false)) continue;
      if (isDisabled(el) || !isShown(el)) continue;
      return el as HTMLElement;
    }
  }
  return null;
}

/** A surface's part of the page and its pictures there: shown ones only, in page order. */
function pictureSpot(table: SurfaceTable<string>, scope: Element, editor: Element | null): PictureSpot {
  const area = editor ? areaOf(editor, table, scope) : scope;
  const css = table.images?.map((selector) => selector.css).join();
  return {
    area,
    pictures: () =>
      css
        ? [...area.querySelectorAll<HTMLImageElement>(css)].filter(
            (el) => el.tagName === 'IMG' && isShown(el),
          )
        : [],
  };
}

function collect(
  scope: Element,
  selectors: readonly Selector[] | undefined,
  read: (el: Element) => string | null,
) {
  const out: string[] = [];
  for (const selector of selectors ?? []) {
    for (const el of scope.querySelectorAll(selector.css)) {
      if (!matchesLabels(el, selector.labels, false)) continue;
      const value = read(el);
      if (value && !out.includes(value)) out.push(value);
    }
  }
  return out;
}

/**
 * `ownerOf` says whose settings a table's presses follow when a page carries another site's surfaces too
 * (Messenger's chat on facebook.com, see SiteDefinition.guestOf); by default, the page's own site.
 */
export function createTableAdapter<S extends string, Id extends string>(
  site: Id,
  tables: readonly SurfaceTable<S>[],
  extras: SiteExtras<S>,
  onMiss: AdapterMissLog,
  ownerOf: (table: SurfaceTable<S>) => Id = () => site,
): SiteAdapter<S, Id> {
  const readDraftOf = (
    table: SurfaceTable<S>,
    scope: Element,
    editor: HTMLElement | null,
    control: Element,
  ): Draft => {
    const draft: Draft = { text: editor ? readEditorText(editor) : '' };
    const links = collect(scope, table.linkCards, (el) => {
      const href = el.getAttribute('href');
      if (!href || editor?.contains(el)) return null;
      return extras.unwrapLink ? extras.unwrapLink(href) : href;
    });
    const shared = extras.sharedPost?.(table.surface, scope, control);
    if (shared?.url && !links.includes(shared.url)) links.push(shared.url);
    if (links.length) draft.links = links;
    if (shared) draft.shared = shared;
    const attachments = collect(scope, table.attachments, (el) => (el.textContent ?? '').trim() || null);
    if (attachments.length) draft.attachments = attachments;
    return draft;
  };

  const pressOn = (
    table: SurfaceTable<S>,
    control: Element,
    from: Element,
    miss: (message: string) => void = (message) => onMiss(`sites.${ownerOf(table)}`, message),
  ): Press<S, Id> | null => {
    const scope = findScope(from, table);
    if (!scope) {
      // A submit we know, in a place we do not: step aside, but say so (the site may have changed).
      if (table.scopes || !table.editorOptional)
        miss(`${table.surface}: submit control outside any known container`);
      return null;
    }
    const editor = findEditor(scope, table, from);
    if (!editor && !table.editorOptional) {
      miss(`${table.surface}: no editor found beside the submit control`);
      return null;
    }
    return {
      surface: table.surface,
      site: ownerOf(table),
      action: table.action,
      control: control as HTMLElement,
      editor,
      readDraft: () => readDraftOf(table, scope, editor, control),
      pictures: pictureSpot(table, scope, editor).pictures,
    };
  };

  return {
    site,
    notePointer: extras.notePointer,
    pressFromClick(target) {
      // A control one table knows but cannot place may be another table's (a "Send" of a forward dialog, a
      // chat's send button): the next tables are tried, and the miss is logged only when none takes it.
      let missed: (() => void) | null = null;
      for (const table of tables) {
        const control = closestMatching(target, table.submits, true);
        if (!control) continue;
        // A disabled control sends nothing (Studio's Post while uploading, Facebook's Post on an empty draft).
        if (isDisabled(control)) return null;
        const press = pressOn(table, control, control, (message) => {
          missed ??= () => onMiss(`sites.${ownerOf(table)}`, message);
        });
        if (press) return press;
      }
      (missed as (() => void) | null)?.();
      return null;
    },
    pressFromEnter(target) {
      for (const table of tables) {
        if (!table.enterSends) continue;
        const editor = closestMatching(target, table.editors, false);
        if (!editor) continue;
        const press = pressOn(table, editor, editor);
        if (press) return press;
      }
      return null;
    },
    relocate(press) {
      const table = tables.find((candidate) => candidate.surface === press.surface);
      const editor = press.editor;
      // Without its editor on the page there is no telling which surface the press belonged to.
      if (!table || !editor?.isConnected) return null;
      if (press.control === editor) return press;
      const scope = findScope(editor, table);
      const control = scope && findSubmit(scope, table);
      return control ? pressOn(table, control, editor) : null;
    },
    picturesAt(target, climb) {
      for (const table of tables) {
        const scope = table.images && (climb ? findScope(target, table) : scopeOf(target, table));
        if (scope) return pictureSpot(table, scope, findEditor(scope, table, target));
      }
      return null;
    },
    editorAt(target): EditorSpot<S, Id> | null {
      for (const table of tables) {
        const editor = closestMatching(target, table.editors, false);
        if (!editor) continue;
        const scope = findScope(editor, table);
        if (!scope) continue;
        const found = editor as HTMLElement;
        return {
          surface: table.surface,
          site: ownerOf(table),
          action: table.action,
          editor: found,
          area: areaOf(found, table, scope),
          readDraft: () => readDraftOf(table, scope, found, found),
        };
      }
      return null;
    },
  };
}
