/**
 * When the guard asks before a post goes out — the one declaration of the modes, shared by the guard, the
 * settings, the options page and the organisation policy.
 * - `always`: every press of Post/Share/Send/Enter on a guarded surface opens the questions.
 * - `links-and-findings` (default): a link is being shared, or a rule of severity warning or critical fired.
 * - `findings-only`: only a rule of severity warning or critical (a link alone is not a reason).
 * - `off`: never ask (the badge still shows what it sees).
 */
export type GuardMode = 'always' | 'links-and-findings' | 'findings-only' | 'off';

export const GUARD_MODES: readonly GuardMode[] = ['always', 'links-and-findings', 'findings-only', 'off'];

export function isGuardMode(value: unknown): value is GuardMode {
  return typeof value === 'string' && (GUARD_MODES as readonly string[]).includes(value);
}
