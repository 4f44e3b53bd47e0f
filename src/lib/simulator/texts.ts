// Human explanations for every step of a trace, in English and Simplified Chinese. Kept apart
// from the rules so the wording can change without touching what the simulator decides.
import type { DirectOutcome, I18n, Step, UrlOutcome } from './model.ts';

const code = (s: string) => `\`${s}\``;

/** Short name of a failure, for sentences. */
export function outcomeLabel(o: UrlOutcome | DirectOutcome): I18n {
  switch (o) {
    case '200':
      return { en: '200 OK', 'zh-CN': '200 OK' };
    case '404':
      return { en: '404 Not Found', 'zh-CN': '404 Not Found' };
    case '410':
      return { en: '410 Gone', 'zh-CN': '410 Gone' };
    case '403':
      return { en: '403 Forbidden (any other 4xx)', 'zh-CN': '403 Forbidden（代表其他 4xx）' };
    case '500':
      return { en: '500 Internal Server Error (any 5xx)', 'zh-CN': '500 Internal Server Error（代表任意 5xx）' };
    case 'refused':
      return { en: 'connection refused', 'zh-CN': '连接被拒绝' };
    case 'timeout':
      return { en: 'connection timed out', 'zh-CN': '连接超时' };
    case 'tls':
      return { en: 'TLS certificate not trusted', 'zh-CN': 'TLS 证书不受信任' };
    case 'ok':
      return { en: 'git fetched the version', 'zh-CN': 'git 取到了该版本' };
    case 'auth':
      return { en: 'git needs credentials', 'zh-CN': 'git 需要凭据' };
    case 'unknown-revision':
      return { en: 'unknown revision', 'zh-CN': '找不到该版本（unknown revision）' };
    case 'no-git':
      return { en: 'git is not installed', 'zh-CN': '未安装 git' };
  }
}

interface StepFacts {
  step: Omit<Step, 'text'>;
  version: string;
  repo?: string;
  last: boolean;
  /** `direct` after `noproxy` already asked the same repository. */
  reused?: boolean;
}

/** What happened at this entry and why the go command goes on or stops. */
export function stepText(f: StepFacts): I18n {
  const { step } = f;
  const e = code(step.entry);
  const head = headText(f);
  if (step.decision === 'success') return head;
  let tail: I18n;
  if (step.notFound) {
    tail = f.last
      ? { en: 'It was the last entry, so the search ends here.', 'zh-CN': '这是最后一项，查找到此结束。' }
      : {
          en: 'The go command treats this as “not found” and always tries the next entry, whatever the separator.',
          'zh-CN': 'go 命令把它当作“未找到”，无论分隔符是什么，都会继续尝试下一项。',
        };
  } else if (step.separator === '|' && !f.last) {
    tail = {
      en: `The ${code('|')} after ${e} means “on any error, try the next entry” (Go 1.15+).`,
      'zh-CN': `${e} 后面的 ${code('|')} 表示“出现任何错误都尝试下一项”（Go 1.15+）。`,
    };
  } else if (f.last) {
    tail = { en: 'It was the last entry, so the go command stops here.', 'zh-CN': '这是最后一项，go 命令在此停止。' };
  } else {
    tail = {
      en: `Only 404 and 410 fall through a ${code(',')}, so the go command stops here and the later entries are never asked.`,
      'zh-CN': `${code(',')} 之后只有 404 和 410 会继续尝试下一项，因此 go 命令在此停止，后面的条目不会被询问。`,
    };
  }
  return { en: `${head.en} ${tail.en}`, 'zh-CN': `${head['zh-CN']}${tail['zh-CN']}` };
}

function headText(f: StepFacts): I18n {
  const { step, version } = f;
  const e = code(step.entry);
  const req = step.request ? code(step.request) : '';
  switch (step.reason) {
    case 'off':
      return {
        en: `${code('off')} disables module lookups (“module lookup disabled by GOPROXY=off”).`,
        'zh-CN': `${code('off')} 禁止查找模块（“module lookup disabled by GOPROXY=off”）。`,
      };
    case 'noproxy-skip':
      if (step.walk === 'sumdb') {
        return {
          en: `The implicit ${code('noproxy')} entry (GONOPROXY is set) never serves the checksum database.`,
          'zh-CN': `隐式的 ${code('noproxy')} 条目（因为设置了 GONOPROXY）从不提供校验和数据库。`,
        };
      }
      return {
        en: 'GONOPROXY (or GOPRIVATE) is set, so the go command first checks it: this module does not match, so it goes through the list.',
        'zh-CN': '设置了 GONOPROXY（或 GOPRIVATE），go 命令会先检查它：该模块不匹配，于是按列表查找。',
      };
    case 'private-skip':
      return {
        en: `${e} is never asked for a module matching GONOPROXY/GOPRIVATE (“disabled by GOPRIVATE/GONOPROXY”); no request is sent.`,
        'zh-CN': `匹配 GONOPROXY/GOPRIVATE 的模块绝不会发给 ${e}（“disabled by GOPRIVATE/GONOPROXY”），不发送任何请求。`,
      };
    case 'insecure-credentials':
      return {
        en: `${e} puts a password in a plain http:// URL; the go command refuses to send it, so no request is made (“refusing to pass credentials to insecure URL”). This is an error, not “not found”.`,
        'zh-CN': `${e} 在明文 http:// 地址里带了密码，go 命令拒绝发送，因此不会发出请求（“refusing to pass credentials to insecure URL”）。这是错误，不是“未找到”。`,
      };
    case 'sumdb-verify':
      return {
        en: `${e} serves go.mod, but checking it against the checksum database fails. For the walk this is an error, not “not found”.`,
        'zh-CN': `${e} 提供了 go.mod，但用校验和数据库校验失败。对查找过程而言这是错误，不是“未找到”。`,
      };
    case 'sumdb-direct':
      return {
        en: `${e} ends the checksum-database probe: the go command will connect to the database directly.`,
        'zh-CN': `${e} 结束校验和数据库探测：go 命令将直接连接校验和数据库。`,
      };
    case 'sumdb-supported':
      return {
        en: `${e} answered 200 for ${req}: all checksum-database traffic goes through this proxy.`,
        'zh-CN': `${e} 对 ${req} 返回 200：所有校验和数据库请求都经由该代理。`,
      };
    default:
      break;
  }
  const noproxy = step.kind === 'noproxy';
  const who = noproxy
    ? {
        en: 'The module matches GONOPROXY/GOPRIVATE, so the implicit first entry fetches it directly from version control:',
        'zh-CN': '该模块匹配 GONOPROXY/GOPRIVATE，因此隐式的第一项直接从版本控制系统获取：',
      }
    : { en: `${e}:`, 'zh-CN': `${e}：` };
  if (step.kind === 'direct' || noproxy) {
    if (f.reused) {
      return {
        en: `${e} asks the same repository as before; the go command reuses that answer.`,
        'zh-CN': `${e} 访问的仓库与之前相同，go 命令复用之前的结果。`,
      };
    }
    const repo = code(f.repo ?? '');
    const what: Record<DirectOutcome, I18n> = {
      ok: { en: `git fetched ${version} from ${repo}.`, 'zh-CN': `git 从 ${repo} 取到了 ${version}。` },
      auth: {
        en: `git needs credentials for ${repo}, and the go command turns git's password prompt off (GIT_TERMINAL_PROMPT=0), so it fails with “terminal prompts disabled”.`,
        'zh-CN': `git 访问 ${repo} 需要凭据，而 go 命令关闭了 git 的密码提示（GIT_TERMINAL_PROMPT=0），因此报错“terminal prompts disabled”。`,
      },
      'unknown-revision': {
        en: `${repo} has no ${version} (“unknown revision”).`,
        'zh-CN': `${repo} 中没有 ${version}（“unknown revision”）。`,
      },
      'no-git': {
        en: 'git is not installed, so the go command cannot fetch from version control.',
        'zh-CN': '未安装 git，go 命令无法从版本控制系统获取。',
      },
    };
    const w = what[step.outcome as DirectOutcome];
    return { en: `${who.en} ${w.en}`, 'zh-CN': `${who['zh-CN']}${w['zh-CN']}` };
  }
  const label = outcomeLabel(step.outcome as UrlOutcome);
  if (step.decision === 'success') {
    return {
      en: `${e} answered 200 OK for ${req}: the module comes from this proxy.`,
      'zh-CN': `${e} 对 ${req} 返回 200 OK：模块从该代理下载。`,
    };
  }
  const network = step.outcome === 'refused' || step.outcome === 'timeout' || step.outcome === 'tls';
  return network
    ? { en: `Requesting ${req} failed: ${label.en}.`, 'zh-CN': `请求 ${req} 失败：${label['zh-CN']}。` }
    : { en: `${e} answered ${label.en} for ${req}.`, 'zh-CN': `${e} 对 ${req} 返回 ${label['zh-CN']}。` };
}

export const NOTES = {
  defaultGoproxy: (value: string, since121: boolean): I18n => ({
    en: `GOPROXY is empty, which the go command treats as unset: the default ${code(value)} applies${since121 ? ' (read from $GOROOT/go.env since Go 1.21; without that file the go command fails with “GOPROXY list is not the empty string, but contains no entries”)' : ''}.`,
    'zh-CN': `GOPROXY 为空，go 命令视同未设置：使用默认值 ${code(value)}${since121 ? '（Go 1.21 起从 $GOROOT/go.env 读取；缺少该文件时 go 命令报错“GOPROXY list is not the empty string, but contains no entries”）' : ''}。`,
  }),
  ignored: (entries: string[]): I18n => ({
    en: `Ignored: ${entries.map(code).join(', ')} — nothing after ${code('direct')} or ${code('off')} is read.`,
    'zh-CN': `已忽略：${entries.map(code).join('、')}——${code('direct')} 或 ${code('off')} 之后的内容不会被读取。`,
  }),
  emptyAsOff: (): I18n => ({
    en: `Before Go 1.15 a list with no entries behaves like ${code('off')} (Go 1.15+ reports “GOPROXY list is not the empty string, but contains no entries”).`,
    'zh-CN': `Go 1.15 之前，没有任何条目的列表等同于 ${code('off')}（Go 1.15+ 会报错“GOPROXY list is not the empty string, but contains no entries”）。`,
  }),
  ranked: (entry: string): I18n => ({
    en: `Go 1.15+ prints the most useful error, not the last one: errors from direct/noproxy beat proxy errors, which beat “not found”. Here that is the error from ${code(entry)}.`,
    'zh-CN': `Go 1.15+ 打印最有用的错误，而不是最后一个：direct/noproxy 的错误优先于代理错误，代理错误优先于“未找到”。这里打印的是 ${code(entry)} 的错误。`,
  }),
  vcsWording: (): I18n => ({
    en: 'The git part of this message is worded as Go 1.19–1.23 print it (verified). Newer sources run `git ls-remote -q --end-of-options <repository URL>` instead, so the command quoted in the message differs; the first release with that change is not pinned here.',
    'zh-CN':
      '该消息中 git 部分的措辞取自 Go 1.19–1.23 的实际输出（已验证）。较新的源码改为运行 `git ls-remote -q --end-of-options <仓库地址>`，因此消息中引用的命令不同；此改动首次出现的版本尚未确认。',
  }),
  unranked: (): I18n => ({
    en: 'Go 1.13 and 1.14 print the error of the last entry tried.',
    'zh-CN': 'Go 1.13 和 1.14 打印最后尝试的那一项的错误。',
  }),
};

export function summaryText(ok: boolean, entry: string | undefined): I18n {
  if (ok) {
    return { en: `Download succeeds, from ${code(entry ?? '')}.`, 'zh-CN': `下载成功，来源：${code(entry ?? '')}。` };
  }
  return entry
    ? { en: `Download fails with the error from ${code(entry)}.`, 'zh-CN': `下载失败，报出的是 ${code(entry)} 的错误。` }
    : { en: 'Download fails before any entry is tried.', 'zh-CN': '下载在尝试任何条目之前就失败了。' };
}

export const SUMDB_TEXT: Record<string, (a: { name: string; base?: string; entry?: string }) => I18n> = {
  'not-reached': () => ({
    en: 'The checksum database is not consulted because the download failed first.',
    'zh-CN': '下载已先失败，因此不会查询校验和数据库。',
  }),
  off: () => ({
    en: 'GOSUMDB=off: no checksum-database lookups (go.sum is still enforced).',
    'zh-CN': 'GOSUMDB=off：不查询校验和数据库（go.sum 仍会校验）。',
  }),
  nosumdb: () => ({
    en: 'The module matches GONOSUMDB (default: GOPRIVATE), so its checksum is not looked up.',
    'zh-CN': '该模块匹配 GONOSUMDB（默认取 GOPRIVATE），因此不查询其校验和。',
  }),
  'explicit-url': ({ base }) => ({
    en: `GOSUMDB names a URL (${code(base ?? '')}), so the go command uses it directly and never asks the GOPROXY entries.`,
    'zh-CN': `GOSUMDB 指定了地址（${code(base ?? '')}），go 命令直接使用它，不经过 GOPROXY 中的代理。`,
  }),
  proxied: ({ name, entry, base }) => ({
    en: `${code(entry ?? '')} proxies ${name}: checksum lookups go to ${code(`${base}/…`)}, never directly.`,
    'zh-CN': `${code(entry ?? '')} 代理了 ${name}：校验和查询发往 ${code(`${base}/…`)}，不会直连。`,
  }),
  direct: ({ base }) => ({
    en: `No proxy offers the checksum database, so the go command connects to ${code(base ?? '')} directly.`,
    'zh-CN': `没有代理提供校验和数据库，go 命令直接连接 ${code(base ?? '')}。`,
  }),
  failed: () => ({
    en: 'The checksum database is unavailable, so the download fails (“verifying go.mod”).',
    'zh-CN': '校验和数据库不可用，下载失败（“verifying go.mod”）。',
  }),
};
