import { describe, expect, it } from 'vitest';
import { lateralReading, MAJOR_PRESS } from './lateral-reading';

const query = (href: string) => new URL(href).searchParams.get('q');

describe('lateralReading', () => {
  it('puts the named body’s portal first, then tingia.gov.vn, then the major press', () => {
    const actions = lateralReading({
      text: 'Bộ Y tế vừa cấm bán thuốc hạ sốt! Chia sẻ ngay',
      links: [],
      portals: [{ host: 'moh.gov.vn', name: { vi: 'Bộ Y tế', en: 'the Ministry of Health' } }],
    });
    expect(actions.map((a) => [a.kind, a.question])).toEqual([
      ['portal', 'source'],
      ['tingia', 'intent'],
      ['press', 'source'],
    ]);
    expect(query(actions[0]!.href)).toBe('Bộ Y tế vừa cấm bán thuốc hạ sốt site:moh.gov.vn');
    expect(actions[0]!.label.vi).toContain('Bộ Y tế (moh.gov.vn)');
    expect(query(actions[1]!.href)).toBe('Bộ Y tế vừa cấm bán thuốc hạ sốt site:tingia.gov.vn');
    for (const host of MAJOR_PRESS) expect(query(actions[2]!.href)).toContain(`site:${host}`);
    // Every address is a plain https search: opening it is the person's click, nothing before.
    for (const action of actions)
      expect(action.href.startsWith('https://www.google.com/search?q=')).toBe(true);
  });

  it('searches the shared article’s headline when the draft has no words of its own', () => {
    const actions = lateralReading({
      text: 'https://tuoitre.vn/nguoi-mau-nhikolai-dinh-bi-bat-20240625230004986.htm',
      links: [
        {
          url: 'https://tuoitre.vn/nguoi-mau-nhikolai-dinh-bi-bat-20240625230004986.htm',
          domain: 'tuoitre.vn',
          verdict: 'known',
        },
      ],
    });
    expect(actions.map((a) => a.kind)).toEqual(['tingia', 'press']);
    expect(query(actions[0]!.href)).toBe('nguoi mau nhikolai dinh bi bat site:tingia.gov.vn');
  });

  it('offers nothing when there is nothing to search for', () => {
    expect(lateralReading({ text: 'https://bit.ly/3x', links: [] })).toEqual([]);
  });
});
