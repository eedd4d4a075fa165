import type { CompiledPack } from '../engine/types';
import { ACTIVE_RULES } from './stored-keys';
import { typedItem } from './typed-item';

/**
 * The rule set in force: the compiled packs after the person's and the organisation's choices (packs off,
 * rule severities changed). The background is its only writer; the content script, popup and checklist
 * page read it and follow its changes. It is compiled, already-trusted data: no zod or YAML is needed to use it.
 */
export interface ActiveRules {
  packs: CompiledPack[];
  /** ms since epoch, when the background last wrote it. */
  updatedAt: number;
}

/** Storage key `local:activeRules` (stored-keys.ts). */
export const activeRules = typedItem(ACTIVE_RULES);
