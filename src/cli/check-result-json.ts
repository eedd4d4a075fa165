import type { CheckResult } from '../engine/types';

/**
 * The fields of the command-line contract (docs/ARCHITECTURE.md, "Contracts"), in its order, plus a group
 * finding's `evidence` and the `part` of a finding outside the typed text.
 */
export function checkResultJson(result: CheckResult) {
  return {
    verdict: result.verdict,
    findings: result.findings.map((f) => ({
      packId: f.packId,
      ruleId: f.ruleId,
      category: f.category,
      question: f.question,
      severity: f.severity,
      start: f.start,
      end: f.end,
      excerpt: f.excerpt,
      message: f.message,
      // Found in the shared post or in a picture's text: start/end/excerpt are that part's (the typed text's
      // findings have no `part`, so the original contract holds for them).
      ...(f.part ? { part: f.part } : {}),
      // A declared group's finding: the markers that added up (the one field beyond the original contract).
      ...(f.evidence ? { evidence: f.evidence } : {}),
    })),
    links: result.links.map((l) => ({ url: l.url, domain: l.domain, verdict: l.verdict })),
    questions: result.questions.map((q) => ({ id: q.id, hints: q.hints })),
  };
}
