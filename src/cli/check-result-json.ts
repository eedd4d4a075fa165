import type { CheckResult } from '../engine/types';

/** Exactly the fields of DESIGN.md's command-line contract, in its order. */
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
    })),
    links: result.links.map((l) => ({ url: l.url, domain: l.domain, verdict: l.verdict })),
    questions: result.questions.map((q) => ({ id: q.id, hints: q.hints })),
  };
}
