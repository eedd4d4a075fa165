import { describe, expect, it } from 'vitest';
import { ACCEPTED_PATTERNS } from './accepted-patterns';
import { patternCost, STEP_BUDGET } from './regex-safety';

// The loader accepts these exact patterns without analysing them (regex-safety.ts): each must still be
// proved cheap by the analysis as it is now, or the list would let a costly pattern through.
// The analysis of the largest built-in patterns takes seconds (4.7 s for the longest on a quiet 2-core machine,
// `npm run bench -- regex` has the figures) — the very cost the list saves the browser — so each proof gets
// a minute rather than Vitest's 5 s, which a loaded CI runner overruns.
const PROOF_TIMEOUT_MS = 60_000;

describe('accepted-patterns.ts', () => {
  it.each(ACCEPTED_PATTERNS.map((p) => [p.pattern, p.flags] as const))(
    're-proves %s (flags "%s")',
    (pattern, flags) => {
      const cost = patternCost(pattern, flags);
      expect(cost).toMatchObject({ ok: true });
      if (cost.ok) expect(cost.stepsPerChar).toBeLessThanOrEqual(STEP_BUDGET);
    },
    PROOF_TIMEOUT_MS,
  );
});
