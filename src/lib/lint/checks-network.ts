// HTTP_PROXY / HTTPS_PROXY / NO_PROXY as the go command's HTTP client reads them
// (golang.org/x/net/http/httpproxy, vendored in the Go tree).
import { parseGoproxy } from '../goproxy/list.ts';
import { type Ctx, evidence, t } from './context.ts';
import type { EnvVar } from './types.ts';

/** getEnvAny: the upper-case name first, then the lower-case one; empty values are skipped. */
function envAny(ctx: Ctx, upper: string): EnvVar | null {
  for (const n of [upper, upper.toLowerCase()]) {
    const v = ctx.os.get(n);
    if (v && v.value !== '') return v;
  }
  return null;
}

function parseIPv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((a, p) => a * 256 + p, 0);
}

/** httpproxy useProxy for https://host:port: false when NO_PROXY (or loopback) exempts the host. */
export function useProxy(noProxy: string, host: string, port = '443'): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || /^127\./.test(h) || h === '::1') return false;
  const ip = parseIPv4(h);
  for (const raw of noProxy.split(',')) {
    const p = raw.trim().toLowerCase();
    if (p === '') continue;
    if (p === '*') return false;
    const cidr = /^([\d.]+)\/(\d{1,2})$/.exec(p);
    if (cidr) {
      const base = parseIPv4(cidr[1] as string);
      const bits = Number(cidr[2]);
      if (ip !== null && base !== null && bits <= 32) {
        const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
        if ((ip & mask) >>> 0 === (base & mask) >>> 0) return false;
      }
      continue;
    }
    const hp = /^(.*):(\d+)$/.exec(p);
    let phost = hp ? (hp[1] as string) : p;
    const pport = hp ? (hp[2] as string) : '';
    if (phost === '') continue;
    if (phost.startsWith('[') && phost.endsWith(']')) phost = phost.slice(1, -1);
    if (parseIPv4(phost) !== null) {
      if (ip !== null && phost === h && (pport === '' || pport === port)) return false;
      continue;
    }
    if (phost.startsWith('*.')) phost = phost.slice(1);
    const matchHost = !phost.startsWith('.');
    if (matchHost) phost = `.${phost}`;
    if ((h.endsWith(phost) || (matchHost && h === phost.slice(1))) && (pport === '' || pport === port)) return false;
  }
  return true;
}

/**
 * Hosts the go command contacts directly for GONOPROXY/GOPRIVATE modules, from host-like patterns:
 * `name` is what to add to NO_PROXY, `sample` a host the pattern matches (for *.corp.example).
 */
export function privateHosts(patterns: string): { name: string; sample: string }[] {
  const hosts = new Map<string, string>();
  for (const raw of patterns.split(',')) {
    const p = raw.trim();
    if (p === '' || p.includes('://')) continue;
    const first = (p.split('/')[0] as string).toLowerCase();
    const name = first.startsWith('*.') ? first.slice(2) : first;
    if (!name.includes('.') || /[*?[\]\\:]/.test(name)) continue;
    hosts.set(name, first.startsWith('*.') ? `x.${name}` : name);
  }
  return [...hosts].map(([name, sample]) => ({ name, sample }));
}

export function checkNetwork(ctx: Ctx): void {
  const httpProxy = envAny(ctx, 'HTTP_PROXY');
  const httpsProxy = envAny(ctx, 'HTTPS_PROXY');
  const allProxy = envAny(ctx, 'ALL_PROXY');
  const noProxy = envAny(ctx, 'NO_PROXY');
  const ev = (v: EnvVar) => evidence(ctx.osInput.get(v.name) ?? 'os-env', v);

  const goproxy = ctx.env.get('GOPROXY')?.value;
  const entries = goproxy ? parseGoproxy(goproxy, ctx.go).entries : [];
  const httpsUsed = entries.length === 0 || entries.some((e) => e.kind === 'direct' || e.url?.toLowerCase().startsWith('https://'));

  if (httpProxy && !httpsProxy && httpsUsed) {
    ctx.add('https-proxy-missing', {
      evidence: ev(httpProxy),
      message: t(
        `${httpProxy.name} is set but HTTPS_PROXY is not. The go command uses ${httpProxy.name} only for http:// URLs; https:// requests (module proxies, the checksum database, ?go-get=1 lookups) connect directly, which fails where only the proxy can reach the internet.`,
        `设置了 ${httpProxy.name}，但没有设置 HTTPS_PROXY。go 命令只对 http:// 地址使用 ${httpProxy.name}；https:// 请求（模块代理、校验和数据库、?go-get=1 查询）会直接连接，在只有代理能访问外网的环境里会失败。`,
      ),
      fix: t(
        `Set HTTPS_PROXY to the same proxy (the proxy URL itself usually starts with http://): HTTPS_PROXY=${httpProxy.value}`,
        `把 HTTPS_PROXY 设为同一个代理（代理地址本身通常以 http:// 开头）：HTTPS_PROXY=${httpProxy.value}`,
      ),
    });
  }

  if (allProxy && !httpsProxy) {
    ctx.add('all-proxy-ignored', {
      evidence: ev(allProxy),
      message: t(
        `${allProxy.name} is set, but the go command does not read it (curl and git do). Without HTTPS_PROXY, the go command connects directly.`,
        `设置了 ${allProxy.name}，但 go 命令不读取它（curl 和 git 会读）。没有 HTTPS_PROXY 时，go 命令会直接连接。`,
      ),
      fix: t(`Also set HTTPS_PROXY=${allProxy.value}.`, `同时设置 HTTPS_PROXY=${allProxy.value}。`),
    });
  }

  for (const upper of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY']) {
    const u = ctx.os.get(upper);
    const l = ctx.os.get(upper.toLowerCase());
    if (u && l && u.value !== '' && l.value !== '' && u.value !== l.value) {
      ctx.add('proxy-case-conflict', {
        variable: upper,
        evidence: ev(l),
        message: t(
          `${upper} and ${upper.toLowerCase()} differ. The go command uses ${upper} (${u.value}); other tools such as git or curl may use ${upper.toLowerCase()} (${l.value}).`,
          `${upper} 与 ${upper.toLowerCase()} 的值不同。go 命令使用 ${upper}（${u.value}）；git、curl 等其他工具可能使用 ${upper.toLowerCase()}（${l.value}）。`,
        ),
        fix: t('Give both the same value, or unset one.', '让两者取相同的值，或取消其中一个。'),
      });
    }
  }

  if (!httpsProxy) return;
  const direct = [ctx.env.get('GONOPROXY')?.value ?? '', ctx.env.get('GOPRIVATE')?.value ?? ''].join(',');
  const proxied = privateHosts(direct)
    .filter((h) => useProxy(noProxy?.value ?? '', h.sample))
    .map((h) => h.name);
  if (proxied.length === 0) return;
  ctx.add('no-proxy-missing-private', {
    evidence: noProxy ? ev(noProxy) : ev(httpsProxy),
    message: t(
      `HTTPS_PROXY is set and NO_PROXY ${noProxy ? `(${noProxy.value}) does not cover` : 'is not set for'} ${proxied.join(', ')}. The go command fetches these private modules directly (GOPRIVATE/GONOPROXY), so its requests to https://${proxied[0]}/…?go-get=1 go through the corporate proxy, which usually cannot reach internal hosts.`,
      `设置了 HTTPS_PROXY，而 NO_PROXY ${noProxy ? `（${noProxy.value}）没有包含` : '没有设置，不包含'} ${proxied.join('、')}。go 命令会直接获取这些私有模块（GOPRIVATE/GONOPROXY），因此它对 https://${proxied[0]}/…?go-get=1 的请求会经过公司代理，而公司代理通常访问不到内网主机。`,
    ),
    fix: t(
      `Add the private hosts to NO_PROXY (comma-separated; a domain also covers its subdomains): NO_PROXY=${[noProxy?.value, ...proxied].filter(Boolean).join(',')}`,
      `把私有主机加入 NO_PROXY（逗号分隔；域名也覆盖其子域名）：NO_PROXY=${[noProxy?.value, ...proxied].filter(Boolean).join(',')}`,
    ),
  });
}
