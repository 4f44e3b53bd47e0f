// cmd.exe: `set` for the window; `setx` (the user's environment) plus `set` when persistent,
// because setx does not change the window it runs in.
import { allEnv, t } from '../config/data.ts';
import { setVar, setxVar } from '../quoting/cmd.ts';
import { notes, provenance, verifyGoEnv } from './common.ts';
import type { Format } from './types.ts';
import { cmdMeta } from './meta.ts';

export const cmd: Format = {
  ...cmdMeta,
  render(c) {
    const env = allEnv(c);
    const persistent = c.target.scope === 'persistent';
    const lines = env.flatMap(([k, w]) => (persistent ? [setxVar(k, w), setVar(k, w)] : [setVar(k, w)]));
    const clear = env.map(([k]) => `set "${k}="`);
    const pw = c.network.proxyPasswordEnv;
    return {
      text: `${[provenance('REM'), ...lines].join('\r\n')}\r\n`,
      notes: persistent
        ? [
            t(
              'setx saves the values for programs started later; the set lines apply them to this window.',
              'setx 为之后启动的程序保存这些值；set 行让当前窗口立即生效。',
            ),
          ]
        : [t('Applies to this window only.', '只对当前窗口生效。'), ...(pw ? [notes.proxyPassword(pw)] : [])],
      verify: verifyGoEnv(c),
      undo: `${[...(persistent ? env.map(([k]) => `reg delete HKCU\\Environment /v ${k} /f`) : []), ...clear].join('\r\n')}\r\n`,
    };
  },
};
