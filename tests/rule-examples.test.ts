// RuleTester for packs (docs/PACK-FORMAT.md: every rule carries examples that must and must not match, run
// as tests). One test case per example, named pack › rule › flag|pass #n, so a failure says exactly which
// example of which rule broke. Examples run with the semantics of src/packs/run-pack-examples.ts: every
// rule standing alone (weight 1, no group), each example judged by its own rule's findings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import { formatPackError, loadPack } from '../src/packs';
import {
  runPackExamples,
  type CheckerFactory,
  type PackExamplesResult,
} from '../src/packs/run-pack-examples';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RULES = join(ROOT, 'rules');
const FIXTURES = join(ROOT, 'src/packs/fixtures');
const BUILT_IN_IDS = [
  'vn-internal-documents',
  'vn-unverified-claims',
  'vn-personal-data',
  'vn-sources',
  'vn-tone',
];

const builtInPackFiles = existsSync(RULES)
  ? readdirSync(RULES, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(RULES, e.name, 'pack.yaml')))
      .map((e) => join(RULES, e.name, 'pack.yaml'))
      .sort()
  : [];
const fixturePackFiles = readdirSync(FIXTURES)
  .filter((name) => /\.ya?ml$|\.json$/.test(name) && !name.startsWith('broken-'))
  .map((name) => join(FIXTURES, name));

function load(file: string) {
  const result = loadPack(readFileSync(file, 'utf8'), { file });
  if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e, file)).join('\n'));
  return result;
}

function short(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…"` : oneLine;
}

/** Declares one test per example of every rule of the pack in `file`. */
function describePack(file: string, engine: CheckerFactory): void {
  let pack: ReturnType<typeof load> | null = null;
  let loadError: unknown = null;
  try {
    pack = load(file);
  } catch (error) {
    loadError = error;
  }
  describe(file.slice(ROOT.length), () => {
    it('is a valid pack', () => {
      if (loadError) throw loadError;
    });
    if (!pack) return;
    const loaded = pack;
    // Run once, on the first test, not while tests are being collected (a filtered run collects everything).
    let result: PackExamplesResult | null = null;
    const outcome = (ruleId: string, expected: 'flag' | 'pass', index: number) => {
      result ??= runPackExamples(loaded.pack, loaded.compiled, engine);
      const found = result.rules
        .find((r) => r.ruleId === ruleId)
        ?.examples.find((e) => e.expected === expected && e.index === index);
      if (!found) throw new Error(`no outcome for ${ruleId} ${expected} #${index}`);
      return found;
    };
    for (const rule of loaded.pack.rules) {
      for (const expected of ['flag', 'pass'] as const) {
        rule.examples[expected].forEach((text, i) => {
          it(`${loaded.compiled.id} › ${rule.id} › ${expected} #${i + 1}: ${short(text)}`, () => {
            const example = outcome(rule.id, expected, i + 1);
            expect(example.error).toBeUndefined();
            if (expected === 'flag') {
              expect(example.findings, 'expected a finding of this rule, got none').not.toHaveLength(0);
            } else {
              expect(
                example.findings.map((f) => `${f.start}-${f.end} ${JSON.stringify(f.excerpt)}`),
                'expected no finding of this rule',
              ).toEqual([]);
            }
          });
        });
      }
    }
  });
}

describe('packs are valid', () => {
  it.each([...fixturePackFiles, ...builtInPackFiles].map((f) => [f.slice(ROOT.length)]))('%s', (file) => {
    load(join(ROOT, file));
  });
});

describe('rule examples', () => {
  const engine: CheckerFactory = createChecker;

  describe('fixture packs (src/packs/fixtures)', () => {
    it('exist, so this suite always has examples to run', () => {
      expect(fixturePackFiles.length).toBeGreaterThan(0);
    });
    for (const file of fixturePackFiles) describePack(file, engine);
  });

  describe('the runner can fail', () => {
    it('reports both wrong examples of src/packs/fixtures/broken-examples.yaml', () => {
      const broken = load(join(FIXTURES, 'broken-examples.yaml'));
      const result = runPackExamples(broken.pack, broken.compiled, engine);
      expect(result.ok).toBe(false);
      expect(result.rules[0]?.examples.map((e) => e.ok)).toEqual([false, false]);
    });
  });

  describe('built-in packs (rules/*/pack.yaml)', () => {
    it(`include ${BUILT_IN_IDS.join(', ')}`, () => {
      const ids = builtInPackFiles.map((f) => load(f).compiled.id);
      expect(ids).toEqual(expect.arrayContaining(BUILT_IN_IDS));
    });
    for (const file of builtInPackFiles) describePack(file, engine);
  });
});
