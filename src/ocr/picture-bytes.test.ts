import { describe, expect, it } from 'vitest';
import { ownBytes } from './picture-bytes';

describe('ownBytes', () => {
  it("copies the bytes into an array of their own (not a view on the page's buffer)", () => {
    const buffer = new Uint8Array([137, 80, 78, 71, 13, 10]).buffer;
    const copy = ownBytes(buffer);
    expect([...copy]).toEqual([137, 80, 78, 71, 13, 10]);
    expect(copy.buffer).not.toBe(buffer);
    new Uint8Array(buffer)[0] = 0;
    expect(copy[0]).toBe(137);
  });
});
