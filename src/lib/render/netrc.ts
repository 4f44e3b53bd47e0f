// .netrc (_netrc on Windows): HTTPS credentials for the go command (proxies, go-get discovery,
// checksum DB; https only) and for git over HTTPS, which reads it through curl. With every
// token filled in, the file itself; otherwise a command that writes it from the token variables,
// so the token never has to be typed into the page.
import { hostName, hostsBy, t } from '../config/data.ts';
import type { AuthHost, ModfixConfig } from '../config/data.ts';
import * as fish from '../quoting/fish.ts';
import * as posix from '../quoting/posix.ts';
import * as ps from '../quoting/powershell.ts';
import { provenance } from './common.ts';
import { homeFile, sampleModule } from './places.ts';
import type { Format } from './types.ts';
import { netrcMeta } from './meta.ts';

/**
 * Machine names for a host. Go 1.15–1.23 and curl compare the host name without the port;
 * Go 1.24+ (GOAUTH=netrc) compares host:port (golang/go#81253), so a port gets both lines.
 */
const machines = (h: AuthHost) => (h.host.includes(':') ? [hostName(h.host), h.host] : [h.host]);

function fileText(hosts: AuthHost[]): string {
  return `${hosts.flatMap((h) => machines(h).map((m) => `machine ${m} login ${h.login} password ${h.token}`)).join('\n')}\n`;
}

/** An awk condition for a one-line entry `machine HOST login L password P` of one of `names`. */
const ownEntry = (names: string[]) =>
  `NF == 6 && $1 == "machine" && $3 == "login" && $5 == "password" && (${names.map((m) => `$2 == "${m}"`).join(' || ')})`;

/**
 * Puts these hosts' one-line entries first (the first matching entry wins) and drops the ones an
 * earlier run wrote; other entries stay. The token comes from its variable when the line runs.
 */
function posixCommand(hosts: AuthHost[]): string {
  const printfs = hosts.flatMap((h) =>
    machines(h).map(
      (m) => `  printf 'machine %s login %s password %s\\n' ${posix.quote(m)} ${posix.quote(h.login ?? '')} "$${h.tokenEnv}"`,
    ),
  );
  return `${[
    `${provenance('#')}: updates ~/.netrc from the token variables`,
    // Stop before touching the file when a token variable is empty.
    ...[...new Set(hosts.map((h) => h.tokenEnv))].map((v) => `: "\${${v}:?set ${v} to the token first}" &&`),
    'f="$HOME/.netrc" && touch "$f" && chmod 600 "$f" &&',
    `tmp="$(mktemp)" && awk '!(${ownEntry(hosts.flatMap(machines))})' "$f" > "$tmp" &&`,
    '{',
    ...printfs,
    '  cat "$tmp"',
    '} > "$f" && rm -f "$tmp"',
  ].join('\n')}\n`;
}

function powershellCommand(hosts: AuthHost[]): string {
  const names = hosts.flatMap(machines);
  const lines = [
    `${provenance('#')}: updates %USERPROFILE%\\_netrc from the token variables`,
    ...[...new Set(hosts.map((h) => h.tokenEnv))].map((v) => `if (-not $env:${v}) { throw 'Set $env:${v} to the token first' }`),
    "$f = Join-Path $env:USERPROFILE '_netrc'",
    `$own = @(${names.map(ps.literal).join(', ')})`,
    "$rest = @(Get-Content -LiteralPath $f -ErrorAction SilentlyContinue | Where-Object { $w = -split $_; -not ($w.Count -eq 6 -and $w[0] -eq 'machine' -and $own -contains $w[1]) })",
    '$new = @(',
    ...hosts.flatMap((h) => machines(h).map((m) => `  (${ps.literal(`machine ${m} login ${h.login} password `)} + $env:${h.tokenEnv})`)),
    ')',
    'Set-Content -LiteralPath $f -Value ($new + $rest) -Encoding ascii',
  ];
  return `${lines.join('\n')}\n`;
}

/** fish cannot run POSIX syntax: hand the script to sh (exported token variables reach it). */
const forShell = (c: ModfixConfig, script: string) => (c.target.shell === 'fish' ? `sh -c ${fish.quote(script)}\n` : script);

export const netrc: Format = {
  ...netrcMeta,
  render(c: ModfixConfig) {
    const hosts = hostsBy(c, 'netrc');
    const windows = c.target.os === 'windows';
    const path = homeFile(c.target.os, '.netrc', '_netrc');
    const literal = hosts.every((h) => h.token);
    const first = hosts[0];
    return {
      // .netrc has no comment syntax shared by Go and curl, so the file carries no provenance line.
      text: literal ? fileText(hosts) : windows ? powershellCommand(hosts) : forShell(c, posixCommand(hosts)),
      path,
      notes: [
        literal
          ? t(
              `Save as ${path}${windows ? '' : ' and run chmod 600 on it'}: it holds your token in plain text.`,
              `保存为 ${path}${windows ? '' : '，并执行 chmod 600'}：其中以明文保存令牌。`,
            )
          : t(
              `Run it with the token in ${hosts.map((h) => `$${h.tokenEnv}`).join(', ')}; it replaces these hosts' lines and keeps the others.`,
              `在 ${hosts.map((h) => `$${h.tokenEnv}`).join('、')} 中放入令牌后运行；它会替换这些主机的行并保留其他行。`,
            ),
        t(
          'The go command sends these credentials only over https://; git (through curl) reads the same file.',
          'go 命令只通过 https:// 发送这些凭据；git（通过 curl）也读取同一个文件。',
        ),
      ],
      verify: first && {
        command: `go list -m -json ${sampleModule(c, first.host)}@latest`,
        expect: t(
          'Prints the module as JSON (Path, Version). Without the entry: 401/403 or "terminal prompts disabled".',
          '输出模块的 JSON（Path、Version）。没有该条目时会出现 401/403 或 “terminal prompts disabled”。',
        ),
      },
    };
  },
};
