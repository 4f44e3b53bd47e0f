// The doctor's labelled fixtures: tests/fixtures/doctor/<name>/{output.txt,label.json}.
// Three kinds, told apart by label.source:
//   real-go-1.NN           captured from Debian's go by tests/integration/doctor-capture.test.ts
//   go-source <file>@<ver>  a message of a Go release not installable here, quoted from its source
//   derived-from <name>     a real capture wrapped the way readers paste it (docker build, CRLF,
//                           ANSI colours, CI logs, PowerShell, noise): DERIVED below, regenerated
//                           with `node src/tools/doctor-fixtures.ts --write-derived`
// Shared by the unit tests, the live capture test and the bench.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CAUSE_IDS } from '../lib/doctor/types.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/doctor/', import.meta.url));

const cause = z.enum(CAUSE_IDS);

export const LabelSchema = z.strictObject({
  cause,
  /** Causes that must also appear among the top three (any order). */
  top3: z.array(cause).optional(),
  source: z.string().regex(/^(?:real-go-1\.\d+|go-source \S+@\S+|derived-from \S+)/),
  note: z.string().min(1),
  /** `go version` of the binary that produced a real-go capture. */
  goVersion: z.string().optional(),
});
export type Label = z.infer<typeof LabelSchema>;

export interface Fixture {
  name: string;
  text: string;
  label: Label;
}

export function loadDoctorFixtures(dir = FIXTURE_DIR): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFixture(name, dir) as Fixture);
}

export function readFixture(name: string, dir = FIXTURE_DIR): Fixture | null {
  if (!existsSync(join(dir, name, 'label.json'))) return null;
  const label = LabelSchema.parse(JSON.parse(readFileSync(join(dir, name, 'label.json'), 'utf8')));
  return { name, text: readFileSync(join(dir, name, 'output.txt'), 'utf8'), label };
}

export function writeFixture(f: Fixture, dir = FIXTURE_DIR): void {
  mkdirSync(join(dir, f.name), { recursive: true });
  writeFileSync(join(dir, f.name, 'output.txt'), f.text);
  writeFileSync(join(dir, f.name, 'label.json'), `${JSON.stringify(LabelSchema.parse(f.label), null, 2)}\n`);
}

// --- derived fixtures --------------------------------------------------------------------------

const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const SHA = 'b0e4b8c3a9d1f2e6c7a8b9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0';
const MODULES = ['github.com/google/uuid v1.6.0', 'golang.org/x/sys v0.21.0', 'github.com/spf13/cobra v1.8.1', 'go.uber.org/zap v1.27.0'];

/** `docker build` with BuildKit's plain progress: `#7 3.456 …` lines, then the error summary box. */
function buildkit(text: string): string {
  const src = lines(text);
  const t = (i: number) => (2.114 + i * 0.137).toFixed(3);
  return [
    '#0 building with "default" instance using docker driver',
    '',
    '#1 [internal] load build definition from Dockerfile',
    '#1 transferring dockerfile: 412B done',
    '#1 DONE 0.0s',
    '',
    '#2 [internal] load metadata for docker.io/library/golang:1.23-bookworm',
    '#2 DONE 1.2s',
    '',
    '#3 [internal] load .dockerignore',
    '#3 transferring context: 2B done',
    '#3 DONE 0.0s',
    '',
    `#4 [builder 1/5] FROM docker.io/library/golang:1.23-bookworm@sha256:${SHA}`,
    '#4 CACHED',
    '',
    '#5 [builder 2/5] WORKDIR /src',
    '#5 CACHED',
    '',
    '#6 [builder 3/5] COPY go.mod go.sum ./',
    '#6 DONE 0.1s',
    '',
    '#7 [builder 4/5] RUN go mod download',
    ...MODULES.map((m, i) => `#7 ${(0.402 + i * 0.011).toFixed(3)} go: downloading ${m}`),
    ...src.map((l, i) => `#7 ${t(i)} ${l}`),
    '#7 ERROR: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1',
    '------',
    ' > [builder 4/5] RUN go mod download:',
    ...src.slice(-4).map((l, i) => `${t(src.length - Math.min(4, src.length) + i)} ${l}`),
    '------',
    'Dockerfile:9',
    '--------------------',
    '   7 |     COPY go.mod go.sum ./',
    '   8 |     ENV GOFLAGS=-mod=mod',
    '   9 | >>> RUN go mod download',
    '  10 |     COPY . .',
    '  11 |     RUN go build -o /out/app ./cmd/app',
    '--------------------',
    'ERROR: failed to solve: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1',
    '',
  ].join('\n');
}

/** The legacy builder (DOCKER_BUILDKIT=0): `Step N/M :` and ` ---> ` lines around the output. */
function legacyDocker(text: string): string {
  return [
    'Sending build context to Docker daemon  14.34kB',
    'Step 1/6 : FROM golang:1.19',
    ' ---> 80b76a6c918c',
    'Step 2/6 : WORKDIR /src',
    ' ---> Using cache',
    ' ---> 3c0dbd5a1f5e',
    'Step 3/6 : COPY go.mod go.sum ./',
    ' ---> 1f2a3b4c5d6e',
    'Step 4/6 : RUN go mod download',
    ' ---> Running in 9a8b7c6d5e4f',
    ...lines(text),
    "The command '/bin/sh -c go mod download' returned a non-zero code: 1",
    '',
  ].join('\n');
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** A terminal log with colours and progress redraws, as wrapper tools (make, task, IDEs) print it. */
function ansi(text: string): string {
  return [
    '\x1b[1;34m==>\x1b[0m \x1b[1mgo mod tidy\x1b[0m',
    ...MODULES.map((m) => `\x1b[2mgo: downloading ${m}\x1b[0m\r\x1b[2K\x1b[2mgo: downloading ${m}\x1b[0m`),
    ...lines(text).map((l) => (l.startsWith('go: ') ? `\x1b[31m${l}\x1b[0m` : `\x1b[33m${l}\x1b[39m`)),
    '\x1b[31;1mmake: *** [Makefile:14: deps] Error 1\x1b[0m',
    '',
  ].join('\n');
}

/** A GitHub Actions raw log: ISO timestamps, ##[group] and ##[error] markers. */
function githubActions(text: string): string {
  const ts = (i: number) =>
    `2024-05-14T09:31:${String(7 + Math.floor(i / 10)).padStart(2, '0')}.${String(1234567 + i * 1111).padStart(7, '0')}Z`;
  const out = [
    '##[group]Run go mod download',
    'go mod download',
    'shell: /usr/bin/bash -e {0}',
    'env:',
    '  GOPRIVATE: git.corp.example',
    '##[endgroup]',
    ...MODULES.map((m) => `go: downloading ${m}`),
    ...lines(text),
    '##[error]Process completed with exit code 1.',
  ];
  return `${out.map((l, i) => `${ts(i)} ${l}`).join('\n')}\n`;
}

/** A GitLab CI job log whose script writes credentials (GitLab echoes each command): the doctor must mask them. */
function gitlabCi(text: string): string {
  return [
    'Running with gitlab-runner 16.11.0 (91a27b2a)',
    '  on docker-runner-3 xS9dK2pQ, system ID: s_4f6e2a1b9c8d',
    'Preparing the "docker" executor',
    'Using Docker executor with image golang:1.23 ...',
    '$ echo "machine git.corp.example login gitlab-ci-token password glpat-Xy7kQ2mN9pR4sT6vW8zA" > ~/.netrc',
    '$ echo "//npm.corp.example/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8" >> ~/.npmrc',
    '$ export GOPROXY=https://ci-bot:S3cretPass@goproxy.corp.example,direct',
    '$ go mod download',
    ...lines(text),
    'Cleaning up project directory and file based variables',
    'ERROR: Job failed: exit code 1',
    '',
  ].join('\n');
}

/** Windows PowerShell 5.1 wrapping the first stderr line as a NativeCommandError, with CRLF. */
function powershell(text: string): string {
  const [first = '', ...rest] = lines(text);
  return crlf(
    [
      'PS C:\\src\\app> go mod tidy',
      `go : ${first}`,
      'At line:1 char:1',
      '+ go mod tidy',
      '+ ~~~~~~~~~~~',
      `    + CategoryInfo          : NotSpecified: (${first.slice(0, 17)}...:String) [], RemoteException`,
      '    + FullyQualifiedErrorId : NativeCommandError',
      ' ',
      ...rest,
      'PS C:\\src\\app> ',
      '',
    ].join('\n'),
  );
}

/** A long `go mod tidy` run: hundreds of progress lines before the failure, chatter after it. */
function noisy(text: string): string {
  const out: string[] = ['$ go mod tidy'];
  for (let i = 0; i < 240; i++) {
    const m = MODULES[i % MODULES.length] as string;
    const [path, version] = m.split(' ') as [string, string];
    out.push(
      i % 3 === 0
        ? `go: finding module for package ${path}/pkg${i}`
        : `go: downloading ${path}${i > 3 ? `/v${(i % 5) + 2}` : ''} ${version}`,
    );
    if (i % 40 === 39) out.push(`go: found ${path}/pkg${i} in ${m}`);
  }
  out.push(...lines(text), 'exit status 1', 'make: *** [Makefile:14: deps] Error 1', '');
  return out.join('\n');
}

export const WRAPPERS = { buildkit, legacyDocker, crlf, ansi, githubActions, gitlabCi, powershell, noisy } as const;
export type WrapperId = keyof typeof WRAPPERS;

export interface Derived {
  name: string;
  from: string;
  wrap: WrapperId;
  note: string;
}

export const DERIVED: Derived[] = [
  {
    name: 'docker-buildkit-private-github',
    from: 'public-proxy-private-github-go1.23',
    wrap: 'buildkit',
    note: 'docker build (BuildKit) of a module that needs a private GitHub repo',
  },
  {
    name: 'docker-buildkit-tunnel-reset',
    from: 'tunnel-reset-proxy-golang-org-go1.23',
    wrap: 'buildkit',
    note: 'docker build where the connection to proxy.golang.org is reset',
  },
  {
    name: 'docker-buildkit-dns-timeout',
    from: 'dns-timeout-proxy-golang-org-go1.23',
    wrap: 'buildkit',
    note: 'docker build whose container DNS does not answer',
  },
  { name: 'docker-buildkit-git-missing', from: 'git-missing-go1.23', wrap: 'buildkit', note: 'docker build on an image without git' },
  {
    name: 'docker-legacy-sumdb-timeout',
    from: 'sumdb-dns-timeout-go1.19',
    wrap: 'legacyDocker',
    note: 'legacy docker builder; the checksum DB cannot be reached',
  },
  {
    name: 'docker-legacy-checksum-mismatch',
    from: 'checksum-mismatch-gosum-go1.19',
    wrap: 'legacyDocker',
    note: 'legacy docker builder; go.sum does not match the download',
  },
  { name: 'crlf-proxy-404-tidy', from: 'proxy-404-tidy-go1.23', wrap: 'crlf', note: 'pasted from Windows with CRLF line ends' },
  {
    name: 'crlf-module-path-mismatch',
    from: 'module-path-mismatch-git-go1.19',
    wrap: 'crlf',
    note: 'pasted from Windows with CRLF line ends',
  },
  { name: 'ansi-sumdb-private', from: 'sumdb-410-private-go1.23', wrap: 'ansi', note: 'coloured terminal output with progress redraws' },
  {
    name: 'ansi-tls-intercepted',
    from: 'tls-intercepted-proxy-golang-org-go1.23',
    wrap: 'ansi',
    note: 'coloured terminal output with progress redraws',
  },
  {
    name: 'gha-git-terminal-prompts',
    from: 'git-terminal-prompts-disabled-go1.23',
    wrap: 'githubActions',
    note: 'GitHub Actions raw log with timestamps',
  },
  { name: 'gha-https-proxy-407', from: 'https-proxy-407-go1.23', wrap: 'githubActions', note: 'GitHub Actions raw log with timestamps' },
  {
    name: 'gitlab-ci-bad-token',
    from: 'git-insteadof-bad-token-go1.23',
    wrap: 'gitlabCi',
    note: 'GitLab CI log whose script echoes a token, an npm token and a proxy password',
  },
  {
    name: 'gitlab-ci-sumdb-private',
    from: 'sumdb-410-private-go1.19',
    wrap: 'gitlabCi',
    note: 'GitLab CI log whose script echoes a token, an npm token and a proxy password',
  },
  {
    name: 'powershell-connection-refused',
    from: 'proxy-connection-refused-go1.23',
    wrap: 'powershell',
    note: 'Windows PowerShell NativeCommandError wrapping, CRLF',
  },
  {
    name: 'powershell-goproxy-semicolon',
    from: 'goproxy-semicolon-go1.23',
    wrap: 'powershell',
    note: 'Windows PowerShell NativeCommandError wrapping, CRLF',
  },
  {
    name: 'noisy-proxy-404-tidy',
    from: 'proxy-404-tidy-go1.19',
    wrap: 'noisy',
    note: 'hundreds of go: downloading / finding lines before the failure',
  },
  { name: 'noisy-go-version', from: 'go-version-newer-local-go1.23', wrap: 'noisy', note: 'hundreds of progress lines before the failure' },
  {
    name: 'noisy-unknown-revision',
    from: 'unknown-revision-git-go1.23',
    wrap: 'noisy',
    note: 'hundreds of progress lines before the failure',
  },
];

/** The derived fixture as it must be stored, built from its (real) source fixture. */
export function buildDerived(d: Derived, dir = FIXTURE_DIR): Fixture {
  const src = readFixture(d.from, dir);
  if (!src) throw new Error(`derived fixture ${d.name}: source ${d.from} is missing`);
  return {
    name: d.name,
    text: WRAPPERS[d.wrap](src.text),
    label: { cause: src.label.cause, ...(src.label.top3 ? { top3: src.label.top3 } : {}), source: `derived-from ${d.from}`, note: d.note },
  };
}

if (import.meta.main) {
  if (!process.argv.includes('--write-derived')) {
    console.error('usage: node src/tools/doctor-fixtures.ts --write-derived');
    process.exit(2);
  }
  for (const d of DERIVED) writeFixture(buildDerived(d));
  console.log(`wrote ${DERIVED.length} derived fixtures`);
}
