import { CliError, type CliCommand, type CliIo } from './cli-io';
import { PACK_COMMANDS } from './pack-commands';

async function help(sink: CliIo['stdout']): Promise<void> {
  const lines = [
    'Usage: npm run -s cli -- pack <command> [options] FILE...',
    '',
    'Công cụ cho người viết gói quy tắc. / Tools for pack authors.',
    '',
  ];
  for (const [name, load] of Object.entries(PACK_COMMANDS)) {
    lines.push(`  ${name.padEnd(10)} ${(await load()).command.summary}`);
  }
  lines.push('', 'Run "pack <command> --help" for its options.', '');
  await sink.write(lines.join('\n'));
}

async function run(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    await help(io.stderr);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    await help(io.stdout);
    return 0;
  }
  const load = Object.hasOwn(PACK_COMMANDS, name) ? PACK_COMMANDS[name] : undefined;
  if (!load) {
    throw new CliError(`unknown pack command "${name}" (one of: ${Object.keys(PACK_COMMANDS).join(', ')})`);
  }
  return (await load()).command.run(rest, io);
}

export const packCommand: CliCommand = { summary: 'validate and test rule packs (pack --help)', run };
