import type { CompiledPack } from '../engine/types';

/** Whether two compiled rule sets are the same data (they are plain JSON, so their JSON compares them). */
export function samePacks(a: readonly CompiledPack[], b: readonly CompiledPack[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
