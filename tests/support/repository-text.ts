// Reading the repository's own text for the checks that keep it standing on its own: which files are text,
// which of their words are paths, links and table rows. Pure functions over strings, plus one listing of the
// files git knows (tracked, or new and not ignored), so a check sees a new file before it is committed.

import { execFileSync } from 'node:child_process';

/** The repository's root (this file is tests/support/repository-text.ts). */
export const REPOSITORY_ROOT = new URL('../../', import.meta.url);

/** Files a person reads or edits as text; generated lists (the npm lock file) and binary data are left out. */
const TEXT_FILE =
  /\.(md|ts|tsx|js|mjs|cjs|json|yaml|yml|html|css|sh|txt)$|(^|\/)(run|LICENSE|\.prettierignore|\.gitignore)$/;
const NOT_READ = new Set(['package-lock.json']);

/** Repository-relative paths of every text file git tracks or would track (not ignored). */
export function repositoryTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split('\0'))].filter((f) => f && TEXT_FILE.test(f) && !NOT_READ.has(f)).sort();
}

/** One place in a file: its 1-based line and the words found there. */
export interface Spot {
  line: number;
  text: string;
}

/** Lines of a Markdown file outside fenced code blocks (```/~~~), with their numbers. */
export function proseLines(markdown: string): Spot[] {
  const out: Spot[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((text, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence === null) out.push({ line: i + 1, text });
  });
  return out;
}

/**
 * The comment part of each line of a source file: what follows `//`, and lines inside or opening a block
 * comment (`/*`, ` * `). Code is checked by the compiler; comments only by people, so they go stale.
 */
export function commentLines(source: string): Spot[] {
  const out: Spot[] = [];
  let inBlock = false;
  source.split('\n').forEach((text, i) => {
    if (inBlock) {
      out.push({ line: i + 1, text });
      if (text.includes('*/')) inBlock = false;
      return;
    }
    // A comment opens after a space or at the line's start: `https://…` and `'rules/*/x'` in code do not.
    const opens = (token: string): number => {
      for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
        if (at === 0 || /\s/.test(text[at - 1] ?? '')) return at;
      }
      return -1;
    };
    const block = opens('/*');
    const line = opens('//');
    if (block >= 0 && (line < 0 || block < line)) {
      out.push({ line: i + 1, text: text.slice(block) });
      inBlock = !text.slice(block + 2).includes('*/');
    } else if (line >= 0) out.push({ line: i + 1, text: text.slice(line) });
  });
  return out;
}

/** Inline Markdown links and images, `[text](target)` / `![alt](target)`, and reference definitions. */
export function markdownLinkTargets(line: string): string[] {
  const targets: string[] = [];
  for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
  const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
  if (definition) targets.push(definition[1]!);
  return targets;
}

/** Whether a link target leaves the repository by design (a web address, mail) rather than naming a file. */
export function isExternalTarget(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens (Unicode letters kept). */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: one per heading, repeats numbered `-1`, `-2` as GitHub does. */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const { text } of proseLines(markdown)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1];
    if (heading === undefined) continue;
    const base = headingAnchor(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** The repository's top-level folders: a word starting with one of them is a path into the repository. */
const TOP_FOLDERS = ['src', 'docs', 'rules', 'tests', 'entrypoints', 'scripts', 'public', 'vendor'];

/**
 * Words that name a repository path from its root (`src/engine/checker.ts`, `docs/ARCHITECTURE.md`).
 * Patterns and placeholders (`rules/*\/pack.yaml`, `tests/fixtures/sites/<site>/`, `{vi,en}`) are not one
 * path and are left out, as are words inside a longer path or address (`…/home/src/x`, `a.b/src`).
 */
export function rootPaths(text: string): string[] {
  const out: string[] = [];
  const word = new RegExp(`(?<![\\w./@-])(?:${TOP_FOLDERS.join('|')})/[^\\s\`'"()\\[\\],;:!?]*`, 'g');
  for (const m of text.matchAll(word)) {
    const path = m[0].replace(/[.…]+$/, '');
    const next = text[(m.index ?? 0) + m[0].length] ?? '';
    if (/[*<>{}…|$%]/.test(path) || /[<{*]/.test(next)) continue;
    out.push(path);
  }
  return out;
}

/** Words that go up out of their folder (`../shared/DESIGN.md`, `../../src/engine`), without a `#anchor`. */
export function parentPaths(text: string): string[] {
  return [...text.matchAll(/(?<![\w./-])(?:\.\.\/)+[^\s`'"()\[\],;:!?]*/g)]
    .map((m) => m[0].replace(/#.*$/, '').replace(/[.…]+$/, ''))
    .filter((p) => !/[*<>{}$]/.test(p));
}

/** Names of Markdown documents (`DESIGN.md`, `README.md`) mentioned in a text, with or without a folder. */
export function markdownNames(text: string): string[] {
  return [...text.matchAll(/(?<![\w.-])([\w.-]+\.md)(?![\w])/g)].map((m) => m[1]!);
}

/**
 * The cells of a Markdown table row as GitHub reads them: split at every `|` that is not escaped — also
 * inside `code` (GFM §4.10), which is why a `|` in a cell must be written `\|`. Outer pipes are optional.
 */
export function tableCells(row: string): string[] {
  let body = row.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && body[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * A GFM table: the line of its header row, how many columns its delimiter row (`| --- | --- |`) gives it,
 * and its rows, the header included. A row with another number of cells is broken: GitHub drops the extra
 * cells (and a header that differs from the delimiter row is not a table at all).
 */
export interface MarkdownTable {
  line: number;
  columns: number;
  rows: Spot[];
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** The tables of a Markdown file (outside code blocks): a row with `|`, a delimiter row, then rows with `|`. */
export function markdownTables(markdown: string): MarkdownTable[] {
  const lines = proseLines(markdown);
  const tables: MarkdownTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    const delimiter = lines[i + 1]!;
    if (!header.text.includes('|') || delimiter.line !== header.line + 1) continue;
    if (!DELIMITER_ROW.test(delimiter.text) || !delimiter.text.includes('|')) continue;
    const rows: Spot[] = [header];
    let j = i + 2;
    while (j < lines.length && lines[j]!.line === lines[j - 1]!.line + 1 && lines[j]!.text.includes('|')) {
      rows.push(lines[j]!);
      j++;
    }
    tables.push({ line: header.line, columns: tableCells(delimiter.text).length, rows });
    i = j - 1;
  }
  return tables;
}
