// Every Markdown table renders whole. A `|` inside a cell — also inside `code` — ends the cell on GitHub
// (GFM: only `\|` does not), and Prettier then pads the row as a table with one column more than its
// header; GitHub drops the extra cells, and the rest of the text after the `|` with them. So a cell
// that holds `|` must write `\|` (which Prettier keeps and GitHub shows as `|`), and this test holds
// every row of every table to the number of columns its delimiter row declares.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, markdownTables, repositoryTextFiles, tableCells } from './support/repository-text';

const root = fileURLToPath(REPOSITORY_ROOT);

describe('Markdown tables', () => {
  it('have as many cells in every row as their delimiter row has columns', () => {
    const broken: string[] = [];
    for (const file of repositoryTextFiles().filter((f) => f.endsWith('.md'))) {
      for (const table of markdownTables(readFileSync(join(root, file), 'utf8'))) {
        for (const row of table.rows) {
          const cells = tableCells(row.text).length;
          if (cells !== table.columns) {
            broken.push(
              `${file}:${row.line}: ${cells} cells in a table of ${table.columns} columns (a "|" not written "\\|"?)`,
            );
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('counts cells as GitHub does: `|` splits, also inside code; `\\|` does not', () => {
    expect(tableCells('| `pattern` | `(?:^|[^C])` |')).toHaveLength(3);
    expect(tableCells('| `pattern` | `(?:^\\|[^C])` |')).toEqual([' `pattern` ', ' `(?:^\\|[^C])` ']);
    const [table] = markdownTables(['| kind | semantics |', '| --- | --- |', '| `a` | `x|y` |'].join('\n'));
    expect(table?.columns).toBe(2);
    expect(table?.rows.map((r) => tableCells(r.text).length)).toEqual([2, 3]);
  });

  it('are found outside code blocks only', () => {
    expect(markdownTables(['```', '| a | b |', '| - | - |', '```'].join('\n'))).toEqual([]);
  });
});
