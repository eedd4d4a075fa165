import { createChecker } from '../engine';
import type { Finding } from '../engine/types';
import { formatPackError, loadPack } from '../packs';
import { runPackExamples, type ExampleOutcome, type GroupExamplesResult } from '../packs/run-pack-examples';
import { markersInline, tallySummary } from './group-tally-text';
import { type CliCommand, type CliIo } from './cli-io';
import { parseFiles } from './pack-validate-command';
import { readFileText } from './read-input';
import { lineColumnOf } from './text-position';

const HELP = `Usage: npm run -s cli -- pack test FILE...

Chạy mọi ví dụ của mọi quy tắc. / Run every example of every rule.

The pack is checked with every rule standing alone (weight 1, no group) and each example is judged by its
own rule's findings only: every "flag" example must produce a finding of that rule, every "pass" example
none. So a weak marker of a group (weight < 1) is tested for what it matches by itself, as if the rest of
its group were present; other rules cannot make an example pass or fail, but they are there for rules
that depend on them (claim-without-source fires only when an unverified-claim rule of the pack matched).
For each failure you see the example, what was expected and what matched where (line:column "excerpt").

A group declared under "groups:" may carry examples of its own: they run against the whole pack as it is
(groups in force). A "flag" example must make the group speak, a "pass" example must leave it silent. Each
is listed with its tally: the markers that matched with their weights, the total against the group's
reach, and for a silent group how far short it fell (a near miss).

Exit status: 0 every example behaves, 1 some example fails, 2 a pack is invalid or unreadable.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const files = parseFiles(args, HELP);
  if (!files) {
    await io.stdout.write(HELP);
    return 0;
  }
  let invalid = false;
  let failing = false;
  for (const file of files) {
    let source: string;
    try {
      source = await readFileText(file, io);
    } catch (error) {
      invalid = true;
      await io.stderr.write(`${file}: ${(error as Error).message}\n`);
      continue;
    }
    const loaded = loadPack(source, { file });
    if (!loaded.ok) {
      invalid = true;
      for (const error of loaded.errors) await io.stderr.write(`${formatPackError(error, file)}\n`);
      continue;
    }
    const result = runPackExamples(loaded.pack, loaded.compiled, createChecker);
    const lines = [`${file} (${loaded.compiled.id} ${loaded.compiled.version})`];
    let examples = 0;
    let failed = 0;
    for (const rule of result.rules) {
      examples += rule.examples.length;
      const bad = rule.examples.filter((e) => !e.ok);
      failed += bad.length;
      lines.push(`  ${rule.ok ? 'ok  ' : 'FAIL'} ${rule.ruleId} (${rule.examples.length} examples)`);
      for (const outcome of bad) lines.push(...describeFailure(outcome));
    }
    for (const group of result.groups) {
      examples += group.examples.length;
      const bad = group.examples.filter((e) => !e.ok);
      failed += bad.length;
      lines.push(...describeGroup(group));
    }
    const groups = result.groups.length ? `, ${result.groups.length} group(s)` : '';
    lines.push(`  ${result.rules.length} rules${groups}, ${examples} examples, ${failed} failed`, '');
    failing ||= !result.ok;
    await io.stdout.write(lines.join('\n'));
  }
  return invalid ? 2 : failing ? 1 : 0;
}

function describeFailure(outcome: ExampleOutcome): string[] {
  const out = [`       ${outcome.expected} example ${outcome.index}: ${JSON.stringify(outcome.text)}`];
  if (outcome.error) {
    out.push(`         engine error: ${outcome.error}`);
  } else if (outcome.expected === 'flag') {
    out.push('         - expected: a finding of this rule', '         + got:      no finding');
  } else {
    out.push('         - expected: no finding', `         + got:      ${outcome.findings.length} finding(s)`);
    const at = lineColumnOf(outcome.text);
    for (const f of outcome.findings) out.push(`           + ${where(f, at)} ${JSON.stringify(f.excerpt)}`);
  }
  return out;
}

/**
 * A declared group and each of its examples on one line, with its tally: which markers added up, to how
 * much, and for a silent group how far short it fell, whether the example passed or failed (a near miss on
 * a `pass` example is worth seeing too).
 */
function describeGroup(group: GroupExamplesResult): string[] {
  const counts = `reach ${group.reach}; ${group.members.length} member rule(s); ${group.examples.length || 'no'} example(s)`;
  const out = [
    `  ${group.examples.length === 0 ? '--  ' : group.ok ? 'ok  ' : 'FAIL'} group ${group.groupId} (${counts})`,
  ];
  for (const e of group.examples) {
    const spoke = e.finding !== undefined;
    const tally = e.tally
      ? `${tallySummary(e.tally)}: ${markersInline(e.tally.markers)}`
      : 'no marker matched / không có dấu hiệu nào';
    out.push(`       ${e.ok ? 'ok  ' : 'FAIL'} ${e.expected} example ${e.index}: ${JSON.stringify(e.text)}`);
    if (e.error) {
      out.push(`         engine error: ${e.error}`);
      continue;
    }
    out.push(`         ${spoke ? 'speaks' : 'silent'}  ${tally}`);
    if (!e.ok)
      out.push(
        e.expected === 'flag'
          ? '         - expected: the group speaks (its markers reach its reach)'
          : '         - expected: the group stays silent',
      );
  }
  return out;
}

function where(f: Finding, at: ReturnType<typeof lineColumnOf>): string {
  if (f.start === 0 && f.end === 0) return 'whole text';
  const a = at(f.start);
  const b = at(f.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

export const command: CliCommand = { summary: "run every rule's flag/pass examples through the engine", run };
