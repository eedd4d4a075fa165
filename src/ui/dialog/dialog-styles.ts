import { BADGE_CSS } from '../result/badge-css';

// Styles live inside the shadow root, so the site's CSS cannot reach in and ours cannot leak out. Of the
// shared result styles the dialog uses only the verdict and severity labels (BADGE_CSS). Light or dark follows the
// site (.wr-light/.wr-dark on the mount, from the page's computed background), not only the OS setting.
// Sizes are set so the common case (up to 3 findings, 2 links) fits a 1366×768 window without scrolling.
const LIGHT = `--wr-fg: #1c1e21; --wr-muted: #545c66; --wr-bg: #ffffff; --wr-surface: #f2f4f7; --wr-border: #d5dbe2;
  --wr-accent: #0b5fb3; --wr-accent-fg: #ffffff; --wr-critical: #b42318; --wr-critical-bg: #fdecea;
  --wr-warning: #7f4c00; --wr-warning-bg: #fff3d6; --wr-info: #1d5fa8; --wr-info-bg: #e7f0fb;
  --wr-good: #1b7240; --wr-good-bg: #e4f3e9;`;
const DARK = `--wr-fg: #e7e9ec; --wr-muted: #aab2bc; --wr-bg: #16181b; --wr-surface: #23262c; --wr-border: #3a4049;
  --wr-accent: #7cb2f5; --wr-accent-fg: #0d1726; --wr-critical: #ff9b8f; --wr-critical-bg: #3b1e1b;
  --wr-warning: #f2c55c; --wr-warning-bg: #362b10; --wr-info: #8fbaf5; --wr-info-bg: #1a2a3e;
  --wr-good: #87d19e; --wr-good-bg: #16301f;`;

export const DIALOG_CSS = `${BADGE_CSS}
:host { all: initial; }
.wr-light { ${LIGHT} }
.wr-dark { ${DARK} }
.wr-backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center;
  background: rgba(0, 0, 0, 0.45); font: 14px/1.4 var(--wr-font, system-ui, sans-serif);
}
.wr-dialog {
  box-sizing: border-box; width: min(760px, calc(100vw - 24px)); max-height: calc(100vh - 24px);
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--wr-bg); color: var(--wr-fg); border-radius: 12px; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
}
@media (prefers-reduced-motion: no-preference) {
  .wr-dialog { animation: wr-enter 120ms ease-out; }
  @keyframes wr-enter { from { opacity: 0; transform: translateY(6px); } }
}
.wr-body { overflow: auto; padding: 16px 20px 10px; }
.wr-title { font-size: 18px; line-height: 1.3; margin: 0 0 2px; }
.wr-intro { margin: 0 0 10px; color: var(--wr-muted); font-size: 13.5px; }
.wr-shared { color: var(--wr-fg); }
.wr-pictures { margin: 0 0 8px; padding: 5px 10px; border-radius: 8px; font-size: 13px; background: var(--wr-info-bg);
  color: var(--wr-fg); }
.wr-pictures[data-state="none"] { margin: 0; padding: 0; background: none; }
.wr-pictures[data-state="unread"] { background: var(--wr-warning-bg); }
.wr-ev-where { color: var(--wr-muted); }
.wr-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.wr-dq-list { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--wr-border); }
.wr-dq { padding: 6px 0; border-bottom: 1px solid var(--wr-border); }
.wr-dq-text { margin: 0; font-size: 14.5px; font-weight: 650; line-height: 1.35; }
.wr-dq[data-quiet] { padding: 4px 0; }
.wr-dq[data-quiet] .wr-dq-text { font-weight: 500; color: var(--wr-muted); font-size: 14px; }
.wr-dq-hints { margin: 3px 0 0; padding: 0 0 0 14px; list-style: none; display: grid; gap: 2px; }
.wr-dq .wr-hint { font-size: 13px; line-height: 1.35; }
.wr-hint::before { content: "→ "; color: var(--wr-muted); }
.wr-reference { margin: 0; font-size: 12px; color: var(--wr-muted); }
.wr-evidence, .wr-dq-actions { list-style: none; margin: 3px 0 0 14px; padding: 0; display: grid; gap: 2px; }
.wr-ev summary { cursor: pointer; font-size: 13px; line-height: 1.35; border-radius: 4px; }
.wr-ev summary::marker { color: var(--wr-muted); }
.wr-ev-words { overflow-wrap: anywhere; }
.wr-ev-count { color: var(--wr-muted); font-weight: 650; }
.wr-ev-details { margin: 3px 0 4px 16px; padding: 6px 10px; border-left: 3px solid var(--wr-border);
  background: var(--wr-surface); border-radius: 0 6px 6px 0; font-size: 13px; }
.wr-ev[data-severity="critical"] .wr-ev-details { border-left-color: var(--wr-critical); }
.wr-ev[data-severity="warning"] .wr-ev-details { border-left-color: var(--wr-warning); }
.wr-ev-message, .wr-ev-more { margin: 0; }
.wr-ev-markers { margin: 4px 0 0; padding: 0 0 0 16px; display: grid; gap: 2px; }
.wr-ev-more { margin-top: 4px; color: var(--wr-muted); overflow-wrap: anywhere; }
.wr-ev-details .wr-reference { margin-top: 4px; }
.wr-lateral { font-size: 13px; color: var(--wr-accent); font-weight: 600; text-decoration: none; }
.wr-lateral::after { content: " ↗"; color: var(--wr-muted); font-weight: 400; }
.wr-lateral:hover { text-decoration: underline; }

.wr-links { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 5px; }
.wr-link-row { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding: 4px 10px;
  border: 1px solid var(--wr-border); border-radius: 8px; background: var(--wr-surface); }
.wr-link-domain { font-weight: 650; font-size: 14px; overflow-wrap: anywhere; }
.wr-link-note { font-size: 12.5px; color: var(--wr-muted); }
.wr-read { font-size: 13px; margin-left: auto; }
.wr-read[data-state="not-opened"], .wr-read[data-state="unknown"] { color: var(--wr-warning); font-weight: 600; }
.wr-read[data-state="opened"] { color: var(--wr-good); }
.wr-open-first { font-size: 13px; font-weight: 650; color: var(--wr-accent-fg); background: var(--wr-accent);
  padding: 3px 10px; border-radius: 999px; text-decoration: none; }
.wr-open-first::after { content: " ↗"; }
.wr-offer { margin: 6px 0 0; padding: 6px 10px; border: 1px dashed var(--wr-border); border-radius: 8px;
  display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
.wr-offer-text { margin: 0; flex: 1 1 320px; font-size: 13px; }

.wr-footer { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 10px 20px 12px;
  background: var(--wr-bg); border-top: 1px solid var(--wr-border); }
.wr-ack { flex: 1 1 260px; padding: 5px 10px; border: 1px solid var(--wr-critical); border-radius: 8px;
  font-size: 13px; line-height: 1.35; }
.wr-actions { flex: 1 1 auto; display: flex; gap: 10px; justify-content: flex-end; flex-wrap: wrap; }
.wr-button { font: inherit; padding: 7px 16px; border-radius: 8px; border: 1px solid var(--wr-border);
  background: var(--wr-surface); color: var(--wr-fg); cursor: pointer; }
.wr-button.wr-primary { background: var(--wr-accent); border-color: var(--wr-accent); color: var(--wr-accent-fg); }
.wr-button.wr-small { padding: 3px 12px; font-size: 13px; }
.wr-button.wr-quiet { background: transparent; }
.wr-button[disabled] { opacity: 0.55; cursor: not-allowed; }
.wr-button:focus-visible, input:focus-visible, summary:focus-visible, a:focus-visible {
  outline: 3px solid var(--wr-accent); outline-offset: 2px;
}
.wr-count-badge {
  position: fixed; z-index: 2147483646; min-width: 22px; height: 22px; padding: 0 6px; box-sizing: border-box;
  border-radius: 11px; border: none; font: 600 12px/22px system-ui, sans-serif; cursor: pointer;
  background: #8a5a00; color: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
}
.wr-count-badge.wr-critical { background: #b3261e; }
.wr-count-badge.wr-clean { background: #5f6b7a; }
.wr-count-badge:focus-visible { outline: 3px solid #0b5fb3; outline-offset: 2px; }
`;
