// The five seed articles (tests/corpus/seeds/, see its README) are official and advisory texts about rumours
// and leaks: they use the packs' own vocabulary, and must not raise anything the guard would act on.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import { loadBuiltInPacks } from './support/builtin-packs';

const DIR = new URL('./corpus/seeds/', import.meta.url);
const seeds = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const checker = createChecker(loadBuiltInPacks());

describe('seed articles', () => {
  it('are all here', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s raises nothing at warning level', (name) => {
    const text = readFileSync(new URL(name, DIR), 'utf8');
    expect(text.length).toBeGreaterThan(5000);
    const raised = checker
      .check(text)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.packId}/${f.ruleId} ${JSON.stringify(f.excerpt)}`);
    expect(raised).toEqual([]);
  });
});
