// Character classes by UTF-16 code unit. JavaScript's `\b` only knows ASCII word characters, so next to a
// Vietnamese letter ("MẬT" in "MẬTX", "nói" in "nóiz") it sees a boundary where there is none. The engine asks
// these Unicode-aware questions instead, answered from a small table for the Latin/Vietnamese range and a
// cache for everything else (the Unicode property regexes are only run once per distinct character).

export const WORD = 1; // a letter, a number or a combining mark: part of a word
export const LETTER = 2;
export const UPPER = 4;
export const LOWER = 8;
export const SPACE = 16;
export const NEWLINE = 32;
/** Invisible characters dropped before matching (zero-width space/joiners, soft hyphen, BOM, word joiner). */
export const INVISIBLE = 64;
export const MARK = 128;

/** Latin, Latin Extended (incl. Vietnamese 1E00–1EFF), combining marks: the range every draft is mostly in. */
const TABLE_SIZE = 0x2500;
const table = new Uint8Array(TABLE_SIZE);
const filled = new Uint8Array(TABLE_SIZE);
const cache = new Map<number, number>();

const reLetter = /\p{L}/u;
const reUpper = /\p{Lu}|\p{Lt}/u;
const reLower = /\p{Ll}/u;
const reNumber = /\p{N}/u;
const reMark = /\p{M}/u;
const reSpace = /\s/u;

function compute(code: number): number {
  // Lone surrogates: treat as part of a word so an astral letter is never split into "boundary" halves;
  // the few astral letters a draft may hold (emoji are not letters) are judged by `flagsAt` instead.
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const ch = String.fromCharCode(code);
  let f = 0;
  if (
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0xad
  )
    return INVISIBLE;
  if (reSpace.test(ch)) {
    f |= SPACE;
    if (
      code === 10 ||
      code === 13 ||
      code === 11 ||
      code === 12 ||
      code === 0x85 ||
      code === 0x2028 ||
      code === 0x2029
    )
      f |= NEWLINE;
    return f;
  }
  if (reLetter.test(ch)) {
    f |= WORD | LETTER;
    if (reUpper.test(ch)) f |= UPPER;
    else if (reLower.test(ch)) f |= LOWER;
  } else if (reNumber.test(ch)) f |= WORD;
  else if (reMark.test(ch)) f |= WORD | MARK;
  return f;
}

/** The class flags of one UTF-16 code unit. */
export function charFlags(code: number): number {
  if (code < TABLE_SIZE) {
    if (filled[code] === 0) {
      table[code] = compute(code);
      filled[code] = 1;
    }
    return table[code] as number;
  }
  let f = cache.get(code);
  if (f === undefined) {
    f = compute(code);
    cache.set(code, f);
  }
  return f;
}

/** Flags of the character (code point) that starts at `i`, so astral letters count as letters. */
export function flagsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return astralFlags(text.codePointAt(i) ?? c);
  return charFlags(c);
}

/** Flags of the character (code point) that ends just before `i`. */
export function flagsBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return astralFlags(text.codePointAt(i - 2) ?? c);
  }
  return charFlags(c);
}

function astralFlags(cp: number): number {
  const key = -cp;
  let f = cache.get(key);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    f = reLetter.test(ch) || reNumber.test(ch) || reMark.test(ch) ? WORD : 0;
    if (reLetter.test(ch)) f |= LETTER;
    cache.set(key, f);
  }
  return f;
}

export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (flagsAt(text, i) & WORD) !== 0;
}

export function isWordBefore(text: string, i: number): boolean {
  return i > 0 && i <= text.length && (flagsBefore(text, i) & WORD) !== 0;
}
