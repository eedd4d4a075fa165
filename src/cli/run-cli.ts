import { checkCommand } from './check-command';
import { CliError, type CliCommand, type CliIo } from './cli-io';
import { packCommand } from './pack-command';

const COMMANDS: Record<string, CliCommand> = { check: checkCommand, pack: packCommand };

export const MAIN_HELP = `Wise Reader — công cụ dòng lệnh / command line

Usage: npm run -s cli -- <command> [options]

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}

Run "<command> --help" for its options.
`;

/** Runs one command line; returns the exit status. Errors become a line on stderr and status 2. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === undefined) {
      await io.stderr.write(MAIN_HELP);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      await io.stdout.write(MAIN_HELP);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
      throw new CliError(`unknown command "${name}" (one of: ${Object.keys(COMMANDS).join(', ')})`);
    return await command.run(rest, io);
  } catch (error) {
    // Exit 1 means "findings", so even a crash must not end with it.
    const message =
      error instanceof CliError ? error.message : `internal error: ${(error as Error).stack ?? error}`;
    await io.stderr.write(`wise-reader: ${message}\n`);
    return 2;
  }
}
