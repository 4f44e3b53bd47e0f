// Shared by the Dockerfile and the docker build renderers: which settings become build
// arguments, how a value is written in a Dockerfile, and the secret and SSH mounts.
import { goEnv, hostsBy, type ModfixConfig, t } from '../config/data.ts';
import { type FormatId, RenderError } from './types.ts';

export const NETRC_SECRET = 'netrc';
export const DEFAULT_MODCACHE = '/go/pkg/mod';

/** Go settings passed as ARG (overridable with --build-arg) and ENV. None of them is a secret. */
export const buildArgs = (c: ModfixConfig) => goEnv(c).set.filter(([k]) => k !== 'GOMODCACHE');

/** The module cache inside the (Linux) image. */
export const modCache = (c: ModfixConfig) => (c.build.gomodcache?.startsWith('/') ? c.build.gomodcache : DEFAULT_MODCACHE);

export const needsNetrc = (c: ModfixConfig) => hostsBy(c, 'netrc').length > 0;
export const needsSsh = (c: ModfixConfig) => hostsBy(c, 'ssh').length > 0;

/** Docker's proxy build arguments: predefined, so they need no ARG and stay out of `docker history`. */
export const proxyArgs = (c: ModfixConfig) =>
  [c.network.httpsProxy && 'HTTPS_PROXY', c.network.httpProxy && 'HTTP_PROXY', c.network.noProxy.length > 0 && 'NO_PROXY'].filter(
    (x): x is string => typeof x === 'string',
  );

/**
 * A value in an ARG/ENV instruction. Dockerfile words treat quotes, backslashes and $ specially;
 * settings never need them, so they are refused rather than escaped.
 */
export function dockerValue(format: FormatId, v: string): string {
  if (/["'\\$`]/.test(v)) {
    throw new RenderError(format, t(`Cannot be written into a Dockerfile safely: ${v}`, `无法安全写入 Dockerfile：${v}`));
  }
  return /\s/.test(v) ? `"${v}"` : v;
}
