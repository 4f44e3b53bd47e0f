// The rule table: one entry per finding id with its default severity, variable, guide section
// and the source that proves the behaviour. Checks (checks-*.ts) decide when a rule fires and
// write the message; everything else about a rule lives here.
import { type GuideLink, guide } from './guide-anchors.ts';
import type { Severity } from './types.ts';

export interface RuleMeta {
  severity: Severity;
  variable: string;
  guide: GuideLink;
  source: string;
  goVersions?: string;
}

const REF = 'go.dev/ref/mod';
const PROXY_GO = 'cmd/go/internal/modfetch/proxy.go';
const MATCH = 'golang.org/x/mod/module MatchPrefixPatterns';
const SUMDB_GO = 'cmd/go/internal/modfetch/sumdb.go (dbDial)';
const HTTPPROXY = 'golang.org/x/net/http/httpproxy (net/http ProxyFromEnvironment)';

export const RULES = {
  // GOPROXY
  'goproxy-invalid-entry': {
    severity: 'error',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'valid-entries'),
    source: `${PROXY_GO} (proxyList, newProxyRepo); ${REF}#goproxy-protocol`,
  },
  'goproxy-no-entries': {
    severity: 'error',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'valid-entries'),
    source: `${PROXY_GO} (proxyList: "GOPROXY list is not the empty string, but contains no entries")`,
    goVersions: '1.15+',
  },
  'goproxy-pipe-before-1.15': {
    severity: 'error',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'fallback-rules'),
    source: `${PROXY_GO} (Go 1.14 splits on "," only); go.dev/doc/go1.15 (Go command: GOPROXY)`,
    goVersions: '1.13–1.14',
  },
  'goproxy-empty': {
    severity: 'error',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'empty-goproxy'),
    source: 'cmd/go/internal/cfg/cfg.go (GOPROXY default moved to $GOROOT/go.env); go.dev/doc/toolchain#GOTOOLCHAIN',
    goVersions: '1.21+',
  },
  'goproxy-entries-ignored': {
    severity: 'warning',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'direct-and-off'),
    source: `${PROXY_GO} (proxyList stops at "direct" and "off"); ${REF}#environment-variables`,
  },
  'goproxy-http-credentials': {
    severity: 'error',
    variable: 'GOPROXY',
    guide: guide('private-modules', 'proxy-credentials'),
    source: 'cmd/go/internal/web/http.go ("refusing to pass credentials to insecure URL")',
  },
  'goproxy-plain-http': {
    severity: 'warning',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'plain-http-proxy'),
    source: 'cmd/go/internal/web/http.go (credentials only for https); cmd/go/internal/web/api.go (DefaultSecurity)',
  },
  'goproxy-comma-no-failover': {
    severity: 'info',
    variable: 'GOPROXY',
    guide: guide('how-goproxy-works', 'fallback-rules'),
    source: `${PROXY_GO} (TryProxies); ${REF}#goproxy-protocol; go.dev/doc/go1.15 (Go command: GOPROXY)`,
  },
  'goproxy-golang-org-may-be-blocked': {
    severity: 'info',
    variable: 'GOPROXY',
    guide: guide('choosing-a-mirror', 'proxy-golang-org-blocked'),
    source: `${PROXY_GO} (TryProxies: only 404/410 fall through after ","); go.dev/doc/go1.15 (Go command: GOPROXY)`,
  },
  'goproxy-ends-at-off': {
    severity: 'info',
    variable: 'GOPROXY',
    guide: guide('private-modules', 'goproxy-off-and-goprivate'),
    source: 'cmd/go/internal/modfetch/repo.go (lookup: noproxy entry for GONOPROXY, "module lookup disabled by GOPROXY=off")',
  },
  'goproxy-no-direct': {
    severity: 'info',
    variable: 'GOPROXY',
    guide: guide('private-modules', 'no-direct-fallback'),
    source: `${PROXY_GO} (proxyList adds an implicit noproxy entry first when GONOPROXY is set); ${REF}#private-module-proxy-direct`,
  },
  // Patterns
  'pattern-whitespace': {
    severity: 'error',
    variable: 'GOPRIVATE',
    guide: guide('private-modules', 'pattern-pitfalls'),
    source: `${MATCH} (splits on "," without trimming spaces)`,
  },
  'pattern-scheme': {
    severity: 'error',
    variable: 'GOPRIVATE',
    guide: guide('private-modules', 'pattern-pitfalls'),
    source: `${MATCH}; ${REF}#private-modules`,
  },
  'pattern-port': {
    severity: 'error',
    variable: 'GOPRIVATE',
    guide: guide('private-modules', 'pattern-pitfalls'),
    source: `${MATCH}; golang.org/x/mod/module CheckPath (":" is not allowed in module paths)`,
  },
  'pattern-trailing-slash': {
    severity: 'error',
    variable: 'GOPRIVATE',
    guide: guide('private-modules', 'pattern-pitfalls'),
    source: `${MATCH} (trailing "/" trimmed only since x/mod CL 351319, first in Go 1.18)`,
  },
  'pattern-slash-star': {
    severity: 'warning',
    variable: 'GOPRIVATE',
    guide: guide('private-modules', 'pattern-pitfalls'),
    source: `${MATCH} (a pattern with N slashes matches the first N+1 path elements)`,
  },
  'pattern-malformed': {
    severity: 'error',
    variable: 'GOPRIVATE',
    guide: guide('private-modules', 'goprivate-patterns'),
    source: `${MATCH} (path.Match errors are ignored)`,
  },
  'pattern-too-broad': {
    severity: 'warning',
    variable: 'GONOSUMDB',
    guide: guide('checksum-database', 'gonosumdb-scope'),
    source: `${MATCH}; ${REF}#private-module-privacy; ${REF}#checksum-database`,
  },
  'goinsecure-proxy-host': {
    severity: 'warning',
    variable: 'GOINSECURE',
    guide: guide('corporate-proxy', 'goinsecure'),
    source: 'cmd/go/internal/modfetch/repo.go (GOINSECURE only in lookupDirect); proxy.go uses web.DefaultSecurity',
  },
  'gonoproxy-not-covering-goprivate': {
    severity: 'warning',
    variable: 'GONOPROXY',
    guide: guide('private-modules', 'gonoproxy-gonosumdb'),
    source: `cmd/go/internal/cfg/cfg.go (GONOPROXY = envOr("GONOPROXY", GOPRIVATE)); ${REF}#environment-variables`,
  },
  'gonoproxy-none': {
    severity: 'info',
    variable: 'GONOPROXY',
    guide: guide('private-modules', 'gonoproxy-gonosumdb'),
    source: 'cmd/go/internal/cfg/cfg.go (envOr); go help private (GONOPROXY=none)',
  },
  'gonosumdb-not-covering-goprivate': {
    severity: 'warning',
    variable: 'GONOSUMDB',
    guide: guide('private-modules', 'gonoproxy-gonosumdb'),
    source: `cmd/go/internal/cfg/cfg.go (GONOSUMDB = envOr("GONOSUMDB", GOPRIVATE)); ${REF}#private-module-privacy`,
  },
  // Checksum database
  'gosumdb-off': {
    severity: 'warning',
    variable: 'GOSUMDB',
    guide: guide('checksum-database', 'gosumdb-off'),
    source: `${REF}#checksum-database; cmd/go/internal/modfetch/fetch.go (useSumDB)`,
  },
  'gosumdb-empty': {
    severity: 'error',
    variable: 'GOSUMDB',
    guide: guide('checksum-database', 'gosumdb-values'),
    source: `${SUMDB_GO}: "missing GOSUMDB"; cmd/go/internal/cfg/cfg.go ($GOROOT/go.env)`,
    goVersions: '1.21+',
  },
  'gosumdb-invalid': {
    severity: 'error',
    variable: 'GOSUMDB',
    guide: guide('checksum-database', 'gosumdb-values'),
    source: `${SUMDB_GO}; golang.org/x/mod/sumdb/note NewVerifier; ${REF}#checksum-database`,
  },
  'gosumdb-google-cn-skips-proxy': {
    severity: 'info',
    variable: 'GOSUMDB',
    guide: guide('checksum-database', 'sum-golang-google-cn'),
    source: `${SUMDB_GO} (sum.golang.google.cn → "sum.golang.org https://sum.golang.google.cn"; an explicit URL bypasses proxies)`,
  },
  'gosumdb-direct-connection': {
    severity: 'info',
    variable: 'GOSUMDB',
    guide: guide('choosing-a-mirror', 'proxy-golang-org-blocked'),
    source: 'cmd/go/internal/modfetch/sumdb.go (dbClient.initBase: proxies first, then a direct connection)',
  },
  // GOFLAGS, GO111MODULE, GOAUTH, GOVCS, names
  'goflags-insecure': {
    severity: 'error',
    variable: 'GOFLAGS',
    guide: guide('environment-variables', 'goflags'),
    source: 'cmd/go/internal/modget/get.go ("-insecure flag is no longer supported; use GOINSECURE instead"); go.dev/doc/go1.17',
  },
  'goflags-non-flag': {
    severity: 'error',
    variable: 'GOFLAGS',
    guide: guide('environment-variables', 'goflags'),
    source: 'cmd/go/internal/base/goflags.go (InitGOFLAGS: "non-flag")',
  },
  'goflags-unknown-flag': {
    severity: 'error',
    variable: 'GOFLAGS',
    guide: guide('environment-variables', 'goflags'),
    source: 'cmd/go/internal/base/goflags.go (InitGOFLAGS: "unknown flag")',
  },
  'goflags-bad-mod': {
    severity: 'error',
    variable: 'GOFLAGS',
    guide: guide('environment-variables', 'goflags'),
    source: 'cmd/go/internal/work/init.go ("-mod=%s not supported")',
  },
  'goflags-mod-vendor': {
    severity: 'info',
    variable: 'GOFLAGS',
    guide: guide('module-cache-offline', 'mod-vendor'),
    source: 'cmd/go/internal/modfetch/repo.go ("module lookup disabled by -mod=vendor"); go.dev/ref/mod#vendoring',
  },
  'go111module-off': {
    severity: 'error',
    variable: 'GO111MODULE',
    guide: guide('environment-variables', 'go111module'),
    source: `cmd/go/internal/modload/init.go ("modules disabled by GO111MODULE=off"); ${REF}#mod-commands`,
  },
  'go111module-invalid': {
    severity: 'error',
    variable: 'GO111MODULE',
    guide: guide('environment-variables', 'go111module'),
    source: 'cmd/go/internal/modload/init.go ("unknown environment setting GO111MODULE=%s")',
  },
  'goauth-invalid': {
    severity: 'error',
    variable: 'GOAUTH',
    guide: guide('private-modules', 'goauth'),
    source: 'cmd/go/internal/auth/auth.go (runGoAuth); go help goauth',
    goVersions: '1.24+',
  },
  'govcs-invalid': {
    severity: 'error',
    variable: 'GOVCS',
    guide: guide('environment-variables', 'govcs'),
    source: 'cmd/go/internal/vcs/vcs.go (parseGOVCS); go.dev/ref/mod#vcs-govcs',
    goVersions: '1.16+',
  },
  'unknown-variable': {
    severity: 'warning',
    variable: '',
    guide: guide('environment-variables', 'unknown-variables'),
    source: 'src/internal/cfg/cfg.go (KnownEnv); cmd/go/internal/envcmd/env.go ("unknown go command variable")',
  },
  'variable-not-in-this-go': {
    severity: 'info',
    variable: '',
    guide: guide('environment-variables', 'version-gated'),
    source: 'go.dev/doc/go1.14, go1.16, go1.21, go1.24 release notes',
  },
  // Toolchain and go.mod
  'gotoolchain-invalid': {
    severity: 'error',
    variable: 'GOTOOLCHAIN',
    guide: guide('toolchain-downloads', 'gotoolchain-values'),
    source: 'cmd/go/internal/toolchain/select.go (Select: "invalid GOTOOLCHAIN"); go.dev/doc/toolchain#select',
    goVersions: '1.21+',
  },
  'gotoolchain-local-too-old': {
    severity: 'error',
    variable: 'GOTOOLCHAIN',
    guide: guide('toolchain-downloads', 'gotoolchain-local'),
    source: 'cmd/go/internal/gover/toolchain.go (TooNewError); go.dev/doc/toolchain#select',
    goVersions: '1.21+',
  },
  'gotoolchain-will-download': {
    severity: 'info',
    variable: 'GOTOOLCHAIN',
    guide: guide('toolchain-downloads', 'toolchain-sumdb'),
    source: 'cmd/go/internal/toolchain/select.go; go.dev/doc/toolchain#download',
    goVersions: '1.21+',
  },
  'gotoolchain-download-blocked': {
    severity: 'error',
    variable: 'GOSUMDB',
    guide: guide('toolchain-downloads', 'toolchain-sumdb'),
    source: `cmd/go/internal/modfetch/sumdb.go (useSumDB: golang.org/toolchain always needs the checksum database; "checksum database disabled by GOSUMDB=off")`,
    goVersions: '1.21+',
  },
  'gomod-format-too-new': {
    severity: 'error',
    variable: 'GOVERSION',
    guide: guide('toolchain-downloads', 'old-go-new-gomod'),
    source: 'golang.org/x/mod/modfile (Go ≤ 1.20: go version must match 1.N; no toolchain directive); go.dev/doc/toolchain#version',
    goVersions: '≤ 1.20',
  },
  'gomod-go-newer-than-go': {
    severity: 'warning',
    variable: 'GOVERSION',
    guide: guide('toolchain-downloads', 'old-go-new-gomod'),
    source: 'cmd/go/internal/work/exec.go ("note: module requires Go %s"); go.dev/doc/toolchain#config (1.19.13+/1.20.8+ refuse go ≥ 1.22)',
    goVersions: '≤ 1.20',
  },
  // HTTP proxies
  'https-proxy-missing': {
    severity: 'warning',
    variable: 'HTTPS_PROXY',
    guide: guide('corporate-proxy', 'https-proxy'),
    source: `${HTTPPROXY} (https:// requests use HTTPS_PROXY only)`,
  },
  'all-proxy-ignored': {
    severity: 'warning',
    variable: 'ALL_PROXY',
    guide: guide('corporate-proxy', 'https-proxy'),
    source: `${HTTPPROXY} (reads HTTP_PROXY, HTTPS_PROXY, NO_PROXY only)`,
  },
  'proxy-case-conflict': {
    severity: 'info',
    variable: 'HTTPS_PROXY',
    guide: guide('corporate-proxy', 'https-proxy'),
    source: `${HTTPPROXY} (getEnvAny: upper-case name first)`,
  },
  'no-proxy-missing-private': {
    severity: 'warning',
    variable: 'NO_PROXY',
    guide: guide('corporate-proxy', 'no-proxy'),
    source: `${HTTPPROXY} (useProxy / NO_PROXY matching); cmd/go/internal/web/http.go`,
  },
  // Where values come from
  'os-env-overrides-go-env-w': {
    severity: 'warning',
    variable: '',
    guide: guide('environment-variables', 'precedence'),
    source:
      'cmd/go/internal/cfg/cfg.go (Getenv: a non-empty OS variable wins); cmd/go/internal/envcmd/env.go ("does not override conflicting OS environment variable")',
  },
  'os-env-sets-variable': {
    severity: 'info',
    variable: '',
    guide: guide('docker-and-ci', 'env-in-images'),
    source: 'cmd/go/internal/cfg/cfg.go (Getenv); go.dev/doc/toolchain#GOTOOLCHAIN',
  },
  'os-env-empty-ignored': {
    severity: 'info',
    variable: '',
    guide: guide('environment-variables', 'empty-os-variable'),
    source: 'cmd/go/internal/cfg/cfg.go (Getenv: an empty OS value is treated as unset; golang/go#50335)',
  },
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof RULES;
