// The table of patterns the loader must refuse and must accept: checked by regex-safety.test.ts, and every
// accepted one (with the built-in packs' patterns) is timed on 100 KB inputs by `npm run bench -- regex`.

export interface PatternCase {
  pattern: string;
  flags: string;
  /** For refused patterns: what the refusal must say. */
  why?: RegExp;
  /** Why it is in the table (for refused ones: what it costs the engine). */
  note?: string;
}

const SLOW = /super-linearly|steps per character/;

export const REFUSED_PATTERNS: PatternCase[] = [
  // The patterns of issue 9 that the previous checker accepted: each over 12 s on 100 KB.
  { pattern: '[a-z]+x', flags: '', why: SLOW, note: 'quadratic: every start re-reads the run of letters' },
  { pattern: '\\w+@', flags: '', why: SLOW },
  { pattern: '.*.*x', flags: '', why: SLOW, note: 'cubic' },
  { pattern: '(?:\\w+\\s)+x', flags: '', why: SLOW },
  { pattern: '\\p{L}+\\s*:\\s*\\d+', flags: '', why: SLOW },
  { pattern: '\\d+\\d+\\d+x', flags: '', why: SLOW, note: '20 s on 2,000 characters' },
  // Classic exponential ones.
  { pattern: '(a+)+$', flags: '', why: SLOW },
  { pattern: '(a|a)*b', flags: '', why: SLOW },
  { pattern: '(\\w+\\s?)+$', flags: '', why: SLOW },
  { pattern: '(\\w+\\s?)*$', flags: '', why: /empty string/ },
  { pattern: '(.*a){20}', flags: '', why: SLOW },
  { pattern: '(a*)*b', flags: '', why: SLOW },
  { pattern: '(?:a+){2,}c', flags: '', why: SLOW },
  { pattern: '(\\d{1,3},?)+x', flags: '', why: SLOW },
  { pattern: '(a|ab)+c', flags: '', why: SLOW },
  { pattern: '(A+)+$', flags: 'i', why: SLOW },
  { pattern: '(?:a?b?)*c', flags: '', why: SLOW, note: '"ab" is one iteration or two' },
  // Polynomial ones a single-character analysis (scslre) misses, and bounded-but-costly ones.
  { pattern: '(?:ab)+(?:ab)+c', flags: '', why: SLOW, note: 'cubic: 2.4 s on 4 KB' },
  { pattern: 'a{0,1000}x', flags: '', why: SLOW, note: '0.4 s on 100 KB' },
  { pattern: '\\p{L}{0,30}x', flags: '', why: SLOW },
  // Accepted by the previous checker as "safe", measured here: minutes on 100 KB.
  { pattern: '(\\d+\\.)+\\d+', flags: '', why: SLOW, note: '45 s on 100,000 digits' },
  {
    pattern: '(?:[\\w-]+\\.)+[a-z]{2,}',
    flags: 'i',
    why: /super-linearly|too complex/,
    note: '62 s on "x-x-…"',
  },
  { pattern: '(?:\\w+\\s)+', flags: '', why: SLOW, note: '37 s on 100,000 letters' },
  { pattern: '(?:\\w+\\s+)+\\w+', flags: '', why: SLOW },
  {
    pattern: '\\d+-(?:QĐ|KH|BC|CV)\\/(?:TW|TU|HU|ĐU)',
    flags: '',
    why: SLOW,
    note: 'quadratic on a run of digits',
  },
  // Lookarounds that read without bound, checked at every position.
  { pattern: '(?=.*x)a', flags: '', why: /lookahead/ },
  { pattern: '(?<=a.*)b', flags: '', why: /lookbehind/ },
  { pattern: '(?<!.*x)b', flags: '', why: /lookbehind/ },
  { pattern: '(?<=(a+)+)b', flags: '', why: /lookbehind/ },
  // Not patterns the engine can use at all.
  { pattern: '(a)\\1', flags: '', why: /backreference/ },
  { pattern: '(?<x>a)\\k<x>', flags: '', why: /backreference/ },
  { pattern: 'a*', flags: '', why: /empty string/ },
  { pattern: '(?:)', flags: '', why: /empty string/ },
  { pattern: '\\b', flags: '', why: /empty string/ },
  { pattern: '(', flags: '', why: /invalid regular expression/ },
  { pattern: 'a{2,1}', flags: '', why: /invalid regular expression/ },
  { pattern: '\\q', flags: '', why: /invalid regular expression/ },
];

export const ACCEPTED_PATTERNS: PatternCase[] = [
  { pattern: '^\\d{3}$', flags: '' },
  { pattern: 'Số:\\s*\\d+\\/[A-ZĐ]+(?:-[A-ZĐ]+)*', flags: '' },
  { pattern: '\\b\\d{12}\\b', flags: '' },
  { pattern: '(?:\\+84|84|0)(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\\d{7}', flags: '' },
  { pattern: '\\d{1,3}(?:\\.\\d{1,3}){3}', flags: '' },
  { pattern: '(\\d[ .-]?){8,9}\\d', flags: '' },
  { pattern: '(?:Mr|Ms)\\.', flags: '' },
  { pattern: '(?:nghe (?:nói|đồn|bảo))', flags: 'i' },
  { pattern: '\\d{2,4}[-/.]\\d{1,2}[-/.]\\d{1,4}', flags: '' },
  { pattern: '(?:\\d{1,2}){2}', flags: '' },
  { pattern: '[\\uD83D\\uDE00-\\uD83D\\uDE4F]', flags: '' },
  { pattern: '(?<year>\\d{4})-(?<month>\\d{2})', flags: '' },
  { pattern: '^(?:TUYỆT MẬT|TỐI MẬT|MẬT)$', flags: 'm' },
  { pattern: '(?:a|b|c){1,3}x', flags: '' },
  // Exponential on raw text, but the engine collapses every run of white space to one " " or "\n".
  { pattern: '(\\s|\\n)+x', flags: '' },
  { pattern: '(?:^|[^a-z])[a-z]+x', flags: '' },
  // The rewrites the refusals suggest: repeated parts that start after something they cannot match.
  { pattern: '(?<![a-z-])[a-z]+(?:-[a-z]+)*', flags: '' },
  { pattern: '(?<![\\w\\s])(?:\\w+\\s)+', flags: '' },
  { pattern: '(?<![\\w.-])(?:[\\w-]+\\.)+[a-z]{2,}', flags: 'i' },
  { pattern: '(?<![\\d.])(?:\\d+\\.)+\\d+', flags: '' },
  { pattern: '(?<!\\S)\\S+', flags: '' },
  { pattern: '(?<![^\\s])[^\\s@]+@[^\\s@]+\\.[a-z]+', flags: '' },
  { pattern: '(?<![\\p{L}])[\\p{Lu}]{4,}', flags: '' },
  { pattern: '(?<![a-z])(?!x)[a-z]{1,30}', flags: '' },
  // Bounded lookarounds, as the built-in packs use them.
  { pattern: '(?<=a)b', flags: '' },
  { pattern: '(?<!a)b', flags: '' },
  { pattern: '(?<![\\p{L}\\d])\\d{12}(?!\\d)', flags: '' },
  { pattern: '(?<!liên hệ\\s?)0\\d{9}', flags: 'i' },
  { pattern: '(?<!(?:hotline|lh|zalo)[^a-z\\d]{1,4})(?<![\\d+])0\\d{9}', flags: '' },
  { pattern: '(?<![a-z]{1,40})b', flags: '' },
];
