import type { CompiledPack } from '../engine/types';

/** A digest of a compiled rule set (plain JSON, so its JSON names it), to tell a changed set from the same. */
export async function rulesDigest(packs: readonly CompiledPack[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(packs));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
