import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packJsonSchema } from './json-schema';

describe('pack JSON Schema', () => {
  it('is derived from the zod schema and names the pack fields', () => {
    const schema = packJsonSchema() as {
      type?: string;
      properties?: Record<string, unknown>;
      required?: string[];
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['pack', 'version', 'name', 'rules']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['pack', 'version', 'rules']));
    expect(() => JSON.stringify(schema)).not.toThrow();
  });

  it('accepts the demo pack shape at the top level (no unknown top-level keys)', () => {
    const schema = packJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties?: unknown;
    };
    const demo = parse(readFileSync(new URL('./fixtures/demo-pack.yaml', import.meta.url), 'utf8')) as object;
    for (const key of Object.keys(demo)) expect(schema.properties).toHaveProperty(key);
  });
});
