import type { Verdict } from '../engine/types';
import {
  JOURNAL_DECISIONS,
  JOURNAL_ORIGINS,
  type JournalDecision,
  type JournalOrigin,
  type NewJournalEntry,
} from './journal-entry';

/**
 * The journal's commands. The background is the journal's only writer (docs/STORAGE.md): the guard (a
 * content script) and the popup and checklist pages send these, and the background checks each one before
 * anything is stored.
 */
export type JournalMessage =
  | { type: 'wr-journal'; command: 'record'; entry: NewJournalEntry }
  | { type: 'wr-journal'; command: 'amend'; id: string; unclear: string[] }
  | { type: 'wr-journal'; command: 'remove'; id: string }
  | { type: 'wr-journal'; command: 'remove-all' };

/** Who sent a message, as the background knows it from the browser (never from the message). */
export type MessageSender =
  /** The extension's own pages: popup, checklist, options. */
  | { kind: 'page' }
  /** A content script, on the page whose host name this is. */
  | { kind: 'site'; host: string };

/**
 * Whether a message comes from one of the extension's own pages (popup, checklist, options). Only those may
 * command the pack store: content scripts also reach the background, but they live inside facebook.com,
 * tiktok.com and chat.zalo.me, and a compromised page there must not be able to trust a key, subscribe to
 * an address or switch packs off (the background checks `messageSenderOf(…).kind === 'page'`).
 */
export function isFromExtensionPage(
  sender: { id?: string; url?: string },
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)
  );
}

/**
 * Who sent a runtime message: one of the extension's pages, a content script on a site (the host is the
 * frame's, from the browser), or neither (ignored).
 */
export function messageSenderOf(
  sender: { id?: string; url?: string; tab?: unknown },
  extensionId: string,
  extensionOrigin: string,
): MessageSender | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  if (isFromExtensionPage(sender, extensionId, extensionOrigin)) return { kind: 'page' };
  if (!sender.tab) return null;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'https:' ? { kind: 'site', host: url.hostname } : null;
  } catch {
    return null;
  }
}

const VERDICTS: readonly Verdict[] = ['clean', 'review', 'critical'];
// Enough for any real entry; a bigger one is not a real entry (the excerpt is cut to 80 when stored).
const MAX_TEXT = 2_000;
const MAX_LIST = 100;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
const isTextList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_LIST && v.every((item) => isText(item));
const isOneOf = <T extends string>(v: unknown, allowed: readonly T[]): v is T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v);

function readEntry(value: unknown): NewJournalEntry | null {
  if (!isRecord(value)) return null;
  const { id, at, site, origin, excerpt, verdict, found, decision, unclear } = value;
  if (!isText(site, 253) || !isText(excerpt, MAX_TEXT) || !isTextList(found)) return null;
  if (!isOneOf<JournalOrigin>(origin, JOURNAL_ORIGINS) || !isOneOf<Verdict>(verdict, VERDICTS)) return null;
  if (!isOneOf<JournalDecision>(decision, JOURNAL_DECISIONS)) return null;
  if (id !== undefined && !isText(id, 64)) return null;
  if (at !== undefined && !(typeof at === 'number' && Number.isFinite(at))) return null;
  if (unclear !== undefined && !isTextList(unclear)) return null;
  return {
    ...(id !== undefined ? { id } : {}),
    ...(at !== undefined ? { at } : {}),
    site,
    origin,
    excerpt,
    verdict,
    found,
    decision,
    ...(unclear !== undefined ? { unclear } : {}),
  };
}

/**
 * The message, if it is a well-formed journal command this sender may give: a content script may only
 * record the guard's decision on its own site (a compromised page cannot forge another site's history,
 * change or delete entries); the extension's pages record checks made by hand and manage the journal.
 */
export function readJournalMessage(value: unknown, sender: MessageSender): JournalMessage | null {
  if (!isRecord(value) || value.type !== 'wr-journal') return null;
  if (value.command === 'record') {
    const entry = readEntry(value.entry);
    if (!entry) return null;
    if (sender.kind === 'site') {
      const guardDecision = entry.decision === 'edited' || entry.decision === 'posted-anyway';
      if (entry.origin !== 'guard' || !guardDecision || entry.site !== sender.host) return null;
    } else if (entry.origin === 'guard') return null;
    return { type: 'wr-journal', command: 'record', entry };
  }
  if (sender.kind !== 'page') return null;
  if (value.command === 'amend' && isText(value.id, 64) && isTextList(value.unclear)) {
    return { type: 'wr-journal', command: 'amend', id: value.id, unclear: value.unclear };
  }
  if (value.command === 'remove' && isText(value.id, 64)) {
    return { type: 'wr-journal', command: 'remove', id: value.id };
  }
  if (value.command === 'remove-all') return { type: 'wr-journal', command: 'remove-all' };
  return null;
}
