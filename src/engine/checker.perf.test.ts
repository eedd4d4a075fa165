// Loose timing guards (the real figures come from `npm run bench -- engine`): generous margins, because CI
// machines are shared and slow, but tight enough to catch a quadratic path or a hang. Each input takes the
// best of three runs. Uses the benchmark's stand-in for the built-in packs (the engine may not import
// src/packs; the bench measures the real ones).
import { describe, expect, it } from 'vitest';
import { inlinePacks, vietnameseText } from '../../tests/bench/engine-fixtures';
import { createChecker } from './checker';

const MB = 1024 * 1024;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function bestOf3(fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('engine timing guards', () => {
  const checker = createChecker(inlinePacks());

  it('a 500-character post takes well under 5 ms', () => {
    const post = vietnameseText(700, 3).slice(0, 500);
    checker.check(post);
    expect(bestOf3(() => checker.check(post))).toBeLessThan(5);
  });

  it('64 KB of Vietnamese text takes under 60 ms', () => {
    const text = vietnameseText(64 * 1024);
    checker.check(text);
    expect(bestOf3(() => checker.check(text))).toBeLessThan(60);
  });

  it.each([
    ['realistic', () => vietnameseText(MB, 5)],
    ['decomposed (NFD)', () => vietnameseText(MB, 6).normalize('NFD')],
    ['a stamp on every line', () => fill('MẬT\n')],
    ['markers everywhere', () => fill('Nghe nói chia sẻ ngay tham nhũng chủ tịch 0912345678 ')],
    ['links everywhere', () => fill('chinhphu-vn.com bit.ly/a http://1.2.3.4 ')],
    ['one long word', () => fill('a')],
    ['dots', () => fill('a.')],
    ['exclamation marks', () => fill('!')],
  ])('1 MB, %s: finishes in under 500 ms (goal 50 ms, see the bench) with capped findings', (_name, make) => {
    const text = make();
    const result = checker.check(text);
    expect(result.findings.length).toBeLessThanOrEqual(2000);
    expect(bestOf3(() => checker.check(text))).toBeLessThan(500);
  });
});
