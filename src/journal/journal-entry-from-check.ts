import type { CheckResult, Draft } from '../engine/types';
import type { JournalDecision, JournalOrigin, NewJournalEntry } from './journal-entry';
import { shortExcerpt } from './journal-entry';
import { maskFindings, maskPersonalNumbers } from './personal-data-mask';

export interface CheckToRecord {
  result: CheckResult;
  /** The draft as it was checked (the findings' offsets point into its text). */
  draft: Draft;
  /** The page's host name, or '' for text pasted by hand. */
  site: string;
  origin: JournalOrigin;
  decision: JournalDecision;
  at?: number;
  /** To replace an entry (the same text checked again by hand). */
  id?: string;
  unclear?: string[];
}

/**
 * The one way a check becomes a journal entry, for the guard and the checklist alike: the excerpt is cut
 * from the draft only after every span a `personal-data` finding matched is masked (and, as a safety net,
 * any long number or e-mail address), so the journal never keeps the ID number, phone number or address the
 * extension itself just flagged; `found` names the rules that fired and the links that need a look
 * (official and known sites are not findings).
 */
export function journalEntryFromCheck(check: CheckToRecord): NewJournalEntry {
  const { result, draft } = check;
  const text = draft.text.trim() ? maskFindings(draft.text, result.findings) : '';
  const source =
    text.trim() || draft.shared?.text?.trim() || draft.links?.[0] || draft.attachments?.[0] || '';
  return {
    ...(check.id ? { id: check.id } : {}),
    ...(check.at !== undefined ? { at: check.at } : {}),
    site: check.site,
    origin: check.origin,
    excerpt: shortExcerpt(maskPersonalNumbers(source)),
    verdict: result.verdict,
    found: [
      ...new Set([
        ...result.findings.map((finding) => `${finding.packId}/${finding.ruleId}`),
        ...result.links
          .filter((link) => link.verdict !== 'official' && link.verdict !== 'known')
          .map((link) => `link:${link.verdict}:${link.domain}`),
      ]),
    ],
    decision: check.decision,
    ...(check.unclear ? { unclear: check.unclear } : {}),
  };
}
