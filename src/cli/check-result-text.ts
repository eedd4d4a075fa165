import type { CheckResult, Draft, FindingPart, GroupTally } from '../engine/types';
import { markerLines, tallySummary } from './group-tally-text';
import { lineColumnOf } from './text-position';

const VERDICT = {
  clean: 'sạch / clean',
  review: 'cần xem lại / review',
  critical: 'nghiêm trọng / critical',
} as const;

/**
 * The human-readable report of `check --format text`: one block per finding, messages in vi then en. A
 * group's finding lists the markers that added up (weight, place, excerpt) and to how much; when the
 * result carries group tallies (`Checker.explain`), every group that stayed silent is listed after the
 * findings with how far short it fell.
 */
export function checkResultText(
  input: Draft | string,
  result: CheckResult & { groups?: GroupTally[] },
  label?: string,
): string {
  const draft: Draft = typeof input === 'string' ? { text: input } : input;
  // Positions are counted in the text of the finding's part (the typed text, the shared post, a picture).
  const positions = new Map<string, ReturnType<typeof lineColumnOf>>();
  const positionIn = (part: FindingPart | undefined) => {
    const key = partKey(part);
    let position = positions.get(key);
    if (!position) {
      position = lineColumnOf(partText(draft, part));
      positions.set(key, position);
    }
    return position;
  };
  const out: string[] = [];
  const head = `${label ? `${label}: ` : ''}${VERDICT[result.verdict]}`;
  out.push(`${head} — ${result.findings.length} phát hiện / finding(s), ${result.links.length} link(s)`);
  for (const f of result.findings) {
    const position = positionIn(f.part);
    const at =
      partLabel(f.part) +
      (f.start === 0 && f.end === 0 ? 'toàn bài / whole text' : formatAt(position(f.start)));
    out.push(
      `  ${f.severity.toUpperCase().padEnd(8)} ${f.packId}/${f.ruleId}  ${at}  ${JSON.stringify(f.excerpt)}`,
    );
    out.push(`           vi: ${f.message.vi}`);
    if (f.message.en) out.push(`           en: ${f.message.en}`);
    if (f.evidence) {
      const tally = result.groups?.find(
        (g) => g.packId === f.packId && g.groupId === f.ruleId && partKey(g.part) === partKey(f.part),
      );
      const total = tally?.total ?? distinctTotal(f.evidence);
      out.push(`           dấu hiệu / markers: ${tally ? tallySummary(tally) : `${total}`}`);
      out.push(...markerLines(f.evidence, position, '             '));
    }
  }
  for (const g of result.groups ?? []) {
    if (g.reached) continue;
    out.push(
      `  ${'silent'.padEnd(8)} ${g.packId}/${g.groupId}  ${partLabel(g.part)}im lặng / silent: ${tallySummary(g)}`,
    );
    out.push(...markerLines(g.markers, positionIn(g.part), '             '));
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

/** Without a tally: the weights of the distinct rules in the evidence (each rule counts once). */
function distinctTotal(evidence: readonly { ruleId: string; weight: number }[]): number {
  const seen = new Map(evidence.map((e) => [e.ruleId, e.weight]));
  return Math.round([...seen.values()].reduce((a, b) => a + b, 0) * 1000) / 1000;
}

function formatAt(p: { line: number; column: number }): string {
  return `${p.line}:${p.column}`;
}

function partKey(part: FindingPart | undefined): string {
  return !part ? 'text' : part.kind === 'shared' ? 'shared' : `image:${part.index}`;
}

/** The text a part's offsets point into. */
function partText(draft: Draft, part: FindingPart | undefined): string {
  if (!part) return draft.text;
  if (part.kind === 'shared') return draft.shared?.text ?? '';
  return draft.images?.[part.index]?.text ?? '';
}

/** Where, beyond the typed text: "bài chia sẻ / shared post, " or "ảnh 2 / image 2, " (numbered from 1). */
function partLabel(part: FindingPart | undefined): string {
  if (!part) return '';
  if (part.kind === 'shared') return 'bài chia sẻ / shared post, ';
  return `ảnh ${part.index + 1} / image ${part.index + 1}, `;
}
