import type { Readable, Writable } from 'node:stream';

/** What a command may touch, passed in so commands can be run in-process by tests. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: TextSink;
  stderr: TextSink;
  /** Base for relative file arguments. */
  cwd: string;
}

export interface TextSink {
  /** Resolves once the text is accepted, so a long JSONL stream respects back-pressure. */
  write(text: string): Promise<void>;
}

export function streamSink(stream: Writable): TextSink {
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (stream.write(text)) resolve();
        else {
          stream.once('drain', resolve);
          stream.once('error', reject);
        }
      }),
  };
}

export function processIo(): CliIo {
  return {
    stdin: process.stdin as Readable & AsyncIterable<Uint8Array>,
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    cwd: process.cwd(),
  };
}

/** Exit code 2 with one line on stderr: bad arguments, unreadable or invalid input, invalid pack. */
export class CliError extends Error {}

export interface CliCommand {
  /** One line for the parent command's help. */
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}
