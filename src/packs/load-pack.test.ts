import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPack, MAX_PACK_BYTES } from './load-pack';
import { formatPackError, type PackError } from './pack-error';

const demoYaml = readFileSync(new URL('./fixtures/demo-pack.yaml', import.meta.url), 'utf8');

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'secrecy-stamp',
  kind: 'phrase',
  category: 'internal-document',
  question: 'source',
  severity: 'critical',
  phrases: ['TỐI MẬT'],
  message: { vi: 'Có dấu mật', en: 'A secrecy stamp' },
  examples: { flag: ['TỐI MẬT'], pass: ['bí mật'] },
  ...over,
});
const group = (over: Record<string, unknown> = {}) => ({
  reach: 1,
  severity: 'warning',
  category: 'unverified-claim',
  question: 'source',
  message: { vi: 'Có dấu hiệu tin đồn', en: 'Signs of a rumour' },
  ...over,
});
const pack = (rules: unknown[], over: Record<string, unknown> = {}) => ({
  pack: 'vn-x',
  version: '1.0.0',
  name: { vi: 'Thử', en: 'Test' },
  rules,
  ...over,
});

function errorsOf(source: string, format?: 'yaml' | 'json'): PackError[] {
  const result = loadPack(source, format ? { format } : {});
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors;
}
const formatted = (source: string, format?: 'yaml' | 'json') =>
  errorsOf(source, format).map((e) => formatPackError(e));

describe('loadPack', () => {
  it('loads and compiles the demo pack, mapping author spellings to the engine form', () => {
    const result = loadPack(demoYaml, { file: 'demo-pack.yaml' });
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e)).join('\n'));
    const { compiled } = result;
    expect(compiled.id).toBe('demo-fixture');
    expect(compiled.questions).toEqual([
      {
        id: 'date-check',
        text: { vi: 'Thông tin này có còn mới không?', en: 'Is this information still current?' },
      },
    ]);
    const stamp = compiled.rules.find((r) => r.id === 'secrecy-stamp');
    expect(stamp).toMatchObject({
      kind: 'phrase',
      match: 'exact',
      wholeLine: true,
      upperCaseOnly: false,
      weight: 1,
    });
    expect(compiled.rules.find((r) => r.id === 'kinh-gui')).toMatchObject({ match: 'case', weight: 0.5 });
    expect(compiled.rules.find((r) => r.id === 'document-number')).toMatchObject({ flags: '', fold: false });
    expect(compiled.rules.find((r) => r.id === 'accusation-near-office')).toMatchObject({
      match: 'fold',
      window: 6,
    });
    expect(compiled.rules.find((r) => r.id === 'exclamations')).toMatchObject({ threshold: 3, minWords: 0 });
    expect(compiled.rules.find((r) => r.id === 'links')).toMatchObject({
      known: [],
      report: { shortener: 'warning', lookalike: 'critical' },
    });
    expect(JSON.stringify(compiled)).not.toContain('examples');
  });

  it('reads the same pack from JSON', () => {
    const fromYaml = loadPack(demoYaml, { format: 'yaml' });
    if (!fromYaml.ok) throw new Error('demo pack invalid');
    const fromJson = loadPack(JSON.stringify(fromYaml.pack, null, 2), { file: 'x.json' });
    expect(fromJson.ok && fromJson.compiled).toEqual(fromYaml.compiled);
  });

  it('ignores a leading byte-order mark in YAML and JSON', () => {
    expect(loadPack(`\uFEFF${demoYaml}`).ok).toBe(true);
    const fromYaml = loadPack(demoYaml);
    if (!fromYaml.ok) throw new Error('demo pack invalid');
    expect(loadPack(`\uFEFF${JSON.stringify(fromYaml.pack)}`, { format: 'json' }).ok).toBe(true);
  });

  it('names pack, rule, field and YAML line of a missing vi message', () => {
    const source = stringify(pack([rule({ message: { en: 'A secrecy stamp' } })]));
    const [error] = errorsOf(source);
    const line = source.split('\n').findIndex((l) => l.includes('message:')) + 1;
    expect(error).toEqual({
      packId: 'vn-x',
      ruleId: 'secrecy-stamp',
      field: 'message.vi',
      line,
      message: 'required',
    });
    expect(formatPackError(error!)).toBe(
      `vn-x: rule "secrecy-stamp", field "message.vi" (line ${line}): required`,
    );
  });

  it('gives the line of a JSON pack field too', () => {
    const source = JSON.stringify(pack([rule({ severity: 'fatal' })]), null, 2);
    const [error] = errorsOf(source, 'json');
    expect(error?.line).toBe(source.split('\n').findIndex((l) => l.includes('"fatal"')) + 1);
    expect(error?.message).toMatch(/must be one of "info", "warning", "critical"/);
  });

  it.each<[string, unknown, RegExp]>([
    ['duplicate rule ids', pack([rule(), rule()]), /rule "secrecy-stamp", field "id".*duplicate rule id/],
    ['an unknown kind', pack([rule({ kind: 'magic' })]), /field "kind".*unknown kind "magic"/],
    ['an unknown field', pack([rule({ phrase: ['x'] })]), /field "phrase".*unknown field/],
    ['an unknown pack field', pack([rule()], { extra: 1 }), /field "extra".*unknown field/],
    ['a missing en text', pack([rule({ message: { vi: 'x' } })]), /field "message.en".*required/],
    [
      'an empty vi text',
      pack([rule({ message: { vi: ' ', en: 'x' } })]),
      /field "message.vi".*must not be empty/,
    ],
    ['no flag examples', pack([rule({ examples: { flag: [], pass: ['x'] } })]), /examples.flag.*must flag/],
    ['no pass examples', pack([rule({ examples: { flag: ['x'] } })]), /examples.pass.*required/],
    ['no examples at all', pack([rule({ examples: undefined })]), /field "examples".*required/],
    ['a bad semver', pack([rule()], { version: '1.0' }), /field "version".*semantic version/],
    ['a non-kebab pack id', pack([rule()], { pack: 'VN_x' }), /field "pack".*kebab-case/],
    ['a non-kebab rule id', pack([rule({ id: 'Secrecy Stamp' })]), /field "id".*kebab-case/],
    ['a zero weight', pack([rule({ weight: 0, group: 'g' })]), /field "weight".*must not be 0/],
    ['a weight below -1', pack([rule({ weight: -2, group: 'g' })]), /field "weight".*at least -1/],
    [
      'a counter-marker outside a declared group',
      pack([rule(), rule({ id: 'b', weight: -0.5, group: 'g' })]),
      /rule "b", field "weight".*counter-marker.*declares/,
    ],
    [
      'a declared group of counter-markers only',
      pack([rule({ weight: -0.5, group: 'rumour' })], { groups: { rumour: group() } }),
      /field "groups.rumour".*no member/,
    ],
    ['a weight above 1', pack([rule({ weight: 1.5 })]), /field "weight".*at most 1/],
    ['a weak rule alone', pack([rule({ weight: 0.5 })]), /field "weight".*needs a group/],
    ['a group that cannot reach 1', pack([rule({ weight: 0.4, group: 'g' })]), /group "g".*0\.4 < 1/],
    ['an unknown category', pack([rule({ category: 'gossip' })]), /field "category".*custom:<kebab-name>/],
    ['an unknown question', pack([rule({ question: 'why' })]), /field "question".*must be one of/],
    [
      'an invalid regex',
      pack([rule({ kind: 'pattern', phrases: undefined, pattern: '(a' })]),
      /field "pattern".*invalid regular expression/,
    ],
    [
      'a catastrophic regex',
      pack([rule({ kind: 'pattern', phrases: undefined, pattern: '(a+)+$' })]),
      /rule "secrecy-stamp", field "pattern".*nested quantifier/,
    ],
    [
      'bad pattern flags',
      pack([rule({ kind: 'pattern', phrases: undefined, pattern: 'a', flags: 'gi' })]),
      /field "flags"/,
    ],
    [
      'a caps-ratio signal without threshold',
      pack([rule({ kind: 'signal', phrases: undefined, signal: 'caps-ratio' })]),
      /field "threshold".*caps-ratio/,
    ],
    [
      'a bad host',
      pack([rule({ kind: 'domain', phrases: undefined, official: ['https://x.vn/'] })]),
      /field "official\[0\]".*host name/,
    ],
    [
      'a question that shadows a built-in one',
      pack([rule()], { questions: [{ id: 'source', text: { vi: 'a', en: 'b' } }] }),
      /field "questions\[0\].id".*built-in/,
    ],
    ['no rules', pack([]), /field "rules".*at least one rule/],
    [
      'an unknown group field',
      pack([rule({ group: 'rumour' })], { groups: { rumour: group({ threshold: 2 }) } }),
      /field "groups.rumour.threshold".*unknown field/,
    ],
    [
      'a group without a severity',
      pack([rule({ group: 'rumour' })], { groups: { rumour: group({ severity: undefined }) } }),
      /field "groups.rumour.severity".*required/,
    ],
    [
      'a non-kebab group id',
      pack([rule({ group: 'rumour' })], { groups: { Rumour: group() } }),
      /field "groups.Rumour".*kebab-case/,
    ],
    [
      'a zero reach',
      pack([rule({ group: 'rumour' })], { groups: { rumour: group({ reach: 0 }) } }),
      /field "groups.rumour.reach".*above 0/,
    ],
    [
      'a declared group whose members can never reach it',
      pack([rule({ weight: 0.5, group: 'rumour' }), rule({ id: 'b', weight: 0.25, group: 'rumour' })], {
        groups: { rumour: group({ reach: 1 }) },
      }),
      /field "groups.rumour.reach".*2 member rule\(s\) of group "rumour" add up to 0\.75 < reach 1, so it can never report/,
    ],
    [
      'a declared group no rule belongs to',
      pack([rule()], { groups: { rumour: group() } }),
      /field "groups.rumour".*no member: no rule says "group: rumour"/,
    ],
    [
      'a group named like a rule',
      pack([rule({ group: 'secrecy-stamp' })], { groups: { 'secrecy-stamp': group() } }),
      /field "groups.secrecy-stamp".*id of rule #1/,
    ],
    [
      'a misspelt group next to declared ones',
      pack([rule({ group: 'rumour' }), rule({ id: 'b', weight: 0.5, group: 'rumor' })], {
        groups: { rumour: group() },
      }),
      /rule "b", field "group".*not among the groups the pack declares: rumour/,
    ],
    [
      'group examples without a pass list',
      pack([rule({ group: 'rumour' })], { groups: { rumour: group({ examples: { flag: ['x'] } }) } }),
      /field "groups.rumour.examples.pass".*required/,
    ],
  ])('rejects %s', (_name, data, expected) => {
    const lines = formatted(stringify(data));
    expect(lines.join('\n')).toMatch(expected);
  });

  it('compiles declared groups to plain data (reach defaults to 1, examples dropped); no groups, no field', () => {
    const source = stringify(
      pack([rule({ weight: 0.5, group: 'rumour' }), rule({ id: 'b', weight: 0.5, group: 'rumour' })], {
        groups: {
          rumour: group({
            reach: undefined,
            reference: 'QĐ 874',
            examples: { flag: ['TỐI MẬT'], pass: ['x'] },
          }),
        },
      }),
    );
    const result = loadPack(source);
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e)).join('\n'));
    expect(result.compiled.groups).toEqual([
      {
        id: 'rumour',
        reach: 1,
        severity: 'warning',
        category: 'unverified-claim',
        question: 'source',
        message: { vi: 'Có dấu hiệu tin đồn', en: 'Signs of a rumour' },
        reference: 'QĐ 874',
      },
    ]);
    expect(JSON.parse(JSON.stringify(result.compiled))).toEqual(result.compiled);
    const old = loadPack(stringify(pack([rule()])));
    expect(old.ok && 'groups' in old.compiled).toBe(false);
  });

  it('accepts a counter-marker in a declared group; its weight never helps the group reach', () => {
    const ok = loadPack(
      stringify(
        pack([rule({ group: 'rumour' }), rule({ id: 'denial', weight: -1, group: 'rumour' })], {
          groups: { rumour: group() },
        }),
      ),
    );
    expect(ok.ok && ok.compiled.rules.map((r) => r.weight)).toEqual([1, -1]);
    const short = formatted(
      stringify(
        pack([rule({ weight: 0.75, group: 'rumour' }), rule({ id: 'denial', weight: -1, group: 'rumour' })], {
          groups: { rumour: group() },
        }),
      ),
    );
    expect(short.join('\n')).toMatch(/1 member rule\(s\) of group "rumour" add up to 0\.75 < reach 1/);
  });

  it('lists every error at once, duplicates included, in line order', () => {
    const errors = errorsOf(stringify(pack([rule({ message: { vi: 'x' } }), rule({ severity: 'loud' })])));
    expect(errors.map((e) => e.message)).toEqual([
      'required',
      expect.stringMatching(/duplicate rule id/),
      expect.stringMatching(/must be one of/),
    ]);
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a! - b!));
  });

  it('names a rule without an id by its position', () => {
    expect(formatted(stringify(pack([rule({ id: undefined })])))[0]).toBe(
      'vn-x: rule "#1", field "id" (line 7): required',
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const [error] = errorsOf('pack: x\nrules: [\n  - a: b\n  bad: : :\n');
    expect(error?.message).toMatch(/^invalid YAML/);
    expect(error?.line).toBeGreaterThan(1);
  });

  it('rejects duplicate YAML keys', () => {
    expect(formatted('pack: a\npack: b\n')[0]).toMatch(/invalid YAML.*(duplicate|unique)/i);
  });

  it('reports invalid JSON', () => {
    expect(formatted('{"pack": "x",,}', 'json')[0]).toMatch(/invalid JSON/);
  });

  it('refuses a source above 1 MB with a clear message', () => {
    const big = `# ${'x'.repeat(MAX_PACK_BYTES)}\n${demoYaml}`;
    expect(formatted(big)).toEqual([
      expect.stringMatching(/pack is too large: \d+ bytes, the limit is 1048576/),
    ]);
  });

  it('caps YAML aliases (billion laughs)', () => {
    const lol = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lol.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(9)
          .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
          .join(',')}]`,
      );
    expect(formatted(lol.join('\n'))[0]).toMatch(/invalid YAML/);
  });
});

describe('formatPackError', () => {
  it('puts the file first when given', () => {
    expect(formatPackError({ packId: 'p', ruleId: 'r', field: 'f', line: 3, message: 'bad' }, 'a.yaml')).toBe(
      'a.yaml: p: rule "r", field "f" (line 3): bad',
    );
    expect(formatPackError({ message: 'pack is too large' }, 'a.yaml')).toBe('a.yaml: pack is too large');
    expect(formatPackError({ message: 'pack is too large' })).toBe('pack: pack is too large');
  });
});

describe('fold patterns', () => {
  const patternPack = (pattern: string, flags?: string) =>
    stringify(
      pack([rule({ kind: 'pattern', phrases: undefined, pattern, fold: true, ...(flags ? { flags } : {}) })]),
    );
  it('rejects letters that folded text never contains', () => {
    expect(formatted(patternPack('nghe nói'))[0]).toMatch(/"ó" can never match: write "o"/);
    expect(formatted(patternPack('Số: \\d+'))[0]).toMatch(/"S" can never match: write "s"/);
    expect(formatted(patternPack('đồn'))[0]).toMatch(/"đ" can never match: write "d"/);
  });
  it('accepts folded letters, escapes, and upper case under the i flag', () => {
    expect(loadPack(patternPack('nghe (?:noi|don)\\s+\\D\\p{L}')).ok).toBe(true);
    expect(loadPack(patternPack('NGHE NOI', 'i')).ok).toBe(true);
  });
});

describe('large packs', () => {
  it('loads a 3000-rule JSON pack with 1500 case-insensitive patterns in seconds, not minutes', () => {
    const rules = Array.from({ length: 3000 }, (_, i) =>
      rule({
        id: `r-${i}`,
        ...(i % 2
          ? { kind: 'pattern', phrases: undefined, pattern: `(?:\\p{L}+\\s)+x${i}`, flags: 'i' }
          : {}),
      }),
    );
    const t0 = performance.now();
    const result = loadPack(JSON.stringify(pack(rules)), { format: 'json' });
    expect(result.ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
});
