// The registry of output formats: data the page, the CLI and the bench iterate over.
import { type Localized, type ModfixConfig, t } from '../config/index.ts';
import { UnsafeValueError } from '../quoting/word.ts';
import { athens } from './athens.ts';
import { bash } from './bash.ts';
import { cmd } from './cmd.ts';
import { dockerBuild } from './docker-build.ts';
import { dockerfile } from './dockerfile.ts';
import { fish } from './fish.ts';
import { gitconfig } from './gitconfig.ts';
import { githubActions } from './github-actions.ts';
import { gitlabCi } from './gitlab-ci.ts';
import { goEnvW } from './go-env-w.ts';
import { goenvFile } from './goenv-file.ts';
import { netrc } from './netrc.ts';
import { npmrc } from './npmrc.ts';
import { powershell } from './powershell.ts';
import { type Format, type Output, RenderError } from './types.ts';
import { zsh } from './zsh.ts';

export type { Format, FormatId, Output, Verify } from './types.ts';
export { RenderError } from './types.ts';

export const formats: readonly Format[] = [
  goEnvW,
  bash,
  zsh,
  fish,
  powershell,
  cmd,
  goenvFile,
  dockerfile,
  dockerBuild,
  netrc,
  gitconfig,
  npmrc,
  githubActions,
  gitlabCi,
  athens,
];

export const formatById = (id: string): Format | undefined => formats.find((f) => f.id === id);

export type RenderResult = { ok: true; output: Output } | { ok: false; error: Localized };

/** Renders one format, turning a value the format cannot hold into a message instead of output. */
export function render(format: Format, c: ModfixConfig): RenderResult {
  try {
    return { ok: true, output: format.render(c) };
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, error: e.text };
    if (e instanceof UnsafeValueError) {
      return {
        ok: false,
        error: t(
          `${format.id}: a value cannot be written safely (${e.reason}): ${JSON.stringify(e.value)}`,
          `${format.id}：无法安全写出某个值（${e.reason}）：${JSON.stringify(e.value)}`,
        ),
      };
    }
    throw e;
  }
}

/** Every format that applies to the config, rendered. */
export function renderAll(c: ModfixConfig): Array<{ format: Format; result: RenderResult }> {
  return formats.filter((f) => f.applies(c)).map((format) => ({ format, result: render(format, c) }));
}
