// GOPROXY: the list as cmd/go/internal/modfetch/proxy.go proxyList reads it (shared parseGoproxy).
import { type ProxyEntry, parseGoproxy } from '../goproxy/list.ts';
import { atLeast } from '../goversion.ts';
import { type Ctx, cmds, evidence, goEnvU, goEnvW, t } from './context.ts';

const CN_MIRROR = 'https://goproxy.cn,direct';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || /^127\./.test(host) || host === '[::1]' || host === '::1';
}

/** Effective GONOPROXY (go env prints GOPRIVATE here when GONOPROXY is unset). */
function gonoproxy(ctx: Ctx): string {
  return ctx.env.get('GONOPROXY')?.value ?? ctx.env.get('GOPRIVATE')?.value ?? '';
}

function noproxyNote(ctx: Ctx): { en: string; zh: string } {
  const np = gonoproxy(ctx);
  if (np === '') return { en: '', zh: '' };
  return {
    en: ` Modules matched by GONOPROXY (${np}) are not affected: the go command always fetches them directly from their repositories, before looking at this list.`,
    zh: ` 匹配 GONOPROXY（${np}）的模块不受影响：go 命令总是先直接从它们的代码仓库获取，不会查看这个列表。`,
  };
}

export function checkGoproxy(ctx: Ctx): void {
  const gp = ctx.env.get('GOPROXY');
  if (!gp) return;
  const ev = evidence('go-env', gp);
  const value = gp.value;

  if (value === '') {
    if (!atLeast(ctx.go, 21)) return; // before 1.21 go env prints the built-in default instead
    const inFile = ctx.file?.get('GOPROXY');
    const cause =
      inFile && inFile.value === ''
        ? t(
            `Your go env file has an empty GOPROXY= line (written by \`go env -w GOPROXY=\`), which hides the default from $GOROOT/go.env.`,
            `你的 go env 配置文件里有一行空的 GOPROXY=（由 \`go env -w GOPROXY=\` 写入），它遮住了 $GOROOT/go.env 中的默认值。`,
          )
        : t(
            `Since Go 1.21 the default comes from $GOROOT/go.env; it is empty when that file is missing (some hand-made installs and distribution packages) or when your go env file has a GOPROXY= line (written by \`go env -w GOPROXY=\`).`,
            `从 Go 1.21 起默认值来自 $GOROOT/go.env；当该文件缺失（某些手工安装或发行版打包）或你的 go env 配置文件里有一行 GOPROXY=（由 \`go env -w GOPROXY=\` 写入）时，它就是空的。`,
          );
    ctx.add('goproxy-empty', {
      evidence: ev,
      message: t(
        `GOPROXY is empty. ${cause.en} Every download fails with: GOPROXY list is not the empty string, but contains no entries`,
        `GOPROXY 为空。${cause['zh-CN']} 每次下载都会失败：GOPROXY list is not the empty string, but contains no entries`,
      ),
      fix: t(
        'Remove the empty line with `go env -u GOPROXY` (go.env then supplies https://proxy.golang.org,direct), or set a proxy explicitly, e.g. https://goproxy.cn,direct in mainland China. If $GOROOT/go.env is missing, reinstall Go from go.dev/dl.',
        '用 `go env -u GOPROXY` 删除这行空值（之后由 go.env 提供 https://proxy.golang.org,direct），或显式设置代理，例如中国大陆可用 https://goproxy.cn,direct。如果 $GOROOT/go.env 缺失，请从 go.dev/dl 重新安装 Go。',
      ),
      commands: cmds(goEnvU('GOPROXY'), goEnvW('GOPROXY', CN_MIRROR)),
    });
    return;
  }

  const parsed = parseGoproxy(value, ctx.go);
  const problem = parsed.problem;
  if (problem?.code === 'no-entries') {
    const old = !atLeast(ctx.go, 15);
    ctx.add('goproxy-no-entries', {
      evidence: ev,
      message: old
        ? t(
            `GOPROXY='${value}' contains only separators or spaces. Go 1.13–1.14 treat such a list like off: module lookup disabled by GOPROXY=off`,
            `GOPROXY='${value}' 只有分隔符或空格。Go 1.13–1.14 会把它当作 off：module lookup disabled by GOPROXY=off`,
          )
        : t(
            `GOPROXY='${value}' contains only separators or spaces. Every download fails with: GOPROXY list is not the empty string, but contains no entries`,
            `GOPROXY='${value}' 只有分隔符或空格。每次下载都会失败：GOPROXY list is not the empty string, but contains no entries`,
          ),
      fix: t(
        'Set a real list, e.g. https://goproxy.cn,direct or https://proxy.golang.org,direct.',
        '设置一个有效的列表，例如 https://goproxy.cn,direct 或 https://proxy.golang.org,direct。',
      ),
      commands: cmds(goEnvW('GOPROXY', CN_MIRROR)),
      goVersions: old ? '1.13–1.14' : '1.15+',
    });
  } else if (problem?.code === 'pipe-before-1.15') {
    const fixed = value.replaceAll('|', ',');
    ctx.add('goproxy-pipe-before-1.15', {
      evidence: ev,
      message: t(
        `GOPROXY uses "|", which Go ${ctx.goText ?? 'before 1.15'} does not understand: it splits only at commas, so "${problem.entry}" is read as one URL and every download fails with a URL parse error.`,
        `GOPROXY 使用了 "|"，而 Go ${ctx.goText ?? '1.15 之前的版本'} 不认识它：只按逗号分隔，于是 "${problem.entry}" 被当作一个 URL，每次下载都因 URL 解析错误而失败。`,
      ),
      fix: t(
        'Use commas with this Go version (only 404/410 then fall through to the next entry), or upgrade to Go 1.15 or newer.',
        '在这个 Go 版本上使用逗号（这时只有 404/410 会转到下一项），或升级到 Go 1.15 及以上。',
      ),
      commands: cmds(goEnvW('GOPROXY', fixed)),
    });
  } else if (problem) {
    ctx.add('goproxy-invalid-entry', {
      evidence: ev,
      message: t(
        `GOPROXY entry "${problem.entry}" is not valid, so every download fails: ${problem.code === 'url-parse' ? 'the go command cannot parse this URL (it prints a parse "…" error that is not redacted).' : problem.goMessage}`,
        `GOPROXY 中的 "${problem.entry}" 无效，因此每次下载都会失败：${problem.code === 'url-parse' ? 'go 命令无法解析这个 URL（报 parse "…" 错误，且不会隐去其中的密码）。' : problem.goMessage}`,
      ),
      fix: invalidEntryFix(problem.entry, problem.code),
    });
  }

  const last = parsed.entries[parsed.entries.length - 1];
  if (parsed.ignored.length > 0 && last && last.kind !== 'url') {
    const firstOnly = parsed.entries.length === 1;
    const ignored = parsed.ignored.join(', ');
    // Move the ignored entries before `direct`, keeping the written order.
    const fixed = last.kind === 'direct' ? [...parsed.entries.slice(0, -1).map((e) => e.raw), ...parsed.ignored, 'direct'].join(',') : null;
    ctx.add('goproxy-entries-ignored', {
      evidence: ev,
      message: firstOnly
        ? t(
            `GOPROXY starts with ${last.raw}. The go command stops reading the list at "${last.raw}", so ${ignored} ${parsed.ignored.length > 1 ? 'are' : 'is'} never used${last.kind === 'direct' ? ': every module is fetched directly from its repository.' : `: every lookup not matched by GONOPROXY fails with "module lookup disabled by GOPROXY=off".${noproxyNote(ctx).en}`}`,
            `GOPROXY 以 ${last.raw} 开头。go 命令读到 "${last.raw}" 就停止，因此 ${ignored} 永远不会被使用${last.kind === 'direct' ? '：所有模块都直接从代码仓库获取。' : `：所有不匹配 GONOPROXY 的查询都会失败并报 "module lookup disabled by GOPROXY=off"。${noproxyNote(ctx).zh}`}`,
          )
        : t(
            `GOPROXY lists ${ignored} after "${last.raw}". The go command stops reading the list at "${last.raw}", so ${parsed.ignored.length > 1 ? 'those entries are' : 'that entry is'} never used.`,
            `GOPROXY 在 "${last.raw}" 之后还列了 ${ignored}。go 命令读到 "${last.raw}" 就停止，因此这些条目永远不会被使用。`,
          ),
      fix:
        last.kind === 'direct'
          ? t(`Put direct last: ${fixed}.`, `把 direct 放在最后：${fixed}。`)
          : t(
              'Use GOPROXY=off alone if you want no downloads; otherwise remove off and end the list with direct.',
              '如果就是要禁止下载，请单独使用 GOPROXY=off；否则删掉 off，并以 direct 结尾。',
            ),
      commands: fixed ? cmds(goEnvW('GOPROXY', fixed)) : [],
    });
  }

  const urls = parsed.entries.filter((e): e is ProxyEntry & { url: string } => e.kind === 'url' && e.url !== undefined);
  for (const e of urls) {
    const host = hostOf(e.url);
    if (e.insecureCredentials) {
      ctx.add('goproxy-http-credentials', {
        evidence: ev,
        message: t(
          `GOPROXY entry ${e.raw} sends a user name and password over plain http. The go command refuses, and every request to it fails: refusing to pass credentials to insecure URL`,
          `GOPROXY 条目 ${e.raw} 通过明文 http 携带用户名和密码。go 命令会拒绝，每个请求都会失败：refusing to pass credentials to insecure URL`,
        ),
        fix: t(
          'Serve the proxy over https:// and remove the credentials from the URL; put them in ~/.netrc (machine/login/password; _netrc on Windows) or, on Go 1.24+, a GOAUTH command. Change that password, because it has been in your environment and shell history.',
          '让代理使用 https://，并从 URL 中去掉凭据；把它们写进 ~/.netrc（machine/login/password；Windows 上为 _netrc），或在 Go 1.24+ 中使用 GOAUTH 命令。请更换这个密码：它已经出现在环境变量和 shell 历史中。',
        ),
      });
    } else if (e.url.toLowerCase().startsWith('http://')) {
      ctx.add('goproxy-plain-http', {
        evidence: ev,
        severity: isLoopback(host) ? 'info' : 'warning',
        message: t(
          `GOPROXY entry ${e.raw} uses plain http: downloads are not encrypted and the go command never sends .netrc credentials to it (it adds them to https requests only). Modules still get checked against the checksum database, except those excluded by GOPRIVATE/GONOSUMDB.`,
          `GOPROXY 条目 ${e.raw} 使用明文 http：下载不加密，go 命令也不会把 .netrc 凭据发给它（只附加到 https 请求上）。模块仍会用校验和数据库核对，但被 GOPRIVATE/GONOSUMDB 排除的模块不会。`,
        ),
        fix: t(`Use https:// for ${host || 'the proxy'} if it supports TLS.`, `如果 ${host || '该代理'} 支持 TLS，请改用 https://。`),
      });
    }
  }

  const first = parsed.entries[0];
  if (first?.kind === 'url' && first.url && hostOf(first.url) === 'proxy.golang.org' && !first.fallBackOnError) {
    ctx.add('goproxy-golang-org-may-be-blocked', {
      evidence: ev,
      message: t(
        'GOPROXY starts with proxy.golang.org. Where it is unreachable (it is blocked in mainland China), every download fails, usually after a timeout: after a comma only 404/410 answers fall through to the next entry, so ",direct" does not help.',
        'GOPROXY 以 proxy.golang.org 开头。在无法访问它的网络里（中国大陆无法访问），每次下载都会失败，通常要先等到超时：逗号之后只有 404/410 才会转到下一项，所以 ",direct" 帮不上忙。',
      ),
      fix: t(
        'If proxy.golang.org is unreachable from your network, use a mirror you can reach, e.g. https://goproxy.cn,direct.',
        '如果你的网络访问不了 proxy.golang.org，请换成能访问的镜像，例如 https://goproxy.cn,direct。',
      ),
      commands: cmds(goEnvW('GOPROXY', CN_MIRROR)),
    });
  }

  if (atLeast(ctx.go, 15)) {
    const commaPairs = parsed.entries.filter((e, i) => e.kind === 'url' && e.separator === ',' && parsed.entries[i + 1]?.kind === 'url');
    if (commaPairs.length > 0) {
      const piped = parsed.entries
        .map(
          (e, i) =>
            e.raw +
            (i === parsed.entries.length - 1 ? '' : e.kind === 'url' && parsed.entries[i + 1]?.kind === 'url' ? '|' : (e.separator ?? ',')),
        )
        .join('');
      ctx.add('goproxy-comma-no-failover', {
        evidence: ev,
        message: t(
          `GOPROXY separates proxies with commas. If ${commaPairs.map((e) => e.raw).join(', ')} times out, refuses the connection or answers anything but 404/410 (403, 429, 5xx), the go command stops there and does not try the next proxy.`,
          `GOPROXY 用逗号分隔多个代理。如果 ${commaPairs.map((e) => e.raw).join('、')} 超时、拒绝连接或返回 404/410 以外的状态（403、429、5xx），go 命令就此停止，不会尝试下一个代理。`,
        ),
        fix: t(
          `To fall through on any error, separate the proxies with "|" (Go 1.15+): ${piped}.`,
          `若希望任何错误都转到下一个代理，请用 "|" 分隔（Go 1.15+）：${piped}。`,
        ),
        commands: cmds(goEnvW('GOPROXY', piped)),
      });
    }
  }

  const note = noproxyNote(ctx);
  // `off,…` was already reported as ignored entries.
  if (last?.kind === 'off' && !(parsed.entries.length === 1 && parsed.ignored.length > 0)) {
    const alone = parsed.entries.length === 1;
    ctx.add('goproxy-ends-at-off', {
      evidence: ev,
      message: alone
        ? t(
            `GOPROXY=off: only modules already in the module cache (or vendor/) can be used; any other lookup fails with "module lookup disabled by GOPROXY=off".${note.en}`,
            `GOPROXY=off：只能使用模块缓存（或 vendor/）中已有的模块；其他查询都会失败：module lookup disabled by GOPROXY=off。${note.zh}`,
          )
        : t(
            `GOPROXY ends with off: a module that ${urls.map((e) => e.raw).join(', ')} answer${urls.length === 1 ? 's' : ''} 404/410 for fails with "module lookup disabled by GOPROXY=off" instead of being fetched from its repository.${note.en}`,
            `GOPROXY 以 off 结尾：${urls.map((e) => e.raw).join('、')} 返回 404/410 的模块会失败并报 "module lookup disabled by GOPROXY=off"，而不会再从代码仓库获取。${note.zh}`,
          ),
      fix: alone
        ? t(
            'Keep off only for offline builds with a filled module cache. To download again, set a proxy list ending in direct.',
            '只有在模块缓存已填满的离线构建中才保留 off。需要下载时，请设置以 direct 结尾的代理列表。',
          )
        : t(
            'Replace off with direct if modules missing from the proxy should come from their repositories.',
            '如果代理中没有的模块应从代码仓库获取，请把 off 换成 direct。',
          ),
    });
  } else if (last?.kind === 'url' && !problem) {
    ctx.add('goproxy-no-direct', {
      evidence: ev,
      message: t(
        `GOPROXY has no direct entry: a module the proxy answers 404/410 for (not mirrored, or a private repository on a public host) fails instead of being fetched from its repository.${note.en}`,
        `GOPROXY 中没有 direct：代理返回 404/410 的模块（未被镜像，或公共托管平台上的私有仓库）会直接失败，而不会从代码仓库获取。${note.zh}`,
      ),
      fix: t(
        'This is right for a company proxy that must serve everything. Otherwise end the list with ,direct.',
        '如果公司代理必须提供所有模块，这样是对的。否则请在列表末尾加上 ,direct。',
      ),
      commands: cmds(goEnvW('GOPROXY', `${value.trim()},direct`)),
    });
  }
}

function invalidEntryFix(entry: string, code: string) {
  if (/^(direct|off)$/i.test(entry)) {
    return t(`Keywords are lower-case: write ${entry.toLowerCase()}.`, `关键字必须小写：写成 ${entry.toLowerCase()}。`);
  }
  if (code === 'bad-scheme' && /^socks5h?:/i.test(entry)) {
    return t(
      'GOPROXY lists module proxies (https://, http://, file:///). A SOCKS proxy belongs in HTTPS_PROXY, e.g. HTTPS_PROXY=socks5://127.0.0.1:1080.',
      'GOPROXY 只能列出模块代理（https://、http://、file:///）。SOCKS 代理应该写在 HTTPS_PROXY 中，例如 HTTPS_PROXY=socks5://127.0.0.1:1080。',
    );
  }
  if (code === 'file-non-path' || (code === 'missing-scheme' && /^([/\\]|[A-Za-z]:)/.test(entry))) {
    return t(
      'A local directory must be written as a file URL with three slashes: file:///abs/path (Windows: file:///C:/path).',
      '本地目录必须写成三个斜杠的 file URL：file:///abs/path（Windows：file:///C:/path）。',
    );
  }
  if (code === 'url-parse') {
    return t(
      'Fix the URL (scheme://host[:port]/path). If it contained a password, change it: the go command prints this error with the password visible.',
      '修正 URL（scheme://host[:port]/path）。如果其中有密码，请更换：go 命令打印这个错误时会显示密码。',
    );
  }
  return t(
    'Write each entry as a full URL (https://goproxy.cn), or the keywords direct / off.',
    '每个条目都应是完整的 URL（如 https://goproxy.cn），或关键字 direct / off。',
  );
}
