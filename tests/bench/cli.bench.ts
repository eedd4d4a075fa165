// Command-line start-up (`npm run bench -- cli`): the bundled program (scripts/build-cli.ts, built first)
// checking a 500-character post with the built-in packs, as a person runs it: a fresh `node` process each
// time, wall clock from spawn to exit.
//
//   cli.check_start_median   ms, median wall time of `wise-reader check post.txt` over 15 runs (goal <= 300)
//   cli.check_start_min      ms, the fastest of those runs
//   cli.node_start_median    ms, `node -e ""` on the same machine: the floor no program can go below

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli';
import { vietnameseText } from './engine-fixtures';
import { median, round, type BenchResult } from './measure';

const RUNS = 15;

function wallTimes(args: string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
    if (i >= 2) times.push(ms); // the first two warm the file cache
  }
  return times;
}

export async function* run(): AsyncGenerator<BenchResult> {
  const { files } = await buildCli();
  const program = files.find((f) => f.endsWith('wise-reader.mjs'))!;
  const dir = mkdtempSync(join(tmpdir(), 'wise-reader-bench-'));
  const post = join(dir, 'post.txt');
  writeFileSync(post, vietnameseText(700, 3).slice(0, 500));

  const check = wallTimes([program, 'check', post]);
  const node = wallTimes(['-e', '']);
  yield {
    name: 'cli.check_start_median',
    value: round(median(check), 1),
    unit: 'ms',
    min: round(Math.min(...check), 1),
    runs: RUNS,
    post_chars: 500,
    goal: '<= 300',
  };
  yield { name: 'cli.check_start_min', value: round(Math.min(...check), 1), unit: 'ms' };
  // On a loaded machine both grow alike; the difference is what the program itself adds to node's start.
  yield { name: 'cli.check_over_node_median', value: round(median(check) - median(node), 1), unit: 'ms' };
  yield {
    name: 'cli.node_start_median',
    value: round(median(node), 1),
    unit: 'ms',
    min: round(Math.min(...node), 1),
  };
}
