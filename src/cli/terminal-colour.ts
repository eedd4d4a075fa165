import type { CliIo, TextSink } from './cli-io';

// Colour for people reading a terminal, and only for them: never when the output goes to a file or a pipe
// (it would corrupt JSON and diffs), never when NO_COLOR is set (no-color.org) or the terminal is "dumb".

const RESET = '\u001b[0m';
const STYLE = {
  critical: '\u001b[1;31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  clean: '\u001b[32m',
  dim: '\u001b[2m',
  error: '\u001b[31m',
} as const;

/** Terminal stream facts colour depends on (process.stdout / process.stderr satisfy it). */
export interface TerminalStream {
  isTTY?: boolean;
}

export function colourWanted(stream: TerminalStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** One line of `check --format text` (or an error line), with its severity coloured. */
export function colourLine(line: string): string {
  const paint = (style: string, part: string) => line.replace(part, `${style}${part}${RESET}`);
  if (/^ {2}CRITICAL /.test(line)) return paint(STYLE.critical, 'CRITICAL');
  if (/^ {2}WARNING /.test(line)) return paint(STYLE.warning, 'WARNING');
  if (/^ {2}INFO /.test(line)) return paint(STYLE.info, 'INFO');
  if (/^ {2}LINK /.test(line)) return `${STYLE.dim}${line}${RESET}`;
  if (line.startsWith('wise-reader: ')) return paint(STYLE.error, 'wise-reader:');
  for (const [verdict, style] of [
    ['nghiêm trọng / critical', STYLE.critical],
    ['cần xem lại / review', STYLE.warning],
    ['sạch / clean', STYLE.clean],
  ] as const) {
    if (line.includes(`${verdict} — `)) return paint(style, verdict);
  }
  return line;
}

function colourSink(sink: TextSink): TextSink {
  return { write: (text) => sink.write(text.split('\n').map(colourLine).join('\n')) };
}

/** The io with coloured stdout/stderr where each goes to a terminal that wants colour; as is otherwise. */
export function colourIo(
  io: CliIo,
  stdout: TerminalStream,
  env: Record<string, string | undefined>,
  stderr: TerminalStream = process.stderr,
): CliIo {
  return {
    ...io,
    stdout: colourWanted(stdout, env) ? colourSink(io.stdout) : io.stdout,
    stderr: colourWanted(stderr, env) ? colourSink(io.stderr) : io.stderr,
  };
}
