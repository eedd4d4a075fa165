// The repository stands on its own: a clone is all a newcomer has, so no document, comment or link may
// send them outside it (a design note beside the checkout, a path on someone's machine), and every path
// and link that names a file of the repository must still name one. Markdown is read whole (outside code
// blocks for links); source files only in their comments (the compiler checks the code).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  REPOSITORY_ROOT,
  commentLines,
  headingAnchors,
  isExternalTarget,
  markdownLinkTargets,
  markdownNames,
  parentPaths,
  proseLines,
  repositoryTextFiles,
  rootPaths,
  type Spot,
} from './support/repository-text';

const root = fileURLToPath(REPOSITORY_ROOT);
/** This check and its reader spell out what they look for, in their own examples. */
const SELF = new Set(['tests/repository-links.test.ts', 'tests/support/repository-text.ts']);
const files = repositoryTextFiles().filter((f) => !SELF.has(f));
const fileNames = new Set(files.map((f) => basename(f)));
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const isMarkdown = (file: string): boolean => file.endsWith('.md');
const isSource = (file: string): boolean => /\.(ts|tsx|js|mjs|cjs)$/.test(file);

/** The lines a check reads in a file: a Markdown file whole, a source file's comments, other text whole. */
function readableLines(file: string): Spot[] {
  const text = read(file);
  if (isSource(file)) return commentLines(text);
  return text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
}

/** A path that exists inside the repository (a module path may leave out `.ts`/`.tsx`/`/index.ts`). */
function existsInside(absolute: string): boolean {
  const inside = relative(root, absolute);
  if (inside.startsWith('..') || resolve(root, inside) !== absolute) return false;
  return ['', '.ts', '.tsx', '.js', '/index.ts'].some((suffix) => existsSync(absolute + suffix));
}

describe('the repository stands on its own', () => {
  it('names no path on the machine it was written on', () => {
    const found: string[] = [];
    for (const file of files) {
      read(file)
        .split('\n')
        .forEach((text, i) => {
          if (/(?<![\w.-])\/(?:work|home|root|tmp)\/\w/.test(text))
            found.push(`${file}:${i + 1}: ${text.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('names only Markdown documents that are in it (no design note kept beside the checkout)', () => {
    const found: string[] = [];
    for (const file of files) {
      for (const { line, text } of readableLines(file)) {
        for (const name of markdownNames(text)) {
          if (!fileNames.has(basename(name))) found.push(`${file}:${line}: ${name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has every `../` path of its documents and comments resolve inside it', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => isMarkdown(f) || isSource(f) || !f.includes('.'))) {
      for (const { line, text } of readableLines(file)) {
        for (const path of parentPaths(text)) {
          if (!existsInside(resolve(root, dirname(file), path))) found.push(`${file}:${line}: ${path}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has every path from its root (src/…, docs/…, rules/…, tests/…) in documents and comments exist', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => isMarkdown(f) || isSource(f))) {
      for (const { line, text } of readableLines(file)) {
        for (const path of rootPaths(text)) {
          const fromRoot = resolve(root, path);
          const fromFile = resolve(root, dirname(file), path);
          if (!existsInside(fromRoot) && !existsInside(fromFile)) found.push(`${file}:${line}: ${path}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has every Markdown link resolve to a file in it, and every #anchor to a heading there', () => {
    const found: string[] = [];
    for (const file of files.filter(isMarkdown)) {
      for (const { line, text } of proseLines(read(file))) {
        for (const target of markdownLinkTargets(text)) {
          if (isExternalTarget(target)) continue;
          const [path = '', anchor] = target.split('#');
          const absolute = path ? resolve(root, dirname(file), decodeURIComponent(path)) : join(root, file);
          if (!existsInside(absolute)) {
            found.push(`${file}:${line}: ${target} (no such file)`);
            continue;
          }
          if (anchor && absolute.endsWith('.md') && statSync(absolute).isFile()) {
            const anchors = headingAnchors(readFileSync(absolute, 'utf8'));
            if (!anchors.has(decodeURIComponent(anchor)))
              found.push(`${file}:${line}: ${target} (no such heading)`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the checks above find what they look for', () => {
  it('reads comments, not code, in source files', () => {
    const lines = commentLines(
      [
        "const a = 'https://x.vn/src/nope.ts'; // see src/engine/checker.ts",
        '/** Block, then',
        ' * ../shared/DESIGN.md inside it */',
        "const glob = 'rules/*/pack.yaml';",
      ].join('\n'),
    );
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(rootPaths(lines[0]!.text)).toEqual(['src/engine/checker.ts']);
    expect(parentPaths(lines[2]!.text)).toEqual(['../shared/DESIGN.md']);
    expect(markdownNames(lines[2]!.text)).toEqual(['DESIGN.md']);
  });

  it('skips patterns and placeholders, and paths inside longer paths or addresses', () => {
    expect(
      rootPaths('`rules/*/pack.yaml`, `tests/fixtures/sites/<site>/`, `public/_locales/{vi,en}`'),
    ).toEqual([]);
    expect(rootPaths('/work/src/x.ts and https://a.vn/docs/b and `docs/ADMIN.md`.')).toEqual([
      'docs/ADMIN.md',
    ]);
  });

  it('finds links and images, but not inside code blocks', () => {
    const doc = [
      'See [the map](docs/ARCHITECTURE.md#the-parts) and ![shot](a.png).',
      '```',
      '[x](nope.md)',
      '```',
    ];
    const targets = proseLines(doc.join('\n')).flatMap((l) => markdownLinkTargets(l.text));
    expect(targets).toEqual(['docs/ARCHITECTURE.md#the-parts', 'a.png']);
    expect(isExternalTarget('https://wise-reader.vn')).toBe(true);
    expect(isExternalTarget('../shared/DESIGN.md')).toBe(false);
  });

  it('makes anchors as GitHub does, Vietnamese letters kept and repeats numbered', () => {
    const anchors = headingAnchors(
      '# Pack format / Định dạng gói\n## `kind: phrase`\n## Groups\n## Groups\n',
    );
    expect([...anchors]).toEqual(['pack-format--định-dạng-gói', 'kind-phrase', 'groups', 'groups-1']);
  });
});
