import { h, render } from 'preact';
import type { CheckResult } from '../../engine/types';
import type { DialogHandle, DialogRequest, GuardUi } from '../../guard/guard-types';
import { Badge } from './Badge';
import { browserLanguages, resolveUiLanguage } from '../../settings/language-choice';
import type { UiLanguage } from './dialog-strings';
import { DIALOG_CSS } from './dialog-styles';
import { GuardDialog } from './GuardDialog';
import type { ShareServices } from './share-services';
import { GuardNotice, NOTICE_CSS } from './GuardNotice';

// Events that must not reach the site from inside our UI: its Escape would close its own composer, its
// focus trap would pull focus back, its outside-click handler would discard the draft.
const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'input',
  'beforeinput',
  'paste',
  'copy',
  'cut',
  'wheel',
];

interface Host {
  element: HTMLElement;
  mount: HTMLElement;
}

/** Dark when the site is dark: its computed background first (Facebook/TikTok themes), the OS setting second. */
export function pageIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !win) continue;
    const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(
      win.getComputedStyle(el).backgroundColor,
    );
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return win?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Everything our shadow roots show: the dialog, the badge and the notice. */
const UI_CSS = DIALOG_CSS + NOTICE_CSS;

/**
 * Styles a shadow root in a way no page Content-Security-Policy can block: a constructable stylesheet
 * (CSSOM), adopted by the root, is not subject to `style-src` the way a <style> element is. One sheet per
 * document, shared by every root. Where adopting is not possible (an engine without it, or Firefox before
 * 153, which refuses sheets from a content script), a <style> element is the fallback: browsers exempt a
 * content script's own elements from the page's CSP today, but that is their choice, not a rule.
 */
function styleRoot(root: ShadowRoot, doc: Document, sheets: WeakMap<Document, CSSStyleSheet | null>): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    sheet = null;
    try {
      const made = new CSSStyleSheet();
      made.replaceSync(UI_CSS);
      sheet = made;
    } catch {
      // No constructable stylesheets here: fall back below.
    }
    sheets.set(doc, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Refused (a content-script sheet in an older Firefox): fall back below.
    }
    sheets.set(doc, null);
  }
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  root.prepend(style);
}

export interface PageUiOptions {
  document: Document;
  /** The language setting in force (the UI script follows it); without one, the browser's languages decide. */
  language?(): UiLanguage;
  /** Read before you share: history lookups through the background (entrypoints/guard-ui.ts). */
  share?: ShareServices;
}

/** The guard's UI on the page: the dialog and the badge, each in its own open shadow root. */
export function createPageUi(options: PageUiOptions): GuardUi {
  const doc = options.document;
  const lang =
    options.language ?? (() => resolveUiLanguage('auto', browserLanguages(doc.defaultView?.navigator)));
  const hosts = new Set<HTMLElement>();
  const sheets = new WeakMap<Document, CSSStyleSheet | null>();

  const createHost = (name: string): Host => {
    const element = doc.createElement('wise-reader-ui');
    element.setAttribute('data-wr', name);
    const root = element.attachShadow({ mode: 'open' });
    const mount = doc.createElement('div');
    root.append(mount);
    styleRoot(root, doc, sheets);
    for (const type of CONTAINED_EVENTS) element.addEventListener(type, (e) => e.stopPropagation());
    (doc.body ?? doc.documentElement).append(element);
    hosts.add(element);
    return { element, mount };
  };
  const removeHost = (host: Host): void => {
    render(null, host.mount);
    host.element.remove();
    hosts.delete(host.element);
  };

  let badge: Host | null = null;
  let notice: Host | null = null;
  const hideNotice = (): void => {
    if (notice) removeHost(notice);
    notice = null;
  };

  return {
    owns(event) {
      if (hosts.size === 0) return false;
      return event.composedPath().some((node) => hosts.has(node as HTMLElement));
    },
    openDialog(request: DialogRequest): DialogHandle {
      const host = createHost('dialog');
      host.mount.className = pageIsDark(doc) ? 'wr-dark' : 'wr-light';
      let closed = false;
      let lost = false;
      // The site's own code may remove our host (an SPA re-render of <body>, a framework that owns the whole
      // body): the dialog is then gone and can no longer be answered. Watch the whole document while it is
      // open — one isConnected check per batch of the page's mutations — and say so at once.
      const observer = new MutationObserver(() => {
        if (closed || lost || host.element.isConnected) return;
        lost = true;
        observer.disconnect();
        render(null, host.mount);
        hosts.delete(host.element);
        request.onGone?.();
      });
      observer.observe(doc, { childList: true, subtree: true });
      // Drawn again with what an update brings (pictures read meanwhile): the same component, so the
      // person's ticks, open details and focus stay where they were.
      const draw = (shown: Pick<DialogRequest, 'result' | 'draft' | 'pictures'>): void =>
        render(
          h(GuardDialog, {
            result: shown.result,
            draft: shown.draft,
            ...(shown.pictures ? { pictures: shown.pictures } : {}),
            lang: lang(),
            action: request.action,
            pending: request.pending,
            onProceed: () => request.onProceed(),
            onEdit: () => request.onEdit(),
            ...(options.share ? { share: options.share } : {}),
          }),
          host.mount,
        );
      draw(request);
      return {
        close() {
          if (closed) return;
          closed = true;
          observer.disconnect();
          removeHost(host);
        },
        gone: () => !closed && !host.element.isConnected,
        update(next) {
          if (!closed && !lost) draw(next);
        },
      };
    },
    showBadge(editor: HTMLElement, result: CheckResult, onOpen: () => void) {
      // Findings, or else the links worth a look (official and known outlets are not): nothing to count, no badge.
      const doubtful = result.links.filter((l) => l.verdict !== 'official' && l.verdict !== 'known').length;
      const count = result.findings.length || doubtful;
      if (count === 0) {
        if (badge) removeHost(badge);
        badge = null;
        return;
      }
      // The page may have removed the badge's host too (a re-render): put up a new one.
      if (badge && !badge.element.isConnected) {
        removeHost(badge);
        badge = null;
      }
      badge ??= createHost('badge');
      const rect = editor.getBoundingClientRect();
      const view = doc.defaultView;
      const left = Math.min(rect.right - 14, (view?.innerWidth ?? rect.right) - 30);
      render(
        h(Badge, {
          count,
          verdict: result.verdict,
          lang: lang(),
          top: Math.max(2, rect.top - 12),
          left: Math.max(2, left),
          onOpen,
        }),
        badge.mount,
      );
    },
    hideBadge() {
      if (badge) removeHost(badge);
      badge = null;
    },
    showNotice(shown) {
      hideNotice();
      const host = createHost('notice');
      notice = host;
      host.mount.className = pageIsDark(doc) ? 'wr-dark' : 'wr-light';
      render(h(GuardNotice, { notice: shown, lang: lang(), onClose: hideNotice }), host.mount);
    },
    hideNotice,
  };
}
