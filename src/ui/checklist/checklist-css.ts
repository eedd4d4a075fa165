import { RESULT_CSS } from '../result/result-css';

/** The popup's and checklist page's own styles, on top of the shared result styles. */
export const CHECKLIST_CSS = `${RESULT_CSS}
* { box-sizing: border-box; }
html { color-scheme: light dark; }
body { margin: 0; background: var(--wr-surface); color: var(--wr-fg); font-family: var(--wr-font); }
.wr-app { font-size: 14px; line-height: 1.45; }
.wr-app-popup { width: 420px; padding: 14px 16px 16px; background: var(--wr-surface); }
.wr-app-page { max-width: 1120px; margin: 0 auto; padding: 28px 28px 48px; }
.wr-header { display: flex; align-items: flex-start; justify-content: space-between; gap: 12px; margin-bottom: 14px; }
.wr-brand { display: flex; gap: 10px; align-items: center; }
.wr-logo {
  flex: none; width: 30px; height: 30px; border-radius: 9px; display: grid; place-items: center;
  background: var(--wr-accent); color: var(--wr-accent-fg); font-weight: 800; font-size: 17px;
}
.wr-app-page .wr-logo { width: 40px; height: 40px; border-radius: 12px; font-size: 22px; }
.wr-product {
  margin: 0; font-size: 11px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase;
  color: var(--wr-accent);
}
.wr-title { margin: 0; font-size: 16px; font-weight: 700; letter-spacing: -.01em; }
.wr-app-page .wr-title { font-size: 24px; }
.wr-tagline { margin: 2px 0 0; color: var(--wr-muted); font-size: 14px; max-width: 60ch; }
.wr-language {
  font: inherit; font-size: 12.5px; padding: 3px 6px; border-radius: 6px; border: 1px solid var(--wr-border);
  background: var(--wr-bg); color: var(--wr-fg);
}
.wr-layout { display: block; }
.wr-app-page .wr-layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 24px; align-items: start; }
@media (max-width: 860px) { .wr-app-page .wr-layout { grid-template-columns: 1fr; } }
.wr-main > * + * { margin-top: 14px; }
.wr-aside > * + * { margin-top: 16px; }
.wr-input-panel, .wr-panel, .wr-summary {
  background: var(--wr-bg); border: 1px solid var(--wr-border); border-radius: 12px; padding: 12px 14px;
}
.wr-label { display: block; font-weight: 650; font-size: 13px; margin-bottom: 6px; }
.wr-input {
  display: block; width: 100%; resize: vertical; font: inherit; font-size: 14px; line-height: 1.5;
  padding: 8px 10px; border-radius: 8px; border: 1px solid var(--wr-border); background: var(--wr-bg);
  color: var(--wr-fg);
}
.wr-input:focus-visible, .wr-button:focus-visible, .wr-language:focus-visible, .wr-sift-action:focus-visible {
  outline: 2px solid var(--wr-accent); outline-offset: 1px;
}
.wr-context { margin: 6px 0 0; font-size: 12.5px; color: var(--wr-muted); overflow-wrap: anywhere; }
.wr-context-label { font-weight: 650; }
.wr-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
.wr-button {
  font: inherit; font-size: 13px; font-weight: 600; padding: 6px 12px; border-radius: 8px; cursor: pointer;
  border: 1px solid var(--wr-border); background: var(--wr-surface); color: var(--wr-fg);
}
.wr-button:hover:not(:disabled) { border-color: var(--wr-muted); }
.wr-button:disabled { opacity: .5; cursor: default; }
.wr-button-primary { background: var(--wr-accent); border-color: var(--wr-accent); color: var(--wr-accent-fg); }
.wr-button-primary:hover:not(:disabled) { filter: brightness(1.08); border-color: var(--wr-accent); }
.wr-button-danger { color: var(--wr-critical); }
.wr-button-small { font-size: 12px; padding: 2px 10px; }
.wr-notice { margin: 8px 0 0; font-size: 13px; color: var(--wr-warning); }
.wr-loading {
  margin: 10px 0 0; padding: 8px 10px; border-radius: 8px; background: var(--wr-info-bg); color: var(--wr-info);
  font-size: 13px;
}
.wr-result .wr-section:last-child, .wr-main .wr-section:last-child { margin-bottom: 0; }
.wr-summary { border-left: 4px solid var(--wr-border); }
.wr-summary[data-tone="unclear"] { border-left-color: var(--wr-warning); background: var(--wr-warning-bg); }
.wr-summary[data-tone="review"] { border-left-color: var(--wr-info); background: var(--wr-info-bg); }
.wr-summary[data-tone="clear"] { border-left-color: var(--wr-good); background: var(--wr-good-bg); }
.wr-summary-title, .wr-panel-title {
  margin: 0 0 6px; font-size: 12px; font-weight: 650; letter-spacing: .04em; text-transform: uppercase;
  color: var(--wr-muted);
}
.wr-summary-lead { margin: 0; font-size: 14.5px; font-weight: 650; }
.wr-summary-line { margin: 4px 0 0; }
.wr-summary .wr-button { margin-top: 10px; background: var(--wr-bg); }
.wr-link-button {
  font: inherit; font-size: 13px; font-weight: 600; border: 0; padding: 0; background: none; cursor: pointer;
  color: var(--wr-accent);
}
.wr-panel-head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.wr-panel-intro { margin: 0 0 10px; font-size: 12.5px; color: var(--wr-muted); }
.wr-sift-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.wr-sift-action {
  display: block; padding: 7px 10px; border-radius: 8px; border: 1px solid var(--wr-border); text-decoration: none;
  color: var(--wr-accent); font-weight: 600; font-size: 13px; overflow-wrap: anywhere; background: var(--wr-surface);
}
.wr-sift-action::after { content: " ↗"; color: var(--wr-muted); font-weight: 400; }
.wr-sift-action:hover { border-color: var(--wr-accent); }
.wr-switch { display: inline-flex; gap: 6px; align-items: center; font-size: 12.5px; cursor: pointer; }
.wr-switch input { accent-color: var(--wr-accent); }
.wr-journal-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; max-height: 640px; overflow: auto; }
.wr-journal-entry { border: 1px solid var(--wr-border); border-radius: 8px; padding: 8px 10px; font-size: 12.5px; }
.wr-journal-meta { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; color: var(--wr-muted); }
.wr-journal-decision { font-weight: 600; color: var(--wr-fg); }
.wr-journal-excerpt { margin: 4px 0; color: var(--wr-fg); overflow-wrap: anywhere; }
.wr-journal-foot { display: flex; justify-content: space-between; align-items: center; color: var(--wr-muted); }
`;
