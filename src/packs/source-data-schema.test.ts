import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack';
import { formatPackError } from './pack-error';

const domainRule = (over: Record<string, unknown>) => ({
  id: 'outlets',
  kind: 'domain',
  category: 'source',
  question: 'source',
  severity: 'warning',
  known: ['news.example'],
  message: { vi: 'Nguồn', en: 'Source' },
  examples: { flag: ['x'], pass: ['y'] },
  ...over,
});
const load = (rule: object) =>
  loadPack(JSON.stringify({ pack: 'x', version: '1.0.0', name: { vi: 'X', en: 'X' }, rules: [rule] }), {
    format: 'json',
  });
const errors = (rule: object) => {
  const result = load(rule);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors.map((e) => formatPackError(e));
};

const date = {
  hosts: ['News.Example'],
  pattern: '-(\\d{4})(\\d{2})(\\d{2})\\d{9}\\.htm$',
  year: 1,
  month: 2,
  day: 3,
};
const portal = { host: 'moh.gov.vn', name: { vi: 'Bộ Y tế', en: 'Ministry of Health' }, names: ['Bộ Y tế'] };

describe('a domain rule’s dates and portals', () => {
  it('compile to the engine form (hosts lower-cased)', () => {
    const result = load(domainRule({ dates: [date], portals: [portal] }));
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e)).join('\n'));
    expect(result.compiled.rules[0]).toMatchObject({
      dates: [{ ...date, hosts: ['news.example'] }],
      portals: [portal],
    });
  });

  it('name the field that is wrong', () => {
    expect(errors(domainRule({ dates: [{ ...date, day: 4 }] })).join('\n')).toMatch(
      /rule "outlets", field "dates\[0\]\.day".*group 4, but the pattern has 3 capture groups/,
    );
    expect(errors(domainRule({ dates: [{ ...date, month: 1 }] })).join('\n')).toMatch(
      /dates\[0\]\.month.*group 1 is already used/,
    );
    expect(errors(domainRule({ dates: [{ ...date, pattern: '(\\d{4' }] })).join('\n')).toMatch(
      /dates\[0\]\.pattern.*not a valid regular expression/,
    );
    expect(errors(domainRule({ dates: [{ ...date, pattern: '(\\d+)+x' }] })).join('\n')).toMatch(
      /dates\[0\]\.pattern/,
    );
    expect(errors(domainRule({ portals: [{ ...portal, names: [] }] })).join('\n')).toMatch(
      /portals\[0\]\.names.*at least one name/,
    );
    expect(errors(domainRule({ portals: [{ ...portal, host: 'not a host' }] })).join('\n')).toMatch(
      /portals\[0\]\.host.*host name/,
    );
  });
});
