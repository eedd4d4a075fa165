import { RESULT_CSS } from '../result';

// Styles live inside the shadow root, so the site's CSS cannot reach in and ours cannot leak out. The result
// lists bring their own (RESULT_CSS); this adds the dialog shell and the badge. Light or dark follows the
// site (.wr-light/.wr-dark on the mount, from the page's computed background), not only the OS setting.
const LIGHT = `--wr-fg: #1c1e21; --wr-muted: #5b636e; --wr-bg: #ffffff; --wr-surface: #f4f6f8; --wr-border: #dde2e8;
  --wr-accent: #0b66c3; --wr-accent-fg: #ffffff; --wr-critical: #b42318; --wr-critical-bg: #fdecea;
  --wr-warning: #8a5300; --wr-warning-bg: #fff3d6; --wr-info: #1d5fa8; --wr-info-bg: #e7f0fb;
  --wr-good: #1b7240; --wr-good-bg: #e4f3e9;`;
const DARK = `--wr-fg: #e7e9ec; --wr-muted: #a3abb5; --wr-bg: #16181b; --wr-surface: #1f2227; --wr-border: #353a42;
  --wr-accent: #7cb2f5; --wr-accent-fg: #0d1726; --wr-critical: #ff9b8f; --wr-critical-bg: #3b1e1b;
  --wr-warning: #f2c55c; --wr-warning-bg: #362b10; --wr-info: #8fbaf5; --wr-info-bg: #1a2a3e;
  --wr-good: #87d19e; --wr-good-bg: #16301f;`;

export const DIALOG_CSS = `${RESULT_CSS}
:host { all: initial; }
.wr-light { ${LIGHT} }
.wr-dark { ${DARK} }
.wr-backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center;
  background: rgba(0, 0, 0, 0.45); font: 15px/1.45 var(--wr-font, system-ui, sans-serif);
}
.wr-dialog {
  box-sizing: border-box; width: min(580px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  background: var(--wr-bg); color: var(--wr-fg); border-radius: 12px; padding: 20px 22px;
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
}
.wr-title { font-size: 19px; margin: 0 0 6px; }
.wr-intro { margin: 0 0 14px; color: var(--wr-muted); }
.wr-shared { margin: 0 0 12px; }
.wr-footer { position: sticky; bottom: -20px; margin: 16px -22px -20px; padding: 12px 22px 16px;
  background: var(--wr-bg); border-top: 1px solid var(--wr-border); }
.wr-ack { display: block; margin: 0 0 10px; padding: 8px 10px; border: 1px solid var(--wr-critical);
  border-radius: 8px; }
.wr-actions { display: flex; gap: 10px; justify-content: flex-end; flex-wrap: wrap; }
.wr-button { font: inherit; padding: 8px 16px; border-radius: 8px; border: 1px solid var(--wr-border);
  background: var(--wr-surface); color: var(--wr-fg); cursor: pointer; }
.wr-button.wr-primary { background: var(--wr-accent); border-color: var(--wr-accent); color: var(--wr-accent-fg); }
.wr-button[disabled] { opacity: 0.5; cursor: not-allowed; }
.wr-button:focus-visible, input:focus-visible { outline: 3px solid var(--wr-accent); outline-offset: 2px; }
.wr-count-badge {
  position: fixed; z-index: 2147483646; min-width: 22px; height: 22px; padding: 0 6px; box-sizing: border-box;
  border-radius: 11px; border: none; font: 600 12px/22px system-ui, sans-serif; cursor: pointer;
  background: #8a5a00; color: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
}
.wr-count-badge.wr-critical { background: #b3261e; }
.wr-count-badge.wr-clean { background: #5f6b7a; }
`;
