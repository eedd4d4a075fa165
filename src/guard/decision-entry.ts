import type { SiteId } from '../sites';
import type { DecisionEntry, GuardPress } from './guard-types';
import type { AskedPress } from './press-check';

/**
 * The journal's record of one answer at the dialog: a short excerpt of what would have gone out (the journal
 * cuts it further), what was found, and the decision — never the draft itself.
 */
export function decisionEntry(
  where: { host: string; siteId: SiteId; at: number },
  press: GuardPress,
  asked: AskedPress,
  decision: DecisionEntry['decision'],
): DecisionEntry {
  const { result, draft } = asked;
  const source = draft.text.trim() || draft.shared?.text?.trim() || draft.links?.[0] || '';
  return {
    at: where.at,
    site: where.host,
    siteId: where.siteId,
    origin: 'guard',
    surface: press.surface,
    decision,
    verdict: result.verdict,
    excerpt: source.replace(/\s+/g, ' ').slice(0, 80),
    found: [
      ...result.findings.map((f) => `${f.packId}/${f.ruleId}`),
      ...result.links.map((l) => `link:${l.verdict}:${l.domain}`),
    ],
    linkVerdicts: result.links.map((l) => l.verdict),
  };
}
