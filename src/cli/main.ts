// Entry point of the command line: `npm run -s cli -- …` runs it from the source (tsx), and
// scripts/build-cli.ts bundles it into dist/cli/wise-reader.mjs, the `wise-reader` program of package.json's
// `bin`. All the work is in runCli, which tests call directly.
import { processIo } from './cli-io';
import { runCli } from './run-cli';
import { cliVersion, isBundled } from './cli-version';
import { programNameIo } from './program-name';
import { colourIo } from './terminal-colour';

const args = process.argv.slice(2);
if (args[0] === '--version' || args[0] === '-V') {
  process.stdout.write(`wise-reader ${await cliVersion()}\n`);
} else {
  const io = programNameIo(colourIo(processIo(), process.stdout, process.env), isBundled());
  process.exitCode = await runCli(args, io);
}
