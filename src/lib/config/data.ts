// The zod-free part of the configuration model: what the generator page needs before the reader
// edits anything (defaults, presets, catalogue, derivations, the cross-field checks). The schema
// (schema.ts) and validateConfig (validate.ts) stay out of it so the page can load them later;
// tests/unit/config-data.test.ts proves these constants equal what the schema makes of them.
import type { ModfixConfig, ModfixConfigInput } from './schema.ts';
import { MODEL_VERSION } from './version.ts';

export { catalogue, type Mirror, mirrorById, NPMMIRROR } from './catalogue.ts';
export { checkConfig, type Issue, type ValidationResult } from './checks.ts';
export {
  allEnv,
  entryValue,
  GO_VAR_SINCE,
  type GoVar,
  goEnv,
  goproxyValue,
  gosumdbValue,
  hostName,
  hostsBy,
  networkEnv,
} from './derive.ts';
export { fill, type Locale, type Localized, t } from './i18n.ts';
export { hasMessages, loadMessages, message } from './messages.ts';
export { type Preset, presetById, presets } from './presets.ts';
export type { AuthHost, ModfixConfig, ModfixConfigInput, ProxyEntry, TargetOS, TargetShell } from './schema.ts';
export { isSecretPath, SECRET_PATHS, withoutSecrets } from './secrets.ts';
export { MODEL_VERSION } from './version.ts';

/** The configuration with every default: Go's own defaults (proxy.golang.org, direct; sum.golang.org). */
export const defaultConfig: ModfixConfig = {
  version: MODEL_VERSION,
  target: { os: 'linux', shell: 'bash', scope: 'session' },
  proxy: [
    { kind: 'mirror', id: 'proxy-golang-org', sep: ',' },
    { kind: 'direct', sep: ',' },
  ],
  sumdb: { mode: 'default' },
  private: { goprivate: [], goinsecure: [], govcs: [] },
  auth: { hosts: [] },
  network: { noProxy: [], gitProxy: true },
  build: { go: '1.26', goflags: [] },
  npm: { scopes: [] },
  athens: { storage: 'disk', port: 3000, image: 'gomods/athens:latest' },
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `base` with the values of `over` laid on top (objects merge key by key, lists replace whole). */
function overlay(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return structuredClone(over);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = overlay(base[k], v);
  return out;
}

/**
 * A preset's input with the defaults filled in. Presets spell out every value the defaults do not
 * cover (list entries included), so laying them over defaultConfig is what the schema would make.
 */
export const withDefaults = (input: ModfixConfigInput): ModfixConfig => overlay(defaultConfig, input) as ModfixConfig;

/** The model's JSON form (what `generate --config` reads and permalinks encode). */
export const toJSON = (c: ModfixConfig): string => `${JSON.stringify(c, null, 2)}\n`;
