// Entry point of `npm run cli` (tsx src/cli/main.ts). All the work is in runCli, which tests call directly.
import { processIo } from './cli-io';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), processIo());
