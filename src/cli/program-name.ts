import type { CliIo, TextSink } from './cli-io';

/** How the help texts name the program when it runs from the source. */
export const SOURCE_USAGE = 'npm run -s cli -- ';

/**
 * The io with help and usage lines naming the program as the person invoked it: `wise-reader …` for the
 * installed program (dist/cli/wise-reader.mjs), `npm run -s cli -- …` from the source.
 */
export function programNameIo(io: CliIo, installed: boolean): CliIo {
  if (!installed) return io;
  const rename = (sink: TextSink): TextSink => ({
    write: (text) => sink.write(text.replaceAll(SOURCE_USAGE, 'wise-reader ')),
  });
  return { ...io, stdout: rename(io.stdout), stderr: rename(io.stderr) };
}
