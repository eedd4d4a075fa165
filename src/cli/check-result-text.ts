import type { CheckResult } from '../engine/types';
import { lineColumnOf } from './text-position';

const VERDICT = {
  clean: 'sạch / clean',
  review: 'cần xem lại / review',
  critical: 'nghiêm trọng / critical',
} as const;

/** The human-readable report of `check --format text`: one block per finding, messages in vi then en. */
export function checkResultText(text: string, result: CheckResult, label?: string): string {
  const position = lineColumnOf(text);
  const out: string[] = [];
  const head = `${label ? `${label}: ` : ''}${VERDICT[result.verdict]}`;
  out.push(`${head} — ${result.findings.length} phát hiện / finding(s), ${result.links.length} link(s)`);
  for (const f of result.findings) {
    const at = f.start === 0 && f.end === 0 ? 'toàn bài / whole text' : formatAt(position(f.start));
    out.push(
      `  ${f.severity.toUpperCase().padEnd(8)} ${f.packId}/${f.ruleId}  ${at}  ${JSON.stringify(f.excerpt)}`,
    );
    out.push(`           vi: ${f.message.vi}`);
    if (f.message.en) out.push(`           en: ${f.message.en}`);
  }
  for (const link of result.links)
    out.push(`  LINK     ${link.verdict.padEnd(9)} ${link.domain}  ${link.url}`);
  const hinted = result.questions.filter((q) => q.hints.length);
  for (const q of hinted) {
    for (const hint of q.hints)
      out.push(`  ? ${q.id.padEnd(7)} ${hint.text.vi}${hint.text.en ? ` / ${hint.text.en}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

function formatAt(p: { line: number; column: number }): string {
  return `${p.line}:${p.column}`;
}
