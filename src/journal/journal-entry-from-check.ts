import type { CheckResult, Draft, FindingPart } from '../engine/types';
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

function samePart(a: FindingPart | undefined, b: FindingPart | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && (a.kind === 'shared' || a.index === (b as { index: number }).index);
}

/**
 * The one way a check becomes a journal entry, for the guard and the checklist alike: the excerpt is cut
 * from the draft only after every span a `personal-data` finding matched is masked (and, as a safety net,
 * any long number or e-mail address) — from the typed text, or else the shared post's text, or else the text
 * read from a picture, each masked with the findings of its own part — so the journal never keeps the ID
 * number, phone number or address the extension itself just flagged; `found` names the rules that fired
 * (in any part) and the links that need a look (official and known sites are not findings).
 */
export function journalEntryFromCheck(check: CheckToRecord): NewJournalEntry {
  const { result, draft } = check;
  // The first part with words in it, each masked with its own findings (their offsets are into that part):
  // the typed text, the shared post, then the text read from each picture.
  const parts: { text: string | undefined; part: FindingPart | undefined }[] = [
    { text: draft.text, part: undefined },
    { text: draft.shared?.text, part: { kind: 'shared' } },
    ...(draft.images ?? []).map((image, index) => ({
      text: image?.text,
      part: { kind: 'image', index } as FindingPart,
    })),
  ];
  const worded = parts.find(({ text }) => typeof text === 'string' && text.trim() !== '');
  const masked = worded
    ? maskFindings(
        worded.text as string,
        result.findings.filter((finding) => samePart(finding.part, worded.part)),
      ).trim()
    : '';
  const source = masked || draft.links?.[0] || draft.attachments?.[0] || '';
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
