// The YAML examples of docs/PACK-FORMAT.md are what pack authors copy, so each must still load: a rule
// example (a block starting `- id:`) with the fields it leaves out filled in, and the `dates:`/`portals:`
// example inside a domain rule. A field renamed in the schema but not in the reference fails here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPackError, loadPack } from '../src/packs';

const reference = readFileSync(new URL('../docs/PACK-FORMAT.md', import.meta.url), 'utf8');
const blocks = [...reference.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** What an example may leave out to stay short ("# … id, category, question, severity, message, examples"). */
const RULE_DEFAULTS = {
  category: 'source',
  question: 'source',
  severity: 'warning',
  message: { vi: 'Ví dụ.', en: 'Example.' },
  examples: { flag: ['một ví dụ'], pass: ['một văn bản khác'] },
};

function problemsOf(rules: unknown[]): string[] {
  const pack = { pack: 'format-example', version: '1.0.0', name: { vi: 'Ví dụ', en: 'Example' }, rules };
  const result = loadPack(JSON.stringify(pack), { file: 'docs/PACK-FORMAT.md' });
  return result.ok ? [] : result.errors.map((error) => formatPackError(error));
}

describe('docs/PACK-FORMAT.md', () => {
  const ruleBlocks = blocks.filter((block) => block.startsWith('- id:'));
  const sourceData = blocks.filter((block) => block.startsWith('dates:'));

  it('has an example of every rule kind', () => {
    const kinds = ruleBlocks.map((block) => (parse(block) as { kind: string }[])[0]?.kind);
    expect(new Set(kinds)).toEqual(new Set(['phrase', 'pattern', 'near', 'domain', 'signal']));
    expect(sourceData).toHaveLength(1);
  });

  it.each(ruleBlocks.map((block) => [block.split('\n')[0]!, block]))('%s loads', (_, block) => {
    const [rule] = parse(block) as Record<string, unknown>[];
    // `group` names a group of one rule: fine for a rule of weight 1.
    expect(problemsOf([{ ...RULE_DEFAULTS, ...rule }])).toEqual([]);
  });

  it('dates and portals load inside a domain rule', () => {
    const data = parse(sourceData[0]!) as Record<string, unknown>;
    const rule = { ...RULE_DEFAULTS, id: 'sources', kind: 'domain', known: ['tuoitre.vn'], ...data };
    expect(problemsOf([rule])).toEqual([]);
  });
});
