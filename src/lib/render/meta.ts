// What lists a format without its renderer: id, label, file name and when it applies. The page
// shows these tabs at once and loads the renderer behind one only when its tab is opened, so the
// rarely used formats (containers, CI, dotfiles, Athens) stay out of the page's first download.
import { hostsBy } from '../config/derive.ts';
import { t } from '../config/i18n.ts';
import type { ModfixConfig } from '../config/schema.ts';
import type { Format } from './types.ts';

export type FormatMeta = Omit<Format, 'render'>;

const always = () => true;

export const goEnvWMeta: FormatMeta = {
  id: 'go-env-w',
  label: t('go env -w (every shell)', 'go env -w（适用于所有 shell）'),
  applies: always,
};
export const fishMeta: FormatMeta = {
  id: 'fish',
  label: t('fish', 'fish'),
  applies: (c) => c.target.os !== 'windows' || c.target.shell === 'fish',
};
export const powershellMeta: FormatMeta = {
  id: 'powershell',
  label: t('PowerShell', 'PowerShell'),
  applies: (c) => c.target.os === 'windows' || c.target.shell === 'powershell',
};
export const cmdMeta: FormatMeta = {
  id: 'cmd',
  label: t('Command Prompt (cmd)', '命令提示符（cmd）'),
  applies: (c) => c.target.os === 'windows',
};
export const goenvFileMeta: FormatMeta = { id: 'goenv-file', label: t('go env file', 'go env 配置文件'), fileName: 'env', applies: always };

export const dockerfileMeta: FormatMeta = {
  id: 'dockerfile',
  label: t('Dockerfile', 'Dockerfile'),
  fileName: 'Dockerfile',
  applies: always,
};
export const dockerBuildMeta: FormatMeta = { id: 'docker-build', label: t('docker build command', 'docker build 命令'), applies: always };
export const netrcMeta: FormatMeta = {
  id: 'netrc',
  label: t('.netrc (HTTPS token)', '.netrc（HTTPS 令牌）'),
  fileName: '.netrc',
  applies: (c) => hostsBy(c, 'netrc').length > 0,
};
export const gitconfigMeta: FormatMeta = {
  id: 'gitconfig',
  label: t('.gitconfig (git)', '.gitconfig（git）'),
  fileName: '.gitconfig',
  // Exactly when gitconfig.ts has a setting to write: SSH or credential-helper hosts, git's proxy, a CA.
  applies: (c: ModfixConfig) => {
    const n = c.network;
    return c.auth.hosts.some((h) => h.method !== 'netrc') || (n.gitProxy && !!(n.httpsProxy ?? n.httpProxy)) || !!n.caBundle;
  },
};
export const npmrcMeta: FormatMeta = {
  id: 'npmrc',
  label: t('.npmrc (npm)', '.npmrc（npm）'),
  fileName: '.npmrc',
  applies: (c) => c.npm.registry !== undefined || c.npm.scopes.length > 0,
};
export const githubActionsMeta: FormatMeta = {
  id: 'github-actions',
  label: t('GitHub Actions', 'GitHub Actions'),
  fileName: '.github/workflows/go.yml',
  applies: always,
};
export const gitlabCiMeta: FormatMeta = {
  id: 'gitlab-ci',
  label: t('GitLab CI', 'GitLab CI'),
  fileName: '.gitlab-ci.yml',
  applies: always,
};
export const athensMeta: FormatMeta = { id: 'athens', label: t('Athens proxy (docker run)', 'Athens 代理（docker run）'), applies: always };
