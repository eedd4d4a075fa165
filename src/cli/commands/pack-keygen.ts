import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateKeyPair } from '../../packs/sign-pack';
import { CliError, type CliCommand, type CliIo } from '../cli-io';
import { parseCommandArgs } from './pack-signing-files';

const HELP = `Usage: npm run -s cli -- pack keygen --out NAME [--force]

Tạo cặp khoá Ed25519 để ký gói quy tắc. / Make an Ed25519 key pair for signing packs.

  --out NAME   writes NAME.key (secret: keep it safe, never commit it) and NAME.pub (public: hand it to
               staff or put it in the organisation policy's trustedKeys)
  --force      overwrite existing files
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    await io.stdout.write(HELP);
    return 0;
  }
  if (!values.out) throw new CliError('--out NAME is required');
  const pair = await generateKeyPair();
  const flag = values.force ? 'w' : 'wx';
  const base = resolve(io.cwd, values.out);
  try {
    await writeFile(`${base}.key`, `${JSON.stringify(pair, null, 2)}\n`, { flag, mode: 0o600 });
    await writeFile(
      `${base}.pub`,
      `${JSON.stringify({ keyId: pair.keyId, publicKey: pair.publicKey }, null, 2)}\n`,
      { flag },
    );
  } catch (error) {
    throw new CliError(`cannot write the key files: ${(error as Error).message} (use --force to overwrite)`);
  }
  await io.stdout.write(
    `key id ${pair.keyId}\npublic key ${pair.publicKey}\nwrote ${values.out}.key and ${values.out}.pub\n`,
  );
  return 0;
}

export const command: CliCommand = { summary: 'make an Ed25519 key pair for signing packs', run };
