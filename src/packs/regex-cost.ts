// How much work a backtracking engine can do per character of text, counted on the automaton of
// regex-automaton.ts by following every run it may have to try, over every text the engine's normalised
// input can be.
//
// A backtracking engine tries the pattern at each position of the text in turn, and at each position it
// walks, depth first, every run of the automaton the text allows, until one reaches the end. When no run
// does (the expensive case), it has taken every step of every run from every start. Summed by the
// character each step reads, that is: at each character, the runs alive there, over all start positions
// (the count below). A pattern whose count stays under a bound at every character of every text costs at
// most bound × length; one whose count can grow (`[a-z]+x`: each position adds one more run over a run of
// letters; `(a|a)+`: doubles) is the super-linear kind, and the exploration finds a text where the count
// passes the bound.
//
// The exploration walks the count vectors (runs per automaton state) a text can lead to, one character
// class at a time (the classes that no set in the pattern tells apart), and so covers every text. It knows
// what the engine's input can be (src/engine/normalise.ts): no white space but " " and "\n", never two of
// them in a row, no invisible characters.

import type { AST } from '@eslint-community/regexpp';
import {
  buildAutomaton,
  FINAL,
  type Automaton,
  type Closure,
  type Entry,
  TooComplexError,
} from './regex-automaton';
import {
  ALL,
  complement,
  type CharSet,
  normalizeRanges,
  setKey,
  SPACE,
  subtract,
  union,
  single,
} from './regex-char-set';

/** Characters the normalised text never holds: white space but " " and "\n", and invisible characters. */
const NEVER_IN_INPUT: CharSet = union(
  subtract(
    SPACE,
    normalizeRanges([
      [0x20, 0x20],
      [0x0a, 0x0a],
    ]),
  ),
  ...[0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff].map(single),
);
const INPUT: CharSet = complement(NEVER_IN_INPUT);
/** " " and "\n": a run of white space is always collapsed to one of them. */
const BREAK: CharSet = normalizeRanges([
  [0x0a, 0x0a],
  [0x20, 0x20],
]);

/**
 * What comparing one character against a set costs, in steps of a small set of the Basic Multilingual Plane
 * (`a`, `[a-z]`, `\d`). Measured with Irregexp on Vietnamese text (`npm run bench -- regex`): a set that
 * reaches beyond the plane (`.`, `[^x]`) decodes surrogate pairs, two to three times the cost; a set of many ranges
 * (`\p{L}`) is searched range by range: about 13 times on Vietnamese letters, twice that on emoji, so
 * charged 26; more under `i`, which folds case first.
 */
export function compareWeight(set: CharSet, ignoreCase: boolean): number {
  if (set.length > 8) return ignoreCase ? 36 : 26;
  return set.length > 0 && set[set.length - 1]![1] > 0xffff ? 3 : 1;
}

/** One character costing this many times the budget means the count is growing (no window can average it out). */
const GROWING = 8;

/** Characters per window: the cost per character is the costliest window's average (see searchCost). */
export const WINDOW = 24;

/** Distinct run vectors one analysis may visit before it gives up (and the pattern is refused). */
export const MAX_VECTORS = 20_000;

export interface Witness {
  /** A text (its start) on which the count reaches `steps`. */
  text: string;
  steps: number;
  /** The quantifiers (raw pattern text) holding most runs at that point, most first. */
  culprits: string[];
  /** The count was still growing with the text (super-linear), rather than high but bounded. */
  growing: boolean;
}

export type SearchOutcome =
  | {
      ok: true;
      stepsPerChar: number;
      /** A text (its start) that reaches the worst step of the pattern itself: a seed for timing it. */
      worstText: string;
    }
  | { ok: false; witness: Witness }
  | { ok: false; lookaround: { look: AST.LookaroundAssertion; steps: number }; steps: number };

interface State {
  node: number;
  /** Minterms the state's step accepts. */
  accepts: Uint8Array;
  /** What comparing one character against the step's set costs, in steps (see compareWeight). */
  weight: number;
  after: Moves | undefined;
}

interface Target {
  state: number; // -1: the end of the pattern (a match: that run stops)
  ways: number;
  /** Minterms the previous character may be (null: any). */
  prev: Uint8Array | null;
  /** Positive lookbehinds (indices into the walker's trackers) that must hold here. */
  gates: number[];
}

interface Visit {
  /** Index into the automaton's `lookarounds`. */
  look: number;
  prev: Uint8Array | null;
  times: number;
  gates: number[];
}

/** Where one step (or the start) leads: the targets, and the longer lookarounds checked on the way. */
interface Moves {
  targets: Target[];
  visits: Visit[];
}

interface Step {
  next: Vector;
  steps: number;
  /** Per lookaround: the checks of it this character led to. */
  crossed: number[];
}

interface Vector {
  /** The last character was " " or "\n" (the next cannot be). */
  broke: boolean;
  runs: Map<number, number>;
  /** Per tracked positive lookbehind: the states its body's search is in (the text so far decides them). */
  track?: Array<Map<number, number>>;
  /** Per tracked positive lookbehind: does it hold at the current position? */
  holds?: boolean[];
}

/** The minterms: classes of input characters that no set of the automaton (nor the input rules) tells apart. */
class Alphabet {
  readonly count: number;
  readonly sample: string[] = [];
  readonly isBreak: Uint8Array;
  private readonly boundaries: number[];
  private readonly mintermOf: Int32Array; // per elementary interval; -1 outside the input
  private readonly memo = new Map<string, Uint8Array>();

  constructor(sets: CharSet[]) {
    const distinct = new Map<string, CharSet>();
    for (const set of sets) distinct.set(setKey(set), set);
    const all = [INPUT, BREAK, ...distinct.values()];
    const cuts = new Set<number>([0]);
    for (const set of all) for (const [lo, hi] of set) cuts.add(lo).add(hi + 1);
    this.boundaries = [...cuts].filter((c) => c <= 0x10ffff).sort((a, b) => a - b);
    const signatures: string[][] = this.boundaries.map(() => []);
    all.forEach((set, k) => {
      for (const [lo, hi] of set) {
        for (let i = this.indexOf(lo); i < this.boundaries.length && this.boundaries[i]! <= hi; i++) {
          signatures[i]!.push(String(k));
        }
      }
    });
    const ids = new Map<string, number>();
    this.mintermOf = new Int32Array(this.boundaries.length);
    const breaks: number[] = [];
    signatures.forEach((sig, i) => {
      if (sig[0] !== '0') {
        this.mintermOf[i] = -1; // not input
        return;
      }
      const key = sig.join(',');
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        this.sample.push(String.fromCodePoint(this.boundaries[i]!));
        breaks.push(sig[1] === '1' ? 1 : 0);
      } else if (!/[\p{L}\p{N}\p{P}\p{S} ]/u.test(this.sample[id]!)) {
        this.sample[id] = String.fromCodePoint(this.boundaries[i]!); // prefer a visible sample
      }
      this.mintermOf[i] = id;
    });
    this.count = ids.size;
    this.isBreak = Uint8Array.from(breaks);
  }

  private indexOf(c: number): number {
    let lo = 0;
    let hi = this.boundaries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.boundaries[mid]! <= c) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Which minterms lie in the set. */
  members(set: CharSet): Uint8Array {
    const key = setKey(set);
    const cached = this.memo.get(key);
    if (cached) return cached;
    const out = new Uint8Array(this.count);
    for (const [lo, hi] of set) {
      for (let i = this.indexOf(lo); i < this.boundaries.length && this.boundaries[i]! <= hi; i++) {
        const m = this.mintermOf[i]!;
        if (m >= 0) out[m] = 1;
      }
    }
    this.memo.set(key, out);
    return out;
  }
}

/** Every set the walk of an automaton can meet: steps, and the conditions on either side. */
function setsOf(automaton: Automaton): CharSet[] {
  const origins = [automaton.start];
  automaton.nodes.forEach((n, i) => {
    if (n.step) origins.push(automaton.stepTarget(i));
  });
  const sets: CharSet[] = [];
  for (const origin of origins) {
    const { entries, visits } = automaton.closure(origin);
    for (const e of entries) {
      sets.push(e.prev.set, e.next.set);
      if (e.node !== FINAL) sets.push(automaton.stepSet(e.node));
    }
    for (const v of visits) sets.push(v.prev.set);
  }
  return sets;
}

/** A tracker only needs which states are alive, not how many runs. */
function capped(runs: Map<number, number>): Map<number, number> {
  for (const s of runs.keys()) runs.set(s, 1);
  return runs;
}

/** The automaton in the form the exploration walks: states (a step plus a condition on its character). */
class Walker {
  readonly alphabet: Alphabet;
  readonly states: State[] = [];
  private readonly ids = new Map<string, number>();
  readonly start: Moves;
  /** Testing the one-character conditions where an attempt starts (`(?<![\p{L}])`): once per position. */
  private readonly startChecks: number;
  /** Per start target: may it start at the very beginning of the text (no character before)? */
  private readonly startAtEdge: boolean[];
  private readonly visitAtEdge: boolean[];

  /**
   * Positive lookbehinds whose body is followed over the text (`(?<=cmnd[^\d]{0,20})\d{9}` goes on only
   * after "cmnd"): each tracker is its body's own search, read forwards; where it just matched, it holds.
   */
  private readonly gates: AST.LookaroundAssertion[] = [];
  private readonly trackers: Walker[] = [];

  constructor(
    private readonly automaton: Automaton,
    options: { gating?: boolean; alphabet?: Alphabet } = {},
  ) {
    const gating = options.gating ?? false;
    const trackerAutomata: Automaton[] = [];
    if (gating) {
      for (const look of automaton.lookarounds) {
        if (look.kind !== 'lookbehind' || look.negate) continue;
        this.gates.push(look);
        // Widened: holding more often than the engine would only adds runs, and keeps the tracker small.
        trackerAutomata.push(buildAutomaton(look.alternatives, automaton.flags, false, true));
      }
    }
    this.alphabet = options.alphabet ?? new Alphabet([automaton, ...trackerAutomata].flatMap(setsOf));
    for (const a of trackerAutomata) this.trackers.push(new Walker(a, { alphabet: this.alphabet }));
    const start = automaton.closure(automaton.start);
    this.start = this.moves(start);
    const weigh = (set: CharSet) =>
      set === ALL || set.length === 0 ? 0 : compareWeight(set, this.automaton.flags.ignoreCase);
    this.startChecks = Math.max(0, ...start.entries.map((e) => weigh(e.prev.set) + weigh(e.next.set)));
    this.startAtEdge = start.entries.map((e) => e.prev.edge);
    this.visitAtEdge = start.visits.map((v) => v.prev.edge);
  }

  private moves(c: Closure): Moves {
    const gates = (looks: AST.LookaroundAssertion[]) =>
      looks.map((g) => this.gates.indexOf(g)).filter((i) => i >= 0);
    return {
      targets: c.entries.map((e) => ({
        state: e.node === FINAL ? -1 : this.state(e),
        ways: e.ways,
        prev: this.filter(e.prev.set),
        gates: gates(e.gates),
      })),
      visits: c.visits.map((v) => ({
        look: this.automaton.lookarounds.indexOf(v.look),
        prev: this.filter(v.prev.set),
        times: v.times,
        gates: gates(v.gates),
      })),
    };
  }

  /** The first vector: nothing read yet. */
  initial(crossed: number[], m: null | undefined = null): Vector {
    const v: Vector = { broke: false, runs: new Map() };
    if (this.trackers.length > 0) {
      v.track = [];
      v.holds = [];
      for (const t of this.trackers) {
        const tv: Vector = { broke: false, runs: new Map() };
        v.holds.push(t.enter(tv, m, []));
        v.track.push(capped(tv.runs));
      }
    }
    this.enter(v, m, crossed);
    return v;
  }

  private filter(set: CharSet): Uint8Array | null {
    return set === ALL || (set.length === 1 && set[0]![0] === 0 && set[0]![1] === 0x10ffff)
      ? null
      : this.alphabet.members(set);
  }

  private state(e: Entry): number {
    const key = `${e.node}|${setKey(e.next.set)}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.states.length;
      this.ids.set(key, id);
      const set = this.automaton.stepSet(e.node);
      const accepts = this.alphabet.members(set).slice();
      const next = this.alphabet.members(e.next.set);
      for (let m = 0; m < accepts.length; m++) accepts[m] = accepts[m]! & next[m]!;
      this.states.push({
        node: e.node,
        accepts,
        weight: compareWeight(set, this.automaton.flags.ignoreCase),
        after: undefined,
      });
    }
    return id;
  }

  lookarounds(): AST.LookaroundAssertion[] {
    return this.automaton.lookarounds;
  }

  after(state: number): Moves {
    const s = this.states[state]!;
    s.after ??= this.moves(this.automaton.closure(this.automaton.stepTarget(s.node)));
    return s.after;
  }

  /** Reads one character of minterm `m`: the runs after it, and the steps it cost. */
  step(v: Vector, m: number, search = true): Step {
    const runs = new Map<number, number>();
    const next: Vector = { broke: this.alphabet.isBreak[m] === 1, runs };
    if (v.track && v.holds) {
      next.track = [];
      next.holds = [];
      this.trackers.forEach((t, i) => {
        const { next: tv, matched } = t.stepMatching({ broke: false, runs: v.track![i]! }, m);
        next.track!.push(capped(tv.runs));
        next.holds!.push(matched);
      });
    }
    // Without a tracked text (the joined bound), every lookbehind is taken to hold.
    const open = (gates: number[]) => !next.holds || gates.every((g) => next.holds![g]);
    const crossed = this.automaton.lookarounds.map(() => 0);
    let steps = 0;
    for (const [state, count] of v.runs) {
      steps += count * this.states[state]!.weight; // every run alive compares this character
      if (!this.states[state]!.accepts[m]) continue;
      const { targets, visits } = this.after(state);
      for (const t of targets) {
        if ((t.prev && !t.prev[m]) || (t.gates.length > 0 && !open(t.gates))) continue;
        if (t.state >= 0) runs.set(t.state, (runs.get(t.state) ?? 0) + count * t.ways);
      }
      for (const x of visits) {
        if ((!x.prev || x.prev[m]) && (x.gates.length === 0 || open(x.gates)))
          crossed[x.look]! += count * x.times;
      }
    }
    if (search) this.enter(next, m, crossed);
    return { next, steps: search ? steps + 1 + this.startChecks : steps, crossed };
  }

  /** A step of a tracker: its runs after `m`, and whether its body just matched (ends at this position). */
  private stepMatching(v: Vector, m: number): { next: Vector; matched: boolean } {
    const runs = new Map<number, number>();
    let matched = false;
    for (const [state] of v.runs) {
      if (!this.states[state]!.accepts[m]) continue;
      for (const t of this.after(state).targets) {
        if (t.prev && !t.prev[m]) continue;
        if (t.state >= 0) runs.set(t.state, 1);
        else matched = true;
      }
    }
    const next: Vector = { broke: false, runs };
    if (this.enter(next, m, [])) matched = true;
    return { next, matched };
  }

  /**
   * Adds the runs that begin at the next position after reading minterm `m` (null: the start of the text;
   * undefined: a position whatever comes before it). True when the pattern (a tracker's body) matched empty.
   */
  enter(v: Vector, m: number | null | undefined, crossed: number[]): boolean {
    const open = (gates: number[]) => gates.length === 0 || !v.holds || gates.every((g) => v.holds![g]);
    let matched = false;
    this.start.targets.forEach((t, i) => {
      if (m === undefined) {
        // any position
      } else if (m === null ? !this.startAtEdge[i] : t.prev && !t.prev[m]) return;
      if (!open(t.gates)) return;
      if (t.state >= 0) v.runs.set(t.state, (v.runs.get(t.state) ?? 0) + t.ways);
      else matched = true;
    });
    this.start.visits.forEach((visit, i) => {
      if (m === undefined) {
        // any position
      } else if (m === null ? !this.visitAtEdge[i] : visit.prev && !visit.prev[m]) return;
      if (open(visit.gates)) crossed[visit.look]! += visit.times;
    });
    return matched;
  }

  canRead(v: Vector, m: number): boolean {
    return !(v.broke && this.alphabet.isBreak[m] === 1);
  }

  key(v: Vector): string {
    const runs = (r: Map<number, number>) =>
      [...r]
        .sort((a, b) => a[0] - b[0])
        .map(([s, c]) => `${s}*${c}`)
        .join(',');
    let key = `${v.broke ? 1 : 0}:${runs(v.runs)}`;
    if (v.track) key += `|${v.track.map(runs).join('/')}|${v.holds!.map((h) => (h ? 1 : 0)).join('')}`;
    return key;
  }

  /** Quantifiers around the steps holding the most runs (innermost repeating quantifier of each step). */
  culprits(v: Vector): string[] {
    const byQuantifier = new Map<string, number>();
    for (const [state, count] of v.runs) {
      let node: AST.Node | null = this.automaton.stepSource(this.states[state]!.node);
      let found: string | undefined;
      while (node) {
        if (node.type === 'Quantifier' && node.max > 1) {
          found = node.raw;
          break;
        }
        node = node.parent;
      }
      if (found) byQuantifier.set(found, (byQuantifier.get(found) ?? 0) + count);
    }
    return [...byQuantifier].sort((a, b) => b[1] - a[1]).map(([raw]) => raw);
  }
}

/** What a longer lookaround costs: per character if checked at every position, and per single check. */
export interface LookCost {
  perChar: number;
  /** Infinity when one check can read without bound. */
  perCheck: number;
}

/**
 * The most steps the engine can take per character when it searches a text for the pattern (it tries every
 * start position), or a text on which that passes `budget`.
 *
 * Any text splits into windows of WINDOW characters, and no window costs more than the costliest path of
 * that length through the graph of run vectors, wherever it starts: that path's average is the bound.
 *
 * A longer lookaround is charged apart, by the smaller of two bounds on the work its checks do: checked at
 * every position, its body costs `perChar` steps per character in all (its own search cost, read in its own
 * direction), times the most checks one position gets; or each check costs at most `perCheck`, times the
 * most checks per character a window can average.
 */
export function searchCost(
  automaton: Automaton,
  lookCost: (look: AST.LookaroundAssertion) => LookCost,
  budget: number,
): SearchOutcome {
  const w = new Walker(automaton, { gating: true });
  const looks = automaton.lookarounds;
  const firstChecks = looks.map(() => 0);
  const first = w.initial(firstChecks);
  // The graph of run vectors: for each, where each character class leads and what reading it costs.
  const index = new Map<string, number>([[w.key(first), 0]]);
  const vectors: Vector[] = [first];
  const parent: Array<[number, number]> = [[-1, -1]];
  const edges: Edge[][] = [];
  const textTo = (at: number, extra = ''): string => {
    let text = extra;
    for (let v = at; v > 0; v = parent[v]![0]) text = w.alphabet.sample[parent[v]![1]]! + text;
    return text;
  };
  const mostChecks = [...firstChecks];
  for (let at = 0; at < vectors.length; at++) {
    const v = vectors[at]!;
    const out: Edge[] = [];
    for (let m = 0; m < w.alphabet.count; m++) {
      if (!w.canRead(v, m)) continue;
      const { next, steps, crossed } = w.step(v, m);
      if (steps > GROWING * budget) {
        // One character alone costs more than a whole window may: the count is growing with the text.
        const text = textTo(at, w.alphabet.sample[m]);
        return { ok: false, witness: { text, steps, culprits: w.culprits(v), growing: true } };
      }
      const key = w.key(next);
      let to = index.get(key);
      if (to === undefined) {
        to = vectors.length;
        index.set(key, to);
        vectors.push(next);
        parent.push([at, m]);
        if (vectors.length > MAX_VECTORS) return joinedCost(w, vectors, lookCost, budget);
      }
      crossed.forEach((n, i) => (mostChecks[i] = Math.max(mostChecks[i]!, n)));
      out.push({ to, steps, minterm: m, checks: crossed });
    }
    edges.push(out);
  }
  const main = costliestWindow(edges, (e) => e.steps);
  let at = main.end;
  let windowText = '';
  for (const m of main.minterms) windowText += w.alphabet.sample[m]!;
  at = main.start;
  const worstText = textTo(at) + windowText;
  if (main.perChar > budget) {
    return {
      ok: false,
      witness: {
        text: worstText,
        steps: main.perChar,
        culprits: w.culprits(vectors[main.end]!),
        growing: false,
      },
    };
  }
  let total = main.perChar;
  let costliest: { look: AST.LookaroundAssertion; steps: number } | null = null;
  looks.forEach((look, i) => {
    const cost = lookCost(look);
    let steps = mostChecks[i]! * cost.perChar;
    if (Number.isFinite(cost.perCheck) && steps > 0) {
      steps = Math.min(steps, costliestWindow(edges, (e) => e.checks[i]!).perChar * cost.perCheck);
    }
    total += steps;
    if (!costliest || steps > costliest.steps) costliest = { look, steps };
  });
  if (total > budget && costliest) return { ok: false, lookaround: costliest, steps: total };
  return { ok: true, stepsPerChar: total, worstText };
}

interface Edge {
  to: number;
  steps: number;
  minterm: number;
  checks: number[];
}

/** The path of WINDOW edges with the largest total weight, from any vector: its average per character. */
function costliestWindow(
  edges: Edge[][],
  weight: (e: Edge) => number,
): { perChar: number; start: number; end: number; minterms: number[] } {
  let best = new Float64Array(edges.length);
  const preds: Array<Array<[number, number] | undefined>> = [];
  for (let k = 0; k < WINDOW; k++) {
    const next = new Float64Array(edges.length).fill(-1);
    const pred: Array<[number, number] | undefined> = [];
    edges.forEach((out, v) => {
      for (const e of out) {
        const total = best[v]! + weight(e);
        if (total > next[e.to]!) {
          next[e.to] = total;
          pred[e.to] = [v, e.minterm];
        }
      }
    });
    for (let v = 0; v < next.length; v++) if (next[v]! < 0) next[v] = 0;
    preds.push(pred);
    best = next;
  }
  let end = 0;
  for (let v = 1; v < best.length; v++) if (best[v]! > best[end]!) end = v;
  const minterms: number[] = [];
  let at = end;
  for (let k = WINDOW - 1; k >= 0; k--) {
    const pred = preds[k]![at];
    if (!pred) break;
    minterms.unshift(pred[1]);
    at = pred[0];
  }
  return { perChar: best[end]! / WINDOW, start: at, end, minterms };
}

/** Rounds of widening before the joined bound gives up. */
const MAX_JOIN_ROUNDS = 500;

/**
 * The fallback when the exact walk has too many vectors (`(?:[ -]?\d){1,30}` tracks which of 30 counts are
 * alive): one vector holding, per state, the most runs any text can put there, widened until nothing grows.
 * Every real vector stays below it, so its costliest step bounds every step (less tightly than windows).
 */
function joinedCost(
  w: Walker,
  seen: Vector[],
  lookCost: (look: AST.LookaroundAssertion) => LookCost,
  budget: number,
): SearchOutcome {
  const top = new Map<number, number>();
  for (const v of seen) for (const [s, c] of v.runs) top.set(s, Math.max(top.get(s) ?? 0, c));
  const looks = w.lookarounds();
  const mostChecks = looks.map(() => 0);
  let worst = 0;
  for (let round = 0; round < MAX_JOIN_ROUNDS; round++) {
    let grew = false;
    for (let m = 0; m < w.alphabet.count; m++) {
      const { next, steps, crossed } = w.step({ broke: false, runs: top }, m);
      worst = Math.max(worst, steps);
      crossed.forEach((n, i) => (mostChecks[i] = Math.max(mostChecks[i]!, n)));
      if (worst > budget) {
        throw new TooComplexError(
          `its repeats combine in too many ways to follow exactly, and the bound that can be proved is over ` +
            `${budget} steps per character`,
        );
      }
      for (const [s, c] of next.runs) {
        if (c > (top.get(s) ?? 0)) {
          top.set(s, c);
          grew = true;
        }
      }
    }
    if (!grew) {
      let total = worst;
      looks.forEach((look, i) => (total += mostChecks[i]! * lookCost(look).perChar));
      if (total > budget) {
        throw new TooComplexError(
          `the bound that can be proved is ${total} steps per character, over ${budget}`,
        );
      }
      return { ok: true, stepsPerChar: total, worstText: '' };
    }
  }
  throw new TooComplexError('its repeats combine in too many ways to follow');
}

/**
 * The most steps one check of a lookaround's body can take: it is matched at one position, reading on
 * (backwards for a lookbehind) until every run has ended; Infinity when a run can go on without bound.
 */
export function checkCost(
  automaton: Automaton,
  lookCost: (look: AST.LookaroundAssertion) => LookCost,
): number {
  const w = new Walker(automaton);
  const checks = w.lookarounds().map(() => 0);
  const first = w.initial(checks, undefined);
  const lookSteps = (crossed: number[]) =>
    crossed.reduce((sum, n, i) => sum + (n > 0 ? n * lookCost(w.lookarounds()[i]!).perCheck : 0), 0);
  const memo = new Map<string, number>();
  const active = new Set<string>();
  const longest = (v: Vector): number => {
    if (v.runs.size === 0) return 0;
    const key = w.key(v);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (active.has(key)) return Infinity;
    if (memo.size + active.size > MAX_VECTORS) return Infinity;
    active.add(key);
    let best = 0;
    for (let m = 0; m < w.alphabet.count && best !== Infinity; m++) {
      if (!w.canRead(v, m)) continue;
      const { next, steps, crossed } = w.step(v, m, false);
      best = Math.max(best, steps + lookSteps(crossed) + longest(next));
    }
    active.delete(key);
    memo.set(key, best);
    return best;
  };
  return 1 + lookSteps(checks) + longest(first);
}
