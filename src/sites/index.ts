import { facebook } from './facebook';
import { messenger } from './messenger';
import type { AdapterMissLog, SiteAdapter } from './site-adapter';
import { createTableAdapter, type SiteExtras, type SurfaceTable } from './surface-table';
import { tiktok } from './tiktok';
import { zalo } from './zalo';

/**
 * The site registry: every site the guard knows, in the order the options page lists them. Everything about
 * sites elsewhere derives from this list. To add a site: write src/sites/<site>.ts (defineSite), add it
 * here, and give it a fixture (tests/fixtures/sites/<site>/).
 */
export const SITES = [facebook, messenger, tiktok, zalo] as const;

export type Site = (typeof SITES)[number];
export type SiteId = Site['id'];
/** Every surface name of every site (`composer`, `zalo-chat`…). */
export type Surface = Site['surfaces'][number]['surface'];

// Derived lists are marked pure: a bundle that never reads them (the page UI) leaves the site tables out.
export const SITE_IDS: readonly SiteId[] = /* @__PURE__ */ SITES.map((site) => site.id);

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}

export function siteById(id: SiteId): Site {
  return SITES.find((site) => site.id === id) as Site;
}

/** Which site a host name belongs to: exactly one of its hosts (the pages the content script runs on). */
export function siteOfHost(host: string): SiteId | null {
  const h = host.toLowerCase();
  return SITES.find((site) => (site.hosts as readonly string[]).includes(h))?.id ?? null;
}

/** The site's name as people say it, in the language of the page showing it. */
export function siteName(id: string, lang: 'vi' | 'en'): string {
  return SITES.find((site) => site.id === id)?.names[lang] ?? id;
}

/**
 * The guarded pages as extension match patterns: the content script's `matches` and the pages that may load
 * its deferred engine and dialog scripts (web_accessible_resources) are this one list.
 */
export const GUARDED_PAGE_MATCHES: string[] = /* @__PURE__ */ SITES.flatMap((site) =>
  site.hosts.map((host) => `https://${host}/*`),
);

/** The sites guarded on `id`'s pages: its guests first (their tables are the narrower), then itself. */
export function sitesOnPagesOf(id: SiteId): Site[] {
  const guests = SITES.filter((site) => (site as { guestOf?: readonly string[] }).guestOf?.includes(id));
  return [...guests, siteById(id)];
}

/** Several sites' page knowledge on one page: every site's notes, the first answer about a shared post. */
function mergeExtras(list: SiteExtras<Surface>[]): SiteExtras<Surface> {
  if (list.length === 1) return list[0] as SiteExtras<Surface>;
  const noting = list.filter((extras) => extras.notePointer);
  return {
    // The page's own site decides how its redirect links read (it is last in the list).
    unwrapLink: list.findLast((extras) => extras.unwrapLink)?.unwrapLink,
    notePointer: (target) => noting.forEach((extras) => extras.notePointer?.(target)),
    sharedPost: (surface, scope, control) => {
      for (const extras of list) {
        const shared = extras.sharedPost?.(surface, scope, control);
        if (shared) return shared;
      }
      return undefined;
    },
  };
}

export function createAdapter(id: SiteId, onMiss: AdapterMissLog): SiteAdapter<Surface, SiteId> {
  const sites = sitesOnPagesOf(id);
  const owners = new Map<SurfaceTable<Surface>, SiteId>();
  const tables = sites.flatMap((site) => {
    const own = site.surfaces as readonly SurfaceTable<Surface>[];
    for (const table of own) owners.set(table, site.id);
    return own;
  });
  const extras = mergeExtras(sites.map((site) => (site.extras?.() ?? {}) as SiteExtras<Surface>));
  return createTableAdapter<Surface, SiteId>(id, tables, extras, onMiss, (table) => owners.get(table) ?? id);
}
