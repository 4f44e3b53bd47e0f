// Shared by the CI renderers: the job's variables, and the shell lines that give the job access
// to private hosts from the CI's secret store (tokens in .netrc, SSH keys for insteadOf hosts).
import { allEnv, hostName, type ModfixConfig, t } from '../config/data.ts';
import * as posix from '../quoting/posix.ts';
import { type ShellWord, wordText } from '../quoting/word.ts';
import { type FormatId, RenderError } from './types.ts';

/**
 * Variables for the job; references to secrets are written with the CI's own syntax. A literal
 * part the CI would itself expand (`forbidden`) is refused. `skip` names variables the job sets itself.
 */
export function jobEnv(
  c: ModfixConfig,
  format: FormatId,
  ref: (name: string) => string,
  forbidden: RegExp,
  skip: readonly string[] = [],
): Array<[string, string]> {
  return allEnv(c)
    .filter(([k]) => k === k.toUpperCase() && !skip.includes(k))
    .map(([k, w]: [string, ShellWord]) => {
      for (const p of w) {
        if (typeof p === 'string' && forbidden.test(p)) {
          throw new RenderError(format, t(`The CI would expand part of ${k}: ${p}`, `CI 会展开 ${k} 的一部分：${p}`));
        }
      }
      return [k, wordText(w, ref)];
    });
}

/** Secrets the job needs, by variable name. */
export const jobSecrets = (c: ModfixConfig) => [
  ...new Set([...c.auth.hosts.map((h) => h.tokenEnv), ...(c.network.proxyPasswordEnv ? [c.network.proxyPasswordEnv] : [])]),
];

/** Bash lines run before the build. Tokens and keys are read from variables, never written here. */
export function setupScript(c: ModfixConfig): string[] {
  const lines: string[] = [];
  // CI has no interactive credential store: HTTPS hosts get a .netrc line with their token.
  const https = c.auth.hosts.filter((h) => h.method !== 'ssh');
  if (https.length > 0) {
    lines.push('umask 077');
    for (const h of https) {
      for (const m of h.host.includes(':') ? [hostName(h.host), h.host] : [h.host]) {
        lines.push(
          `printf 'machine %s login %s password %s\\n' ${posix.quote(m)} ${posix.quote(h.login ?? '')} "$${h.tokenEnv}" >> "$HOME/.netrc"`,
        );
      }
    }
  }
  c.auth.hosts
    .filter((h) => h.method === 'ssh')
    .forEach((h, i) => {
      const host = hostName(h.host);
      lines.push(
        'mkdir -p -m 700 "$HOME/.ssh"',
        `printf '%s\\n' "$${h.tokenEnv}" > "$HOME/.ssh/modfix_${i}" && chmod 600 "$HOME/.ssh/modfix_${i}"`,
        `printf 'Host %s\\n  IdentityFile ~/.ssh/modfix_${i}\\n' ${posix.quote(host)} >> "$HOME/.ssh/config"`,
        `ssh-keyscan ${posix.quote(host)} >> "$HOME/.ssh/known_hosts"`,
        `git config --global ${posix.quote(`url.ssh://${h.login ?? 'git'}@${host}/.insteadOf`)} ${posix.quote(`https://${h.host}/`)}`,
      );
    });
  return lines;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
export const yamlString = (v: string) => JSON.stringify(v);

export const ciNotes = (c: ModfixConfig, where: string) => {
  const secrets = jobSecrets(c);
  return secrets.length > 0
    ? [
        t(
          `Create ${secrets.join(', ')} in ${where}; the job reads them from there.`,
          `请在 ${where} 中创建 ${secrets.join('、')}；任务从那里读取。`,
        ),
      ]
    : [];
};
