// GOSUMDB, checked the way cmd/go/internal/modfetch/sumdb.go dbDial and
// golang.org/x/mod/sumdb/note NewVerifier check it.
import { parseGoproxy } from '../goproxy/list.ts';
import { atLeast } from '../goversion.ts';
import { type Ctx, cmds, evidence, goEnvU, goEnvW, t } from './context.ts';
import { sha256 } from './sha256.ts';

const KNOWN_GOSUMDB: Record<string, string> = {
  'sum.golang.org': 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8',
};

function decodeBase64Std(s: string): Uint8Array | null {
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  const bin = atob(s);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The error NewVerifier returns for a verifier key, or null when it is valid. */
export function verifierError(vkey: string): string | null {
  const plus = vkey.indexOf('+');
  const name = plus < 0 ? vkey : vkey.slice(0, plus);
  const rest = plus < 0 ? '' : vkey.slice(plus + 1);
  const plus2 = rest.indexOf('+');
  const hash16 = plus2 < 0 ? rest : rest.slice(0, plus2);
  const key64 = plus2 < 0 ? '' : rest.slice(plus2 + 1);
  const key = decodeBase64Std(key64);
  const validName = name !== '' && !/\s/.test(name) && !name.includes('+');
  if (!/^[0-9a-fA-F]{8}$/.test(hash16) || key === null || !validName || key.length === 0) return 'malformed verifier id';
  const digest = sha256(new Uint8Array([...new TextEncoder().encode(`${name}\n`), ...key]));
  const hash = ((digest[0] as number) << 24) | ((digest[1] as number) << 16) | ((digest[2] as number) << 8) | (digest[3] as number);
  if (hash >>> 0 !== Number.parseInt(hash16, 16)) return 'invalid verifier hash';
  if (key[0] !== 1) return 'unknown verifier algorithm';
  if (key.length !== 33) return 'malformed verifier id';
  return null;
}

/** The go command's error for a GOSUMDB value (other than off and empty), or null. */
export function gosumdbError(value: string): string | null {
  const gosumdb = value === 'sum.golang.google.cn' ? 'sum.golang.org https://sum.golang.google.cn' : value;
  const fields = gosumdb
    .trim()
    .split(/\s+/)
    .filter((f) => f !== '');
  if (fields.length === 0) return 'missing GOSUMDB';
  if (fields.length > 2) return 'invalid GOSUMDB: too many fields';
  const vkey = KNOWN_GOSUMDB[fields[0] as string] ?? (fields[0] as string);
  const err = verifierError(vkey);
  if (err) return `invalid GOSUMDB: ${err}`;
  const name = vkey.slice(0, vkey.indexOf('+'));
  let ok = !name.endsWith('/');
  try {
    const u = new URL(`https://${name}`);
    ok &&=
      u.host !== '' &&
      u.search === '' &&
      u.hash === '' &&
      u.username === '' &&
      u.password === '' &&
      `${u.host}${u.pathname === '/' ? '' : u.pathname}` === name.toLowerCase();
  } catch {
    ok = false;
  }
  if (!ok) return `invalid sumdb name (must be host[/path]): ${name}`;
  return null;
}

export function checkSumdb(ctx: Ctx): void {
  const v = ctx.env.get('GOSUMDB');
  if (!v) return;
  const ev = evidence('go-env', v);
  const value = v.value;
  const goproxy = ctx.env.get('GOPROXY')?.value;
  const firstEntry = goproxy ? parseGoproxy(goproxy, ctx.go).entries[0] : undefined;

  if (value.trim() === '') {
    if (!atLeast(ctx.go, 21)) return;
    const inFile = ctx.file?.get('GOSUMDB');
    ctx.add('gosumdb-empty', {
      evidence: ev,
      message: t(
        `GOSUMDB is empty${inFile && inFile.value === '' ? ' because your go env file has a GOSUMDB= line, which hides the default from $GOROOT/go.env' : ' (since Go 1.21 the default sum.golang.org comes from $GOROOT/go.env; it is missing, or your go env file has a GOSUMDB= line)'}. Downloading any module not yet in go.sum fails with: missing GOSUMDB`,
        `GOSUMDB 为空${inFile && inFile.value === '' ? '，因为你的 go env 配置文件里有一行 GOSUMDB=，遮住了 $GOROOT/go.env 中的默认值' : '（从 Go 1.21 起默认值 sum.golang.org 来自 $GOROOT/go.env；要么该文件缺失，要么你的 go env 配置文件里有一行 GOSUMDB=）'}。下载任何尚未记录在 go.sum 中的模块都会失败：missing GOSUMDB`,
      ),
      fix: t(
        'Remove the empty line with `go env -u GOSUMDB`, or set it explicitly (sum.golang.org; sum.golang.google.cn in mainland China when your proxy does not proxy the checksum database).',
        '用 `go env -u GOSUMDB` 删除这行空值，或显式设置（sum.golang.org；在中国大陆且代理不转发校验和数据库时用 sum.golang.google.cn）。',
      ),
      commands: cmds(goEnvU('GOSUMDB'), goEnvW('GOSUMDB', 'sum.golang.org')),
    });
    return;
  }

  if (value === 'off') {
    const toolchainNote = atLeast(ctx.go, 21)
      ? t(
          ' It also makes automatic toolchain downloads (GOTOOLCHAIN=auto) fail: checksum database disabled by GOSUMDB=off.',
          '它还会让自动下载工具链（GOTOOLCHAIN=auto）失败：checksum database disabled by GOSUMDB=off。',
        )
      : t('', '');
    ctx.add('gosumdb-off', {
      evidence: ev,
      message: t(
        `GOSUMDB=off turns off checksum-database verification for every module: a module not yet in go.sum is trusted as whatever the proxy or repository serves.${toolchainNote.en}`,
        `GOSUMDB=off 会关闭所有模块的校验和数据库验证：尚未记录在 go.sum 中的模块，代理或代码仓库给什么就信什么。${toolchainNote['zh-CN']}`,
      ),
      fix: t(
        'Turn it back on and exclude only private modules: go env -u GOSUMDB, then GOPRIVATE=your.private.host. Where sum.golang.org is blocked, use a proxy that proxies it (goproxy.cn does) or GOSUMDB=sum.golang.google.cn.',
        '重新打开它，只排除私有模块：go env -u GOSUMDB，再设置 GOPRIVATE=你的私有主机。在访问不了 sum.golang.org 的网络里，使用能转发它的代理（goproxy.cn 可以）或 GOSUMDB=sum.golang.google.cn。',
      ),
      commands: [goEnvU('GOSUMDB')],
    });
    return;
  }

  const err = gosumdbError(value);
  if (err) {
    const looksLikeUrl = /^https?:\/\//.test(value.trim());
    ctx.add('gosumdb-invalid', {
      evidence: ev,
      message: t(
        `GOSUMDB='${value}' is not valid: downloads of modules not yet in go.sum fail with "${err}".`,
        `GOSUMDB='${value}' 无效：下载尚未记录在 go.sum 中的模块时会失败并报 "${err}"。`,
      ),
      fix: looksLikeUrl
        ? t(
            'GOSUMDB takes a database name, optionally followed by a URL: sum.golang.org, sum.golang.google.cn, or "sum.golang.org https://host/path".',
            'GOSUMDB 的值是数据库名，后面可以跟一个 URL：sum.golang.org、sum.golang.google.cn，或 "sum.golang.org https://host/path"。',
          )
        : t(
            'Use off, sum.golang.org, sum.golang.google.cn, or name+hash+key [url] copied exactly from the database operator.',
            '使用 off、sum.golang.org、sum.golang.google.cn，或从数据库提供方原样复制的 name+hash+key [url]。',
          ),
      commands: cmds(goEnvU('GOSUMDB')),
    });
    return;
  }

  const explicitUrl = value === 'sum.golang.google.cn' || value.trim().split(/\s+/).length === 2;
  if (value === 'sum.golang.google.cn' && firstEntry?.kind === 'url') {
    ctx.add('gosumdb-google-cn-skips-proxy', {
      evidence: ev,
      message: t(
        `GOSUMDB=sum.golang.google.cn is an alias for "sum.golang.org https://sum.golang.google.cn". Because it names a URL, the checksum database is contacted directly at sum.golang.google.cn, not through ${firstEntry.raw}.`,
        `GOSUMDB=sum.golang.google.cn 是 "sum.golang.org https://sum.golang.google.cn" 的别名。因为它带了 URL，校验和数据库会直接访问 sum.golang.google.cn，而不经过 ${firstEntry.raw}。`,
      ),
      fix: t(
        'This works where sum.golang.google.cn is reachable. If your proxy proxies the checksum database (goproxy.cn does), the default sum.golang.org also works and needs no direct connection.',
        '只要能访问 sum.golang.google.cn，这样就可以。如果你的代理能转发校验和数据库（goproxy.cn 可以），默认的 sum.golang.org 也能用，且不需要直连。',
      ),
    });
  } else if (!explicitUrl && firstEntry && firstEntry.kind !== 'url') {
    const name = value.split('+')[0];
    ctx.add('gosumdb-direct-connection', {
      evidence: ev,
      message: t(
        `GOPROXY starts with ${firstEntry.raw}, so there is no proxy to reach the checksum database through: the go command connects to https://${name} directly for every module not yet in go.sum.`,
        `GOPROXY 以 ${firstEntry.raw} 开头，没有可以转发校验和数据库的代理：对每个尚未记录在 go.sum 中的模块，go 命令都会直接连接 https://${name}。`,
      ),
      fix: t(
        `Make sure ${name} is reachable. In mainland China, sum.golang.org is not: use GOSUMDB=sum.golang.google.cn.`,
        `确认能访问 ${name}。在中国大陆访问不了 sum.golang.org：请使用 GOSUMDB=sum.golang.google.cn。`,
      ),
      commands: name === 'sum.golang.org' ? cmds(goEnvW('GOSUMDB', 'sum.golang.google.cn')) : [],
    });
  }
}
