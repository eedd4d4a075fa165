import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatPackError, loadPack } from '../../packs';
import { readPackObject } from '../../packs/sign-source';
import { trustedKeyFrom, type TrustedKey } from '../../packs/sign-pack';
import { CliError, type CliIo } from '../cli-io';
import { readFileText } from '../read-input';

/** Arguments for the signing commands; unknown options are errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** A key file written by `pack keygen`: `{ keyId, publicKey, secretKey? }` (base64 raw Ed25519 keys). */
export async function readKeyFile(
  file: string,
  io: CliIo,
): Promise<{ keyId: string; publicKey: string; secretKey?: string }> {
  let value: { keyId?: unknown; publicKey?: unknown; secretKey?: unknown };
  try {
    value = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8')) as typeof value;
  } catch (error) {
    throw new CliError(`cannot read key file ${file}: ${(error as Error).message}`);
  }
  if (typeof value.keyId !== 'string' || typeof value.publicKey !== 'string') {
    throw new CliError(`${file} is not a key file written by "pack keygen"`);
  }
  return {
    keyId: value.keyId,
    publicKey: value.publicKey,
    ...(typeof value.secretKey === 'string' ? { secretKey: value.secretKey } : {}),
  };
}

export async function readTrustedKeys(files: string[], io: CliIo): Promise<TrustedKey[]> {
  const keys: TrustedKey[] = [];
  for (const file of files) {
    const key = await readKeyFile(file, io);
    keys.push(await trustedKeyFrom(key.publicKey, file));
  }
  return keys;
}

/** Reads a pack file, refusing to go on with an invalid pack (every error on stderr). */
export async function readValidPack(
  file: string,
  io: CliIo,
): Promise<{ text: string; data: unknown; id: string; version: string }> {
  const text = await readFileText(file, io);
  const loaded = loadPack(text, { file });
  if (!loaded.ok) {
    for (const error of loaded.errors) await io.stderr.write(`${formatPackError(error, file)}\n`);
    throw new CliError(`${file}: ${loaded.errors.length} error(s); fix the pack before signing it`);
  }
  const read = readPackObject(text, { file });
  if (!read.ok) throw new CliError(`${file}: cannot be read`);
  return { text, data: read.data, id: loaded.compiled.id, version: loaded.compiled.version };
}
