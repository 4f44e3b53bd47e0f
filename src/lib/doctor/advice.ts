// What the doctor tells the reader for each cause: title, explanation, fix steps (en + zh-CN),
// guide section and generator preset. Templates use {placeholders} filled from the paste
// (see Extracted); a missing value shows as a <placeholder> the reader must replace.
// Every statement here follows /work/shared/FACTS.md.
import { looksPrivate } from './extract.ts';
import { guide as g } from './guide-anchors.ts';
import type { CauseId, Extracted, FixStep, GeneratorLink, GuideLink, Localized } from './types.ts';

/** A fix step that may apply only to some pastes (`when` sees the extracted values). */
export interface AdviceStep extends FixStep {
  when?: (x: Extracted) => boolean;
}

export interface Advice {
  title: Localized;
  explanation: Localized;
  fix: AdviceStep[];
  guide: GuideLink;
  generator?: (x: Extracted) => GeneratorLink;
}

// --- generator links --------------------------------------------------------------------------

const mirrorPreset = (): GeneratorLink => ({ preset: 'china-mainland' });
const privatePreset = (x: Extracted, withProxy = false): GeneratorLink => ({
  preset: x.context === 'docker' ? 'docker-private' : x.context === 'github-actions' ? 'github-actions' : 'corporate-gitlab',
  state: {
    ...(x.privatePattern ? { privatePatterns: [x.privatePattern] } : {}),
    ...(x.privateHost ? { privateHost: x.privateHost } : {}),
    // Only a private proxy that wants credentials belongs in the form; a public one or the checksum DB does not.
    ...(withProxy && x.proxyUrl ? { proxyUrl: x.proxyUrl } : {}),
  },
});
const privateProxyPreset = (x: Extracted): GeneratorLink => privatePreset(x, true);
const proxyPreset = (x: Extracted): GeneratorLink => ({
  preset: x.context === 'docker' ? 'docker-private' : 'corporate-gitlab',
  state: x.httpProxy ? { httpProxy: `http://${x.httpProxy}` } : {},
});
const defaultPreset = (x: Extracted): GeneratorLink => ({
  preset: x.context === 'docker' ? 'docker-private' : x.context === 'github-actions' ? 'github-actions' : 'global-default',
});
/** The proxy that answered "not found", kept as the first entry (the fix ends the list with direct). */
const notFoundPreset = (x: Extracted): GeneratorLink => ({
  ...defaultPreset(x),
  ...(x.proxyUrl ? { state: { proxyUrl: x.proxyUrl } } : {}),
});
const toolchainPreset = (x: Extracted): GeneratorLink => ({
  preset: 'global-default',
  ...(x.goRequired ? { state: { goVersion: x.goRequired } } : {}),
});
const offlinePreset = (): GeneratorLink => ({ preset: 'offline' });

/** A host name that only resolves inside a company network (never a public Go host). */
const privateName = (host: string | undefined) => host !== undefined && looksPrivate(host);

// --- shared steps ------------------------------------------------------------------------------

const stepGoprivate: FixStep = {
  en: 'Mark your private modules. A bare host covers the module itself and everything below it (the `host/*` form misses the bare module):',
  'zh-CN': '把私有模块加入 GOPRIVATE。只写域名即可覆盖该模块本身及其下所有路径（`host/*` 写法会漏掉模块本身）：',
  code: 'go env -w GOPRIVATE={privatePattern}',
};
const stepNetrc: FixStep = {
  en: 'Give git a token for {privateHost} (git reads ~/.netrc; use a personal/deploy token as the password):',
  'zh-CN': '为 {privateHost} 配置 git 凭据（git 会读取 ~/.netrc；密码处填个人访问令牌或部署令牌）：',
  code: "printf 'machine {privateHost}\\nlogin <user>\\npassword <token>\\n' >> ~/.netrc && chmod 600 ~/.netrc",
};
const stepSsh: FixStep = {
  en: 'Or let git use your SSH key for that host:',
  'zh-CN': '或者让 git 对该主机改用 SSH 密钥：',
  code: 'git config --global url."git@{privateHost}:".insteadOf "https://{privateHost}/"',
};
const stepMirror: FixStep = {
  en: 'Use a module proxy you can reach (in mainland China, e.g. goproxy.cn, which also proxies the checksum database):',
  'zh-CN': '改用能访问到的模块代理（中国大陆可用 goproxy.cn，它同时代理校验和数据库）：',
  code: 'go env -w GOPROXY=https://goproxy.cn,direct',
};
const stepNoSumdbOff: FixStep = {
  en: 'Do not "fix" this with GOSUMDB=off, GONOSUMDB=* or GOFLAGS=-insecure: that turns off verification for every module.',
  'zh-CN': '不要用 GOSUMDB=off、GONOSUMDB=* 或 GOFLAGS=-insecure 来“解决”：那会关闭所有模块的校验。',
};
const stepShowEnv: FixStep = {
  en: 'Print the settings the go command actually uses (OS environment variables override `go env -w`):',
  'zh-CN': '查看 go 命令实际使用的设置（操作系统环境变量优先于 `go env -w` 写入的值）：',
  code: 'go env GOPROXY GOSUMDB GOPRIVATE GONOPROXY GONOSUMDB GOFLAGS GOTOOLCHAIN; env | grep -iE "^(go|https?_proxy|no_proxy)"',
};

// --- default advice per cause --------------------------------------------------------------------

export const CAUSE_ADVICE: Record<CauseId, Advice> = {
  'network-blocked-default-proxy': {
    title: { en: 'The go command cannot reach {host}', 'zh-CN': 'go 命令连不上 {host}' },
    explanation: {
      en: 'The connection to {host} ({address}) failed at the network level: it timed out, was refused or was reset. With the default GOPROXY=https://proxy.golang.org,direct the go command does not fall back to direct after a network error, so one unreachable proxy stops the download. This is typical in mainland China, where proxy.golang.org and sum.golang.org are blocked, and in build containers without outbound access.',
      'zh-CN':
        '连接 {host}（{address}）在网络层失败：超时、被拒绝或被重置。默认的 GOPROXY=https://proxy.golang.org,direct 在网络错误后不会回退到 direct，所以一个连不上的代理就会让下载失败。这在中国大陆（proxy.golang.org 和 sum.golang.org 被屏蔽）和没有外网的构建容器里很常见。',
    },
    fix: [
      stepMirror,
      {
        en: 'Check from the same machine or container that the proxy answers:',
        'zh-CN': '在同一台机器或同一个容器里确认代理能访问：',
        code: 'curl -sS https://goproxy.cn/github.com/google/uuid/@v/list',
      },
      {
        en: 'Behind a company proxy, let the go command use it (HTTPS_PROXY is used for https:// URLs):',
        'zh-CN': '如果公司网络必须走 HTTP 代理，让 go 命令使用它（https:// 地址读取 HTTPS_PROXY）：',
        code: 'export HTTPS_PROXY=http://<proxy-host>:<port>',
      },
      {
        en: 'To fall through to the next entry on any error (not only 404/410), separate entries with | (Go 1.15+):',
        'zh-CN': '如果希望任何错误（不只是 404/410）都继续尝试下一项，用 | 分隔（Go 1.15+）：',
        code: "go env -w GOPROXY='https://goproxy.cn|https://proxy.golang.org|direct'",
      },
    ],
    guide: g('choosing-a-mirror', 'proxy-golang-org-blocked'),
    generator: mirrorPreset,
  },
  'dns-failure': {
    title: { en: 'The name {lookupHost} does not resolve', 'zh-CN': '域名 {lookupHost} 无法解析' },
    explanation: {
      en: 'Looking up {lookupHost} failed (resolver {resolver}), so the go command never got an address to connect to. In containers this usually means the container DNS is wrong or unreachable; in mainland China public Go hosts can resolve wrongly; a private host may only resolve on the company network or VPN.',
      'zh-CN':
        '解析 {lookupHost} 失败（DNS 服务器 {resolver}），go 命令根本没拿到可连接的地址。在容器中通常是容器的 DNS 配置错误或不可达；在中国大陆，公共 Go 域名可能被错误解析；私有域名可能只在公司网络或 VPN 内可解析。',
    },
    fix: [
      {
        en: 'Check resolution from the same machine or container:',
        'zh-CN': '在同一台机器或容器里检查解析：',
        code: 'nslookup {lookupHost}',
      },
      {
        en: 'For docker build, use the host network (or set "dns" in /etc/docker/daemon.json):',
        'zh-CN': 'docker build 时可使用宿主机网络（或在 /etc/docker/daemon.json 里设置 "dns"）：',
        code: 'docker build --network=host .',
        when: (x) => x.context === 'docker',
      },
      { ...stepMirror, when: (x) => !privateName(x.lookupHost) },
      {
        en: 'For a private host, connect to the VPN or company network (or ask for its internal DNS server).',
        'zh-CN': '如果是私有域名，请连接 VPN 或公司网络（或向管理员要内部 DNS 地址）。',
        when: (x) => x.lookupHost === undefined || privateName(x.lookupHost),
      },
    ],
    guide: g('diagnosing-network', 'dns'),
    generator: (x) => (privateName(x.lookupHost) ? privatePreset(x) : mirrorPreset()),
  },
  'tls-cert': {
    title: { en: 'The TLS certificate of {host} is not trusted', 'zh-CN': '{host} 的 TLS 证书不受信任' },
    explanation: {
      en: "Go could not verify the certificate chain presented for {host}: the issuing CA is not in this system's trust store. Usually a company firewall or antivirus intercepts HTTPS with its own CA, a build image lacks CA certificates, or a self-hosted proxy uses a self-signed certificate. GOINSECURE does not help: it applies only to direct fetches by module path, never to GOPROXY requests.",
      'zh-CN':
        'Go 无法验证 {host} 出示的证书链：签发它的 CA 不在本机的信任库中。常见原因是公司防火墙或杀毒软件用自己的 CA 拦截 HTTPS、构建镜像缺少 CA 证书，或自建代理使用自签名证书。GOINSECURE 没用：它只作用于按模块路径的直接拉取，从不作用于 GOPROXY 请求。',
    },
    fix: [
      {
        en: "Add your company's root CA to the system trust store (Debian/Ubuntu):",
        'zh-CN': '把公司的根证书加入系统信任库（Debian/Ubuntu）：',
        code: 'sudo cp corp-root-ca.crt /usr/local/share/ca-certificates/ && sudo update-ca-certificates',
      },
      {
        en: 'Or point Go at a CA bundle that includes it (Linux reads SSL_CERT_FILE / SSL_CERT_DIR):',
        'zh-CN': '或者让 Go 使用包含该 CA 的证书包（Linux 下读取 SSL_CERT_FILE / SSL_CERT_DIR）：',
        code: 'export SSL_CERT_FILE=/path/to/bundle-with-corp-ca.pem',
      },
      {
        en: 'In Docker images install the CA certificates before go mod download:',
        'zh-CN': 'Docker 镜像里要在 go mod download 之前安装 CA 证书：',
        code: 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates',
      },
      {
        en: 'See who issued the certificate you actually receive:',
        'zh-CN': '查看实际收到的证书是谁签发的：',
        code: 'openssl s_client -connect {host}:443 -servername {host} </dev/null | openssl x509 -noout -issuer -subject -dates',
      },
    ],
    guide: g('corporate-proxy', 'tls-interception'),
  },
  'corporate-http-proxy': {
    title: { en: 'The HTTP(S) proxy setting is wrong or the proxy refused', 'zh-CN': 'HTTP(S) 代理设置有误或代理拒绝了请求' },
    explanation: {
      en: 'The go command sent its request through the proxy from HTTPS_PROXY/HTTP_PROXY ({httpProxy}) and that hop failed: the proxy is not running or not reachable, wants authentication (407), cannot reach the origin (502), or is set with the wrong scheme. For https:// URLs only HTTPS_PROXY (or https_proxy; upper case wins) is used, and localhost is never proxied.',
      'zh-CN':
        'go 命令按 HTTPS_PROXY/HTTP_PROXY（{httpProxy}）走代理，而这一跳失败了：代理没运行或不可达、需要认证（407）、连不上目标（502），或协议写错。https:// 地址只使用 HTTPS_PROXY（或 https_proxy，大写优先），localhost 永远不走代理。',
    },
    fix: [
      {
        en: 'See which proxy variables the go command inherits:',
        'zh-CN': '查看 go 命令继承了哪些代理变量：',
        code: 'env | grep -i _proxy',
      },
      {
        en: 'Point HTTPS_PROXY at the real proxy, normally with http:// (add user:password@ if it needs authentication):',
        'zh-CN': '把 HTTPS_PROXY 指向真正的代理，通常用 http://（需要认证时加上 user:password@）：',
        code: 'export HTTPS_PROXY=http://<proxy-host>:<port>',
      },
      {
        en: 'Inside a container 127.0.0.1 is the container itself: pass the proxy by an address the container can reach.',
        'zh-CN': '在容器里 127.0.0.1 指的是容器自己：要用容器能访问到的地址传入代理。',
        code: 'docker build --build-arg HTTPS_PROXY=http://host.docker.internal:<port> .',
      },
      {
        en: 'Keep private hosts off the proxy, or unset the variables if you need no proxy:',
        'zh-CN': '让私有主机不走代理；如果不需要代理，就取消这些变量：',
        code: 'export NO_PROXY=<private-host>  # or: unset HTTPS_PROXY https_proxy HTTP_PROXY http_proxy',
      },
    ],
    guide: g('corporate-proxy', 'proxyconnect'),
    generator: proxyPreset,
  },
  'private-module-via-public-proxy': {
    title: {
      en: 'The private module {module} was requested from a proxy that cannot fetch it',
      'zh-CN': '私有模块 {module} 被发给了无法获取它的代理',
    },
    explanation: {
      en: '{module} is private, but it was requested from {proxyHost}. A public proxy such as proxy.golang.org cannot read private repositories (its server response shows the failure), and a self-hosted proxy refuses it without credentials. Modules matched by GOPRIVATE are fetched directly from their repository with git and are not looked up in the checksum database.',
      'zh-CN':
        '{module} 是私有模块，却被发给了 {proxyHost}。proxy.golang.org 这类公共代理读不到私有仓库（server response 里能看到它失败的原因），自建代理在没有凭据时也会拒绝。匹配 GOPRIVATE 的模块会直接用 git 从仓库拉取，也不会去校验和数据库查询。',
    },
    fix: [
      stepGoprivate,
      stepNetrc,
      {
        en: 'Check that git alone can read the repository:',
        'zh-CN': '确认单独用 git 能读取该仓库：',
        code: 'git ls-remote https://{module}.git',
      },
    ],
    guide: g('private-modules', 'why-it-fails'),
    generator: privatePreset,
  },
  'private-module-auth': {
    title: { en: 'git has no working credentials for {privateHost}', 'zh-CN': 'git 没有 {privateHost} 的可用凭据' },
    explanation: {
      en: 'The go command fetched {module} directly with git, and git could not authenticate to {privateHost}. The go command runs git with GIT_TERMINAL_PROMPT=0, so git cannot ask for a password: credentials must come from a credential helper, ~/.netrc, or an SSH key via insteadOf.',
      'zh-CN':
        'go 命令直接用 git 拉取 {module}，但 git 无法通过 {privateHost} 的认证。go 命令以 GIT_TERMINAL_PROMPT=0 运行 git，git 不能弹出密码提示：凭据必须来自 credential helper、~/.netrc，或通过 insteadOf 使用 SSH 密钥。',
    },
    fix: [
      stepNetrc,
      stepSsh,
      {
        en: 'Check that git alone can read the repository:',
        'zh-CN': '确认单独用 git 能读取该仓库：',
        code: 'git ls-remote https://{module}.git',
      },
      stepGoprivate,
      {
        en: 'In Docker or CI, pass the token as a build secret instead of writing it into the image.',
        'zh-CN': '在 Docker 或 CI 中，用构建密钥（build secret）传入令牌，不要写进镜像。',
        when: (x) => x.context !== undefined,
      },
    ],
    guide: g('private-modules', 'authentication'),
    generator: privatePreset,
  },
  'sumdb-private-module': {
    title: { en: 'The checksum database was asked about the private module {module}', 'zh-CN': '校验和数据库被查询了私有模块 {module}' },
    explanation: {
      en: 'The module downloaded, but its hash was not in go.sum, so the go command asked the checksum database ({proxyHost}) to confirm it. sum.golang.org only knows public modules: for a private one it answers 404/410, and its server response shows that it could not fetch the repository. Private modules must be excluded with GOPRIVATE (or GONOSUMDB).',
      'zh-CN':
        '模块已经下载，但 go.sum 里没有它的哈希，于是 go 命令去校验和数据库（{proxyHost}）确认。sum.golang.org 只认识公开模块：对私有模块它返回 404/410，server response 里能看到它拉不到仓库。私有模块必须用 GOPRIVATE（或 GONOSUMDB）排除。',
    },
    fix: [
      stepGoprivate,
      {
        en: 'If the module should keep coming through your own GOPROXY, exclude it from the checksum database only:',
        'zh-CN': '如果该模块仍要通过你自己的 GOPROXY 获取，只把它排除出校验和数据库：',
        code: 'go env -w GONOSUMDB={privatePattern}',
      },
      stepNoSumdbOff,
    ],
    guide: g('checksum-database', 'private-module-lookup'),
    generator: privatePreset,
  },
  'checksum-mismatch': {
    title: { en: '{module}@{version} does not match its recorded checksum', 'zh-CN': '{module}@{version} 与记录的校验和不一致' },
    explanation: {
      en: 'The downloaded content hashes differently from go.sum or from the checksum database. The version was re-tagged or replaced upstream, a mirror serves different content, or go.sum was edited or merged badly. This is a security check, not a network glitch: the go command refuses to continue.',
      'zh-CN':
        '下载内容的哈希与 go.sum 或校验和数据库不一致：上游重打了标签或替换了版本、某个镜像提供了不同的内容，或 go.sum 被手工改过/合并出错。这是安全检查而不是网络故障，go 命令会拒绝继续。',
    },
    fix: [
      {
        en: 'Drop the cached copy and download again:',
        'zh-CN': '清除缓存后重新下载：',
        code: 'go clean -modcache && go mod download {module}@{version}',
      },
      {
        en: 'Compare with the official proxy; if it agrees with go.sum, your mirror serves different bits:',
        'zh-CN': '与官方代理对比；若官方结果与 go.sum 一致，说明你用的镜像内容不同：',
        code: 'GOPROXY=https://proxy.golang.org GOFLAGS=-mod=mod go mod download -json {module}@{version}',
      },
      {
        en: 'If the go.sum lines themselves are wrong (hand edit, merge conflict), delete the lines for {module} {version} and run:',
        'zh-CN': '如果是 go.sum 里的行本身有误（手工修改、合并冲突），删掉 {module} {version} 的行后运行：',
        code: 'go mod tidy',
      },
      stepNoSumdbOff,
    ],
    guide: g('checksum-database', 'checksum-mismatch'),
  },
  'gosumdb-unreachable': {
    title: { en: 'The checksum database cannot be reached', 'zh-CN': '无法访问校验和数据库' },
    explanation: {
      en: 'The module downloaded, but verifying it needs the checksum database and that request failed ({host}). sum.golang.org is blocked in mainland China and often unreachable from locked-down networks. The go command reaches it through your GOPROXY when the proxy supports it (<proxy>/sumdb/sum.golang.org/supported), otherwise directly.',
      'zh-CN':
        '模块已下载，但校验需要访问校验和数据库，而这个请求失败了（{host}）。sum.golang.org 在中国大陆被屏蔽，在受限网络中也常常无法访问。如果 GOPROXY 支持（<proxy>/sumdb/sum.golang.org/supported），go 命令会通过代理访问它，否则直连。',
    },
    fix: [
      stepMirror,
      {
        en: 'Or use the official mirror of the checksum database (same key; its explicit URL bypasses the GOPROXY route):',
        'zh-CN': '或者使用校验和数据库的官方镜像（同一个公钥；它带有明确的 URL，不经过 GOPROXY）：',
        code: 'go env -w GOSUMDB=sum.golang.google.cn',
      },
      stepNoSumdbOff,
    ],
    guide: g('checksum-database', 'via-proxy'),
    generator: mirrorPreset,
  },
  'proxy-not-found-404-410': {
    title: { en: '{proxyHost} could not serve {module}', 'zh-CN': '{proxyHost} 无法提供 {module}' },
    explanation: {
      en: 'The proxy answered {status}. After 404/410 the go command tries the next GOPROXY entry; here there was none left, so the lookup failed. Usual reasons: a typo in the path or version, a version tagged minutes ago that the proxy has not fetched yet, or a proxy that could not fetch it (read its server response). For other statuses (5xx, 429) the proxy itself failed, and after a "," separator the go command stops there.',
      'zh-CN':
        '代理返回了 {status}。遇到 404/410 时 go 命令会尝试 GOPROXY 的下一项；这里已经没有下一项，所以查找失败。常见原因：路径或版本写错、刚打的标签代理还没抓取，或代理本身拉取失败（看 server response）。如果是其他状态码（5xx、429），是代理自身出错，并且在 “,” 分隔符之后 go 命令会直接停止。',
    },
    fix: [
      { en: 'Check that the module and version exist:', 'zh-CN': '确认模块和版本确实存在：', code: 'go list -m -versions {module}' },
      {
        en: 'End GOPROXY with direct so modules the proxy lacks are fetched from their origin:',
        'zh-CN': '在 GOPROXY 末尾加上 direct，代理没有的模块会回源拉取：',
        code: 'go env -w GOPROXY={proxyUrl},direct',
      },
      {
        en: 'When the proxy fails with 5xx, use | so any error falls through to the next entry (Go 1.15+):',
        'zh-CN': '代理返回 5xx 时，用 | 让任何错误都继续尝试下一项（Go 1.15+）：',
        code: "go env -w GOPROXY='{proxyUrl}|direct'",
        when: (x) => x.status === undefined || !/^(?:404|410) /.test(x.status),
      },
      {
        en: 'If the module is private, it should not go to a public proxy at all:',
        'zh-CN': '如果这是私有模块，就根本不应该发给公共代理：',
        code: 'go env -w GOPRIVATE={privatePattern}',
        when: (x) => x.module === undefined || looksPrivate(x.module),
      },
    ],
    guide: g('how-goproxy-works', 'fallback-rules'),
    generator: notFoundPreset,
  },
  'unknown-revision': {
    title: { en: 'Version {version} of {module} does not exist', 'zh-CN': '{module} 不存在版本 {version}' },
    explanation: {
      en: 'The repository has no tag, branch or commit called {version}, or it is not visible to you. Release tags must be full semantic versions with a v prefix (v1.2.3); a query like ">v3.0.0" needs at least one matching tag.',
      'zh-CN':
        '仓库里没有名为 {version} 的标签、分支或提交，或者你没有权限看到它。发布标签必须是带 v 前缀的完整语义化版本（v1.2.3）；“>v3.0.0” 这样的查询至少需要一个匹配的标签。',
    },
    fix: [
      { en: 'List the versions the go command can see:', 'zh-CN': '列出 go 命令能看到的版本：', code: 'go list -m -versions {module}' },
      { en: 'List the tags in the repository itself:', 'zh-CN': '直接列出仓库里的标签：', code: 'git ls-remote --tags https://{module}' },
      {
        en: 'Use an existing version, or pin a commit (the go command turns it into a pseudo-version):',
        'zh-CN': '使用已存在的版本，或指定某个提交（go 命令会把它转换成伪版本）：',
        code: 'go get {module}@<commit-hash>',
      },
    ],
    guide: g('gomod-problems', 'unknown-revision'),
  },
  'module-path-mismatch': {
    title: { en: '{requiredPath} declares a different module path', 'zh-CN': '{requiredPath} 声明了不同的模块路径' },
    explanation: {
      en: 'The go.mod at that version says "module {declaredPath}", but it was required as {requiredPath}. The two must be identical: typically a fork that kept the original module line, a renamed repository, a case difference, or a v2+ module whose path lacks the /vN suffix.',
      'zh-CN':
        '该版本的 go.mod 写的是 "module {declaredPath}"，但它是以 {requiredPath} 被引用的。两者必须完全一致：常见于保留了原模块名的 fork、改过名的仓库、大小写不同，或 v2 以上的模块路径缺少 /vN 后缀。',
    },
    fix: [
      {
        en: 'Use the path the module declares (and update your imports):',
        'zh-CN': '改用模块声明的路径（并更新 import）：',
        code: 'go get {declaredPath}@latest',
      },
      {
        en: 'To use a fork, keep importing the original path and replace it with the fork:',
        'zh-CN': '要使用 fork，保持 import 原路径，用 replace 指向 fork：',
        code: 'go mod edit -replace {declaredPath}={requiredPath}@{version} && go mod tidy',
      },
    ],
    guide: g('gomod-problems', 'module-path-mismatch'),
  },
  'goproxy-off': {
    title: { en: 'Module downloads are turned off', 'zh-CN': '模块下载被关闭了' },
    explanation: {
      en: 'The go command was told not to look modules up: GOPROXY=off (or a list that reaches off), or -mod=vendor (given, set in GOFLAGS, or the default when vendor/ exists and go.mod says go 1.14 or later). It needs {module}, which is neither in the module cache nor in vendor/.',
      'zh-CN':
        'go 命令被设置为不查找模块：GOPROXY=off（或列表走到了 off），或 -mod=vendor（命令行指定、写在 GOFLAGS 里，或者存在 vendor/ 且 go.mod 版本 ≥1.14 时的默认值）。它需要的 {module} 既不在模块缓存里也不在 vendor/ 中。',
    },
    fix: [
      stepShowEnv,
      { en: 'Allow downloads again:', 'zh-CN': '重新允许下载：', code: 'go env -w GOPROXY=https://proxy.golang.org,direct' },
      {
        en: 'With a vendor directory, refresh it (or build with -mod=mod):',
        'zh-CN': '使用 vendor 目录时，重新生成它（或用 -mod=mod 构建）：',
        code: 'go mod vendor',
      },
      {
        en: 'For offline builds, fill the cache on a connected machine and serve it as a file proxy:',
        'zh-CN': '离线构建时，在联网机器上填充缓存，再把它作为文件代理使用：',
        code: 'go mod download && GOPROXY=file://$(go env GOMODCACHE)/cache/download go build ./...',
      },
    ],
    guide: g('module-cache-offline', 'goproxy-off'),
    generator: offlinePreset,
  },
  'bad-goproxy-value': {
    title: { en: 'A Go setting has an invalid value: {badValue}', 'zh-CN': 'Go 的某个设置值无效：{badValue}' },
    explanation: {
      en: 'GOPROXY is a list separated by "," or "|" (Go 1.15+); each entry must be an https://, http:// or file:/// URL, or the keyword direct or off. Here a value (GOPROXY, GOSUMDB, GOFLAGS or a similar variable) is malformed, so the go command fails before any useful request. `go env -w` does not validate these values, so a bad one can sit in your go env file.',
      'zh-CN':
        'GOPROXY 是用 “,” 或 “|”（Go 1.15+）分隔的列表；每一项必须是 https://、http:// 或 file:/// 地址，或关键字 direct、off。这里某个值（GOPROXY、GOSUMDB、GOFLAGS 或类似变量）格式错误，go 命令还没发出有效请求就失败了。`go env -w` 不会校验这些值，错误的值可能一直留在 go env 配置文件里。',
    },
    fix: [
      stepShowEnv,
      {
        en: 'Set a valid list (comma, not semicolon):',
        'zh-CN': '设置合法的列表（用逗号而不是分号）：',
        code: 'go env -w GOPROXY=https://goproxy.cn,direct',
      },
      {
        en: 'If an empty or bad line in your go env file shadows the default, remove it:',
        'zh-CN': '如果 go env 配置文件里的空值或错误值覆盖了默认值，删除它：',
        code: 'go env -u GOPROXY GOSUMDB GOFLAGS',
      },
    ],
    guide: g('how-goproxy-works', 'valid-entries'),
    generator: defaultPreset,
  },
  'go-version-toolchain': {
    title: { en: 'This Go version does not meet the requirement go {goRequired}', 'zh-CN': '当前 Go 版本不满足 go {goRequired} 的要求' },
    explanation: {
      en: "A go.mod (yours or a dependency's) asks for Go {goRequired}, but this is Go {goRunning}. Go 1.21+ can switch to a newer toolchain automatically (GOTOOLCHAIN=auto downloads golang.org/toolchain through GOPROXY and verifies it with the checksum database); older releases cannot read the newer go.mod syntax (three-part go versions, toolchain lines) and stop.",
      'zh-CN':
        '某个 go.mod（你的或依赖的）要求 Go {goRequired}，而当前是 Go {goRunning}。Go 1.21+ 可以自动切换到更新的工具链（GOTOOLCHAIN=auto 会通过 GOPROXY 下载 golang.org/toolchain 并用校验和数据库验证）；更老的版本无法解析新的 go.mod 语法（三段式 go 版本、toolchain 行）而直接报错。',
    },
    fix: [
      {
        en: 'Install Go {goRequired} or newer (in Docker: use a matching golang image tag).',
        'zh-CN': '安装 Go {goRequired} 或更新版本（Docker 中换用对应版本的 golang 镜像标签）。',
      },
      {
        en: 'With Go 1.21+, let it switch toolchains (needs a reachable GOPROXY and checksum database):',
        'zh-CN': '使用 Go 1.21+ 时可允许它自动切换工具链（需要能访问 GOPROXY 和校验和数据库）：',
        code: 'go env -w GOTOOLCHAIN=auto',
      },
      {
        en: 'Only if your code does not need the newer Go: lower the requirement in your own go.mod.',
        'zh-CN': '仅当代码确实不需要新版本时：降低你自己 go.mod 中的要求。',
        code: 'go mod edit -go=<version>',
      },
    ],
    guide: g('toolchain-downloads', 'gotoolchain-local'),
    generator: toolchainPreset,
  },
  'vcs-missing-or-govcs': {
    title: { en: 'The version control tool {vcs} is missing or not allowed', 'zh-CN': '缺少版本控制工具 {vcs}，或它不被允许使用' },
    explanation: {
      en: "For direct fetches (GOPROXY=direct, GOPRIVATE modules, or the direct entry after a proxy) the go command runs the repository's version control tool. It is not installed here (common in minimal images such as golang:alpine), or GOVCS forbids it. GOVCS defaults to public:git|hg,private:all.",
      'zh-CN':
        '直接拉取时（GOPROXY=direct、GOPRIVATE 模块，或代理之后的 direct 项），go 命令要运行仓库对应的版本控制工具。这里没有安装它（golang:alpine 等精简镜像中很常见），或者 GOVCS 禁止使用它。GOVCS 默认是 public:git|hg,private:all。',
    },
    fix: [
      {
        en: 'Install git (Debian/Ubuntu, or Alpine):',
        'zh-CN': '安装 git（Debian/Ubuntu 或 Alpine）：',
        code: 'apt-get install -y git    # Alpine: apk add --no-cache git',
      },
      {
        en: 'Public modules do not need git when they come from a proxy:',
        'zh-CN': '公开模块通过代理获取时不需要 git：',
        code: 'go env -w GOPROXY=https://proxy.golang.org,direct',
      },
      {
        en: 'If GOVCS is set, reset it to the default or fix its syntax:',
        'zh-CN': '如果设置了 GOVCS，恢复默认或修正语法：',
        code: 'go env -u GOVCS',
      },
    ],
    guide: g('environment-variables', 'govcs'),
    generator: defaultPreset,
  },
  'replace-or-go.mod-error': {
    title: { en: 'go.mod or a replace directive is broken', 'zh-CN': 'go.mod 或 replace 指令有问题' },
    explanation: {
      en: 'The go command could not use the go.mod file: a syntax error, a replace that points to a missing directory, a module path it cannot accept, or the command ran outside the module root.',
      'zh-CN': 'go 命令无法使用 go.mod：语法错误、replace 指向不存在的目录、不被接受的模块路径，或命令没有在模块根目录下运行。',
    },
    fix: [
      {
        en: 'Go to the file:line in the message and fix it; this reformats and checks go.mod:',
        'zh-CN': '根据报错里的 文件:行号 修正；下面的命令会格式化并检查 go.mod：',
        code: 'go mod edit -fmt',
      },
      {
        en: 'A replace target directory must exist (relative to go.mod) and contain a go.mod:',
        'zh-CN': 'replace 指向的目录必须存在（相对 go.mod）并包含 go.mod：',
        code: 'ls {replacementDir}/go.mod',
      },
      {
        en: 'Run the command in the directory that holds go.mod, or create one:',
        'zh-CN': '在 go.mod 所在目录运行命令，或新建一个：',
        code: 'go mod init <module-path>',
      },
    ],
    guide: g('gomod-problems', 'go-mod-errors'),
  },
  'cache-corruption': {
    title: { en: 'The module cache holds a broken file', 'zh-CN': '模块缓存中有损坏的文件' },
    explanation: {
      en: "A file in the module cache, or in a proxy's cache, is truncated or not a valid zip: typically after an interrupted download, a full disk, mixed use of sudo, or a proxy that cached an error page. The go command does not repair its cache by itself.",
      'zh-CN':
        '模块缓存（或代理的缓存）里的某个文件被截断或不是有效的 zip：常见于下载中断、磁盘已满、混用 sudo，或代理把错误页面缓存了下来。go 命令不会自己修复缓存。',
    },
    fix: [
      {
        en: 'Clear the module cache and download again:',
        'zh-CN': '清空模块缓存后重新下载：',
        code: 'go clean -modcache && go mod download',
      },
      {
        en: 'If the same proxy keeps serving a broken file, fetch it from another one:',
        'zh-CN': '如果同一个代理一直返回损坏的文件，换一个代理获取：',
        code: 'GOPROXY=https://proxy.golang.org,direct go mod download {module}',
      },
      {
        en: 'For permission errors, give the cache back to your user:',
        'zh-CN': '如果是权限错误，把缓存目录的所有权还给当前用户：',
        code: 'sudo chown -R "$(id -u):$(id -g)" "$(go env GOMODCACHE)"',
      },
    ],
    guide: g('module-cache-offline', 'corrupted-cache'),
  },
  other: {
    title: { en: 'No known cause found', 'zh-CN': '没有找到已知原因' },
    explanation: {
      en: "None of the doctor's rules matched this text. That does not mean nothing is wrong: the text may be cut off, come from another tool, or show a problem the doctor does not know yet.",
      'zh-CN': '医生的规则都没有匹配这段文字。这不代表没有问题：文字可能不完整、来自别的工具，或者是医生还不认识的问题。',
    },
    fix: [
      {
        en: 'Paste the complete output, from the command to the last line (the cause is usually in the last lines starting with "go:").',
        'zh-CN': '粘贴从命令开始到最后一行的完整输出（原因通常在最后几行以 “go:” 开头的内容里）。',
      },
      {
        en: 'Re-run with -x to see each request and command the go command runs:',
        'zh-CN': '加 -x 重新运行，查看 go 命令执行的每个请求和命令：',
        code: 'go mod download -x',
      },
      stepShowEnv,
    ],
    guide: g('why-tidy-cannot-download', 'read-the-error'),
  },
};

// --- advice variants used by specific rules -------------------------------------------------

export const VARIANTS = {
  certWrongHost: {
    title: { en: '{host} answered with a certificate for another name', 'zh-CN': '{host} 返回了属于其他域名的证书' },
    explanation: {
      en: 'The certificate presented for {host} is valid for {certNames}: the connection reached a different server. That happens when DNS is hijacked or points to the wrong address, or a hosts-file entry or captive portal redirects the name. Installing CA certificates will not fix it.',
      'zh-CN':
        '为 {host} 出示的证书只对 {certNames} 有效：连接到了另一台服务器。这通常是 DNS 被劫持或解析到了错误地址，或 hosts 文件、登录认证页面把域名重定向了。安装 CA 证书解决不了这个问题。',
    },
    fix: [
      {
        en: 'Compare the address you get with a public resolver:',
        'zh-CN': '对比本机解析结果和公共 DNS 的结果：',
        code: 'nslookup {host}; nslookup {host} 223.5.5.5',
      },
      { en: 'Look for an override of the name:', 'zh-CN': '检查是否有人为覆盖该域名：', code: 'grep -n "{host}" /etc/hosts' },
      stepMirror,
    ],
    guide: g('corporate-proxy', 'x509-errors'),
    generator: mirrorPreset,
  },
  upstreamFailure: {
    title: { en: '{proxyHost} could not fetch {module} from its origin', 'zh-CN': '{proxyHost} 无法从源仓库获取 {module}' },
    explanation: {
      en: '{proxyHost} answered {status} for {module}@{version}, and its server response shows why: it could not connect to the repository (a network failure on its side). {module} looks public, so this is usually temporary: the origin, or the route between it and the proxy, is down. Your settings are not the problem. Only if the module is in fact private does it belong in GOPRIVATE.',
      'zh-CN':
        '{proxyHost} 对 {module}@{version} 返回了 {status}，server response 说明了原因：它连不上源仓库（它那一侧的网络故障）。{module} 看起来是公开模块，所以这通常是暂时的：源站或它与代理之间的线路出了问题，与你的设置无关。只有当该模块其实是私有模块时，才需要把它加入 GOPRIVATE。',
    },
    fix: [
      {
        en: 'Retry in a few minutes; the proxy fetches the version once the origin answers:',
        'zh-CN': '几分钟后重试；源站恢复后代理会重新获取该版本：',
        code: 'go mod download {module}@{version}',
      },
      {
        en: 'Check that the origin answers and has the version:',
        'zh-CN': '确认源仓库可访问并且有这个版本：',
        code: 'git ls-remote --tags https://{module}',
      },
      {
        en: 'If the module is in fact private, keep it away from public proxies and the checksum database:',
        'zh-CN': '如果该模块其实是私有的，不要让它经过公共代理和校验和数据库：',
        code: 'go env -w GOPRIVATE={privatePattern}',
      },
      stepNoSumdbOff,
    ],
    guide: g('own-proxy', 'upstream-errors'),
    generator: defaultPreset,
  },
  certExpired: {
    title: { en: 'The certificate of {host} has expired or is not yet valid', 'zh-CN': '{host} 的证书已过期或尚未生效' },
    explanation: {
      en: "The certificate is outside its validity period as seen by this machine. Either the server (or an intercepting proxy) uses an expired certificate, or this machine's clock is wrong, which is common in fresh VMs and containers.",
      'zh-CN':
        '从本机看，该证书不在有效期内：要么服务器（或拦截 HTTPS 的代理）使用了过期证书，要么本机时间不对，这在新建的虚拟机和容器里很常见。',
    },
    fix: [
      { en: 'Check the clock:', 'zh-CN': '检查系统时间：', code: 'date -u' },
      {
        en: 'See the dates of the certificate you receive:',
        'zh-CN': '查看实际收到的证书的有效期：',
        code: 'openssl s_client -connect {host}:443 -servername {host} </dev/null | openssl x509 -noout -issuer -dates',
      },
      { en: 'Update the CA bundle:', 'zh-CN': '更新 CA 证书包：', code: 'apt-get install -y --only-upgrade ca-certificates' },
    ],
    guide: g('corporate-proxy', 'x509-errors'),
  },
  proxyAuth: {
    title: { en: 'The module proxy {proxyHost} refused the request ({status})', 'zh-CN': '模块代理 {proxyHost} 拒绝了请求（{status}）' },
    explanation: {
      en: 'The proxy at {proxyUrl} answered {status}: it wants credentials or does not serve this module to you. The go command sends credentials from ~/.netrc (Go 1.13–1.23; on Go 1.24+ through GOAUTH, whose default is netrc) and only to https:// URLs; with a "," after this entry it does not try the next one.',
      'zh-CN':
        '{proxyUrl} 上的代理返回 {status}：它需要凭据，或不向你提供这个模块。go 命令从 ~/.netrc 读取凭据（Go 1.13–1.23；Go 1.24+ 通过 GOAUTH，默认就是 netrc），并且只发给 https:// 地址；这一项后面是 “,” 时不会继续尝试下一项。',
    },
    fix: [
      {
        en: 'Add credentials for the proxy host (on Go 1.24+ with a non-443 port also add a "machine host:port" entry, golang/go#81253):',
        'zh-CN': '为代理主机添加凭据（Go 1.24+ 且端口不是 443 时，还要加一条 "machine 主机:端口"，见 golang/go#81253）：',
        code: "printf 'machine {proxyHost}\\nlogin <user>\\npassword <token>\\n' >> ~/.netrc && chmod 600 ~/.netrc",
      },
      {
        en: 'Use https:// for the proxy: credentials are never sent to http:// URLs.',
        'zh-CN': '代理地址要用 https://：凭据永远不会发给 http:// 地址。',
      },
      {
        en: 'If the module should be fetched directly from its repository instead:',
        'zh-CN': '如果该模块应当直接从仓库拉取：',
        code: 'go env -w GOPRIVATE={privatePattern}',
      },
    ],
    guide: g('private-modules', 'proxy-credentials'),
    generator: privateProxyPreset,
  },
  sumdbProbeFailed: {
    title: { en: 'The proxy failed the checksum database probe', 'zh-CN': '代理的校验和数据库探测失败' },
    explanation: {
      en: 'Before the first checksum lookup the go command asks each proxy for <proxy>/sumdb/sum.golang.org/supported. {proxyHost} answered {status}, which is not "not found", so the checksum database counts as unavailable and verification fails.',
      'zh-CN':
        '在第一次查询校验和之前，go 命令会向每个代理请求 <proxy>/sumdb/sum.golang.org/supported。{proxyHost} 返回了 {status}，这不是“未找到”，于是校验和数据库被视为不可用，校验失败。',
    },
    fix: [
      {
        en: 'Use the checksum database mirror with an explicit URL (skips the proxy probe):',
        'zh-CN': '使用带明确 URL 的校验和数据库镜像（跳过对代理的探测）：',
        code: 'go env -w GOSUMDB=sum.golang.google.cn',
      },
      {
        en: "Or report it to the proxy's operator, or switch proxies:",
        'zh-CN': '或者反馈给代理的维护者，或更换代理：',
        code: 'go env -w GOPROXY=https://goproxy.cn,direct',
      },
      stepNoSumdbOff,
    ],
    guide: g('how-goproxy-works', 'sumdb-through-proxy'),
    generator: mirrorPreset,
  },
  missingGoSum: {
    title: { en: 'go.sum has no entry for {module}', 'zh-CN': 'go.sum 中没有 {module} 的记录' },
    explanation: {
      en: 'Since Go 1.16 build commands run with -mod=readonly: they do not add missing requirements or go.sum lines and do not download anything to fix them. The go.sum in this checkout lacks the hashes it needs (often a go.sum that was not committed or not updated).',
      'zh-CN':
        '从 Go 1.16 起，构建命令默认以 -mod=readonly 运行：不会补充缺失的依赖或 go.sum 行，也不会为此去下载。当前代码里的 go.sum 缺少所需的哈希（常见于 go.sum 没有提交或没有更新）。',
    },
    fix: [
      { en: 'Update go.mod and go.sum, then commit both:', 'zh-CN': '更新 go.mod 和 go.sum，然后一起提交：', code: 'go mod tidy' },
      { en: 'Or add just the missing hashes:', 'zh-CN': '或者只补充缺失的哈希：', code: 'go mod download {module}' },
    ],
    guide: g('module-cache-offline', 'mod-flag'),
  },
  majorVersion: {
    title: { en: 'A v2+ version needs the /vN module path', 'zh-CN': 'v2 及以上版本需要 /vN 模块路径' },
    explanation: {
      en: 'From v2 on, a module with a go.mod must include the major version in its path ({requiredPath}). The tag {version} exists, but its go.mod does not declare that path, so it cannot be used under this path.',
      'zh-CN':
        '从 v2 开始，带 go.mod 的模块必须在路径中包含主版本号（{requiredPath}）。标签 {version} 存在，但它的 go.mod 没有声明这个路径，所以不能以当前路径使用。',
    },
    fix: [
      {
        en: 'If the module declares /vN, require it by that path:',
        'zh-CN': '如果模块声明了 /vN，就用该路径引用：',
        code: 'go get {requiredPath}@{version}',
      },
      {
        en: 'If you maintain the module: set the module line to the /vN path and tag again.',
        'zh-CN': '如果你维护该模块：把 module 行改为 /vN 路径后重新打标签。',
        code: 'go mod edit -module={requiredPath}',
      },
      { en: 'Otherwise stay on the latest v0/v1 release.', 'zh-CN': '否则继续使用最新的 v0/v1 版本。' },
    ],
    guide: g('gomod-problems', 'major-versions'),
  },
  noModule: {
    title: { en: 'No go.mod here', 'zh-CN': '当前目录没有 go.mod' },
    explanation: {
      en: 'The command ran outside a module: there is no go.mod in this directory or any parent (or it has no module line). In Docker this usually means WORKDIR or COPY put the sources somewhere else.',
      'zh-CN':
        '命令在模块之外运行：当前目录及其上级目录都没有 go.mod（或 go.mod 里没有 module 行）。在 Docker 中通常是 WORKDIR 或 COPY 把源码放到了别处。',
    },
    fix: [
      {
        en: 'Run it in the directory that holds go.mod:',
        'zh-CN': '在 go.mod 所在目录运行：',
        code: 'cd "$(git rev-parse --show-toplevel)" && ls go.mod',
      },
      { en: 'Or create a module:', 'zh-CN': '或者新建一个模块：', code: 'go mod init <module-path>' },
    ],
    guide: g('gomod-problems', 'go-mod-errors'),
  },
  malformedPath: {
    title: { en: 'The module path {module} is not a valid remote path', 'zh-CN': '模块路径 {module} 不是合法的远程路径' },
    explanation: {
      en: 'Module paths that are downloaded must start with a domain name (a dot in the first element). A path like "mycorp/lib" can only be used together with a replace directive that points to a local directory or another module.',
      'zh-CN':
        '需要下载的模块路径必须以域名开头（第一段包含点）。像 “mycorp/lib” 这样的路径只能配合 replace 指令，指向本地目录或另一个模块。',
    },
    fix: [
      {
        en: 'Use the full path, e.g. git.corp.example/mycorp/lib, in go.mod and imports.',
        'zh-CN': '在 go.mod 和 import 中使用完整路径，例如 git.corp.example/mycorp/lib。',
      },
      { en: 'Or point it at a local copy:', 'zh-CN': '或者把它指向本地副本：', code: 'go mod edit -replace {module}=../lib' },
    ],
    guide: g('gomod-problems', 'missing-dot'),
  },
  toolchainDownload: {
    title: { en: 'The Go {goRequired} toolchain could not be downloaded', 'zh-CN': '无法下载 Go {goRequired} 工具链' },
    explanation: {
      en: 'With GOTOOLCHAIN=auto, Go 1.21+ downloads golang.org/toolchain for go {goRequired} through GOPROXY and always verifies it with the checksum database, even when GOSUMDB=off or GONOSUMDB matches (then it fails). "toolchain not available" means the proxy has no such toolchain: the version does not exist, or the proxy does not serve golang.org/toolchain.',
      'zh-CN':
        '在 GOTOOLCHAIN=auto 下，Go 1.21+ 会通过 GOPROXY 下载 go {goRequired} 对应的 golang.org/toolchain，并且总是用校验和数据库验证它，即使设置了 GOSUMDB=off 或 GONOSUMDB 也一样（此时会失败）。“toolchain not available” 表示代理上没有这个工具链：该版本不存在，或代理不提供 golang.org/toolchain。',
    },
    fix: [
      {
        en: 'Check that the version exists (go.dev/dl) and that go.mod names it correctly.',
        'zh-CN': '确认该版本确实存在（go.dev/dl），并且 go.mod 里写得正确。',
      },
      {
        en: 'Use a proxy that serves toolchains and keep the checksum database on:',
        'zh-CN': '使用提供工具链的代理，并保持校验和数据库开启：',
        code: 'go env -w GOPROXY=https://goproxy.cn,direct && go env -u GOSUMDB',
      },
      {
        en: 'Or install that Go yourself and stop switching:',
        'zh-CN': '或者自行安装该版本的 Go，并停止自动切换：',
        code: 'go env -w GOTOOLCHAIN=local',
      },
    ],
    guide: g('toolchain-downloads', 'toolchain-through-proxy'),
    generator: toolchainPreset,
  },
  goauth: {
    title: { en: 'GOAUTH is malformed', 'zh-CN': 'GOAUTH 的值格式错误' },
    explanation: {
      en: 'Go 1.24+ reads credentials for HTTPS fetches from GOAUTH: a ";"-separated list of off, netrc, git <absolute dir> or a command. Empty entries, off combined with others, and a relative git directory are rejected ({badValue}).',
      'zh-CN':
        'Go 1.24+ 从 GOAUTH 读取 HTTPS 请求的凭据：用 “;” 分隔的 off、netrc、git <绝对路径> 或自定义命令。空项、off 与其他项并用、git 后跟相对路径都会被拒绝（{badValue}）。',
    },
    fix: [
      { en: 'Go back to the default (netrc):', 'zh-CN': '恢复默认值（netrc）：', code: 'go env -u GOAUTH' },
      {
        en: 'Or write a valid list, e.g. git credentials from a checkout:',
        'zh-CN': '或者写一个合法的列表，例如从某个仓库目录读取 git 凭据：',
        code: "go env -w GOAUTH='git /abs/path/to/repo;netrc'",
      },
    ],
    guide: g('private-modules', 'goauth'),
  },
  goauthHelper: {
    title: { en: 'The GOAUTH credential command failed', 'zh-CN': 'GOAUTH 凭据命令执行失败' },
    explanation: {
      en: 'On Go 1.24+ the go command runs the GOAUTH commands to get credentials. One of them failed or printed output the go command cannot parse (it expects https:// URL lines, a blank line, header lines and another blank line).',
      'zh-CN':
        '在 Go 1.24+ 中，go 命令运行 GOAUTH 里的命令来获取凭据。其中一个命令失败了，或输出格式无法解析（应为若干 https:// URL 行、空行、若干 header 行、空行）。',
    },
    fix: [
      { en: 'Run the command yourself and check its output format.', 'zh-CN': '手动运行该命令，检查输出格式。' },
      { en: 'See how the go command calls it:', 'zh-CN': '查看 go 命令如何调用它：', code: 'go mod download -x {module}' },
      { en: 'Or fall back to ~/.netrc:', 'zh-CN': '或者退回使用 ~/.netrc：', code: 'go env -u GOAUTH' },
    ],
    guide: g('private-modules', 'goauth'),
    generator: privatePreset,
  },
  goflags: {
    title: { en: 'GOFLAGS holds a flag the go command rejects: {badValue}', 'zh-CN': 'GOFLAGS 里有被 go 命令拒绝的参数：{badValue}' },
    explanation: {
      en: 'GOFLAGS is a space-separated list of -flag or -flag=value words applied to every go command. An unknown flag, a word without a dash, a bad -mod value, or -insecure (removed in Go 1.17; use GOINSECURE, which only affects direct fetches) makes the command fail.',
      'zh-CN':
        'GOFLAGS 是用空格分隔的 -flag 或 -flag=value，会作用于每个 go 命令。未知参数、没有短横线的词、错误的 -mod 值，或 -insecure（Go 1.17 已移除；请用只影响直接拉取的 GOINSECURE）都会导致命令失败。',
    },
    fix: [
      { en: 'See where it comes from:', 'zh-CN': '查看它来自哪里：', code: 'go env GOFLAGS; echo "$GOFLAGS"' },
      {
        en: 'Remove it from the go env file (and unset it in the shell/CI if set there):',
        'zh-CN': '从 go env 配置文件中删除（如果 shell 或 CI 里也设置了，一并取消）：',
        code: 'go env -u GOFLAGS; unset GOFLAGS',
      },
      { en: 'Typical valid value:', 'zh-CN': '常见的合法值：', code: 'go env -w GOFLAGS=-mod=mod' },
    ],
    guide: g('environment-variables', 'goflags'),
  },
  gosumdbValue: {
    title: { en: 'GOSUMDB has an invalid value', 'zh-CN': 'GOSUMDB 的值无效' },
    explanation: {
      en: 'GOSUMDB must be off, sum.golang.org, sum.golang.google.cn, or "name+hash+key [url]". Any other bare name has no known key ("malformed verifier id"); an empty value (e.g. a GOSUMDB= line in your go env file, or a Go 1.21+ install without $GOROOT/go.env) gives "missing GOSUMDB".',
      'zh-CN':
        'GOSUMDB 只能是 off、sum.golang.org、sum.golang.google.cn，或 “名称+哈希+公钥 [url]”。其他裸名称没有已知公钥（“malformed verifier id”）；空值（例如 go env 配置文件里的 GOSUMDB= 行，或缺少 $GOROOT/go.env 的 Go 1.21+ 安装）会报 “missing GOSUMDB”。',
    },
    fix: [
      { en: 'Go back to the default:', 'zh-CN': '恢复默认值：', code: 'go env -u GOSUMDB' },
      {
        en: 'In mainland China use the official mirror of the same database:',
        'zh-CN': '在中国大陆使用同一数据库的官方镜像：',
        code: 'go env -w GOSUMDB=sum.golang.google.cn',
      },
    ],
    guide: g('checksum-database', 'gosumdb-values'),
  },
  insecureCredentials: {
    title: { en: 'GOPROXY carries credentials over plain http://', 'zh-CN': 'GOPROXY 通过明文 http:// 携带了凭据' },
    explanation: {
      en: 'The go command refuses to send user:password from a GOPROXY URL over http:// (it prints the password as xxxxx). Credentials in the URL also end up in shell history and logs.',
      'zh-CN':
        'go 命令拒绝通过 http:// 发送 GOPROXY 地址里的 user:password（错误信息中密码显示为 xxxxx）。写在地址里的凭据还会留在 shell 历史和日志中。',
    },
    fix: [
      {
        en: 'Use the https:// address of the proxy without credentials:',
        'zh-CN': '使用不带凭据的 https:// 代理地址：',
        code: 'go env -w GOPROXY=https://{proxyHost}/,direct',
      },
      {
        en: 'Put the credentials in ~/.netrc (Go 1.24+: GOAUTH, default netrc):',
        'zh-CN': '把凭据写进 ~/.netrc（Go 1.24+：GOAUTH，默认就是 netrc）：',
        code: "printf 'machine {proxyHost}\\nlogin <user>\\npassword <token>\\n' >> ~/.netrc && chmod 600 ~/.netrc",
      },
      { en: 'Change the password that was exposed.', 'zh-CN': '更换已经暴露的密码。' },
    ],
    guide: g('how-goproxy-works', 'plain-http-proxy'),
  },
  modulesOff: {
    title: { en: 'Module mode is off (GO111MODULE=off)', 'zh-CN': '模块模式被关闭了（GO111MODULE=off）' },
    explanation: {
      en: 'With GO111MODULE=off the go command works in GOPATH mode and ignores go.mod, GOPROXY and go.sum. Old tutorials set it; modern Go needs it unset.',
      'zh-CN': '设置 GO111MODULE=off 后 go 命令工作在 GOPATH 模式，会忽略 go.mod、GOPROXY 和 go.sum。老教程会设置它；现代 Go 应当不设置。',
    },
    fix: [{ en: 'Remove the setting:', 'zh-CN': '删除这个设置：', code: 'go env -u GO111MODULE; unset GO111MODULE' }],
    guide: g('environment-variables', 'go111module'),
  },
} satisfies Record<string, Advice>;

export type VariantId = keyof typeof VARIANTS;

/** Values shown when the paste did not contain them. */
const PLACEHOLDERS: Record<string, { en: string; 'zh-CN': string }> = {
  module: { en: '<module>', 'zh-CN': '<模块路径>' },
  version: { en: '<version>', 'zh-CN': '<版本>' },
  privatePattern: { en: '<private-host>', 'zh-CN': '<私有域名>' },
  privateHost: { en: '<git-host>', 'zh-CN': '<git 主机>' },
  proxyUrl: { en: '<proxy-url>', 'zh-CN': '<代理地址>' },
  proxyHost: { en: 'the proxy', 'zh-CN': '代理' },
  host: { en: 'the server', 'zh-CN': '服务器' },
  address: { en: 'address not shown', 'zh-CN': '地址未显示' },
  lookupHost: { en: 'the host', 'zh-CN': '该主机' },
  resolver: { en: 'not shown', 'zh-CN': '未显示' },
  certNames: { en: 'another name', 'zh-CN': '其他域名' },
  httpProxy: { en: 'see HTTPS_PROXY', 'zh-CN': '见 HTTPS_PROXY' },
  goRequired: { en: '<newer>', 'zh-CN': '<更新版本>' },
  goRunning: { en: 'this version', 'zh-CN': '当前版本' },
  declaredPath: { en: '<declared-path>', 'zh-CN': '<声明的路径>' },
  requiredPath: { en: '<required-path>', 'zh-CN': '<引用的路径>' },
  vcs: { en: 'git', 'zh-CN': 'git' },
  replacementDir: { en: '<replace-dir>', 'zh-CN': '<replace 目录>' },
  badValue: { en: 'see the message', 'zh-CN': '见报错信息' },
  status: { en: 'an error status', 'zh-CN': '错误状态码' },
};

/** Replaces {name} with extracted values (or a placeholder in the right language). */
export function fill(template: string, x: Extracted, lang: 'en' | 'zh-CN'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = (x as Record<string, unknown>)[name];
    if (typeof v === 'string' && v !== '') return v;
    return PLACEHOLDERS[name]?.[lang] ?? whole;
  });
}
