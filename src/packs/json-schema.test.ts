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

  it('is committed as docs/pack.schema.json exactly as generated (regenerate after changing schema.ts)', () => {
    // To regenerate: npm run -s cli -- pack schema --out docs/pack.schema.json && npx prettier --write docs/pack.schema.json
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../docs/pack.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(packJsonSchema())));
  });

  it('describes every field, so an editor explains each one on hover', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      for (const [name, field] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
        if (typeof (field as { description?: unknown }).description !== 'string') {
          undescribed.push(`${path}.${name}`);
        }
        walk(field, `${path}.${name}`);
      }
      walk(schema.items, `${path}[]`);
      walk(schema.additionalProperties, `${path}{}`);
      for (const key of ['oneOf', 'anyOf', 'allOf']) {
        ((schema[key] ?? []) as unknown[]).forEach((option, i) => walk(option, `${path}(${key} ${i})`));
      }
    };
    walk(packJsonSchema(), 'pack');
    expect(undescribed).toEqual([]);
  });
});
