// The pack toolchain (docs/PACK-FORMAT.md): parse, validate and compile packs. Imported by the options
// page, the background and the CLI, never by the content script (zod and YAML stay out of it).
export { compilePack, compileRule } from './compile-pack';
export { loadPack, MAX_PACK_BYTES, type LoadPackResult } from './load-pack';
export { formatPackError, type PackError } from './pack-error';
export { detectFormat, type PackFormat } from './parse-pack-text';
export { checkPatternSafety } from './regex-safety';
export { packSchema, ruleSchema, type PackSource, type RuleSource } from './schema';
export {
  runPackExamples,
  type CheckerFactory,
  type ExampleOutcome,
  type GroupExampleOutcome,
  type GroupExamplesResult,
  type PackExamplesResult,
  type RuleExamplesResult,
} from './run-pack-examples';
