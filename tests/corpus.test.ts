// Precision and recall of the built-in packs on a hand-written corpus of posts (tests/corpus/posts.yaml).
// Each post lists the categories it should raise (`expect`) and must not raise (`absent`); a category in
// neither list is not scored for that post. A category fails the suite when its precision or recall on the
// corpus drops below MIN_SCORE. The table is printed on every run, the misses with it, so a rule change shows
// what it costs on real-looking posts and not only on its own examples.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import type { Category, CompiledPack, Draft } from '../src/engine/types';
import { formatPackError, loadPack } from '../src/packs';

const MIN_SCORE = 0.9;
const MIN_POSTS = 100;
const SCORED: readonly Category[] = ['internal-document', 'unverified-claim', 'personal-data', 'source'];

interface CorpusPost {
  id: string;
  text: string;
  links?: string[];
  expect: Category[];
  absent: Category[];
}

const rulesDir = new URL('../rules/', import.meta.url);

function loadBuiltInPacks(): CompiledPack[] {
  const packs: CompiledPack[] = [];
  for (const entry of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = new URL(`${entry.name}/pack.yaml`, rulesDir);
    if (!existsSync(file)) continue; // rules/examples/ holds example packs one level deeper: not built-in.
    const loaded = loadPack(readFileSync(file, 'utf8'), { file: file.pathname, format: 'yaml' });
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => formatPackError(e, file.pathname)).join('\n'));
    packs.push(loaded.compiled);
  }
  return packs;
}

function loadCorpus(): CorpusPost[] {
  const raw: unknown = parse(readFileSync(new URL('./corpus/posts.yaml', import.meta.url), 'utf8'));
  if (!Array.isArray(raw)) throw new Error('tests/corpus/posts.yaml must be a list of posts');
  return raw as CorpusPost[];
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  falseNegatives: string[];
}

function ratio(hit: number, total: number): number {
  return total === 0 ? 1 : hit / total;
}

const packs = loadBuiltInPacks();
const corpus = loadCorpus();
const checker = createChecker(packs);

describe('corpus labels', () => {
  it(`has at least ${MIN_POSTS} posts with unique ids`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_POSTS);
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
  });

  it('labels every post with known categories, never both expected and absent', () => {
    for (const post of corpus) {
      expect(typeof post.text, post.id).toBe('string');
      expect(Array.isArray(post.expect) && Array.isArray(post.absent), post.id).toBe(true);
      for (const c of [...post.expect, ...post.absent]) expect(SCORED, `${post.id}: ${c}`).toContain(c);
      expect(
        post.expect.filter((c) => post.absent.includes(c)),
        post.id,
      ).toEqual([]);
    }
  });
});

describe('built-in packs on the corpus', () => {
  const scores = new Map<Category, Score>(
    SCORED.map((c) => [c, { tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] }]),
  );
  for (const post of corpus) {
    const draft: Draft = { text: post.text };
    if (post.links) draft.links = post.links;
    const raised = new Set(checker.check(draft).findings.map((f) => f.category));
    for (const category of SCORED) {
      const score = scores.get(category) as Score;
      if (post.expect.includes(category)) {
        if (raised.has(category)) score.tp++;
        else {
          score.fn++;
          score.falseNegatives.push(post.id);
        }
      } else if (post.absent.includes(category) && raised.has(category)) {
        score.fp++;
        score.falsePositives.push(post.id);
      }
    }
  }

  const rows = SCORED.map((category) => {
    const s = scores.get(category) as Score;
    return {
      category,
      precision: ratio(s.tp, s.tp + s.fp),
      recall: ratio(s.tp, s.tp + s.fn),
      tp: s.tp,
      fp: s.fp,
      fn: s.fn,
      misses: [...s.falsePositives.map((id) => `+${id}`), ...s.falseNegatives.map((id) => `-${id}`)],
    };
  });
  const table = [
    `corpus: ${corpus.length} posts (+id raised but labelled absent, -id expected but not raised)`,
    'category            precision  recall   tp  fp  fn',
    ...rows.map(
      (r) =>
        `${r.category.padEnd(19)} ${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(7)} ` +
        `${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}` +
        (r.misses.length ? `  ${r.misses.join(' ')}` : ''),
    ),
  ].join('\n');
  console.log(table);

  for (const row of rows) {
    it(`${row.category}: precision and recall ≥ ${MIN_SCORE}`, () => {
      expect(row.tp, `${row.category} has no positive posts in the corpus`).toBeGreaterThan(0);
      expect(
        row.precision,
        `${row.category} precision; false positives: ${row.misses.join(' ')}`,
      ).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(row.recall, `${row.category} recall; misses: ${row.misses.join(' ')}`).toBeGreaterThanOrEqual(
        MIN_SCORE,
      );
    });
  }
});
