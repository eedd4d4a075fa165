// The command line as someone else gets it: `npm pack` (which builds the bundle first, see package.json's
// prepack), the tarball unpacked into an empty folder with no node_modules anywhere above it, and its `bin`
// run there. This is what `npx ./wise-reader-*.tgz check post.txt` or a global install runs; the development
// command (`npm run cli`) reads the sources and would hide a missing file or an import the bundle left out.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface PackedManifest {
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
}

describe('the packed command line, run from an empty folder', () => {
  let dir = '';
  let program = '';
  let manifest: PackedManifest;

  beforeAll(() => {
    // The tmp folder is outside the repository, so node cannot resolve anything from its node_modules.
    dir = mkdtempSync(join(tmpdir(), 'wise-reader-pack-'));
    // prepack's build prints the files it wrote before npm's JSON: read from the line the JSON starts on.
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const packed = JSON.parse(out.slice(out.search(/^\[/m))) as { filename: string }[];
    execFileSync('tar', ['-xzf', join(dir, packed[0]!.filename), '-C', dir]);
    manifest = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8')) as PackedManifest;
    program = join(dir, 'package', manifest.bin['wise-reader']!);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[]) =>
    spawnSync(process.execPath, [program, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('needs no package installed beside it (the bundle carries its code and the built-in packs)', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('prints its version', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(manifest.version);
  });

  it('flags a stamped document with the built-in packs, and passes an everyday post', () => {
    const leak = join(dir, 'leak.txt');
    writeFileSync(
      leak,
      'MẬT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n',
    );
    const flagged = run(['check', leak, '--format', 'json']);
    expect(flagged.stderr).toBe('');
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toContain('secrecy-stamp');

    const fine = join(dir, 'fine.txt');
    writeFileSync(fine, 'Cuối tuần cả nhà đi ăn bún chả, ngon lắm mọi người ạ.\n');
    const quiet = run(['check', fine]);
    expect(quiet.stderr).toBe('');
    expect(quiet.status).toBe(0);
  });

  it("tests an organisation's pack file with the toolchain chunk (YAML, validation, the pattern check)", () => {
    const pack = join(dir, 'pack.yaml');
    copyFileSync(join(ROOT, 'rules/examples/org-so-noi-vu/pack.yaml'), pack);
    const tested = run(['pack', 'test', pack]);
    expect(tested.stderr).toBe('');
    expect(tested.status).toBe(0);

    const post = join(dir, 'post.txt');
    writeFileSync(post, 'Theo Công văn số 125/CV-SNV ngày 3/11 của Sở\n');
    const checked = run(['check', '--pack', pack, post, '--format', 'json']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('department-document-number');
  });
});
