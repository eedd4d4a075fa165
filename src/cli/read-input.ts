import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, type CliIo } from './cli-io';

/**
 * Strict UTF-8: a byte sequence that is not UTF-8 is refused, never silently replaced by U+FFFD. A leading
 * byte-order mark is kept, so that finding offsets count from the input exactly as given.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${what} is not valid UTF-8`);
  }
}

export async function readFileText(file: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return decodeUtf8(bytes, file);
}

export async function readStdinBytes(io: CliIo): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of io.stdin) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

/** A FILE argument or `-` (standard input) as text. */
export async function readInputText(file: string, io: CliIo): Promise<string> {
  if (file === '-') return decodeUtf8(await readStdinBytes(io), 'standard input');
  return readFileText(file, io);
}
