// Replays the press the guard held back, once, after "Post anyway". Sites built on React listen at their root
// (delegation), so a bubbling event dispatched on the original element reaches the same handlers a real press
// would. The events are isTrusted: false; the allow-once pass lets exactly this one through the guard.

export function replayClick(control: HTMLElement): void {
  const view = control.ownerDocument.defaultView;
  const rect = control.getBoundingClientRect();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view,
    detail: 1,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  control.dispatchEvent(new MouseEvent('click', init));
}

/** Enter on the same editor: Lexical and Draft.js both act on keydown through their root listeners. */
export function replayEnter(editor: HTMLElement, original: { code: string }): void {
  const init: KeyboardEventInit & { keyCode: number; which: number; charCode: number } = {
    key: 'Enter',
    code: original.code || 'Enter',
    // Draft.js reads the legacy keyCode; Chromium honours it in the init dictionary.
    keyCode: 13,
    which: 13,
    charCode: 0,
    bubbles: true,
    cancelable: true,
    composed: true,
    view: editor.ownerDocument.defaultView,
  };
  editor.dispatchEvent(new KeyboardEvent('keydown', init));
}
