// GOTOOLCHAIN and the go.mod go/toolchain lines (go.dev/doc/toolchain; cmd/go/internal/toolchain/select.go).
import { parseGoproxy } from '../goproxy/list.ts';
import { atLeast } from '../goversion.ts';
import { type Ctx, cmds, evidence, goEnvW, t } from './context.ts';

interface Gover {
  major: number;
  minor: number;
  /** null when absent: "1.21" (language version) and "1.21rc1" have no patch. */
  patch: number | null;
  kind: '' | 'alpha' | 'beta' | 'rc';
  pre: number;
}

/** internal/gover.Parse: "1.21.3", "1.21", "1.21rc1", "1.18beta2", "1". */
export function parseGover(x: string): Gover | null {
  const m = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)|(alpha|beta|rc)([1-9]\d*))?)?$/.exec(x);
  if (!m) return null;
  const minor = Number(m[2] ?? 0);
  let patch: number | null = m[3] !== undefined ? Number(m[3]) : null;
  const kind = (m[4] ?? '') as Gover['kind'];
  // Before Go 1.21 the first release was 1.N, not 1.N.0.
  if (patch === null && kind === '' && (m[2] === undefined || minor < 21)) patch = 0;
  return { major: Number(m[1]), minor, patch, kind, pre: Number(m[5] ?? 0) };
}

const KIND_ORDER = ['', 'alpha', 'beta', 'rc'];

/** internal/gover.Compare; invalid versions sort first. */
export function compareGover(a: string, b: string): number {
  const x = parseGover(a);
  const y = parseGover(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  const p = (v: number | null) => (v === null ? -1 : v);
  return (
    x.major - y.major ||
    x.minor - y.minor ||
    p(x.patch) - p(y.patch) ||
    KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
    x.pre - y.pre
  );
}

/** gover.FromToolchain: "go1.21.3" or "go1.21.3-custom" → "1.21.3"; otherwise null. */
export function fromToolchain(name: string): string | null {
  if (/[\\/]/.test(name) || !name.startsWith('go')) return null;
  const v = name.slice(2).split(/[ \t-]/)[0] as string;
  return parseGover(v) ? v : null;
}

function gotoolchainError(gt: string): string | null {
  if (gt === '' || gt === 'auto' || gt === 'path') return null;
  const plus = gt.indexOf('+');
  const min = plus < 0 ? gt : gt.slice(0, plus);
  const suffix = plus < 0 ? '' : gt.slice(plus + 1);
  if (min !== 'local' && fromToolchain(min) === null) {
    return plus >= 0 ? `invalid GOTOOLCHAIN "${gt}": invalid minimum toolchain "${min}"` : `invalid GOTOOLCHAIN "${gt}"`;
  }
  if (plus >= 0 && suffix !== 'auto' && suffix !== 'path') {
    return `invalid GOTOOLCHAIN "${gt}": only version suffixes are +auto and +path`;
  }
  return null;
}

export function checkToolchain(ctx: Ctx): void {
  const gtVar = ctx.env.get('GOTOOLCHAIN');
  const gt = gtVar?.value ?? '';
  if (gtVar && atLeast(ctx.go, 21)) {
    const err = gotoolchainError(gt);
    if (err) {
      ctx.add('gotoolchain-invalid', {
        evidence: evidence('go-env', gtVar),
        message: t(
          `GOTOOLCHAIN='${gt}' is not valid. Every go command, go env included, fails with: go: ${err}`,
          `GOTOOLCHAIN='${gt}' 无效。所有 go 命令（包括 go env）都会失败：go: ${err}`,
        ),
        fix: t(
          'Use auto (the default), local, path, a toolchain name such as go1.23.4, or go1.23.4+auto / +path.',
          '使用 auto（默认）、local、path、工具链名称（如 go1.23.4），或 go1.23.4+auto / +path。',
        ),
        commands: cmds(goEnvW('GOTOOLCHAIN', 'auto')),
      });
      return;
    }
  }
  const mod = ctx.gomod;
  const local = ctx.goText;
  if (!mod?.go || !local) return;
  const goLine = mod.go.value;
  const goEv = evidence('go-mod', mod.go);

  if (!atLeast(ctx.go, 21)) {
    checkOldGo(ctx, local);
    return;
  }
  if (!parseGover(goLine)) return; // go.mod syntax errors are the go command's to report

  const plus = gt.indexOf('+');
  const min = plus < 0 ? gt : gt.slice(0, plus);
  const mode = gt === 'auto' || gt === 'path' ? gt : plus >= 0 ? gt.slice(plus + 1) : '';
  const running = min === '' || min === 'local' || min === 'auto' || min === 'path' ? local : (fromToolchain(min) ?? local);

  if (mode === '') {
    if (compareGover(goLine, running) <= 0) return;
    const explain = gt !== '' ? `; GOTOOLCHAIN=${gt}` : '';
    ctx.add('gotoolchain-local-too-old', {
      evidence: goEv,
      message: t(
        `go.mod says go ${goLine}, newer than Go ${running}, and GOTOOLCHAIN=${gt || '(empty)'} does not allow switching toolchains. Every command in this module fails with: go: go.mod requires go >= ${goLine} (running go ${running}${explain})`,
        `go.mod 写的是 go ${goLine}，比 Go ${running} 新，而 GOTOOLCHAIN=${gt || '（空）'} 不允许切换工具链。该模块中的每条命令都会失败：go: go.mod requires go >= ${goLine} (running go ${running}${explain})`,
      ),
      fix: t(
        `Install Go ${goLine} or newer, or allow the go command to download it: GOTOOLCHAIN=auto (it fetches golang.org/toolchain through GOPROXY and needs the checksum database). If GOTOOLCHAIN=local comes from a Dockerfile ENV or CI variable, change it there or use an image with Go ${goLine}+.`,
        `安装 Go ${goLine} 或更新版本，或允许 go 命令自动下载：GOTOOLCHAIN=auto（它通过 GOPROXY 获取 golang.org/toolchain，并需要校验和数据库）。如果 GOTOOLCHAIN=local 来自 Dockerfile 的 ENV 或 CI 变量，请在那里修改，或使用 Go ${goLine}+ 的镜像。`,
      ),
      commands: cmds(goEnvW('GOTOOLCHAIN', 'auto')),
    });
    return;
  }

  // toolchain.Select: a newer toolchain line raises the minimum, then a newer go line wins;
  // "toolchain default" turns switching off. A language version (go 1.22) means its .0 release.
  const tcLine = mod.toolchain?.value;
  if (tcLine === 'default') {
    if (compareGover(goLine, running) <= 0) return;
    ctx.add('gotoolchain-local-too-old', {
      evidence: evidence('go-mod', mod.toolchain as NonNullable<typeof mod.toolchain>),
      message: t(
        `go.mod says go ${goLine}, newer than Go ${running}, and "toolchain default" turns toolchain switching off. Every command in this module fails with: go: go.mod requires go >= ${goLine} (running go ${running}; go.mod sets toolchain default)`,
        `go.mod 写的是 go ${goLine}，比 Go ${running} 新，而 "toolchain default" 关闭了工具链切换。该模块中的每条命令都会失败：go: go.mod requires go >= ${goLine} (running go ${running}; go.mod sets toolchain default)`,
      ),
      fix: t(
        `Install Go ${goLine} or newer, or remove the "toolchain default" line so that GOTOOLCHAIN=${gt || 'auto'} can download it.`,
        `安装 Go ${goLine} 或更新版本，或删除 "toolchain default" 这一行，让 GOTOOLCHAIN=${gt || 'auto'} 可以自动下载。`,
      ),
    });
    return;
  }
  const tcVersion = tcLine ? fromToolchain(tcLine) : null;
  let floor = running;
  let target: string | null = null;
  let targetEv = goEv;
  if (tcVersion && compareGover(tcVersion, floor) > 0) {
    target = tcVersion;
    floor = tcVersion;
    targetEv = evidence('go-mod', mod.toolchain as NonNullable<typeof mod.toolchain>);
  }
  if (compareGover(goLine, floor) > 0) {
    const lang = parseGover(goLine)?.patch === null && !/(rc|beta|alpha)/.test(goLine);
    target = lang && compareGover(goLine, '1.21') >= 0 ? `${goLine}.0` : goLine;
    targetEv = goEv;
  }
  if (!target) return;
  if (mode === 'path') {
    ctx.add('gotoolchain-will-download', {
      evidence: targetEv,
      message: t(
        `go.mod asks for Go ${target}, newer than Go ${running}. With GOTOOLCHAIN=${gt} the go command looks for a go${target} binary in PATH and does not download one.`,
        `go.mod 需要 Go ${target}，比 Go ${running} 新。在 GOTOOLCHAIN=${gt} 下，go 命令会在 PATH 中寻找 go${target}，不会下载。`,
      ),
      fix: t(`Put a go${target} binary in PATH, or use GOTOOLCHAIN=auto.`, `把 go${target} 放进 PATH，或使用 GOTOOLCHAIN=auto。`),
    });
    return;
  }
  const goproxy = ctx.env.get('GOPROXY');
  const gosumdb = ctx.env.get('GOSUMDB');
  const proxyOff = goproxy ? parseGoproxy(goproxy.value, ctx.go).entries[0]?.kind === 'off' : false;
  if (gosumdb?.value === 'off' || proxyOff) {
    const sumOff = gosumdb?.value === 'off';
    ctx.add('gotoolchain-download-blocked', {
      variable: sumOff ? 'GOSUMDB' : 'GOPROXY',
      evidence: sumOff ? evidence('go-env', gosumdb) : evidence('go-env', goproxy as NonNullable<typeof goproxy>),
      message: sumOff
        ? t(
            `go.mod asks for Go ${target}, newer than Go ${running}, so the go command tries to download that toolchain. Toolchain downloads are always verified against the checksum database (GOPRIVATE/GONOSUMDB do not apply), and GOSUMDB=off makes them fail: checksum database disabled by GOSUMDB=off`,
            `go.mod 需要 Go ${target}，比 Go ${running} 新，所以 go 命令会尝试下载该工具链。工具链下载总要用校验和数据库验证（GOPRIVATE/GONOSUMDB 对它无效），GOSUMDB=off 会让下载失败：checksum database disabled by GOSUMDB=off`,
          )
        : t(
            `go.mod asks for Go ${target}, newer than Go ${running}, so the go command tries to download that toolchain through GOPROXY, which is off: go: download go${target} for <os>/<arch>: toolchain not available`,
            `go.mod 需要 Go ${target}，比 Go ${running} 新，所以 go 命令会尝试通过 GOPROXY 下载该工具链，而 GOPROXY 是 off：go: download go${target} for <os>/<arch>: toolchain not available`,
          ),
      fix: t(
        `Install Go ${target}+ locally, or enable the checksum database (sum.golang.org, or sum.golang.google.cn in mainland China) and a proxy for the download.`,
        `在本地安装 Go ${target}+，或启用校验和数据库（sum.golang.org，中国大陆用 sum.golang.google.cn）和一个用于下载的代理。`,
      ),
    });
    return;
  }
  ctx.add('gotoolchain-will-download', {
    evidence: targetEv,
    message: t(
      `go.mod asks for Go ${target}, newer than Go ${running}. With GOTOOLCHAIN=${gt || 'auto'} the go command downloads that toolchain as the module golang.org/toolchain through GOPROXY and verifies it with the checksum database, then runs it ("go: downloading go${target} …").`,
      `go.mod 需要 Go ${target}，比 Go ${running} 新。在 GOTOOLCHAIN=${gt || 'auto'} 下，go 命令会通过 GOPROXY 以模块 golang.org/toolchain 的形式下载该工具链，用校验和数据库验证后运行它（"go: downloading go${target} …"）。`,
    ),
    fix: t(
      'Nothing to do if GOPROXY and the checksum database are reachable; otherwise install that Go version yourself.',
      '如果 GOPROXY 和校验和数据库都能访问，就无需处理；否则请自行安装该 Go 版本。',
    ),
  });
}

const OLD_GO_LINE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

function checkOldGo(ctx: Ctx, local: string): void {
  const mod = ctx.gomod;
  if (!mod?.go) return;
  const goLine = mod.go.value;
  const problems: string[] = [];
  if (!OLD_GO_LINE.test(goLine)) problems.push(`go.mod:${mod.go.line}: invalid go version '${goLine}': must match format 1.23`);
  if (mod.toolchain) problems.push(`go.mod:${mod.toolchain.line}: unknown directive: toolchain`);
  if (problems.length > 0) {
    ctx.add('gomod-format-too-new', {
      evidence: evidence('go-mod', OLD_GO_LINE.test(goLine) && mod.toolchain ? mod.toolchain : mod.go),
      message: t(
        `This go.mod was written by Go 1.21 or newer. Go ${local} cannot parse it, and every command in the module fails with: go: errors parsing go.mod: ${problems.join('; ')}`,
        `这个 go.mod 是由 Go 1.21 或更新版本写的。Go ${local} 无法解析它，该模块中的每条命令都会失败：go: errors parsing go.mod: ${problems.join('; ')}`,
      ),
      fix: t(
        `Upgrade Go to at least ${goLine.replace(/^(\d+\.\d+).*/, '$1')} (recommended). Editing go.mod down to "go 1.N" and deleting the toolchain line only helps if the code builds with Go ${local}.`,
        `把 Go 升级到至少 ${goLine.replace(/^(\d+\.\d+).*/, '$1')}（推荐）。把 go.mod 改成 "go 1.N" 并删除 toolchain 行，只有在代码能用 Go ${local} 编译时才有用。`,
      ),
      goVersions: '≤ 1.20',
    });
    return;
  }
  if (compareGover(goLine, local) <= 0) return;
  const l = parseGover(local);
  // Go 1.19.13+ and 1.20.8+ refuse modules that declare go 1.22 or later (go.dev/doc/toolchain#config).
  const refuses =
    l !== null &&
    compareGover(goLine, '1.22') >= 0 &&
    ((l.minor === 19 && (l.patch ?? 0) >= 13) || (l.minor === 20 && (l.patch ?? 0) >= 8));
  ctx.add('gomod-go-newer-than-go', {
    evidence: evidence('go-mod', mod.go),
    severity: refuses ? 'error' : 'warning',
    message: refuses
      ? t(
          `go.mod says go ${goLine}; Go ${local} refuses to load modules that declare Go 1.22 or later.`,
          `go.mod 写的是 go ${goLine}；Go ${local} 拒绝加载声明 Go 1.22 及以上的模块。`,
        )
      : t(
          `go.mod says go ${goLine}, newer than Go ${local}. Go ${local} still tries to build; if newer language features are used the build fails and the go command adds "note: module requires Go ${goLine}".`,
          `go.mod 写的是 go ${goLine}，比 Go ${local} 新。Go ${local} 仍会尝试编译；如果用到了新的语言特性，编译会失败，go 命令会附上 "note: module requires Go ${goLine}"。`,
        ),
    fix: t(`Upgrade Go to ${goLine} or newer.`, `把 Go 升级到 ${goLine} 或更新版本。`),
  });
}
