import { beforeAll, describe, expect, it } from 'vitest';
import { PhraseAutomaton } from './aho-corasick';

let tableLimit: number | undefined;

function all(patterns: string[], text: string): [string, number][] {
  const a = new PhraseAutomaton(patterns, { tableLimit });
  if (tableLimit === 0) expect(a.usesTable).toBe(a.size === 1);
  if (tableLimit === undefined) expect(a.usesTable).toBe(true);
  const out: [string, number][] = [];
  a.scan(text, (p, end) => {
    out.push([patterns[p] as string, end - (a.lengths[p] as number)]);
  });
  return out.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
}

/** Every occurrence by brute force, to compare with. */
function naive(patterns: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  for (const p of new Set(patterns)) {
    if (!p) continue;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([p, i]);
  }
  return out.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
}

describe.each([
  ['complete table', undefined],
  ['root row only', 0],
  ['some rows', 40],
])('PhraseAutomaton (%s)', (_name, limit) => {
  beforeAll(() => {
    tableLimit = limit;
  });

  it('finds overlapping and nested phrases', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(all(patterns, 'ushers')).toEqual(naive(patterns, 'ushers'));
  });

  it('handles Vietnamese (non-Latin-1) characters', () => {
    const patterns = ['mật', 'tối mật', 'tuyệt mật', 'ật'];
    const text = 'tài liệu tối mật và tuyệt mật';
    expect(all(patterns, text)).toEqual(naive(patterns, text));
  });

  it('matches a brute-force search on random inputs', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'abcđê ';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const patterns = Array.from({ length: 1 + rnd(12) }, () => word(1 + rnd(4)));
      const text = word(200);
      expect(all(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('handles characters outside the Latin range and not in any phrase', () => {
    const patterns = ['中文', 'ab', '😀x'];
    const text = 'xx中文ab😀x 中 ab';
    expect(all(patterns, text)).toEqual(naive(patterns, text));
  });

  it('stops when the callback returns false', () => {
    const a = new PhraseAutomaton(['a'], { tableLimit });
    let n = 0;
    a.scan('aaaa', () => ++n < 2);
    expect(n).toBe(2);
  });

  it('copes with no patterns', () => {
    expect(all([], 'text')).toEqual([]);
  });
});
