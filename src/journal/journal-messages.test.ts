import { describe, expect, it } from 'vitest';
import { isFromExtensionPage, messageSenderOf, readJournalMessage } from './journal-messages';

const ID = 'nilgllhnpihbppacipmkmoomgmilgkjf';
const ORIGIN = `chrome-extension://${ID}/`;
const entry = {
  site: 'www.facebook.com',
  origin: 'guard',
  excerpt: 'x',
  verdict: 'review',
  found: [],
  decision: 'posted-anyway',
};

describe('journal messages', () => {
  it('tell the extension’s own pages (which alone command the pack store) from a content script on a site', () => {
    expect(isFromExtensionPage({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe(true);
    expect(isFromExtensionPage({ id: ID, url: 'https://www.facebook.com/' }, ID, ORIGIN)).toBe(false);
    expect(isFromExtensionPage({ id: 'another-extension', url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe(
      false,
    );
    expect(isFromExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
  });

  it('know who sent them from the browser, not from the message', () => {
    expect(messageSenderOf({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: 'page' });
    expect(messageSenderOf({ id: ID, url: 'https://m.facebook.com/x?y', tab: {} }, ID, ORIGIN)).toEqual({
      kind: 'site',
      host: 'm.facebook.com',
    });
    expect(messageSenderOf({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeNull();
    expect(messageSenderOf({ id: ID, url: 'http://www.facebook.com/', tab: {} }, ID, ORIGIN)).toBeNull();
  });

  it('take well-formed entries only', () => {
    const site = { kind: 'site', host: 'www.facebook.com' } as const;
    expect(readJournalMessage({ type: 'wr-journal', command: 'record', entry }, site)).not.toBeNull();
    for (const bad of [
      { ...entry, verdict: 'fine' },
      { ...entry, found: 'all' },
      { ...entry, excerpt: 'x'.repeat(5_000) },
      { ...entry, at: 'yesterday' },
      { ...entry, found: Array(500).fill('a/b') },
    ]) {
      expect(readJournalMessage({ type: 'wr-journal', command: 'record', entry: bad }, site)).toBeNull();
    }
  });

  it('from a site: only the guard’s decision, only on that site, nothing else', () => {
    const zalo = { kind: 'site', host: 'chat.zalo.me' } as const;
    expect(readJournalMessage({ type: 'wr-journal', command: 'record', entry }, zalo)).toBeNull();
    expect(readJournalMessage({ type: 'wr-journal', command: 'remove-all' }, zalo)).toBeNull();
    expect(readJournalMessage({ type: 'wr-journal', command: 'remove', id: 'a' }, zalo)).toBeNull();
    const page = { kind: 'page' } as const;
    expect(readJournalMessage({ type: 'wr-journal', command: 'remove-all' }, page)).toEqual({
      type: 'wr-journal',
      command: 'remove-all',
    });
    // A page cannot pass its own check off as the guard's.
    expect(readJournalMessage({ type: 'wr-journal', command: 'record', entry }, page)).toBeNull();
  });
});
