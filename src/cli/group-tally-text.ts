import type { Evidence, GroupTally } from '../engine/types';
import type { lineColumnOf } from './text-position';

// How a group added up, as `check --format text` and `pack test` print it: one line per marker with its
// weight (a counter-marker shows with "-"), where it is and what it matched; and for a group that stayed
// silent, how far short of its reach it fell, so a pack author sees a near miss.

type Position = ReturnType<typeof lineColumnOf>;

/** 0.5 → "+0.5", -1 → "-1": weights as the author wrote them, signed. */
export function signedWeight(weight: number): string {
  const rounded = Math.round(weight * 1000) / 1000;
  return `${rounded < 0 ? '-' : '+'}${Math.abs(rounded)}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function place(e: Evidence, position: Position): string {
  if (e.end <= e.start) return 'toàn bài / whole text';
  const p = position(e.start);
  return `${p.line}:${p.column}`;
}

/** One line per marker: `+0.5  hearsay  1:9  "Nghe nói"`. */
export function markerLines(markers: readonly Evidence[], position: Position, indent: string): string[] {
  const width = Math.max(0, ...markers.map((m) => m.ruleId.length));
  const weightWidth = Math.max(0, ...markers.map((m) => signedWeight(m.weight).length));
  return markers.map(
    (m) =>
      `${indent}${signedWeight(m.weight).padEnd(weightWidth)}  ${m.ruleId.padEnd(width)}  ${place(m, position)}` +
      (m.end > m.start ? `  ${JSON.stringify(m.excerpt)}` : ''),
  );
}

/** "1.4 of 1" for a group that spoke; "0.7 of 1, 0.3 short" for one that stayed silent. */
export function tallySummary(tally: Pick<GroupTally, 'total' | 'reach' | 'reached'>): string {
  const head = `${round(tally.total)} of ${round(tally.reach)}`;
  return tally.reached
    ? `${head} / đạt ${round(tally.total)} trên ${round(tally.reach)}`
    : `${head}, ${round(tally.reach - tally.total)} short / thiếu ${round(tally.reach - tally.total)}`;
}

/** The markers of one group on one line, for compact listings: `hearsay +0.5 "nghe nói", …`. */
export function markersInline(markers: readonly Evidence[]): string {
  return markers
    .map(
      (m) =>
        `${m.ruleId} ${signedWeight(m.weight)}${m.end > m.start ? ` ${JSON.stringify(m.excerpt)}` : ' (toàn bài / whole text)'}`,
    )
    .join(', ');
}
