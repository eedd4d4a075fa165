import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_PATTERNS as LISTED_PATTERNS } from './accepted-patterns';
import { ACCEPTED_PATTERNS, REFUSED_PATTERNS } from './pattern-safety-table';
import { checkPatternSafety, patternCost, propertySpellings } from './regex-safety';

// How long each of these takes the engine is measured outside the unit tests: `npm run bench -- regex`.

const RULES = join(__dirname, '../../rules');

/** Every pattern of the built-in packs (rules/<id>/pack.yaml). */
function builtInPatterns(): Array<[id: string, pattern: string, flags: string]> {
  const out: Array<[string, string, string]> = [];
  for (const dir of readdirSync(RULES)) {
    let text: string;
    try {
      text = readFileSync(join(RULES, dir, 'pack.yaml'), 'utf8');
    } catch {
      continue;
    }
    const pack = parse(text) as {
      rules: Array<{ id: string; kind: string; pattern?: string; flags?: string }>;
    };
    for (const rule of pack.rules) {
      if (rule.kind === 'pattern' && rule.pattern)
        out.push([`${dir}/${rule.id}`, rule.pattern, rule.flags ?? '']);
    }
  }
  return out;
}

describe('checkPatternSafety', () => {
  it.each(REFUSED_PATTERNS.map((c) => [c.pattern, c.flags, c.why!] as const))(
    'refuses %s (flags "%s")',
    (pattern, flags, why) => {
      expect(checkPatternSafety(pattern, flags)).toMatch(why);
    },
  );

  it.each(ACCEPTED_PATTERNS.map((c) => [c.pattern, c.flags] as const))(
    'accepts %s (flags "%s")',
    (pattern, flags) => {
      expect(checkPatternSafety(pattern, flags)).toBeNull();
    },
  );

  // A built-in pattern in accepted-patterns.ts is proved by accepted-patterns.test.ts (seconds each for the
  // longest): proving it here again would double that in every run. Any other built-in pattern is proved here.
  const listed = new Set(LISTED_PATTERNS.map((p) => `${p.flags}\u0000${p.pattern}`));
  it.each(builtInPatterns())(
    'proves the built-in pattern %s cheap',
    (_id, pattern, flags) => {
      const nfc = pattern.normalize('NFC');
      if (listed.has(`${flags}\u0000${nfc}`)) return;
      // patternCost, not checkPatternSafety: the latter trusts accepted-patterns.ts for built-in patterns.
      expect(patternCost(nfc, flags)).toMatchObject({ ok: true });
    },
    // The longest built-in patterns take seconds to analyse (accepted-patterns.test.ts); a loaded runner
    // must not fail them on Vitest's 5 s default.
    60_000,
  );

  it('names the part at fault, a text that shows it, and how to rewrite it', () => {
    const message = checkPatternSafety('[a-z]+x', '')!;
    expect(message).toContain('"[a-z]+"');
    expect(message).toMatch(/on a text such as "aaaa/);
    expect(message).toContain('(?<![a-z])[a-z]+x');
  });

  it('names an unbounded lookaround', () => {
    expect(checkPatternSafety('(?<=a.*)b', '')).toContain('"(?<=a.*)"');
  });

  it('counts what the engine sees: white space runs are collapsed, so "[ \\t]*" reads one space at most', () => {
    expect(checkPatternSafety('^[ \\t]*S[ốoô][ \\t]*:?[ \\t]*\\d*[ \\t]*\\/', 'm')).toBeNull();
  });
});

describe('propertySpellings', () => {
  it('lists each \\p{…} and \\P{…} spelling', () => {
    expect(propertySpellings('\\p{L}[\\P{Lu}\\p{Script=Latin}]')).toEqual(['L', 'Lu', 'Script=Latin']);
  });
});
