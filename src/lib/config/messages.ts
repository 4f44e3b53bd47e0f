// Every validation message, in English and Chinese, keyed by issue code. The zod schema's
// failures (via zodMessage) and the cross-field rules (validate.ts) both read from here.
import { fill, type Locale } from './i18n.ts';

const M: Record<string, [string, string]> = {
  // Shape and values (schema.ts)
  required: ['Required.', '必填。'],
  invalid_type: ['Expected {expected}.', '类型应为 {expected}。'],
  invalid_value: ['Must be one of: {values}.', '必须是以下之一：{values}。'],
  too_big: ['Too long (at most {max}).', '太长（最多 {max}）。'],
  too_small: ['Too small (at least {min}).', '太小（至少 {min}）。'],
  unrecognized_keys: ['Unknown field(s): {keys}.', '未知字段：{keys}。'],
  invalid_union: ['Unknown kind.', '未知类型。'],
  invalid: ['Invalid value.', '无效的值。'],
  nul: ['Contains a NUL character, which no shell or environment variable can hold.', '包含 NUL 字符，任何 shell 或环境变量都无法保存它。'],
  'control-char': ['Contains a line break or control character; Go settings cannot hold one.', '包含换行或控制字符；Go 设置不能包含它们。'],
  unicode: ['Contains invalid Unicode (a lone surrogate).', '包含无效的 Unicode（孤立代理项）。'],
  host: [
    'Not a host name: use lower-case letters, digits, dots and dashes, optionally :port (no scheme, no path).',
    '不是主机名：只能用小写字母、数字、点和连字符，可带 :端口（不要协议和路径）。',
  ],
  'env-name': [
    'Not an environment variable name (letters, digits, _; not starting with a digit).',
    '不是合法的环境变量名（字母、数字、下划线，不能以数字开头）。',
  ],
  'go-version': ['Not a Go version of 1.13 or later (e.g. 1.23).', '不是 1.13 或更高的 Go 版本（例如 1.23）。'],
  'npm-scope': ['An npm scope looks like @company (lower case).', 'npm scope 的格式为 @company（小写）。'],
  image: ['Not a Docker image reference.', '不是有效的 Docker 镜像名。'],
  'newer-version': [
    'This configuration was made by a newer Modfix (model version {v}).',
    '此配置由更新版本的 Modfix 生成（模型版本 {v}）。',
  ],
  // GOPROXY
  'proxy-empty': ['The proxy list is empty: add a mirror, direct or off.', '代理列表为空：请添加镜像、direct 或 off。'],
  'proxy-url': ['The go command rejects this entry: {go}', 'go 命令会拒绝此条目：{go}'],
  'proxy-url-keyword': ['Use the "{entry}" entry instead of a URL named {entry}.', '请使用 “{entry}” 条目，而不是名为 {entry} 的 URL。'],
  'proxy-url-separator': [
    'A proxy URL cannot contain spaces, "," or "|": they separate entries.',
    '代理 URL 不能包含空格、“,” 或 “|”：它们是条目分隔符。',
  ],
  'proxy-http-credentials': [
    'The go command refuses credentials in an http:// URL ("refusing to pass credentials to insecure URL"). Use https:// and a .netrc entry.',
    'go 命令拒绝在 http:// URL 中传递凭据（“refusing to pass credentials to insecure URL”）。请使用 https:// 和 .netrc。',
  ],
  'proxy-credentials': [
    'Do not put credentials in GOPROXY (they end up in shell history and logs): add the host under authentication (.netrc) instead.',
    '不要把凭据写进 GOPROXY（会留在 shell 历史和日志中）：请在认证中为该主机添加 .netrc。',
  ],
  'proxy-ignored': [
    'Ignored: the go command stops reading GOPROXY at "{stop}", so "{entry}" is never used.',
    '被忽略：go 命令读到 “{stop}” 就停止，“{entry}” 永远不会被使用。',
  ],
  'proxy-http': [
    '"{entry}" is plain http://: anyone on the way can read and alter what it serves (version lists, go.mod files, private modules that skip the checksum database). Use https:// if the proxy offers it.',
    '“{entry}” 是明文 http://：途经的任何人都能读取并篡改它返回的内容（版本列表、go.mod、不经校验和数据库验证的私有模块）。若该代理支持，请改用 https://。',
  ],
  'proxy-duplicate': ['"{entry}" appears twice in the list.', '“{entry}” 在列表中出现了两次。'],
  'proxy-pipe-old': [
    '"|" needs Go 1.15; Go {go} reads it as part of the URL and every fetch fails. Use ",".',
    '“|” 需要 Go 1.15；Go {go} 会把它当作 URL 的一部分，导致所有下载失败。请使用 “,”。',
  ],
  // GOSUMDB
  'sumdb-off': [
    'GOSUMDB=off turns off checksum verification against the public database: a tampered module would go unnoticed. Prefer GONOSUMDB/GOPRIVATE for private modules, or sum.golang.google.cn.',
    'GOSUMDB=off 会关闭对公共校验和数据库的验证：被篡改的模块不会被发现。私有模块请用 GONOSUMDB/GOPRIVATE，或使用 sum.golang.google.cn。',
  ],
  'sumdb-key': [
    'A custom checksum database is written name+hash+key (hash: 8 hex digits).',
    '自定义校验和数据库格式为 name+hash+key（hash 为 8 位十六进制）。',
  ],
  'sumdb-url': [
    'The checksum database URL must start with https:// (or http://) and contain no spaces.',
    '校验和数据库 URL 必须以 https://（或 http://）开头，且不能包含空格。',
  ],
  'sumdb-direct': [
    '{mirror} is not known to proxy the checksum database; if it does not, the go command contacts sum.golang.org directly. If that is blocked, choose sum.golang.google.cn.',
    '{mirror} 未知是否代理校验和数据库；若不代理，go 命令会直接访问 sum.golang.org。若无法访问，请选择 sum.golang.google.cn。',
  ],
  // Patterns
  'pattern-empty': ['Empty {label} pattern.', '{label} 模式为空。'],
  'pattern-space': [
    '{label} pattern "{p}" contains a space: Go does not trim spaces, so it never matches.',
    '{label} 模式 “{p}” 含有空格：Go 不会去掉空格，因此它永远不会匹配。',
  ],
  'pattern-comma': [
    'Put each {label} pattern in its own entry (commas separate patterns).',
    '每个 {label} 模式单独一项（逗号用于分隔模式）。',
  ],
  'pattern-scheme': [
    '{label} patterns are module paths, not URLs: "{p}" never matches. Use "{fix}".',
    '{label} 模式是模块路径而不是 URL：“{p}” 永远不会匹配。请使用 “{fix}”。',
  ],
  'pattern-port': [
    '{label} pattern "{p}" has a port; module paths never do, so it never matches.',
    '{label} 模式 “{p}” 带有端口；模块路径不含端口，因此永远不会匹配。',
  ],
  'pattern-slash-old': [
    'With Go 1.17 and older a trailing "/" makes "{p}" match nothing. Use "{fix}".',
    'Go 1.17 及更早版本中结尾的 “/” 使 “{p}” 什么也匹配不到。请使用 “{fix}”。',
  ],
  'pattern-malformed': [
    '{label} pattern "{p}" is malformed (unbalanced [ ] or trailing \\); Go silently ignores it.',
    '{label} 模式 “{p}” 格式错误（[ ] 不配对或以 \\ 结尾）；Go 会静默忽略它。',
  ],
  'pattern-star-root': [
    '"{p}" does not match the module "{root}" itself; "{root}" covers it and everything below.',
    '“{p}” 不匹配模块 “{root}” 本身；“{root}” 可同时覆盖它及其下所有路径。',
  ],
  'pattern-all': [
    "{label}=* matches every module: it turns off {what} for all of them (some mirror pages, e.g. Huawei Cloud's, suggest GONOSUMDB=*; do not copy that). List your private hosts instead.",
    '{label}=* 匹配所有模块：会对所有模块关闭{whatZh}（某些镜像页面，如华为云，建议设置 GONOSUMDB=*，不要照抄）。请改为列出你的私有主机。',
  ],
  'pattern-duplicate': ['{label} pattern "{p}" appears twice.', '{label} 模式 “{p}” 出现了两次。'],
  'pattern-replaces': [
    'When {label} is set it replaces GOPRIVATE for that decision: {p} is no longer covered. Add it to {label} or leave {label} unset.',
    '设置 {label} 后它会取代 GOPRIVATE 的相应作用：{p} 不再被覆盖。请把它加入 {label}，或不设置 {label}。',
  ],
  'private-off': [
    'GOPROXY stops at "off", yet modules matching GOPRIVATE/GONOPROXY are still fetched directly from their repositories: make sure those hosts are reachable and authenticated.',
    'GOPROXY 止于 “off”，但匹配 GOPRIVATE/GONOPROXY 的模块仍会直接从代码仓库获取：请确保这些主机可访问且已配置认证。',
  ],
  goinsecure: [
    'GOINSECURE allows plain HTTP and skips certificate checks for direct fetches of these modules. Use it only for hosts you control.',
    'GOINSECURE 允许对这些模块的直接下载使用明文 HTTP 并跳过证书校验。只对你能控制的主机使用。',
  ],
  'goinsecure-proxy': [
    'GOINSECURE matches module paths and never affects proxy requests: it does not help with {host}. Fix the CA store instead.',
    'GOINSECURE 匹配的是模块路径，对代理请求不起作用：它对 {host} 没有帮助。请改为修复 CA 证书库。',
  ],
  'govcs-vcs': [
    'List version control systems (git, hg, svn, bzr, fossil), or use all or off alone.',
    '请列出版本控制系统（git、hg、svn、bzr、fossil），或单独使用 all 或 off。',
  ],
  // Build
  'too-new': [
    '{name} needs Go {need}; the target has Go {go}: go env -w refuses it and the go command ignores it.',
    '{name} 需要 Go {need}；目标为 Go {go}：go env -w 会拒绝它，go 命令也会忽略它。',
  ],
  'goflags-word': [
    'GOFLAGS entries are single flags starting with "-" (no spaces): "{f}".',
    'GOFLAGS 的每一项都是以 “-” 开头的单个标志（不含空格）：“{f}”。',
  ],
  'goflags-insecure': [
    '-insecure was removed in Go 1.17 ("use GOINSECURE instead") and makes go get fail.',
    '-insecure 已在 Go 1.17 中移除（“use GOINSECURE instead”），会导致 go get 失败。',
  ],
  'goflags-env': [
    '{f} in GOFLAGS also applies to go env, which then refuses go env -w ("cannot use {f} with -w"): pass it on the command line instead.',
    'GOFLAGS 中的 {f} 也会作用于 go env，导致 go env -w 报错（“cannot use {f} with -w”）：请改在命令行中传递。',
  ],
  'goflags-mod': ['-mod must be mod, readonly or vendor, not "{v}".', '-mod 只能是 mod、readonly 或 vendor，而不是 “{v}”。'],
  'path-absolute': ['{name} must be an absolute path.', '{name} 必须是绝对路径。'],
  gotoolchain: [
    'GOTOOLCHAIN is local, auto, path, or a version such as go1.23.4 (optionally +auto or +path).',
    'GOTOOLCHAIN 可为 local、auto、path，或 go1.23.4 这样的版本（可加 +auto 或 +path）。',
  ],
  'gotoolchain-sumdb-off': [
    'With GOSUMDB=off the go command cannot download toolchains ("checksum database disabled by GOSUMDB=off"). Use GOTOOLCHAIN=local.',
    'GOSUMDB=off 时 go 命令无法下载工具链（“checksum database disabled by GOSUMDB=off”）。请使用 GOTOOLCHAIN=local。',
  ],
  'go111module-needless': [
    'GO111MODULE={v} is not needed since Go 1.16 (module mode is the default); leave it unset.',
    '自 Go 1.16 起无需 GO111MODULE={v}（默认即模块模式）；请不要设置。',
  ],
  'go111module-off': [
    'GO111MODULE=off turns module mode off: go.mod, GOPROXY and GOPRIVATE are ignored.',
    'GO111MODULE=off 会关闭模块模式：go.mod、GOPROXY 和 GOPRIVATE 都将被忽略。',
  ],
  'goauth-empty': ['GOAUTH has an empty command (";;" or a trailing ";").', 'GOAUTH 中有空命令（“;;” 或结尾的 “;”）。'],
  'goauth-off': ['GOAUTH=off cannot be combined with other commands.', 'GOAUTH=off 不能与其他命令组合。'],
  'goauth-git': ['GOAUTH=git needs an absolute directory: git /path/to/dir.', 'GOAUTH=git 需要绝对路径目录：git /path/to/dir。'],
  // Authentication
  'auth-duplicate': ['{host} has two authentication entries.', '{host} 有两条认证配置。'],
  'auth-login': ['A login (user name) is required for this method.', '此认证方式需要登录名（用户名）。'],
  'auth-space': ['Spaces and quotes cannot be written into .netrc.', '空格和引号无法写入 .netrc。'],
  'auth-not-private': [
    '{host} is not covered by GOPRIVATE/GONOPROXY: its modules go through the public proxy, which cannot use your credentials.',
    '{host} 不在 GOPRIVATE/GONOPROXY 范围内：其模块会经过公共代理，而公共代理无法使用你的凭据。',
  ],
  // Network
  'net-proxy-url': [
    'Not a proxy URL: use http://host:port (https:// and socks5:// also work).',
    '不是代理 URL：请使用 http://host:port（也支持 https:// 和 socks5://）。',
  ],
  'net-proxy-credentials': [
    'Do not put the proxy password in the URL: fill in the proxy user and the variable that holds the password.',
    '不要把代理密码写进 URL：请填写代理用户名和保存密码的环境变量名。',
  ],
  'net-password-without-user': ['A proxy password variable needs a proxy user.', '设置代理密码变量时需要同时设置代理用户名。'],
  'net-http-only': [
    'HTTP_PROXY is not used for https:// requests: the go command reads only HTTPS_PROXY for them.',
    'HTTP_PROXY 不用于 https:// 请求：go 命令对其只读取 HTTPS_PROXY。',
  ],
  'net-noproxy': [
    'One host, domain or CIDR per NO_PROXY entry, without spaces or commas.',
    'NO_PROXY 每项一个主机、域名或 CIDR，不含空格或逗号。',
  ],
  'ca-os': [
    'On macOS and Windows Go ignores SSL_CERT_FILE: add the CA to the system keychain or certificate store.',
    '在 macOS 和 Windows 上 Go 会忽略 SSL_CERT_FILE：请把 CA 加入系统钥匙串或证书存储。',
  ],
  'secret-persistent': [
    'The persistent scope writes the proxy credentials in HTTPS_PROXY/HTTP_PROXY into ~/.bashrc, ~/.zshrc, fish universal variables or the Windows user environment (setx), where every program and every dotfile backup can read them. Safer: use the session scope and read the password from a secret store (pass, macOS Keychain, Windows Credential Manager) when you need it; for Git and module hosts use .netrc or a git credential helper.',
    '持久范围会把 HTTPS_PROXY/HTTP_PROXY 中的代理凭据写入 ~/.bashrc、~/.zshrc、fish 通用变量或 Windows 用户环境（setx），任何程序和任何 dotfile 备份都能读到。更安全的做法：使用当前会话范围，需要时从密钥库（pass、macOS 钥匙串、Windows 凭据管理器）读取密码；Git 和模块主机请用 .netrc 或 git 凭据助手。',
  ],
  'npm-registry': ['An npm registry is an http(s):// URL.', 'npm registry 必须是 http(s):// URL。'],
  // Target
  'shell-os': ['{shell} is only available on Windows, not {os}.', '{shell} 只在 Windows 上可用，不适用于 {os}。'],
  'shell-os-posix': [
    '{shell} on Windows (WSL, Git Bash) has its own environment: Windows programs do not see it.',
    'Windows 上的 {shell}（WSL、Git Bash）有独立的环境：Windows 程序看不到这些变量。',
  ],
};

export function message(code: string, locale: Locale, params?: Record<string, string | number>): string {
  const m = M[code] ?? M.invalid ?? ['', ''];
  return fill(locale === 'zh-CN' ? m[1] : m[0], params);
}

interface ZodIssueLike {
  code?: string;
  input?: unknown;
  params?: { code?: string };
  expected?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  maximum?: unknown;
  minimum?: unknown;
}

/** zod error map: the message for a schema failure, in the caller's language. */
export function zodMessage(iss: ZodIssueLike, locale: Locale): string {
  if (iss.code === 'custom') return message(iss.params?.code ?? 'invalid', locale);
  if (iss.code === 'invalid_type' && iss.input === undefined) return message('required', locale);
  const params = {
    expected: String(iss.expected ?? ''),
    values: (iss.values ?? []).map((v) => JSON.stringify(v)).join(', '),
    keys: (iss.keys ?? []).join(', '),
    max: String(iss.maximum ?? ''),
    min: String(iss.minimum ?? ''),
  };
  return message(iss.code && iss.code in M ? iss.code : 'invalid', locale, params);
}
