// The generator's form state in the URL: only the values that differ from the defaults, never a
// secret, with the model version so that old links keep opening the same form.
import {
  defaultConfig,
  MODEL_VERSION,
  type ModfixConfig,
  type ModfixConfigInput,
  presetById,
  withDefaults,
  withoutSecrets,
} from '../config/data.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (x: unknown): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The parts of `value` that differ from `base` (arrays compare whole); undefined when equal. */
export function diff(value: Json, base: Json | undefined): Json | undefined {
  if (isObject(value) && isObject(base)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(value)) {
      const d = diff(value[k] as Json, base[k]);
      if (d !== undefined) out[k] = d;
    }
    // A key the default has but the value lacks (an optional field cleared) is recorded as null.
    for (const k of Object.keys(base)) if (!(k in value)) out[k] = null;
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

/** `base` with `patch` applied: the inverse of diff. */
export function patch(base: Json | undefined, change: Json): Json | undefined {
  if (isObject(change) && isObject(base)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(change)) {
      const next = v === null ? undefined : patch(base[k], v);
      if (next === undefined) delete out[k];
      else out[k] = next;
    }
    return out;
  }
  return change;
}

const toBase64Url = (s: string) => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (s: string) => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

/** The query string (without "?") for a config: empty for the defaults. */
export function encodeState(config: ModfixConfig): string {
  const d = diff(withoutSecrets(config) as unknown as Json, defaultConfig as unknown as Json);
  if (d === undefined) return '';
  return new URLSearchParams({ v: String(MODEL_VERSION), c: toBase64Url(JSON.stringify(d)) }).toString();
}

export type DecodedState =
  | { ok: true; input: ModfixConfigInput; preset?: string }
  | { ok: false; reason: 'bad-encoding' | 'newer-version' | 'unknown-preset'; input: ModfixConfigInput };

/**
 * Reads a query string written by encodeState, or `?preset=<id>` (links from guides and the
 * doctor). Returns the config input to validate; a broken link falls back to the defaults.
 */
export function decodeState(search: string): DecodedState {
  const q = new URLSearchParams(search);
  const fallback = structuredClone(defaultConfig) as ModfixConfigInput;
  const presetId = q.get('preset');
  const c = q.get('c');
  if (c === null) {
    if (!presetId) return { ok: true, input: fallback };
    const preset = presetById(presetId);
    if (!preset) return { ok: false, reason: 'unknown-preset', input: fallback };
    return { ok: true, input: withDefaults(preset.config), preset: presetId };
  }
  const v = Number(q.get('v') ?? MODEL_VERSION);
  if (!Number.isInteger(v) || v > MODEL_VERSION) return { ok: false, reason: 'newer-version', input: fallback };
  try {
    const change = JSON.parse(fromBase64Url(c)) as Json;
    if (!isObject(change)) throw new Error('not an object');
    // Version 1 is the only format so far; later versions migrate older links here.
    const input = patch(defaultConfig as unknown as Json, change) as ModfixConfigInput;
    return { ok: true, input: { ...input, version: MODEL_VERSION } };
  } catch {
    return { ok: false, reason: 'bad-encoding', input: fallback };
  }
}
