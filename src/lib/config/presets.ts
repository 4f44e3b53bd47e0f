// Starting points for common situations. Each is a config input (defaults fill the rest) and
// must validate without errors; tests/unit/config.test.ts checks that. List entries spell out
// their defaults (sep) so that data.ts's withDefaults needs no schema; config-data.test.ts checks it.
import { NPMMIRROR } from './catalogue.ts';
import { type Localized, t } from './i18n.ts';
import { MODEL_VERSION } from './version.ts';
import type { ModfixConfigInput } from './schema.ts';

export interface Preset {
  id: string;
  name: Localized;
  description: Localized;
  config: ModfixConfigInput;
}

const v = MODEL_VERSION;

export const presets: readonly Preset[] = [
  {
    id: 'china-mainland',
    name: t('Mainland China', '中国大陆'),
    description: t(
      'goproxy.cn, then direct; the default checksum DB works because goproxy.cn proxies it.',
      '先 goproxy.cn 再 direct；默认校验和数据库可用，因为 goproxy.cn 会代理它。',
    ),
    config: {
      version: v,
      target: { os: 'linux', shell: 'bash', scope: 'persistent' },
      proxy: [
        { kind: 'mirror', id: 'goproxy-cn', sep: ',' },
        { kind: 'direct', sep: ',' },
      ],
      npm: { registry: NPMMIRROR },
    },
  },
  {
    id: 'corporate-gitlab',
    name: t('Company GitLab behind an HTTP proxy', '公司内网 GitLab + HTTP 代理'),
    description: t(
      'Private modules from a self-hosted GitLab with a token in .netrc; public ones through the company proxy.',
      '私有模块来自自建 GitLab（令牌写入 .netrc），公共模块经公司 HTTP 代理获取。',
    ),
    config: {
      version: v,
      target: { os: 'linux', shell: 'bash', scope: 'persistent' },
      proxy: [
        { kind: 'mirror', id: 'proxy-golang-org', sep: ',' },
        { kind: 'direct', sep: ',' },
      ],
      private: { goprivate: ['gitlab.corp.example.com'] },
      auth: { hosts: [{ host: 'gitlab.corp.example.com', method: 'netrc', login: 'oauth2', tokenEnv: 'GITLAB_TOKEN' }] },
      network: {
        httpsProxy: 'http://proxy.corp.example.com:3128',
        httpProxy: 'http://proxy.corp.example.com:3128',
        noProxy: ['gitlab.corp.example.com', '.corp.example.com'],
      },
    },
  },
  {
    id: 'docker-private',
    name: t('Docker build with private modules', 'Docker 构建 + 私有模块'),
    description: t(
      'docker build with the token passed as a build secret (never in a layer) and cache mounts for modules and builds.',
      'docker build 通过构建密钥传入令牌（不进入镜像层），并为模块和编译缓存使用缓存挂载。',
    ),
    config: {
      version: v,
      target: { os: 'linux', shell: 'bash', scope: 'project' },
      proxy: [
        { kind: 'mirror', id: 'proxy-golang-org', sep: ',' },
        { kind: 'direct', sep: ',' },
      ],
      private: { goprivate: ['github.com/acme-corp'] },
      auth: { hosts: [{ host: 'github.com', method: 'netrc', login: 'x-access-token', tokenEnv: 'GH_TOKEN' }] },
    },
  },
  {
    id: 'github-actions',
    name: t('GitHub Actions', 'GitHub Actions'),
    description: t(
      'A workflow that reads private modules with a token from the repository secrets.',
      '使用仓库 Secrets 中的令牌读取私有模块的工作流。',
    ),
    config: {
      version: v,
      target: { os: 'linux', shell: 'bash', scope: 'project' },
      proxy: [
        { kind: 'mirror', id: 'proxy-golang-org', sep: ',' },
        { kind: 'direct', sep: ',' },
      ],
      private: { goprivate: ['github.com/acme-corp'] },
      auth: { hosts: [{ host: 'github.com', method: 'netrc', login: 'x-access-token', tokenEnv: 'GO_MODULES_TOKEN' }] },
    },
  },
  {
    id: 'offline',
    name: t('Offline / air-gapped', '离线 / 内网隔离'),
    description: t(
      'Modules from a local file:// copy of a module cache (or an Athens server), nothing from the internet.',
      '模块来自本地 file:// 模块缓存副本（或 Athens 服务器），不访问互联网。',
    ),
    config: {
      version: v,
      target: { os: 'linux', shell: 'bash', scope: 'persistent' },
      proxy: [
        { kind: 'url', url: 'file:///srv/goproxy', sep: ',' },
        { kind: 'off', sep: ',' },
      ],
      build: { gotoolchain: 'local' },
    },
  },
  {
    id: 'global-default',
    name: t('Default (outside China)', '默认（中国大陆以外）'),
    description: t(
      "Go's defaults: proxy.golang.org, then direct, checked against sum.golang.org.",
      'Go 的默认设置：proxy.golang.org，再 direct，并由 sum.golang.org 校验。',
    ),
    config: { version: v },
  },
];

export const presetById = (id: string) => presets.find((p) => p.id === id);
