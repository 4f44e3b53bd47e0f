// Proof that the GOPROXY simulator agrees with the real go command: every combination of one to
// three GOPROXY entries × `,`/`|` × outcomes (pruned below) is run with `go mod download` against
// loopback servers that answer each outcome, and the servers' own request logs must show exactly
// the entries the simulator says are contacted, with the same result and the same error text.
//
// How each outcome is produced (all on 127.0.0.1):
//   200           a file-based module proxy serving github.com/modfix-lab/hello v1.0.0
//   404/410/403/500  a server answering that status to every request (no body)
//   refused       port 1 on 127.0.0.1 (nothing listens); contact is read from go's own `-x` trace
//   timeout       a server that accepts TCP and never answers, reached over https://: Go gives up
//                 after net/http's 10 s TLS handshake timeout. Real blocked proxies usually hit the
//                 30 s dial timeout instead ("dial tcp …: i/o timeout"); both are timeouts to the
//                 walk, so the two texts are compared as one `<timeout>`.
//   tls           an HTTPS server with a self-signed certificate (openssl at test time)
//   direct ok / unknown-revision   git `insteadOf` (temp HOME) → a local bare repo with / without the tag
//   direct auth   `insteadOf` → a local server answering 401: git fails with "terminal prompts disabled"
//   direct no-git PATH without git
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectOutcome, Outcome, SimulateInput, Trace, UrlOutcome } from '../../src/lib/simulator/model.ts';
import { simulate } from '../../src/lib/simulator/simulate.ts';
import { validateSimulateInput } from '../../src/lib/simulator/validate.ts';
import {
  buildLab,
  goEnv,
  hangServer,
  httpServer,
  LAB_MODULE,
  LAB_VERSION,
  type Lab,
  type LabServer,
  pool,
  refusedServer,
  run,
  sumdbVerifierKey,
  tlsServer,
} from '../support/simulator-lab.ts';
import { goBinaries, requireTool } from '../support/tools.ts';

type Entry = { kind: 'url'; outcome: UrlOutcome; sumdb?: UrlOutcome } | { kind: 'direct'; outcome: DirectOutcome } | { kind: 'off' };
interface Case {
  entries: Entry[];
  seps: Array<',' | '|'>;
  /** GOPRIVATE for the case (module then bypasses every proxy). */
  goprivate?: string;
  /** GONOPROXY for the case. */
  gonoproxy?: string;
  /** What git does for a GOPRIVATE module when the list has no `direct`. */
  vcs?: DirectOutcome;
  /**
   * Checksum database on instead of GOSUMDB=off. It is named after a loopback TLS server (with a
   * verifier key made for the run) so that a direct connection stays on 127.0.0.1 and is logged.
   */
  sumdb?: boolean;
}

const URL_ALL: UrlOutcome[] = ['200', '404', '410', '403', '500', 'refused', 'timeout', 'tls'];
const DIRECT_ALL: DirectOutcome[] = ['ok', 'auth', 'unknown-revision', 'no-git'];
const url = (outcome: UrlOutcome, sumdb?: UrlOutcome): Entry => ({ kind: 'url', outcome, ...(sumdb ? { sumdb } : {}) });
const direct = (outcome: DirectOutcome): Entry => ({ kind: 'direct', outcome });
const OFF: Entry = { kind: 'off' };
const LAST: Entry[] = [...URL_ALL.map((o) => url(o)), ...DIRECT_ALL.map(direct), OFF];
const SEPS: Array<',' | '|'> = [',', '|'];

function matrix(): Case[] {
  const cases: Case[] = [];
  // One entry: every outcome.
  for (const e of LAST) cases.push({ entries: [e], seps: [] });
  // Two entries: every outcome of a proxy followed by every possible second entry, both separators.
  for (const a of URL_ALL) for (const b of LAST) for (const s of SEPS) cases.push({ entries: [url(a), b], seps: [s] });
  // Nothing after direct/off is read.
  cases.push({ entries: [direct('unknown-revision'), url('200')], seps: [','] });
  cases.push({ entries: [OFF, url('200')], seps: ['|'] });
  // Three entries, pruned to one representative per class of answer in the first two places
  // ("not found", other HTTP error, network error) and timeouts left to the two-entry cases.
  const first: UrlOutcome[] = ['404', '500', 'refused', 'tls'];
  const second: UrlOutcome[] = ['200', '410', '403', 'refused'];
  const third: Entry[] = [url('200'), url('404'), url('500'), direct('ok'), direct('auth'), OFF];
  for (const a of first) {
    for (const b of second) {
      for (const c of third) for (const s1 of SEPS) for (const s2 of SEPS) cases.push({ entries: [url(a), url(b), c], seps: [s1, s2] });
    }
  }
  // Private modules (GOPRIVATE): fetched directly through the implicit `noproxy` entry, never from a proxy.
  const priv = 'github.com/modfix-lab';
  for (const v of DIRECT_ALL) {
    cases.push({ entries: [url('404'), direct(v)], seps: [','], goprivate: priv });
    cases.push({ entries: [url('500')], seps: [], goprivate: priv, vcs: v });
    cases.push({ entries: [OFF], seps: [], goprivate: priv, vcs: v });
    cases.push({ entries: [url('200'), url('200')], seps: ['|'], goprivate: priv, vcs: v });
  }
  // GONOPROXY set but not matching: the implicit entry passes, the list is walked as usual.
  cases.push({ entries: [url('404'), url('200')], seps: [','], gonoproxy: 'other.example' });
  cases.push({ entries: [url('500'), url('200')], seps: ['|'], gonoproxy: 'other.example' });
  // Checksum database: which proxies are asked for /sumdb/sum.golang.org/supported, and how the DB is reached.
  const sum = (entries: Entry[], seps: Array<',' | '|'>, extra: Partial<Case> = {}): Case => ({ entries, seps, sumdb: true, ...extra });
  cases.push(sum([url('200', '200')], []));
  cases.push(sum([url('200', '404')], []));
  cases.push(sum([url('200', '500')], []));
  cases.push(sum([url('200', '403')], []));
  cases.push(sum([url('404'), url('200', '200')], [',']));
  cases.push(sum([url('500'), url('200', '404')], ['|']));
  cases.push(sum([url('500'), url('200', '404'), direct('ok')], ['|', ',']));
  cases.push(sum([url('200', '404'), direct('ok')], [',']));
  cases.push(sum([url('refused'), url('200', '200')], ['|']));
  cases.push(sum([url('200', '410'), url('200', '200')], ['|']));
  cases.push(sum([url('200', '404')], [], { gonoproxy: 'other.example' }));
  return cases;
}

function caseName(c: Case): string {
  const e = c.entries.map((x) =>
    x.kind === 'off' ? 'off' : x.kind === 'direct' ? `direct:${x.outcome}` : `${x.outcome}${x.sumdb ? `/sumdb:${x.sumdb}` : ''}`,
  );
  let s = e[0] ?? '';
  for (let i = 1; i < e.length; i++) s += `${c.seps[i - 1]}${e[i]}`;
  if (c.goprivate) s += ` GOPRIVATE=${c.goprivate}${c.vcs ? ` vcs:${c.vcs}` : ''}`;
  if (c.gonoproxy) s += ` GONOPROXY=${c.gonoproxy}`;
  if (c.sumdb) s += ' GOSUMDB=<loopback db>';
  return s;
}

async function startServer(lab: Lab, e: Entry & { kind: 'url' }): Promise<LabServer> {
  switch (e.outcome) {
    case 'refused':
      return refusedServer();
    case 'timeout':
      return hangServer();
    case 'tls':
      return tlsServer(lab);
    default:
      return httpServer(lab, Number(e.outcome), Number(e.sumdb ?? '404'));
  }
}

/** The go command's error, normalised where the lab necessarily differs from a real setup. */
function normalise(text: string, modcache: string, authOrigin: string | undefined): string {
  let t = text
    .trim()
    .split(modcache)
    .join('<GOMODCACHE>')
    .replace(/\/cache\/vcs\/[0-9a-f]{64}/g, '/cache/vcs/<hash>');
  if (authOrigin) t = t.split(`'${authOrigin}'`).join(`'https://github.com'`);
  return t.replace(/dial tcp [^ ]+: i\/o timeout|net\/http: TLS handshake timeout/g, '<timeout>');
}

interface Observed {
  name: string;
  go: {
    code: number | null;
    contacted: string[];
    vcsTried: boolean;
    vcsContacted: boolean;
    error: string;
    sumdb?: string;
    sumdbProbed: string[];
  };
  sim: {
    result: string;
    contacted: string[];
    vcsTried: boolean;
    vcsContacted: boolean;
    error: string;
    sumdb?: string;
    sumdbProbed: string[];
  };
  ms: number;
  /** Request logs per server and go's stderr, shown when the case disagrees. */
  logs: string;
}

async function runCase(goBin: string, goVersion: string, lab: Lab, c: Case): Promise<Observed> {
  const servers: Array<LabServer | null> = [];
  for (const e of c.entries) servers.push(e.kind === 'url' ? await startServer(lab, e) : null);
  const directOutcome = (c.entries.find((e) => e.kind === 'direct') as { outcome: DirectOutcome } | undefined)?.outcome ?? c.vcs;
  const auth = directOutcome === 'auth' ? await httpServer(lab, 401) : undefined;
  const raws = c.entries.map((e, i) => (e.kind === 'url' ? (servers[i] as LabServer).url : e.kind));
  let goproxy = raws[0] ?? '';
  for (let i = 1; i < raws.length; i++) goproxy += `${c.seps[i - 1]}${raws[i]}`;
  const db = c.sumdb ? await tlsServer(lab) : undefined;
  const gosumdb = db ? sumdbVerifierKey(db.url.replace('https://', '')) : 'off';
  const dbName = db?.url.replace('https://', '') ?? '';
  const insteadOf =
    directOutcome === 'ok' ? lab.gitOk : directOutcome === 'unknown-revision' ? lab.gitNoTag : auth ? `${auth.url}/` : undefined;
  const extra: Record<string, string> = { GOPROXY: goproxy, GOSUMDB: gosumdb };
  if (c.goprivate) extra.GOPRIVATE = c.goprivate;
  if (c.gonoproxy) extra.GONOPROXY = c.gonoproxy;
  const { env, dir } = goEnv({
    ...(insteadOf ? { insteadOf } : {}),
    ...(directOutcome === 'no-git' ? { path: '/nonexistent' } : {}),
    extra,
  });
  const r = await run(goBin, ['mod', 'download', '-x', `${LAB_MODULE}@${LAB_VERSION}`], { cwd: dir, env, timeoutMs: 100_000 });
  await Promise.all([...servers, auth, db].map((s) => s?.close()));
  rmSync(dir, { recursive: true, force: true });

  // What the go command did, from the servers' logs (and -x for a refused port, which has no log).
  const isModuleRequest = (p: string) => p === 'connect' || p.startsWith(`/${LAB_MODULE}/@v/`);
  const contacted = c.entries.flatMap((e, i) => {
    const s = servers[i];
    if (!s) return [];
    const hit =
      e.kind === 'url' && e.outcome === 'refused' ? r.stderr.includes(`# get ${s.url}/${LAB_MODULE}/@v/`) : s.log.some(isModuleRequest);
    return hit ? [s.url] : [];
  });
  const sumdbProbed = c.entries.flatMap((e, i) => {
    const s = servers[i];
    if (!s || !c.sumdb) return [];
    const probe = `/sumdb/${dbName}/supported`;
    const hit =
      e.kind === 'url' && e.outcome === 'refused' ? r.stderr.includes(`# get ${s.url}${probe}`) : s.log.some((p) => p.endsWith(probe));
    return hit ? [s.url] : [];
  });
  const at = r.stderr.lastIndexOf(`go: ${LAB_MODULE}@${LAB_VERSION}: `);
  const goError =
    r.code === 0 || at < 0
      ? r.code === 0
        ? ''
        : r.stderr.trim().split('\n').slice(-3).join('\n')
      : normalise(r.stderr.slice(at), `${dir}/modcache`, auth?.url);
  let goSumdb: string | undefined;
  if (c.sumdb) {
    if (servers.some((s) => s?.log.some((p) => p.includes(`/sumdb/${dbName}/lookup/`)))) goSumdb = 'proxied';
    else if (db?.log.length) goSumdb = 'direct';
    else if (/verifying go\.mod: .*\/supported: /.test(goError)) goSumdb = 'failed';
    else goSumdb = r.code === 0 ? 'none' : 'unknown';
  }

  // What the simulator predicts for the same setting.
  // Entries after direct/off are never read and take no outcome.
  const stop = c.entries.findIndex((e) => e.kind !== 'url');
  const read = stop < 0 ? c.entries : c.entries.slice(0, stop + 1);
  const outcomes: Outcome[] = read.flatMap((e) => (e.kind === 'off' ? [] : [e.outcome]));
  const raw: SimulateInput = { goproxy, outcomes, module: LAB_MODULE, version: LAB_VERSION, go: goVersion, gosumdb };
  if (c.goprivate) raw.goprivate = c.goprivate;
  if (c.gonoproxy) raw.gonoproxy = c.gonoproxy;
  if (c.vcs) raw.vcs = c.vcs;
  const sumdbOutcomes = read.flatMap((e) => (e.kind === 'url' ? [e.sumdb ?? e.outcome] : []));
  if (c.sumdb) {
    // The lab cannot sign checksums: every proxy answers 404 to lookups and the loopback database
    // has an untrusted certificate, so the download always fails once the database is reached.
    raw.sumdbOutcomes = sumdbOutcomes;
    raw.sumdbLookup = '404';
    raw.sumdbDirect = 'tls';
  }
  const v = validateSimulateInput(raw);
  if (!v.ok) throw new Error(`matrix input rejected: ${caseName(c)}: ${JSON.stringify(v.issues)}`);
  const t: Trace = simulate(v.input);
  const urls = new Set(raws.filter((x) => x.includes('://')));
  const vcsStep = t.steps.find((s) => s.kind === 'direct' || (s.kind === 'noproxy' && s.outcome !== null));
  // How the database was reached: the lab's lookups fail, so the simulator reports 'failed' with
  // the route in `base`.
  const simSumdb = c.sumdb ? sumdbRoute(t) : undefined;
  return {
    name: caseName(c),
    ms: r.ms,
    logs: `${servers.map((s, i) => `  server ${i} ${s?.url ?? raws[i]}: ${JSON.stringify(s?.log ?? [])}`).join('\n')}\n  go exit ${r.code}, stderr:\n${r.stderr.replace(/^/gm, '    | ')}`,
    go: {
      code: r.code,
      contacted,
      vcsTried: /\bgit (ls-remote|init)\b/.test(r.stderr),
      vcsContacted: /\bgit ls-remote\b/.test(r.stderr),
      error: goError,
      ...(goSumdb ? { sumdb: goSumdb } : {}),
      sumdbProbed,
    },
    sim: {
      result: t.result,
      contacted: t.contacted.filter((x) => urls.has(x)),
      vcsTried: vcsStep !== undefined,
      vcsContacted: t.contacted.some((x) => x === 'direct' || x === 'noproxy'),
      error: normalise(t.error, '<GOMODCACHE>', undefined),
      ...(simSumdb ? { sumdb: simSumdb } : {}),
      sumdbProbed: t.sumdb.contacted.filter((x) => urls.has(x)),
    },
  };
}

function sumdbRoute(t: Trace): string {
  const db = t.sumdb;
  if (db.status === 'not-reached') return 'none';
  if (db.route === 'proxy') return 'proxied';
  return db.route ?? db.status;
}

function disagreements(o: Observed): string[] {
  const out: string[] = [];
  const { go, sim } = o;
  if ((go.code === 0) !== (sim.result === 'success')) out.push(`result: go exit ${go.code}, simulator ${sim.result}`);
  if (JSON.stringify(go.contacted) !== JSON.stringify(sim.contacted))
    out.push(`contacted: go ${JSON.stringify(go.contacted)}, simulator ${JSON.stringify(sim.contacted)}`);
  if (go.vcsTried !== sim.vcsTried) out.push(`VCS tried: go ${go.vcsTried}, simulator ${sim.vcsTried}`);
  if (go.vcsContacted !== sim.vcsContacted) out.push(`VCS contacted: go ${go.vcsContacted}, simulator ${sim.vcsContacted}`);
  if (go.error !== sim.error) out.push(`error:\n    go:        ${go.error}\n    simulator: ${sim.error}`);
  if (go.sumdb !== sim.sumdb) out.push(`checksum DB: go ${go.sumdb}, simulator ${sim.sumdb}`);
  if (JSON.stringify(go.sumdbProbed) !== JSON.stringify(sim.sumdbProbed))
    out.push(`sumdb probes: go ${JSON.stringify(go.sumdbProbed)}, simulator ${JSON.stringify(sim.sumdbProbed)}`);
  return out;
}

const gos = goBinaries();
const git = requireTool('git', 'direct outcomes use local git repositories');
const openssl = requireTool('openssl', 'the tls outcome needs a self-signed certificate');

describe.skipIf(gos.length === 0 || !git || !openssl)('simulator agrees with the real go command', () => {
  let lab: Lab;
  beforeAll(() => {
    lab = buildLab();
  });
  afterAll(() => {
    if (lab) rmSync(lab.root, { recursive: true, force: true });
  });

  for (const goBin of gos) {
    it(`predicts contacted entries, result and error text (${goBin})`, async () => {
      const goVersion = execFileSync(goBin, ['env', 'GOVERSION'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } })
        .trim()
        .replace(/^go/, '');
      // SIMULATOR_MATRIX_FILTER=<text> runs only the cases whose name contains it (for debugging).
      const only = process.env.SIMULATOR_MATRIX_FILTER;
      const cases = matrix().filter((c) => !only || caseName(c).includes(only));
      const start = Date.now();
      // Cases with a hanging server mostly wait (10 s per TLS handshake timeout): run many at once;
      // the others use the CPU (go + git): run a few at a time.
      const slow = cases.filter((c) => c.entries.some((e) => e.kind === 'url' && e.outcome === 'timeout'));
      const fast = cases.filter((c) => !slow.includes(c));
      const [a, b] = await Promise.all([
        pool(
          24,
          slow.map((c) => () => runCase(goBin, goVersion, lab, c)),
        ),
        pool(
          4,
          fast.map((c) => () => runCase(goBin, goVersion, lab, c)),
        ),
      ]);
      const results = [...a, ...b];
      const failures = results.flatMap((o) => {
        const d = disagreements(o);
        return d.length ? [`${o.name}\n  ${d.join('\n  ')}\n${o.logs}`] : [];
      });
      console.log(
        `simulator matrix: ${results.length} cases on go${goVersion} in ${((Date.now() - start) / 1000).toFixed(0)} s, ${failures.length} disagreement(s)`,
      );
      expect(failures.join('\n\n')).toBe('');
    }, 900_000);
  }
});
