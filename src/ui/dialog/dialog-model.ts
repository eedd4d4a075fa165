// What the guard's dialog shows, worked out from the check before anything is drawn: the five questions,
// most reason to ask first, each with the hints and the evidence (findings, folded per rule) that feed it and
// at most two places to look elsewhere; and the shared links with their age. Pure, so it is tested as data.

import type {
  CheckResult,
  Draft,
  Finding,
  FindingPart,
  LinkResult,
  LocalizedText,
  QuestionHint,
  QuestionId,
  Severity,
} from '../../engine/types';
import { articleAgeHint, isOldArticle } from '../../questions/article-age';
import { lateralReading, type LateralAction } from '../../questions/lateral-reading';
import { QUESTIONS } from '../../questions/questions';

/**
 * One rule's findings in one part of the draft under the question it feeds: one line however often the rule
 * matched there.
 */
export interface EvidenceLine {
  packId: string;
  ruleId: string;
  /** Where, when not in the typed text: the shared post, or an attached picture's text. */
  part?: FindingPart;
  severity: Severity;
  message: LocalizedText;
  reference?: string;
  /** The words that triggered it, in text order (the first is shown; the rest on demand). */
  excerpts: string[];
  /** How many findings were folded into this line. */
  count: number;
  /** A declared group's finding: the markers that added up (see docs/PACK-FORMAT.md), each with its message. */
  markers?: { ruleId: string; excerpt: string; message: LocalizedText }[];
}

export interface DialogQuestion {
  id: QuestionId;
  text: LocalizedText;
  hints: QuestionHint[];
  evidence: EvidenceLine[];
  /** Places to look elsewhere that help answer this question (the two most useful ones overall). */
  actions: LateralAction[];
  /** How much reason there is to ask it: findings by severity, then hints. */
  weight: number;
}

export interface DialogLink extends LinkResult {
  /** Published more than 90 days ago (the sources pack read the date in its address). */
  old: boolean;
}

export interface DialogModel {
  questions: DialogQuestion[];
  links: DialogLink[];
  critical: boolean;
  /** How many pictures' text was checked (a finding in one names which, when there are several). */
  pictures: number;
}

const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 100, warning: 10, info: 1 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
/** Hints that only confirm a source is sound count for less than ones that raise a doubt. */
const REASSURING_HINTS = new Set(['link:official', 'link:known']);
/** How many places to look elsewhere the dialog shows (the rest are on the checklist page). */
export const DIALOG_LATERAL_ACTIONS = 2;

/**
 * Findings folded per rule and part (a stamp typed and a stamp in a picture are two lines: the person must
 * see both places), under their question, most severe first, then in the draft's order.
 */
export function evidenceByQuestion(findings: readonly Finding[]): Map<QuestionId, EvidenceLine[]> {
  const lines = new Map<string, EvidenceLine & { question: QuestionId; first: number }>();
  findings.forEach((finding, index) => {
    const part = finding.part;
    const where = !part ? '' : part.kind === 'shared' ? 'shared' : `image${part.index}`;
    const key = `${finding.packId}\u0000${finding.ruleId}\u0000${where}`;
    const line = lines.get(key);
    if (line) {
      line.count++;
      if (finding.excerpt && !line.excerpts.includes(finding.excerpt)) line.excerpts.push(finding.excerpt);
      if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[line.severity]) line.severity = finding.severity;
      return;
    }
    lines.set(key, {
      packId: finding.packId,
      ruleId: finding.ruleId,
      ...(part ? { part } : {}),
      severity: finding.severity,
      message: finding.message,
      ...(finding.reference ? { reference: finding.reference } : {}),
      excerpts: finding.excerpt ? [finding.excerpt] : [],
      count: 1,
      ...(finding.evidence?.length
        ? {
            markers: finding.evidence.map((marker) => ({
              ruleId: marker.ruleId,
              excerpt: marker.excerpt,
              message: marker.message,
            })),
          }
        : {}),
      question: finding.question,
      first: index,
    });
  });
  const byQuestion = new Map<QuestionId, EvidenceLine[]>();
  const ordered = [...lines.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.first - b.first,
  );
  for (const { question, first: _first, ...line } of ordered) {
    const list = byQuestion.get(question) ?? [];
    list.push(line);
    byQuestion.set(question, list);
  }
  return byQuestion;
}

export function dialogModel(result: CheckResult, draft: Draft, now: number): DialogModel {
  const evidence = evidenceByQuestion(result.findings);
  const ageHint = articleAgeHint(result.links, now);
  const lateral = lateralReading({
    text: draft.text,
    ...(draft.shared?.text ? { sharedText: draft.shared.text } : {}),
    links: result.links,
    ...(result.portals ? { portals: result.portals } : {}),
  }).slice(0, DIALOG_LATERAL_ACTIONS);

  const questions = QUESTIONS.map((question, order) => {
    const given = result.questions.find((q) => q.id === question.id)?.hints ?? [];
    const hints = question.id === 'source' && ageHint ? [ageHint, ...given] : [...given];
    const lines = evidence.get(question.id) ?? [];
    const weight =
      lines.reduce((sum, line) => sum + SEVERITY_WEIGHT[line.severity], 0) +
      hints.reduce((sum, hint) => sum + (REASSURING_HINTS.has(hint.id) ? 1 : 3), 0);
    return {
      view: {
        id: question.id,
        text: question.text,
        hints,
        evidence: lines,
        actions: lateral.filter((action) => action.question === question.id),
        weight,
      },
      order,
    };
  });
  questions.sort((a, b) => b.view.weight - a.view.weight || a.order - b.order);

  return {
    questions: questions.map(({ view }) => view),
    links: result.links.map((link) => ({ ...link, old: isOldArticle(link, now) })),
    critical: result.findings.some((finding) => finding.severity === 'critical'),
    pictures: draft.images?.length ?? 0,
  };
}
