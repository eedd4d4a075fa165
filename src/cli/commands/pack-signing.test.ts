import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../packs';
import type { PackLoader } from '../../store/pack-record';
import { memoryPackStore } from '../../store/testing/memory-store';
import type { CliIo } from '../cli-io';
import { runCli } from '../run-cli';

const DEMO = fileURLToPath(new URL('../../packs/fixtures/demo-pack.yaml', import.meta.url));

function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'wr-sign-'));
  copyFileSync(DEMO, join(cwd, 'pack.yaml'));
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdin: (async function* () {})(),
      stdout: { write: async (t) => void out.push(t) },
      stderr: { write: async (t) => void err.push(t) },
      cwd,
    };
    const code = await runCli(args, io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
  return { cwd, cli };
}

describe('pack keygen / sign / verify / build / schema', () => {
  it('signs, verifies, and notices a change', async () => {
    const { cwd, cli } = workspace();
    expect((await cli('pack', 'keygen', '--out', 'org')).code).toBe(0);
    expect((await cli('pack', 'keygen', '--out', 'org')).code).toBe(2); // no silent overwrite
    expect(JSON.parse(readFileSync(join(cwd, 'org.pub'), 'utf8'))).not.toHaveProperty('secretKey');
    expect((await cli('pack', 'sign', '--key', 'org.pub', 'pack.yaml')).code).toBe(2);
    expect((await cli('pack', 'sign', '--key', 'org.key', 'pack.yaml')).code).toBe(0);
    expect((await cli('pack', 'verify', '--pub', 'org.pub', 'pack.yaml')).code).toBe(0);
    // Reformatting does not matter (comments, blank lines); content does.
    const text = readFileSync(join(cwd, 'pack.yaml'), 'utf8');
    writeFileSync(join(cwd, 'pack.yaml'), `# a comment\n\n${text}`);
    expect((await cli('pack', 'verify', '--pub', 'org.pub', 'pack.yaml')).code).toBe(0);
    writeFileSync(join(cwd, 'pack.yaml'), text.replace(/version: .*/, 'version: 9.0.0'));
    const changed = await cli('pack', 'verify', '--pub', 'org.pub', 'pack.yaml');
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/does not match/);
  });

  it('builds an envelope the extension accepts with the publisher key trusted', async () => {
    const { cwd, cli } = workspace();
    await cli('pack', 'keygen', '--out', 'org');
    expect((await cli('pack', 'build', '--key', 'org.key', 'pack.yaml')).code).toBe(0);
    expect((await cli('pack', 'verify', '--pub', 'org.pub', 'pack.signed.json')).code).toBe(0);
    await cli('pack', 'keygen', '--out', 'other');
    expect((await cli('pack', 'verify', '--pub', 'other.pub', 'pack.signed.json')).code).toBe(2);

    const envelope = readFileSync(join(cwd, 'pack.signed.json'), 'utf8');
    const { publicKey } = JSON.parse(readFileSync(join(cwd, 'org.pub'), 'utf8')) as { publicKey: string };
    const t = memoryPackStore({
      loadPack: loadPack as PackLoader,
      policy: {
        requireSignatures: true,
        trustedKeys: [{ publicKey, name: 'Org' }],
        packs: [{ inline: envelope }],
      },
    });
    await t.store.start();
    expect(t.last.catalog.problems).toEqual([]);
    expect(t.last.catalog.packs[0]).toMatchObject({ origin: 'policy', locked: true, inForce: true });
  });

  it('prints the JSON Schema', async () => {
    const { cli } = workspace();
    const result = await cli('pack', 'schema');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ type: 'object', title: 'Wise Reader rule pack' });
  });
});
