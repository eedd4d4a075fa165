import { z } from 'zod';
import { packSchema } from './schema';

/** Where the published schema lives in the repository (for `# yaml-language-server: $schema=` comments). */
export const PACK_SCHEMA_ID = 'https://wise-reader.vn/schema/pack.schema.json';

/**
 * The JSON Schema of the pack authoring format, derived from the zod schema the loader uses, so editors
 * (YAML language server, VS Code) check the same thing `pack validate` does — short of what a schema cannot
 * say (pattern safety, examples that must flag or pass, duplicate ids across rules).
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, {
    // The author writes the input side of the schema (before defaults and transforms).
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: PACK_SCHEMA_ID,
    title: 'Wise Reader rule pack',
    description: 'One Wise Reader rule pack (YAML or JSON). Every field: docs/PACK-FORMAT.md.',
  };
}
