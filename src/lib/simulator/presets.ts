// Starting points for the simulator, as the issue lists them. Each is a complete, valid input.
import type { I18n, SimulateInput } from './model.ts';

export interface Preset {
  id: string;
  label: I18n;
  input: SimulateInput;
}

export const PRESETS: Preset[] = [
  {
    id: 'goproxy-cn',
    label: { en: 'goproxy.cn, then direct', 'zh-CN': 'goproxy.cn，然后 direct' },
    input: { goproxy: 'https://goproxy.cn,direct', outcomes: ['200', 'ok'] },
  },
  {
    id: 'pipe-fallback',
    label: { en: 'Two proxies with | failover', 'zh-CN': '两个代理，用 | 故障转移' },
    input: { goproxy: 'https://a.example|https://b.example,direct', outcomes: ['500', '200', 'ok'] },
  },
  { id: 'off', label: { en: 'GOPROXY=off', 'zh-CN': 'GOPROXY=off' }, input: { goproxy: 'off', outcomes: [] } },
  { id: 'direct', label: { en: 'GOPROXY=direct', 'zh-CN': 'GOPROXY=direct' }, input: { goproxy: 'direct', outcomes: ['ok'] } },
  {
    id: 'private',
    label: { en: 'Private module (GOPRIVATE)', 'zh-CN': '私有模块（GOPRIVATE）' },
    input: {
      goproxy: 'https://goproxy.cn,direct',
      outcomes: ['404', 'auth'],
      module: 'git.corp.example/team/lib',
      goprivate: 'git.corp.example',
    },
  },
  {
    id: 'private-proxied',
    label: { en: 'Private module through a company proxy (GONOPROXY=none)', 'zh-CN': '私有模块经公司代理（GONOPROXY=none）' },
    input: {
      goproxy: 'https://goproxy.corp.example,direct',
      outcomes: ['200', 'auth'],
      module: 'git.corp.example/team/lib',
      goprivate: 'git.corp.example',
      gonoproxy: 'none',
    },
  },
];
