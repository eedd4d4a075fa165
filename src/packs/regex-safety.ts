// Whether a pack's pattern may run in the page. A pattern runs on the main thread of a Facebook or Zalo tab
// on every press and badge refresh, over up to MAX_PATTERN_INPUT characters, so one that backtracks
// super-linearly (`[a-z]+x` is quadratic, `(a|a)+b` exponential) would freeze the page the person is
// writing in. The loader refuses every pattern whose work per character of text it cannot bound.
//
// How (see README.md "Pattern cost"): the pattern is parsed by @eslint-community/regexpp, turned into the
// automaton a backtracking engine walks (regex-automaton.ts), and the runs the engine may try are counted
// over every text the engine's normalised input can be (regex-cost.ts). Accepted: at most STEP_BUDGET steps
// per character, and every lookaround bounded to LOOK_BUDGET steps per check. The pattern the engine really
// compiles (src/engine/pattern-speedup.ts may rewrite a word-start idiom) is checked as well.

import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { ACCEPTED_PATTERNS } from './accepted-patterns';
import { speedUpPattern } from '../engine/pattern-speedup';
import { buildAutomaton, TooComplexError, type PatternFlags } from './regex-automaton';
import { checkCost, searchCost, type LookCost, type SearchOutcome, type Witness } from './regex-cost';

/**
 * Steps the engine may take per character of text. Irregexp takes 4–7 ns a step on this project's test
 * machine (`npm run bench -- regex` measures it), so 100,000 characters stay under 50 ms with room to spare
 * for a slower machine.
 */
export const STEP_BUDGET = 60;
/** Steps one check of a lookaround may take (its cost is counted again in STEP_BUDGET wherever it runs). */
export const LOOK_BUDGET = 400;
/** Different `\p{…}` spellings one pack may use: each costs the loader one pass over all of Unicode. */
export const MAX_PROPERTY_SPELLINGS = 16;

class Refusal extends Error {}

const provenKey = (pattern: string, flags: string): string => `${flags}\u0000${pattern}`;
/** Patterns proved cheap when accepted-patterns.ts was generated (accepted-patterns.test.ts proves them again). */
const PROVEN = new Set(ACCEPTED_PATTERNS.map((p) => provenKey(p.pattern, p.flags)));

/**
 * Why the pattern must not be used, or null when it is accepted. `flags` are the pack's own (i, m, s); the
 * engine adds `g` and `u`, so the pattern is checked in `u` mode.
 */
export function checkPatternSafety(pattern: string, flags: string): string | null {
  if (PROVEN.has(provenKey(pattern, flags))) return null; // a built-in pattern, proved at build time
  const cost = patternCost(pattern, flags);
  return cost.ok ? null : cost.problem;
}

export type PatternCost =
  | {
      ok: true;
      /** The bound: steps per character of text, the costlier of the written and the compiled form. */
      stepsPerChar: number;
      /** The start of a text reaching that bound: a seed for timing the pattern (`npm run bench -- regex`). */
      worstText: string;
    }
  | { ok: false; problem: string };

/** The cost bound of an accepted pattern, or why it is refused. */
export function patternCost(pattern: string, flags: string): PatternCost {
  try {
    new RegExp(pattern, `${flags}gu`);
  } catch (error) {
    return { ok: false, problem: `invalid regular expression: ${(error as Error).message}` };
  }
  const patternFlags: PatternFlags = {
    ignoreCase: flags.includes('i'),
    multiline: flags.includes('m'),
    dotAll: flags.includes('s'),
  };
  const forms = [pattern];
  const fast = speedUpPattern(pattern, flags);
  if (fast !== pattern) forms.push(fast);
  let worst: Extract<PatternCost, { ok: true }> = { ok: true, stepsPerChar: 0, worstText: '' };
  for (const form of forms) {
    const cost = formCost(form, patternFlags);
    if (typeof cost === 'string') {
      return {
        ok: false,
        problem: form === pattern ? cost : `${cost} (in the form the engine compiles: "${form}")`,
      };
    }
    if (cost.stepsPerChar >= worst.stepsPerChar) worst = cost;
  }
  return worst;
}

/** The cost of one form of the pattern, or why it is refused. */
function formCost(source: string, flags: PatternFlags): Extract<PatternCost, { ok: true }> | string {
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  const backreference = find(ast, (n) => n.type === 'Backreference');
  if (backreference) {
    return (
      `backreferences such as "${backreference.raw}" are not accepted: the time they take cannot be ` +
      `bounded; repeat the group's pattern instead`
    );
  }
  if (ast.alternatives.some(nullable)) {
    return 'the pattern matches the empty string, so it would report empty findings everywhere';
  }
  try {
    const automaton = buildAutomaton(ast.alternatives, flags, false);
    const outcome = searchCost(automaton, lookaroundCosts(flags), STEP_BUDGET);
    if (outcome.ok) return { ok: true, stepsPerChar: outcome.stepsPerChar, worstText: outcome.worstText };
    if ('lookaround' in outcome) return lookaroundChecks(outcome.lookaround.look, outcome.steps);
    return costly(outcome.witness);
  } catch (error) {
    if (error instanceof Refusal) return error.message;
    if (error instanceof TooComplexError) {
      return (
        `the pattern is too complex to check (${error.message}); split it into several rules, or use ` +
        `shorter bounded repeats (e.g. "{1,20}" rather than "{1,500}")`
      );
    }
    throw error;
  }
}

/** What each longer lookaround costs (regex-cost.ts LookCost), analysed once each; refuses the costly ones. */
function lookaroundCosts(flags: PatternFlags): (look: AST.LookaroundAssertion) => LookCost {
  const costs = new Map<AST.LookaroundAssertion, LookCost>();
  const lookCost = (look: AST.LookaroundAssertion): LookCost => {
    const known = costs.get(look);
    if (known) return known;
    const automaton = buildAutomaton(look.alternatives, flags, look.kind === 'lookbehind');
    const outcome = searchCost(automaton, lookCost, STEP_BUDGET);
    if (!outcome.ok) throw new Refusal(costlyLookaround(look, outcome));
    const cost = { perChar: outcome.stepsPerChar, perCheck: checkCost(automaton, lookCost) };
    costs.set(look, cost);
    return cost;
  };
  return lookCost;
}

function costlyLookaround(
  look: AST.LookaroundAssertion,
  outcome: Exclude<SearchOutcome, { ok: true }>,
): string {
  if ('lookaround' in outcome) return lookaroundChecks(outcome.lookaround.look, outcome.steps);
  const reads = look.kind === 'lookbehind' ? 'back' : 'ahead';
  const part = outcome.witness.culprits[0] ? ` ("${outcome.witness.culprits[0]}")` : '';
  return (
    `the ${look.kind} "${look.raw}" is checked at every position it is reached, and each check can read ` +
    `${reads} over a long stretch of text${part}: ${round(outcome.witness.steps)} steps per character ` +
    `(at most ${STEP_BUDGET})${outcome.witness.growing ? ', more on longer texts' : ''}. Bound what it ` +
    `reads, e.g. "[^\\n]{0,40}" instead of ".*"`
  );
}

function lookaroundChecks(look: AST.LookaroundAssertion, steps: number): string {
  return (
    `the pattern costs ${round(steps)} steps per character of text (at most ${STEP_BUDGET}), most of them ` +
    `checking the ${look.kind} "${look.raw}" again and again: check it at fewer positions, e.g. after a ` +
    `one-character condition that must hold there anyway ("(?=\\d)" before a lookbehind that ends in a ` +
    `digit), or make what it looks for shorter`
  );
}

const round = (n: number): number => Math.round(n * 10) / 10;

function costly(witness: Witness): string {
  const sample = witness.text.length > 24 ? `${witness.text.slice(0, 24)}…` : witness.text;
  const where =
    witness.culprits.length > 0
      ? `, most of them in ${witness.culprits
          .slice(0, 2)
          .map((c) => `"${c}"`)
          .join(' and ')}`
      : '';
  const what = witness.growing
    ? `can backtrack super-linearly: on a text such as ${JSON.stringify(sample)} (${witness.text.length} ` +
      `characters) the engine takes ${round(witness.steps)} steps for the last character alone${where}, and ` +
      `more the longer the text, so a long post would freeze the page`
    : `costs up to ${round(witness.steps)} steps per character of text (at most ${STEP_BUDGET}), e.g. on a ` +
      `text such as ${JSON.stringify(sample)}${where}`;
  return (
    `the pattern ${what}. Make each repeated part start after something it cannot match ` +
    `("(?<![a-z])[a-z]+x" rather than "[a-z]+x"), bound it ("[a-z]{1,30}"), or merge neighbouring parts ` +
    `that match the same characters ("\\d{3,}" rather than "\\d+\\d+\\d+", "(?:ab?)+" rather than ` +
    `"(?:a|ab)+")`
  );
}

function nullable(alt: AST.Alternative): boolean {
  return alt.elements.every((e): boolean => {
    switch (e.type) {
      case 'Assertion':
        return true;
      case 'Quantifier':
        return e.min === 0 || nullable({ ...alt, elements: [e.element] } as AST.Alternative);
      case 'Group':
      case 'CapturingGroup':
        return e.alternatives.some(nullable);
      default:
        return false;
    }
  });
}

function find(node: AST.Node, test: (n: AST.Node) => boolean): AST.Node | null {
  if (test(node)) return node;
  const children: AST.Node[] = [];
  if ('alternatives' in node) children.push(...node.alternatives);
  if ('elements' in node) children.push(...(node.elements as AST.Node[]));
  if (node.type === 'Quantifier') children.push(node.element);
  for (const child of children) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

/** The `\p{…}`/`\P{…}` spellings a pattern uses (the loader caps how many different ones a pack may use). */
export function propertySpellings(pattern: string): string[] {
  return [...pattern.matchAll(/\\[pP]\{([^}]*)\}/g)].map((m) => m[1]!);
}
