// GOPRIVATE / GONOPROXY / GONOSUMDB / GOINSECURE: comma-separated path.Match globs compared with
// the leading elements of module paths (golang.org/x/mod/module MatchPrefixPatterns, shared
// matchPrefixPatterns). Hosts, schemes, ports and spaces are the usual reasons a pattern matches nothing.
import { parseGoproxy } from '../goproxy/list.ts';
import { matchPrefixPatterns, pathMatch } from '../goproxy/patterns.ts';
import { atLeast } from '../goversion.ts';
import { type Ctx, cmds, evidence, goEnvU, goEnvW, t } from './context.ts';
import type { Localized } from './types.ts';

const PATTERN_VARS = ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE'] as const;

// Hosts with modules from many unrelated owners: a pattern covering one of them whole is never "private".
const PUBLIC_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'gitee.com',
  'golang.org',
  'google.golang.org',
  'gopkg.in',
  'go.googlesource.com',
  'cloud.google.com',
  'k8s.io',
  'sigs.k8s.io',
  'go.uber.org',
  'go.etcd.io',
  'codeberg.org',
  'git.sr.ht',
]);

/** A module path the pattern matches, with glob syntax replaced by sample characters. */
export function samplePath(pattern: string): string {
  return pattern
    .replace(/\/+$/, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\[\^?([^\]])[^\]]*\]/g, '$1')
    .replace(/[*?]/g, 'x');
}

/** What still happens to a module a pattern fails to match, per variable. */
const UNMATCHED: Record<(typeof PATTERN_VARS)[number], Localized> = {
  GOPRIVATE: t('A module named %s still goes to the public proxy and checksum database.', '名为 %s 的模块仍会发往公共代理和校验和数据库。'),
  GONOPROXY: t('A module named %s is still requested through GOPROXY.', '名为 %s 的模块仍会经由 GOPROXY 请求。'),
  GONOSUMDB: t('A module named %s is still looked up in the checksum database.', '名为 %s 的模块仍会去校验和数据库查询。'),
  GOINSECURE: t('A module named %s is still fetched with full TLS checks.', '名为 %s 的模块仍会按完整的 TLS 校验获取。'),
};

function isBroad(p: string): string | null {
  const trimmed = p.replace(/\/+$/, '');
  const first = trimmed.split('/')[0] ?? '';
  if (first === '*' || /^\*\.[^.]+$/.test(first)) return trimmed.includes('/') ? null : trimmed;
  if (!trimmed.includes('/') && PUBLIC_HOSTS.has(trimmed)) return trimmed;
  return null;
}

function broadEffect(name: string, p: string): Localized {
  const what = p === '*' ? t('every module', '所有模块') : t(`every module matching ${p}`, `所有匹配 ${p} 的模块`);
  switch (name) {
    case 'GONOSUMDB':
      return t(
        `checksum verification is off for ${what.en}: a proxy or repository could serve altered code and the go command would not notice.`,
        `${what['zh-CN']}都不再做校验和验证：代理或代码仓库即使提供被篡改的代码，go 命令也不会发现。`,
      );
    case 'GONOPROXY':
      return t(
        `${what.en} bypasses GOPROXY and is fetched directly from its repository (slow, and it fails where the origin is unreachable).`,
        `${what['zh-CN']}都会绕过 GOPROXY，直接从代码仓库获取（慢，并且在访问不到源站的网络里会失败）。`,
      );
    case 'GOINSECURE':
      return t(
        `direct fetches of ${what.en} may fall back to plain HTTP and skip TLS certificate checks.`,
        `${what['zh-CN']}在直接获取时都可能退回明文 HTTP，并跳过 TLS 证书校验。`,
      );
    default:
      return t(
        `${what.en} is fetched directly from its repository (no proxy: slow, and it fails where the origin is unreachable) and is not checked against the checksum database.`,
        `${what['zh-CN']}都直接从代码仓库获取（不经代理：慢，并且在访问不到源站的网络里会失败），也不再用校验和数据库核对。`,
      );
  }
}

export function checkPatterns(ctx: Ctx): void {
  const goprivate = ctx.env.get('GOPRIVATE')?.value;
  for (const name of PATTERN_VARS) {
    const v = ctx.env.get(name);
    if (!v || v.value === '') continue;
    // go env prints GOPRIVATE's value for unset GONOPROXY/GONOSUMDB; report each problem once, on GOPRIVATE.
    if (name !== 'GOPRIVATE' && name !== 'GOINSECURE' && v.value === goprivate) continue;
    const ev = evidence('go-env', v);
    const patterns = v.value.split(',').filter((p) => p !== '');

    const spaced = patterns.filter((p) => p !== p.trim());
    if (spaced.length > 0) {
      const fixed = patterns
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .join(',');
      ctx.add('pattern-whitespace', {
        variable: name,
        evidence: ev,
        message: t(
          `${name} has spaces around ${spaced.map((p) => `"${p}"`).join(', ')}. The go command splits only at commas and does not trim, so ${spaced.length > 1 ? 'these patterns match' : 'this pattern matches'} no module at all.`,
          `${name} 中 ${spaced.map((p) => `"${p}"`).join('、')} 带有空格。go 命令只按逗号分割、不去掉空格，所以这些模式不会匹配任何模块。`,
        ),
        fix: t(`Remove the spaces: ${name}=${fixed}`, `去掉空格：${name}=${fixed}`),
        commands: cmds(goEnvW(name, fixed)),
      });
    }

    for (const raw of patterns) {
      const p = raw.trim();
      if (p === '') continue;
      const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(p);
      if (scheme) {
        const stripped = p.slice(scheme[0].length).replace(/\/+$/, '');
        const fixed = patterns.map((q) => (q === raw ? stripped : q.trim())).join(',');
        ctx.add('pattern-scheme', {
          variable: name,
          evidence: ev,
          message: t(
            `${name} pattern "${p}" starts with ${scheme[0]}. Patterns are compared with module paths (like ${stripped || 'corp.example.com'}/repo), which never contain a scheme, so it matches nothing.`,
            `${name} 的模式 "${p}" 以 ${scheme[0]} 开头。模式是和模块路径（如 ${stripped || 'corp.example.com'}/repo）比较的，模块路径里没有协议头，所以它什么也匹配不到。`,
          ),
          fix: t(`Write the module path prefix only: ${stripped}`, `只写模块路径前缀：${stripped}`),
          commands: cmds(goEnvW(name, fixed)),
        });
        continue;
      }
      const first = p.split('/')[0] ?? '';
      if (/:\d*$/.test(first)) {
        const host = first.replace(/:\d*$/, '');
        ctx.add('pattern-port', {
          variable: name,
          evidence: ev,
          message: t(
            `${name} pattern "${p}" contains a port. Module paths cannot contain ":", so it matches nothing.`,
            `${name} 的模式 "${p}" 带有端口。模块路径不能包含 ":"，所以它什么也匹配不到。`,
          ),
          fix: t(`Use the host name without the port: ${host}`, `使用不带端口的主机名：${host}`),
          commands: cmds(goEnvW(name, patterns.map((q) => (q === raw ? p.replace(first, host) : q.trim())).join(','))),
        });
        continue;
      }
      if (pathMatch(p.replace(/\/+$/, ''), 'x') === null) {
        ctx.add('pattern-malformed', {
          variable: name,
          evidence: ev,
          message: t(
            `${name} pattern "${p}" is not valid glob syntax (unbalanced [ ] or a trailing \\). The go command silently ignores it.`,
            `${name} 的模式 "${p}" 不是合法的通配符语法（[ ] 不配对或以 \\ 结尾）。go 命令会悄悄忽略它。`,
          ),
          fix: t('Fix the pattern; only *, ?, [a-z] and \\ are special.', '修正这个模式；只有 *、?、[a-z] 和 \\ 是特殊字符。'),
        });
        continue;
      }
      if (p.endsWith('/')) {
        const old = !atLeast(ctx.go, 18);
        const trimmed = p.replace(/\/+$/, '');
        ctx.add('pattern-trailing-slash', {
          variable: name,
          evidence: ev,
          severity: old ? 'error' : 'info',
          goVersions: old ? '1.13–1.17' : undefined,
          message: old
            ? t(
                `${name} pattern "${p}" ends with "/". Go ${ctx.goText ?? '1.17 and older'} does not trim it, so the pattern matches nothing.`,
                `${name} 的模式 "${p}" 以 "/" 结尾。Go ${ctx.goText ?? '1.17 及更早版本'} 不会去掉它，所以这个模式什么也匹配不到。`,
              )
            : t(
                `${name} pattern "${p}" ends with "/". Go 1.18+ ignores the slash, but Go 1.13–1.17 (older CI images) match nothing with it.`,
                `${name} 的模式 "${p}" 以 "/" 结尾。Go 1.18+ 会忽略这个斜杠，但 Go 1.13–1.17（较旧的 CI 镜像）会因此什么也匹配不到。`,
              ),
          fix: t(`Drop the slash: ${trimmed}`, `去掉斜杠：${trimmed}`),
          commands: cmds(goEnvW(name, patterns.map((q) => (q === raw ? trimmed : q.trim())).join(','))),
        });
      }
      const slashStar = /^([^/*?[\]\\]+)\/\*\/?$/.exec(p);
      if (slashStar) {
        const host = slashStar[1] as string;
        ctx.add('pattern-slash-star', {
          variable: name,
          evidence: ev,
          message: t(
            `${name} pattern "${p}" matches ${host}/x and everything below it, but not the module ${host} itself (a pattern with one slash is compared with two path elements). ${UNMATCHED[name].en.replace('%s', host)}`,
            `${name} 的模式 "${p}" 匹配 ${host}/x 及其下所有路径，但不匹配模块 ${host} 本身（带一个斜杠的模式与两段路径比较）。${UNMATCHED[name]['zh-CN'].replace('%s', host)}`,
          ),
          fix: t(`Use ${host}, which matches ${host} and every path below it.`, `改用 ${host}，它匹配 ${host} 本身及其下所有路径。`),
          commands: cmds(goEnvW(name, patterns.map((q) => (q === raw ? host : q.trim())).join(','))),
        });
      }
      const broad = isBroad(p);
      if (broad) {
        const effect = broadEffect(name, broad);
        ctx.add('pattern-too-broad', {
          variable: name,
          evidence: ev,
          message: t(`${name}=${v.value}: ${effect.en}`, `${name}=${v.value}：${effect['zh-CN']}`),
          fix: t(
            `List only your private hosts or organisations, e.g. ${name}=git.corp.example.com,github.com/your-org.`,
            `只列出你的私有主机或组织，例如 ${name}=git.corp.example.com,github.com/your-org。`,
          ),
        });
      }
      if (name === 'GOINSECURE') checkInsecureHost(ctx, p, ev);
    }
  }
  checkCoverage(ctx);
}

function proxyHosts(ctx: Ctx): string[] {
  const gp = ctx.env.get('GOPROXY')?.value;
  const hosts = ['proxy.golang.org', 'sum.golang.org', 'sum.golang.google.cn'];
  if (gp) {
    for (const e of parseGoproxy(gp, ctx.go).entries) {
      if (!e.url) continue;
      try {
        hosts.push(new URL(e.url).hostname);
      } catch {
        // invalid entries are reported by the GOPROXY check
      }
    }
  }
  return hosts;
}

function checkInsecureHost(ctx: Ctx, p: string, ev: ReturnType<typeof evidence>): void {
  const first = p.split('/')[0] ?? '';
  if (!proxyHosts(ctx).includes(first)) return;
  ctx.add('goinsecure-proxy-host', {
    evidence: ev,
    message: t(
      `GOINSECURE contains ${first}, the host of a proxy or checksum database. GOINSECURE matches module paths, not hosts, and applies only to direct fetches: requests to proxies always verify TLS certificates, so this changes nothing for ${first}.`,
      `GOINSECURE 中有 ${first}，这是代理或校验和数据库的主机。GOINSECURE 匹配的是模块路径而不是主机，并且只对直接获取生效：访问代理时总会校验 TLS 证书，所以这对 ${first} 没有任何作用。`,
    ),
    fix: t(
      'For certificate errors from a proxy (x509: certificate signed by unknown authority), install the company CA in the system trust store (Linux: also SSL_CERT_FILE/SSL_CERT_DIR). Remove the proxy host from GOINSECURE.',
      '如果代理报证书错误（x509: certificate signed by unknown authority），请把公司 CA 装进系统信任库（Linux 上也可用 SSL_CERT_FILE/SSL_CERT_DIR）。并从 GOINSECURE 中删掉代理主机。',
    ),
  });
}

function checkCoverage(ctx: Ctx): void {
  const gp = ctx.env.get('GOPRIVATE');
  if (!gp || gp.value.trim() === '') return;
  // Patterns with spaces or a scheme match nothing anyway (reported above), so they need no cover.
  const privatePatterns = gp.value.split(',').filter((p) => p !== '' && p === p.trim() && !p.includes('://'));
  const goproxy = ctx.env.get('GOPROXY')?.value;
  const allDirect = goproxy !== undefined && parseGoproxy(goproxy, ctx.go).entries[0]?.kind === 'direct';
  const gosumdb = ctx.env.get('GOSUMDB')?.value;
  for (const name of ['GONOPROXY', 'GONOSUMDB'] as const) {
    const v = ctx.env.get(name);
    // Empty means unset: the go command then uses GOPRIVATE (envOr in cmd/go/internal/cfg).
    if (!v || v.value.trim() === '' || v.value === gp.value) continue;
    if (name === 'GONOPROXY' && allDirect) continue;
    if (name === 'GONOSUMDB' && gosumdb === 'off') continue;
    const ev = evidence('go-env', v);
    const uncovered = privatePatterns.filter((p) => !matchPrefixPatterns(v.value, samplePath(p), ctx.go));
    if (uncovered.length === 0) continue;
    const list = uncovered.join(',');
    if (name === 'GONOPROXY' && v.value.trim() === 'none') {
      ctx.add('gonoproxy-none', {
        evidence: ev,
        message: t(
          `GONOPROXY=none: even GOPRIVATE modules (${list}) are requested through GOPROXY. That is the documented setup when GOPROXY is your company proxy that serves private modules; with a public proxy they fail and their paths leak to it.`,
          `GONOPROXY=none：连 GOPRIVATE 模块（${list}）也会经由 GOPROXY 请求。当 GOPROXY 是能提供私有模块的公司代理时，这是文档推荐的做法；若是公共代理，它们会失败，而且模块路径会泄露给该代理。`,
        ),
        fix: t(
          'Keep it only if GOPROXY points at your own proxy; otherwise unset GONOPROXY.',
          '只有当 GOPROXY 指向你自己的代理时才保留；否则请取消 GONOPROXY。',
        ),
        commands: [goEnvU('GONOPROXY')],
      });
      continue;
    }
    const fixed = `${v.value},${list}`;
    ctx.add(name === 'GONOPROXY' ? 'gonoproxy-not-covering-goprivate' : 'gonosumdb-not-covering-goprivate', {
      evidence: ev,
      message:
        name === 'GONOPROXY'
          ? t(
              `GONOPROXY is set, so it replaces GOPRIVATE when deciding what to fetch directly: modules matching ${list} are requested from GOPROXY (${goproxy ?? '?'}), which leaks their paths to it and fails unless that proxy can serve them.`,
              `设置了 GONOPROXY，它就会取代 GOPRIVATE 来决定哪些模块直接获取：匹配 ${list} 的模块会向 GOPROXY（${goproxy ?? '?'}）请求，模块路径会泄露给它，而且除非该代理能提供它们，否则会失败。`,
            )
          : t(
              `GONOSUMDB is set, so it replaces GOPRIVATE when deciding what to verify: modules matching ${list} are looked up in the checksum database (${gosumdb || 'sum.golang.org'}), which leaks their paths and fails for private code (verifying module: … 404/410).`,
              `设置了 GONOSUMDB，它就会取代 GOPRIVATE 来决定哪些模块需要校验：匹配 ${list} 的模块会去校验和数据库（${gosumdb || 'sum.golang.org'}）查询，模块路径会泄露，而且私有代码会校验失败（verifying module: … 404/410）。`,
            ),
      fix: t(
        `Add them to ${name} (${name}=${fixed}), or unset ${name} so that it defaults to GOPRIVATE.`,
        `把它们加入 ${name}（${name}=${fixed}），或取消 ${name}，让它默认使用 GOPRIVATE。`,
      ),
      commands: cmds(goEnvW(name, fixed), goEnvU(name)),
    });
  }
}
