// Where a value comes from: cmd/go/internal/cfg Getenv takes a non-empty OS variable first, then the
// go env file written by `go env -w` (GOENV), then $GOROOT/go.env (Go 1.21+), then the built-in default.
import { atLeast } from '../goversion.ts';
import { type Ctx, evidence, t } from './context.ts';
import type { Localized } from './types.ts';

const VARS = [
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
  'GOMODCACHE',
];

function order(ctx: Ctx): Localized {
  const file = ctx.env.get('GOENV')?.value;
  const where = file ? ` (${file})` : '';
  return atLeast(ctx.go, 21)
    ? t(
        `The go command takes each setting from the first of: a non-empty OS environment variable, the go env file${where} written by go env -w, $GOROOT/go.env, the built-in default.`,
        `go 命令按以下顺序取第一个有值的来源：非空的系统环境变量、由 go env -w 写入的 go env 配置文件${where}、$GOROOT/go.env、内置默认值。`,
      )
    : t(
        `The go command takes each setting from the first of: a non-empty OS environment variable, the go env file${where} written by go env -w, the built-in default.`,
        `go 命令按以下顺序取第一个有值的来源：非空的系统环境变量、由 go env -w 写入的 go env 配置文件${where}、内置默认值。`,
      );
}

const WHERE_SET = t(
  'Change or remove it where it is set: your shell profile (~/.bashrc, ~/.zshrc, ~/.config/fish/config.fish), the Windows "Environment Variables" dialog or setx, a Dockerfile ENV line, or your CI settings.',
  '到设置它的地方修改或删除：shell 配置文件（~/.bashrc、~/.zshrc、~/.config/fish/config.fish）、Windows 的“环境变量”对话框或 setx、Dockerfile 的 ENV 行，或 CI 设置。',
);

export function checkPrecedence(ctx: Ctx): void {
  const how = order(ctx);
  for (const name of VARS) {
    const os = ctx.os.get(name);
    const osInput = ctx.osInput.get(name);
    const fromListing = os !== undefined && osInput === 'os-env';
    const file = ctx.file?.get(name);
    const env = ctx.env.get(name);
    const osSet = (fromListing && os.value !== '') || ctx.osSetNames.has(name);

    if (osSet && file && (!fromListing || os.value !== file.value)) {
      const osText = fromListing ? `'${os.value}'` : 'a value';
      ctx.add('os-env-overrides-go-env-w', {
        variable: name,
        evidence: fromListing ? evidence('os-env', os) : evidence('go-env-file', file),
        message: t(
          `${name} is set in the OS environment (${osText}) and in the go env file ('${file.value}'). The OS value wins, so the go env -w setting is ignored, and go env -w ${name}=… prints "warning: go env -w ${name}=... does not override conflicting OS environment variable". ${how.en}`,
          `${name} 同时设置在系统环境变量（${fromListing ? osText : '某个值'}）和 go env 配置文件（'${file.value}'）中。系统环境变量优先，所以 go env -w 的设置被忽略；go env -w ${name}=… 会提示 "warning: go env -w ${name}=... does not override conflicting OS environment variable"。${how['zh-CN']}`,
        ),
        fix: WHERE_SET,
      });
      continue;
    }
    if (!ctx.osKnown && file && env && file.value !== '' && env.value !== file.value) {
      ctx.add('os-env-overrides-go-env-w', {
        variable: name,
        evidence: evidence('go-env', env),
        message: t(
          `go env shows ${name}='${env.value}', but your go env file says '${file.value}'. Only a non-empty OS environment variable beats the file, so ${name} is set in your environment and the go env -w value is ignored (go env -w ${name}=… prints "warning: go env -w ${name}=... does not override conflicting OS environment variable"). ${how.en}`,
          `go env 显示 ${name}='${env.value}'，而你的 go env 配置文件写的是 '${file.value}'。只有非空的系统环境变量能覆盖该文件，所以 ${name} 在你的环境变量中被设置了，go env -w 的值被忽略（go env -w ${name}=… 会提示 "warning: go env -w ${name}=... does not override conflicting OS environment variable"）。${how['zh-CN']}`,
        ),
        fix: WHERE_SET,
      });
      continue;
    }
    if (osSet) {
      ctx.add('os-env-sets-variable', {
        variable: name,
        ...(fromListing ? { evidence: evidence('os-env', os) } : {}),
        message: t(
          `${name} is set in the OS environment${fromListing ? ` ('${os.value}')` : ''}. It overrides anything written with go env -w, and go env -w ${name}=… will not change what the go command uses. ${how.en}`,
          `${name} 设置在系统环境变量中${fromListing ? `（'${os.value}'）` : ''}。它会覆盖 go env -w 写入的任何值，go env -w ${name}=… 也改变不了 go 命令实际使用的值。${how['zh-CN']}`,
        ),
        fix: WHERE_SET,
      });
      continue;
    }
    if (fromListing && os.value === '') {
      ctx.add('os-env-empty-ignored', {
        variable: name,
        evidence: evidence('os-env', os),
        message: t(
          `${name} is set to an empty value in the OS environment. The go command treats an empty variable as unset, so the value comes from the go env file or the default${env ? ` ('${env.value}')` : ''}: an empty ${name}= does not clear it.`,
          `${name} 在系统环境变量中被设为空值。go 命令把空变量视为未设置，因此值来自 go env 配置文件或默认值${env ? `（'${env.value}'）` : ''}：空的 ${name}= 并不能清除它。`,
        ),
        fix: t(
          `To clear a go env -w setting use go env -u ${name}; to override it, set a non-empty value.`,
          `要清除 go env -w 的设置，请用 go env -u ${name}；要覆盖它，请设置一个非空值。`,
        ),
      });
    }
  }
}
