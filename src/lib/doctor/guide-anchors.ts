// Every guide section the error doctor links to. tests/unit/doctor-anchors.test.ts checks that
// each `<slug>#<anchor>` is a heading id in both content/guides/zh-cn/<slug>.mdx and
// content/guides/en/<slug>.mdx, and that every advice text links to a listed one.

/** slug → anchor → what the doctor sends the reader there for. */
export const GUIDE_ANCHORS = {
  'why-tidy-cannot-download': {
    'read-the-error': 'No rule matched: how to read the output from its last lines',
  },
  'how-goproxy-works': {
    'valid-entries': 'A malformed GOPROXY entry (missing scheme, bad scheme, file://host, url.Parse errors)',
    'empty-goproxy': 'GOPROXY list is not the empty string, but contains no entries',
    'plain-http-proxy': 'refusing to pass credentials to insecure URL',
    'fallback-rules': '404/410 vs other statuses from a proxy: when the next entry is tried',
    'sumdb-through-proxy': 'The <proxy>/sumdb/<name>/supported probe failing',
  },
  'choosing-a-mirror': {
    'proxy-golang-org-blocked': 'proxy.golang.org or another host unreachable: timeouts, refusals, resets',
  },
  'private-modules': {
    'why-it-fails': 'A private module sent to a public proxy',
    authentication: 'git has no credentials for a private repository',
    'proxy-credentials': 'A private proxy answering 401/403',
    'gitlab-subgroups': '?go-get=1 discovery answering 401/404 for a private project',
    goauth: 'GOAUTH errors (Go 1.24+)',
  },
  'checksum-database': {
    'checksum-mismatch': 'SECURITY ERROR: checksum mismatch',
    'private-module-lookup': 'sum.golang.org answering 404/410 for a private module',
    'via-proxy': 'The checksum database cannot be reached',
    'gosumdb-values': 'invalid GOSUMDB values',
    'missing-gosumdb': 'missing GOSUMDB',
  },
  'corporate-proxy': {
    proxyconnect: 'proxyconnect, 407 and other failures of the HTTPS_PROXY hop',
    'https-proxy': 'refusing to use HTTP_PROXY value in CGI environment',
    'git-proxy': "git's own proxy refusing the CONNECT (407)",
    'tls-interception': 'x509: certificate signed by unknown authority (interception, missing CA)',
    'x509-errors': 'x509 valid-for-another-name and expired certificates',
  },
  'diagnosing-network': {
    dns: 'lookup … no such host / i/o timeout / server misbehaving',
  },
  'own-proxy': {
    'upstream-errors': 'A proxy or checksum DB that cannot reach the origin of a public module',
  },
  'docker-and-ci': {
    'alpine-git': 'exec: "git": executable file not found in $PATH',
  },
  'module-cache-offline': {
    'goproxy-off': 'module lookup disabled by GOPROXY=off',
    'mod-vendor': 'module lookup disabled by -mod=vendor, inconsistent vendoring',
    'mod-flag': 'missing go.sum entry under -mod=readonly',
    'corrupted-cache': 'zip: not a valid zip file, broken cache files, an HTML page instead of .info (invalid response from proxy)',
  },
  'gomod-problems': {
    'module-path-mismatch': 'module declares its path as … but was required as …',
    'major-versions': 'v2+ tags without /vN, +incompatible',
    'unknown-revision': 'invalid version: unknown revision',
    'no-matching-versions': 'no matching versions for query',
    'missing-dot': 'malformed module path: missing dot in first path element',
    replace: 'replacement directory does not exist',
    'go-mod-errors': 'errors parsing go.mod, go.mod file not found',
  },
  'toolchain-downloads': {
    'gotoolchain-local': 'go.mod requires go >= … (running go …; GOTOOLCHAIN=local)',
    'gotoolchain-values': 'invalid GOTOOLCHAIN, a language version where a toolchain is needed',
    'old-go-new-gomod': 'Go before 1.21 reading go 1.21.0-style lines and toolchain directives',
    'toolchain-through-proxy': 'Toolchain downloads through GOPROXY failing',
    'toolchain-sumdb': 'checksum database disabled by GOSUMDB=off during a toolchain download',
  },
  'environment-variables': {
    goflags: 'parsing $GOFLAGS, -insecure flag is no longer supported',
    go111module: 'modules disabled by GO111MODULE=off',
    'unknown-variables': 'go env -w errors (unknown variable, read-only variables)',
    govcs: 'GOVCS disallows using …, malformed GOVCS',
  },
} as const satisfies Record<string, Record<string, string>>;

export type GuideSlug = keyof typeof GUIDE_ANCHORS;
export const GUIDE_SLUGS = Object.keys(GUIDE_ANCHORS) as GuideSlug[];

/** A link to a listed section; the type checker rejects anchors that are not listed. */
export function guide<S extends GuideSlug>(slug: S, anchor: keyof (typeof GUIDE_ANCHORS)[S] & string): { slug: S; anchor: string } {
  return { slug, anchor };
}
