// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARD_SETTINGS } from '../settings/guard-settings-shape';
import {
  GUARDED_PAGE_MATCHES,
  SITES,
  SITE_IDS,
  createAdapter,
  isSiteId,
  siteName,
  siteOfHost,
  sitesOnPagesOf,
} from './index';
import type { SiteDefinition } from './site-definition';

// Every module in src/sites that declares a site (defineSite) — a site file someone forgot to register shows
// up here as a definition the registry does not list.
const siteModules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./index.ts'], {
  eager: true,
});

function isDefinition(value: unknown): value is SiteDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SiteDefinition).id === 'string' &&
    Array.isArray((value as SiteDefinition).hosts) &&
    Array.isArray((value as SiteDefinition).surfaces)
  );
}

describe('the site registry', () => {
  it('lists every site file that declares a site, each once', () => {
    const declared = Object.values(siteModules).flatMap((module) =>
      Object.values(module).filter(isDefinition),
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const site of declared) expect(SITES as readonly unknown[]).toContain(site);
    expect(new Set(SITE_IDS).size).toBe(SITES.length);
  });

  it('gives each host to one site, as a plain lower-case host name', () => {
    const hosts = SITES.flatMap((site) => [...site.hosts]);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it('maps hosts to sites, exactly', () => {
    expect(siteOfHost('www.facebook.com')).toBe('facebook');
    expect(siteOfHost('web.facebook.com')).toBe('facebook');
    expect(siteOfHost('WWW.TIKTOK.COM')).toBe('tiktok');
    expect(siteOfHost('chat.zalo.me')).toBe('zalo');
    expect(siteOfHost('www.messenger.com')).toBe('messenger');
    expect(siteOfHost('messenger.com')).toBe('messenger');
    expect(siteOfHost('facebook.com.evil.example')).toBeNull();
    expect(siteOfHost('evil-facebook.com')).toBeNull();
  });

  it('derives the match patterns of the content script and the web-accessible pages from the hosts', () => {
    expect(GUARDED_PAGE_MATCHES).toEqual(SITES.flatMap((site) => site.hosts.map((h) => `https://${h}/*`)));
    expect(GUARDED_PAGE_MATCHES).toContain('https://www.facebook.com/*');
    expect(GUARDED_PAGE_MATCHES).toContain('https://m.facebook.com/*');
    expect(GUARDED_PAGE_MATCHES).toContain('https://chat.zalo.me/*');
    expect(GUARDED_PAGE_MATCHES).toContain('https://www.messenger.com/*');
  });

  it('lets a site guard its surfaces on another site’s pages, its tables first, its names unique there', () => {
    for (const site of SITES) {
      const guestOf = (site as { guestOf?: readonly string[] }).guestOf ?? [];
      for (const host of guestOf) {
        expect(isSiteId(host)).toBe(true);
        expect(host).not.toBe(site.id);
      }
      const surfaces = sitesOnPagesOf(site.id).flatMap((s) => s.surfaces.map((t) => t.surface));
      expect(new Set(surfaces).size).toBe(surfaces.length);
    }
    expect(sitesOnPagesOf('facebook').map((s) => s.id)).toEqual(['messenger', 'facebook']);
    expect(sitesOnPagesOf('zalo').map((s) => s.id)).toEqual(['zalo']);
  });

  it('gives every site default settings and a name in both languages', () => {
    expect(Object.keys(DEFAULT_GUARD_SETTINGS.sites)).toEqual([...SITE_IDS]);
    for (const site of SITES) {
      const id = site.id;
      expect(DEFAULT_GUARD_SETTINGS.sites[id]).toEqual(site.defaults ?? { enabled: true });
      expect(siteName(id, 'vi')).not.toBe(id);
      expect(siteName(id, 'en')).not.toBe(id);
    }
    expect(isSiteId('zalo')).toBe(true);
    expect(isSiteId('myspace')).toBe(false);
  });

  it('gives every surface an action, and presses carry it', () => {
    for (const site of SITES) {
      for (const table of site.surfaces) expect(['post', 'share', 'send']).toContain(table.action);
    }
    document.body.innerHTML = `<div id="chatInput"><div id="richInput" contenteditable="true">chào</div>
      <div class="chat-box-input-button" data-translate-title="STR_SEND">Gửi</div></div>`;
    const press = createAdapter('zalo', () => undefined).pressFromClick(
      document.querySelector('[data-translate-title="STR_SEND"]')!,
    );
    expect(press).toMatchObject({ surface: 'zalo-chat', action: 'send' });
  });
});
