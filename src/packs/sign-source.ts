import type { PackError } from './pack-error';
import { detectFormat, parsePackText, type PackFormat } from './parse-pack-text';

/**
 * The pack object a signature covers: the file parsed exactly as the loader parses it (YAML 1.2 or strict
 * JSON, unique keys, capped aliases), before validation fills defaults. The CLI signs it and the extension
 * verifies it through this one function, so both always agree on what was signed.
 */
export function readPackObject(
  source: string,
  origin: { file?: string; format?: PackFormat } = {},
): { ok: true; data: unknown; format: PackFormat } | { ok: false; errors: PackError[] } {
  const format = detectFormat(source, origin);
  const parsed = parsePackText(source, format);
  return parsed.ok ? { ok: true, data: parsed.parsed.data, format } : parsed;
}
