// Scoring the built-in packs on the hand-written corpus (tests/corpus/*.yaml), judged as the guard judges:
// a category is "raised" by a post only when a finding of severity `warning` or `critical` has that
// category (an `info` finding never holds a post, so it does not count). Used by tests/corpus.test.ts (the
// gate on the whole corpus) and tests/corpus/score-batch.ts (one batch at a time, e.g. before tuning).

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Category, CheckResult, Draft, GroupTally, Severity } from '../../src/engine/types';

export const SCORED: readonly Category[] = [
  'internal-document',
  'unverified-claim',
  'personal-data',
  'source',
  'tone',
];
/** What the guard acts on (src/guard): `info` is shown in the popup but never holds a post. */
const RAISING: ReadonlySet<Severity> = new Set(['warning', 'critical']);

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

export interface CorpusPost {
  id: string;
  text: string;
  links?: string[];
  expect: Category[];
  absent: Category[];
  note?: string;
  /** The batch file it came from (its base name), for messages. */
  file: string;
}

/** Every `tests/corpus/*.yaml`, in name order. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

const POST_KEYS = new Set(['id', 'text', 'links', 'expect', 'absent', 'note']);

/**
 * Reads batch files and checks every post's shape; a problem is an error naming the file and the post,
 * so a typo in a label (`unverified-claims`) cannot silently drop a post from the score.
 */
export function loadCorpus(files: readonly string[]): CorpusPost[] {
  const posts: CorpusPost[] = [];
  const problems: string[] = [];
  const firstFile = new Map<string, string>();
  for (const path of files) {
    const file = basename(path);
    const raw: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(raw)) {
      problems.push(`${file}: must be a list of posts`);
      continue;
    }
    raw.forEach((item: unknown, i) => {
      const where = `${file} #${i + 1}`;
      if (typeof item !== 'object' || item === null) {
        problems.push(`${where}: not a post`);
        return;
      }
      const post = item as Record<string, unknown>;
      const id = typeof post.id === 'string' && post.id !== '' ? post.id : undefined;
      const at = id ? `${file} ${id}` : where;
      if (!id) problems.push(`${where}: needs an id`);
      for (const key of Object.keys(post))
        if (!POST_KEYS.has(key)) problems.push(`${at}: unknown field "${key}"`);
      // An empty text is a real draft when the page attached a link (a shared link with nothing typed).
      if (typeof post.text !== 'string' || (post.text.trim() === '' && !Array.isArray(post.links)))
        problems.push(`${at}: needs a text (or links)`);
      if (
        post.links !== undefined &&
        !(Array.isArray(post.links) && post.links.every((l) => typeof l === 'string'))
      )
        problems.push(`${at}: links must be a list of URLs`);
      const lists: Record<'expect' | 'absent', Category[]> = { expect: [], absent: [] };
      for (const key of ['expect', 'absent'] as const) {
        const value = post[key];
        if (!Array.isArray(value)) {
          problems.push(`${at}: ${key} must be a list (possibly empty)`);
          continue;
        }
        for (const c of value) {
          if (typeof c === 'string' && (SCORED as readonly string[]).includes(c))
            lists[key].push(c as Category);
          else problems.push(`${at}: ${key} has "${String(c)}", not one of ${SCORED.join(', ')}`);
        }
      }
      const both = lists.expect.filter((c) => lists.absent.includes(c));
      if (both.length > 0) problems.push(`${at}: ${both.join(', ')} both expected and absent`);
      if (id) {
        const first = firstFile.get(id);
        if (first !== undefined) problems.push(`${at}: id already used in ${first}`);
        else firstFile.set(id, file);
      }
      if (id && typeof post.text === 'string') {
        posts.push({
          id,
          text: post.text,
          ...(Array.isArray(post.links) ? { links: post.links as string[] } : {}),
          expect: lists.expect,
          absent: lists.absent,
          ...(typeof post.note === 'string' ? { note: post.note } : {}),
          file,
        });
      }
    });
  }
  if (problems.length > 0) throw new Error(`corpus problems:\n  ${problems.join('\n  ')}`);
  return posts;
}

export function draftOf(post: CorpusPost): Draft {
  return post.links ? { text: post.text, links: post.links } : { text: post.text };
}

/** The categories a result raises as the guard judges it (warning or critical findings only). */
export function raisedCategories(result: CheckResult): Set<Category> {
  return new Set(result.findings.filter((f) => RAISING.has(f.severity)).map((f) => f.category));
}

export interface Miss {
  post: CorpusPost;
  category: Category;
  /** `missed`: expected but not raised; `false-alarm`: raised although labelled absent. */
  kind: 'missed' | 'false-alarm';
  result: CheckResult;
}

export interface CategoryScore {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  /** Posts labelled absent that stayed quiet (true negatives). */
  tn: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  posts: number;
  rows: CategoryScore[];
  misses: Miss[];
}

function ratio(hit: number, total: number): number {
  return total === 0 ? 1 : hit / total;
}

export function scoreCorpus(posts: readonly CorpusPost[], check: (draft: Draft) => CheckResult): CorpusScore {
  const counts = new Map(SCORED.map((c) => [c, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misses: Miss[] = [];
  for (const post of posts) {
    const result = check(draftOf(post));
    const raised = raisedCategories(result);
    for (const category of SCORED) {
      const n = counts.get(category) as { tp: number; fp: number; fn: number; tn: number };
      if (post.expect.includes(category)) {
        if (raised.has(category)) n.tp++;
        else {
          n.fn++;
          misses.push({ post, category, kind: 'missed', result });
        }
      } else if (post.absent.includes(category)) {
        if (raised.has(category)) {
          n.fp++;
          misses.push({ post, category, kind: 'false-alarm', result });
        } else n.tn++;
      }
    }
  }
  const rows = SCORED.map((category): CategoryScore => {
    const n = counts.get(category) as { tp: number; fp: number; fn: number; tn: number };
    return { category, ...n, precision: ratio(n.tp, n.tp + n.fp), recall: ratio(n.tp, n.tp + n.fn) };
  });
  return { posts: posts.length, rows, misses };
}

/** The table: one line per category (precision, recall, counts), then the ids of its misses. */
export function scoreTable(score: CorpusScore): string {
  return [
    `${score.posts} posts, judged at warning level (+id raised but labelled absent, -id expected but not raised)`,
    'category            precision  recall   tp  fp  fn  tn',
    ...score.rows.map((r) => {
      const ids = score.misses
        .filter((m) => m.category === r.category)
        .map((m) => `${m.kind === 'false-alarm' ? '+' : '-'}${m.post.id}`);
      return (
        `${r.category.padEnd(19)} ${r.tp + r.fp === 0 ? '      n/a' : r.precision.toFixed(3).padStart(9)} ` +
        `${r.tp + r.fn === 0 ? '    n/a' : r.recall.toFixed(3).padStart(7)} ` +
        `${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.tn).padStart(3)}` +
        (ids.length ? `  ${ids.join(' ')}` : '')
      );
    }),
  ].join('\n');
}

/** Each miss with its text and what the packs said (all severities), so a pack author sees why. */
export function missReport(misses: readonly Miss[]): string {
  const out: string[] = [];
  for (const m of misses) {
    const text = m.post.text.replace(/\s+/g, ' ').trim();
    out.push(
      `${m.kind === 'false-alarm' ? '+' : '-'}${m.post.id} [${m.category}] (${m.post.file}) ${JSON.stringify(text.length > 160 ? `${text.slice(0, 159)}…` : text)}`,
    );
    const said = m.result.findings.map((f) => {
      const markers = f.evidence ? ` [${f.evidence.map((e) => `${e.ruleId} ${e.weight}`).join(', ')}]` : '';
      return `${f.severity} ${f.packId}/${f.ruleId} ${JSON.stringify(f.excerpt)}${markers}`;
    });
    out.push(`    findings: ${said.length ? said.join('; ') : 'none'}`);
    // With Checker.explain: the groups that stayed silent, and how far short they fell.
    const groups = (m.result as Partial<{ groups: GroupTally[] }>).groups ?? [];
    for (const g of groups.filter((t) => !t.reached)) {
      const markers = g.markers.map((e) => `${e.ruleId} ${e.weight} ${JSON.stringify(e.excerpt)}`).join(', ');
      out.push(`    silent: ${g.packId}/${g.groupId} ${g.total} of ${g.reach}: ${markers}`);
    }
  }
  return out.join('\n');
}
