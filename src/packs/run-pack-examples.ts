import { createChecker as engineCreateChecker } from '../engine';
import type { CheckResult, CompiledPack, Draft, Finding } from '../engine/types';
import type { PackSource } from './schema';

/** The engine's `createChecker` (the default), or a stand-in for tests. */
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
 * the pack is checked with EVERY RULE STANDING ALONE (weight 1, no group), and an example is judged by the
 * findings of its own rule only. A `flag` example must produce at least one finding of that rule; a `pass`
 * example must produce none. So:
 *  - a weak rule of a group (weight < 1) is tested for what it matches by itself, as if the rest of its
 *    group were satisfied: "Kính gửi:" flags for a `kinh-gui` marker although, in the full pack, that
 *    marker alone does not report;
 *  - other rules never make an example pass or fail (their findings are ignored), so a failure names the
 *    rule at fault; but they are present, so a rule that depends on the others (the `claim-without-source`
 *    signal fires only when some unverified-claim rule of the pack matched) is tested in its real context.
 * Whether a group's markers together reach 1 is a property of the pack: validation rejects a group whose
 * weights cannot add up to 1, and `check --pack` on real posts shows how the whole pack behaves.
 */
export function runPackExamples(
  source: PackSource,
  compiled: CompiledPack,
  createChecker: CheckerFactory = engineCreateChecker,
): PackExamplesResult {
  const standalone: CompiledPack = {
    ...compiled,
    rules: compiled.rules.map((rule) => {
      const { group: _group, ...ungrouped } = rule;
      return { ...ungrouped, weight: 1 };
    }),
  };
  const checker = createChecker([standalone]);
  const rules = compiled.rules.map((rule): RuleExamplesResult => {
    const examples = source.rules.find((r) => r.id === rule.id)?.examples ?? { flag: [], pass: [] };
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
