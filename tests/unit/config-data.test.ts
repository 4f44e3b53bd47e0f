// The generator page renders from data.ts without loading zod: its constants must be exactly
// what the schema makes of them, or the first view would differ from every later one.
import { describe, expect, it } from 'vitest';
import { defaultConfig, presets, withDefaults } from '../../src/lib/config/data.ts';
import { ConfigSchema, MODEL_VERSION } from '../../src/lib/config/index.ts';

describe('zod-free config data', () => {
  it('defaultConfig is the schema-parsed default, key order included', () => {
    const parsed = ConfigSchema.parse({ version: MODEL_VERSION });
    expect(defaultConfig).toStrictEqual(parsed);
    expect(JSON.stringify(defaultConfig)).toBe(JSON.stringify(parsed));
  });

  it.each(presets.map((p) => [p.id, p] as const))('preset %s with defaults equals its schema parse', (_, p) => {
    const parsed = ConfigSchema.parse(p.config);
    // Key order may differ (links sort keys, the form compares deeply); values and keys may not.
    expect(withDefaults(p.config)).toStrictEqual(parsed);
  });

  it('withDefaults does not share objects with defaultConfig', () => {
    const c = withDefaults({ version: MODEL_VERSION });
    c.private.goprivate.push('x');
    expect(defaultConfig.private.goprivate).toEqual([]);
  });
});
