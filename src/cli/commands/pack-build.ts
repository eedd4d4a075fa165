import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { canonicalJson } from '../../packs/canonical-json';
import { signPack } from '../../packs/sign-pack';
import { CliError, type CliCommand, type CliIo } from '../cli-io';
import { parseCommandArgs, readKeyFile, readValidPack } from './pack-signing-files';

const HELP = `Usage: npm run -s cli -- pack build --key NAME.key FILE [--out OUT]

Đóng gói để phát hành: gói + chữ ký trong một tệp JSON. / Build the file to publish: pack and signature.
Writes { "keyId", "pack", "signature" } as canonical JSON (default OUT: FILE without its extension +
.signed.json). Host it at an https: address for subscriptions, import it in the options page, or paste it
into the organisation policy (packs[].inline).
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    key: { type: 'string', short: 'k' },
    out: { type: 'string', short: 'o' },
  });
  if (values.help) {
    await io.stdout.write(HELP);
    return 0;
  }
  if (!values.key) throw new CliError('--key NAME.key is required');
  if (positionals.length !== 1) throw new CliError('build takes one FILE');
  const file = positionals[0]!;
  const key = await readKeyFile(values.key, io);
  if (!key.secretKey)
    throw new CliError(`${values.key} holds no secret key (use the .key file, not the .pub)`);
  const pack = await readValidPack(file, io);
  const signature = await signPack(pack.data, key.secretKey);
  const out = values.out ?? `${file.replace(/\.(ya?ml|json)$/i, '')}.signed.json`;
  await writeFile(resolve(io.cwd, out), `${canonicalJson({ pack: pack.data, ...signature })}\n`);
  await io.stdout.write(`built ${out} (${pack.id} ${pack.version}, key ${signature.keyId})\n`);
  return 0;
}

export const command: CliCommand = { summary: 'build a signed pack file to publish (canonical JSON)', run };
