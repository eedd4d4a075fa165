import { describe, expect, it } from 'vitest';
import { ACCEPTED_PATTERNS } from './accepted-patterns';
import { patternCost, STEP_BUDGET } from './regex-safety';

// The loader accepts these exact patterns without analysing them (regex-safety.ts): each must still be
// proved cheap by the analysis as it is now, or the list would let a costly pattern through.
describe('accepted-patterns.ts', () => {
  it.each(ACCEPTED_PATTERNS.map((p) => [p.pattern, p.flags] as const))(
    're-proves %s (flags "%s")',
    (pattern, flags) => {
      const cost = patternCost(pattern, flags);
      expect(cost).toMatchObject({ ok: true });
      if (cost.ok) expect(cost.stepsPerChar).toBeLessThanOrEqual(STEP_BUDGET);
    },
  );
});
