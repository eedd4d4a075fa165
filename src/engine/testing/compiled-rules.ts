import type { CompiledPack, CompiledPhraseRule, CompiledRule } from '../types';

// Small compiled packs for the tests of what sits on the engine (the journal, the checklist, image reading),
// written as the pack compiler would leave them, so a test states only the rule's point: its id, phrases
// and what differs from an everyday folded phrase rule.

/** A compiled phrase rule: a folded `warning` of category internal-document on question `source`, unless said. */
export function phraseRule(
  id: string,
  phrases: string[],
  extra: Partial<CompiledPhraseRule> = {},
): CompiledPhraseRule {
  return {
    id,
    kind: 'phrase',
    category: 'internal-document',
    question: 'source',
    severity: 'warning',
    weight: 1,
    phrases,
    match: 'fold',
    wholeLine: false,
    upperCaseOnly: false,
    message: { vi: `Quy tắc ${id}.`, en: `Rule ${id}.` },
    ...extra,
  };
}

/** The stamp rule as the built-in pack has it: capitals, whole line, exact spelling, critical. */
export function stampRule(phrases: string[] = ['TỐI MẬT']): CompiledPhraseRule {
  return phraseRule('secrecy-stamp', phrases, {
    severity: 'critical',
    match: 'exact',
    wholeLine: true,
    upperCaseOnly: true,
    message: { vi: 'Có dấu độ mật.', en: 'A secrecy stamp.' },
  });
}

/** A person's name as personal data (a `warning` on question `harm`). */
export function namedPersonRule(name = 'Nguyễn Văn Bình'): CompiledPhraseRule {
  return phraseRule('named-person', [name], {
    category: 'personal-data',
    question: 'harm',
    message: { vi: 'Có tên người.', en: 'A person is named.' },
  });
}

/** A compiled pack holding `rules`. */
export function compiledPack(id: string, rules: CompiledRule[]): CompiledPack {
  return { id, version: '1.0.0', name: { vi: id, en: id }, questions: [], rules };
}
