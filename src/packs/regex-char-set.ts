// Sets of code points as sorted, disjoint, non-adjacent ranges: what one step of a pattern can consume. Used
// by the pattern cost analysis (regex-cost.ts), never by the engine.
//
// Unicode properties (`\p{L}`, `\p{Script=Latin}`…) are answered by the JavaScript engine itself, so the
// analysis sees exactly the sets the engine will match: one `matchAll` of `\p{…}+` over a string holding every
// code point (tens of milliseconds), cached per spelling. The loader caps how many different spellings one
// pack may use (MAX_PROPERTY_SPELLINGS), so a hostile pack cannot make the loader scan Unicode thousands of
// times.

export type CharSet = ReadonlyArray<readonly [number, number]>;

export const MAX_CODE_POINT = 0x10ffff;
export const EMPTY: CharSet = [];
export const ALL: CharSet = [[0, MAX_CODE_POINT]];

export function normalizeRanges(ranges: ReadonlyArray<readonly [number, number]>): CharSet {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export const single = (c: number): CharSet => [[c, c]];
export const union = (...sets: CharSet[]): CharSet => normalizeRanges(sets.flat());

export function complement(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  if (a === b || b === ALL) return a;
  if (a === ALL) return b;
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    const lo = Math.max(alo, blo);
    const hi = Math.min(ahi, bhi);
    if (lo <= hi) out.push([lo, hi]);
    if (ahi < bhi) i++;
    else j++;
  }
  return out;
}

export const subtract = (a: CharSet, b: CharSet): CharSet => intersect(a, complement(b));
export const isEmpty = (set: CharSet): boolean => set.length === 0;
export const sizeOf = (set: CharSet): number => set.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);

const keys = new WeakMap<CharSet, string>();

/** A string naming the set (equal sets, equal keys), memoised per set object. */
export function setKey(set: CharSet): string {
  let key = keys.get(set);
  if (key === undefined) {
    key = set.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',');
    keys.set(set, key);
  }
  return key;
}

export function sameSet(a: CharSet, b: CharSet): boolean {
  return a.length === b.length && a.every(([lo, hi], i) => lo === b[i]![0] && hi === b[i]![1]);
}

const cp = (s: string): number => s.codePointAt(0)!;
const ofChars = (chars: string): CharSet => normalizeRanges([...chars].map((c) => [cp(c), cp(c)] as const));

export const DIGIT: CharSet = [[0x30, 0x39]];
export const WORD: CharSet = normalizeRanges([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
/** `\w` under `iu`: the engine also counts ſ (U+017F) and the Kelvin sign (U+212A), whose folds are s and k. */
export const WORD_IGNORE_CASE: CharSet = union(WORD, single(0x17f), single(0x212a));
/** JavaScript's `\s`: WhiteSpace and LineTerminator. */
export const SPACE: CharSet = union(ofChars('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'), [
  [0x2000, 0x200a],
]);
export const LINE_TERMINATORS: CharSet = ofChars('\n\r\u2028\u2029');

// Every code point but the surrogates, as one string: BMP units first, then each astral code point as a pair.
const BMP_UNITS = 0x10000 - 0x800;
let everyCodePoint: string | undefined;

function allCodePoints(): string {
  if (everyCodePoint !== undefined) return everyCodePoint;
  const units = new Uint16Array(BMP_UNITS + 2 * 0x100000);
  let k = 0;
  for (let c = 0; c < 0xd800; c++) units[k++] = c;
  for (let c = 0xe000; c <= 0xffff; c++) units[k++] = c;
  for (let c = 0x10000; c <= MAX_CODE_POINT; c++) {
    const v = c - 0x10000;
    units[k++] = 0xd800 + (v >> 10);
    units[k++] = 0xdc00 + (v & 0x3ff);
  }
  everyCodePoint = new TextDecoder('utf-16le').decode(units);
  return everyCodePoint;
}

/** The code point at a UTF-16 index of `allCodePoints()`. */
function codePointAtIndex(index: number): number {
  if (index < 0xd800) return index;
  if (index < BMP_UNITS) return index + 0x800;
  return 0x10000 + ((index - BMP_UNITS) >> 1);
}

const propertyCache = new Map<string, CharSet>();
/** Distinct spellings kept; past this the cache starts over (a long-running background stays bounded). */
const MAX_CACHED_PROPERTIES = 256;

/** The set `\p{spelling}` matches, asked of the JavaScript engine (throws on a spelling it does not know). */
export function propertySet(spelling: string): CharSet {
  const cached = propertyCache.get(spelling);
  if (cached) return cached;
  const re = new RegExp(`\\p{${spelling}}+`, 'gu');
  const out: Array<[number, number]> = [];
  for (const m of allCodePoints().matchAll(re)) {
    const last = m.index + m[0].length - 1;
    // An astral code point is two units: its last unit is the low surrogate of the same code point.
    out.push([codePointAtIndex(m.index), codePointAtIndex(last)]);
  }
  if (propertyCache.size >= MAX_CACHED_PROPERTIES) propertyCache.clear();
  propertyCache.set(spelling, out);
  return out;
}

/** Case variants the engine's `i` flag treats as equal that lower/upper-casing alone does not reach. */
const EXTRA_FOLDS: ReadonlyArray<string> = [
  'sſS',
  'kKK',
  'åÅÅ',
  'ßẞ',
  'σςΣ',
  'θϑΘϴ',
  'ιιΙͅ',
  'βϐΒ',
  'εϵΕ',
  'κϰΚ',
  'πϖΠ',
  'ρϱΡ',
  'φϕΦ',
  'μµΜ',
  'ωΩΩ',
];
const foldPartners = new Map<number, number[]>();
for (const group of EXTRA_FOLDS) {
  const cps = [...group].map(cp);
  for (const c of cps) foldPartners.set(c, cps);
}

/**
 * The set widened by the `i` flag: every character that matches one of the set's characters when case is
 * ignored. Large sets (`\p{L}`, `[^x]`) are widened by every cased character at once: a wider set only makes
 * the analysis stricter, never blind.
 */
export function caseClosure(set: CharSet): CharSet {
  const key = setKey(set);
  let closed = closures.get(key);
  if (!closed) {
    if (closures.size >= 1024) closures.clear();
    closed = computeCaseClosure(set);
    closures.set(key, closed);
  }
  return closed;
}

const closures = new Map<string, CharSet>();

function computeCaseClosure(set: CharSet): CharSet {
  if (sizeOf(set) > 4000)
    return union(
      set,
      propertySet('Cased'),
      [...foldPartners.keys()].map((c) => [c, c]),
    );
  const extra: Array<[number, number]> = [];
  const add = (c: number) => extra.push([c, c]);
  for (const [lo, hi] of set) {
    for (let c = lo; c <= hi; c++) {
      const s = String.fromCodePoint(c);
      for (const v of [
        s.toLowerCase(),
        s.toUpperCase(),
        s.toUpperCase().toLowerCase(),
        s.toLowerCase().toUpperCase(),
      ]) {
        if (v.length > 0 && cp(v) !== undefined && String.fromCodePoint(cp(v)) === v) add(cp(v));
      }
      for (const p of foldPartners.get(c) ?? []) add(p);
    }
  }
  return extra.length > 0 ? union(set, extra) : set;
}
