import type { Verdict } from '../engine/types';
import { maskPersonalNumbers } from './personal-data-mask';

/** What the person did after a check. */
export type JournalDecision = 'edited' | 'posted-anyway' | 'checked-by-hand';
export const JOURNAL_DECISIONS: readonly JournalDecision[] = ['edited', 'posted-anyway', 'checked-by-hand'];

/** Where the check happened: the guard on a site, or by hand in the popup or the checklist page. */
export type JournalOrigin = 'guard' | 'popup' | 'checklist';
export const JOURNAL_ORIGINS: readonly JournalOrigin[] = ['guard', 'popup', 'checklist'];

/**
 * One check in the person's private journal. It lives only in this browser (storage.local); it keeps a
 * short excerpt, not the draft, so the journal is a reminder rather than a copy of what was written.
 */
export interface JournalEntry {
  id: string;
  /** ms since epoch. */
  at: number;
  /** The site's host name (e.g. www.facebook.com), or empty for text pasted by hand. */
  site: string;
  origin: JournalOrigin;
  excerpt: string;
  verdict: Verdict;
  /** What the rules found, as `packId/ruleId`, plus link verdicts as `link:<verdict>:<domain>`. */
  found: string[];
  decision: JournalDecision;
  /** Questions the person left unclear (manual checks), by id. */
  unclear: string[];
}

/** What a caller gives: id and time are filled in when missing. */
export type NewJournalEntry = Omit<JournalEntry, 'id' | 'at' | 'unclear'> &
  Partial<Pick<JournalEntry, 'id' | 'at' | 'unclear'>>;

export const EXCERPT_LENGTH = 80;

/** A short, single-line excerpt: enough to recognise the post later, not enough to rebuild it. */
export function shortExcerpt(text: string, length = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  // Cut on a code point boundary so a surrogate pair (an emoji) is never split in half.
  return `${Array.from(line)
    .slice(0, length - 1)
    .join('')}…`;
}

export function newEntryId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/**
 * The entry as stored: only the journal's own fields (a caller may pass a richer object, e.g. the guard's
 * decision with its surface), the excerpt masked once more (long numbers, e-mail addresses: whoever built
 * it, see journal-entry-from-check.ts) and cut short, id and time filled in.
 */
export function completeEntry(entry: NewJournalEntry, now: number, random?: () => number): JournalEntry {
  return {
    id: entry.id ?? newEntryId(now, random),
    at: entry.at ?? now,
    site: entry.site,
    origin: entry.origin,
    excerpt: shortExcerpt(maskPersonalNumbers(entry.excerpt)),
    verdict: entry.verdict,
    found: [...entry.found],
    decision: entry.decision,
    unclear: entry.unclear ? [...entry.unclear] : [],
  };
}

/** Newest first, capped: the journal is a recent history, not an archive that grows without end. */
export const JOURNAL_LIMIT = 500;

export function addEntry(
  entries: readonly JournalEntry[],
  entry: JournalEntry,
  limit = JOURNAL_LIMIT,
): JournalEntry[] {
  return [entry, ...entries.filter((existing) => existing.id !== entry.id)].slice(0, limit);
}

export function updateEntry(
  entries: readonly JournalEntry[],
  id: string,
  patch: Partial<Omit<JournalEntry, 'id'>>,
): JournalEntry[] {
  return entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry));
}

export function removeEntry(entries: readonly JournalEntry[], id: string): JournalEntry[] {
  return entries.filter((entry) => entry.id !== id);
}
