import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trustedKeyFrom } from '../packs/sign-pack';
import { EXAMPLE_KEY_IDS } from './example-keys';

describe('example keys', () => {
  it('are exactly the keys of the example packs, whose secrets are committed', async () => {
    const dir = new URL('../../rules/examples/', import.meta.url);
    const ids: string[] = [];
    for (const name of readdirSync(dir)) {
      let text: string;
      try {
        text = readFileSync(new URL(`${name}/publisher.pub`, dir), 'utf8');
      } catch {
        continue;
      }
      ids.push((await trustedKeyFrom((JSON.parse(text) as { publicKey: string }).publicKey)).keyId);
    }
    expect(ids.length).toBeGreaterThan(0);
    expect([...EXAMPLE_KEY_IDS].sort()).toEqual(ids.sort());
  });
});
