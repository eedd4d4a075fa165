import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { colourIo, colourLine, colourWanted } from './terminal-colour';

const ESC = '\u001b[';

function recordingIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdin: (async function* () {})(),
    cwd: '/',
    stdout: { write: async (t) => void out.push(t) },
    stderr: { write: async (t) => void err.push(t) },
  };
  return { io, out, err };
}

describe('terminal colour', () => {
  it('is used only on a terminal, and never with NO_COLOR or TERM=dumb', () => {
    expect(colourWanted({ isTTY: true }, {})).toBe(true);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(colourWanted({}, {})).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: '' })).toBe(true); // no-color.org: empty means unset
    expect(colourWanted({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('colours severities and verdicts of the text report, and leaves other lines alone', () => {
    expect(colourLine('  CRITICAL vn-x/secrecy-stamp  1:1  "TỐI MẬT"')).toContain(
      `${ESC}1;31mCRITICAL${ESC}0m`,
    );
    expect(colourLine('cần xem lại / review — 1 phát hiện / finding(s), 0 link(s)')).toContain(`${ESC}33m`);
    expect(colourLine('{"verdict":"critical"}')).toBe('{"verdict":"critical"}');
    expect(colourLine('           vi: Có dấu mật')).toBe('           vi: Có dấu mật');
  });

  it('writes plain text through a pipe, coloured text to a terminal', async () => {
    const line = '  WARNING  vn-x/r  1:1  "x"\n';
    const piped = recordingIo();
    await colourIo(piped.io, { isTTY: false }, {}, { isTTY: false }).stdout.write(line);
    expect(piped.out.join('')).toBe(line);
    const tty = recordingIo();
    await colourIo(tty.io, { isTTY: true }, {}, { isTTY: true }).stdout.write(line);
    expect(tty.out.join('')).toContain(`${ESC}33mWARNING${ESC}0m`);
  });
});
