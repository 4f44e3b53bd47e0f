// Property tests for the rendered snippets (not only the quoting functions): configs whose every
// free-text field holds hostile text are validated, rendered for bash, zsh and fish, and executed
// by the real shell in an empty environment; the exported variables must equal the model byte
// for byte, the undo must remove them, and no value may run (canary file). The go env -w commands
// and the go env file are read back by every installed go. The expected values are written here
// from the model's meaning, not taken from the renderers' helpers.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue, GO_VAR_SINCE, type ModfixConfig, type ModfixConfigInput, validateConfig } from '../../src/lib/config/index.ts';
import { type FormatId, formatById, render } from '../../src/lib/render/index.ts';
import { config, describeGo, type GoBinary, goDefault, goEnvFor } from '../integration/support/generator.ts';
import { parseEnv0, runScript, tempDir } from '../integration/support/shell.ts';
import { goBinaries, requireTool } from '../support/tools.ts';

const CANARY = 'canary';
const PASSWORD_ENV = 'MODFIX_PROXY_PW';
/** Characters that matter to some shell; control characters are refused by validation (tested elsewhere). */
const SPECIAL = [...'\'"$`\\!%^;&|*?~#(){}[]<>=,-@: \u00a0', 'é', '中文', '😀', '\u2019', '\u2028', '\uFDD0', '\uFFFE'];
const INJECTIONS = [
  `$(echo>${CANARY})`,
  `\`echo>${CANARY}\``,
  `';echo>${CANARY};'`,
  `";echo>${CANARY};"`,
  `(echo>${CANARY})`,
  `\\';echo>${CANARY};#`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion the quoting must neutralise
  '${IFS}',
  '$HOME',
  '!!',
  '%PATH%',
  '~root',
  '=x',
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is excluded
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const hostile = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...SPECIAL), weight: 6 },
      { arbitrary: fc.constantFrom(...INJECTIONS), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }), weight: 3 },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((p) => p.join(''))
  .filter((s) => !CONTROL.test(s) && s.isWellFormed());
/** Hostile text for places where white space and list separators are not allowed. */
const word = hostile.map((s) => s.replace(/[\s,|]/g, '')).filter((s) => s !== '');

const validInput = (input: ModfixConfigInput) => validateConfig(input, 'en').ok;
const pattern = fc
  .tuple(fc.constantFrom('git.example.com/', '*.', 'corp.example/x/', ''), word)
  .map(([a, b]) => a + b)
  .filter((p) => validInput({ version: 1, private: { goprivate: [p] } }));
const patterns = (min: number) => fc.array(pattern, { minLength: min, maxLength: 3 });

interface Case {
  input: ModfixConfigInput;
  password: string;
}

/** A config with hostile text in every field that takes free text, valid for Go `go`. */
function caseArb(go: string, opts: { goauth: boolean; shell: 'bash' | 'zsh' | 'fish' }): fc.Arbitrary<Case> {
  return fc
    .record({
      mirror: fc.constantFrom(...catalogue.map((m) => m.id)),
      seps: fc.tuple(fc.constantFrom(',' as const, '|' as const), fc.constantFrom(',' as const, '|' as const)),
      url: word.map((w) => `https://proxy.example.com/${w}`).filter((u) => validInput({ version: 1, proxy: [{ kind: 'url', url: u }] })),
      sumdb: fc.option(word.map((w) => `https://sum.example.com/${w}`)),
      goprivate: patterns(1),
      gonosumdb: fc.option(patterns(1)),
      goinsecure: patterns(0),
      govcs: fc.array(fc.record({ pattern, vcs: fc.subarray(['git', 'hg', 'svn', 'bzr', 'fossil'] as const, { minLength: 1 }) }), {
        maxLength: 2,
      }),
      gomodcache: hostile.map((s) => `/${s}`),
      goflags: fc.array(
        fc.tuple(fc.constantFrom('-tags=', '-ldflags=', '--gcflags='), word).map(([f, w]) => f + w),
        { maxLength: 2 },
      ),
      goauth: hostile.filter((s) => validInput({ version: 1, auth: { goauth: s } })),
      proxyPath: word,
      proxyUser: hostile,
      password: hostile,
      noProxy: fc.array(word, { maxLength: 3 }),
      caBundle: hostile.map((s) => `/${s}`),
      // A persistent snippet runs a dozen programs (mktemp, awk…); one case in 25 keeps the batch fast.
      persistent: fc.integer({ min: 0, max: 24 }).map((x) => x === 0),
    })
    .map((r): Case => {
      const input: ModfixConfigInput = {
        version: 1,
        target: { os: 'linux', shell: opts.shell, scope: r.persistent && opts.shell !== 'fish' ? 'persistent' : 'session' },
        proxy: [{ kind: 'mirror', id: r.mirror, sep: r.seps[0] }, { kind: 'url', url: r.url, sep: r.seps[1] }, { kind: 'direct' }],
        ...(r.sumdb ? { sumdb: { mode: 'custom' as const, key: 'sum.example.com+0123abcd+AAAAAAAA', url: r.sumdb } } : {}),
        private: {
          goprivate: r.goprivate,
          ...(r.gonosumdb ? { gonosumdb: r.gonosumdb } : {}),
          goinsecure: r.goinsecure,
          govcs: r.govcs.map((v) => ({ pattern: v.pattern, vcs: [...v.vcs] })),
        },
        build: { go, gomodcache: r.gomodcache, goflags: r.goflags },
        ...(opts.goauth ? { auth: { goauth: r.goauth } } : {}),
        network: {
          httpsProxy: `http://proxy.example.com:3128/${r.proxyPath}`,
          proxyUser: r.proxyUser,
          proxyPasswordEnv: PASSWORD_ENV,
          noProxy: r.noProxy,
          caBundle: r.caBundle,
        },
      };
      return { input, password: r.password };
    })
    .filter((k) => validInput(k.input));
}

/** What the go command must see: the model's meaning, spelled out independently of derive.ts. */
function expectedGo(c: ModfixConfig): Record<string, string> {
  const [m, u] = c.proxy as [
    Extract<ModfixConfig['proxy'][number], { kind: 'mirror' }>,
    Extract<ModfixConfig['proxy'][number], { kind: 'url' }>,
  ];
  const mirror = catalogue.find((x) => x.id === m.id)?.url;
  const out: Record<string, string> = {
    GOPROXY: `${mirror}${m.sep}${u.url}${u.sep}direct`,
    GOPRIVATE: c.private.goprivate.join(','),
    GOMODCACHE: c.build.gomodcache ?? '',
  };
  if (c.sumdb.mode === 'custom') out.GOSUMDB = `${c.sumdb.key} ${c.sumdb.url}`;
  if (c.private.gonosumdb) out.GONOSUMDB = c.private.gonosumdb.join(',');
  if (c.private.goinsecure.length > 0) out.GOINSECURE = c.private.goinsecure.join(',');
  if (c.private.govcs.length > 0) out.GOVCS = c.private.govcs.map((r) => `${r.pattern}:${r.vcs.join('|')}`).join(',');
  if (c.build.goflags.length > 0) out.GOFLAGS = c.build.goflags.join(' ');
  if (c.auth.goauth !== undefined) out.GOAUTH = c.auth.goauth;
  return out;
}

/** Everything the shell must export: Go variables plus the proxy (with the password expanded) and CA. */
function expectedShell(c: ModfixConfig, password: string): Record<string, string> {
  const n = c.network;
  const proxy = (n.httpsProxy ?? '').replace('http://', () => `http://${encodeURIComponent(n.proxyUser ?? '')}:${password}@`);
  const out: Record<string, string> = { ...expectedGo(c), HTTPS_PROXY: proxy, https_proxy: proxy, SSL_CERT_FILE: n.caBundle ?? '' };
  if (n.noProxy.length > 0) out.NO_PROXY = out.no_proxy = n.noProxy.join(',');
  return out;
}

const MANAGED = [
  ...Object.keys(GO_VAR_SINCE),
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
  'SSL_CERT_FILE',
];

function renderText(id: FormatId, c: ModfixConfig): { text: string; undo: string } {
  const r = render(formatById(id) as NonNullable<ReturnType<typeof formatById>>, c);
  if (!r.ok) throw new Error(`${id} refused a valid config: ${r.error.en}`);
  return { text: r.output.text, undo: r.output.undo ?? '' };
}

/**
 * Splits a batch's NUL-separated output at `MODFIX_CASE=<i>` (the shell's own dump of its exported
 * variables) and `MODFIX_ENV=<i>` (what a child process received, from `env -0`) marker records.
 */
function splitCases(out: Buffer): Map<string, Map<string, Buffer>> {
  const sections = new Map<string, Map<string, Buffer>>();
  let current: Map<string, Buffer> | undefined;
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    const rec = out.subarray(start, end);
    const marker = /^MODFIX_(CASE|ENV)=(\d+)$/.exec(rec.toString('latin1'));
    if (marker) {
      current = new Map();
      sections.set(`${marker[1]} ${marker[2]}`, current);
    } else for (const [k, v] of parseEnv0(rec)) current?.set(k, v);
    start = end + 1;
  }
  return sections;
}

/**
 * Prints every managed variable the shell exports, NAME=value NUL-terminated, with builtins only:
 * one `env` process per case would make the batch take minutes.
 */
function dumpExported(shell: 'bash' | 'zsh' | 'fish'): string {
  const names = MANAGED.join(' ');
  if (shell === 'fish') return `for v in ${names}; if set -q -x $v; printf '%s=%s\\0' $v "$$v"; end; end`;
  if (shell === 'zsh') return `for v in ${names}; do [[ \${(tP)v} == *export* ]] && printf '%s=%s\\0' $v "\${(P)v}"; done; :`;
  return `for v in ${names}; do [[ \${!v@a} == *x* ]] && printf '%s=%s\\0' "$v" "\${!v}"; done; :`;
}

const shells = {
  bash: requireTool('bash', 'runs the rendered bash snippets'),
  zsh: requireTool('zsh', 'runs the rendered zsh snippets'),
  fish: requireTool('fish', 'runs the rendered fish snippets'),
};
const envBin = requireTool('env', 'reads the environment back');
const ARGS = { bash: ['--norc', '--noprofile'], zsh: ['-f'], fish: ['--no-config'] };
const LOCALE: Record<string, string> = { LC_ALL: 'C.UTF-8' };
const BATCHES = 8;
const PER_BATCH = 110;
/** Every this many cases, a real child process (`env -0`) also reads the environment. */
const ENV_EVERY = 10;

const work = tempDir('render-prop');
afterAll(work.cleanup);
let dirs = 0;
const freshDir = () => {
  const d = join(work.dir, String(dirs++));
  mkdirSync(d);
  return d;
};

describe.skipIf(!envBin)('rendered shell snippets with hostile values, run by the real shell', () => {
  for (const shell of ['bash', 'zsh', 'fish'] as const) {
    const bin = shells[shell];
    it.skipIf(!bin)(
      `${shell}: ≥10,000 values come back byte for byte, undo removes them, nothing runs`,
      () => {
        let values = 0;
        const rc = shell === 'zsh' ? '.zshrc' : '.bashrc';
        const blockCount = `printf 'MODFIX_BLOCKS=%s\\0' "$(grep -cx '# >>> modfix >>>' "$HOME/${rc}")"`;
        fc.assert(
          fc.property(fc.array(caseArb('1.26', { goauth: true, shell }), { minLength: PER_BATCH, maxLength: PER_BATCH }), (cases) => {
            const dir = freshDir();
            const configs = cases.map((k) => config(k.input));
            // Each case: apply (twice when persistent), dump the environment, undo. The password of
            // the proxy is in the environment under its variable, as the user would have it.
            const script = configs
              .map((c, i) => {
                const { text, undo } = renderText(shell, c);
                const pw = (cases[i] as Case).password;
                const assign =
                  shell === 'fish' ? `set -gx ${PASSWORD_ENV} ${fishLiteral(pw)}` : `export ${PASSWORD_ENV}=${posixLiteral(pw)}`;
                const apply = c.target.scope === 'persistent' ? [text, text, `. "$HOME/${rc}"`, blockCount] : [text];
                const child = i % ENV_EVERY === 0 ? [`printf 'MODFIX_ENV=%s\\0' ${i}`, `${envBin} -0`] : [];
                // Snippets print nothing, so the case marker can precede them (the block count follows it).
                return [assign, `printf 'MODFIX_CASE=%s\\0' ${i}`, ...apply, dumpExported(shell), ...child, undo].join('\n');
              })
              .join('\n');
            const r = runScript(bin as string, `${script}\n`, {
              cwd: dir,
              args: ARGS[shell],
              env: { ...LOCALE, PATH: '/usr/bin:/bin', HOME: dir },
            });
            expect(existsSync(join(dir, CANARY)), 'canary file: a value was executed').toBe(false);
            expect(r.stderr).toBe('');
            expect(r.status).toBe(0);
            const sections = splitCases(r.stdout);
            configs.forEach((c, i) => {
              const want = expectedShell(c, (cases[i] as Case).password);
              const check = (got: Map<string, Buffer> | undefined, what: string) => {
                expect(got, `case ${i}: no ${what} output`).toBeDefined();
                for (const [k, v] of Object.entries(want)) expect(got?.get(k)?.toString('utf8'), `case ${i} ${what} ${k}`).toBe(v);
                // Left over from the previous case: its undo did not remove it.
                for (const k of MANAGED) if (!(k in want)) expect(got?.has(k), `case ${i} ${what}: ${k} left over`).toBe(false);
              };
              check(sections.get(`CASE ${i}`), 'shell');
              values += Object.keys(want).length;
              if (i % ENV_EVERY === 0) check(sections.get(`ENV ${i}`), 'env -0');
              if (c.target.scope === 'persistent')
                expect(sections.get(`CASE ${i}`)?.get('MODFIX_BLOCKS')?.toString(), `case ${i}: blocks`).toBe('1');
            });
          }),
          { numRuns: BATCHES, endOnFailure: true },
        );
        expect(values).toBeGreaterThanOrEqual(10_000);
      },
      300_000,
    );
  }
});

/** Literal assignments for the test's own password variable (independent of the code under test). */
const posixLiteral = (s: string) => `'${s.replaceAll("'", `'"'"'`)}'`;
const fishLiteral = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;

const goBins: GoBinary[] = goBinaries().map(describeGo);

describe.skipIf(goBins.length === 0 || !shells.bash)('go env -w and the go env file with hostile values, read back by the real go', () => {
  const CASES = 40;
  const W_CASES = 8;
  /** Go variables this release knows; asking only for them skips the costly ones (cgo flags run the C compiler). */
  const known = (go: GoBinary) => Object.keys(GO_VAR_SINCE).filter((k) => GO_VAR_SINCE[k as keyof typeof GO_VAR_SINCE] <= go.minor);
  /** One script for the whole batch: each step, then go env -json after a marker line. */
  const batch = (go: GoBinary, steps: string[]) =>
    steps.map((step, i) => `${step}\nprintf '\\n@@MODFIX %d\\n' ${i}\ngo env -json ${known(go).join(' ')}\n`).join('');
  const outputs = (out: Buffer) =>
    out
      .toString('utf8')
      .split(/\n@@MODFIX \d+\n/)
      .slice(1);
  const expectModel = (json: string, c: ModfixConfig, go: GoBinary, dir: string, label: string) => {
    const got = JSON.parse(json) as Record<string, string>;
    const want = expectedGo(c);
    for (const k of known(go)) expect(got[k], `${label} ${k}`).toBe(want[k] ?? goDefault(k, want, go, dir));
  };

  for (const go of goBins) {
    it(`go ${go.version}: ${CASES} go env files read back as the model`, () => {
      const dir = freshDir();
      const cases = fc.sample(caseArb(go.version, { goauth: go.minor >= 24, shell: 'bash' }), CASES);
      const configs = cases.map((k) => config(k.input));
      const steps = configs.map((c, i) => {
        writeFileSync(join(dir, `env${i}`), renderText('goenv-file', c).text);
        return `export GOENV="$PWD/env${i}"`;
      });
      const r = runScript(shells.bash as string, batch(go, steps), { cwd: dir, env: goEnvFor(go, dir) });
      expect(r.stderr).toBe('');
      const outs = outputs(r.stdout);
      expect(outs).toHaveLength(CASES);
      configs.forEach((c, i) => {
        expectModel(outs[i] as string, c, go, dir, `case ${i}`);
      });
    }, 120_000);

    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const bin = shells[shell];
      it.skipIf(!bin)(
        `go ${go.version}, ${shell}: go env -w for ${W_CASES} configs makes go env -json equal the model`,
        () => {
          const dir = freshDir();
          const configs = fc.sample(caseArb(go.version, { goauth: go.minor >= 24, shell }), W_CASES).map((k) => config(k.input));
          const setEnv = (i: number) => (shell === 'fish' ? `set -gx GOENV "$PWD/w${i}"` : `export GOENV="$PWD/w${i}"`);
          const steps = configs.map((c, i) => `${setEnv(i)}\n${renderText('go-env-w', c).text}`);
          const r = runScript(bin as string, batch(go, steps), { cwd: dir, args: ARGS[shell], env: { ...LOCALE, ...goEnvFor(go, dir) } });
          expect(existsSync(join(dir, CANARY))).toBe(false);
          expect(r.stderr).toBe('');
          const outs = outputs(r.stdout);
          expect(outs).toHaveLength(W_CASES);
          configs.forEach((c, i) => {
            expectModel(outs[i] as string, c, go, dir, `case ${i}`);
          });
        },
        120_000,
      );
    }
  }
});
