// Finding links in a draft: full URLs (`https://…`), `www.…`, and bare domains (`abc.com.vn`,
// `chinhphu.vn/abc`) — people often paste a domain without the scheme, and Facebook turns it into a link.
// A bare name is only taken for a domain when its last label is a top-level domain we know (the short list
// below plus every TLD in the packs' domain lists), so "TP.HCM", "v.v." or "A.Nguyễn" are not links. Emails
// are not links (they are personal data, another rule's business). A bare IPv4 address counts only with a
// path or a port after it (`45.76.12.34/dang-ky`): alone, "1.2.3.4" is as likely a version number.

import { charFlags as charFlags_, SPACE as SPACE_, WORD as WORD_ } from './char-class';

// Local copies: module bindings can be getters once transpiled (tsx, vitest), too slow in the hot loops.
const charFlags = charFlags_;
const SPACE = SPACE_;
const WORD = WORD_;

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

const MAX_HOST = 253;
const FULL_URL = /https?:\/\//gi;
/** Characters that end a URL in running text. */
const URL_STOP = ' \t\n\r\f\v<>"\'`\u00a0\u2028\u2029\u3000';
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^\p{L}{2,24}$/u;

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

/** Index of the first URL-ending character at or after `from`. */
function urlEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !URL_STOP.includes(text[i] as string) && !(charFlags(text.charCodeAt(i)) & SPACE))
    i++;
  return i;
}

const isHostChar = (code: number): boolean => code === 0x2d || (charFlags(code) & WORD) !== 0;

/** `host[:port][/path]` starting at a bare host that ends at `hostEnd`. */
function bareUrlEnd(text: string, hostEnd: number): number {
  let i = hostEnd;
  if (text[i] === ':') {
    let j = i + 1;
    while (j < text.length && j - i <= 5 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > i + 1) i = j;
  }
  const c = text[i];
  return c === '/' || c === '?' || c === '#' ? urlEnd(text, i) : i;
}

/**
 * Links in `text`, in order, with UTF-16 offsets into `text`, at most `max` of them. Scans with indexOf for
 * `http(s)://` and for dots, growing each candidate host outwards, so the cost stays linear in the text.
 */
export function extractLinks(
  text: string,
  tlds: ReadonlySet<string> = DEFAULT_TLDS,
  max = Number.POSITIVE_INFINITY,
): FoundLink[] {
  const out: FoundLink[] = [];
  if (!text.includes('.') && !/https?:/i.test(text)) return out;

  const full: FoundLink[] = [];
  FULL_URL.lastIndex = 0;
  for (let m = FULL_URL.exec(text); m !== null && full.length < max; m = FULL_URL.exec(text)) {
    if (m.index > 0 && isHostChar(text.charCodeAt(m.index - 1))) continue; // "xhttp://" is not a URL start
    const end = urlEnd(text, m.index);
    const url = trimTrailing(text.slice(m.index, end));
    const host = hostOf(url);
    FULL_URL.lastIndex = end;
    if (host) full.push({ url, host, start: m.index, end: m.index + url.length });
  }

  let f = 0; // next full URL, to skip dots inside it
  for (let dot = text.indexOf('.'); dot >= 0 && out.length + full.length < max;) {
    while (f < full.length && (full[f] as FoundLink).end <= dot) out.push(full[f++] as FoundLink);
    const inside =
      f < full.length && (full[f] as FoundLink).start <= dot ? (full[f] as FoundLink) : undefined;
    if (inside) {
      dot = text.indexOf('.', Math.max(inside.end, urlEnd(text, inside.start)));
      continue;
    }
    if (dot === 0 || !isHostChar(text.charCodeAt(dot - 1)) || !isHostChar(text.charCodeAt(dot + 1))) {
      dot = text.indexOf('.', dot + 1);
      continue;
    }
    // Grow the token both ways. Each character is visited once: the next dot is searched after `right`, and
    // growing left stops at the character that ended the previous token. A host name is at most 253
    // characters, so a longer run of name characters is not one.
    let left = dot;
    while (left > 0 && (isHostChar(text.charCodeAt(left - 1)) || text[left - 1] === '.')) left--;
    let right = dot + 1;
    while (right < text.length && (isHostChar(text.charCodeAt(right)) || text[right] === '.')) right++;
    const next = text.indexOf('.', right);
    if (right - left > MAX_HOST) {
      dot = next;
      continue;
    }
    while (left < right && (text[left] === '.' || text[left] === '-')) left++;
    let hostEnd = right;
    while (hostEnd > left && (text[hostEnd - 1] === '.' || text[hostEnd - 1] === '-')) hostEnd--;
    const before = left > 0 ? text[left - 1] : '';
    const after = text[hostEnd] ?? '';
    const candidate = text.slice(left, hostEnd);
    if (before !== '@' && before !== '/' && before !== '_' && after !== '@' && after !== '_') {
      const named = isHostName(candidate, tlds);
      const ip = !named && isIPv4(candidate);
      if (named || ip) {
        const url = trimTrailing(text.slice(left, bareUrlEnd(text, hostEnd)));
        // A bare IPv4 address needs a path or a port after it to be a link ("45.76.12.34/dang-ky").
        if (named || url.length > candidate.length + 1)
          out.push({ url, host: hostOf(url), start: left, end: left + url.length });
      }
    }
    dot = next;
  }
  while (f < full.length && out.length < max) out.push(full[f++] as FoundLink);
  return out.length > max ? out.slice(0, max) : out;
}

function isHostName(candidate: string, tlds: ReadonlySet<string>): boolean {
  const labels = candidate.split('.');
  if (labels.length < 2) return false;
  for (const l of labels) if (!LABEL.test(l)) return false;
  const tld = (labels[labels.length - 1] as string).toLowerCase();
  if (!TLD.test(tld)) return false;
  return tlds.has(tld) || (labels[0] as string).toLowerCase() === 'www';
}

/** Dotted-quad IPv4 (each part 0–255, no leading zeros beyond one digit). */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const isIPv4 = (candidate: string): boolean => IPV4.test(candidate);

export const DEFAULT_TLDS: ReadonlySet<string> = new Set(COMMON_TLDS);
