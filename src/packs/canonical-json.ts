/**
 * The canonical form a pack signature covers: JSON with object keys sorted (by UTF-16 code units, as
 * JavaScript sorts), every string in Unicode NFC, no whitespace, numbers as JavaScript prints them.
 * Signing the parsed pack rather than its file bytes means YAML comments, indentation, key order and
 * YAML-vs-JSON do not matter: the same pack has one signature whatever the file looks like.
 */
export function canonicalJson(value: unknown): string {
  return write(value, []);
}

function write(value: unknown, path: string[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`canonical JSON: ${where(path)} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((item, i) => write(item, [...path, String(i)])).join(',')}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const record = value as Record<string, unknown>;
      // Keys are normalised too, then sorted; two keys that become equal would make the form ambiguous.
      const entries = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .map((key) => [key.normalize('NFC'), record[key]] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]![0] === entries[i - 1]![0]) {
          throw new Error(`canonical JSON: duplicate key "${entries[i]![0]}" at ${where(path)}`);
        }
      }
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, [...path, key])}`).join(',')}}`;
    }
    default:
      throw new Error(`canonical JSON: ${where(path)} has type ${typeof value}, which JSON cannot hold`);
  }
}

function where(path: string[]): string {
  return path.length ? path.join('.') : 'the top level';
}

/** The canonical form as UTF-8 bytes: what Ed25519 signs. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

/**
 * The value with every string and key in NFC: the form canonicalJson signs. The loader compiles this form,
 * so what runs is exactly what a signature covers (a pack whose strings differ only in composition has the
 * same signature). Throws, naming the place, when two keys of one object become equal.
 */
export function composedStrings(value: unknown, path: string[] = []): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((item, i) => composedStrings(item, [...path, String(i)]));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const composed = key.normalize('NFC');
    if (Object.prototype.hasOwnProperty.call(out, composed)) {
      throw new Error(`two keys become "${composed}" once composed (Unicode NFC) at ${where(path)}`);
    }
    out[composed] = composedStrings(item, [...path, composed]);
  }
  return out;
}
