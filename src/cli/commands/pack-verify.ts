import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatPackError, loadPack } from '../../packs';
import { readDetachedSignature, readEnvelope } from '../../packs/sign-envelope';
import { readPackObject } from '../../packs/sign-source';
import { verifyPackSignature, type PackSignature } from '../../packs/sign-pack';
import { CliError, type CliCommand, type CliIo } from '../cli-io';
import { readFileText } from '../read-input';
import { parseCommandArgs, readTrustedKeys } from './pack-signing-files';

const HELP = `Usage: npm run -s cli -- pack verify --pub NAME.pub [--pub ...] FILE...

Kiểm tra chữ ký. / Check signatures, as the extension does.
FILE is a built pack (FILE.signed.json) or a pack with its FILE.sig beside it. The pack must validate and
be signed by one of the given public keys.

Exit status: 0 every signature is good, 2 otherwise.
`;

async function verifyOne(file: string, io: CliIo, trusted: Awaited<ReturnType<typeof readTrustedKeys>>) {
  const text = await readFileText(file, io);
  const read = readPackObject(text, { file });
  if (!read.ok) return `${file}: ${read.errors.map((e) => formatPackError(e)).join('; ')}`;
  const envelope = readEnvelope(read.data);
  let pack: unknown = read.data;
  let signature: PackSignature;
  if (envelope) {
    pack = envelope.pack;
    signature = envelope;
  } else {
    const sigFile = `${file}.sig`;
    try {
      await access(resolve(io.cwd, sigFile));
    } catch {
      return `${file}: not signed (no envelope, no ${sigFile})`;
    }
    try {
      signature = readDetachedSignature(await readFileText(sigFile, io));
    } catch (error) {
      return `${sigFile}: ${(error as Error).message}`;
    }
  }
  const loaded = envelope
    ? loadPack(JSON.stringify(pack, null, 2), { format: 'json' })
    : loadPack(text, { file });
  if (!loaded.ok) return loaded.errors.map((e) => formatPackError(e, file)).join('\n');
  const check = await verifyPackSignature(pack, signature, trusted);
  if (!check.ok) return `${file}: ${check.message}`;
  await io.stdout.write(
    `ok ${file} (${loaded.compiled.id} ${loaded.compiled.version}) signed by ${check.keyId}\n`,
  );
  return null;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pub: { type: 'string', multiple: true, short: 'p' },
  });
  if (values.help) {
    await io.stdout.write(HELP);
    return 0;
  }
  if (!values.pub?.length)
    throw new CliError('--pub NAME.pub is required (the key the pack should be signed with)');
  if (!positionals.length) throw new CliError('no FILE given');
  const trusted = await readTrustedKeys(values.pub, io);
  let failed = false;
  for (const file of positionals) {
    const problem = await verifyOne(file, io, trusted);
    if (problem) {
      failed = true;
      await io.stderr.write(`${problem}\n`);
    }
  }
  return failed ? 2 : 0;
}

export const command: CliCommand = { summary: 'check pack signatures against public keys', run };
