/** The caret (or selection) inside an editor, kept while the dialog has focus and put back after. */
export interface SavedCaret {
  restore(): void;
}

export function saveCaret(editor: HTMLElement | null): SavedCaret {
  const doc = editor?.ownerDocument;
  const selection = doc?.getSelection();
  const range =
    editor && selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).startContainer)
      ? selection.getRangeAt(0).cloneRange()
      : null;
  return {
    restore() {
      if (!editor || !editor.isConnected) return;
      editor.focus({ preventScroll: true });
      if (!range || !range.startContainer.isConnected) return;
      const current = doc?.getSelection();
      if (!current) return;
      // Only selection, never content: the editor (Lexical, Draft.js) reads it back on selectionchange.
      current.removeAllRanges();
      current.addRange(range);
    },
  };
}
