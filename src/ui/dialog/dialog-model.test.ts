import { describe, expect, it } from 'vitest';
import type { CheckResult, QuestionId } from '../../engine/types';
import { sampleFinding } from '../result/result-fixtures';
import { dialogModel, evidenceByQuestion } from './dialog-model';

const NOW = Date.UTC(2026, 0, 15);
const noHints = (): CheckResult['questions'] =>
  (['source', 'author', 'intent', 'harm', 'benefit'] as QuestionId[]).map((id) => ({ id, hints: [] }));

const hearsay = (start: number, excerpt: string) =>
  sampleFinding({
    packId: 'vn-unverified-claims',
    ruleId: 'hearsay',
    category: 'unverified-claim',
    severity: 'warning',
    start,
    excerpt,
  });

describe('evidenceByQuestion', () => {
  it('folds repeated findings of one rule into one line, most severe first', () => {
    const byQuestion = evidenceByQuestion([
      hearsay(0, 'nghe nói'),
      sampleFinding({ start: 5 }),
      hearsay(20, 'nghe đồn'),
      hearsay(40, 'nghe nói'),
    ]);
    const source = byQuestion.get('source') ?? [];
    expect(source.map((line) => [line.ruleId, line.count, line.excerpts])).toEqual([
      ['secrecy-stamp', 1, ['TỐI MẬT']],
      ['hearsay', 3, ['nghe nói', 'nghe đồn']],
    ]);
  });
});

describe('evidenceByQuestion with parts', () => {
  it('folds per rule and part: a stamp typed and one in a picture are two lines, each saying where', () => {
    const source =
      evidenceByQuestion([
        sampleFinding({ start: 0 }),
        sampleFinding({ start: 0, part: { kind: 'image', index: 0 } }),
        sampleFinding({ start: 9, part: { kind: 'image', index: 0 } }),
        sampleFinding({ start: 0, part: { kind: 'image', index: 1 } }),
      ]).get('source') ?? [];
    expect(source.map((line) => [line.part, line.count])).toEqual([
      [undefined, 1],
      [{ kind: 'image', index: 0 }, 2],
      [{ kind: 'image', index: 1 }, 1],
    ]);
  });
});

describe('dialogModel', () => {
  it('puts the question with the most reason to ask first, keeping the usual order otherwise', () => {
    const result: CheckResult = {
      verdict: 'critical',
      findings: [sampleFinding({ ruleId: 'phone', category: 'personal-data', question: 'harm' })],
      links: [],
      questions: noHints(),
    };
    const model = dialogModel(result, { text: 'x' }, NOW);
    expect(model.questions.map((q) => q.id)).toEqual(['harm', 'source', 'author', 'intent', 'benefit']);
    expect(model.critical).toBe(true);
  });

  it('says an old article is old under the source question, and a fresh one is not', () => {
    const result: CheckResult = {
      verdict: 'clean',
      findings: [],
      links: [
        {
          url: 'https://tuoitre.vn/a-20210315101010123.htm',
          domain: 'tuoitre.vn',
          verdict: 'known',
          published: '2021-03-15',
        },
        {
          url: 'https://vtv.vn/b-20260110101010123.htm',
          domain: 'vtv.vn',
          verdict: 'known',
          published: '2026-01-10',
        },
      ],
      questions: noHints(),
    };
    const model = dialogModel(result, { text: '' }, NOW);
    expect(model.links.map((link) => link.old)).toEqual([true, false]);
    expect(model.questions[0]?.id).toBe('source');
    expect(model.questions[0]?.hints[0]?.id).toBe('article:old');
    expect(model.questions[0]?.hints[0]?.text.en).toContain('March 2021');
  });

  it('offers the two most useful places to look elsewhere, under the question each helps', () => {
    const result: CheckResult = {
      verdict: 'review',
      findings: [],
      links: [],
      questions: noHints(),
      portals: [{ host: 'moh.gov.vn', name: { vi: 'Bộ Y tế', en: 'the Ministry of Health' } }],
    };
    const model = dialogModel(result, { text: 'Bộ Y tế cấm bán thuốc hạ sốt' }, NOW);
    const actions = model.questions.flatMap((q) => q.actions.map((a) => `${q.id}:${a.kind}`));
    expect(actions).toEqual(['source:portal', 'intent:tingia']);
  });
});

describe('a declared group’s finding', () => {
  it('is one line that carries the markers that added up', () => {
    const group = sampleFinding({
      ruleId: 'rumour',
      severity: 'warning',
      excerpt: 'nghe nói',
      evidence: [
        { ruleId: 'hearsay', start: 0, end: 8, excerpt: 'nghe nói', message: { vi: 'Lời đồn' }, weight: 0.5 },
        {
          ruleId: 'pressure',
          start: 20,
          end: 32,
          excerpt: 'chia sẻ ngay',
          message: { vi: 'Thúc giục' },
          weight: 0.5,
        },
      ],
    });
    const [line] = evidenceByQuestion([group]).get('source') ?? [];
    expect(line?.count).toBe(1);
    expect(line?.markers?.map((m) => m.excerpt)).toEqual(['nghe nói', 'chia sẻ ngay']);
  });
});
