// Text normalisation for matching, with a map back to the text as given.
//
// Every mode: Unicode NFC (text pasted from Word or macOS often arrives decomposed, "ậ" as "a" + U+0302 +
// U+0323), whitespace runs collapsed to one space (or one "\n" when the run holds a line break, so line-based
// checks still work), and invisible characters dropped (zero-width space/joiners, soft hyphen, BOM), which are
// also a cheap way to slip a phrase past a filter. Then per mode:
//   exact: nothing more (case and diacritics intact);
//   case:  lower case;
//   fold:  lower case and no diacritics, with đ/Đ → d (NFD does not decompose đ, it is its own letter).
// Offsets: normalised code unit i came from original [starts[i], ends[i]). A whole precomposed character made
// from a decomposed sequence maps to the whole sequence, so a match never splits a character.
//
// Speed matters (this runs on every keystroke pause in the content script): most drafts are NFC with plain
// spacing, so `exact` is then the input itself with an identity map (null arrays), and `case`/`fold` are
// derived from `exact` code unit by code unit, sharing its map when no unit expands or vanishes.

import {
  charFlags as charFlags_,
  INVISIBLE as INVISIBLE_,
  MARK as MARK_,
  NEWLINE as NEWLINE_,
  SPACE as SPACE_,
} from './char-class';

// Local copies: module bindings can be getters once transpiled (tsx, vitest), too slow in the hot loops.
const charFlags = charFlags_;
const INVISIBLE = INVISIBLE_;
const MARK = MARK_;
const NEWLINE = NEWLINE_;
const SPACE = SPACE_;

export type MatchMode = 'exact' | 'case' | 'fold';

export interface NormalisedText {
  mode: MatchMode;
  text: string;
  /** Original offset where normalised code unit i starts; null: the identity (unit i came from i). */
  starts: Int32Array | null;
  /** Original offset where normalised code unit i ends; null: the identity (i + 1). */
  ends: Int32Array | null;
  /**
   * For `case`/`fold` texts: the `exact` text they were derived from, and where each unit came from in it
   * (null when one to one), so a match can be checked against the exact spelling.
   */
  exact?: NormalisedText;
  exactStarts?: Int32Array | null;
  exactEnds?: Int32Array | null;
}

/** Map a normalised range [start, end) to the original text. */
export function originalRange(n: NormalisedText, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  if (end <= start) {
    const at =
      start < n.starts.length
        ? (n.starts[start] as number)
        : n.ends.length > 0
          ? (n.ends[n.ends.length - 1] as number)
          : 0;
    return [at, at];
  }
  return [n.starts[start] as number, n.ends[end - 1] as number];
}

/** The exact-mode text of a range of a derived (case/fold) text. */
export function exactSlice(n: NormalisedText, start: number, end: number): string {
  const exact = n.exact ?? n;
  if (!n.exactStarts || !n.exactEnds || end <= start) return exact.text.slice(start, end);
  return exact.text.slice(n.exactStarts[start] as number, n.exactEnds[end - 1] as number);
}

// Per-code-unit mapping for `case` and `fold`: -1 unknown, -2 delete, -3 several units (see `multi`), else
// the single code unit it maps to. A table over the Latin/Vietnamese range, a cache for the rest.
const LATIN = 0x2500;
const lowerTable = new Int32Array(LATIN).fill(-1);
const foldTable = new Int32Array(LATIN).fill(-1);
const lowerCache = new Map<number, number>();
const foldCache = new Map<number, number>();
const lowerMulti = new Map<number, string>();
const foldMulti = new Map<number, string>();
const reMarks = /\p{M}/gu;

function foldString(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(reMarks, '').replace(/[đð]/g, 'd').normalize('NFC');
}

function encode(code: number, mapped: string, multi: Map<number, string>): number {
  if (mapped.length === 0) return -2;
  if (mapped.length === 1) return mapped.charCodeAt(0);
  multi.set(code, mapped);
  return -3;
}

function mapCode(code: number, fold: boolean): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code < LATIN) {
    const tbl = fold ? foldTable : lowerTable;
    let v = tbl[code] as number;
    if (v === -1) {
      const ch = String.fromCharCode(code);
      v = fold ? encode(code, foldString(ch), foldMulti) : encode(code, ch.toLowerCase(), lowerMulti);
      tbl[code] = v;
    }
    return v;
  }
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const cache = fold ? foldCache : lowerCache;
  let v = cache.get(code);
  if (v === undefined) {
    const ch = String.fromCharCode(code);
    v = fold ? encode(code, foldString(ch), foldMulti) : encode(code, ch.toLowerCase(), lowerMulti);
    cache.set(code, v);
  }
  return v;
}

const decoder: TextDecoder | null =
  typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** A string from UTF-16 code units (lone surrogates may become U+FFFD, which keeps every offset). */
function unitsToString(codes: Uint16Array, length: number): string {
  const view = codes.subarray(0, length);
  if (decoder) return decoder.decode(view);
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(
      String.fromCharCode.apply(null, view.subarray(i, Math.min(i + 8192, length)) as unknown as number[]),
    );
  }
  return parts.join('');
}

/** Growable buffer of code units with their source ranges. */
class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const cap = this.codes.length * 2 + 16;
    const codes = new Uint16Array(cap);
    codes.set(this.codes);
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
  text(): string {
    return unitsToString(this.codes, this.length);
  }
}

/**
 * Whitespace other than single spaces/newlines, invisible characters, or two spaces/newlines in a row: the
 * exact text needs rebuilding. Two regexes: each alone is a fast irregexp scan (about 0.06 and 0.02 ms on a
 * 64 KB draft), while their alternation, or a class test plus four `includes`, costs 0.14–0.2 ms.
 */
const ODD_SPACING =
  /[\t\v\f\r\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const SPACE_RUN = /[ \n]{2}/;
const needsSpacingWork = (s: string): boolean => ODD_SPACING.test(s) || SPACE_RUN.test(s);

function normaliseExact(input: string): NormalisedText {
  const nfc = input.normalize('NFC');
  const isNfc = nfc === input;
  const spacing = needsSpacingWork(nfc);
  if (isNfc && !spacing) return { mode: 'exact', text: input, starts: null, ends: null };
  if (isNfc) return collapseSpacing(input, null, null);
  // Decomposed input: the platform composes, and the result is aligned with the input sequence by sequence.
  const aligned = alignComposed(input, nfc);
  if (aligned) {
    return spacing
      ? collapseSpacing(nfc, aligned.starts, aligned.ends)
      : { mode: 'exact', text: nfc, starts: aligned.starts, ends: aligned.ends };
  }
  return composeSequenceWise(input);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** End of the sequence (a character and the combining marks after it) that starts at `i`. */
function sequenceEnd(s: string, i: number): number {
  let end = i + 1;
  if (isHigh(s.charCodeAt(i)) && end < s.length && isLow(s.charCodeAt(end))) end++;
  while (end < s.length && isCombining(s.charCodeAt(end))) end++;
  return end;
}

/**
 * Maps each unit of `nfc` (the NFC of `input`) to the input sequence it came from: composition works within
 * a character and its marks, so the n-th sequence of one is the n-th sequence of the other. Returns null
 * when that does not hold (decomposed Hangul jamo compose across characters; a few singletons change a
 * plain character): the caller then composes sequence by sequence.
 */
function alignComposed(input: string, nfc: string): { starts: Int32Array; ends: Int32Array } | null {
  const n = input.length;
  const m = nfc.length;
  const starts = new Int32Array(m);
  const ends = new Int32Array(m);
  let j = 0;
  // Sequence ends inlined, and a mark test that settles the common cases without a call: this loop runs
  // once per character of every decomposed draft.
  for (let i = 0; i < n;) {
    if (j >= m) return null;
    const a = input.charCodeAt(i);
    let segEnd = i + 1;
    if (isHigh(a) && segEnd < n && isLow(input.charCodeAt(segEnd))) segEnd++;
    while (segEnd < n && isMarkCode(input.charCodeAt(segEnd))) segEnd++;
    const b = nfc.charCodeAt(j);
    let outEnd = j + 1;
    if (isHigh(b) && outEnd < m && isLow(nfc.charCodeAt(outEnd))) outEnd++;
    while (outEnd < m && isMarkCode(nfc.charCodeAt(outEnd))) outEnd++;
    if (outEnd - j === 1) {
      if (segEnd - i === 1 && a !== b) return null;
      starts[j] = i;
      ends[j] = segEnd;
    } else {
      for (let k = j; k < outEnd; k++) {
        starts[k] = i;
        ends[k] = segEnd;
      }
    }
    i = segEnd;
    j = outEnd;
  }
  return j === m ? { starts, ends } : null;
}

/** `isCombining` with the ranges that decide most characters first (below U+0300, the combining block). */
const isMarkCode = (d: number): boolean => d >= 0x300 && (d <= 0x36f || (charFlags(d) & MARK) !== 0);

/** Whitespace runs to one space or newline, invisible characters dropped; `map*` null: the identity. */
function collapseSpacing(
  src: string,
  mapStarts: Int32Array | null,
  mapEnds: Int32Array | null,
): NormalisedText {
  const n = src.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let o = 0;
  let spaceStart = -1;
  let spaceEnd = -1;
  let spaceNewline = false;
  for (let i = 0; i < n; i++) {
    const code = src.charCodeAt(i);
    const from = mapStarts ? (mapStarts[i] as number) : i;
    const to = mapEnds ? (mapEnds[i] as number) : i + 1;
    if (code <= 0x20 || code >= 0x7f) {
      const f = charFlags(code);
      if (f & SPACE) {
        if (spaceStart < 0) spaceStart = from;
        spaceEnd = to;
        if (f & NEWLINE) spaceNewline = true;
        continue;
      }
      if (f & INVISIBLE) continue;
    }
    if (spaceStart >= 0) {
      codes[o] = spaceNewline ? 10 : 32;
      starts[o] = spaceStart;
      ends[o++] = spaceEnd;
      spaceStart = -1;
      spaceNewline = false;
    }
    codes[o] = code;
    starts[o] = from;
    ends[o++] = to;
  }
  if (spaceStart >= 0) {
    codes[o] = spaceNewline ? 10 : 32;
    starts[o] = spaceStart;
    ends[o++] = spaceEnd;
  }
  return {
    mode: 'exact',
    text: unitsToString(codes, o),
    starts: starts.subarray(0, o),
    ends: ends.subarray(0, o),
  };
}

/** The general path: compose sequence by sequence, then collapse spacing over the result. */
function composeSequenceWise(input: string): NormalisedText {
  // Rare (decomposed Hangul jamo, NFC singletons): kept short rather than fast, it ships in the content script.
  const out = new Builder(input.length + 16);
  for (let i = 0; i < input.length;) {
    const segEnd = sequenceEnd(input, i);
    const seg = segEnd === i + 1 ? (input[i] ?? '') : composeSegment(input, i, segEnd);
    for (let k = 0; k < seg.length; k++) out.push(seg.charCodeAt(k), i, segEnd);
    i = segEnd;
  }
  return collapseSpacing(out.text(), out.starts, out.ends);
}

/** Lower-case (and for `fold` strip diacritics from) an exact text, unit by unit, keeping the maps. */
export function derive(exact: NormalisedText, mode: 'case' | 'fold'): NormalisedText {
  const fold = mode === 'fold';
  const src = exact.text;
  const n = src.length;
  const codes = new Uint16Array(n);
  let i = 0;
  for (; i < n; i++) {
    const c = src.charCodeAt(i);
    const v = mapCode(c, fold);
    if (v < 0) break;
    codes[i] = v;
  }
  if (i === n) {
    // One to one: share the exact text's map to the original.
    return {
      mode,
      text: unitsToString(codes, n),
      starts: exact.starts,
      ends: exact.ends,
      exact,
      exactStarts: null,
      exactEnds: null,
    };
  }
  // Some unit expands or vanishes: build maps to the exact text, then compose with its map to the original.
  const out = new Builder(n + 16);
  for (let k = 0; k < i; k++) out.push(codes[k] as number, k, k + 1);
  for (; i < n; i++) {
    const c = src.charCodeAt(i);
    const v = mapCode(c, fold);
    if (v >= 0) out.push(v, i, i + 1);
    else if (v === -3) {
      const s = (fold ? foldMulti : lowerMulti).get(c) ?? '';
      for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k), i, i + 1);
    }
  }
  const exactStarts = out.starts.subarray(0, out.length);
  const exactEnds = out.ends.subarray(0, out.length);
  let starts = exactStarts;
  let ends = exactEnds;
  if (exact.starts && exact.ends) {
    starts = new Int32Array(out.length);
    ends = new Int32Array(out.length);
    for (let k = 0; k < out.length; k++) {
      starts[k] = exact.starts[exactStarts[k] as number] as number;
      ends[k] = exact.ends[(exactEnds[k] as number) - 1] as number;
    }
  }
  return { mode, text: out.text(), starts, ends, exact, exactStarts, exactEnds };
}

/** Normalise `input` for matching in `mode`, keeping the map back to `input`. */
export function normalise(input: string, mode: MatchMode): NormalisedText {
  const exact = normaliseExact(input);
  return mode === 'exact' ? exact : derive(exact, mode);
}

// Decomposed Vietnamese has a few hundred distinct letter + mark sequences: compose each once.
const composed = new Map<number, string>();

/** NFC of input[start, end) (a starter and its combining marks). */
function composeSegment(input: string, start: number, end: number): string {
  const len = end - start;
  if (len <= 3) {
    // Up to three BMP code units fit a numeric key (16 bits each).
    let key = len;
    for (let k = start; k < end; k++) key = key * 0x10000 + input.charCodeAt(k);
    let seg = composed.get(key);
    if (seg === undefined) {
      seg = input.slice(start, end).normalize('NFC');
      if (composed.size < 4096) composed.set(key, seg);
    }
    return seg;
  }
  return input.slice(start, end).normalize('NFC');
}

function isCombining(code: number): boolean {
  if (code >= 0x0300 && code <= 0x036f) return true;
  if (code < 0x0300) return false;
  return (charFlags(code) & MARK) !== 0;
}

/** Normalise a phrase the way the text is normalised in `mode` (trimmed; no offsets needed). */
export function normalisePhrase(phrase: string, mode: MatchMode): string {
  return normalise(phrase, mode).text.trim();
}
