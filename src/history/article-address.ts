// One key per article, so "has this browser opened the page being shared?" can be answered by comparing
// addresses: the copy a person shares and the copy they read are often not the same string. They differ in
// scheme (http/https), `www.` and mobile hosts (`m.`, `mobile.`), AMP copies (`amp.` hosts, `/amp/` paths,
// `?amp`, `.amp.html`, Google's and the AMP project's caches), tracking parameters added by whoever shared it
// (`utm_*`, `fbclid`, Zalo's `zarsrc`…), fragments, trailing slashes, and redirect wrappers whose target is
// written in the address (Facebook's `l.php?u=`, Google's `/url?q=`). Pure: no request is ever made.

/** Query parameters that say who shared or how, never which page: dropped from the key. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '__tn__',
  'mibextid',
  'rdid',
  'ref',
  'ref_src',
  'ref_url',
  'refsrc',
  'zarsrc',
  'gidzl',
  'zlsid',
  'cmpid',
  'spm',
  'share',
  'sharing',
  'vn_source',
  'vn_medium',
  'vn_campaign',
  'vn_term',
  'vn_content',
  // AMP and mobile switches: the same article in another dress.
  'amp',
  'outputtype',
]);

const isTracking = (name: string): boolean => {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || n.startsWith('utm_') || n.startsWith('__cft__') || n.startsWith('hss_');
};

/** Leading host labels that mark a mobile or AMP copy of the same site. */
const VARIANT_LABELS = new Set(['www', 'm', 'mobile', 'amp', 'touch', 'wap']);

/** Redirect wrappers whose target is in the address itself: [host test, path test, query parameter]. */
const WRAPPERS: readonly [RegExp, RegExp, string][] = [
  [/^(?:l|lm|www|m)\.facebook\.com$/, /^\/l\.php$/, 'u'],
  [/^(?:www\.)?google\.[a-z.]+$/, /^\/url$/, 'q'],
  [/^(?:www\.)?google\.[a-z.]+$/, /^\/url$/, 'url'],
  [/^(?:l\.)?messenger\.com$/, /^\/l\.php$/, 'u'],
];

function parse(url: string): URL | null {
  const trimmed = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
    ? trimmed
    : `https://${trimmed.replace(/^\/\//, '')}`;
  try {
    const parsed = new URL(withScheme);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The article behind a redirect wrapper or an AMP cache, or the address itself. */
function unwrap(url: URL, depth = 0): URL {
  if (depth > 3) return url;
  const host = url.hostname.toLowerCase();
  for (const [hostTest, pathTest, param] of WRAPPERS) {
    const target = hostTest.test(host) && pathTest.test(url.pathname) ? url.searchParams.get(param) : null;
    const inner = target ? parse(target) : null;
    if (inner) return unwrap(inner, depth + 1);
  }
  // Google's AMP viewer (google.com/amp/s/host/path) and the AMP cache (host-name.cdn.ampproject.org/c/s/host/path).
  const cached =
    /^(?:www\.)?google\.[a-z.]+$/.test(host) && /^\/amp\/(s\/)?(.+)$/.exec(url.pathname)
      ? /^\/amp\/(s\/)?(.+)$/.exec(url.pathname)
      : host.endsWith('.cdn.ampproject.org')
        ? /^\/[cvi]\/(s\/)?(.+)$/.exec(url.pathname)
        : null;
  if (cached?.[2]) {
    const inner = parse(`${cached[1] ? 'https' : 'http'}://${cached[2]}${url.search}`);
    if (inner) return unwrap(inner, depth + 1);
  }
  return url;
}

function normalHost(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.+$/, '').split('.');
  while (labels.length > 2 && VARIANT_LABELS.has(labels[0] as string)) labels.shift();
  return labels.join('.');
}

function normalPath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(path);
  } catch {
    // Keep it encoded: both sides of a comparison go through the same step.
  }
  path = path
    .replace(/\/{2,}/g, '/')
    .replace(/^\/amp(?=\/)/i, '')
    .replace(/\/amp\/?$/i, '/')
    .replace(/\.amp(\.[a-z]+)?$/i, '$1')
    .replace(/-amp(\.html?)$/i, '$1');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path || '/';
}

function normalQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name, value]) => !isTracking(name) && !(name === 'm' && value === '1'));
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
}

/**
 * The address's article key (`host/path?kept=params`: no scheme, no `www.`, no tracking, no AMP/mobile
 * dress, no fragment), or null when it is not a web address. Two addresses with the same key are the same
 * article as far as "have you read it?" is concerned.
 */
export function articleKey(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  const article = unwrap(parsed);
  const host = normalHost(article.hostname);
  if (!host) return null;
  return `${host}${normalPath(article.pathname)}${normalQuery(article.searchParams)}`;
}

/**
 * Words to look the article up by in the browser's history (`history.search` matches words of the address
 * and title): the words of the most specific part of its path — the slug or the id — else its host. Every
 * candidate is then compared by `articleKey`, so this only has to be broad enough.
 */
export function historySearchText(url: string): string {
  const key = articleKey(url);
  if (!key) return '';
  const slash = key.indexOf('/');
  const host = slash < 0 ? key : key.slice(0, slash);
  const path = slash < 0 ? '' : key.slice(slash).replace(/\?.*$/, '');
  const segments = path
    .split('/')
    .map((segment) => segment.replace(/\.[a-z0-9]{2,5}$/i, ''))
    .filter((segment) => /[\p{L}\p{N}]{3,}/u.test(segment));
  const last = segments[segments.length - 1];
  if (!last) return host;
  const words = last.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  // Enough words to be specific, few enough to keep the query cheap.
  return words
    .sort((a, b) => b.length - a.length)
    .slice(0, 4)
    .join(' ');
}
