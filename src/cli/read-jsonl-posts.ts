import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type CliIo } from './cli-io';

import type { Draft } from '../engine/types';

/** One post of a corpus: its id and the draft (typed text, and optionally a shared post and pictures' text). */
export interface JsonlPost {
  id: string | number;
  draft: Draft;
}

/**
 * Streams `{ "id", "text" }` objects (optionally with `"shared": { "text", "author", "url" }` and
 * `"images": [{ "text" }]`, the parts of a draft beside the typed text), one per line, from a file or standard input. Lines are split on the
 * newline byte (which never occurs inside a UTF-8 sequence) and decoded one by one, so a line that is not
 * UTF-8 or not such an object stops the run naming its own line number. Blank lines are skipped.
 */
export async function* readJsonlPosts(input: string, io: CliIo): AsyncGenerator<JsonlPost> {
  const source: AsyncIterable<Uint8Array | string> =
    input === '-' ? io.stdin : createReadStream(resolve(io.cwd, input));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const encoder = new TextEncoder();
  let pending: Uint8Array[] = [];
  let lineNumber = 0;

  const parse = (bytes: Uint8Array): JsonlPost | null => {
    lineNumber++;
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      throw new CliError(`line ${lineNumber}: not valid UTF-8`);
    }
    if (lineNumber === 1) line = line.replace(/^\uFEFF/, ''); // a byte-order mark is not part of the JSON
    if (!line.trim()) return null;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CliError(`line ${lineNumber}: not JSON (${(error as Error).message})`);
    }
    const post = value as { id?: unknown; text?: unknown } | null;
    if (typeof post !== 'object' || post === null || Array.isArray(post)) {
      throw new CliError(`line ${lineNumber}: expected an object {"id", "text"}`);
    }
    if (typeof post.id !== 'string' && typeof post.id !== 'number') {
      throw new CliError(`line ${lineNumber}: "id" must be a string or a number`);
    }
    if (typeof post.text !== 'string') throw new CliError(`line ${lineNumber}: "text" must be a string`);
    return {
      id: post.id,
      draft: { text: post.text, ...partsOf(value as Record<string, unknown>, lineNumber) },
    };
  };

  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array | string>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw new CliError(
        `cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
    let from = 0;
    let newline: number;
    while ((newline = chunk.indexOf(10, from)) >= 0) {
      pending.push(chunk.subarray(from, newline));
      const post = parse(Buffer.concat(pending));
      pending = [];
      from = newline + 1;
      if (post) yield post;
    }
    if (from < chunk.length) pending.push(chunk.slice(from));
  }
  if (pending.length) {
    const post = parse(Buffer.concat(pending));
    if (post) yield post;
  }
}

/** The optional parts of a line's draft, checked field by field (a wrong one names its line and field). */
function partsOf(post: Record<string, unknown>, line: number): Pick<Draft, 'shared' | 'images'> {
  const out: Pick<Draft, 'shared' | 'images'> = {};
  if (post.shared !== undefined) {
    const shared = post.shared as Record<string, unknown> | null;
    if (typeof shared !== 'object' || shared === null || Array.isArray(shared))
      throw new CliError(`line ${line}: "shared" must be an object {"text", "author", "url"}`);
    out.shared = {};
    for (const field of ['text', 'author', 'url'] as const) {
      const value = shared[field];
      if (value === undefined) continue;
      if (typeof value !== 'string') throw new CliError(`line ${line}: "shared.${field}" must be a string`);
      out.shared[field] = value;
    }
  }
  if (post.images !== undefined) {
    if (!Array.isArray(post.images))
      throw new CliError(`line ${line}: "images" must be an array of {"text"} objects`);
    out.images = post.images.map((image: unknown, index) => {
      const text = (image as { text?: unknown } | null)?.text;
      if (typeof text !== 'string')
        throw new CliError(`line ${line}: "images[${index}].text" must be a string`);
      return { text };
    });
  }
  return out;
}
