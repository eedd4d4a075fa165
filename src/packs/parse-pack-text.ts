import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { PackError } from './pack-error';

export type PackFormat = 'yaml' | 'json';

export interface ParsedPackText {
  data: unknown;
  /** The 1-based line of the deepest node that exists on `path` (for a missing field: its parent). */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** Which syntax to read: the caller's word, else the file extension, else a look at the first character. */
export function detectFormat(source: string, origin: { file?: string; format?: PackFormat }): PackFormat {
  if (origin.format) return origin.format;
  if (origin.file && /\.json$/i.test(origin.file)) return 'json';
  if (origin.file && /\.ya?ml$/i.test(origin.file)) return 'yaml';
  return /^\s*[{[]/.test(source) ? 'json' : 'yaml';
}

/**
 * Parses YAML or JSON, keeping positions so that validation errors can name a line. JSON is read with
 * `JSON.parse` (so JSON means strict JSON) and positioned through the YAML parser, since JSON is YAML.
 */
export function parsePackText(
  source: string,
  format: PackFormat,
): { ok: true; parsed: ParsedPackText } | { ok: false; errors: PackError[] } {
  // For JSON the YAML document is only built when an error needs a line (it costs far more than JSON.parse).
  let positioned: { doc: Document; lineCounter: LineCounter } | null = null;
  const position = () => {
    if (!positioned) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(source, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        version: '1.2',
      });
      positioned = { doc, lineCounter };
    }
    return positioned;
  };
  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(source);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const line = at ? lineAt(source, Number(at[1])) : undefined;
      return { ok: false, errors: [{ message: `invalid JSON: ${message}`, ...(line ? { line } : {}) }] };
    }
  } else {
    const { doc, lineCounter } = position();
    if (doc.errors.length) {
      return {
        ok: false,
        errors: doc.errors.map((e) => ({
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
          line: lineCounter.linePos(e.pos[0]).line,
        })),
      };
    }
    try {
      // Aliases are capped so a "billion laughs" document cannot blow up memory.
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return { ok: false, errors: [{ message: `invalid YAML: ${(error as Error).message}` }] };
    }
  }
  return {
    ok: true,
    parsed: {
      data,
      lineOf: (path) => {
        const { doc, lineCounter } = position();
        return doc.errors.length === 0 ? lineOfPath(doc, lineCounter, path) : undefined;
      },
    },
  };
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfPath(doc: Document, lines: LineCounter, path: ReadonlyArray<PropertyKey>): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      // The key's line reads better than the value's: `message:` rather than the `vi:` below it.
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
