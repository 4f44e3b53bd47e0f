// The Chinese text of every validation message, keyed by issue code (see messages.ts).
import type { MessageTable } from './messages.ts';

export const MESSAGES_ZH: MessageTable = {
  // Shape and values (schema.ts)
  required: '必填。',
  invalid_type: '类型应为 {expected}。',
  invalid_value: '必须是以下之一：{values}。',
  too_big: '太长（最多 {max}）。',
  too_small: '太小（至少 {min}）。',
  unrecognized_keys: '未知字段：{keys}。',
  invalid_union: '未知类型。',
  invalid: '无效的值。',
  nul: '包含 NUL 字符，任何 shell 或环境变量都无法保存它。',
  'control-char': '包含换行或控制字符；Go 设置不能包含它们。',
  unicode: '包含无效的 Unicode（孤立代理项）。',
  host: '不是主机名：只能用小写字母、数字、点和连字符，可带 :端口（不要协议和路径）。',
  'env-name': '不是合法的环境变量名（字母、数字、下划线，不能以数字开头）。',
  'go-version': '不是 1.13 或更高的 Go 版本（例如 1.23）。',
  'npm-scope': 'npm scope 的格式为 @company（小写）。',
  image: '不是有效的 Docker 镜像名。',
  'newer-version': '此配置由更新版本的 Modfix 生成（模型版本 {v}）。',
  // GOPROXY
  'proxy-empty': '代理列表为空：请添加镜像、direct 或 off。',
  'proxy-url': 'go 命令会拒绝此条目：{go}',
  'proxy-url-keyword': '请使用 “{entry}” 条目，而不是名为 {entry} 的 URL。',
  'proxy-url-separator': '代理 URL 不能包含空格、“,” 或 “|”：它们是条目分隔符。',
  'proxy-http-credentials':
    'go 命令拒绝在 http:// URL 中传递凭据（“refusing to pass credentials to insecure URL”）。请使用 https:// 和 .netrc。',
  'proxy-credentials': '不要把凭据写进 GOPROXY（会留在 shell 历史和日志中）：请在认证中为该主机添加 .netrc。',
  'proxy-ignored': '被忽略：go 命令读到 “{stop}” 就停止，“{entry}” 永远不会被使用。',
  'proxy-http':
    '“{entry}” 是明文 http://：途经的任何人都能读取并篡改它返回的内容（版本列表、go.mod、不经校验和数据库验证的私有模块）。若该代理支持，请改用 https://。',
  'proxy-duplicate': '“{entry}” 在列表中出现了两次。',
  'proxy-pipe-old': '“|” 需要 Go 1.15；Go {go} 会把它当作 URL 的一部分，导致所有下载失败。请使用 “,”。',
  // GOSUMDB
  'sumdb-off':
    'GOSUMDB=off 会关闭对公共校验和数据库的验证：被篡改的模块不会被发现。私有模块请用 GONOSUMDB/GOPRIVATE，或使用 sum.golang.google.cn。',
  'sumdb-key': '自定义校验和数据库格式为 name+hash+key（hash 为 8 位十六进制）。',
  'sumdb-url': '校验和数据库 URL 必须以 https://（或 http://）开头，且不能包含空格。',
  'sumdb-direct':
    '{mirror} 未知是否代理校验和数据库；若不代理，go 命令会直接访问 sum.golang.org。若无法访问，请选择 sum.golang.google.cn。',
  // Patterns
  'pattern-empty': '{label} 模式为空。',
  'pattern-space': '{label} 模式 “{p}” 含有空格：Go 不会去掉空格，因此它永远不会匹配。',
  'pattern-comma': '每个 {label} 模式单独一项（逗号用于分隔模式）。',
  'pattern-scheme': '{label} 模式是模块路径而不是 URL：“{p}” 永远不会匹配。请使用 “{fix}”。',
  'pattern-port': '{label} 模式 “{p}” 带有端口；模块路径不含端口，因此永远不会匹配。',
  'pattern-slash-old': 'Go 1.17 及更早版本中结尾的 “/” 使 “{p}” 什么也匹配不到。请使用 “{fix}”。',
  'pattern-malformed': '{label} 模式 “{p}” 格式错误（[ ] 不配对或以 \\ 结尾）；Go 会静默忽略它。',
  'pattern-star-root': '“{p}” 不匹配模块 “{root}” 本身；“{root}” 可同时覆盖它及其下所有路径。',
  'pattern-all':
    '{label}=* 匹配所有模块：会对所有模块关闭{whatZh}（某些镜像页面，如华为云，建议设置 GONOSUMDB=*，不要照抄）。请改为列出你的私有主机。',
  'pattern-duplicate': '{label} 模式 “{p}” 出现了两次。',
  'pattern-replaces': '设置 {label} 后它会取代 GOPRIVATE 的相应作用：{p} 不再被覆盖。请把它加入 {label}，或不设置 {label}。',
  'private-off': 'GOPROXY 止于 “off”，但匹配 GOPRIVATE/GONOPROXY 的模块仍会直接从代码仓库获取：请确保这些主机可访问且已配置认证。',
  goinsecure: 'GOINSECURE 允许对这些模块的直接下载使用明文 HTTP 并跳过证书校验。只对你能控制的主机使用。',
  'goinsecure-proxy': 'GOINSECURE 匹配的是模块路径，对代理请求不起作用：它对 {host} 没有帮助。请改为修复 CA 证书库。',
  'govcs-vcs': '请列出版本控制系统（git、hg、svn、bzr、fossil），或单独使用 all 或 off。',
  // Build
  'too-new': '{name} 需要 Go {need}；目标为 Go {go}：go env -w 会拒绝它，go 命令也会忽略它。',
  'goflags-word': 'GOFLAGS 的每一项都是以 “-” 开头的单个标志（不含空格）：“{f}”。',
  'goflags-insecure': '-insecure 已在 Go 1.17 中移除（“use GOINSECURE instead”），会导致 go get 失败。',
  'goflags-env': 'GOFLAGS 中的 {f} 也会作用于 go env，导致 go env -w 报错（“cannot use {f} with -w”）：请改在命令行中传递。',
  'goflags-mod': '-mod 只能是 mod、readonly 或 vendor，而不是 “{v}”。',
  'path-absolute': '{name} 必须是绝对路径。',
  gotoolchain: 'GOTOOLCHAIN 可为 local、auto、path，或 go1.23.4 这样的版本（可加 +auto 或 +path）。',
  'gotoolchain-sumdb-off':
    'GOSUMDB=off 时 go 命令无法下载工具链（“checksum database disabled by GOSUMDB=off”）。请使用 GOTOOLCHAIN=local。',
  'go111module-needless': '自 Go 1.16 起无需 GO111MODULE={v}（默认即模块模式）；请不要设置。',
  'go111module-off': 'GO111MODULE=off 会关闭模块模式：go.mod、GOPROXY 和 GOPRIVATE 都将被忽略。',
  'goauth-empty': 'GOAUTH 中有空命令（“;;” 或结尾的 “;”）。',
  'goauth-off': 'GOAUTH=off 不能与其他命令组合。',
  'goauth-git': 'GOAUTH=git 需要绝对路径目录：git /path/to/dir。',
  // Authentication
  'auth-duplicate': '{host} 有两条认证配置。',
  'auth-login': '此认证方式需要登录名（用户名）。',
  'auth-space': '空格和引号无法写入 .netrc。',
  'auth-not-private': '{host} 不在 GOPRIVATE/GONOPROXY 范围内：其模块会经过公共代理，而公共代理无法使用你的凭据。',
  // Network
  'net-proxy-url': '不是代理 URL：请使用 http://host:port（也支持 https:// 和 socks5://）。',
  'net-proxy-credentials': '不要把代理密码写进 URL：请填写代理用户名和保存密码的环境变量名。',
  'net-password-without-user': '设置代理密码变量时需要同时设置代理用户名。',
  'net-http-only': 'HTTP_PROXY 不用于 https:// 请求：go 命令对其只读取 HTTPS_PROXY。',
  'net-noproxy': 'NO_PROXY 每项一个主机、域名或 CIDR，不含空格或逗号。',
  'ca-os': '在 macOS 和 Windows 上 Go 会忽略 SSL_CERT_FILE：请把 CA 加入系统钥匙串或证书存储。',
  'secret-persistent':
    '持久范围会把 HTTPS_PROXY/HTTP_PROXY 中的代理凭据写入 ~/.bashrc、~/.zshrc、fish 通用变量或 Windows 用户环境（setx），任何程序和任何 dotfile 备份都能读到。更安全的做法：使用当前会话范围，需要时从密钥库（pass、macOS 钥匙串、Windows 凭据管理器）读取密码；Git 和模块主机请用 .netrc 或 git 凭据助手。',
  'npm-registry': 'npm registry 必须是 http(s):// URL。',
  // Target
  'shell-os': '{shell} 只在 Windows 上可用，不适用于 {os}。',
  'shell-os-posix': 'Windows 上的 {shell}（WSL、Git Bash）有独立的环境：Windows 程序看不到这些变量。',
};
