// Pieces shared by the formats the page fetches when their tab opens (see page.ts), kept out of
// common.ts so they are not in the page bundle: where files live per OS, a sample private module
// path, the go env -w precedence note and the refusal for persistent references to secrets.
import { type Localized, t } from '../config/i18n.ts';
import type { ModfixConfig, TargetOS } from '../config/schema.ts';
import type { ShellWord } from '../quoting/word.ts';
import { hasRef } from './common.ts';
import { type FormatId, RenderError } from './types.ts';

/** Where `go env -w` keeps its file (os.UserConfigDir()/go/env). */
export function goEnvFile(os: TargetOS): string {
  if (os === 'windows') return '%AppData%\\go\\env';
  if (os === 'macos') return '~/Library/Application Support/go/env';
  return '~/.config/go/env';
}

/** Persistent user variables (fish universal, Windows user environment) store values expanded. */
export function refusePersistentRef(format: FormatId, name: string, w: ShellWord): void {
  if (!hasRef(w)) return;
  throw new RenderError(
    format,
    t(
      `${name} references a secret variable; a persistent setting would store the secret itself. Use the session scope (or put the line in a startup file).`,
      `${name} 引用了保存密钥的变量；持久设置会把密钥本身存下来。请使用当前会话范围（或把该行放进启动脚本）。`,
    ),
  );
}

export const osWins: Localized = t(
  'A non-empty environment variable overrides go env -w: remove conflicting exports from shell startup files.',
  '非空的环境变量会覆盖 go env -w 的设置：请删除 shell 启动文件中冲突的 export。',
);

/** A module path under a private host to show in verify commands (placeholders in capitals). */
export function sampleModule(c: ModfixConfig, host: string): string {
  const name = host.replace(/:\d+$/, '');
  const prefix = c.private.goprivate.find((p) => p.split('/')[0] === name && !/[*?[]/.test(p));
  if (prefix?.includes('/')) return `${prefix}/REPO`;
  return `${name}/GROUP/REPO`;
}

/** Where a dotfile lives for the target OS. */
export const homeFile = (os: TargetOS, unix: string, windows: string = unix) =>
  os === 'windows' ? `%USERPROFILE%\\${windows}` : `~/${unix}`;
