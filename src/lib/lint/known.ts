// Names the go command knows. Sources: src/internal/cfg/cfg.go KnownEnv (Go 1.19, 1.23 and the newest
// revision with GOAUTH/GOFIPS140), plus what `go env` prints (envcmd.MkEnv/ExtraEnvVars: GOVERSION,
// GOMOD, GOWORK, GOEXE, GOGCCFLAGS, GOHOSTARCH, GOHOSTOS, GOTOOLDIR, GODEBUG, GOTELEMETRY, …).

const GO_COMMAND_VARS = `AR CC CXX FC GCCGO PKG_CONFIG CGO_ENABLED CGO_CFLAGS CGO_CFLAGS_ALLOW CGO_CFLAGS_DISALLOW
CGO_CPPFLAGS CGO_CPPFLAGS_ALLOW CGO_CPPFLAGS_DISALLOW CGO_CXXFLAGS CGO_CXXFLAGS_ALLOW CGO_CXXFLAGS_DISALLOW
CGO_FFLAGS CGO_FFLAGS_ALLOW CGO_FFLAGS_DISALLOW CGO_LDFLAGS CGO_LDFLAGS_ALLOW CGO_LDFLAGS_DISALLOW
GO111MODULE GO386 GOAMD64 GOARCH GOARM GOARM64 GOAUTH GOBIN GOCACHE GOCACHEPROG GOENV GOEXE GOEXPERIMENT
GOFIPS140 GOFLAGS GOGCCFLAGS GOHOSTARCH GOHOSTOS GOINSECURE GOMIPS GOMIPS64 GOMODCACHE GONOPROXY GONOSUMDB
GOOS GOPATH GOPPC64 GOPRIVATE GOPROXY GORISCV64 GOROOT GOSUMDB GOTMPDIR GOTOOLCHAIN GOTOOLDIR GOVCS GOWASM
GOWORK GO_EXTLINK_ENABLED GOVERSION GOMOD GODEBUG GOTELEMETRY GOTELEMETRYDIR`.split(/\s+/);

/** Go variables read by the runtime, tests or common images rather than the go command. */
const OTHER_GO_VARS = `GOGC GOMAXPROCS GOMEMLIMIT GOTRACEBACK GORACE GOCOVERDIR GOROOT_FINAL GOROOT_BOOTSTRAP
GOLANG_VERSION GO_VERSION GOTESTFLAGS GOTOOLCHAIN_VERSION`.split(/\s+/);

/** Environment variables the go command's HTTP client reads (net/http ProxyFromEnvironment). */
export const NET_PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

const known = new Set([...GO_COMMAND_VARS, ...OTHER_GO_VARS]);

/** Variables that matter for fetching modules; shown (masked) in the report. */
export const MODULE_VARS = [
  'GOVERSION',
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOFLAGS',
  'GO111MODULE',
  'GOTOOLCHAIN',
  'GOAUTH',
  'GOVCS',
  'GOENV',
  'GOMODCACHE',
];

/** True for names the linter recognises as Go or proxy settings (used to accept a paste). */
export function isRecognisedVar(name: string): boolean {
  return known.has(name) || NET_PROXY_VARS.includes(name);
}

/** Names people write believing they are Go settings; the value is the real knob to use. */
const MISTAKEN_VARS: Record<string, string> = {
  GONOSUMCHECK: 'GONOSUMDB',
  GONOVERIFY: 'GONOSUMDB',
  GONOSUMDBCHECK: 'GONOSUMDB',
  GOSUMCHECK: 'GOSUMDB',
  GO_PROXY: 'GOPROXY',
  GOPROXYS: 'GOPROXY',
  GOPROXY_URL: 'GOPROXY',
  GO_PRIVATE: 'GOPRIVATE',
  GOPRIVATES: 'GOPRIVATE',
  GO_INSECURE: 'GOINSECURE',
  GONOPROXIES: 'GONOPROXY',
  GO_SUMDB: 'GOSUMDB',
  GO_FLAGS: 'GOFLAGS',
  GO_TOOLCHAIN: 'GOTOOLCHAIN',
  GO_AUTH: 'GOAUTH',
};

const MODULE_WORDS = /PROXY|SUM|PRIVATE|INSECURE|VCS|AUTH|FLAG|TOOLCHAIN|MODULE|VERIFY|CHECK/;

/** For an unknown GO* name that looks module-related, the real variable it probably means (or ''). */
export function mistakenVar(name: string): string | null {
  if (known.has(name)) return null;
  if (name in MISTAKEN_VARS) return MISTAKEN_VARS[name] ?? '';
  if (!/^GO/.test(name) || !MODULE_WORDS.test(name)) return null;
  const squashed = name.replaceAll('_', '');
  const closest = MODULE_VARS.find((v) => v === squashed || editDistance(v, squashed) <= 2);
  return closest ?? '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Every flag name some go command declares, so GOFLAGS validation accepts it (base/goflags.go hasFlag).
 * Measured: each name was accepted by `GOFLAGS=-<name> go version` with go1.19.8 (first group) or
 * go1.23.5 (second group); the integration test re-checks this with the installed binaries.
 * Names added after 1.23 come from release notes and are only used to avoid false alarms.
 */
export const GOFLAGS_KNOWN_119 = `a asan asmflags bench benchmem benchtime blockprofile blockprofilerate buildmode buildvcs
c cache compat compiled compiler count cover covermode coverpkg coverprofile cpu cpuprofile d debug-actiongraph
debug-trace deps dropexclude dropreplace droprequire dropretract dropuse e exclude exec export f failfast find fix
fmt fuzz fuzzcache fuzzminimizetime fuzztime gccgoflags gcflags go i insecure installsuffix json ldflags linkshared
list m memprofile memprofilerate mod modcache modcacherw modfile module msan mutexprofile mutexprofilefraction n o
outputdir overlay p parallel pkgdir print r race replace require retract retracted reuse run short shuffle t tags
test testcache timeout toolexec trace trimpath u use v vendor versions vet vettool w work x`.split(/\s+/);

export const GOFLAGS_KNOWN_123 = `C changed debug-runtime-trace diff dropgodebug fullpath godebug pgo skip toolchain`.split(/\s+/);

export const GOFLAGS_KNOWN_LATER = `tool droptool ignore dropignore`.split(/\s+/);

const TEST_FLAGS = new Set(
  `bench benchmem benchtime blockprofile blockprofilerate count coverprofile cpu cpuprofile failfast fullpath fuzz
fuzzminimizetime fuzztime list memprofile memprofilerate mutexprofile mutexprofilefraction outputdir
parallel run short shuffle skip timeout trace v`.split(/\s+/),
);

const allFlags = new Set([...GOFLAGS_KNOWN_119, ...GOFLAGS_KNOWN_123, ...GOFLAGS_KNOWN_LATER]);

/** True when some go command declares the flag (test flags may also be written as -test.<name>). */
export function isKnownGoFlag(name: string): boolean {
  if (allFlags.has(name)) return true;
  return name.startsWith('test.') && TEST_FLAGS.has(name.slice(5));
}
