import { journalEntryFromCheck } from '../journal/journal-entry-from-check';
import type { SiteId } from '../sites';
import type { DecisionEntry, GuardPress } from './guard-types';
import type { AskedPress } from './press-check';

/**
 * The journal's record of one answer at the dialog: built by the journal's one builder (personal data masked
 * before the excerpt is cut, the links that need a look), plus the guard's own fields — never the draft.
 */
export function decisionEntry(
  where: { host: string; siteId: SiteId; at: number },
  press: GuardPress,
  asked: AskedPress,
  decision: DecisionEntry['decision'],
): DecisionEntry {
  const { result, draft } = asked;
  const entry = journalEntryFromCheck({ result, draft, site: where.host, origin: 'guard', decision });
  return {
    ...entry,
    at: where.at,
    site: where.host,
    siteId: where.siteId,
    origin: 'guard',
    surface: press.surface,
    decision,
    linkVerdicts: result.links.map((l) => l.verdict),
  };
}
