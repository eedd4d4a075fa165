import { describe, expect, it } from 'vitest';
import { isFromExtensionPage, isPackStoreMessage } from './pack-store-messages';

const ID = 'nilgllhnpihbppacipmkmoomgmilgkjf';
const ORIGIN = `chrome-extension://${ID}/`;

describe('pack store messages', () => {
  it('are recognised by their type', () => {
    expect(isPackStoreMessage({ type: 'wr-pack-store', command: 'refresh', url: 'https://x' })).toBe(true);
    expect(isPackStoreMessage({ type: 'other' })).toBe(false);
    expect(isPackStoreMessage('wr-pack-store')).toBe(false);
  });

  it('are taken only from the extension’s own pages, never from a content script on a site', () => {
    expect(isFromExtensionPage({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe(true);
    expect(isFromExtensionPage({ id: ID, url: 'https://www.facebook.com/' }, ID, ORIGIN)).toBe(false);
    expect(isFromExtensionPage({ id: 'another-extension', url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe(
      false,
    );
    expect(isFromExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
  });
});
