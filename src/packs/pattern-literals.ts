// Required literals of a pattern rule, derived once when a pack is compiled: a set of strings, one of which
// occurs in every match of the pattern. The engine (src/engine/literal-filter.ts) finds all of them in one
// automaton pass over the text and does not run a pattern none of whose literals occurs. Most pack patterns
// match nothing in most drafts, and V8 tries a pattern that starts with a look-behind or an alternation at
// every character; one pass for all literals is much cheaper than those scans.
//
// Soundness is all that matters here: a literal set that some match avoids would lose findings. So the
// derivation only ever claims what the AST guarantees, and returns nothing when in doubt: negated or large
// classes, back-references and anything it does not know stop the derivation locally (the literal run before
// and after them is still usable). Under the `i` flag only ASCII is read, in lower case: with `u`, an ASCII
// letter matches its other case and, for k and s, K (U+212A) and ſ (U+017F) only; the engine uses such
// literals only on a folded text holding none of those (src/engine/literal-filter.ts). Look-arounds match no characters: they
// are read as the empty string, so `a(?=x)b` still requires "ab" and nothing of the look-around is required.

import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Most strings in an exact set (cross products of classes and alternations grow fast). */
const MAX_SET = 64;
/** Most strings in a required set: the union of an alternation's branches (all go in one automaton). */
const MAX_REQUIRED = 256;
/** A class of at most this many characters is read as a set of one-character strings. */
const MAX_CLASS = 8;

/** What a node says about the text it matches. */
interface Info {
  /** Every string the node can match, when few and known; null otherwise. */
  exact: Set<string> | null;
  /** Strings one of which occurs in every match (no empty string); null when none is known. */
  required: Set<string> | null;
}

/** The `i` flag of the pattern being read (a module variable: the derivation is synchronous). */
let ignoreCase = false;

const UNKNOWN: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

/**
 * The literals one of which every match of `pattern` (compiled with `flags` plus `u`) contains, or undefined
 * when none can be derived. Longer, fewer literals are preferred: they are rarer in ordinary text.
 */
export function requiredLiterals(pattern: string, flags: string): string[] | undefined {
  ignoreCase = flags.includes('i');
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(pattern, 0, pattern.length, { unicode: true });
  } catch {
    return undefined;
  }
  const set = best(disjunction(ast.alternatives));
  return set ? [...set].sort() : undefined;
}

/** The more selective of the node's exact strings and its required strings, if any is usable. */
function best(info: Info): Set<string> | null {
  return better(usable(info.exact), info.required);
}

function usable(set: Set<string> | null): Set<string> | null {
  return set && set.size > 0 && !set.has('') ? set : null;
}

/** The shortest string decides how rare a set is; then the number of strings. */
function better(x: Set<string> | null, y: Set<string> | null): Set<string> | null {
  if (!x) return y;
  if (!y) return x;
  const sx = shortest(x);
  const sy = shortest(y);
  if (sx !== sy) return sx > sy ? x : y;
  return x.size <= y.size ? x : y;
}

function shortest(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

function disjunction(alternatives: readonly AST.Alternative[]): Info {
  const infos = alternatives.map((a) => sequence(a.elements));
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const info of infos) {
    exact = exact && info.exact ? union(exact, info.exact) : null;
    const own = best(info);
    required = required && own ? union(required, own, MAX_REQUIRED) : null;
  }
  return { exact, required };
}

function union(x: Set<string>, y: Set<string>, max = MAX_SET): Set<string> | null {
  const out = new Set([...x, ...y]);
  return out.size <= max ? out : null;
}

function sequence(elements: readonly AST.Element[]): Info {
  // `run` is the exact set of the literal run being read (null: no run); `whole` stays true while every
  // element so far was exact, so the sequence as a whole has an exact set.
  let run: Set<string> | null = new Set(['']);
  let whole = true;
  let required: Set<string> | null = null;
  for (const element of elements) {
    const info = node(element);
    const joined: Set<string> | null = run && info.exact ? product(run, info.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    // The run ends here: keep the best of it and of this element's own requirement.
    required = better(required, better(usable(run), best(info)));
    whole = false;
    run = info.exact;
  }
  required = better(required, usable(run));
  return { exact: whole ? run : null, required };
}

function product(x: Set<string>, y: Set<string>): Set<string> | null {
  if (x.size * y.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const a of x) for (const b of y) out.add(a + b);
  return out;
}

function node(n: AST.Element): Info {
  switch (n.type) {
    case 'Character': {
      const c = caseless(n.value);
      return c === null ? UNKNOWN : literal(c);
    }
    case 'CharacterClass':
      return characterClass(n);
    case 'Group':
    case 'CapturingGroup':
      return disjunction(n.alternatives);
    case 'Quantifier': {
      const inner = node(n.element);
      if (n.min === 0) {
        // Optional: may match nothing, so it requires nothing; `x?` still has a small exact set.
        const exact = n.max === 1 && inner.exact ? union(inner.exact, new Set([''])) : null;
        return { exact, required: null };
      }
      // At least once: whatever one repetition requires is required.
      return { exact: n.min === 1 && n.max === 1 ? inner.exact : null, required: best(inner) };
    }
    case 'Assertion':
      // ^ $ \b \B and look-arounds consume nothing.
      return EMPTY;
    default:
      // Character sets (\d, \p{…}, .), back-references, anything newer: unknown text.
      return UNKNOWN;
  }
}

/** The character as a literal: itself, or under `i` its ASCII lower case (null: not usable). */
function caseless(code: number): string | null {
  if (!ignoreCase) return String.fromCodePoint(code);
  if (code >= 0x80) return null;
  return String.fromCharCode(code).toLowerCase();
}

function literal(s: string): Info {
  return { exact: new Set([s]), required: new Set([s]) };
}

function characterClass(n: AST.CharacterClass): Info {
  if (n.negate) return UNKNOWN;
  const out = new Set<string>();
  for (const e of n.elements) {
    const [min, max] =
      e.type === 'Character'
        ? [e.value, e.value]
        : e.type === 'CharacterClassRange'
          ? [e.min.value, e.max.value]
          : [1, 0];
    if (max < min || max - min >= MAX_CLASS) return UNKNOWN;
    for (let code = min; code <= max; code++) {
      const c = caseless(code);
      if (c === null) return UNKNOWN;
      out.add(c);
    }
    if (out.size > MAX_CLASS) return UNKNOWN;
  }
  return out.size > 0 ? { exact: out, required: out } : UNKNOWN;
}
