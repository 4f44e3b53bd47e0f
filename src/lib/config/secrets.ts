// Fields that hold secrets. The page keeps them out of permalinks and storage; renderers never
// write them anywhere except the one file whose purpose is to hold them (.netrc).
import type { ModfixConfig } from './schema.ts';

/** Dotted paths; `*` stands for any array index. */
export const SECRET_PATHS: readonly string[] = ['auth.hosts.*.token', 'network.proxyUser'];

/** True when a dotted path (e.g. `auth.hosts.0.token`) names a secret. */
export function isSecretPath(path: string): boolean {
  return SECRET_PATHS.some((p) => new RegExp(`^${p.replaceAll('.', '\\.').replaceAll('*', '\\d+')}$`).test(path));
}

/** A copy without any secret value, safe to put into a URL or localStorage. */
export function withoutSecrets(c: ModfixConfig): ModfixConfig {
  const copy = structuredClone(c);
  for (const h of copy.auth.hosts) delete h.token;
  delete copy.network.proxyUser;
  return copy;
}
