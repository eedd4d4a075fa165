import { facebook } from './facebook';
import type { AdapterMissLog, SiteAdapter } from './site-adapter';
import { createTableAdapter } from './surface-table';
import { tiktok } from './tiktok';
import { zalo } from './zalo';

/**
 * The site registry: every site the guard knows, in the order the options page lists them. Everything about
 * sites elsewhere derives from this list. To add a site: write src/sites/<site>.ts (defineSite), add it
 * here, and give it a fixture (tests/fixtures/sites/<site>/).
 */
export const SITES = [facebook, tiktok, zalo] as const;

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

export function createAdapter(id: SiteId, onMiss: AdapterMissLog): SiteAdapter<Surface, SiteId> {
  const site: Site = siteById(id);
  return createTableAdapter<Surface, SiteId>(site.id, site.surfaces, site.extras?.() ?? {}, onMiss);
}
