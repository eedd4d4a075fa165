// Reads the plain text of a contenteditable editor (Lexical, Draft.js, Zalo's rich input) without layout:
// innerText would force a style recalculation on every keystroke, and the badge reads on input.

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
]);
// Zero-width characters editors use to hold the caret in empty blocks (Draft.js, Lexical) are not text.
const CARET_HOLDERS = /[\u200B\uFEFF]/g;

export function readEditorText(editor: Element): string {
  if (editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT')
    return (editor as HTMLTextAreaElement).value;
  const lines: string[] = [];
  let current = '';
  const endBlock = (): void => {
    lines.push(current);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += (child as Text).data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR') {
          endBlock();
        } else if (BLOCK_TAGS.has(el.tagName)) {
          if (current !== '') endBlock();
          walk(el);
          endBlock();
        } else {
          walk(el);
        }
      }
    }
  };
  walk(editor);
  if (current !== '') lines.push(current);
  // A block that ends with <br> (Draft.js empty block, Lexical empty paragraph) produced an extra empty line.
  const text = lines.join('\n').replace(CARET_HOLDERS, '');
  return text.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}
