// Precision and recall of the built-in packs on the hand-written corpus (every tests/corpus/*.yaml), judged
// as the guard judges: a category is raised only by a `warning` or `critical` finding (an `info` finding
// never holds a post). Each post lists the categories it should raise (`expect`) and must not raise
// (`absent`); a category in neither list is not scored for that post. A category fails the suite when its
// precision or recall drops below MIN_SCORE. The table and the misses are printed on every run, so a rule
// change shows what it costs on real-looking posts and not only on its own examples. One batch alone:
// `npx tsx tests/corpus/score-batch.ts tests/corpus/<file>.yaml`.

import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import { loadBuiltInPacks } from './support/builtin-packs';
import { corpusFiles, loadCorpus, missReport, scoreCorpus, scoreTable } from './support/corpus-score';

const MIN_SCORE = 0.9;
const MIN_POSTS = 420;

const files = corpusFiles();
const corpus = loadCorpus(files);
const checker = createChecker(loadBuiltInPacks());
const score = scoreCorpus(corpus, (draft) => checker.explain(draft));

console.log(`${files.length} file(s): ${scoreTable(score)}`);
if (score.misses.length > 0) console.log(`misses:\n${missReport(score.misses)}`);

describe('corpus labels', () => {
  it(`has at least ${MIN_POSTS} posts (ids unique across files, labels checked when loaded)`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_POSTS);
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
  });

  it('reads every batch file', () => {
    expect(new Set(corpus.map((p) => p.file)).size).toBe(files.length);
  });
});

describe('built-in packs on the corpus (warning level)', () => {
  for (const row of score.rows) {
    const ids = (kind: 'missed' | 'false-alarm') =>
      score.misses
        .filter((m) => m.category === row.category && m.kind === kind)
        .map((m) => m.post.id)
        .join(' ');
    it(`${row.category}: precision and recall ≥ ${MIN_SCORE}`, () => {
      expect(row.tp + row.fn, `no post in the corpus is labelled to raise ${row.category}`).toBeGreaterThan(
        0,
      );
      expect(
        row.tn + row.fp,
        `no post in the corpus is labelled to stay quiet on ${row.category}`,
      ).toBeGreaterThan(0);
      expect(
        row.precision,
        `${row.category} precision; false alarms: ${ids('false-alarm')}`,
      ).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(row.recall, `${row.category} recall; missed: ${ids('missed')}`).toBeGreaterThanOrEqual(
        MIN_SCORE,
      );
    });
  }
});
