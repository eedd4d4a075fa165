import { parse } from 'yaml';
import type { CompiledPack, CompiledPhraseRule } from '../../engine/types';
import type { PackLoadResult } from '../pack-record';

/**
 * A stand-in for src/packs `loadPack` in store tests: enough checking to tell a good pack from a bad one,
 * so the store's own decisions (trust, rollback, ownership, fetching) are tested on their own.
 */
export function fakeLoadPack(source: string): PackLoadResult {
  let data: Record<string, unknown>;
  try {
    data = parse(source) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, errors: [{ line: 1, message: String(error) }] };
  }
  if (typeof data?.pack !== 'string' || typeof data.version !== 'string' || !Array.isArray(data.rules)) {
    return { ok: false, errors: [{ field: 'pack', message: 'not a pack' }] };
  }
  const rules = (data.rules as Array<Record<string, unknown>>).map((rule): CompiledPhraseRule => ({
    id: String(rule.id),
    kind: 'phrase',
    category: 'custom:test',
    question: 'source',
    severity: (rule.severity as CompiledPhraseRule['severity']) ?? 'warning',
    message: { vi: String(rule.message ?? ''), en: String(rule.message ?? '') },
    weight: 1,
    phrases: (rule.phrases as string[]) ?? [],
    match: 'fold',
    wholeLine: false,
    upperCaseOnly: false,
  }));
  const compiled: CompiledPack = {
    id: data.pack,
    version: data.version,
    name: { vi: data.pack, en: data.pack },
    ...(typeof data.publisher === 'string' ? { publisher: data.publisher } : {}),
    rules,
    questions: [],
  };
  return { ok: true, pack: data, compiled };
}

export function packText(id: string, version: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    pack: id,
    version,
    rules: [
      { id: 'r1', phrases: ['x'], message: 'm' },
      { id: 'r2', phrases: ['y'], message: 'n' },
    ],
    ...extra,
  });
}
