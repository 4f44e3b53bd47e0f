// Public surface of the configuration model: what the page, the CLI and the renderers import.
import { ConfigSchema, MODEL_VERSION, type ModfixConfig } from './schema.ts';

export { catalogue, type Mirror, mirrorById, NPMMIRROR } from './catalogue.ts';
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
export { ConfigSchema, MODEL_VERSION } from './schema.ts';
export { isSecretPath, SECRET_PATHS, withoutSecrets } from './secrets.ts';
export { type Issue, type ValidationResult, validateConfig } from './validate.ts';

/** The configuration with every default: Go's own defaults (proxy.golang.org, direct; sum.golang.org). */
export const defaultConfig: ModfixConfig = ConfigSchema.parse({ version: MODEL_VERSION });

/** The model's JSON form (what `generate --config` reads and permalinks encode). */
export const toJSON = (c: ModfixConfig): string => `${JSON.stringify(c, null, 2)}\n`;
