import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckResult, CompiledPack, Finding } from '../engine/types';
import { createChecker } from '../engine';
import { loadPack } from './load-pack';
import { runPackExamples, type CheckerFactory } from './run-pack-examples';

const demo = loadPack(readFileSync(new URL('./fixtures/demo-pack.yaml', import.meta.url), 'utf8'));
if (!demo.ok) throw new Error('demo pack invalid');

/** A stand-in engine: a rule "matches" when its id is written in the text. Records what it was given. */
function fakeEngine(seen: CompiledPack[][] = []): CheckerFactory {
  return (packs) => {
    seen.push([...packs]);
    return {
      check(draft): CheckResult {
        const text = typeof draft === 'string' ? draft : draft.text;
        if (text.includes('boom')) throw new Error('engine exploded');
        const findings = packs.flatMap((pack) =>
          pack.rules
            .filter((rule) => rule.weight >= 1 && text.includes(rule.id))
            .map((rule): Finding => ({
              packId: pack.id,
              ruleId: rule.id,
              category: rule.category,
              question: rule.question,
              severity: rule.severity,
              start: text.indexOf(rule.id),
              end: text.indexOf(rule.id) + rule.id.length,
              excerpt: rule.id,
              message: rule.message,
            })),
        );
        return { verdict: findings.length ? 'review' : 'clean', findings, links: [], questions: [] };
      },
    };
  };
}

function withExamples(ruleId: string, flag: string[], pass: string[]) {
  if (!demo.ok) throw new Error('unreachable');
  return {
    ...demo.pack,
    rules: demo.pack.rules.map((r) => (r.id === ruleId ? { ...r, examples: { flag, pass } } : r)),
  };
}

describe('runPackExamples', () => {
  it('checks the whole pack once, every rule at weight 1 and without its group', () => {
    const seen: CompiledPack[][] = [];
    const source = withExamples('kinh-gui', ['kinh-gui here'], ['nothing']);
    const result = runPackExamples(source, demo.compiled, fakeEngine(seen));
    expect(seen).toHaveLength(1);
    const [checked] = seen[0]!;
    expect(checked?.rules.map((r) => r.id)).toEqual(demo.compiled.rules.map((r) => r.id));
    for (const rule of checked?.rules ?? []) {
      expect(rule.weight).toBe(1);
      expect(rule).not.toHaveProperty('group');
    }
    expect(result.rules.find((r) => r.ruleId === 'kinh-gui')?.ok).toBe(true);
  });

  it("judges an example by its own rule's findings only", () => {
    // "links" and "kinh-gui" both match this text; only kinh-gui's pass example is about kinh-gui.
    const source = withExamples('kinh-gui', ['kinh-gui'], ['links, not the marker']);
    const kinhGui = runPackExamples(source, demo.compiled, fakeEngine()).rules.find(
      (r) => r.ruleId === 'kinh-gui',
    );
    expect(kinhGui?.ok).toBe(true);
  });

  it('reports which examples failed and what matched where', () => {
    const source = withExamples('links', ['no match here', 'links'], ['says links twice: links']);
    const result = runPackExamples(source, demo.compiled, fakeEngine());
    expect(result.ok).toBe(false);
    const links = result.rules.find((r) => r.ruleId === 'links');
    expect(links?.ok).toBe(false);
    expect(links?.examples.map((e) => [e.expected, e.index, e.ok])).toEqual([
      ['flag', 1, false],
      ['flag', 2, true],
      ['pass', 1, false],
    ]);
    expect(links?.examples[2]?.findings[0]).toMatchObject({ ruleId: 'links', start: 5, end: 10 });
  });

  it('turns an engine error into a failed example instead of stopping the run', () => {
    const source = withExamples('links', ['boom'], ['fine']);
    const links = runPackExamples(source, demo.compiled, fakeEngine()).rules.find(
      (r) => r.ruleId === 'links',
    );
    expect(links?.examples[0]).toMatchObject({
      ok: false,
      error: expect.stringContaining('engine exploded'),
    });
    expect(links?.examples[1]?.ok).toBe(true);
  });
});

describe('runPackExamples: declared groups', () => {
  const groupPack = (flag: string[], pass: string[]) => {
    const marker = (id: string, phrase: string, weight: number) => ({
      id,
      kind: 'phrase',
      category: 'unverified-claim',
      question: 'source',
      severity: 'info',
      weight,
      group: 'rumour',
      phrases: [phrase],
      message: { vi: `dấu hiệu ${id}`, en: `marker ${id}` },
      examples: { flag: [phrase], pass: ['chào bạn'] },
    });
    const loaded = loadPack(
      JSON.stringify({
        pack: 'claims',
        version: '1.0.0',
        name: { vi: 'Tin đồn', en: 'Rumours' },
        groups: {
          rumour: {
            severity: 'warning',
            category: 'unverified-claim',
            question: 'source',
            message: { vi: 'Có dấu hiệu tin đồn', en: 'Signs of a rumour' },
            examples: { flag, pass },
          },
        },
        rules: [
          marker('hearsay', 'nghe nói', 0.5),
          marker('spread', 'chia sẻ ngay', 0.5),
          marker('caps', 'NÓNG', 0.25),
        ],
      }),
      { format: 'json' },
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return loaded;
  };

  it('runs group examples against the whole pack and keeps the tally of each', () => {
    const loaded = groupPack(['Nghe nói mai nghỉ, chia sẻ ngay'], ['Nghe nói quán này ngon']);
    const result = runPackExamples(loaded.pack, loaded.compiled, createChecker);
    expect(result.ok).toBe(true);
    const [group] = result.groups;
    expect(group).toMatchObject({
      groupId: 'rumour',
      reach: 1,
      members: ['hearsay', 'spread', 'caps'],
      ok: true,
    });
    expect(group?.examples[0]?.finding).toMatchObject({ ruleId: 'rumour', severity: 'warning' });
    expect(group?.examples[0]?.tally).toMatchObject({ total: 1, reached: true });
    expect(group?.examples[1]?.finding).toBeUndefined();
    expect(group?.examples[1]?.tally).toMatchObject({ total: 0.5, reached: false });
  });

  it('fails a flag example that falls short and a pass example that makes the group speak', () => {
    const loaded = groupPack(['nghe nói NÓNG'], ['nghe nói thế, chia sẻ ngay']);
    const result = runPackExamples(loaded.pack, loaded.compiled, createChecker);
    expect(result.ok).toBe(false);
    expect(result.rules.every((r) => r.ok)).toBe(true);
    const [short, spoke] = result.groups[0]?.examples ?? [];
    expect(short).toMatchObject({ ok: false, tally: { total: 0.75, reach: 1, reached: false } });
    expect(short?.tally?.markers.map((m) => m.ruleId)).toEqual(['hearsay', 'caps']);
    expect(spoke).toMatchObject({ ok: false, finding: { ruleId: 'rumour' } });
  });

  it('a pack without groups has no group results', () => {
    const result = runPackExamples(demo.pack, demo.compiled, createChecker);
    expect(result.groups).toEqual([]);
  });
});
