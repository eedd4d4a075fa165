import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { runCli } from './run-cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO = join(ROOT, 'src/packs/fixtures/demo-pack.yaml');
const BROKEN = join(ROOT, 'src/packs/fixtures/broken-examples.yaml');
const GROUPS = join(ROOT, 'src/packs/fixtures/groups-pack.yaml');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function memoryIo(stdin: string | Uint8Array = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdin: (async function* () {
      yield typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
    })(),
    stdout: { write: async (t) => void out.push(t) },
    stderr: { write: async (t) => void err.push(t) },
    cwd: ROOT,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function cli(args: string[], stdin?: string | Uint8Array) {
  const m = memoryIo(stdin);
  const code = await runCli(args, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

/** A real process, as an author runs it (tsx, stdin piped, from another working directory). */
function spawnCli(args: string[], stdin: string | Uint8Array = '', cwd = tmpdir()) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(stdin);
  });
}

const STAMPED = 'TỐI MẬT\nSố: 12/QĐ-UBND\nKính gửi: Ủy ban nhân dân tỉnh';

describe('cli (no engine needed)', () => {
  it('prints help and exits 0 for --help, 2 with the help on stderr when no command is given', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('check') });
    expect(await cli([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage') });
    expect((await cli(['check', '--help'])).stdout).toContain('--jsonl');
    expect((await cli(['pack', '--help'])).stdout).toMatch(/validate[\s\S]*test/);
    expect((await cli(['pack', 'test', '--help'])).stdout).toContain('every rule standing alone');
  });

  it('rejects unknown commands and options with one line and exit 2', async () => {
    for (const args of [
      ['nope'],
      ['pack', 'nope'],
      ['check', '--bogus'],
      ['check', '--format', 'xml', '-'],
    ]) {
      const { code, stderr } = await cli(args);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('pack validate: ok lines, every error with file and line, exit 0 or 2', async () => {
    expect(await cli(['pack', 'validate', DEMO])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^ok .*demo-fixture 1\.0\.0, 6 rules/),
    });
    const dir = mkdtempSync(join(tmpdir(), 'wr-cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'pack: vn-x\nversion: "1"\nname: { vi: "a" }\nrules: []\n');
    const { code, stderr } = await cli(['pack', 'validate', DEMO, bad]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}: vn-x: field "version" (line 2): must be a semantic version`);
    expect(stderr).toContain(`${bad}: vn-x: field "name.en" (line 3): required`);
    expect(stderr).toContain(`${bad}: vn-x: field "rules" (line 4): a pack needs at least one rule`);
    expect(await cli(['pack', 'validate', join(dir, 'missing.yaml')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('cannot read'),
    });
  });

  it('check refuses an invalid pack with one line naming the first error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'pack: vn-x\nversion: "1"\nname: { vi: "a" }\nrules: []\n');
    const { code, stderr } = await cli(['check', '--pack', bad, '-'], 'hello');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /invalid pack .*bad\.yaml: vn-x: field "version" \(line 2\).*and 2 more: run "pack validate/,
    );
  });
});

describe('cli with the engine', () => {
  it('check: JSON result with exactly the contract fields, exit 1 on findings', async () => {
    const { code, stdout } = await cli(['check', '--pack', DEMO, '-'], STAMPED);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['verdict', 'findings', 'links', 'questions']);
    expect(result.verdict).toBe('critical');
    const stamp = result.findings.find((f: { ruleId: string }) => f.ruleId === 'secrecy-stamp');
    expect(Object.keys(stamp)).toEqual([
      'packId',
      'ruleId',
      'category',
      'question',
      'severity',
      'start',
      'end',
      'excerpt',
      'message',
    ]);
    expect(STAMPED.slice(stamp.start, stamp.end)).toBe('TỐI MẬT');
    expect(result.questions.map((q: { id: string }) => q.id)).toEqual([
      'source',
      'author',
      'intent',
      'harm',
      'benefit',
    ]);
  });

  it('check: exit 0 and verdict clean on a clean post; FILE argument read relative to cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-cli-'));
    writeFileSync(join(dir, 'post.txt'), 'Chúc mọi người một ngày tốt lành.');
    const m = memoryIo();
    m.io.cwd = dir;
    expect(await runCli(['check', '--pack', DEMO, 'post.txt'], m.io)).toBe(0);
    expect(JSON.parse(m.stdout())).toMatchObject({ verdict: 'clean', findings: [], links: [] });
  });

  it('check --format text: severity, rule, line:col, excerpt, vi and en message', async () => {
    const { code, stdout } = await cli(['check', '--pack', DEMO, '--format', 'text'], STAMPED);
    expect(code).toBe(1);
    expect(stdout).toMatch(/CRITICAL\s+demo-fixture\/secrecy-stamp\s+1:1\s+"TỐI MẬT"/);
    expect(stdout).toMatch(/document-number\s+2:1\s+"Số: 12\/QĐ-UBND"/);
    expect(stdout).toContain('vi: Bản nháp có dấu mật');
    expect(stdout).toContain('en: The draft carries a secrecy stamp');
  });

  it('pack test: exit 0 when every example behaves, 1 with a diff-like report when not', async () => {
    expect(await cli(['pack', 'test', DEMO])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('0 failed'),
    });
    const { code, stdout } = await cli(['pack', 'test', BROKEN]);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL stamp-with-wrong-examples');
    expect(stdout).toMatch(
      /flag example 1: "Không có dấu gì"\n\s+- expected: a finding of this rule\n\s+\+ got:\s+no finding/,
    );
    expect(stdout).toMatch(
      /pass example 1: "MẬT"\n\s+- expected: no finding\n\s+\+ got:\s+1 finding\(s\)\n\s+\+ 1:1-1:4 "MẬT"/,
    );
    expect(stdout).toContain('2 examples, 2 failed');
  });

  it('check --format text: a group lists the markers that added up, weights, places and total', async () => {
    const { code, stdout } = await cli(
      ['check', '--pack', GROUPS, '--format', 'text'],
      'NÓNG: mai cắt nước\nnghe nói thế, chia sẻ ngay',
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/WARNING\s+groups-fixture\/rumour\s+1:1\s+"NÓNG:"/);
    expect(stdout).toContain('markers: 1.25 of 1');
    expect(stdout).toMatch(/\+0\.25\s+headline\s+1:1\s+"NÓNG:"/);
    expect(stdout).toMatch(/\+0\.5\s+hearsay\s+2:1\s+"nghe nói"/);
    expect(stdout).toMatch(/\+0\.5\s+spread\s+2:15\s+"chia sẻ ngay"/);
    expect(stdout).not.toMatch(/groups-fixture\/hearsay/); // members never report on their own
  });

  it('check --format text: a silent group shows how far short it fell, counter-markers included', async () => {
    const { code, stdout } = await cli(
      ['check', '--pack', GROUPS, '--format', 'text'],
      'nghe nói mai cắt nước, chia sẻ ngay. Tin này là sai sự thật',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/silent\s+groups-fixture\/rumour\s+im lặng \/ silent: 0 of 1, 1 short/);
    expect(stdout).toMatch(/-1\s+denial\s+1:46\s+"là sai sự thật"/);
  });

  it('check json: a group finding carries its evidence', async () => {
    const { stdout } = await cli(['check', '--pack', GROUPS], 'nghe nói mai cắt nước, chia sẻ ngay');
    const [finding] = JSON.parse(stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'rumour', severity: 'warning' });
    expect(finding.evidence.map((e: { ruleId: string; weight: number }) => [e.ruleId, e.weight])).toEqual([
      ['hearsay', 0.5],
      ['spread', 0.5],
    ]);
  });

  it('pack test: group examples run on the whole pack and show their tally; a near miss fails', async () => {
    const ok = await cli(['pack', 'test', GROUPS]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('ok   group rumour (reach 1; 4 member rule(s); 3 example(s))');
    expect(ok.stdout).toMatch(/speaks\s+1\.25 of 1[^\n]*headline \+0\.25 "NÓNG:", hearsay \+0\.5 "nghe nói"/);
    expect(ok.stdout).toContain('4 rules, 1 group(s), 11 examples, 0 failed');
    const dir = mkdtempSync(join(tmpdir(), 'wr-cli-'));
    const file = join(dir, 'near-miss.yaml');
    writeFileSync(
      file,
      readFileSync(GROUPS, 'utf8').replace(
        "flag: ['NÓNG: nghe nói mai cắt nước, chia sẻ ngay']",
        "flag: ['NÓNG: nghe nói mai cắt nước']",
      ),
    );
    const { code, stdout } = await cli(['pack', 'test', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL group rumour');
    expect(stdout).toMatch(
      /FAIL flag example 1: "NÓNG: nghe nói mai cắt nước"\n\s+silent\s+0\.75 of 1, 0\.25 short[^\n]*\n\s+- expected: the group speaks/,
    );
  });

  // Real processes: exit codes, stdin, encodings, streaming.
  it('process: exit 0 clean, 1 findings', async () => {
    expect((await spawnCli(['check', '--pack', DEMO], 'Chào buổi sáng')).code).toBe(0);
    const flagged = await spawnCli(['check', '--pack', DEMO, '-'], STAMPED);
    expect(flagged.code).toBe(1);
    expect(JSON.parse(flagged.stdout).verdict).toBe('critical');
  }, 30_000);

  it('process: without --pack, the built-in packs in rules/ are used, wherever the command runs from', async () => {
    const { code, stdout } = await spawnCli(['check', '-'], 'TỐI MẬT\nSố: 12/QĐ-UBND', tmpdir());
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.findings.map((f: { packId: string }) => f.packId)).toContain('vn-internal-documents');
  }, 30_000);

  it('process: invalid UTF-8 is refused with exit 2 and one line', async () => {
    const { code, stdout, stderr } = await spawnCli(
      ['check', '--pack', DEMO],
      new Uint8Array([0x54, 0xc3, 0x28, 0x0a]),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('wise-reader: standard input is not valid UTF-8\n');
  }, 30_000);

  it('process: --jsonl streams one result per line with its id; a bad line stops with its number', async () => {
    const lines = [JSON.stringify({ id: 'a', text: 'Chào' }), '', JSON.stringify({ id: 7, text: STAMPED })];
    const ok = await spawnCli(['check', '--jsonl', '--pack', DEMO], `${lines.join('\n')}\n`);
    expect(ok.code).toBe(1);
    const results = ok.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['a', 'clean'],
      [7, 'critical'],
    ]);
    const bad = await spawnCli(['check', '--jsonl', '--pack', DEMO], `${lines[0]}\n{"id": "b"}\n`);
    expect(bad.code).toBe(2);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toBe('wise-reader: line 2: "text" must be a string\n');
    const notUtf8 = await spawnCli(
      ['check', '--jsonl', '--pack', DEMO],
      Buffer.concat([
        Buffer.from(`${lines[0]}\n${lines[0]}\n{"id":1,"text":"`),
        Buffer.from([0xff]),
        Buffer.from('"}\n'),
      ]),
    );
    expect(notUtf8).toMatchObject({ code: 2, stderr: 'wise-reader: line 3: not valid UTF-8\n' });
  }, 30_000);

  it('offsets count from the input as given, byte-order mark included; JSONL accepts a leading BOM', async () => {
    const { stdout } = await cli(['check', '--pack', DEMO], `\uFEFF${STAMPED}`);
    const stamp = JSON.parse(stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'secrecy-stamp');
    expect(`\uFEFF${STAMPED}`.slice(stamp.start, stamp.end)).toBe('TỐI MẬT');
    const jsonl = await cli(
      ['check', '--jsonl', '--pack', DEMO],
      `\uFEFF${JSON.stringify({ id: 1, text: 'x' })}\n`,
    );
    expect(jsonl.code).toBe(0);
  });

  it('jsonl: a shared post and pictures’ text are checked as parts; their findings carry `part`', async () => {
    const line = JSON.stringify({
      id: 'fwd',
      text: 'Chào',
      shared: { text: `Chuyển tiếp:\n${STAMPED}`, author: 'Nhóm' },
      images: [{ text: 'Vịnh Hạ Long' }, { text: STAMPED }],
    });
    const json = await cli(['check', '--jsonl', '--pack', DEMO], `${line}\n`);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    const stamps = result.findings.filter((f: { ruleId: string }) => f.ruleId === 'secrecy-stamp');
    expect(
      stamps.map((f: { part: unknown; start: number; end: number }) => [f.part, f.start, f.end]),
    ).toEqual([
      [{ kind: 'shared' }, 13, 20],
      [{ kind: 'image', index: 1 }, 0, 7],
    ]);
    // A typed text's finding keeps the original contract: no `part`.
    const typed = JSON.parse((await cli(['check', '--pack', DEMO], STAMPED)).stdout);
    expect(typed.findings.every((f: object) => !('part' in f))).toBe(true);

    const text = await cli(['check', '--jsonl', '--format', 'text', '--pack', DEMO], `${line}\n`);
    expect(text.stdout).toContain('bài chia sẻ / shared post, 2:1');
    expect(text.stdout).toContain('ảnh 2 / image 2, 1:1');
  });

  it('jsonl: a part of the wrong shape stops the run naming its line and field', async () => {
    const bad = async (post: object) =>
      (await cli(['check', '--jsonl', '--pack', DEMO], `${JSON.stringify({ id: 1, text: 'x', ...post })}\n`))
        .stderr;
    expect(await bad({ shared: 'x' })).toBe(
      'wise-reader: line 1: "shared" must be an object {"text", "author", "url"}\n',
    );
    expect(await bad({ shared: { text: 3 } })).toBe('wise-reader: line 1: "shared.text" must be a string\n');
    expect(await bad({ images: { text: 'x' } })).toBe(
      'wise-reader: line 1: "images" must be an array of {"text"} objects\n',
    );
    expect(await bad({ images: [{ text: 'a' }, 'b'] })).toBe(
      'wise-reader: line 1: "images[1].text" must be a string\n',
    );
  });

  it('jsonl: thousands of posts in one process, in order', async () => {
    const posts = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 100 ? 'Chào' : STAMPED }),
    );
    const { code, stdout } = await cli(['check', '--jsonl', '--pack', DEMO], `${posts.join('\n')}\n`);
    expect(code).toBe(1);
    const ids = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });
});
