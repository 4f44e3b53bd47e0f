// Generator state ↔ URL: random states survive the round trip exactly, minus their secrets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type ModfixConfig, presets, validateConfig, withoutSecrets } from '../../src/lib/config/index.ts';
import { MIRROR_IDS } from '../../src/lib/config/catalogue.ts';
import { decodeState, diff, encodeState, patch } from '../../src/lib/permalink/state.ts';

const hostname = fc.stringMatching(/^[a-z][a-z0-9]{0,10}\.(example|corp)\.com$/);
const token = fc.string({ minLength: 8, maxLength: 40, unit: fc.constantFrom(...'abcdefXYZ0123456789_-!$&'.split('')) });
const entry = fc.oneof(
  fc.record({ kind: fc.constant('mirror' as const), id: fc.constantFrom(...MIRROR_IDS), sep: fc.constantFrom(',', '|') }),
  fc.record({ kind: fc.constant('url' as const), url: hostname.map((h) => `https://${h}/go`), sep: fc.constantFrom(',', '|') }),
);
const state = fc
  .record({
    preset: fc.constantFrom(...presets),
    proxy: fc.array(entry, { minLength: 1, maxLength: 3 }),
    direct: fc.boolean(),
    goprivate: fc.array(hostname, { maxLength: 3 }),
    token,
    proxyUser: token,
    os: fc.constantFrom('linux', 'macos', 'windows'),
    scope: fc.constantFrom('session', 'persistent', 'project'),
    sumdb: fc.constantFrom({ mode: 'default' }, { mode: 'google-cn' }),
  })
  .map((s) => {
    const input = structuredClone(s.preset.config) as Record<string, unknown> & { auth?: unknown };
    return {
      ...input,
      proxy: s.direct ? [...s.proxy, { kind: 'direct' }] : s.proxy,
      sumdb: s.sumdb,
      target: { os: s.os, shell: s.os === 'windows' ? 'powershell' : 'bash', scope: s.scope },
      private: { goprivate: s.goprivate },
      auth: { hosts: s.goprivate.slice(0, 1).map((host) => ({ host, method: 'netrc', login: 'me', token: s.token })) },
      network: { proxyUser: s.proxyUser },
      secrets: [s.token, s.proxyUser],
    };
  });

function configOf(input: unknown): ModfixConfig {
  const r = validateConfig(input);
  if (!r.config) throw new Error(JSON.stringify(r.errors));
  return r.config;
}

describe('permalink state', () => {
  it('round-trips random states exactly, without secrets', () => {
    fc.assert(
      fc.property(state, ({ secrets, ...input }) => {
        const config = configOf(input);
        const query = encodeState(config);
        for (const s of secrets) {
          expect(decodeURIComponent(query)).not.toContain(s);
          expect(Buffer.from(new URLSearchParams(query).get('c') ?? '', 'base64url').toString()).not.toContain(s);
        }
        const decoded = decodeState(query);
        expect(decoded.ok).toBe(true);
        expect(configOf(decoded.input)).toEqual(withoutSecrets(config));
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the defaults and only changed values otherwise', () => {
    expect(encodeState(defaultConfig)).toBe('');
    const changed = configOf({ ...defaultConfig, private: { goprivate: ['corp.example.com'] } });
    const c = JSON.parse(Buffer.from(new URLSearchParams(encodeState(changed)).get('c') ?? '', 'base64url').toString());
    expect(c).toEqual({ private: { goprivate: ['corp.example.com'] } });
  });

  it('opens ?preset= links and rejects unknown presets, newer versions and garbage', () => {
    const p = decodeState('preset=china-mainland');
    expect(p.ok && p.preset).toBe('china-mainland');
    expect(decodeState('preset=nope')).toMatchObject({ ok: false, reason: 'unknown-preset' });
    expect(decodeState('v=99&c=e30')).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(decodeState('v=1&c=%%%')).toMatchObject({ ok: false, reason: 'bad-encoding' });
    expect(decodeState('v=1&c=WzFd')).toMatchObject({ ok: false, reason: 'bad-encoding' });
  });

  it('diff and patch are inverse on nested data, including cleared optional fields', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x', e: 5 };
    const value = { a: { b: 2, c: [1, 2] }, d: 'x' };
    const d = diff(value, base);
    expect(d).toEqual({ a: { b: 2 }, e: null });
    expect(patch(base, d ?? {})).toEqual(value);
  });
});
