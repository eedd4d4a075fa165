import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import type { CheckResult, Draft } from '../engine/types';
import { compiledPack, namedPersonRule } from '../engine/testing/compiled-rules';
import { loadPack } from '../packs';
import { journalEntryFromCheck } from './journal-entry-from-check';
import { MASK, maskFindings, maskPersonalNumbers } from './personal-data-mask';

function builtin(id: string) {
  const loaded = loadPack(readFileSync(new URL(`../../rules/${id}/pack.yaml`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.compiled;
}
const checker = createChecker([builtin('vn-personal-data'), builtin('vn-sources')]);

const CCCD = '001203012345';
const PHONE = '0912 345 678';

describe('journal entry from a check', () => {
  it('masks every personal-data span before the excerpt is cut', () => {
    const text = `Nghe nói CCCD của nó đây: ${CCCD}, gọi ${PHONE} mà hỏi`;
    const result = checker.check(text);
    expect(result.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['citizen-id-number', 'phone-number']),
    );
    const entry = journalEntryFromCheck({
      result,
      draft: { text },
      site: 'www.facebook.com',
      origin: 'guard',
      decision: 'posted-anyway',
    });
    expect(entry.excerpt).not.toContain('001203');
    expect(entry.excerpt).not.toContain('345 678');
    expect(entry.excerpt).toContain(MASK);
    expect(entry.excerpt.startsWith('Nghe nói')).toBe(true);
    expect(entry.found).toEqual(
      expect.arrayContaining(['vn-personal-data/citizen-id-number', 'vn-personal-data/phone-number']),
    );
  });

  it('masks a number the rules did not flag, and one in a shared post’s text, as a safety net', () => {
    const clean: CheckResult = { verdict: 'clean', findings: [], links: [], questions: [] };
    const shared = journalEntryFromCheck({
      result: clean,
      draft: { text: '  ', shared: { text: `Liên hệ 0968.123.456 hoặc ai@example.vn` } },
      site: 'www.facebook.com',
      origin: 'guard',
      decision: 'edited',
    });
    expect(shared.excerpt).toBe(`Liên hệ ${MASK} hoặc ${MASK}`);
  });

  it('is the same for the guard and the checklist: links that need a look, not official ones', () => {
    const text = 'xem https://bit.ly/abc và https://chinhphu.vn/x';
    const result = checker.check(text);
    const guard = journalEntryFromCheck({
      result,
      draft: { text },
      site: 'chat.zalo.me',
      origin: 'guard',
      decision: 'edited',
    });
    const hand = journalEntryFromCheck({
      result,
      draft: { text },
      site: '',
      origin: 'checklist',
      decision: 'checked-by-hand',
    });
    expect(guard.found).toEqual(hand.found);
    expect(guard.found.some((f) => f.startsWith('link:official'))).toBe(false);
    expect(guard.excerpt).toBe(hand.excerpt);
  });
});

describe('journal entry from a check with parts (a shared post, pictures)', () => {
  const named = createChecker([compiledPack('people', [namedPersonRule()])]);
  const record = (draft: Draft) =>
    journalEntryFromCheck({
      result: named.check(draft),
      draft,
      site: 'chat.zalo.me',
      origin: 'guard',
      decision: 'edited',
    });

  it('masks a forwarded message’s text with the findings in it (offsets into that text), as for typed text', () => {
    const entry = record({ text: '', shared: { text: 'Ông Nguyễn Văn Bình bị bắt rồi' } });
    expect(entry.excerpt).toBe(`Ông ${MASK} bị bắt rồi`);
    expect(entry.found).toEqual(['people/named-person']);
  });

  it('masks the text read from a picture with its own findings; a finding elsewhere masks nothing there', () => {
    const entry = record({
      text: ' ',
      images: [{ text: 'Vịnh Hạ Long' }, { text: 'Hồ sơ Nguyễn Văn Bình' }],
    });
    expect(entry.excerpt).toBe('Vịnh Hạ Long');
    const second = record({ text: '', images: [{ text: 'Hồ sơ Nguyễn Văn Bình, SĐT 0912345678' }] });
    expect(second.excerpt).toBe(`Hồ sơ ${MASK}, SĐT ${MASK}`);
    // The typed text comes first, masked with the typed text's findings only.
    const typed = record({ text: 'Gửi anh Nguyễn Văn Bình', images: [{ text: 'Nguyễn Văn Bình' }] });
    expect(typed.excerpt).toBe(`Gửi anh ${MASK}`);
  });
});

describe('masks', () => {
  it('merge overlapping spans and leave the rest of the text alone', () => {
    const f = (start: number, end: number, category = 'personal-data') =>
      ({ start, end, category }) as Parameters<typeof maskFindings>[1][number];
    expect(maskFindings('abcdefghij', [f(2, 5), f(4, 7), f(8, 9, 'tone')])).toBe(`ab${MASK}hij`);
    expect(maskPersonalNumbers('Số: 12/QĐ-UBND ngày 20/11/2024, 3 người')).toBe(
      'Số: 12/QĐ-UBND ngày 20/11/2024, 3 người',
    );
  });
});
