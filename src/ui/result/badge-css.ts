// Kept in its own module so the guard's dialog bundle takes these few rules without the rest of RESULT_CSS
// (a template literal that interpolates is not dropped by the bundler even when unused).

/** The coloured verdict and severity labels: shared with the guard's dialog, which needs only these. */
export const BADGE_CSS = `.wr-badge {
  display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 11.5px; font-weight: 650;
  line-height: 18px; white-space: nowrap;
}
.wr-badge[data-tone="critical"] { color: var(--wr-critical); background: var(--wr-critical-bg); }
.wr-badge[data-tone="warning"] { color: var(--wr-warning); background: var(--wr-warning-bg); }
.wr-badge[data-tone="info"] { color: var(--wr-info); background: var(--wr-info-bg); }
.wr-badge[data-tone="good"] { color: var(--wr-good); background: var(--wr-good-bg); }`;
