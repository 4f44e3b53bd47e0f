// fish: `set -gx` for a session, `set -Ux` (universal, saved by fish itself) when persistent.
import { allEnv, t } from '../config/data.ts';
import { setVar } from '../quoting/fish.ts';
import { notes, provenance, verifyGoEnv } from './common.ts';
import { refusePersistentRef } from './places.ts';
import type { Format } from './types.ts';
import { fishMeta } from './meta.ts';

export const fish: Format = {
  ...fishMeta,
  render(c) {
    const env = allEnv(c);
    const persistent = c.target.scope === 'persistent';
    if (persistent) for (const [k, w] of env) refusePersistentRef('fish', k, w);
    const flag = persistent ? '-Ux' : '-gx';
    const pw = c.network.proxyPasswordEnv;
    return {
      text: `${[provenance('#'), ...env.map(([k, w]) => setVar(k, w, flag))].join('\n')}\n`,
      notes: persistent
        ? [
            t(
              'Universal variables apply to every fish session at once and are saved in ~/.config/fish/fish_variables; a global variable of the same name (set in config.fish or inherited) hides them.',
              '通用变量立即对所有 fish 会话生效，并保存在 ~/.config/fish/fish_variables；同名的全局变量（在 config.fish 中设置或继承而来）会遮蔽它们。',
            ),
          ]
        : [t('Applies to this fish session only.', '只对当前 fish 会话生效。'), ...(pw ? [notes.proxyPassword(pw)] : [])],
      verify: verifyGoEnv(c),
      undo: `${env.map(([k]) => `set ${persistent ? '-Ue' : '-e'} ${k}`).join('\n')}\n`,
    };
  },
};
