// The registry of output formats: data the page, the CLI and the bench iterate over.
import type { ModfixConfig } from '../config/data.ts';
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
import { render, type RenderResult } from './result.ts';
import type { Format } from './types.ts';
import { zsh } from './zsh.ts';

export type { Format, FormatId, Output, Verify } from './types.ts';
export { render, type RenderResult } from './result.ts';
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

/** Every format that applies to the config, rendered. */
export function renderAll(c: ModfixConfig): Array<{ format: Format; result: RenderResult }> {
  return formats.filter((f) => f.applies(c)).map((format) => ({ format, result: render(format, c) }));
}
