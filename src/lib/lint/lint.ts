// The `go env` linter: parse what the reader pasted, run every check, mask secrets, sort findings.
// Pure and synchronous so the /lint island, a worker and the CLI can all call it.
import { parseGoVersion } from '../goversion.ts';
import { checkGoproxy } from './checks-goproxy.ts';
import { checkNetwork } from './checks-network.ts';
import { checkPatterns } from './checks-patterns.ts';
import { checkPrecedence } from './checks-precedence.ts';
import { checkGo111module, checkGoauthGovcs, checkGoflags, checkUnknownNames } from './checks-settings.ts';
import { checkSumdb } from './checks-sumdb.ts';
import { checkToolchain } from './checks-toolchain.ts';
import { type Ctx, makeFinding } from './context.ts';
import { isRecognisedVar, MODULE_VARS, NET_PROXY_VARS } from './known.ts';
import { hasSecret, maskSecrets } from './mask.ts';
import { InputError, parseEnvText, parseGoEnvFile, parseGoMod } from './parse.ts';
import type { EnvVar, Finding, InputKind, LintInput, LintResult, Localized, Severity } from './types.ts';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

function maskLocalized(l: Localized): Localized {
  return { en: maskSecrets(l.en), 'zh-CN': maskSecrets(l['zh-CN']) };
}

function maskFinding(f: Finding): Finding {
  const out: Finding = { ...f, message: maskLocalized(f.message), fix: maskLocalized(f.fix) };
  if (f.evidence) out.evidence = { ...f.evidence, text: maskSecrets(f.evidence.text) };
  // A masked command would set the wrong value when pasted: drop commands that carry secrets.
  if (f.commands) {
    const safe = f.commands.filter((c) => !hasSecret(c));
    if (safe.length > 0) out.commands = safe;
    else delete out.commands;
  }
  return out;
}

/** "go1.23.5" / "1.23.5" / "go1.21rc1 X:…" → { version, text }. */
function goVersionOf(text: string | undefined): { v: ReturnType<typeof parseGoVersion>; text: string } | null {
  if (!text) return null;
  const word = text.trim().split(/\s+/)[0] ?? '';
  const v = parseGoVersion(word);
  return v ? { v, text: word.replace(/^go/, '') } : null;
}

export function lintGoEnv(input: LintInput): LintResult {
  try {
    return lint(input);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, input: e.input, code: e.code, message: e.localized };
    throw e;
  }
}

function lint(input: LintInput): LintResult {
  const parsed = parseEnvText(input.goEnv, 'go-env', isRecognisedVar);
  const env = new Map<string, EnvVar>();
  const os = new Map<string, EnvVar>();
  const osInput = new Map<string, InputKind>();
  // go env never prints proxy variables: when they appear in the paste they came from the OS environment.
  for (const [name, v] of parsed.vars) {
    if (NET_PROXY_VARS.includes(name)) {
      os.set(name, v);
      osInput.set(name, 'go-env');
    } else env.set(name, v);
  }
  if (input.osEnv !== undefined && input.osEnv.trim() !== '') {
    for (const [name, v] of parseEnvText(input.osEnv, 'os-env', () => true).vars) {
      os.set(name, v);
      osInput.set(name, 'os-env');
    }
  }
  const file = input.goEnvFile !== undefined && input.goEnvFile.trim() !== '' ? parseGoEnvFile(input.goEnvFile) : null;
  const gomod = input.goMod !== undefined && input.goMod.trim() !== '' ? parseGoMod(input.goMod) : null;

  const fromOption = goVersionOf(input.goVersion);
  const fromPaste = goVersionOf(env.get('GOVERSION')?.value);
  const version = fromOption ?? fromPaste;

  const findings: Finding[] = [];
  const osSetNames = new Set(input.osEnvSet ?? []);
  const ctx: Ctx = {
    go: version?.v ?? undefined,
    goText: version?.text ?? null,
    env,
    os,
    osInput,
    osSetNames,
    osKnown: (input.osEnv !== undefined && input.osEnv.trim() !== '') || osSetNames.size > 0,
    file,
    gomod,
    add: (id, parts) => findings.push(makeFinding(id, parts)),
  };

  checkGoproxy(ctx);
  checkPatterns(ctx);
  checkSumdb(ctx);
  checkGoflags(ctx);
  checkGo111module(ctx);
  checkGoauthGovcs(ctx);
  checkToolchain(ctx);
  checkNetwork(ctx);
  checkUnknownNames(ctx);
  checkPrecedence(ctx);

  const sorted = findings
    .map((f, i) => ({ f: maskFinding(f), i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) || a.i - b.i)
    .map((x) => x.f);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  const settings: Record<string, string> = {};
  for (const name of MODULE_VARS) {
    const v = env.get(name);
    if (v) settings[name] = maskSecrets(v.value);
  }
  return {
    ok: true,
    format: parsed.format,
    goVersion: version?.text ?? null,
    goVersionFrom: fromOption ? 'option' : fromPaste ? 'GOVERSION' : 'unknown',
    settings,
    findings: sorted,
    counts,
  };
}
