// Styles live inside the shadow root, so the site's CSS cannot reach in and ours cannot leak out.
export const DIALOG_CSS = `
:host { all: initial; }
.wr-backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center;
  background: rgba(0, 0, 0, 0.45); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.wr-dialog {
  --wr-bg: #ffffff; --wr-fg: #1c1e21; --wr-muted: #555b63; --wr-border: #d7dbe0; --wr-accent: #0a66c2;
  --wr-warning: #8a5a00; --wr-critical: #b3261e; --wr-chip: #f0f2f5;
  box-sizing: border-box; width: min(560px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  background: var(--wr-bg); color: var(--wr-fg); border-radius: 12px; padding: 20px 22px;
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
}
.wr-dark .wr-dialog {
  --wr-bg: #242526; --wr-fg: #e4e6eb; --wr-muted: #b0b3b8; --wr-border: #3e4042; --wr-accent: #4ea1ff;
  --wr-warning: #f5c451; --wr-critical: #ff8a80; --wr-chip: #3a3b3c;
}
.wr-title { font-size: 19px; margin: 0 0 6px; }
.wr-intro { margin: 0 0 12px; color: var(--wr-muted); }
h3 { font-size: 15px; margin: 14px 0 6px; }
.wr-list { margin: 0; padding-left: 20px; }
.wr-list > li { margin: 4px 0; }
.wr-severity { font-weight: 600; }
.wr-warning .wr-severity { color: var(--wr-warning); }
.wr-critical .wr-severity { color: var(--wr-critical); }
.wr-excerpt { display: block; margin: 2px 0; padding: 2px 8px; background: var(--wr-chip); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.wr-reference, .wr-url { font-size: 13px; color: var(--wr-muted); overflow-wrap: anywhere; }
.wr-link-shortener .wr-domain, .wr-link-lookalike .wr-domain, .wr-link-flagged .wr-domain, .wr-link-ip .wr-domain
  { color: var(--wr-critical); }
.wr-hints { color: var(--wr-muted); font-size: 14px; padding-left: 18px; }
.wr-next { color: var(--wr-muted); font-size: 13px; }
.wr-ack { display: block; margin: 14px 0 0; padding: 8px 10px; border: 1px solid var(--wr-critical);
  border-radius: 8px; }
.wr-actions { display: flex; gap: 10px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
.wr-button { font: inherit; padding: 8px 16px; border-radius: 8px; border: 1px solid var(--wr-border);
  background: var(--wr-chip); color: var(--wr-fg); cursor: pointer; }
.wr-button.wr-primary { background: var(--wr-accent); border-color: var(--wr-accent); color: #fff; }
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
