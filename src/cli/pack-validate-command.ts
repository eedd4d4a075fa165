import { parseArgs } from 'node:util';
import { formatPackError, loadPack } from '../packs';
import { CliError, type CliCommand, type CliIo } from './cli-io';
import { readFileText } from './read-input';

const HELP = `Usage: npm run -s cli -- pack validate FILE...

Kiểm tra cú pháp và nội dung của gói quy tắc. / Check that each pack is well formed.
Every error is listed (file, pack, rule, field, line); patterns that could backtrack catastrophically,
duplicate rule ids, missing Vietnamese or English messages and rules without examples are errors.

Exit status: 0 every pack is valid, 2 otherwise.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const files = parseFiles(args, HELP);
  if (!files) {
    await io.stdout.write(HELP);
    return 0;
  }
  let failed = false;
  for (const file of files) {
    let source: string;
    try {
      source = await readFileText(file, io);
    } catch (error) {
      failed = true;
      await io.stderr.write(`${file}: ${(error as Error).message}\n`);
      continue;
    }
    const result = loadPack(source, { file });
    if (result.ok) {
      const { id, version, rules } = result.compiled;
      await io.stdout.write(`ok ${file} (${id} ${version}, ${rules.length} rules)\n`);
    } else {
      failed = true;
      for (const error of result.errors) await io.stderr.write(`${formatPackError(error, file)}\n`);
      await io.stderr.write(`${file}: ${result.errors.length} error(s)\n`);
    }
  }
  return failed ? 2 : 0;
}

/** FILE... or null for --help; any other option is an error. */
export function parseFiles(args: string[], help: string): string[] | null {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (parsed.values.help) return null;
  if (!parsed.positionals.length)
    throw new CliError(
      `no FILE given (${help.split('\n')[0]!.replace('Usage: npm run -s cli -- ', 'usage: ')})`,
    );
  return parsed.positionals;
}

export const command: CliCommand = { summary: 'check that packs are well formed, listing every error', run };
