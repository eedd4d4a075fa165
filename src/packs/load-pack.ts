import type { z } from 'zod';
import type { CompiledPack } from '../engine/types';
import { compilePack } from './compile-pack';
import type { PackError } from './pack-error';
import { detectFormat, parsePackText, type PackFormat, type ParsedPackText } from './parse-pack-text';
import { findDuplicateIds, packSchema, RULE_KINDS, type PackSource } from './schema';

/** Largest pack source accepted, in UTF-8 bytes: a pack is a list of rules, not a corpus. */
export const MAX_PACK_BYTES = 1024 * 1024;

export type LoadPackResult =
  { ok: true; pack: PackSource; compiled: CompiledPack } | { ok: false; errors: PackError[] };

/** Parse (YAML or JSON) → validate (every error, each located) → compile. */
export function loadPack(
  rawSource: string,
  origin: { file?: string; format?: PackFormat } = {},
): LoadPackResult {
  const source = rawSource.replace(/^\uFEFF/, ''); // editors on Windows save a byte-order mark
  // UTF-16 length never exceeds the UTF-8 byte length, so a long string is refused before encoding it.
  const bytes = source.length > MAX_PACK_BYTES ? source.length : new TextEncoder().encode(source).length;
  if (bytes > MAX_PACK_BYTES) {
    return {
      ok: false,
      errors: [{ message: `pack is too large: ${bytes} bytes, the limit is ${MAX_PACK_BYTES} bytes (1 MB)` }],
    };
  }
  const parsed = parsePackText(source, detectFormat(source, origin));
  if (!parsed.ok) return parsed;
  const { data } = parsed.parsed;
  const errors = findDuplicateIds(data).map((d) => locate(parsed.parsed, d.path, d.message));
  const result = packSchema.safeParse(data);
  if (!result.success)
    errors.push(...result.error.issues.flatMap((issue) => describeIssue(parsed.parsed, issue)));
  if (!result.success || errors.length) {
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors };
  }
  return { ok: true, pack: result.data, compiled: compilePack(result.data) };
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns a data path into pack id, rule id (or `#n` when the rule has none), field and line. */
function locate(parsed: ParsedPackText, path: ReadonlyArray<PropertyKey>, message: string): PackError {
  const error: PackError = { message };
  const packId = valueAt(parsed.data, ['pack']);
  if (typeof packId === 'string' && packId) error.packId = packId;
  let fieldPath = path;
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const id = valueAt(parsed.data, ['rules', path[1], 'id']);
    error.ruleId = typeof id === 'string' && id ? id : `#${path[1] + 1}`;
    fieldPath = path.slice(2);
  }
  const field = fieldPath
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`))
    .join('');
  if (field) error.field = field;
  const line = parsed.lineOf(path);
  if (line !== undefined) error.line = line;
  return error;
}

function describeIssue(parsed: ParsedPackText, issue: z.core.$ZodIssue): PackError[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => locate(parsed, [...path, key], 'unknown field'));
    case 'invalid_union':
      if ((issue as { discriminator?: string }).discriminator === 'kind') {
        const kind = valueAt(parsed.data, path);
        return [
          locate(
            parsed,
            path,
            kind === undefined
              ? `required (one of ${RULE_KINDS.join(', ')})`
              : `unknown kind ${JSON.stringify(kind)} (expected one of ${RULE_KINDS.join(', ')})`,
          ),
        ];
      }
      break;
    case 'invalid_type':
      if (valueAt(parsed.data, path) === undefined) return [locate(parsed, path, 'required')];
      return [locate(parsed, path, `expected ${issue.expected}`)];
    case 'invalid_value': {
      const oneOf = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return [
        locate(
          parsed,
          path,
          valueAt(parsed.data, path) === undefined ? `required (${oneOf})` : `must be ${oneOf}`,
        ),
      ];
    }
    case 'invalid_key':
      // A map key (a group id) that fails its own check: say why, not only that the key is invalid.
      return [locate(parsed, path, issue.issues[0]?.message ?? issue.message)];
  }
  return [locate(parsed, path, issue.message)];
}
