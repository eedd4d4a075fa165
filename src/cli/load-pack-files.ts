import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledPack } from '../engine/types';
import type { PackSource } from '../packs';
import { bundledBuiltInPacks } from './built-in-packs';
import { CliError, type CliIo } from './cli-io';
import { readFileText } from './read-input';

/** The built-in packs live in the repository, found from this file rather than from the working directory. */
export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

export interface LoadedPackFile {
  file: string;
  source: PackSource;
  compiled: CompiledPack;
}

/** `rules/<id>/pack.yaml` for every built-in pack, sorted by id. */
export async function builtInPackFiles(): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await readdir(RULES_DIR, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const dir of entries.sort()) {
    const names = await readdir(join(RULES_DIR, dir));
    if (names.includes('pack.yaml')) files.push(join(RULES_DIR, dir, 'pack.yaml'));
  }
  return files;
}

/** Loads packs for `check`: the first problem stops the run with one line (exit 2). */
export async function loadPackFiles(files: string[], io: CliIo): Promise<LoadedPackFile[]> {
  // Loaded on demand: `check` with the built-in packs (compiled at build time) never needs the YAML parser,
  // zod or the pattern check, and the bundled program starts faster without them.
  const { formatPackError, loadPack } = await import('../packs');
  const loaded: LoadedPackFile[] = [];
  for (const file of files) {
    const shown = file.startsWith(RULES_DIR) ? relative(join(RULES_DIR, '..'), file) : file;
    const result = loadPack(await readFileText(file, io), { file });
    if (!result.ok) {
      const [first] = result.errors;
      const more = result.errors.length - 1;
      throw new CliError(
        `invalid pack ${formatPackError(first!, shown)}` +
          (more ? ` (and ${more} more: run "pack validate ${shown}")` : ''),
      );
    }
    const clash = loaded.find((p) => p.compiled.id === result.compiled.id);
    if (clash)
      throw new CliError(`pack id "${result.compiled.id}" is loaded twice (${clash.file} and ${shown})`);
    loaded.push({ file: shown, source: result.pack, compiled: result.compiled });
  }
  return loaded;
}

export async function loadBuiltInPacks(io: CliIo): Promise<LoadedPackFile[]> {
  const bundled = bundledBuiltInPacks(); // compiled at build time (scripts/build-cli.ts)
  if (bundled) return bundled;
  const files = await builtInPackFiles();
  if (!files.length)
    throw new CliError(`no built-in packs found in ${RULES_DIR} (give one with --pack FILE)`);
  return loadPackFiles(files, io);
}
