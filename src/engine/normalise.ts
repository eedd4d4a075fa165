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

import { charFlags, INVISIBLE, MARK, NEWLINE, SPACE } from './char-class';

export type MatchMode = 'exact' | 'case' | 'fold';

export interface NormalisedText {
  mode: MatchMode;
  text: string;
  /** Original offset where normalised code unit i starts. */
  starts: Int32Array;
  /** Original offset where normalised code unit i ends. */
  ends: Int32Array;
}

/** Map a normalised range [start, end) to the original text. */
export function originalRange(n: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at =
      start < n.starts.length
        ? (n.starts[start] as number)
        : n.text.length === 0
          ? 0
          : (n.ends[n.ends.length - 1] as number);
    return [at, at];
  }
  return [n.starts[start] as number, n.ends[end - 1] as number];
}

// Per-code-unit mapping for `case` and `fold`: -1 unknown, -2 delete, -3 several units (see `multi`), else
// the single code unit it maps to.
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

function mapCode(code: number, mode: 'case' | 'fold'): number {
  if (code < 0x80) {
    return code >= 65 && code <= 90 ? code + 32 : code;
  }
  const tbl = mode === 'case' ? lowerTable : foldTable;
  if (code < LATIN) {
    let v = tbl[code] as number;
    if (v === -1) {
      const ch = String.fromCharCode(code);
      v =
        mode === 'case'
          ? encode(code, ch.toLowerCase(), lowerMulti)
          : encode(code, foldString(ch), foldMulti);
      tbl[code] = v;
    }
    return v;
  }
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const cache = mode === 'case' ? lowerCache : foldCache;
  let v = cache.get(code);
  if (v === undefined) {
    const ch = String.fromCharCode(code);
    v =
      mode === 'case' ? encode(code, ch.toLowerCase(), lowerMulti) : encode(code, foldString(ch), foldMulti);
    cache.set(code, v);
  }
  return v;
}

/** Builds the normalised text in a growable code-unit buffer. */
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
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let i = 0; i < this.length; i += CHUNK) {
      parts.push(
        String.fromCharCode.apply(null, Array.from(this.codes.subarray(i, Math.min(i + CHUNK, this.length)))),
      );
    }
    return parts.join('');
  }
}

/** Normalise `input` for matching in `mode`, keeping the map back to `input`. */
export function normalise(input: string, mode: MatchMode): NormalisedText {
  const n = input.length;
  // Only text that is not already NFC needs per-sequence composition; most drafts are NFC already.
  const isNfc = input.normalize('NFC') === input;
  const out = new Builder(n + 8);
  let spaceStart = -1;
  let spaceEnd = -1;
  let spaceNewline = false;

  const emit = (code: number, start: number, end: number): void => {
    const f = charFlags(code);
    if (f & SPACE) {
      if (spaceStart < 0) spaceStart = start;
      spaceEnd = end;
      if (f & NEWLINE) spaceNewline = true;
      return;
    }
    if (f & INVISIBLE) return;
    if (spaceStart >= 0) {
      out.push(spaceNewline ? 10 : 32, spaceStart, spaceEnd);
      spaceStart = -1;
      spaceNewline = false;
    }
    if (mode === 'exact') {
      out.push(code, start, end);
      return;
    }
    const v = mapCode(code, mode);
    if (v >= 0) out.push(v, start, end);
    else if (v === -3) {
      const s = (mode === 'case' ? lowerMulti : foldMulti).get(code) ?? '';
      for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k), start, end);
    }
    // -2: a mark that folding removes.
  };

  for (let i = 0; i < n;) {
    const c = input.charCodeAt(i);
    let segEnd = i + 1;
    if (!isNfc) {
      if (c >= 0xd800 && c <= 0xdbff && segEnd < n) {
        const d = input.charCodeAt(segEnd);
        if (d >= 0xdc00 && d <= 0xdfff) segEnd++;
      }
      while (segEnd < n && isCombining(input.charCodeAt(segEnd))) segEnd++;
    }
    if (segEnd === i + 1) {
      emit(c, i, segEnd);
    } else {
      const seg = input.slice(i, segEnd).normalize('NFC');
      for (let k = 0; k < seg.length; k++) emit(seg.charCodeAt(k), i, segEnd);
    }
    i = segEnd;
  }
  if (spaceStart >= 0) out.push(spaceNewline ? 10 : 32, spaceStart, spaceEnd);

  return {
    mode,
    text: out.text(),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
  };
}

function isCombining(code: number): boolean {
  // Combining Diacritical Marks and the other mark blocks Vietnamese input can produce; anything else that is
  // a mark (rare scripts) is still handled by the class table.
  if (code >= 0x0300 && code <= 0x036f) return true;
  if (code < 0x0300) return false;
  return (charFlags(code) & MARK) !== 0;
}

/** Normalise a phrase the way the text is normalised in `mode` (trimmed; no offsets needed). */
export function normalisePhrase(phrase: string, mode: MatchMode): string {
  return normalise(phrase, mode).text.trim();
}
