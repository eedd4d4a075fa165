import { describe, expect, it } from 'vitest';
import { isPackStoreMessage } from './pack-store-messages';

describe('pack store messages', () => {
  it('are recognised by their type', () => {
    expect(isPackStoreMessage({ type: 'wr-pack-store', command: 'refresh', url: 'https://x' })).toBe(true);
    expect(isPackStoreMessage({ type: 'other' })).toBe(false);
    expect(isPackStoreMessage('wr-pack-store')).toBe(false);
  });
});
