// GOFLAGS, GO111MODULE, GOAUTH, GOVCS and variable names.
import { atLeast } from '../goversion.ts';
import { type Ctx, cmds, evidence, goEnvU, goEnvW, t } from './context.ts';
import { isKnownGoFlag, mistakenVar } from './known.ts';
import type { EnvVar, InputKind } from './types.ts';

/** cmd/internal/quoted.Split: fields separated by white space; a field may be '…' or "…" (no escapes). */
export function quotedSplit(s: string): string[] | { unterminated: string } {
  const out: string[] = [];
  let rest = s;
  for (;;) {
    rest = rest.replace(/^[ \t\n\r]+/, '');
    if (rest === '') return out;
    const q = rest[0] as string;
    if (q === "'" || q === '"') {
      const i = rest.indexOf(q, 1);
      if (i < 0) return { unterminated: q };
      out.push(rest.slice(1, i));
      rest = rest.slice(i + 1);
      continue;
    }
    const m = /[ \t\n\r]/.exec(rest);
    const i = m ? m.index : rest.length;
    out.push(rest.slice(0, i));
    rest = rest.slice(i);
  }
}

function isNonFlag(f: string): boolean {
  return !f.startsWith('-') || f === '-' || f === '--' || f.startsWith('---') || f.startsWith('-=') || f.startsWith('--=');
}

export function checkGoflags(ctx: Ctx): void {
  const v = ctx.env.get('GOFLAGS');
  if (!v || v.value.trim() === '') return;
  const ev = evidence('go-env', v);
  // Go ≤ 1.19 split GOFLAGS with strings.Fields; Go 1.23 uses quoted.Split. Between them the
  // switch is not pinned down, so words containing quotes are not judged there.
  const quoted = atLeast(ctx.go, 23);
  const unsure = !quoted && atLeast(ctx.go, 20);
  const split = quoted ? quotedSplit(v.value) : v.value.split(/[ \t\n\r]+/).filter((w) => w !== '');
  if (!Array.isArray(split)) {
    ctx.add('goflags-non-flag', {
      evidence: ev,
      message: t(
        `GOFLAGS has an unclosed ${split.unterminated} quote. Every go command fails with: go: parsing $GOFLAGS: unterminated ${split.unterminated} string`,
        `GOFLAGS 中有未闭合的 ${split.unterminated} 引号。所有 go 命令都会失败：go: parsing $GOFLAGS: unterminated ${split.unterminated} string`,
      ),
      fix: t('Close the quote, or remove it.', '补上或删掉这个引号。'),
    });
    return;
  }
  const words = split;
  for (const w of words) {
    if (unsure && /['"]/.test(w)) continue;
    if (isNonFlag(w)) {
      ctx.add('goflags-non-flag', {
        evidence: ev,
        message: t(
          `GOFLAGS word "${w}" is not a flag. Every go command (except go env) fails with: go: parsing $GOFLAGS: non-flag "${w}"`,
          `GOFLAGS 中的 "${w}" 不是一个标志。除 go env 外的所有 go 命令都会失败：go: parsing $GOFLAGS: non-flag "${w}"`,
        ),
        fix: t(
          'GOFLAGS is a space-separated list of -flag or -flag=value words; a value cannot be a separate word (write -tags=a,b, not -tags a,b).',
          'GOFLAGS 是用空格分隔的 -flag 或 -flag=value；值不能单独成词（写 -tags=a,b，而不是 -tags a,b）。',
        ),
      });
      continue;
    }
    const name = w.replace(/^--?/, '').split('=')[0] as string;
    const value = w.includes('=') ? w.slice(w.indexOf('=') + 1) : null;
    if (name === 'insecure') {
      const removed = atLeast(ctx.go, 17);
      ctx.add('goflags-insecure', {
        evidence: ev,
        severity: removed ? 'error' : 'warning',
        goVersions: removed ? '1.17+' : '1.13–1.16',
        message: removed
          ? t(
              'GOFLAGS contains -insecure, which was removed in Go 1.17. go get fails with "go: -insecure flag is no longer supported; use GOINSECURE instead" (Go 1.17: "go get: …"); other commands ignore it. It relaxes neither TLS nor checksum checks.',
              'GOFLAGS 中有 -insecure，它在 Go 1.17 中已被移除。go get 会失败：go: -insecure flag is no longer supported; use GOINSECURE instead（Go 1.17 为 "go get: …"）；其他命令会忽略它。它既不会放宽 TLS 检查，也不会放宽校验和检查。',
            )
          : t(
              `GOFLAGS contains -insecure: with Go ${ctx.goText ?? '1.16 and older'} go get may then use plain HTTP and skips checksum verification for everything it fetches. It was deprecated in 1.16 and removed in 1.17.`,
              `GOFLAGS 中有 -insecure：在 Go ${ctx.goText ?? '1.16 及更早版本'} 中，go get 会因此可能使用明文 HTTP，并对获取的所有内容跳过校验和验证。它在 1.16 中被弃用，1.17 中被移除。`,
            ),
        fix: t(
          'Remove -insecure. For a repository without valid TLS use GOINSECURE=<module path pattern>; for private modules use GOPRIVATE.',
          '删除 -insecure。对于没有有效 TLS 的代码仓库，使用 GOINSECURE=<模块路径模式>；对于私有模块，使用 GOPRIVATE。',
        ),
        commands: cmds(
          words.filter((x) => x !== w).length > 0 ? goEnvW('GOFLAGS', words.filter((x) => x !== w).join(' ')) : goEnvU('GOFLAGS'),
        ),
      });
      continue;
    }
    if (!isKnownGoFlag(name)) {
      const sure = ctx.go !== undefined && !atLeast(ctx.go, 24);
      ctx.add('goflags-unknown-flag', {
        evidence: ev,
        severity: sure ? 'error' : 'warning',
        message: t(
          `GOFLAGS contains -${name}, which no go command ${sure ? 'knows' : 'knew as of Go 1.23'}. Every go command (except go env) fails with: go: parsing $GOFLAGS: unknown flag -${name}`,
          `GOFLAGS 中的 -${name} 不是任何 go 命令的标志${sure ? '' : '（截至 Go 1.23）'}。除 go env 外的所有 go 命令都会失败：go: parsing $GOFLAGS: unknown flag -${name}`,
        ),
        fix: t('Fix the spelling or remove the flag (see go help build).', '修正拼写或删除该标志（参见 go help build）。'),
      });
      continue;
    }
    if (name === 'mod' && value !== null) {
      if (!['', 'mod', 'readonly', 'vendor'].includes(value)) {
        ctx.add('goflags-bad-mod', {
          evidence: ev,
          message: t(
            `GOFLAGS sets -mod=${value}. Module commands fail with: -mod=${value} not supported (can be '', 'mod', 'readonly', or 'vendor')`,
            `GOFLAGS 设置了 -mod=${value}。模块相关命令会失败：-mod=${value} not supported (can be '', 'mod', 'readonly', or 'vendor')`,
          ),
          fix: t('Use -mod=mod, -mod=readonly or -mod=vendor.', '使用 -mod=mod、-mod=readonly 或 -mod=vendor。'),
        });
      } else if (value === 'vendor') {
        ctx.add('goflags-mod-vendor', {
          evidence: ev,
          message: t(
            'GOFLAGS sets -mod=vendor: builds use only vendor/ and never download; a module missing there fails with "module lookup disabled by -mod=vendor". GOPROXY settings do not matter for these builds.',
            'GOFLAGS 设置了 -mod=vendor：构建只使用 vendor/，从不下载；那里缺少的模块会失败并报 "module lookup disabled by -mod=vendor"。这类构建与 GOPROXY 设置无关。',
          ),
          fix: t(
            'Run go mod vendor after changing dependencies, or remove -mod=vendor to download modules.',
            '修改依赖后运行 go mod vendor；如需下载模块，请去掉 -mod=vendor。',
          ),
        });
      }
    }
  }
}

export function checkGo111module(ctx: Ctx): void {
  const v = ctx.env.get('GO111MODULE');
  if (!v) return;
  const ev = evidence('go-env', v);
  if (v.value === 'off') {
    ctx.add('go111module-off', {
      evidence: ev,
      message: t(
        'GO111MODULE=off turns modules off: go.mod is ignored, go mod tidy fails with "go: modules disabled by GO111MODULE=off; see \'go help modules\'", and go get works in the old GOPATH mode.',
        'GO111MODULE=off 会关闭模块功能：go.mod 被忽略，go mod tidy 会失败并报 "go: modules disabled by GO111MODULE=off; see \'go help modules\'"，go get 则以旧的 GOPATH 模式工作。',
      ),
      fix: t(
        'Unset it (module mode is the default since Go 1.16); on Go 1.13–1.15 set GO111MODULE=on.',
        '取消它（从 Go 1.16 起默认就是模块模式）；在 Go 1.13–1.15 上设置 GO111MODULE=on。',
      ),
      commands: atLeast(ctx.go, 16) ? [goEnvU('GO111MODULE')] : cmds(goEnvW('GO111MODULE', 'on')),
    });
  } else if (!['', 'on', 'auto'].includes(v.value)) {
    ctx.add('go111module-invalid', {
      evidence: ev,
      message: t(
        `GO111MODULE='${v.value}' is not a valid value. Every go command, go env included, fails with: go: unknown environment setting GO111MODULE=${v.value}`,
        `GO111MODULE='${v.value}' 不是有效值。所有 go 命令（包括 go env）都会失败：go: unknown environment setting GO111MODULE=${v.value}`,
      ),
      fix: t('Use on, off or auto, or leave it empty (recommended).', '使用 on、off 或 auto，或者留空（推荐）。'),
      commands: [goEnvU('GO111MODULE')],
    });
  }
}

function isAbsPath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** The first fatal GOAUTH error, in the order runGoAuth meets them (it walks the list backwards). */
export function goauthError(value: string): string | null {
  const commands = value.split(';');
  for (const raw of [...commands].reverse()) {
    const words = raw
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0) return `go: GOAUTH encountered an empty command (GOAUTH=${value})`;
    if (words[0] === 'off' && commands.length !== 1) {
      return `go: GOAUTH=off cannot be combined with other authentication commands (GOAUTH=${value})`;
    }
    if (words[0] === 'git') {
      if (words.length !== 2) return 'go: GOAUTH=git dir method requires an absolute path to the git working directory';
      if (!isAbsPath(words[1] as string)) {
        return 'go: GOAUTH=git dir method requires an absolute path to the git working directory, dir is not absolute';
      }
    }
  }
  return null;
}

/** A variable's value and where it was found: go env output first, then the OS listing, then the file. */
function lookup(ctx: Ctx, name: string): { v: EnvVar; input: InputKind } | null {
  const e = ctx.env.get(name);
  if (e) return { v: e, input: 'go-env' };
  const o = ctx.os.get(name);
  if (o) return { v: o, input: ctx.osInput.get(name) ?? 'os-env' };
  const f = ctx.file?.get(name);
  return f ? { v: f, input: 'go-env-file' } : null;
}

const VERSION_GATED: [string, number][] = [
  ['GOINSECURE', 14],
  ['GOVCS', 16],
  ['GOTOOLCHAIN', 21],
  ['GOAUTH', 24],
];

export function checkGoauthGovcs(ctx: Ctx): void {
  for (const [name, minor] of VERSION_GATED) {
    const found = lookup(ctx, name);
    if (!found || found.v.value === '' || atLeast(ctx.go, minor) || found.input === 'go-env') continue;
    ctx.add('variable-not-in-this-go', {
      variable: name,
      evidence: evidence(found.input, found.v),
      message: t(
        `${name} is set, but it only exists since Go 1.${minor}; Go ${ctx.goText} ignores it.`,
        `设置了 ${name}，但它从 Go 1.${minor} 起才有；Go ${ctx.goText} 会忽略它。`,
      ),
      fix: t(
        `Upgrade Go to 1.${minor} or newer, or use what this release supports.`,
        `把 Go 升级到 1.${minor} 或更高版本，或改用这个版本支持的设置。`,
      ),
    });
  }

  const auth = lookup(ctx, 'GOAUTH');
  if (auth && auth.v.value !== '' && atLeast(ctx.go, 24)) {
    const err = goauthError(auth.v.value);
    if (err) {
      ctx.add('goauth-invalid', {
        evidence: evidence(auth.input, auth.v),
        message: t(`GOAUTH is not valid; the first HTTPS download fails with: ${err}`, `GOAUTH 无效；第一次 HTTPS 下载就会失败：${err}`),
        fix: t(
          'GOAUTH is a ;-separated list of netrc, git /absolute/dir, off (alone) or a command; no empty entries.',
          'GOAUTH 是用 ; 分隔的列表，每项为 netrc、git /绝对路径、off（只能单独使用）或一个命令；不能有空项。',
        ),
        commands: [goEnvU('GOAUTH')],
      });
    }
  }

  const vcs = lookup(ctx, 'GOVCS');
  if (vcs && vcs.v.value.trim() !== '' && atLeast(ctx.go, 16)) {
    const err = govcsError(vcs.v.value);
    if (err) {
      ctx.add('govcs-invalid', {
        evidence: evidence(vcs.input, vcs.v),
        message: t(`GOVCS is not valid; every direct (VCS) fetch fails with: ${err}`, `GOVCS 无效；所有直接（VCS）获取都会失败：${err}`),
        fix: t(
          'GOVCS is a comma-separated list of pattern:vcs|vcs rules, e.g. GOVCS=github.com:git,private:all,public:git|hg.',
          'GOVCS 是用逗号分隔的 pattern:vcs|vcs 规则列表，例如 GOVCS=github.com:git,private:all,public:git|hg。',
        ),
      });
    }
  }
}

/** vcs.parseGOVCS errors. */
export function govcsError(value: string): string | null {
  const have = new Map<string, string>();
  for (const raw of value.trim().split(',')) {
    const item = raw.trim();
    if (item === '') return 'empty entry in GOVCS';
    const colon = item.indexOf(':');
    if (colon < 0) return `malformed entry in GOVCS (missing colon): ${JSON.stringify(item)}`;
    const pattern = item.slice(0, colon).trim();
    const list = item.slice(colon + 1).trim();
    if (pattern === '') return `empty pattern in GOVCS: ${JSON.stringify(item)}`;
    if (list === '') return `empty VCS list in GOVCS: ${JSON.stringify(item)}`;
    if (pattern.startsWith('./') || pattern.startsWith('../') || pattern === '.' || pattern === '..') {
      return `relative pattern not allowed in GOVCS: ${JSON.stringify(pattern)}`;
    }
    const old = have.get(pattern);
    if (old !== undefined) return `unreachable pattern in GOVCS: ${JSON.stringify(item)} after ${JSON.stringify(old)}`;
    have.set(pattern, item);
    if (list.split('|').some((a) => a.trim() === '')) return `empty VCS name in GOVCS: ${JSON.stringify(item)}`;
  }
  return null;
}

export function checkUnknownNames(ctx: Ctx): void {
  const seen = new Set<string>();
  const sources: [Map<string, EnvVar> | null, (name: string) => InputKind][] = [
    [ctx.os, (n) => ctx.osInput.get(n) ?? 'os-env'],
    [ctx.file, () => 'go-env-file'],
    [ctx.env, () => 'go-env'],
  ];
  for (const [vars, input] of sources) {
    if (!vars) continue;
    for (const v of vars.values()) {
      if (seen.has(v.name)) continue;
      const real = mistakenVar(v.name);
      if (real === null) continue;
      seen.add(v.name);
      ctx.add('unknown-variable', {
        variable: v.name,
        evidence: evidence(input(v.name), v),
        message: t(
          `${v.name} is not a Go setting: the go command ignores it (and go env -w rejects it with "unknown go command variable ${v.name}").${real ? ` You probably mean ${real}.` : ''}`,
          `${v.name} 不是 Go 的设置：go 命令会忽略它（go env -w 会拒绝并报 "unknown go command variable ${v.name}"）。${real ? `你可能想用的是 ${real}。` : ''}`,
        ),
        fix: real
          ? t(`Use ${real} instead and remove ${v.name}.`, `改用 ${real}，并删除 ${v.name}。`)
          : t(
              'Remove it. The module settings are GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOSUMDB, GOINSECURE, GOFLAGS, GOAUTH and GOVCS.',
              '删除它。与模块相关的设置是 GOPROXY、GOPRIVATE、GONOPROXY、GONOSUMDB、GOSUMDB、GOINSECURE、GOFLAGS、GOAUTH 和 GOVCS。',
            ),
      });
    }
  }
}
