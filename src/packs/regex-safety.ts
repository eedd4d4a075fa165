// A static check for regular expressions that can backtrack catastrophically (ReDoS), run when a pack is
// loaded. A pack's pattern runs on every keystroke-checked draft in the content script, so one bad pattern
// would freeze the page the person is writing in. The check is deliberately conservative: it rejects some
// patterns that are in fact safe, and says how to rewrite them (a rejected pattern costs an author a minute,
// an accepted bad one freezes someone's browser).
//
// What it rejects, on a small parse of the JavaScript `u`-mode syntax:
//  1. A repeated group (`*`, `+`, `{n,m}` with m >= 2) holding a variable-length quantifier whose text
//     could also be split across two repetitions: every other mandatory part of the group overlaps the
//     inner quantifier's characters, e.g. `(a+)+`, `(\w+\s?)*`, `(.*a){20}`, `(\w+\d)+`, `(\d{1,3},?)+`.
//     `(\d+\.)+` passes: each repetition must end with a dot the digits cannot eat.
//  2. A repeated alternation whose branches can start the same way, e.g. `(a|a)*`, `(\s|\n)+`, `(a|ab)+`.
//  3. Backreferences, whose cost this check cannot reason about, and patterns that match the empty string
//     (they would report zero-length findings everywhere).
//  4. Unbounded lookbehind: `(?<!…)` / `(?<=…)` is accepted only when its body matches at most
//     MAX_LOOKBEHIND characters (`(?<![\p{L}\d])`, `(?<!liên hệ\s?)`, `(?<!(?:lh|zalo)[^a-z]{1,4})`), so it
//     costs a bounded amount of work per position; `(?<!a+)`, `(?<=.*x)` are rejected.

type CharSet = ReadonlyArray<readonly [number, number]>;

type Node =
  | { type: 'alt'; branches: Node[]; start: number; end: number }
  | { type: 'seq'; items: Node[]; start: number; end: number }
  | { type: 'group'; body: Node; start: number; end: number }
  | { type: 'look'; body: Node; start: number; end: number }
  | { type: 'quant'; body: Node; min: number; max: number; start: number; end: number }
  | { type: 'set'; chars: CharSet; start: number; end: number }
  | { type: 'assert'; wordBoundary: boolean; start: number; end: number };

const MAX_CODE_POINT = 0x10ffff;
const EMPTY: CharSet = [];
const ALL: CharSet = [[0, MAX_CODE_POINT]];

function normalize(ranges: Array<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function union(...sets: CharSet[]): CharSet {
  return normalize(sets.flat());
}

function complement(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}

function isSubset(a: CharSet, b: CharSet): boolean {
  return !intersects(a, complement(b));
}

const cp = (s: string): number => s.codePointAt(0)!;
const single = (c: number): CharSet => [[c, c]];
const DIGIT: CharSet = [[cp('0'), cp('9')]];
const WORD: CharSet = normalize([
  [cp('0'), cp('9')],
  [cp('A'), cp('Z')],
  [cp('_'), cp('_')],
  [cp('a'), cp('z')],
]);
const SPACE: CharSet = normalize(
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
    .map((c) => [c, c] as const)
    .concat([[0x2000, 0x200a]]),
);
const LINE_TERMINATORS: CharSet = normalize([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]);

const propertyCache = new Map<string, CharSet>();

/** `\p{…}` sets, computed once per property by asking the engine about every code point. */
function propertySet(name: string): CharSet {
  const cached = propertyCache.get(name);
  if (cached) return cached;
  const re = new RegExp(`^\\p{${name}}$`, 'u');
  const out: Array<[number, number]> = [];
  let runStart = -1;
  for (let c = 0; c <= MAX_CODE_POINT + 1; c++) {
    const inside = c <= MAX_CODE_POINT && !(c >= 0xd800 && c <= 0xdfff) && re.test(String.fromCodePoint(c));
    if (inside && runStart < 0) runStart = c;
    if (!inside && runStart >= 0) {
      out.push([runStart, c - 1]);
      runStart = -1;
    }
  }
  propertyCache.set(name, out);
  return out;
}

const closureCache = new WeakMap<CharSet, CharSet>();

/**
 * Under the `i` flag a character also matches its other cases. Large sets (\p{Lu}, [^x]) are widened by
 * every cased character instead of letter by letter: over-approximating only makes the check stricter.
 */
function caseClosure(set: CharSet): CharSet {
  const cached = closureCache.get(set);
  if (cached) return cached;
  let result: CharSet;
  if (set.reduce((n, [lo, hi]) => n + hi - lo + 1, 0) > 2000) {
    result = union(set, propertySet('Cased'));
  } else {
    const extra: Array<[number, number]> = [];
    for (const [lo, hi] of set) {
      for (let c = lo; c <= hi; c++) {
        const s = String.fromCodePoint(c);
        for (const v of [s.toLowerCase(), s.toUpperCase()]) {
          if ([...v].length === 1) extra.push([cp(v), cp(v)]);
        }
      }
    }
    result = extra.length ? union(set, extra) : set;
  }
  closureCache.set(set, result);
  return result;
}

class PatternSyntaxError extends Error {}

/** A parse of the `u`-mode syntax, just deep enough to know what each part can match and how often. */
class PatternParser {
  private pos = 0;
  private readonly chars: string[];

  constructor(
    source: string,
    private readonly flags: string,
  ) {
    this.chars = [...source];
  }

  parse(): Node {
    const node = this.parseAlt();
    if (this.pos < this.chars.length) throw new PatternSyntaxError(`unexpected "${this.chars[this.pos]}"`);
    return node;
  }

  text(node: { start: number; end: number }): string {
    return this.chars.slice(node.start, node.end).join('');
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset];
  }

  private eat(s: string): boolean {
    const parts = [...s];
    if (parts.every((c, i) => this.chars[this.pos + i] === c)) {
      this.pos += parts.length;
      return true;
    }
    return false;
  }

  private parseAlt(): Node {
    const start = this.pos;
    const branches = [this.parseSeq()];
    while (this.eat('|')) branches.push(this.parseSeq());
    return branches.length === 1 ? branches[0]! : { type: 'alt', branches, start, end: this.pos };
  }

  private parseSeq(): Node {
    const start = this.pos;
    const items: Node[] = [];
    while (this.pos < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.parseQuantified());
    }
    return { type: 'seq', items, start, end: this.pos };
  }

  private parseQuantified(): Node {
    const start = this.pos;
    const atom = this.parseAtom();
    let min: number;
    let max: number;
    if (this.eat('*')) [min, max] = [0, Infinity];
    else if (this.eat('+')) [min, max] = [1, Infinity];
    else if (this.eat('?')) [min, max] = [0, 1];
    else {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.pos, this.pos + 30).join(''));
      if (!m) return atom;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    }
    this.eat('?'); // lazy: same ambiguity, only the order of attempts changes
    return { type: 'quant', body: atom, min, max, start, end: this.pos };
  }

  private parseAtom(): Node {
    const start = this.pos;
    const c = this.peek();
    const set = (chars: CharSet): Node => ({ type: 'set', chars, start, end: this.pos });
    if (c === undefined) throw new PatternSyntaxError('unexpected end');
    if (c === '^' || c === '$') {
      this.pos++;
      return { type: 'assert', wordBoundary: false, start, end: this.pos };
    }
    if (c === '(') {
      this.pos++;
      if (this.eat('?<=') || this.eat('?<!')) {
        const body = this.parseAlt();
        if (!this.eat(')')) throw new PatternSyntaxError('missing ")"');
        const node: Node = { type: 'look', body, start, end: this.pos };
        if (maxLength(body) > MAX_LOOKBEHIND) {
          throw new PatternSyntaxError(
            `lookbehind ${this.text(node)} can look back over any length: only bounded lookbehind (at most ` +
              `${MAX_LOOKBEHIND} characters, e.g. "(?<![\\p{L}\\d])" or "(?<!liên hệ\\s?)") is accepted`,
          );
        }
        return node;
      }
      const look = this.eat('?=') || this.eat('?!');
      if (!look && !this.eat('?:') && this.eat('?<')) {
        while (this.peek() !== undefined && this.peek() !== '>') this.pos++;
        this.pos++;
      } else if (!look && this.peek() === '?') {
        throw new PatternSyntaxError('this group syntax is not supported');
      }
      const body = this.parseAlt();
      if (!this.eat(')')) throw new PatternSyntaxError('missing ")"');
      return { type: look ? 'look' : 'group', body, start, end: this.pos };
    }
    if (c === '.') {
      this.pos++;
      return set(this.flags.includes('s') ? ALL : complement(LINE_TERMINATORS));
    }
    if (c === '[') return set(this.parseClass());
    if (c === '\\') {
      const next = this.peek(1);
      if (next === 'b' || next === 'B') {
        this.pos += 2;
        return { type: 'assert', wordBoundary: next === 'b', start, end: this.pos };
      }
      if (next === 'k' || (next !== undefined && /[1-9]/.test(next))) {
        throw new PatternSyntaxError(
          'backreferences (\\1, \\k<name>) are not supported: their cost cannot be checked',
        );
      }
      return set(this.withCase(this.parseEscape(false)));
    }
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '|') {
      throw new PatternSyntaxError(`unexpected "${c}"`);
    }
    this.pos++;
    return set(this.withCase(single(cp(c))));
  }

  private withCase(set: CharSet): CharSet {
    return this.flags.includes('i') ? caseClosure(set) : set;
  }

  private parseClass(): CharSet {
    this.pos++; // [
    const negate = this.eat('^');
    const parts: CharSet[] = [];
    while (this.peek() !== ']') {
      if (this.peek() === undefined) throw new PatternSyntaxError('missing "]"');
      const lo = this.parseClassAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.pos++;
        const hi = this.parseClassAtom();
        const [a] = lo;
        const [b] = hi;
        if (lo.length === 1 && hi.length === 1 && a && b && a[0] === a[1] && b[0] === b[1]) {
          parts.push([[a[0], b[0]]]);
          continue;
        }
        parts.push(lo, single(cp('-')), hi);
        continue;
      }
      parts.push(lo);
    }
    this.pos++; // ]
    const chars = this.withCase(union(...parts));
    return negate ? complement(chars) : chars;
  }

  private parseClassAtom(): CharSet {
    const c = this.peek()!;
    if (c === '\\') return this.parseEscape(true);
    this.pos++;
    return single(cp(c));
  }

  /** An escape at `\`, as a set of characters (`\b` inside a class is a backspace). */
  private parseEscape(inClass: boolean): CharSet {
    this.pos++; // backslash
    const c = this.peek();
    if (c === undefined) throw new PatternSyntaxError('"\\" at the end');
    this.pos++;
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complement(DIGIT);
      case 'w':
        return this.flags.includes('i') ? union(WORD, single(0x17f), single(0x212a)) : WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 't':
        return single(9);
      case 'n':
        return single(10);
      case 'v':
        return single(11);
      case 'f':
        return single(12);
      case 'r':
        return single(13);
      case '0':
        return single(0);
      case 'b':
        if (inClass) return single(8);
        break;
      case 'c': {
        const letter = this.peek();
        this.pos++;
        return single(letter ? cp(letter) % 32 : 0);
      }
      case 'x': {
        const hex = this.chars.slice(this.pos, this.pos + 2).join('');
        this.pos += 2;
        return single(parseInt(hex, 16));
      }
      case 'u': {
        if (this.eat('{')) {
          let hex = '';
          while (this.peek() !== '}' && this.peek() !== undefined) hex += this.chars[this.pos++];
          this.pos++;
          return single(parseInt(hex, 16));
        }
        const hex = this.chars.slice(this.pos, this.pos + 4).join('');
        this.pos += 4;
        const unit = parseInt(hex, 16);
        // A surrogate pair written as two escapes is one code point in `u` mode.
        if (unit >= 0xd800 && unit <= 0xdbff && this.peek() === '\\' && this.peek(1) === 'u') {
          const low = parseInt(this.chars.slice(this.pos + 2, this.pos + 6).join(''), 16);
          if (low >= 0xdc00 && low <= 0xdfff) {
            this.pos += 6;
            return single((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
          }
        }
        return single(unit);
      }
      case 'p':
      case 'P': {
        if (!this.eat('{')) throw new PatternSyntaxError('"\\p" needs {Property}');
        let name = '';
        while (this.peek() !== '}' && this.peek() !== undefined) name += this.chars[this.pos++];
        this.pos++;
        const set = propertySet(name);
        return c === 'p' ? set : complement(set);
      }
    }
    return single(cp(c)); // identity escape: \. \/ \- \( …
  }
}

/** Lookbehind bodies may match at most this many characters (the work per position stays bounded). */
const MAX_LOOKBEHIND = 40;

/** The most characters one match of the node can consume (Infinity when unbounded). */
function maxLength(node: Node): number {
  switch (node.type) {
    case 'alt':
      return Math.max(...node.branches.map(maxLength));
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'group':
      return maxLength(node.body);
    case 'quant': {
      const body = maxLength(node.body);
      return body === 0 ? 0 : node.max * body;
    }
    case 'set':
      return 1;
    case 'look':
    case 'assert':
      return 0;
  }
}

function nullable(node: Node): boolean {
  switch (node.type) {
    case 'alt':
      return node.branches.some(nullable);
    case 'seq':
      return node.items.every(nullable);
    case 'group':
      return nullable(node.body);
    case 'quant':
      return node.min === 0 || nullable(node.body);
    case 'set':
      return false;
    case 'look':
    case 'assert':
      return true;
  }
}

/** Every character the node can consume (lookaround consumes nothing). */
function charsOf(node: Node): CharSet {
  switch (node.type) {
    case 'alt':
      return union(...node.branches.map(charsOf));
    case 'seq':
      return union(...node.items.map(charsOf));
    case 'group':
    case 'quant':
      return charsOf(node.body);
    case 'set':
      return node.chars;
    case 'look':
    case 'assert':
      return EMPTY;
  }
}

/** Characters a match of the node can start with. */
function firstOf(node: Node): CharSet {
  switch (node.type) {
    case 'alt':
      return union(...node.branches.map(firstOf));
    case 'seq': {
      const parts: CharSet[] = [];
      for (const item of node.items) {
        parts.push(firstOf(item));
        if (!nullable(item)) break;
      }
      return union(...parts);
    }
    case 'group':
      return firstOf(node.body);
    case 'quant':
      return node.max === 0 ? EMPTY : firstOf(node.body);
    case 'set':
      return node.chars;
    case 'look':
    case 'assert':
      return EMPTY;
  }
}

/** What every match of the node must consume, part by part (`\b` kept as a marker: it can split words). */
type Part = CharSet | 'word-boundary';

function mandatoryParts(node: Node): Part[] {
  switch (node.type) {
    case 'alt':
      return nullable(node) ? [] : [charsOf(node)];
    case 'seq':
      return node.items.flatMap(mandatoryParts);
    case 'group':
      return mandatoryParts(node.body);
    case 'quant':
      return node.min >= 1 ? mandatoryParts(node.body) : [];
    case 'set':
      return [node.chars];
    case 'assert':
      return node.wordBoundary ? ['word-boundary'] : [];
    case 'look':
      return [];
  }
}

/** The mandatory parts that share one repetition of `node` with `target` (null: target not inside). */
function companions(node: Node, target: Node): Part[] | null {
  if (node === target) return [];
  switch (node.type) {
    case 'seq':
      for (let i = 0; i < node.items.length; i++) {
        const inner = companions(node.items[i]!, target);
        if (inner) {
          const others = node.items.filter((_, j) => j !== i).flatMap(mandatoryParts);
          return [...inner, ...others];
        }
      }
      return null;
    case 'alt':
      for (const branch of node.branches) {
        const inner = companions(branch, target);
        if (inner) return inner;
      }
      return null;
    case 'group':
    case 'quant':
      return companions(node.body, target);
    default:
      return null;
  }
}

function descendants(node: Node, out: Node[] = []): Node[] {
  const children =
    node.type === 'alt'
      ? node.branches
      : node.type === 'seq'
        ? node.items
        : node.type === 'group' || node.type === 'quant' || node.type === 'look'
          ? [node.body]
          : [];
  for (const child of children) {
    out.push(child);
    descendants(child, out);
  }
  return out;
}

/** The fixed characters a branch starts with, position by position, until anything variable. */
function fixedPrefix(node: Node, out: CharSet[] = []): { sets: CharSet[]; complete: boolean } {
  if (node.type === 'set') {
    out.push(node.chars);
    return { sets: out, complete: true };
  }
  if (node.type === 'group') return fixedPrefix(node.body, out);
  if (node.type === 'seq') {
    for (const item of node.items) {
      if (item.type === 'look' || item.type === 'assert') continue;
      if (!fixedPrefix(item, out).complete) return { sets: out, complete: false };
    }
    return { sets: out, complete: true };
  }
  return { sets: out, complete: false };
}

function distinguishable(a: Node, b: Node): boolean {
  if (!intersects(firstOf(a), firstOf(b)) && !nullable(a) && !nullable(b)) return true;
  const pa = fixedPrefix(a).sets;
  const pb = fixedPrefix(b).sets;
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (!intersects(pa[i]!, pb[i]!)) return true;
  }
  return false;
}

const repeats = (q: Node): q is Extract<Node, { type: 'quant' }> => q.type === 'quant' && q.max >= 2;
/** Bounded nestings whose worst case stays small are let through, e.g. `(?:\d{1,2}){2}`. */
const MAX_BOUNDED_WAYS = 1000;

function findProblem(root: Node, parser: PatternParser): string | null {
  const show = (n: Node) => `"${parser.text(n)}"`;
  for (const outer of [root, ...descendants(root)]) {
    if (!repeats(outer)) continue;
    const inside = descendants(outer.body)
      .concat(outer.body)
      .filter((n) => n.type !== 'look');
    for (const inner of inside) {
      if (inner.type !== 'quant' || inner.max === inner.min) continue;
      if (
        Number.isFinite(outer.max) &&
        Number.isFinite(inner.max) &&
        Math.pow(inner.max - inner.min + 1, outer.max) <= MAX_BOUNDED_WAYS
      ) {
        continue;
      }
      const parts = companions(outer.body, inner) ?? [];
      const innerChars = charsOf(inner.body);
      const wordOnly = isSubset(innerChars, WORD) || !intersects(innerChars, WORD);
      const separated = parts.some((p) =>
        p === 'word-boundary' ? wordOnly && innerChars.length > 0 : !intersects(p, innerChars),
      );
      if (!separated) {
        return (
          `nested quantifier ${show(inner)} inside ${show(outer)} can split the same text in exponentially many ` +
          `ways (catastrophic backtracking); make each repetition end with something the inner part cannot ` +
          `match, e.g. "(\\w+\\s)+" instead of "(\\w+\\s?)+"`
        );
      }
    }
    for (const alt of inside) {
      if (alt.type !== 'alt') continue;
      for (let i = 0; i < alt.branches.length; i++) {
        for (let j = i + 1; j < alt.branches.length; j++) {
          const [a, b] = [alt.branches[i]!, alt.branches[j]!];
          if (!distinguishable(a, b)) {
            return (
              `alternatives ${show(a)} and ${show(b)} inside the repeated ${show(outer)} can match the same ` +
              `text (catastrophic backtracking); merge them so each starts differently, e.g. "(ab?)+" ` +
              `instead of "(a|ab)+"`
            );
          }
        }
      }
    }
  }
  return null;
}

/**
 * Why the pattern must not be used, or null when it is accepted. `flags` are the pack's own (i, m, s); the
 * engine adds `g` and `u`, so the pattern is checked in `u` mode.
 */
export function checkPatternSafety(pattern: string, flags: string): string | null {
  try {
    new RegExp(pattern, `${flags}gu`);
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  let root: Node;
  const parser = new PatternParser(pattern, flags);
  try {
    root = parser.parse();
  } catch (error) {
    if (error instanceof PatternSyntaxError) return error.message;
    throw error;
  }
  const problem = findProblem(root, parser);
  if (problem) return problem;
  if (nullable(root))
    return 'the pattern matches the empty string, so it would report empty findings everywhere';
  return null;
}
