// The English text of every validation message, keyed by issue code (see messages.ts).
import type { MessageTable } from './messages.ts';

export const MESSAGES_EN: MessageTable = {
  // Shape and values (schema.ts)
  required: 'Required.',
  invalid_type: 'Expected {expected}.',
  invalid_value: 'Must be one of: {values}.',
  too_big: 'Too long (at most {max}).',
  too_small: 'Too small (at least {min}).',
  unrecognized_keys: 'Unknown field(s): {keys}.',
  invalid_union: 'Unknown kind.',
  invalid: 'Invalid value.',
  nul: 'Contains a NUL character, which no shell or environment variable can hold.',
  'control-char': 'Contains a line break or control character; Go settings cannot hold one.',
  unicode: 'Contains invalid Unicode (a lone surrogate).',
  host: 'Not a host name: use lower-case letters, digits, dots and dashes, optionally :port (no scheme, no path).',
  'env-name': 'Not an environment variable name (letters, digits, _; not starting with a digit).',
  'go-version': 'Not a Go version of 1.13 or later (e.g. 1.23).',
  'npm-scope': 'An npm scope looks like @company (lower case).',
  image: 'Not a Docker image reference.',
  'newer-version': 'This configuration was made by a newer Modfix (model version {v}).',
  // GOPROXY
  'proxy-empty': 'The proxy list is empty: add a mirror, direct or off.',
  'proxy-url': 'The go command rejects this entry: {go}',
  'proxy-url-keyword': 'Use the "{entry}" entry instead of a URL named {entry}.',
  'proxy-url-separator': 'A proxy URL cannot contain spaces, "," or "|": they separate entries.',
  'proxy-http-credentials':
    'The go command refuses credentials in an http:// URL ("refusing to pass credentials to insecure URL"). Use https:// and a .netrc entry.',
  'proxy-credentials':
    'Do not put credentials in GOPROXY (they end up in shell history and logs): add the host under authentication (.netrc) instead.',
  'proxy-ignored': 'Ignored: the go command stops reading GOPROXY at "{stop}", so "{entry}" is never used.',
  'proxy-http':
    '"{entry}" is plain http://: anyone on the way can read and alter what it serves (version lists, go.mod files, private modules that skip the checksum database). Use https:// if the proxy offers it.',
  'proxy-duplicate': '"{entry}" appears twice in the list.',
  'proxy-pipe-old': '"|" needs Go 1.15; Go {go} reads it as part of the URL and every fetch fails. Use ",".',
  // GOSUMDB
  'sumdb-off':
    'GOSUMDB=off turns off checksum verification against the public database: a tampered module would go unnoticed. Prefer GONOSUMDB/GOPRIVATE for private modules, or sum.golang.google.cn.',
  'sumdb-key': 'A custom checksum database is written name+hash+key (hash: 8 hex digits).',
  'sumdb-url': 'The checksum database URL must start with https:// (or http://) and contain no spaces.',
  'sumdb-direct':
    '{mirror} is not known to proxy the checksum database; if it does not, the go command contacts sum.golang.org directly. If that is blocked, choose sum.golang.google.cn.',
  // Patterns
  'pattern-empty': 'Empty {label} pattern.',
  'pattern-space': '{label} pattern "{p}" contains a space: Go does not trim spaces, so it never matches.',
  'pattern-comma': 'Put each {label} pattern in its own entry (commas separate patterns).',
  'pattern-scheme': '{label} patterns are module paths, not URLs: "{p}" never matches. Use "{fix}".',
  'pattern-port': '{label} pattern "{p}" has a port; module paths never do, so it never matches.',
  'pattern-slash-old': 'With Go 1.17 and older a trailing "/" makes "{p}" match nothing. Use "{fix}".',
  'pattern-malformed': '{label} pattern "{p}" is malformed (unbalanced [ ] or trailing \\); Go silently ignores it.',
  'pattern-star-root': '"{p}" does not match the module "{root}" itself; "{root}" covers it and everything below.',
  'pattern-all':
    "{label}=* matches every module: it turns off {what} for all of them (some mirror pages, e.g. Huawei Cloud's, suggest GONOSUMDB=*; do not copy that). List your private hosts instead.",
  'pattern-duplicate': '{label} pattern "{p}" appears twice.',
  'pattern-replaces':
    'When {label} is set it replaces GOPRIVATE for that decision: {p} is no longer covered. Add it to {label} or leave {label} unset.',
  'private-off':
    'GOPROXY stops at "off", yet modules matching GOPRIVATE/GONOPROXY are still fetched directly from their repositories: make sure those hosts are reachable and authenticated.',
  goinsecure:
    'GOINSECURE allows plain HTTP and skips certificate checks for direct fetches of these modules. Use it only for hosts you control.',
  'goinsecure-proxy':
    'GOINSECURE matches module paths and never affects proxy requests: it does not help with {host}. Fix the CA store instead.',
  'govcs-vcs': 'List version control systems (git, hg, svn, bzr, fossil), or use all or off alone.',
  // Build
  'too-new': '{name} needs Go {need}; the target has Go {go}: go env -w refuses it and the go command ignores it.',
  'goflags-word': 'GOFLAGS entries are single flags starting with "-" (no spaces): "{f}".',
  'goflags-insecure': '-insecure was removed in Go 1.17 ("use GOINSECURE instead") and makes go get fail.',
  'goflags-env':
    '{f} in GOFLAGS also applies to go env, which then refuses go env -w ("cannot use {f} with -w"): pass it on the command line instead.',
  'goflags-mod': '-mod must be mod, readonly or vendor, not "{v}".',
  'path-absolute': '{name} must be an absolute path.',
  gotoolchain: 'GOTOOLCHAIN is local, auto, path, or a version such as go1.23.4 (optionally +auto or +path).',
  'gotoolchain-sumdb-off':
    'With GOSUMDB=off the go command cannot download toolchains ("checksum database disabled by GOSUMDB=off"). Use GOTOOLCHAIN=local.',
  'go111module-needless': 'GO111MODULE={v} is not needed since Go 1.16 (module mode is the default); leave it unset.',
  'go111module-off': 'GO111MODULE=off turns module mode off: go.mod, GOPROXY and GOPRIVATE are ignored.',
  'goauth-empty': 'GOAUTH has an empty command (";;" or a trailing ";").',
  'goauth-off': 'GOAUTH=off cannot be combined with other commands.',
  'goauth-git': 'GOAUTH=git needs an absolute directory: git /path/to/dir.',
  // Authentication
  'auth-duplicate': '{host} has two authentication entries.',
  'auth-login': 'A login (user name) is required for this method.',
  'auth-space': 'Spaces and quotes cannot be written into .netrc.',
  'auth-not-private':
    '{host} is not covered by GOPRIVATE/GONOPROXY: its modules go through the public proxy, which cannot use your credentials.',
  // Network
  'net-proxy-url': 'Not a proxy URL: use http://host:port (https:// and socks5:// also work).',
  'net-proxy-credentials': 'Do not put the proxy password in the URL: fill in the proxy user and the variable that holds the password.',
  'net-password-without-user': 'A proxy password variable needs a proxy user.',
  'net-http-only': 'HTTP_PROXY is not used for https:// requests: the go command reads only HTTPS_PROXY for them.',
  'net-noproxy': 'One host, domain or CIDR per NO_PROXY entry, without spaces or commas.',
  'ca-os': 'On macOS and Windows Go ignores SSL_CERT_FILE: add the CA to the system keychain or certificate store.',
  'secret-persistent':
    'The persistent scope writes the proxy credentials in HTTPS_PROXY/HTTP_PROXY into ~/.bashrc, ~/.zshrc, fish universal variables or the Windows user environment (setx), where every program and every dotfile backup can read them. Safer: use the session scope and read the password from a secret store (pass, macOS Keychain, Windows Credential Manager) when you need it; for Git and module hosts use .netrc or a git credential helper.',
  'npm-registry': 'An npm registry is an http(s):// URL.',
  // Target
  'shell-os': '{shell} is only available on Windows, not {os}.',
  'shell-os-posix': '{shell} on Windows (WSL, Git Bash) has its own environment: Windows programs do not see it.',
};
