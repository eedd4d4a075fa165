import { createChecker as engineCreateChecker } from '../engine';
import type { CheckResult, CompiledPack, Draft, Finding, GroupTally } from '../engine/types';
import type { PackSource } from './schema';

/** The engine's `createChecker` (the default), or a stand-in for tests (which may not explain groups). */
export type CheckerFactory = (packs: readonly CompiledPack[]) => {
  check(draft: Draft | string): CheckResult;
  explain?(draft: Draft | string): CheckResult & { groups: GroupTally[] };
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

export interface GroupExampleOutcome {
  expected: 'flag' | 'pass';
  /** 1-based position in the group's `flag` or `pass` list. */
  index: number;
  text: string;
  ok: boolean;
  /** The group's one finding, when it spoke. */
  finding?: Finding;
  /** How the group added up (which markers, to how much); absent when none of its members matched. */
  tally?: GroupTally;
  /** The engine threw on this example. */
  error?: string;
}

export interface GroupExamplesResult {
  groupId: string;
  reach: number;
  /** The group's member rules, in pack order. */
  members: string[];
  ok: boolean;
  /** Empty when the group has no examples (they are optional). */
  examples: GroupExampleOutcome[];
}

export interface PackExamplesResult {
  packId: string;
  ok: boolean;
  rules: RuleExamplesResult[];
  /** One entry per declared group. */
  groups: GroupExamplesResult[];
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
 * Whether a group's markers together reach its reach is a property of the pack: validation rejects a group
 * whose weights cannot add up to it, and a declared group's own examples run against the WHOLE PACK as it
 * is (groups in force): a `flag` text must make the group speak (its one finding), a `pass` text must leave
 * it silent. Each outcome carries the group's tally (which markers matched, how much they add up to), so a
 * near miss shows how far short it fell.
 */
export function runPackExamples(
  source: PackSource,
  compiled: CompiledPack,
  createChecker: CheckerFactory = engineCreateChecker,
): PackExamplesResult {
  const { groups: _groups, ...ungroupedPack } = compiled;
  const standalone: CompiledPack = {
    ...ungroupedPack,
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
  const groups = runGroupExamples(source, compiled, createChecker);
  return {
    packId: compiled.id,
    ok: rules.every((r) => r.ok) && groups.every((g) => g.ok),
    rules,
    groups,
  };
}

function runGroupExamples(
  source: PackSource,
  compiled: CompiledPack,
  createChecker: CheckerFactory,
): GroupExamplesResult[] {
  const declared = compiled.groups ?? [];
  if (declared.length === 0) return [];
  const checker = createChecker([compiled]);
  return declared.map((group): GroupExamplesResult => {
    const examples = source.groups?.[group.id]?.examples ?? { flag: [], pass: [] };
    const run = (expected: 'flag' | 'pass', text: string, i: number): GroupExampleOutcome => {
      const outcome: GroupExampleOutcome = { expected, index: i + 1, text, ok: false };
      try {
        const explained = checker.explain?.(text);
        const result = explained ?? checker.check(text);
        const finding = result.findings.find((f) => f.packId === compiled.id && f.ruleId === group.id);
        if (finding) outcome.finding = finding;
        const tally = explained?.groups.find((t) => t.packId === compiled.id && t.groupId === group.id);
        if (tally) outcome.tally = tally;
        outcome.ok = expected === 'flag' ? finding !== undefined : finding === undefined;
      } catch (error) {
        outcome.error = String(error);
      }
      return outcome;
    };
    const outcomes = [
      ...examples.flag.map((text, i) => run('flag', text, i)),
      ...examples.pass.map((text, i) => run('pass', text, i)),
    ];
    return {
      groupId: group.id,
      reach: group.reach,
      members: compiled.rules.filter((r) => r.group === group.id).map((r) => r.id),
      ok: outcomes.every((o) => o.ok),
      examples: outcomes,
    };
  });
}
