import type { CompiledPack } from '../engine/types';
import { runPackExamples, type CheckerFactory } from '../packs/run-pack-examples';
import type { PackSource } from '../packs/schema';
import type { PackProblem } from './pack-record';

/** What admission calls to run a pack's examples; one problem per example that did not do what it says. */
export type ExampleRunner = (pack: unknown, compiled: CompiledPack) => PackProblem[];

/**
 * Every rule's examples (and every declared group's) run when a pack is imported, fetched or pushed, as
 * `pack test` runs them: a pack whose own examples fail is refused (its author's claims about it are not true).
 */
export function exampleRunner(createChecker: CheckerFactory): ExampleRunner {
  return (pack, compiled) => {
    const result = runPackExamples(pack as PackSource, compiled, createChecker);
    const ruleProblems = result.rules.flatMap((rule) =>
      rule.examples
        .filter((example) => !example.ok)
        .map((example) => ({
          packId: compiled.id,
          ruleId: rule.ruleId,
          field: `examples.${example.expected}[${example.index - 1}]`,
          message: example.error
            ? `the example could not be checked: ${example.error}`
            : example.expected === 'flag'
              ? `this example should be flagged by the rule but is not: ${JSON.stringify(example.text)}`
              : `this example should pass but the rule flags it: ${JSON.stringify(example.text)}`,
        })),
    );
    const groupProblems = result.groups.flatMap((group) =>
      group.examples
        .filter((example) => !example.ok)
        .map((example) => ({
          packId: compiled.id,
          field: `groups.${group.groupId}.examples.${example.expected}[${example.index - 1}]`,
          message: example.error
            ? `the example could not be checked: ${example.error}`
            : example.expected === 'flag'
              ? `this example should make group "${group.groupId}" speak but it stays silent: ${JSON.stringify(example.text)}`
              : `this example should leave group "${group.groupId}" silent but it speaks: ${JSON.stringify(example.text)}`,
        })),
    );
    return [...ruleProblems, ...groupProblems];
  };
}
