import type { CheckResult } from '../engine/types';

/**
 * The fields of the command-line contract (docs/ARCHITECTURE.md, "Contracts"), in its order, plus a group
 * finding's `evidence`.
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
      // A declared group's finding: the markers that added up (the one field beyond the original contract).
      ...(f.evidence ? { evidence: f.evidence } : {}),
    })),
    links: result.links.map((l) => ({ url: l.url, domain: l.domain, verdict: l.verdict })),
    questions: result.questions.map((q) => ({ id: q.id, hints: q.hints })),
  };
}
