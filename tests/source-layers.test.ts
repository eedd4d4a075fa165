// Every folder of src/ has its place among the layers that eslint.config.js keeps acyclic: a folder left out
// of LAYERS would be free to import anything, and to be imported from anywhere, unchecked.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// eslint.config.js is plain JavaScript without type declarations: its export is read for what it is.
const CONFIG: string = '../eslint.config.js';
const { LAYERS } = (await import(CONFIG)) as { LAYERS: readonly string[] };

describe('the layers of src/', () => {
  it('name every folder of src/, each once', () => {
    const folders = readdirSync(new URL('../src/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...LAYERS].sort()).toEqual(folders.sort());
    expect(new Set(LAYERS).size).toBe(LAYERS.length);
  });
});
