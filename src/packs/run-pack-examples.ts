import type { CheckResult, CompiledPack, Draft, Finding } from '../engine/types';
import type { PackSource } from './schema';

/** The engine's `createChecker`, passed in so that packs/ stays usable without it (and testable). */
export type CheckerFactory = (packs: readonly CompiledPack[]) => {
  check(draft: Draft | string): CheckResult;
};

export interface ExampleOutcome {
  expected: 'flag' | 'pass';
  /** 1-based position in the rule's `flag` or `pass` list. */
  index: number;
  text: string;
  ok: boolean;
  /** This rule's findings on the example (what matched, where). */
  findings: Finding[];
  /** The engine threw on this example. */
  error?: string;
}

export interface RuleExamplesResult {
  ruleId: string;
  ok: boolean;
  examples: ExampleOutcome[];
}

export interface PackExamplesResult {
  packId: string;
  ok: boolean;
  rules: RuleExamplesResult[];
}

/**
 * Runs every example of every rule of a pack through the engine.
 *
 * Semantics (the same for `pack test`, tests/rule-examples.test.ts and anything else that runs examples):
 * each rule is checked ON ITS OWN, as a one-rule pack with weight 1 and no group. A `flag` example must
 * produce at least one finding of that rule; a `pass` example must produce none. So for a weak rule in a
 * group (weight < 1), the examples test what the rule itself matches, as if the rest of its group were
 * satisfied: "Kính gửi:" flags for the `kinh-gui` marker even though, in the full pack, that marker alone
 * does not report. This keeps each example about one rule (a failure names the rule at fault, other rules
 * of the pack cannot make it pass or fail), and it is what an author can reason about line by line. Whether
 * a group's markers together reach 1 is a property of the pack, checked by validation (a group whose
 * weights cannot add up to 1 is rejected) and by trying the pack on real posts with `check --pack`.
 */
export function runPackExamples(
  source: PackSource,
  compiled: CompiledPack,
  createChecker: CheckerFactory,
): PackExamplesResult {
  const rules = compiled.rules.map((rule): RuleExamplesResult => {
    const examples = source.rules.find((r) => r.id === rule.id)?.examples ?? { flag: [], pass: [] };
    const { group: _group, ...ungrouped } = rule;
    const alone: CompiledPack = { ...compiled, rules: [{ ...ungrouped, weight: 1 }], questions: [] };
    const checker = createChecker([alone]);
    const run = (expected: 'flag' | 'pass', text: string, i: number): ExampleOutcome => {
      try {
        const findings = checker.check(text).findings.filter((f) => f.ruleId === rule.id);
        const ok = expected === 'flag' ? findings.length > 0 : findings.length === 0;
        return { expected, index: i + 1, text, ok, findings };
      } catch (error) {
        return { expected, index: i + 1, text, ok: false, findings: [], error: String(error) };
      }
    };
    const outcomes = [
      ...examples.flag.map((text, i) => run('flag', text, i)),
      ...examples.pass.map((text, i) => run('pass', text, i)),
    ];
    return { ruleId: rule.id, ok: outcomes.every((o) => o.ok), examples: outcomes };
  });
  return { packId: compiled.id, ok: rules.every((r) => r.ok), rules };
}
