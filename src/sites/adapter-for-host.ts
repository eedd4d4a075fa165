import { createFacebookAdapter } from './facebook';
import type { AdapterMissLog, SiteAdapter, SiteId } from './site-adapter';
import { createTikTokAdapter } from './tiktok';
import { createZaloAdapter } from './zalo';

/** Which site a host name belongs to (the content script's match patterns, plus the local fixtures' hosts). */
export function siteOfHost(host: string): SiteId | null {
  const h = host.toLowerCase();
  if (/(^|\.)facebook\.com$/.test(h)) return 'facebook';
  if (/(^|\.)tiktok\.com$/.test(h)) return 'tiktok';
  if (h === 'chat.zalo.me') return 'zalo';
  return null;
}

export function createAdapter(site: SiteId, onMiss: AdapterMissLog): SiteAdapter {
  switch (site) {
    case 'facebook':
      return createFacebookAdapter(onMiss);
    case 'tiktok':
      return createTikTokAdapter(onMiss);
    case 'zalo':
      return createZaloAdapter(onMiss);
  }
}
