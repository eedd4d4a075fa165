import type { CompiledGroup, CompiledPack, CompiledRule, LocalizedText } from '../engine/types';
import type { GroupSource, PackSource, RuleSource } from './schema';
import { compileSourceData } from './compile-source-data';
import { requiredLiterals } from './pattern-literals';

const MATCH = { exact: 'exact', ignore: 'case', fold: 'fold' } as const;

/**
 * The authoring form to the engine's plain-JSON form (src/engine/types.ts): defaults filled in, author
 * spellings mapped (`case: ignore` → `match: 'case'`, `line` → `wholeLine`, `min-words` → `minWords`),
 * declared groups turned from a map into a list (`reach` defaulting to 1), examples dropped. Expects a source that passed `packSchema`.
 */
export function compilePack(source: PackSource): CompiledPack {
  return {
    id: source.pack,
    version: source.version,
    name: text(source.name),
    ...(source.publisher !== undefined ? { publisher: source.publisher } : {}),
    rules: source.rules.map(compileRule),
    // Only when declared: a pack without groups compiles exactly as before groups existed.
    ...(source.groups !== undefined && Object.keys(source.groups).length > 0
      ? { groups: Object.entries(source.groups).map(([id, group]) => compileGroup(id, group)) }
      : {}),
    questions: (source.questions ?? []).map((q) => ({ id: q.id, text: text(q.text) })),
  };
}

function text(t: { vi: string; en: string }): LocalizedText {
  return { vi: t.vi, en: t.en };
}

export function compileGroup(id: string, group: GroupSource): CompiledGroup {
  return {
    id,
    reach: group.reach ?? 1,
    severity: group.severity,
    category: group.category,
    question: group.question,
    message: text(group.message),
    ...(group.reference !== undefined ? { reference: group.reference } : {}),
  };
}

export function compileRule(rule: RuleSource): CompiledRule {
  const base = {
    id: rule.id,
    category: rule.category,
    question: rule.question,
    severity: rule.severity,
    message: text(rule.message),
    ...(rule.reference !== undefined ? { reference: rule.reference } : {}),
    weight: rule.weight ?? 1,
    ...(rule.group !== undefined ? { group: rule.group } : {}),
  };
  switch (rule.kind) {
    case 'phrase':
      return {
        ...base,
        kind: 'phrase',
        phrases: [...rule.phrases],
        match: MATCH[rule.case ?? 'fold'],
        wholeLine: rule.line ?? false,
        upperCaseOnly: rule.upper ?? false,
      };
    case 'pattern': {
      // Case-insensitive literals are only sound on the folded text (pattern-literals.ts).
      const caseless = (rule.flags ?? '').includes('i');
      const literals = !caseless || rule.fold ? requiredLiterals(rule.pattern, rule.flags ?? '') : undefined;
      return {
        ...base,
        kind: 'pattern',
        pattern: rule.pattern,
        flags: rule.flags ?? '',
        fold: rule.fold ?? false,
        ...(literals ? { literals } : {}),
      };
    }
    case 'domain': {
      const report = Object.fromEntries(Object.entries(rule.report ?? {}).filter(([, s]) => s !== undefined));
      return {
        ...base,
        kind: 'domain',
        official: [...(rule.official ?? [])],
        known: [...(rule.known ?? [])],
        shorteners: [...(rule.shorteners ?? [])],
        flagged: [...(rule.flagged ?? [])],
        protect: [...(rule.protect ?? [])],
        report,
        ...compileSourceData(rule),
      };
    }
    case 'near':
      return {
        ...base,
        kind: 'near',
        a: [...rule.a],
        b: [...rule.b],
        window: rule.window,
        match: MATCH[rule.case ?? 'fold'],
      };
    case 'signal':
      return {
        ...base,
        kind: 'signal',
        signal: rule.signal,
        threshold: rule.threshold ?? 0,
        minWords: rule['min-words'] ?? 0,
      };
  }
}
