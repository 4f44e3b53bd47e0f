// Each scenario makes the real go command fail one way, and names the cause the doctor must give.
// doctor-capture.test.ts runs them live against the lab; with MODFIX_CAPTURE_FIXTURES=1 it also
// (re)writes tests/fixtures/doctor/<name>-go1.NN/ from what go printed.
import type { CauseId } from '../../src/lib/doctor/types.ts';
import type { GoRun, Lab } from './doctor-lab.ts';

export interface Scenario {
  name: string;
  cause: CauseId;
  /** Causes that may also be listed (any order) among the top three. */
  top3?: CauseId[];
  note: string;
  /** Go minor versions this scenario applies to (default: every installed go). */
  goMinors?: number[];
  run(lab: Lab): GoRun;
}

const imports = (path: string) => ({ 'main.go': `package main\n\nimport _ "${path}"\n\nfunc main() {}\n` });
const insteadOf = (to: string, from: string): [string, string] => [`url.${to}.insteadOf`, from];
/** Behind the lab's corporate CONNECT proxy, where proxy.golang.org, sum.golang.org and git.corp.example live. */
const corp = (l: Lab, env: Record<string, string> = {}) => ({
  HTTPS_PROXY: `http://127.0.0.1:${l.connect.corp}`,
  SSL_CERT_FILE: l.labCA,
  ...env,
});
const trustLabCA = (l: Lab): Array<[string, string]> => [['http.sslCAInfo', l.labCA]];
const localRepos = (l: Lab): Array<[string, string]> => [insteadOf(l.gitRepos, 'https://example.com/')];
const get = (mod: string) => ['get', mod];

export const SCENARIOS: Scenario[] = [
  // --- proxy answers -----------------------------------------------------------------------
  {
    name: 'proxy-404-download',
    cause: 'proxy-not-found-404-410',
    note: 'go mod download from a proxy that answers 404 for a public module',
    run: (l) => ({ args: ['mod', 'download', 'example.com/hello@v1.0.0'], env: { GOPROXY: `${l.proxy}/s404` } }),
  },
  {
    name: 'proxy-404-tidy',
    cause: 'proxy-not-found-404-410',
    note: 'go mod tidy: cannot find module providing package, 404 on @v/list',
    run: (l) => ({ files: imports('example.com/hello'), args: ['mod', 'tidy'], env: { GOPROXY: `${l.proxy}/s404` } }),
  },
  {
    name: 'proxy-410',
    cause: 'proxy-not-found-404-410',
    note: '410 Gone from the last proxy in the list',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/s410` } }),
  },
  {
    name: 'proxy-500',
    cause: 'proxy-not-found-404-410',
    note: '500 from a proxy: with "," the go command stops there',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/s500,direct` } }),
  },
  {
    name: 'proxy-unknown-version',
    cause: 'unknown-revision',
    top3: ['proxy-not-found-404-410'],
    note: 'the proxy answers 404 and its body says the version does not exist',
    run: (l) => ({ args: get('example.com/hello@v1.9.9'), env: { GOPROXY: `${l.proxy}/ok` } }),
  },
  {
    name: 'proxy-401-private',
    cause: 'private-module-via-public-proxy',
    note: 'a self-hosted proxy that wants credentials (no .netrc)',
    run: (l) => ({ args: get('git.corp.example/team/lib@v1.0.0'), env: { GOPROXY: `${l.proxy}/auth` } }),
  },
  {
    name: 'proxy-403-private',
    cause: 'private-module-via-public-proxy',
    top3: ['proxy-not-found-404-410'],
    note: 'a gatekeeping proxy answers 403 for a private path',
    run: (l) => ({ args: get('git.corp.example/team/lib@v1.0.0'), env: { GOPROXY: `${l.proxy}/s403` } }),
  },
  {
    name: 'public-proxy-private-dns',
    cause: 'private-module-via-public-proxy',
    note: 'go mod tidy; proxy.golang.org-style 404 whose server response shows it cannot resolve the private host',
    run: (l) => ({ files: imports('git.corp.example/team/lib'), args: ['mod', 'tidy'], env: { GOPROXY: `${l.proxy}/public404` } }),
  },
  {
    name: 'public-proxy-private-github',
    cause: 'private-module-via-public-proxy',
    note: 'proxy.golang.org (behind the lab tunnel) cannot read a private GitHub repo: terminal prompts disabled in the server response',
    run: (l) => ({ args: get('github.com/acme/secret@v1.0.0'), env: corp(l, { GOPROXY: 'https://proxy.golang.org' }) }),
  },
  {
    name: 'public-proxy-private-corp',
    cause: 'private-module-via-public-proxy',
    note: 'proxy.golang.org asked for a corporate path without GOPRIVATE and without ,direct',
    run: (l) => ({ args: get('git.corp.example/team/lib@v1.0.0'), env: corp(l, { GOPROXY: 'https://proxy.golang.org' }) }),
  },
  // --- network -------------------------------------------------------------------------------
  {
    name: 'proxy-connection-refused',
    cause: 'network-blocked-default-proxy',
    note: 'nothing listens at the GOPROXY address',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `http://127.0.0.1:${l.closedPort}` } }),
  },
  {
    name: 'proxy-connection-reset',
    cause: 'network-blocked-default-proxy',
    note: 'the connection to the proxy is reset (what a filtering middlebox does)',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `http://127.0.0.1:${l.resetPort}` } }),
  },
  {
    name: 'tunnel-reset-proxy-golang-org',
    cause: 'network-blocked-default-proxy',
    note: 'the TLS connection to proxy.golang.org is reset after the tunnel opens',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', HTTPS_PROXY: `http://127.0.0.1:${l.connect.reset}` },
    }),
  },
  // --- TLS -----------------------------------------------------------------------------------
  {
    name: 'tls-self-signed-proxy',
    cause: 'tls-cert',
    note: 'an https GOPROXY with a self-signed certificate',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: l.tlsProxy } }),
  },
  {
    name: 'tls-intercepted-proxy-golang-org',
    cause: 'tls-cert',
    top3: ['corporate-http-proxy'],
    note: 'a TLS-intercepting middlebox presents its own (untrusted) certificate for proxy.golang.org',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', HTTPS_PROXY: `http://127.0.0.1:${l.connect['tunnel-selfsigned']}` },
    }),
  },
  {
    name: 'tls-wrong-host-hijack',
    cause: 'dns-failure',
    top3: ['tls-cert'],
    note: 'proxy.golang.org reaches a server whose trusted certificate is for another host (hijacked name)',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: {
        GOPROXY: 'https://proxy.golang.org,direct',
        HTTPS_PROXY: `http://127.0.0.1:${l.connect['tunnel-wronghost']}`,
        SSL_CERT_FILE: l.labCA,
      },
    }),
  },
  {
    name: 'tls-wrong-host-localhost',
    cause: 'dns-failure',
    top3: ['tls-cert'],
    note: 'GOPROXY host resolves to a server whose certificate is valid for proxy.golang.org only',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: l.wrongHostProxy, SSL_CERT_FILE: l.labCA } }),
  },
  // --- corporate HTTP proxy --------------------------------------------------------------------
  {
    name: 'https-proxy-refused',
    cause: 'corporate-http-proxy',
    note: 'HTTPS_PROXY points at a proxy that is not running',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', HTTPS_PROXY: `http://127.0.0.1:${l.closedPort}` },
    }),
  },
  {
    name: 'https-proxy-407',
    cause: 'corporate-http-proxy',
    note: 'the corporate proxy wants authentication',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', HTTPS_PROXY: `http://127.0.0.1:${l.connect.refuse407}` },
    }),
  },
  {
    name: 'https-proxy-502',
    cause: 'corporate-http-proxy',
    top3: ['network-blocked-default-proxy'],
    note: 'the corporate proxy cannot reach the origin (Bad Gateway on CONNECT)',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', HTTPS_PROXY: `http://127.0.0.1:${l.connect.badgateway}` },
    }),
  },
  {
    name: 'https-proxy-wrong-scheme',
    cause: 'corporate-http-proxy',
    note: 'HTTPS_PROXY=https://… for a proxy that speaks plain HTTP',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', HTTPS_PROXY: `https://127.0.0.1:${l.ports.proxy}` },
    }),
  },
  // --- private modules: direct fetch --------------------------------------------------------
  {
    name: 'git-terminal-prompts-disabled',
    cause: 'private-module-auth',
    note: 'GOPRIVATE set; git ls-remote of the private GitLab repo has no credentials',
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'https://proxy.golang.org,direct', GOPRIVATE: 'git.corp.example' }),
      gitConfig: trustLabCA(l),
    }),
  },
  {
    name: 'git-terminal-prompts-no-goprivate',
    cause: 'private-module-auth',
    note: 'no GOPRIVATE: proxy.golang.org answers 404, direct is tried and git has no credentials (the output is the same as with GOPRIVATE)',
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'https://proxy.golang.org,direct' }),
      gitConfig: trustLabCA(l),
    }),
  },
  {
    name: 'git-insteadof-bad-token',
    cause: 'private-module-auth',
    note: 'git insteadOf carries an expired token: Authentication failed',
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'https://proxy.golang.org,direct', GOPRIVATE: 'git.corp.example' }),
      gitConfig: [...trustLabCA(l), insteadOf('https://oauth2:glpat-Xy7kQ2mN9pR4sT6vW8zA@git.corp.example/', 'https://git.corp.example/')],
    }),
  },
  {
    name: 'git-403',
    cause: 'private-module-auth',
    note: 'the code host forbids the account (403)',
    run: (l) => ({ args: get('git.corp.example/forbidden/lib@v1.0.0'), env: corp(l, { GOPROXY: 'direct' }), gitConfig: trustLabCA(l) }),
  },
  // --- checksum database ----------------------------------------------------------------------
  {
    name: 'sumdb-410-private',
    cause: 'sumdb-private-module',
    note: 'an internal proxy serves the private module, then sum.golang.org is asked about it (410 + git failure in the server response)',
    run: (l) => ({ args: get('git.corp.example/team/lib@v1.0.0'), env: corp(l, { GOPROXY: `${l.proxy}/ok`, GOSUMDB: 'sum.golang.org' }) }),
  },
  {
    name: 'sumdb-410-explicit-url',
    cause: 'sumdb-private-module',
    note: 'GOSUMDB with an explicit URL answering 410 for a private path',
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: { GOPROXY: `${l.proxy}/ok`, GOSUMDB: `sum.golang.org ${l.proxy}/s410` },
    }),
  },
  {
    name: 'sumdb-proxied-404-private',
    cause: 'sumdb-private-module',
    note: 'the proxy proxies the checksum DB, whose lookup of a private GitHub repo fails (terminal prompts disabled in the response)',
    run: (l) => ({ args: get('github.com/acme/secret@v1.0.0'), env: { GOPROXY: `${l.proxy}/sumproxy`, GOSUMDB: 'sum.golang.org' } }),
  },
  {
    name: 'sumdb-supported-500',
    cause: 'gosumdb-unreachable',
    note: "the proxy's /sumdb/sum.golang.org/supported answers 500",
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/sum500`, GOSUMDB: 'sum.golang.org' } }),
  },
  {
    name: 'sumdb-refused',
    cause: 'gosumdb-unreachable',
    note: 'the checksum DB URL refuses connections',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: `${l.proxy}/ok`, GOSUMDB: `sum.golang.org http://127.0.0.1:${l.closedPort}` },
    }),
  },
  {
    name: 'checksum-mismatch-gosum',
    cause: 'checksum-mismatch',
    note: 'go.sum was written from one zip; the proxy now serves different bytes (re-tagged release)',
    run: (l) => ({
      files: imports('example.com/hello'),
      args: ['mod', 'tidy'],
      env: { GOPROXY: `${l.proxy}/altzip` },
      before: { args: ['mod', 'tidy'], env: { GOPROXY: `${l.proxy}/ok` }, cleanCache: true },
    }),
  },
  // --- GOPROXY / GOSUMDB / GOFLAGS values ------------------------------------------------------
  {
    name: 'goproxy-off-tidy',
    cause: 'goproxy-off',
    note: 'GOPROXY=off',
    run: () => ({ files: imports('example.com/hello'), args: ['mod', 'tidy'], env: { GOPROXY: 'off' } }),
  },
  {
    name: 'goproxy-off-get',
    cause: 'goproxy-off',
    note: 'GOPROXY=off with go get',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'off' } }),
  },
  {
    name: 'mod-vendor-build',
    cause: 'goproxy-off',
    note: 'GOFLAGS=-mod=vendor with an incomplete vendor directory',
    run: () => ({
      files: { ...imports('example.com/hello'), 'vendor/modules.txt': '' },
      args: ['build', '.'],
      env: { GOFLAGS: '-mod=vendor' },
    }),
  },
  {
    name: 'missing-go-sum-readonly',
    cause: 'goproxy-off',
    top3: ['replace-or-go.mod-error'],
    note: 'go build with -mod=readonly and no go.sum entry',
    run: (l) => ({
      files: { ...imports('example.com/hello'), 'go.mod': 'module example.com/app\n\ngo 1.18\n\nrequire example.com/hello v1.0.0\n' },
      args: ['build', '.'],
      env: { GOPROXY: `${l.proxy}/ok`, GOFLAGS: '-mod=readonly' },
    }),
  },
  {
    name: 'goproxy-missing-scheme',
    cause: 'bad-goproxy-value',
    note: 'GOPROXY=bogus',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'bogus' } }),
  },
  {
    name: 'goproxy-bad-scheme',
    cause: 'bad-goproxy-value',
    note: 'GOPROXY=socks5://… (SOCKS belongs in HTTPS_PROXY)',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'socks5://127.0.0.1:1080' } }),
  },
  {
    name: 'goproxy-semicolon',
    cause: 'bad-goproxy-value',
    top3: ['dns-failure'],
    note: 'GOPROXY uses ; as separator, so the host becomes "goproxy.cn;direct"',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'https://goproxy.cn;direct' } }),
  },
  {
    name: 'goproxy-no-entries',
    cause: 'bad-goproxy-value',
    note: 'GOPROXY=","',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: ',' } }),
  },
  {
    name: 'goproxy-url-parse-leaks-password',
    cause: 'bad-goproxy-value',
    note: 'a GOPROXY URL that url.Parse rejects: the go command prints it unredacted (the doctor must mask it)',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'https://ci-bot:S3cretPass@goproxy.corp.example:notaport' } }),
  },
  {
    name: 'goproxy-file-host',
    cause: 'bad-goproxy-value',
    note: 'GOPROXY=file://host/path',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'file://mirror/go' } }),
  },
  {
    name: 'goproxy-http-credentials',
    cause: 'bad-goproxy-value',
    note: 'credentials in an http:// GOPROXY are refused (the password is printed as xxxxx)',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `http://lab:s3cr3tpass@127.0.0.1:${l.ports.proxy}/ok` } }),
  },
  {
    name: 'gosumdb-malformed',
    cause: 'bad-goproxy-value',
    note: 'GOSUMDB names a database without a key',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/ok`, GOSUMDB: 'sum.example.com' } }),
  },
  {
    name: 'goflags-unknown',
    cause: 'bad-goproxy-value',
    note: 'GOFLAGS with an unknown flag',
    run: () => ({ args: ['mod', 'download'], env: { GOFLAGS: '-nosuchflag' } }),
  },
  {
    name: 'goflags-insecure',
    cause: 'bad-goproxy-value',
    note: 'GOFLAGS=-insecure (removed in Go 1.17)',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOFLAGS: '-insecure', GOPROXY: `${l.proxy}/ok` } }),
  },
  // --- versions, paths, go.mod ----------------------------------------------------------------
  {
    name: 'unknown-revision-git',
    cause: 'unknown-revision',
    note: 'direct fetch of a tag that does not exist',
    run: (l) => ({
      args: get('example.com/repo.git@v9.9.9'),
      env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'no-matching-versions',
    cause: 'unknown-revision',
    note: 'a version query with no candidates',
    run: (l) => ({
      args: get('example.com/repo.git@>v3.0.0'),
      env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'module-path-mismatch-git',
    cause: 'module-path-mismatch',
    note: 'the repository go.mod declares another module path',
    run: (l) => ({
      args: get('example.com/renamed.git@v1.0.0'),
      env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'module-path-mismatch-fork',
    cause: 'module-path-mismatch',
    note: 'go mod tidy importing a fork whose go.mod names the original',
    run: (l) => ({ files: imports('github.com/someone/fork'), args: ['mod', 'tidy'], env: { GOPROXY: `${l.proxy}/ok` } }),
  },
  {
    name: 'major-version-suffix',
    cause: 'module-path-mismatch',
    note: 'v2 tag of a module whose path lacks /v2',
    run: (l) => ({
      args: get('example.com/repo.git@v2.0.0'),
      env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'malformed-module-path',
    cause: 'replace-or-go.mod-error',
    top3: ['module-path-mismatch'],
    note: 'go get of a path without a dot in its first element',
    run: (l) => ({ args: get('mycorp/lib@v1.0.0'), env: { GOPROXY: `${l.proxy}/ok` } }),
  },
  {
    name: 'replace-dir-missing',
    cause: 'replace-or-go.mod-error',
    note: 'replace points at a directory that does not exist',
    run: () => ({
      files: {
        ...imports('example.com/hello'),
        'go.mod': 'module example.com/app\n\ngo 1.18\n\nrequire example.com/hello v1.0.0\n\nreplace example.com/hello => ../hello\n',
      },
      args: ['mod', 'tidy'],
    }),
  },
  {
    name: 'gomod-syntax',
    cause: 'replace-or-go.mod-error',
    note: 'a require line without a version',
    run: () => ({ files: { 'go.mod': 'module example.com/app\n\ngo 1.18\n\nrequire example.com/hello\n' }, args: ['mod', 'tidy'] }),
  },
  {
    name: 'gomod-no-module-line',
    cause: 'replace-or-go.mod-error',
    note: 'an empty go.mod',
    run: () => ({ files: { 'go.mod': '', 'main.go': 'package main\n\nfunc main() {}\n' }, args: ['mod', 'tidy'] }),
  },
  {
    name: 'gomod-not-found',
    cause: 'replace-or-go.mod-error',
    note: 'go mod tidy in a directory without go.mod',
    run: () => ({ files: imports('example.com/hello'), args: ['mod', 'tidy'], noModule: true }),
  },
  {
    name: 'go-version-newer-local',
    cause: 'go-version-toolchain',
    note: 'go.mod says go 1.99 and GOTOOLCHAIN=local',
    run: () => ({ files: { 'go.mod': 'module example.com/app\n\ngo 1.99\n' }, args: ['mod', 'tidy'] }),
  },
  {
    name: 'go-version-three-part',
    cause: 'go-version-toolchain',
    note: 'Go 1.19 reading a go.mod written by Go 1.21+ (go 1.22.0 + toolchain line)',
    goMinors: [19],
    run: () => ({ files: { 'go.mod': 'module example.com/app\n\ngo 1.22.0\n\ntoolchain go1.22.3\n' }, args: ['mod', 'tidy'] }),
  },
  {
    name: 'toolchain-not-available',
    cause: 'go-version-toolchain',
    note: 'GOTOOLCHAIN=auto cannot download the toolchain go.mod asks for',
    goMinors: [23],
    run: (l) => ({
      files: { 'go.mod': 'module example.com/app\n\ngo 1.99.0\n' },
      args: ['mod', 'tidy'],
      env: { GOTOOLCHAIN: 'auto', GOPROXY: `${l.proxy}/s404` },
    }),
  },
  {
    name: 'toolchain-sumdb-off',
    cause: 'go-version-toolchain',
    note: 'GOTOOLCHAIN=auto with GOSUMDB=off: the toolchain download needs the checksum DB',
    goMinors: [23],
    run: (l) => ({
      files: { 'go.mod': 'module example.com/app\n\ngo 1.99.0\n' },
      args: ['mod', 'tidy'],
      env: { GOTOOLCHAIN: 'auto', GOPROXY: `${l.proxy}/ok`, GOSUMDB: 'off' },
    }),
  },
  {
    name: 'toolchain-download-reset',
    cause: 'go-version-toolchain',
    top3: ['network-blocked-default-proxy'],
    note: 'GOTOOLCHAIN=auto: the connection to proxy.golang.org is reset while fetching the toolchain',
    goMinors: [23],
    run: (l) => ({
      files: { 'go.mod': 'module example.com/app\n\ngo 1.99.0\n' },
      args: ['mod', 'tidy'],
      env: {
        GOTOOLCHAIN: 'auto',
        GOPROXY: 'https://proxy.golang.org,direct',
        GOSUMDB: 'sum.golang.org',
        HTTPS_PROXY: `http://127.0.0.1:${l.connect.reset}`,
      },
    }),
  },
  // --- VCS, cache -------------------------------------------------------------------------------
  {
    name: 'git-missing',
    cause: 'vcs-missing-or-govcs',
    note: 'direct mode with no git on PATH',
    run: () => ({ args: get('example.com/repo.git@v1.0.0'), env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' }, noGit: true }),
  },
  {
    name: 'govcs-disallows',
    cause: 'vcs-missing-or-govcs',
    note: 'GOVCS=example.com:off',
    run: (l) => ({
      args: get('example.com/repo.git@v1.0.0'),
      env: { GOPROXY: 'direct', GOVCS: 'example.com:off' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'govcs-malformed',
    cause: 'vcs-missing-or-govcs',
    note: 'GOVCS entry without a colon',
    run: () => ({ args: get('example.com/repo.git@v1.0.0'), env: { GOPROXY: 'direct', GOVCS: 'example.com' } }),
  },
  {
    name: 'proxy-bad-zip',
    cause: 'cache-corruption',
    note: "the proxy's stored zip is not a zip (broken proxy cache)",
    run: (l) => ({ args: ['mod', 'download', 'example.com/hello@v1.0.0'], env: { GOPROXY: `${l.proxy}/badzip` } }),
  },

  {
    name: 'modcache-corrupt-zip',
    cause: 'cache-corruption',
    note: 'a zip in the local module cache was overwritten and the extracted copy removed',
    run: (l) => ({
      files: { ...imports('example.com/hello'), 'go.mod': 'module example.com/app\n\ngo 1.18\n\nrequire example.com/hello v1.0.0\n' },
      args: ['build', '.'],
      env: { GOPROXY: 'off' },
      before: { args: ['mod', 'download', 'example.com/hello@v1.0.0'], env: { GOPROXY: `${l.proxy}/ok` } },
      mutateCache: { 'example.com/hello@v1.0.0': null, 'cache/download/example.com/hello/@v/v1.0.0.zip': 'PK\u0003\u0004 truncated' },
    }),
  },
  {
    name: 'modcache-entry-is-directory',
    cause: 'cache-corruption',
    note: 'a file in the module cache download directory was replaced by a directory',
    run: (l) => ({
      files: { ...imports('example.com/hello'), 'go.mod': 'module example.com/app\n\ngo 1.18\n\nrequire example.com/hello v1.0.0\n' },
      args: ['build', '.'],
      env: { GOPROXY: 'off' },
      before: { args: ['mod', 'download', 'example.com/hello@v1.0.0'], env: { GOPROXY: `${l.proxy}/ok` } },
      mutateCache: { 'example.com/hello@v1.0.0': null, 'cache/download/example.com/hello/@v/v1.0.0.zip': { dir: true } },
    }),
  },
  // --- DNS (a resolver on 127.0.53.x put into /etc/resolv.conf for the run) --------------------------
  {
    name: 'dns-timeout-proxy-golang-org',
    cause: 'dns-failure',
    note: 'the resolver does not answer: lookup proxy.golang.org … i/o timeout',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'https://proxy.golang.org,direct' }, resolver: 'timeout' }),
  },
  {
    name: 'dns-servfail',
    cause: 'dns-failure',
    note: 'the resolver answers SERVFAIL: server misbehaving',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'https://goproxy.cn,direct' }, resolver: 'servfail' }),
  },
  {
    name: 'dns-nxdomain-goproxy',
    cause: 'dns-failure',
    note: 'the GOPROXY host does not resolve (no such host)',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'https://goproxy.corp.example' }, resolver: 'nxdomain' }),
  },
  {
    name: 'dns-private-host-direct',
    cause: 'dns-failure',
    note: 'GOPRIVATE set, but the private code host only resolves on the company network (no VPN)',
    run: () => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: { GOPROXY: 'https://proxy.golang.org,direct', GOPRIVATE: 'git.corp.example' },
      resolver: 'nxdomain',
    }),
  },
  {
    name: 'git-could-not-resolve-host',
    cause: 'dns-failure',
    note: "the go command's discovery goes through HTTPS_PROXY, but git connects itself and cannot resolve the host",
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'direct', GOPRIVATE: 'git.corp.example' }),
      gitConfig: [...trustLabCA(l), ['http.https://git.corp.example/.proxy', '']],
      resolver: 'nxdomain',
    }),
  },
  {
    name: 'sumdb-dns-timeout',
    cause: 'gosumdb-unreachable',
    top3: ['dns-failure'],
    note: 'the module comes from an internal proxy, then the lookup of sum.golang.org times out',
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: `${l.proxy}/ok`, GOSUMDB: 'sum.golang.org' },
      resolver: 'timeout',
    }),
  },
  // --- more network failures ----------------------------------------------------------------------
  {
    name: 'network-unreachable',
    cause: 'network-blocked-default-proxy',
    note: 'no route at all (a build container without a network): connect: network is unreachable',
    run: () => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: 'https://142.251.43.17' }, isolated: true }),
  },
  {
    name: 'tls-handshake-timeout',
    cause: 'network-blocked-default-proxy',
    note: 'the proxy accepts the TCP connection and never answers the TLS handshake (10 s)',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `https://127.0.0.1:${l.hangPort}` } }),
  },
  {
    name: 'proxy-eof',
    cause: 'network-blocked-default-proxy',
    top3: ['corporate-http-proxy'],
    note: 'the connection is closed before any answer (EOF)',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/eof` } }),
  },
  {
    name: 'git-connection-refused',
    cause: 'network-blocked-default-proxy',
    note: 'git cannot connect to the repository host during a direct fetch (discovery worked through HTTPS_PROXY)',
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'direct', GOPRIVATE: 'git.corp.example' }),
      gitConfig: [insteadOf('https://127.0.0.1:1/', 'https://git.corp.example/'), ['http.https://127.0.0.1:1/.proxy', '']],
    }),
  },
  // --- more TLS ------------------------------------------------------------------------------------
  {
    name: 'tls-expired',
    cause: 'tls-cert',
    note: 'the proxy certificate (from a trusted CA) expired',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: l.expiredProxy, SSL_CERT_FILE: l.labCA } }),
  },
  {
    name: 'https-to-plain-http-proxy',
    cause: 'bad-goproxy-value',
    top3: ['corporate-http-proxy'],
    note: 'GOPROXY=https://… for a proxy that speaks plain HTTP',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `https://127.0.0.1:${l.ports.proxy}/ok` } }),
  },
  // --- more corporate proxy ----------------------------------------------------------------------------
  {
    name: 'cgi-http-proxy',
    cause: 'corporate-http-proxy',
    note: 'REQUEST_METHOD set in the environment: Go refuses HTTP_PROXY',
    run: () => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: 'http://proxy.invalid', HTTP_PROXY: 'http://127.0.0.1:1', REQUEST_METHOD: 'GET' },
    }),
  },
  {
    name: 'git-proxy-407',
    cause: 'corporate-http-proxy',
    note: "git's own http.proxy wants authentication (the go command's requests pass)",
    run: (l) => ({
      args: get('git.corp.example/team/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'direct', GOPRIVATE: 'git.corp.example' }),
      gitConfig: [...trustLabCA(l), ['http.proxy', `http://127.0.0.1:${l.connect.refuse407}`]],
    }),
  },
  // --- more private modules ---------------------------------------------------------------------------
  {
    name: 'git-repository-not-found',
    cause: 'private-module-auth',
    top3: ['unknown-revision'],
    note: 'the code host says the repository does not exist (what private repositories look like without access)',
    run: (l) => ({
      args: get('git.corp.example/missing/lib@v1.0.0'),
      env: corp(l, { GOPROXY: 'direct', GOPRIVATE: 'git.corp.example' }),
      gitConfig: trustLabCA(l),
    }),
  },
  {
    name: 'go-get-discovery-401',
    cause: 'private-module-auth',
    note: 'the ?go-get=1 discovery request of a private GitLab project answers 401',
    run: (l) => ({ args: get('git.corp.example/authmeta/lib@v1.0.0'), env: corp(l, { GOPROXY: 'direct', GOPRIVATE: 'git.corp.example' }) }),
  },
  {
    name: 'go-get-discovery-404',
    cause: 'private-module-auth',
    top3: ['unknown-revision'],
    note: 'the ?go-get=1 discovery request answers 404 (GitLab hides private subgroups from anonymous callers)',
    run: (l) => ({ args: get('git.corp.example/nometa/lib@v1.0.0'), env: corp(l, { GOPROXY: 'direct', GOPRIVATE: 'git.corp.example' }) }),
  },
  // --- more checksum database and proxy answers -----------------------------------------------------------
  {
    name: 'sumdb-lookup-500',
    cause: 'gosumdb-unreachable',
    note: 'the checksum database answers 500 for a lookup',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/ok`, GOSUMDB: `sum.golang.org ${l.proxy}/s500` } }),
  },
  {
    name: 'proxy-captive-portal',
    cause: 'proxy-not-found-404-410',
    top3: ['corporate-http-proxy'],
    note: 'a captive portal answers every proxy request with an HTML login page',
    run: (l) => ({ args: get('example.com/hello@v1.0.0'), env: { GOPROXY: `${l.proxy}/html` } }),
  },
  // --- more settings ---------------------------------------------------------------------------------------
  {
    name: 'go111module-off',
    cause: 'bad-goproxy-value',
    note: 'GO111MODULE=off left over from an old tutorial',
    run: () => ({ args: ['mod', 'tidy'], env: { GO111MODULE: 'off' } }),
  },
  {
    name: 'go-env-w-unknown-variable',
    cause: 'bad-goproxy-value',
    note: 'go env -w of a variable the go command does not know (GONOSUMCHECK)',
    run: () => ({ args: ['env', '-w', 'GONOSUMCHECK=1'] }),
  },
  {
    name: 'gosumdb-missing',
    cause: 'bad-goproxy-value',
    note: 'a GOSUMDB= line in the go env file shadows $GOROOT/go.env (Go 1.21+)',
    goMinors: [23],
    run: (l) => ({
      args: get('example.com/hello@v1.0.0'),
      env: { GOPROXY: `${l.proxy}/ok`, GOSUMDB: '' },
      home: { '.config/go/env': 'GOSUMDB=\n' },
    }),
  },
  {
    name: 'invalid-pseudo-version',
    cause: 'unknown-revision',
    note: 'a pseudo-version whose commit does not exist in the repository',
    run: (l) => ({
      args: get('example.com/repo.git@v0.0.0-20200101000000-123456789abc'),
      env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'pseudo-version-wrong-time',
    cause: 'unknown-revision',
    note: 'a hand-made pseudo-version whose timestamp does not match the commit',
    run: (l) => ({
      args: get(`example.com/repo.git@v0.0.0-20990101000000-${l.repoCommit.slice(0, 12)}`),
      env: { GOPROXY: 'direct', GOPRIVATE: 'example.com' },
      gitConfig: localRepos(l),
    }),
  },
  {
    name: 'malformed-module-path-char',
    cause: 'replace-or-go.mod-error',
    top3: ['module-path-mismatch'],
    note: 'a module path with a character module paths may not contain',
    run: (l) => ({ args: get('exa_mple.com/lib@v1.0.0'), env: { GOPROXY: `${l.proxy}/ok` } }),
  },
  {
    name: 'proxy-public-upstream-failure',
    cause: 'proxy-not-found-404-410',
    note: 'proxy.golang.org answers 404 for a public module because it cannot reach GitHub right now',
    run: (l) => ({ args: get('github.com/flaky/widgets@v1.0.0'), env: corp(l, { GOPROXY: 'https://proxy.golang.org' }) }),
  },
  {
    name: 'sumdb-public-upstream-failure',
    cause: 'proxy-not-found-404-410',
    top3: ['sumdb-private-module'],
    note: 'sum.golang.org answers 404 for a public module because it cannot reach GitHub right now',
    run: (l) => ({ args: get('github.com/flaky/widgets@v1.0.0'), env: corp(l, { GOPROXY: `${l.proxy}/ok`, GOSUMDB: 'sum.golang.org' }) }),
  },
  {
    name: 'toolchain-switch-dependency',
    cause: 'go-version-toolchain',
    note: 'a dependency needs go 1.98.0; GOTOOLCHAIN=auto tries to switch and the proxy has no such toolchain',
    goMinors: [23],
    run: (l) => ({ args: get('example.com/newgo@v1.0.0'), env: { GOTOOLCHAIN: 'auto', GOPROXY: `${l.proxy}/ok` } }),
  },
  {
    name: 'gotoolchain-language-version',
    cause: 'go-version-toolchain',
    note: 'GOTOOLCHAIN=go1.22 names a language version, not a toolchain',
    goMinors: [23],
    run: () => ({ args: ['mod', 'tidy'], env: { GOTOOLCHAIN: 'go1.22' } }),
  },
];
