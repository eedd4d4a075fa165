// `npm run third-party`: writes docs/THIRD-PARTY.md, the licences of the third-party code the built extension
// and the command line ship, from what is really bundled: each extension entrypoint and the CLI are bundled
// with esbuild (as metadata only) and every package under node_modules they pull in is listed, with the
// licence its package.json declares and the text of its licence file. `npm run third-party -- --check` exits
// 1 when the committed file is out of date (after a dependency was added or upgraded).

import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildCli } from './build-cli';
import { OCR_MODEL, ocrPublicFiles } from './ocr-assets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/THIRD-PARTY.md');

interface PackageInfo {
  name: string;
  version: string;
  license: string;
  homepage: string;
  licenceText: string;
}

const packagesIn = (inputs: Iterable<string>): Set<string> => {
  const out = new Set<string>();
  for (const input of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) out.add(m[1]!);
  }
  return out;
};

/** Packages the extension bundles: its entrypoints' imports, plus the polyfill WXT's module injects. */
async function extensionPackages(): Promise<Set<string>> {
  const dir = join(ROOT, 'entrypoints');
  const entries: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const f of ['index.ts', 'index.tsx', 'main.ts', 'main.tsx']) {
        if (existsSync(join(path, f))) entries.push(join(path, f));
      }
    } else if (/\.tsx?$/.test(name)) entries.push(path);
  }
  const result = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    outdir: join(ROOT, '.output/third-party'),
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'error',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
  });
  const packages = packagesIn(Object.keys(result.metafile.inputs));
  if (readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').includes('@wxt-dev/webextension-polyfill')) {
    packages.add('webextension-polyfill');
  }
  // Image reading's worker and cores are copied into /ocr/ rather than bundled: they ship all the same.
  const copied = ocrPublicFiles(ROOT).flatMap((file) => ('absoluteSrc' in file ? [file.absoluteSrc] : []));
  for (const name of packagesIn(copied)) packages.add(name);
  return packages;
}

function info(name: string): PackageInfo {
  const dir = join(ROOT, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license?: string;
    homepage?: string;
    repository?: string | { url?: string };
  };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  const repository = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  return {
    name,
    version: pkg.version,
    license: pkg.license ?? 'UNKNOWN',
    homepage: pkg.homepage ?? repository.replace(/^git\+/, '').replace(/\.git$/, ''),
    licenceText: file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)',
  };
}

function table(names: string[]): string {
  const rows = names
    .map((n) => info(n))
    .map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${p.homepage} |`);
  return ['| Package | Version | Licence | Home |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

async function render(): Promise<string> {
  const extension = [...(await extensionPackages())].sort();
  const cli = (await buildCli()).packages;
  const all = [...new Set([...extension, ...cli])].sort();
  const texts = all.map((n) => {
    const p = info(n);
    return `### ${p.name} ${p.version} (${p.license})\n\n\`\`\`text\n${p.licenceText}\n\`\`\``;
  });
  return [
    '# Third-party licences',
    '',
    'Wise Reader is licensed under the Apache License 2.0 (`LICENSE`). The built extension and the command',
    'line include the third-party packages below, each under its own licence. This file is generated from',
    'what the builds bundle: run `npm run third-party` after adding or upgrading a dependency (`npm run',
    'third-party -- --check` fails when it is out of date).',
    '',
    '## In the extension (`npm run build`)',
    '',
    table(extension),
    '',
    'Image reading also ships, in `/ocr/`, the Vietnamese model `vie.traineddata` (tessdata_fast, Apache',
    `License 2.0: \`${OCR_MODEL}\`, described in \`vendor/tessdata-fast/README.md\`), and the libraries compiled`,
    'into the tesseract.js-core WebAssembly (Tesseract, Leptonica, libpng, libjpeg, zlib), whose notices the',
    'built extension carries in `/ocr/NOTICE.txt`.',
    '',
    '## In the command line (`npm run build:cli`, `npm pack`)',
    '',
    table(cli),
    '',
    '## Licence texts',
    '',
    ...texts.flatMap((t) => [t, '']),
  ].join('\n');
}

// Formatted as the repository formats Markdown, so `prettier --check .` and `--check` here agree.
const text = await format(await render(), { ...(await resolveConfig(OUT)), filepath: OUT });
if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('docs/THIRD-PARTY.md is out of date: run "npm run third-party"\n');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT}\n`);
}
