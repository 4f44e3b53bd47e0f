// The registry as the generator page loads it: bash and zsh, the tab a first visit shows (the
// start presets and most readers' machines), are in the page bundle; every other format is listed
// by its meta and its renderer is fetched when its tab is opened. Same order as `formats` in index.ts.
import { bash } from './bash.ts';
import {
  athensMeta,
  cmdMeta,
  fishMeta,
  goEnvWMeta,
  goenvFileMeta,
  powershellMeta,
  dockerBuildMeta,
  dockerfileMeta,
  type FormatMeta,
  githubActionsMeta,
  gitconfigMeta,
  gitlabCiMeta,
  netrcMeta,
  npmrcMeta,
} from './meta.ts';
import type { Format } from './types.ts';
import { zsh } from './zsh.ts';

export type { FormatMeta } from './meta.ts';

export type PageFormat = { meta: FormatMeta; format: Format } | { meta: FormatMeta; load: () => Promise<Format> };

const now = (format: Format): PageFormat => ({ meta: format, format });

export const pageFormats: readonly PageFormat[] = [
  { meta: goEnvWMeta, load: () => import('./go-env-w.ts').then((m) => m.goEnvW) },
  now(bash),
  now(zsh),
  { meta: fishMeta, load: () => import('./fish.ts').then((m) => m.fish) },
  { meta: powershellMeta, load: () => import('./powershell.ts').then((m) => m.powershell) },
  { meta: cmdMeta, load: () => import('./cmd.ts').then((m) => m.cmd) },
  { meta: goenvFileMeta, load: () => import('./goenv-file.ts').then((m) => m.goenvFile) },
  { meta: dockerfileMeta, load: () => import('./dockerfile.ts').then((m) => m.dockerfile) },
  { meta: dockerBuildMeta, load: () => import('./docker-build.ts').then((m) => m.dockerBuild) },
  { meta: netrcMeta, load: () => import('./netrc.ts').then((m) => m.netrc) },
  { meta: gitconfigMeta, load: () => import('./gitconfig.ts').then((m) => m.gitconfig) },
  { meta: npmrcMeta, load: () => import('./npmrc.ts').then((m) => m.npmrc) },
  { meta: githubActionsMeta, load: () => import('./github-actions.ts').then((m) => m.githubActions) },
  { meta: gitlabCiMeta, load: () => import('./gitlab-ci.ts').then((m) => m.gitlabCi) },
  { meta: athensMeta, load: () => import('./athens.ts').then((m) => m.athens) },
];
