import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { signPack } from '../../packs/sign-pack';
import { CliError, type CliCommand, type CliIo } from '../cli-io';
import { parseCommandArgs, readKeyFile, readValidPack } from './pack-signing-files';

const HELP = `Usage: npm run -s cli -- pack sign --key NAME.key FILE...

Ký gói quy tắc (chữ ký tách rời). / Sign packs with a detached signature.
Writes FILE.sig = { "keyId", "signature" } beside each FILE: Ed25519 over the canonical JSON of the parsed
pack (sorted keys, NFC strings, no whitespace), so reformatting the YAML does not break it, changing it does.
A pack that does not validate is not signed.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { key: { type: 'string', short: 'k' } });
  if (values.help) {
    await io.stdout.write(HELP);
    return 0;
  }
  if (!values.key) throw new CliError('--key NAME.key is required');
  if (!positionals.length) throw new CliError('no FILE given');
  const key = await readKeyFile(values.key, io);
  if (!key.secretKey)
    throw new CliError(`${values.key} holds no secret key (use the .key file, not the .pub)`);
  for (const file of positionals) {
    const pack = await readValidPack(file, io);
    const signature = await signPack(pack.data, key.secretKey);
    await writeFile(resolve(io.cwd, `${file}.sig`), `${JSON.stringify(signature, null, 2)}\n`);
    await io.stdout.write(
      `signed ${file} (${pack.id} ${pack.version}) with key ${signature.keyId} -> ${file}.sig\n`,
    );
  }
  return 0;
}

export const command: CliCommand = { summary: 'sign packs (writes FILE.sig)', run };
