// The backtracking automaton of a pattern: what a backtracking engine (V8's and SpiderMonkey's Irregexp) can
// try, step by step. Built from the AST of @eslint-community/regexpp (the parser ESLint uses), then freed of
// empty moves, keeping every distinct way the engine can reach a step: two ways are two runs it may have to
// try. regex-cost.ts counts those runs.
//
// What is kept exact, and what is widened (widening only adds runs, so the count stays an upper bound):
// - alternatives, groups and quantifiers are kept as the engine walks them; a bounded quantifier is unrolled
//   (`{2,4}` is two mandatory copies and two optional ones); an iteration of a quantifier that consumes
//   nothing is not a run (the engine rejects it, ECMA-262 RepeatMatcher);
// - `^`, `$`, `\b`, `\B` and lookarounds of one character (`(?<![\p{L}\d])`, `(?![a-z])`) become conditions
//   on the characters beside the position, checked exactly;
// - a longer lookaround (`(?<=cmnd[^\d\n]{0,20})`) is assumed to hold (more runs go on), and the cost of
//   evaluating it is charged to every step that crosses it; its own body is analysed as a separate automaton,
//   read backwards for a lookbehind, as the engine reads it.

import type { AST } from '@eslint-community/regexpp';
import {
  ALL,
  caseClosure,
  complement,
  EMPTY,
  intersect,
  isEmpty,
  LINE_TERMINATORS,
  propertySet,
  setKey,
  single,
  union,
  WORD,
  WORD_IGNORE_CASE,
  DIGIT,
  SPACE,
  type CharSet,
} from './regex-char-set';

export interface PatternFlags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
}

/** A condition on the character on one side of a position: it is in `set`, or there is none and `edge`. */
export interface Side {
  set: CharSet;
  edge: boolean;
}

export const ANY_SIDE: Side = { set: ALL, edge: true };

function meet(a: Side, b: Side): Side {
  if (a === ANY_SIDE) return b;
  if (b === ANY_SIDE) return a;
  return { set: intersect(a.set, b.set), edge: a.edge && b.edge };
}

const impossible = (s: Side): boolean => isEmpty(s.set) && !s.edge;

/** An empty move; `prev`/`next` are in the order the automaton reads (backwards inside a lookbehind). */
interface Move {
  to: number;
  prev?: Side;
  next?: Side;
  look?: AST.LookaroundAssertion;
  /** Entering (+id) or leaving (-id) one iteration of a quantifier: leaving without consuming is no run. */
  guard?: number;
}

interface GraphNode {
  moves: Move[];
  step?: { set: CharSet; to: number; source: AST.Node };
}

/** Where an empty path from a node ends: a step to take (or the end of the pattern), and on what terms. */
export interface Entry {
  /** Index of the node whose step comes next, or FINAL. */
  node: number;
  /** How many distinct paths lead there (each is a run the engine may try). */
  ways: number;
  prev: Side;
  next: Side;
  /** Longer positive lookbehinds on the way: the run goes on only where each of them holds. */
  gates: AST.LookaroundAssertion[];
}

/** A longer lookaround checked on the way: `times` distinct paths reach it, after the conditions `prev`. */
export interface LookVisit {
  look: AST.LookaroundAssertion;
  prev: Side;
  times: number;
  /** Positive lookbehinds checked before it on the way (it is checked only where they hold). */
  gates: AST.LookaroundAssertion[];
}

export interface Closure {
  entries: Entry[];
  visits: LookVisit[];
}

export const FINAL = -1;

export class TooComplexError extends Error {}

/** Nodes an unrolled pattern may have: `(?:\d{1,3}){1,500}` would otherwise unroll into thousands. */
export const MAX_NODES = 6000;
/** Empty-path steps one analysis may take while freeing the automaton of empty moves. */
const MAX_CLOSURE_WORK = 400_000;

export interface Automaton {
  flags: PatternFlags;
  nodes: ReadonlyArray<GraphNode>;
  start: number;
  final: number;
  /** The set a node's step consumes (only for nodes with a step). */
  stepSet(node: number): CharSet;
  stepTarget(node: number): number;
  stepSource(node: number): AST.Node;
  /** Where empty paths from `node` lead, and the longer lookarounds they check (memoised). */
  closure(node: number): Closure;
  /** Lookarounds of more than one character met while building (their bodies are analysed apart). */
  lookarounds: AST.LookaroundAssertion[];
}

/** Builds the automaton of `alternatives`, read forwards, or backwards for a lookbehind's body. */
export function buildAutomaton(
  alternatives: AST.Alternative[],
  flags: PatternFlags,
  backward: boolean,
  /** Unbounded instead of bounded repeats (`{0,25}` as `*`): a wider language, in far fewer states. */
  widen = false,
): Automaton {
  const nodes: GraphNode[] = [];
  const lookarounds = new Set<AST.LookaroundAssertion>();
  let guards = 0;
  const node = (): number => {
    if (nodes.length >= MAX_NODES) throw new TooComplexError('too many steps once quantifiers are unrolled');
    nodes.push({ moves: [] });
    return nodes.length - 1;
  };
  const move = (from: number, m: Move) => nodes[from]!.moves.push(m);
  const word = flags.ignoreCase ? WORD_IGNORE_CASE : WORD;
  // Sides in text order (before/after the position) to the order the automaton reads.
  const sides = (before: Side | undefined, after: Side | undefined): Pick<Move, 'prev' | 'next'> => {
    const out: Pick<Move, 'prev' | 'next'> = {};
    const prev = backward ? after : before;
    const next = backward ? before : after;
    if (prev) out.prev = prev;
    if (next) out.next = next;
    return out;
  };

  type Fragment = { start: number; end: number };

  const alternation = (alts: AST.Alternative[]): Fragment => {
    if (alts.length === 1) return sequence(alts[0]!.elements);
    const start = node();
    const end = node();
    for (const alt of alts) {
      const f = sequence(alt.elements);
      move(start, { to: f.start });
      move(f.end, { to: end });
    }
    return { start, end };
  };

  const sequence = (elements: AST.Element[]): Fragment => {
    const start = node();
    let end = start;
    for (const element of backward ? [...elements].reverse() : elements) {
      const f = build(element);
      move(end, { to: f.start });
      end = f.end;
    }
    return { start, end };
  };

  const stepOf = (set: CharSet, source: AST.Node): Fragment => {
    const start = node();
    const end = node();
    nodes[start]!.step = { set, to: end, source };
    return { start, end };
  };

  const assertion = (a: AST.Assertion): Fragment => {
    const start = node();
    const end = node();
    const lineEdge: Side = { set: flags.multiline ? LINE_TERMINATORS : EMPTY, edge: true };
    switch (a.kind) {
      case 'start':
        move(start, { to: end, ...sides(lineEdge, undefined) });
        break;
      case 'end':
        move(start, { to: end, ...sides(undefined, lineEdge) });
        break;
      case 'word': {
        const inWord: Side = { set: word, edge: false };
        const outWord: Side = { set: complement(word), edge: true };
        const pairs: Array<[Side, Side]> = a.negate
          ? [
              [inWord, inWord],
              [outWord, outWord],
            ]
          : [
              [inWord, outWord],
              [outWord, inWord],
            ];
        for (const [before, after] of pairs) move(start, { to: end, ...sides(before, after) });
        break;
      }
      case 'lookahead':
      case 'lookbehind': {
        const one = singleCharacter(a.alternatives, flags);
        if (one) {
          const side: Side = a.negate ? { set: complement(one), edge: true } : { set: one, edge: false };
          move(
            start,
            a.kind === 'lookahead'
              ? { to: end, ...sides(undefined, side) }
              : { to: end, ...sides(side, undefined) },
          );
        } else {
          lookarounds.add(a);
          move(start, { to: end, look: a });
        }
        break;
      }
    }
    return { start, end };
  };

  const quantifier = (q: AST.Quantifier): Fragment => {
    const start = node();
    let end = start;
    for (let k = 0; k < q.min; k++) {
      const f = build(q.element);
      move(end, { to: f.start });
      end = f.end;
    }
    if (q.max === q.min) return { start, end };
    const max = widen ? Infinity : q.max;
    const exit = node();
    // Each further iteration is guarded: the engine rejects an iteration that consumed nothing.
    const iteration = (from: number): number => {
      const id = ++guards;
      const f = build(q.element);
      const after = node();
      move(from, { to: f.start, guard: id });
      move(f.end, { to: after, guard: -id });
      return after;
    };
    if (max === Infinity) {
      const loop = node();
      move(end, { to: loop });
      move(iteration(loop), { to: loop });
      move(loop, { to: exit });
    } else {
      for (let k = q.min; k < max; k++) {
        move(end, { to: exit });
        end = iteration(end);
      }
      move(end, { to: exit });
    }
    return { start, end: exit };
  };

  const build = (e: AST.Element): Fragment => {
    switch (e.type) {
      case 'Assertion':
        return assertion(e);
      case 'Quantifier':
        return quantifier(e);
      case 'Group':
      case 'CapturingGroup':
        return alternation(e.alternatives);
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
      case 'ExpressionCharacterClass':
        return stepOf(charSetOf(e, flags), e);
      case 'Backreference':
        throw new Error('backreferences are refused before the automaton is built');
    }
  };

  const whole = alternation(alternatives);
  const final = node();
  move(whole.end, { to: final });

  const closures = new Map<number, Closure>();
  let work = 0;

  /** Every distinct empty path from `from` to a step or to the end, with the conditions met on the way. */
  const closure = (from: number): Closure => {
    const cached = closures.get(from);
    if (cached) return cached;
    const found = new Map<string, Entry>();
    const visited = new Map<string, LookVisit>();
    const onPath = new Set<number>();
    const entered: number[] = [];
    const gates: AST.LookaroundAssertion[] = [];
    const gateKey = () => gates.map((g) => g.start).join(',');
    const walk = (at: number, prev: Side, next: Side): void => {
      if (++work > MAX_CLOSURE_WORK) throw new TooComplexError('too many ways through its optional parts');
      const n = nodes[at]!;
      if (n.step || at === final) {
        const key = `${at}|${sideKey(prev)}|${sideKey(next)}|${gateKey()}`;
        const entry = found.get(key);
        if (entry) entry.ways++;
        else found.set(key, { node: at === final ? FINAL : at, ways: 1, prev, next, gates: [...gates] });
        return;
      }
      onPath.add(at);
      for (const m of n.moves) {
        if (onPath.has(m.to)) continue;
        if (m.guard !== undefined && m.guard < 0 && entered.includes(-m.guard)) continue; // empty iteration
        const p = m.prev ? meet(prev, m.prev) : prev;
        const x = m.next ? meet(next, m.next) : next;
        if (impossible(p) || impossible(x)) continue;
        if (m.guard !== undefined && m.guard > 0) entered.push(m.guard);
        const gate = m.look && m.look.kind === 'lookbehind' && !m.look.negate ? m.look : null;
        if (m.look) {
          // The engine checks the lookaround once per path that reaches it, whatever follows.
          const key = `${m.look.start}|${sideKey(p)}|${gateKey()}`;
          const visit = visited.get(key);
          if (visit) visit.times++;
          else visited.set(key, { look: m.look, prev: p, times: 1, gates: [...gates] });
        }
        if (gate) gates.push(gate);
        walk(m.to, p, x);
        if (gate) gates.pop();
        if (m.guard !== undefined && m.guard > 0) entered.pop();
      }
      onPath.delete(at);
    };
    walk(from, ANY_SIDE, ANY_SIDE);
    const result = { entries: [...found.values()], visits: [...visited.values()] };
    closures.set(from, result);
    return result;
  };

  return {
    flags,
    nodes,
    start: whole.start,
    final,
    stepSet: (n) => nodes[n]!.step!.set,
    stepTarget: (n) => nodes[n]!.step!.to,
    stepSource: (n) => nodes[n]!.step!.source,
    closure,
    lookarounds: [...lookarounds],
  };
}

const sideIds = new WeakMap<Side, string>();
function sideKey(s: Side): string {
  if (s === ANY_SIDE) return '*';
  let key = sideIds.get(s);
  if (key === undefined) {
    key = `${s.edge ? 'e' : ''}${setKey(s.set)}`;
    sideIds.set(s, key);
  }
  return key;
}

/** The set of a lookaround that looks at exactly one character (`(?![a-z])`, `(?<!\d|\.)`), else null. */
function singleCharacter(alternatives: AST.Alternative[], flags: PatternFlags): CharSet | null {
  const sets: CharSet[] = [];
  for (const alt of alternatives) {
    if (alt.elements.length !== 1) return null;
    const e = alt.elements[0]!;
    if (e.type === 'Character' || e.type === 'CharacterClass' || e.type === 'CharacterSet') {
      sets.push(charSetOf(e, flags));
    } else if (
      (e.type === 'Group' || e.type === 'CapturingGroup') &&
      singleCharacter(e.alternatives, flags)
    ) {
      sets.push(singleCharacter(e.alternatives, flags)!);
    } else return null;
  }
  return union(...sets);
}

/** What one character node matches, as the engine matches it (the `i` flag compares case-folded). */
export function charSetOf(
  e: AST.Character | AST.CharacterClass | AST.CharacterSet | AST.ExpressionCharacterClass,
  flags: PatternFlags,
): CharSet {
  const closed = (set: CharSet) => (flags.ignoreCase ? caseClosure(set) : set);
  switch (e.type) {
    case 'Character':
      return closed(single(e.value));
    case 'CharacterSet':
      return escapeSet(e, flags);
    case 'CharacterClass': {
      const parts = (e.elements as AST.ClassRangesCharacterClassElement[]).map((el): CharSet => {
        switch (el.type) {
          case 'Character':
            return single(el.value);
          case 'CharacterClassRange':
            return [[el.min.value, el.max.value]];
          case 'CharacterSet':
            return escapeSet(el, flags);
        }
      });
      const content = closed(union(...parts));
      return e.negate ? complement(content) : content;
    }
    case 'ExpressionCharacterClass':
      throw new Error('class set expressions need the v flag, which packs cannot use');
  }
}

function escapeSet(e: AST.CharacterSet, flags: PatternFlags): CharSet {
  switch (e.kind) {
    case 'any':
      return flags.dotAll ? ALL : complement(LINE_TERMINATORS);
    case 'digit':
      return e.negate ? complement(DIGIT) : DIGIT;
    case 'space':
      return e.negate ? complement(SPACE) : SPACE;
    case 'word': {
      const w = flags.ignoreCase ? WORD_IGNORE_CASE : WORD;
      return e.negate ? complement(w) : w;
    }
    case 'property': {
      const set = propertySet(e.value === null ? e.key : `${e.key}=${e.value}`);
      const closed = flags.ignoreCase ? caseClosure(set) : set;
      return e.negate ? complement(closed) : closed;
    }
  }
}
