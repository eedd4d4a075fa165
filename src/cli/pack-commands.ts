import type { CliCommand } from './cli-io';

/**
 * The `pack` subcommands. Adding one is one line here plus one file exporting `command: CliCommand`
 * (keygen, sign, verify, build and schema come from the organisation-packs work). Loaded lazily so
 * `check` never pays for them.
 */
export const PACK_COMMANDS: Record<string, () => Promise<{ command: CliCommand }>> = {
  validate: () => import('./pack-validate-command'),
  test: () => import('./pack-test-command'),
  keygen: () => import('./commands/pack-keygen'),
  sign: () => import('./commands/pack-sign'),
  verify: () => import('./commands/pack-verify'),
  build: () => import('./commands/pack-build'),
  schema: () => import('./commands/pack-schema'),
};
