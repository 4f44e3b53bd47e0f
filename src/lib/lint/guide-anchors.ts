// Every guide section a `go env` finding links to. Guide writers create these anchors
// (`{#anchor}` headings) in content/guides/<lang>/<slug>.mdx; a unit test checks that each rule's
// anchor is listed here, so a link never points at a section nobody was asked to write.

export const GUIDE_SLUGS = [
  'how-goproxy-works',
  'choosing-a-mirror',
  'private-modules',
  'checksum-database',
  'corporate-proxy',
  'docker-and-ci',
  'module-cache-offline',
  'toolchain-downloads',
  'environment-variables',
] as const;

export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** slug → anchor → what the section must explain (for the guide writer). */
export const GUIDE_ANCHORS = {
  'how-goproxy-works': {
    'valid-entries': 'What a GOPROXY entry may be (https/http/file URL, direct, off) and the exact errors for bad ones',
    'direct-and-off': 'direct and off end the list: anything written after them is never used',
    'fallback-rules': 'Comma vs pipe: only 404/410 fall through after a comma; | (Go 1.15+) falls through on any error',
    'empty-goproxy': 'GOPROXY empty on Go 1.21+: missing $GOROOT/go.env or a `GOPROXY=` line in the go env file',
    'plain-http-proxy': 'http:// proxies: allowed, unencrypted, never given credentials',
  },
  'choosing-a-mirror': {
    'proxy-golang-org-blocked': 'proxy.golang.org unreachable (e.g. mainland China): timeouts do not fall back to direct',
  },
  'private-modules': {
    'goprivate-patterns': 'How GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE patterns match module paths',
    'pattern-pitfalls': 'Spaces after commas, https:// prefixes, trailing slashes, ports, corp.com/* vs corp.com',
    'gonoproxy-gonosumdb': 'GONOPROXY/GONOSUMDB replace GOPRIVATE for their decision; GONOPROXY=none',
    'goproxy-off-and-goprivate': 'GOPROXY=off still fetches GONOPROXY/GOPRIVATE modules directly',
    'no-direct-fallback': 'A GOPROXY list without direct: modules the proxy lacks fail with 404/410',
    'proxy-credentials': 'Credentials for a private proxy: .netrc / GOAUTH, never user:pass over http',
    goauth: 'GOAUTH syntax (Go 1.24+): netrc, git <abs dir>, off, custom commands, separated by ;',
  },
  'checksum-database': {
    'gosumdb-off': 'What GOSUMDB=off turns off and the narrower alternatives (GOPRIVATE/GONOSUMDB)',
    'gosumdb-values': 'Valid GOSUMDB forms: off, sum.golang.org, sum.golang.google.cn, name+hash+key [url]',
    'gonosumdb-scope': 'Keeping GONOSUMDB/GOPRIVATE narrow: * or a whole public host disables verification',
    'sum-golang-google-cn': 'sum.golang.google.cn is an alias with an explicit URL that skips the GOPROXY /sumdb/ route',
  },
  'corporate-proxy': {
    'https-proxy': 'HTTPS_PROXY is the only proxy variable used for https:// requests; ALL_PROXY is ignored',
    'no-proxy': 'NO_PROXY syntax and why private hosts must be in it',
    goinsecure: 'GOINSECURE matches module paths, affects only direct fetches, never proxy TLS',
  },
  'docker-and-ci': {
    'env-in-images': 'Settings baked into images/CI (ENV, variables) override go env -w',
  },
  'module-cache-offline': {
    'mod-vendor': '-mod=vendor (in GOFLAGS or by default with a vendor dir) makes no network requests',
  },
  'toolchain-downloads': {
    'gotoolchain-local': 'GOTOOLCHAIN=local with a go.mod that needs a newer Go: the exact error and fixes',
    'gotoolchain-values': 'Valid GOTOOLCHAIN values: auto, local, path, goX.Y.Z[+auto|+path]',
    'old-go-new-gomod': 'Go before 1.21 and go.mod files written by newer Go (1.21.0-style go lines, toolchain lines)',
    'toolchain-sumdb': 'Toolchain downloads always need the checksum database (GOSUMDB=off breaks them)',
  },
  'environment-variables': {
    precedence: 'Where each setting comes from: OS environment > go env file > $GOROOT/go.env (1.21+) > default',
    'empty-os-variable': 'An empty OS variable counts as unset',
    'unknown-variables': 'Names the go command does not know (GONOSUMCHECK, GOPROXYS …) are ignored',
    goflags: 'GOFLAGS syntax: space-separated -flag=value words, known flags, removed -insecure',
    go111module: 'GO111MODULE values and why off breaks module downloads',
    'version-gated': 'Variables that older Go releases ignore (GOINSECURE 1.14, GOVCS 1.16, GOTOOLCHAIN 1.21, GOAUTH 1.24)',
    govcs: 'GOVCS syntax and its error messages',
  },
} as const satisfies Record<GuideSlug, Record<string, string>>;

export type GuideAnchor<S extends GuideSlug> = keyof (typeof GUIDE_ANCHORS)[S] & string;

export interface GuideLink {
  slug: GuideSlug;
  anchor: string;
}

/** Builds a link, checked at compile time against GUIDE_ANCHORS. */
export function guide<S extends GuideSlug>(slug: S, anchor: GuideAnchor<S>): GuideLink {
  return { slug, anchor };
}
