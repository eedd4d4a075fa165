import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { programNameIo } from './program-name';

function io(out: string[]): CliIo {
  return {
    stdin: (async function* () {})(),
    cwd: '/',
    stdout: { write: async (t) => void out.push(t) },
    stderr: { write: async (t) => void out.push(t) },
  };
}

describe('programNameIo', () => {
  it('names the installed program "wise-reader" in usage lines, and leaves the source run alone', async () => {
    const installed: string[] = [];
    await programNameIo(io(installed), true).stdout.write('Usage: npm run -s cli -- check [FILE]\n');
    expect(installed).toEqual(['Usage: wise-reader check [FILE]\n']);
    const source: string[] = [];
    await programNameIo(io(source), false).stderr.write('Usage: npm run -s cli -- pack\n');
    expect(source).toEqual(['Usage: npm run -s cli -- pack\n']);
  });
});
