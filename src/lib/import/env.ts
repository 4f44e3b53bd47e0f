// Environment variables → a config input for validateConfig: the inverse of derive.ts. Lets the
// generator core judge settings written elsewhere (guide snippets, a pasted `go env`).
import { catalogue, MODEL_VERSION, type ModfixConfigInput } from '../config/index.ts';
import { parseGoproxy } from '../goproxy/list.ts';

/** Variables this importer understands; anything else is reported, not guessed at. */
export const IMPORTABLE = [
  'GOPROXY',
  'GOSUMDB',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOINSECURE',
  'GOVCS',
  'GOFLAGS',
  'GOMODCACHE',
  'GOTOOLCHAIN',
  'GO111MODULE',
  'GOAUTH',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'SSL_CERT_FILE',
] as const;

const split = (v: string) => v.split(',').filter((s) => s !== '');
const trimSlash = (u: string) => u.replace(/\/+$/, '');

export interface ImportResult {
  input: ModfixConfigInput;
  /** Variables that are not part of the model (left out of `input`). */
  unknown: string[];
}

/** Builds a config input from variables (names are matched case-sensitively, lower-case proxy names too). */
export function configFromEnv(vars: Record<string, string>): ImportResult {
  const input: Record<string, unknown> & { version: number } = { version: MODEL_VERSION };
  const priv: Record<string, unknown> = {};
  const network: Record<string, unknown> = {};
  const build: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [rawName, value] of Object.entries(vars)) {
    const name = /^(https?|no)_proxy$/.test(rawName) ? rawName.toUpperCase() : rawName;
    switch (name) {
      case 'GOPROXY': {
        const parsed = parseGoproxy(value);
        // Entries the go command ignores (after direct/off) are kept so validation can flag them.
        const raws = [
          ...parsed.entries.map((e) => ({ raw: e.raw, sep: e.separator ?? ',' })),
          ...parsed.ignored.map((raw) => ({ raw, sep: ',' })),
        ];
        input.proxy = raws.map(({ raw, sep }) => {
          if (raw === 'direct' || raw === 'off') return { kind: raw, sep };
          const mirror = catalogue.find((m) => trimSlash(m.url) === trimSlash(raw) || trimSlash(m.url) === trimSlash(`https://${raw}`));
          return mirror ? { kind: 'mirror', id: mirror.id, sep } : { kind: 'url', url: raw, sep };
        });
        break;
      }
      case 'GOSUMDB':
        input.sumdb =
          value === 'off'
            ? { mode: 'off' }
            : value === 'sum.golang.org'
              ? { mode: 'default' }
              : value === 'sum.golang.google.cn'
                ? { mode: 'google-cn' }
                : {
                    mode: 'custom',
                    key: value.split(/\s+/)[0] ?? '',
                    ...(value.trim().includes(' ') ? { url: value.trim().split(/\s+/)[1] } : {}),
                  };
        break;
      case 'GOPRIVATE':
        priv.goprivate = split(value);
        break;
      case 'GONOPROXY':
        priv.gonoproxy = split(value);
        break;
      case 'GONOSUMDB':
        priv.gonosumdb = split(value);
        break;
      case 'GOINSECURE':
        priv.goinsecure = split(value);
        break;
      case 'GOVCS':
        priv.govcs = split(value).map((rule) => {
          const i = rule.lastIndexOf(':');
          return { pattern: rule.slice(0, i), vcs: rule.slice(i + 1).split('|') };
        });
        break;
      case 'GOFLAGS':
        build.goflags = value.split(/\s+/).filter(Boolean);
        break;
      case 'GOMODCACHE':
        build.gomodcache = value;
        break;
      case 'GOTOOLCHAIN':
        build.gotoolchain = value;
        break;
      case 'GO111MODULE':
        build.go111module = value;
        break;
      case 'GOAUTH':
        input.auth = { goauth: value };
        break;
      case 'HTTPS_PROXY':
        network.httpsProxy = value;
        break;
      case 'HTTP_PROXY':
        network.httpProxy = value;
        break;
      case 'NO_PROXY':
        network.noProxy = split(value);
        break;
      case 'SSL_CERT_FILE':
        network.caBundle = value;
        break;
      default:
        unknown.push(rawName);
    }
  }
  if (Object.keys(priv).length) input.private = priv;
  if (Object.keys(network).length) input.network = network;
  if (Object.keys(build).length) input.build = build;
  return { input: input as ModfixConfigInput, unknown };
}
