// Pattern timing (`npm run bench -- regex`): every pattern the loader accepts in the table
// (src/packs/pattern-safety-table.ts) and in the built-in packs, run through the real engine on adversarial
// inputs of 100,000 characters (the most a pattern ever sees: MAX_PATTERN_INPUT), reporting the worst time.
// The goal (issue 9): no accepted pattern over 50 ms on any input.
//
//   regex.worst_pattern_ms   ms, the slowest (pattern, input) pair, best of 3 runs each (goal <= 50): the
//                            pattern compiled and run as the engine runs it (pattern-speedup.ts form, flags
//                            + "gu", up to 100 findings) on the engine's normalised text
//   regex.worst_check_ms     ms, the whole engine check with only that pattern's rule, same pair
//   regex.ns_per_step_max    ns per step of the analysis' bound, worst pattern (what STEP_BUDGET rests on)
//   regex.analysis_ms        ms to prove every built-in pattern (done at build time: src/packs/accepted-patterns.ts)
//   regex.refused_ok         how many refused patterns of the table the loader refuses (all, or the run fails)
//
// Inputs per pattern: the text the analysis found to reach its bound, repeated; runs and alternations of
// characters of many classes; and the pattern's own literal fragments, repeated with and without separators.

import type { AST } from '@eslint-community/regexpp';
import { RegExpParser } from '@eslint-community/regexpp';
import { createChecker, MAX_MATCHES_PER_RULE, MAX_PATTERN_INPUT } from '../../src/engine/checker';
import { derive, normalise } from '../../src/engine/normalise';
import { speedUpPattern } from '../../src/engine/pattern-speedup';
import type { CompiledPack, CompiledPatternRule } from '../../src/engine/types';
import { ACCEPTED_PATTERNS, REFUSED_PATTERNS } from '../../src/packs/pattern-safety-table';
import { checkPatternSafety, patternCost } from '../../src/packs/regex-safety';
import { loadBuiltInPacks } from '../support/builtin-packs';
import { round, type BenchResult } from './measure';

const LENGTH = MAX_PATTERN_INPUT;
const GENERIC = [
  'a',
  'A',
  'ậ',
  'Đ',
  '0',
  '😀',
  '.',
  '-',
  ':',
  '/',
  '@',
  ' a',
  'a ',
  '0 ',
  '\na',
  'a-',
  '0.',
  '0-',
  'ab',
  'a0',
  'x@',
  'a.',
  '. ',
];

interface Subject {
  label: string;
  pattern: string;
  flags: string;
  fold: boolean;
}

function fill(seed: string): string {
  if (seed.length === 0) return '';
  return seed.repeat(Math.ceil(LENGTH / seed.length)).slice(0, LENGTH);
}

/** Runs of literal characters in the pattern ("cmnd", "Số", "vietcombank"…). */
function fragments(pattern: string): string[] {
  const out = new Set<string>();
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(pattern, 0, pattern.length, { unicode: true });
  } catch {
    return [];
  }
  const visit = (alts: AST.Alternative[]) => {
    for (const alt of alts) {
      let run = '';
      for (const e of alt.elements) {
        if (e.type === 'Character') run += String.fromCodePoint(e.value);
        else {
          if (run.length > 1) out.add(run);
          run = '';
          if (
            e.type === 'Group' ||
            e.type === 'CapturingGroup' ||
            (e.type === 'Assertion' && 'alternatives' in e)
          ) {
            visit(e.alternatives);
          } else if (
            e.type === 'Quantifier' &&
            (e.element.type === 'Group' || e.element.type === 'CapturingGroup')
          ) {
            visit(e.element.alternatives);
          }
        }
      }
      if (run.length > 1) out.add(run);
    }
  };
  visit(ast.alternatives);
  return [...out].slice(0, 12);
}

function inputsFor(subject: Subject, worstText: string): Array<[label: string, text: string]> {
  const inputs: Array<[string, string]> = [];
  if (worstText) inputs.push(['bound witness', fill(worstText)]);
  for (const g of GENERIC) inputs.push([JSON.stringify(g), fill(g)]);
  for (const f of fragments(subject.pattern)) {
    inputs.push([`${JSON.stringify(f)}×`, fill(f)]);
    inputs.push([`${JSON.stringify(f)} 1×`, fill(`${f} 1`)]);
    inputs.push([`${JSON.stringify(f)} 0123456789×`, fill(`${f} 0123456789`)]);
  }
  return inputs;
}

function packOf(subject: Subject): CompiledPack {
  const rule: CompiledPatternRule = {
    id: 'timed',
    kind: 'pattern',
    pattern: subject.pattern,
    flags: subject.flags,
    fold: subject.fold,
    category: 'tone',
    question: 'source',
    severity: 'info',
    message: { vi: 'Thử', en: 'Timed' },
    weight: 1,
  };
  return {
    id: 'bench-regex',
    version: '1.0.0',
    name: { vi: 'Thử', en: 'Timed' },
    rules: [rule],
    questions: [],
  };
}

/** The pattern as the engine compiles and runs it (src/engine/checker.ts), on the text it would see. */
function engineRun(subject: Subject): (text: string) => () => void {
  const flags = [...new Set(`${subject.flags}gu`)].join('');
  const re = new RegExp(speedUpPattern(subject.pattern, flags), flags);
  return (text) => {
    const exact = normalise(text, 'exact');
    const input = (subject.fold ? derive(exact, 'fold') : exact).text.slice(0, MAX_PATTERN_INPUT);
    return () => {
      re.lastIndex = 0;
      let found = 0;
      for (let m = re.exec(input); m !== null && found < MAX_MATCHES_PER_RULE; m = re.exec(input)) {
        if (m[0].length === 0) re.lastIndex++;
        found++;
      }
    };
  };
}

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function* run(): AsyncGenerator<BenchResult> {
  const builtIn = loadBuiltInPacks();
  const subjects: Subject[] = [
    ...ACCEPTED_PATTERNS.map((c) => ({
      label: `table ${c.pattern}`,
      pattern: c.pattern,
      flags: c.flags,
      fold: false,
    })),
    ...builtIn.flatMap((p) =>
      p.rules
        .filter((r): r is CompiledPatternRule => r.kind === 'pattern')
        .map((r) => ({ label: `${p.id}/${r.id}`, pattern: r.pattern, flags: r.flags, fold: r.fold })),
    ),
  ];

  const refusedOk = REFUSED_PATTERNS.filter((c) => checkPatternSafety(c.pattern, c.flags) !== null).length;
  yield { name: 'regex.refused_ok', value: refusedOk, unit: 'patterns', of: REFUSED_PATTERNS.length };
  if (refusedOk !== REFUSED_PATTERNS.length) throw new Error('a refused pattern of the table was accepted');

  const builtInSubjects = subjects.filter((s) => !s.label.startsWith('table '));
  const t0 = performance.now();
  for (const s of builtInSubjects) patternCost(s.pattern, s.flags); // the analysis itself, not the proved list
  yield {
    name: 'regex.analysis_ms',
    value: round(performance.now() - t0, 1),
    unit: 'ms',
    patterns: builtInSubjects.length,
    note: 'first run in this process: includes the Unicode property scans',
  };

  let worst = { ms: 0, label: '', input: '' };
  let worstCheck = { ms: 0, label: '', input: '' };
  let worstStep = { ns: 0, label: '' };
  let timed = 0;
  for (const subject of subjects) {
    const cost = patternCost(subject.pattern, subject.flags);
    if (!cost.ok) throw new Error(`${subject.label} is refused: ${cost.problem}`);
    const checker = createChecker([packOf(subject)]);
    const runOn = engineRun(subject);
    for (const [label, text] of inputsFor(subject, cost.worstText)) {
      const once = runOn(text);
      once(); // warm up
      const ms = bestOf(3, once);
      timed++;
      if (ms > worst.ms) worst = { ms, label: subject.label, input: label };
      const checkMs = bestOf(2, () => checker.check(text));
      if (checkMs > worstCheck.ms) worstCheck = { ms: checkMs, label: subject.label, input: label };
      if (cost.stepsPerChar > 0 && ms > 2) {
        const ns = (ms * 1e6) / LENGTH / cost.stepsPerChar;
        if (ns > worstStep.ns) worstStep = { ns, label: subject.label };
      }
    }
  }
  yield {
    name: 'regex.worst_pattern_ms',
    value: round(worst.ms, 2),
    unit: 'ms',
    pattern: worst.label,
    input: worst.input,
    patterns: subjects.length,
    runs: timed,
    input_chars: LENGTH,
    goal: '<= 50',
  };
  yield {
    name: 'regex.worst_check_ms',
    value: round(worstCheck.ms, 2),
    unit: 'ms',
    pattern: worstCheck.label,
    input: worstCheck.input,
    note: 'includes normalisation and link extraction of the 100 KB text',
  };
  yield {
    name: 'regex.ns_per_step_max',
    value: round(worstStep.ns, 2),
    unit: 'ns',
    pattern: worstStep.label,
    note: 'over runs taking > 2 ms; STEP_BUDGET assumes <= 8',
  };
}
