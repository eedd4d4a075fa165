// `npx tsx tests/corpus/score-batch.ts tests/corpus/<batch>.yaml...`: precision and recall per category of
// the built-in packs (rules/*/pack.yaml) on the posts of the files named, judged as the guard judges
// (warning or critical findings only), then every miss with its text and what the packs said. Used to score
// a fresh batch BEFORE any rule is changed for it (the figure recorded in the batch header), and after.
// Without arguments it scores the whole corpus (every tests/corpus/*.yaml), as tests/corpus.test.ts does.
// Exit status: 0 scored, 2 a file or a pack could not be read.

import { resolve } from 'node:path';
import { createChecker } from '../../src/engine';
import { loadBuiltInPacks } from '../support/builtin-packs';
import { corpusFiles, loadCorpus, missReport, scoreCorpus, scoreTable } from '../support/corpus-score';

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: npx tsx tests/corpus/score-batch.ts [tests/corpus/<batch>.yaml...]\n');
    return 0;
  }
  const files = args.length > 0 ? args.map((a) => resolve(a)) : corpusFiles();
  let posts;
  let checker;
  try {
    posts = loadCorpus(files);
    checker = createChecker(loadBuiltInPacks());
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const score = scoreCorpus(posts, (draft) => checker.explain(draft));
  process.stdout.write(`${files.map((f) => f.replace(`${process.cwd()}/`, '')).join(' ')}\n`);
  process.stdout.write(`${scoreTable(score)}\n`);
  if (score.misses.length > 0) process.stdout.write(`\nmisses:\n${missReport(score.misses)}\n`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
