import { BADGE_CSS } from './badge-css';

/**
 * Styles of the shared result components as one string, so the same look works in an extension page (a
 * `<style>` in the document) and inside the guard's shadow root (a `<style>` in the root), with no
 * assumption about global CSS. Colours are custom properties set on `:host` and `:root`, so a host page
 * cannot leak its own into the shadow root and dark mode follows the person's system setting.
 */
export const RESULT_CSS = `
:host, :root {
  --wr-fg: #1c1e21;
  --wr-muted: #5b636e;
  --wr-bg: #ffffff;
  --wr-surface: #f4f6f8;
  --wr-border: #dde2e8;
  --wr-accent: #0b66c3;
  --wr-accent-fg: #ffffff;
  --wr-critical: #b42318;
  --wr-critical-bg: #fdecea;
  --wr-warning: #8a5300;
  --wr-warning-bg: #fff3d6;
  --wr-info: #1d5fa8;
  --wr-info-bg: #e7f0fb;
  --wr-good: #1b7240;
  --wr-good-bg: #e4f3e9;
  --wr-radius: 10px;
  --wr-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :host, :root {
    --wr-fg: #e7e9ec;
    --wr-muted: #a3abb5;
    --wr-bg: #16181b;
    --wr-surface: #1f2227;
    --wr-border: #353a42;
    --wr-accent: #7cb2f5;
    --wr-accent-fg: #0d1726;
    --wr-critical: #ff9b8f;
    --wr-critical-bg: #3b1e1b;
    --wr-warning: #f2c55c;
    --wr-warning-bg: #362b10;
    --wr-info: #8fbaf5;
    --wr-info-bg: #1a2a3e;
    --wr-good: #87d19e;
    --wr-good-bg: #16301f;
  }
}
.wr-section { margin: 0 0 16px; font-family: var(--wr-font); color: var(--wr-fg); }
.wr-section-title {
  margin: 0 0 8px; font-size: 12px; font-weight: 650; letter-spacing: .04em; text-transform: uppercase;
  color: var(--wr-muted);
}
.wr-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.wr-empty { margin: 0; font-size: 13px; color: var(--wr-muted); }
${BADGE_CSS}

.wr-finding {
  border: 1px solid var(--wr-border); border-left: 4px solid var(--wr-info); border-radius: var(--wr-radius);
  background: var(--wr-bg); padding: 10px 12px;
}
.wr-finding[data-severity="critical"] { border-left-color: var(--wr-critical); }
.wr-finding[data-severity="warning"] { border-left-color: var(--wr-warning); }
.wr-finding-head { display: flex; align-items: baseline; gap: 8px; }
.wr-finding-message { margin: 0; font-size: 14px; line-height: 1.45; }
.wr-excerpt {
  margin: 6px 0 0; padding: 4px 8px; border-radius: 6px; background: var(--wr-surface);
  font-size: 13px; line-height: 1.4; color: var(--wr-fg); white-space: pre-wrap; overflow-wrap: anywhere;
}
.wr-compact { gap: 6px; }
.wr-compact .wr-finding { padding: 8px 10px; }
.wr-compact .wr-finding-message { font-size: 13.5px; }
.wr-compact .wr-excerpt { margin-top: 4px; font-size: 12.5px; }
.wr-reference { margin: 6px 0 0; font-size: 12px; color: var(--wr-muted); }

.wr-link {
  display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; align-items: baseline;
  border: 1px solid var(--wr-border); border-radius: var(--wr-radius); background: var(--wr-bg); padding: 8px 12px;
}
.wr-link-domain { font-weight: 650; font-size: 14px; overflow-wrap: anywhere; }
.wr-link .wr-link-age { grid-column: 2; }
.wr-link-url, .wr-link-help {
  grid-column: 1 / -1; margin: 0; font-size: 12.5px; color: var(--wr-muted); overflow-wrap: anywhere;
}
.wr-link-url { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }

.wr-question {
  border: 1px solid var(--wr-border); border-radius: var(--wr-radius); background: var(--wr-bg); padding: 10px 12px;
}
.wr-question[data-answer="know"] { border-color: var(--wr-good); }
.wr-question[data-answer="unsure"] { border-color: var(--wr-warning); }
.wr-question-head { display: flex; gap: 10px; align-items: baseline; }
.wr-question-number {
  flex: none; width: 22px; height: 22px; border-radius: 50%; display: inline-grid; place-items: center;
  background: var(--wr-surface); color: var(--wr-muted); font-size: 12px; font-weight: 700;
}
.wr-question-text { margin: 0; font-size: 14.5px; font-weight: 600; line-height: 1.4; }
.wr-hints { margin: 6px 0 0 32px; padding: 0; list-style: none; display: grid; gap: 3px; }
.wr-hint { font-size: 13px; line-height: 1.4; color: var(--wr-fg); }
.wr-hint::before { content: "→ "; color: var(--wr-muted); }
.wr-answers { margin: 8px 0 0 32px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.wr-answer {
  font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--wr-border); background: var(--wr-surface); color: var(--wr-fg);
}
.wr-answer:hover { border-color: var(--wr-muted); }
.wr-answer:focus-visible, .wr-note:focus-visible { outline: 2px solid var(--wr-accent); outline-offset: 1px; }
.wr-answer[data-answer="know"][aria-pressed="true"] {
  background: var(--wr-good-bg); border-color: var(--wr-good); color: var(--wr-good); font-weight: 650;
}
.wr-answer[data-answer="unsure"][aria-pressed="true"] {
  background: var(--wr-warning-bg); border-color: var(--wr-warning); color: var(--wr-warning); font-weight: 650;
}
.wr-note {
  flex: 1 1 180px; min-width: 0; font: inherit; font-size: 13px; padding: 4px 8px; border-radius: 6px;
  border: 1px solid var(--wr-border); background: var(--wr-bg); color: var(--wr-fg);
}
`;
