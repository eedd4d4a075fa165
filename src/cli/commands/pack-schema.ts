import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { packJsonSchema } from '../../packs/json-schema';
import type { CliCommand, CliIo } from '../cli-io';
import { parseCommandArgs } from './pack-signing-files';

const HELP = `Usage: npm run -s cli -- pack schema [--out FILE]

In JSON Schema của định dạng gói. / Print the JSON Schema of the pack format (from the same zod schema the
loader uses). Editors pick it up from a first line such as
  # yaml-language-server: $schema=./pack.schema.json
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { out: { type: 'string', short: 'o' } });
  if (values.help) {
    await io.stdout.write(HELP);
    return 0;
  }
  const text = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
  if (values.out) {
    await writeFile(resolve(io.cwd, values.out), text);
    await io.stdout.write(`wrote ${values.out}\n`);
  } else await io.stdout.write(text);
  return 0;
}

export const command: CliCommand = { summary: 'print the JSON Schema of the pack format', run };
