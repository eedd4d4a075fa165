// Link verdicts from the merged domain lists of every domain rule of every pack.
//
// Order: an IP literal is `ip`. Otherwise the most specific listed name wins: the host itself, then each
// parent (so `gov.vn` in `official` covers every `*.gov.vn`, and `fake.gov.vn` in `flagged` beats it); a name
// in several lists counts as flagged > shortener > official > known. An unlisted host is a `lookalike` when it
// imitates a `protect`ed domain (see `imitation`), else `unknown`. No public-suffix list (too big for the
// content script): the registrable label is found with a short list of second-level suffixes instead.

import { toUnicodeHost } from './punycode';
import type { CompiledDomainRule, LinkVerdict } from './types';

export interface DomainLists {
  official: readonly string[];
  known: readonly string[];
  shorteners: readonly string[];
  flagged: readonly string[];
  protect: readonly string[];
}

export function domainRuleOf(rule: CompiledDomainRule): DomainLists {
  return {
    official: rule.official ?? [],
    known: rule.known ?? [],
    shorteners: rule.shorteners ?? [],
    flagged: rule.flagged ?? [],
    protect: rule.protect ?? [],
  };
}

export interface DomainVerdict {
  verdict: LinkVerdict;
  imitates?: string;
}

const PRIORITY: Record<string, number> = { known: 1, official: 2, shortener: 3, flagged: 4 };

/** Second-level labels under a country code that act as a public suffix (`com.vn`, `gov.vn`, `co.uk`…). */
const SECOND_LEVEL = new Set([
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'co',
  'info',
  'biz',
  'name',
  'pro',
  'int',
  'health',
  'mil',
  'or',
  'ne',
  'go',
]);

// Characters that look like Latin letters (Cyrillic, Greek, IPA) and digit/letter confusions.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  є: 'e',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  у: 'y',
  х: 'x',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  ɩ: 'i',
  ℓ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ω: 'w',
  '0': 'o',
  '1': 'l',
  '|': 'l',
  '3': 'e',
  '5': 's',
  '@': 'a',
  đ: 'd',
  ð: 'd',
};

/**
 * The shape a host has when read quickly: Unicode-decoded, compatibility-folded (fullwidth letters), no
 * diacritics, homoglyphs and digit look-alikes replaced, `i`/`l`, `rn`/`m` and `vv`/`w` merged.
 */
export function skeleton(host: string): string {
  let s = toUnicodeHost(host).normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  let mapped = '';
  for (const ch of s) mapped += HOMOGLYPHS[ch] ?? ch;
  s = mapped.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/i/g, 'l');
  return s;
}

export function isIpHost(host: string): boolean {
  if (host.startsWith('[') || host.includes(':')) return true;
  // Dotted, decimal, hex and octal forms all reach an address (`http://2130706433/` is 127.0.0.1).
  return /^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$/i.test(host);
}

/** The suffix length (in labels) of a host: 2 for `com.vn`-style second levels, else 1. */
function suffixLabels(labels: readonly string[]): number {
  const n = labels.length;
  if (n >= 3 && (labels[n - 1] as string).length === 2 && SECOND_LEVEL.has(labels[n - 2] as string)) return 2;
  return 1;
}

interface Protected {
  host: string;
  skeleton: string;
  /** The registrable label, as a skeleton (`chinhphu` for chinhphu.vn, `mic` for mic.gov.vn). */
  core: string;
  suffix: string;
  /** The protected name embedded in another host: `chinhphu.vn.xyz`, `chinhphu-vn.com`, `chinhphuvn.net`. */
  embedded: RegExp;
}

/**
 * Words a copy of a newspaper's or an agency's name is dressed up with: `vtv-news.net`, `tuoitre-online.com`,
 * `tin-vtv.com`. A protected label hyphenated with nothing but these is a look-alike even when the label is
 * short (3+ letters); hyphenated with anything else it is not (`mic-shop.vn` is a shop, not mic.gov.vn).
 */
const NEWS_WORDS = new Set(
  (
    'news tv online media live today daily hot 24h 24 247 express press post times channel video clip ' +
    'plus info official tin tintuc tinmoi tinnong bao baomoi moi nong net vn'
  )
    .split(' ')
    .map(skeleton),
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cleanHost(h: string): string {
  return h.trim().toLowerCase().replace(/^\*\./, '').replace(/\.+$/, '');
}

export class DomainIndex {
  private readonly listed = new Map<string, 'official' | 'known' | 'shortener' | 'flagged'>();
  private readonly protectedHosts: Protected[] = [];
  /** Every TLD of every listed domain, so bare domains under rarer TLDs are still found in text. */
  readonly tlds = new Set<string>();

  add(lists: DomainLists): void {
    const put = (hosts: readonly string[], verdict: 'official' | 'known' | 'shortener' | 'flagged'): void => {
      for (const raw of hosts) {
        const h = cleanHost(raw);
        if (!h) continue;
        this.tlds.add(h.slice(h.lastIndexOf('.') + 1));
        const previous = this.listed.get(h);
        if (!previous || (PRIORITY[verdict] as number) > (PRIORITY[previous] as number))
          this.listed.set(h, verdict);
        const unicode = toUnicodeHost(h);
        if (unicode !== h && !this.listed.has(unicode)) this.listed.set(unicode, verdict);
      }
    };
    put(lists.official, 'official');
    put(lists.known, 'known');
    put(lists.shorteners, 'shortener');
    put(lists.flagged, 'flagged');
    for (const raw of lists.protect) {
      const host = cleanHost(raw);
      if (!host || this.protectedHosts.some((p) => p.host === host)) continue;
      this.tlds.add(host.slice(host.lastIndexOf('.') + 1));
      const sk = skeleton(host);
      const labels = sk.split('.');
      const suffixCount = labels.length > 1 ? suffixLabels(labels) : 0;
      const core = labels[labels.length - 1 - suffixCount] ?? sk;
      const embedded = new RegExp(`(?:^|[.-])${labels.map(escapeRegExp).join('[.-]?')}(?:[.-]|$)`);
      this.protectedHosts.push({
        host,
        skeleton: sk,
        core,
        suffix: labels.slice(labels.length - suffixCount).join('.'),
        embedded,
      });
    }
  }

  verdict(rawHost: string): DomainVerdict {
    const host = cleanHost(rawHost);
    if (!host) return { verdict: 'unknown' };
    if (isIpHost(host)) return { verdict: 'ip' };
    for (const form of host === toUnicodeHost(host) ? [host] : [host, toUnicodeHost(host)]) {
      for (let h = form; ;) {
        const v = this.listed.get(h);
        if (v) return { verdict: v };
        const dot = h.indexOf('.');
        if (dot < 0) break;
        h = h.slice(dot + 1);
      }
    }
    const imitates = this.imitation(host);
    return imitates ? { verdict: 'lookalike', imitates } : { verdict: 'unknown' };
  }

  /**
   * The protected domain `host` imitates, if any: the same skeleton (punycode, homoglyphs, 0/o, 1/l, rn/m);
   * the protected name embedded in a longer host (extra labels `baochinhphu.vn.xyz`, hyphenated copies
   * `chinhphu-vn.com`); or a registrable label within a small edit distance (1, or 2 from 9 letters), or
   * the same label under another suffix (`chinhphu.com`), for labels of 5 letters or more; or, for labels of 3
   * letters or more, the label hyphenated with news-ish words only (`vtv-news.net`, not `mic-shop.vn`).
   */
  imitation(host: string): string | undefined {
    if (this.protectedHosts.length === 0) return undefined;
    const sk = skeleton(host);
    const labels = sk.split('.');
    const suffixCount = labels.length > 1 ? suffixLabels(labels) : 0;
    const core = labels[labels.length - 1 - suffixCount] ?? sk;
    const suffix = labels.slice(labels.length - suffixCount).join('.');
    for (const p of this.protectedHosts) {
      if (host === p.host || host.endsWith(`.${p.host}`)) continue; // it is the real one
      if (sk === p.skeleton || sk.endsWith(`.${p.skeleton}`)) return p.host;
      if (p.embedded.test(sk)) return p.host;
      if (p.core.length >= 3 && labels.length >= 2 && dressedUp(core, p.core)) return p.host;
      if (p.core.length >= 5 && labels.length >= 2) {
        if (core === p.core && suffix !== p.suffix) return p.host;
        if (core !== p.core && editDistance(core, p.core, 2) <= (p.core.length >= 9 ? 2 : 1)) return p.host;
      }
    }
    return undefined;
  }
}

/** `core` is `protectedCore` hyphenated with news-ish words only (`vtv-news`, `tin-vtv-24h`). */
function dressedUp(core: string, protectedCore: string): boolean {
  if (!core.includes('-')) return false;
  const parts = core.split('-');
  let found = false;
  for (const part of parts) {
    if (part === protectedCore) found = true;
    else if (!NEWS_WORDS.has(part)) return false;
  }
  return found;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
