// Finding links in a draft: full URLs (`https://…`), `www.…`, and bare domains (`abc.com.vn`,
// `chinhphu.vn/abc`) — people often paste a domain without the scheme, and Facebook turns it into a link.
// A bare name is only taken for a domain when its last label is a top-level domain we know (the short list
// below plus every TLD in the packs' domain lists), so "TP.HCM", "v.v." or "A.Nguyễn" are not links. Emails
// are not links (they are personal data, another rule's business).

export interface FoundLink {
  /** The URL as written (trailing sentence punctuation removed). */
  url: string;
  /** Lower-case host name (IDN labels as written, punycode or Unicode). */
  host: string;
  start: number;
  end: number;
}

/** Common TLDs and the ones abused most for scams; the packs' own domains add theirs. */
export const COMMON_TLDS: readonly string[] = (
  'vn com net org info biz io co me xyz top site online club app dev ly gl gd id at to tk ml ga cf gq us uk ' +
  'ru cn tv cc ws link live news shop store blog gov edu int asia pro name mobi click icu vip fun space ' +
  'website tech cloud page ai sh so la cx be de fr jp kr sg th my ph la kh la eu ca au in today world ' +
  'press media network agency host email social tube video pw rest bar best monster cyou buzz work life'
)
  .split(' ')
  .filter((t, i, all) => t && all.indexOf(t) === i);

// 1: full URL; 2: bare host (www.… or a.b.tld), 3: its optional port/path.
const LINK =
  /(https?:\/\/[^\s<>"'`]+)|(?<![\p{L}\p{N}@./_-])((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})(?![\p{L}\p{N}_@-])((?::\d{1,5})?(?:[/?#][^\s<>"'`]*)?)/giu;

const TRAILING = '.,;:!?\'"“”‘’»›…)]}>*';

/** Removes sentence punctuation stuck to the end of a URL, keeping a `)` that closes a `(` in the URL. */
function trimTrailing(url: string): string {
  let u = url;
  while (u.length > 0) {
    const c = u[u.length - 1] as string;
    if (!TRAILING.includes(c)) break;
    if (c === ')' && count(u, '(') >= count(u, ')')) break;
    u = u.slice(0, -1);
  }
  return u;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The lower-case host of a URL (with or without scheme), or '' when there is none. */
export function hostOf(url: string): string {
  let rest = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else if (/^\/\//.test(rest)) rest = rest.slice(2);
  const endOfHost = rest.search(/[/?#\\]/);
  let authority = endOfHost >= 0 ? rest.slice(0, endOfHost) : rest;
  // `https://chinhphu.vn@evil.example/` goes to evil.example: the part before `@` is a user name.
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let host: string;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    host = close > 0 ? authority.slice(0, close + 1) : authority;
  } else {
    const colon = authority.indexOf(':');
    host = colon >= 0 ? authority.slice(0, colon) : authority;
  }
  host = host.toLowerCase().replace(/\.+$/, '');
  try {
    if (host.includes('%')) host = decodeURIComponent(host);
  } catch {
    // Keep the host as written.
  }
  return host;
}

/** Links in `text`, in order, with UTF-16 offsets into `text`. */
export function extractLinks(text: string, tlds: ReadonlySet<string> = DEFAULT_TLDS): FoundLink[] {
  const out: FoundLink[] = [];
  if (!text.includes('.')) return out;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m !== null; m = LINK.exec(text)) {
    let raw: string;
    if (m[1] !== undefined) raw = m[1];
    else {
      const host = (m[2] ?? '').toLowerCase();
      const tld = host.slice(host.lastIndexOf('.') + 1);
      if (!tlds.has(tld) && !host.startsWith('www.')) continue;
      raw = (m[2] ?? '') + (m[3] ?? '');
    }
    const url = trimTrailing(raw);
    const host = hostOf(url);
    if (!host) continue;
    out.push({ url, host, start: m.index, end: m.index + url.length });
  }
  return out;
}

export const DEFAULT_TLDS: ReadonlySet<string> = new Set(COMMON_TLDS);
