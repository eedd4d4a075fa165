// `npm run bench [-- part...]`: runs every tests/bench/<part>.bench.ts (or only the parts named) and prints
// one JSON object per line: { "name", "value", "unit", ... }. A part is a module exporting
// `run(): AsyncIterable<BenchResult>`; add a part by adding a file (guard.bench.ts, bundle.bench.ts, …).

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './measure';

interface BenchPart {
  run(): AsyncIterable<BenchResult>;
}

const here = dirname(fileURLToPath(import.meta.url));
const SUFFIX = '.bench.ts';

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const available = readdirSync(here)
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
  const unknown = wanted.filter((w) => !available.includes(w));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown bench part(s): ${unknown.join(', ')}; available: ${available.join(', ')}\n`,
    );
    return 2;
  }
  let failed = 0;
  for (const part of wanted.length > 0 ? wanted : available) {
    try {
      const mod = (await import(pathToFileURL(join(here, part + SUFFIX)).href)) as Partial<BenchPart>;
      if (typeof mod.run !== 'function') throw new Error(`${part}${SUFFIX} does not export run()`);
      for await (const result of mod.run()) process.stdout.write(`${JSON.stringify({ part, ...result })}\n`);
    } catch (e) {
      failed++;
      process.stderr.write(
        `bench part ${part} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  },
);
