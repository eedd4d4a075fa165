// `npm run build:cli`: the command line as one bundled program, dist/cli/wise-reader.mjs, what the `bin` entry
// of package.json runs (`wise-reader check …`, `npx ./wise-reader-*.tgz check …`). `npm pack` runs it first.
//
// The built-in packs (rules/*/pack.yaml) are loaded, validated and compiled here, once, and written into the
// bundle as compiled JSON: `wise-reader check` starts without parsing YAML, running zod or checking pattern
// costs. The pack toolchain (YAML, zod, the pattern check) is split into chunks that only `--pack FILE` and
// `pack …` load. `npm run -s cli -- …` (tsx, from the source) keeps working for development.

import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPackError, loadPack } from '../src/packs';
import type { BuiltInPack } from '../src/cli/built-in-packs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist/cli');

function compiledBuiltIns(): BuiltInPack[] {
  const rules = join(ROOT, 'rules');
  const packs: BuiltInPack[] = [];
  for (const dir of readdirSync(rules).sort()) {
    const file = join(rules, dir, 'pack.yaml');
    if (!existsSync(file)) continue;
    const result = loadPack(readFileSync(file, 'utf8'), { file });
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e, file)).join('\n'));
    packs.push({ file: `rules/${dir}/pack.yaml`, source: result.pack, compiled: result.compiled });
  }
  return packs;
}

export async function buildCli(): Promise<{ files: string[]; packages: string[] }> {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
  rmSync(OUT, { recursive: true, force: true });
  const result = await build({
    entryPoints: { 'wise-reader': join(ROOT, 'src/cli/main.ts') },
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    metafile: true,
    // Dependencies written as CommonJS (yaml) call require(): give the ES module one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __wiseReaderRequire } from 'node:module';\nconst require = __wiseReaderRequire(import.meta.url);",
    },
    define: {
      WISE_READER_BUILT_IN_PACKS: JSON.stringify(compiledBuiltIns()),
      WISE_READER_VERSION: JSON.stringify(version),
    },
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs);
  writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));
  const packages = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]!);
  }
  return { files, packages: [...packages].sort() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files } = await buildCli();
  process.stdout.write(`${files.join('\n')}\n`);
}
