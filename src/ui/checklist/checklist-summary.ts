import type { CheckResult } from '../../engine/types';
import { orderFindings } from '../result/FindingList';
import type { QuestionAnswer, QuestionView } from '../result/QuestionList';
import { RESULT_STRINGS } from '../result/result-strings';
import { localize, type UiLanguage } from '../locale';
import { unclearQuestions } from './checklist-state';
import { CHECKLIST_STRINGS } from './checklist-strings';

export type SummaryTone = 'pending' | 'unclear' | 'review' | 'clear';

export interface ChecklistSummary {
  tone: SummaryTone;
  /** Plain sentences, most important first. */
  lines: string[];
  unclear: string[];
}

interface SummaryInput {
  result: CheckResult | null;
  questions: readonly QuestionView[];
  answers: Readonly<Record<string, QuestionAnswer | undefined>>;
  lang: UiLanguage;
}

/**
 * Says plainly what is still unclear and recommends waiting until it is clear. It recommends; it never
 * forbids: the person decides (docs/ARCHITECTURE.md, "Principles").
 */
export function summarize({ result, questions, answers, lang }: SummaryInput): ChecklistSummary {
  const t = CHECKLIST_STRINGS[lang];
  if (!result) return { tone: 'pending', lines: [t.summaryPending], unclear: [] };
  const unclear = unclearQuestions(questions, answers);
  const critical = result.findings.filter((finding) => finding.severity === 'critical').length;
  const inImage = result.findings.filter((finding) => finding.part?.kind === 'image').length;
  const lines: string[] = [];
  let tone: SummaryTone;
  if (unclear.length > 0) {
    tone = 'unclear';
    const names = unclear.map((id) => {
      const question = questions.find((q) => q.id === id);
      return t.shortQuestion[id] ?? (question ? localize(question.text, lang) : id);
    });
    lines.push(t.unclear(names));
    if (critical > 0) lines.push(t.criticalCount(critical));
    if (inImage > 0) lines.push(t.inImageCount(inImage));
    lines.push(t.adviceUnclear);
  } else if (result.verdict !== 'clean') {
    tone = 'review';
    const points =
      result.findings.length + result.links.filter((l) => !['official', 'known'].includes(l.verdict)).length;
    lines.push(t.reviewAnswered(points));
    if (critical > 0) lines.push(t.criticalCount(critical));
    if (inImage > 0) lines.push(t.inImageCount(inImage));
    lines.push(t.adviceReview);
  } else {
    tone = 'clear';
    lines.push(t.clearAnswered, t.adviceClear);
  }
  return { tone, lines, unclear };
}

interface PlainSummaryInput extends SummaryInput {
  result: CheckResult;
  text: string;
  image?: string;
  at: number;
}

/** The short plain-text summary "Copy summary" puts on the clipboard. */
export function plainSummary(input: PlainSummaryInput): string {
  const { result, questions, answers, lang, text, image, at } = input;
  const t = CHECKLIST_STRINGS[lang];
  const r = RESULT_STRINGS[lang];
  const excerpt = text.replace(/\s+/g, ' ').trim();
  const short = excerpt.length > 140 ? `${excerpt.slice(0, 139)}…` : excerpt;
  const date = new Date(at).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const out = [`${t.plainHeading} (${date})`];
  if (short) out.push(`${t.plainContent}: “${short}”`);
  if (image) out.push(`${t.plainImage}: ${image}`);
  out.push('', `${t.plainFindings}:`);
  if (result.findings.length === 0) out.push(`- ${t.plainNoFindings}`);
  for (const finding of orderFindings(result.findings)) {
    const where = finding.part ? `${r.inPart(finding.part, 1, false)}: ` : '';
    out.push(
      `- [${r.severity[finding.severity]}] ${localize(finding.message, lang)} — ${where}“${finding.excerpt}”`,
    );
  }
  if (result.links.length > 0) {
    out.push('', `${t.plainLinks}:`);
    for (const link of result.links) out.push(`- ${link.domain}: ${r.verdict[link.verdict]}`);
  }
  out.push('', `${t.plainQuestions}:`);
  for (const question of questions) {
    const answer = answers[question.id];
    const mark = answer?.state === 'know' ? '[x]' : answer?.state === 'unsure' ? '[?]' : '[ ]';
    const state = answer ? (answer.state === 'know' ? r.answerKnow : r.answerUnsure) : t.plainUnanswered;
    out.push(`${mark} ${localize(question.text, lang)} — ${state}${answer?.note ? `: ${answer.note}` : ''}`);
  }
  const summary = summarize(input);
  out.push('', `${t.plainConclusion}: ${summary.lines.join(' ')}`);
  return `${out.join('\n')}\n`;
}
