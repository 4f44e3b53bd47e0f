// The Modfix configuration model. These zod/mini schemas are the single definition of what a
// config may contain (the page's form, permalinks, `generate --config` files all go through them);
// the messages for their failures live in messages.ts. zod/mini keeps the browser bundle small.
import * as z from 'zod/mini';
import { atLeast, parseGoVersion } from '../goversion.ts';
import { MIRROR_IDS } from './catalogue.ts';
import { MODEL_VERSION } from './version.ts';

export { MODEL_VERSION } from './version.ts';

const issue = (code: string) => ({ params: { code } });

/** Why a string cannot be used as a value anywhere, or null. */
export function textProblem(s: string): string | null {
  if (s.includes('\0')) return 'nul';
  // Go env values cannot hold a newline (go env -w refuses it) and no setting needs other controls.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being rejected
  if (/[\x01-\x1f\x7f]/.test(s)) return 'control-char';
  if (!s.isWellFormed()) return 'unicode';
  return null;
}

const text = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.superRefine((v: string, ctx) => {
      const code = textProblem(v);
      if (code) ctx.issues.push({ code: 'custom', input: v, params: { code } });
    }),
  );

const HOST_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const host = text(260).check(z.refine((s) => HOST_RE.test(s), issue('host')));
const envName = text(100).check(z.refine((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s), issue('env-name')));
const goVersion = text(20).check(
  z.refine((s) => {
    const v = parseGoVersion(s);
    return v !== null && atLeast(v, 13);
  }, issue('go-version')),
);
const patterns = z._default(z.array(text(256)).check(z.maxLength(64)), []);
const sep = z._default(z.enum([',', '|']), ',');

export const ProxyEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('mirror'), id: z.enum(MIRROR_IDS), sep }),
  z.strictObject({ kind: z.literal('url'), url: text(2048), sep }),
  z.strictObject({ kind: z.literal('direct'), sep }),
  z.strictObject({ kind: z.literal('off'), sep }),
]);

export const SumdbSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('default') }),
  /** The `sum.golang.google.cn` alias: same key as sum.golang.org, served from China. */
  z.strictObject({ mode: z.literal('google-cn') }),
  /** `name+hash+key`, optionally with the database URL. */
  z.strictObject({ mode: z.literal('custom'), key: text(512), url: z.optional(text(2048)) }),
  z.strictObject({ mode: z.literal('off') }),
]);

export const AuthHostSchema = z.strictObject({
  /** Host name, with :port when not the default. */
  host,
  /** ssh: git insteadOf to ssh://; netrc: HTTPS token in .netrc (_netrc); git-credential: git's credential helper. */
  method: z.enum(['ssh', 'netrc', 'git-credential']),
  login: z.optional(text(256)),
  /** Secret. Only ever written into a .netrc file; everything else references tokenEnv. */
  token: z.optional(text(4096)),
  /** Environment variable (and CI secret) holding the token. */
  tokenEnv: z._default(envName, 'GO_MODULES_TOKEN'),
});

export const ConfigSchema = z.strictObject({
  version: z.literal(MODEL_VERSION),
  target: z.prefault(
    z.strictObject({
      os: z._default(z.enum(['linux', 'macos', 'windows']), 'linux'),
      shell: z._default(z.enum(['bash', 'zsh', 'fish', 'powershell', 'cmd']), 'bash'),
      /** session: this shell only; persistent: for the user; project: a project, script or CI job. */
      scope: z._default(z.enum(['session', 'persistent', 'project']), 'session'),
    }),
    {},
  ),
  proxy: z.prefault(z.array(ProxyEntrySchema).check(z.maxLength(16)), [{ kind: 'mirror', id: 'proxy-golang-org' }, { kind: 'direct' }]),
  sumdb: z.prefault(SumdbSchema, { mode: 'default' }),
  private: z.prefault(
    z.strictObject({
      goprivate: patterns,
      /** Absent: the go command uses GOPRIVATE. Present and non-empty: replaces it for that decision. */
      gonoproxy: z.optional(z.array(text(256)).check(z.maxLength(64))),
      gonosumdb: z.optional(z.array(text(256)).check(z.maxLength(64))),
      goinsecure: patterns,
      govcs: z._default(
        z
          .array(
            z.strictObject({
              pattern: text(256),
              vcs: z.array(z.enum(['git', 'hg', 'svn', 'bzr', 'fossil', 'all', 'off'])),
            }),
          )
          .check(z.maxLength(32)),
        [],
      ),
    }),
    {},
  ),
  auth: z.prefault(
    z.strictObject({
      hosts: z._default(z.array(AuthHostSchema).check(z.maxLength(16)), []),
      /** GOAUTH (Go 1.24+), e.g. `git /home/me/src`. */
      goauth: z.optional(text(1024)),
    }),
    {},
  ),
  network: z.prefault(
    z.strictObject({
      httpsProxy: z.optional(text(2048)),
      httpProxy: z.optional(text(2048)),
      noProxy: patterns,
      /** Secret. User name for the HTTP(S) proxy; the password is only referenced via proxyPasswordEnv. */
      proxyUser: z.optional(text(256)),
      proxyPasswordEnv: z.optional(envName),
      /** Also route git through the proxy (git http.proxy). */
      gitProxy: z._default(z.boolean(), true),
      /** CA bundle file (SSL_CERT_FILE; git http.sslCAInfo). */
      caBundle: z.optional(text(1024)),
    }),
    {},
  ),
  build: z.prefault(
    z.strictObject({
      /** Go version of the target machine or image: gates features. */
      go: z._default(goVersion, '1.26'),
      goflags: patterns,
      gomodcache: z.optional(text(1024)),
      gotoolchain: z.optional(text(64)),
      go111module: z.optional(z.enum(['on', 'off', 'auto'])),
    }),
    {},
  ),
  npm: z.prefault(
    z.strictObject({
      registry: z.optional(text(2048)),
      scopes: z._default(
        z
          .array(
            z.strictObject({
              scope: text(215).check(z.refine((s) => /^@[a-z0-9][a-z0-9._-]*$/.test(s), issue('npm-scope'))),
              registry: text(2048),
              tokenEnv: z.optional(envName),
            }),
          )
          .check(z.maxLength(16)),
        [],
      ),
    }),
    {},
  ),
  athens: z.prefault(
    z.strictObject({
      storage: z._default(z.enum(['disk', 'memory']), 'disk'),
      port: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(65535)), 3000),
      image: z._default(text(256).check(z.refine((s) => /^[a-z0-9][a-z0-9._/:@-]*$/.test(s), issue('image'))), 'gomods/athens:latest'),
    }),
    {},
  ),
});

/** A validated configuration (all defaults filled in). */
export type ModfixConfig = z.output<typeof ConfigSchema>;
/** What a config file, a permalink or the form may contain before defaults are applied. */
export type ModfixConfigInput = z.input<typeof ConfigSchema>;
export type ProxyEntry = ModfixConfig['proxy'][number];
export type AuthHost = ModfixConfig['auth']['hosts'][number];
export type TargetOS = ModfixConfig['target']['os'];
export type TargetShell = ModfixConfig['target']['shell'];
