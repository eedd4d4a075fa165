// Checking the text read from an image with the packs in force. It is checked as a part of its own (its line
// and group rules see the image alone, excerpts come from the OCR text), with two deliberate differences from
// typed text: the signals (share of capitals, runs of "!", a claim without a source) measure how a person
// writes, and an image's headings and memes are in capitals by design; and links read by OCR are too often
// misread to be judged, so they are left out.
import { verdictOf } from '../engine/checker';
import { buildQuestionHints } from '../questions/hints';
import type { CheckResult, CompiledPack, Draft } from '../engine/types';

export interface TextChecker {
  check(draft: Draft): CheckResult;
}

const leftOut = new WeakMap<readonly CompiledPack[], Set<string>>();

/** `packId/ruleId` of the signal and domain rules of these packs. */
function leftOutRules(packs: readonly CompiledPack[]): Set<string> {
  let ids = leftOut.get(packs);
  if (!ids) {
    ids = new Set(
      packs.flatMap((pack) =>
        pack.rules
          .filter((rule) => rule.kind === 'signal' || rule.kind === 'domain')
          .map((rule) => `${pack.id}/${rule.id}`),
      ),
    );
    leftOut.set(packs, ids);
  }
  return ids;
}

/** The findings of an image's text: every rule but signals and links, offsets into `text`. */
export function checkImageText(
  checker: TextChecker,
  packs: readonly CompiledPack[],
  text: string,
): CheckResult {
  if (!text.trim()) return { verdict: 'clean', findings: [], links: [], questions: [] };
  const skip = leftOutRules(packs);
  const full = checker.check({ text });
  const findings = full.findings.filter((finding) => !skip.has(`${finding.packId}/${finding.ruleId}`));
  return {
    verdict: verdictOf(findings, []),
    findings,
    links: [],
    // Hints from the findings kept (a hint for a left-out finding would point at nothing).
    questions: buildQuestionHints(findings, [], { text }),
  };
}
