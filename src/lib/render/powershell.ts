// PowerShell: `$env:` for a session; for the user, [Environment]::SetEnvironmentVariable(…, 'User')
// plus `$env:` so the open window sees the values too.
import { allEnv, t } from '../config/data.ts';
import { setEnv, setUserEnv } from '../quoting/powershell.ts';
import { notes, provenance, verifyGoEnv } from './common.ts';
import type { Format } from './types.ts';
import { powershellMeta } from './meta.ts';

export const powershell: Format = {
  ...powershellMeta,
  render(c) {
    const env = allEnv(c);
    const persistent = c.target.scope === 'persistent';
    const lines = env.flatMap(([k, w]) => (persistent ? [setUserEnv(k, w), setEnv(k, w)] : [setEnv(k, w)]));
    const remove = env.map(([k]) => `Remove-Item Env:${k}`);
    const pw = c.network.proxyPasswordEnv;
    return {
      text: `${[provenance('#'), ...lines].join('\n')}\n`,
      notes: persistent
        ? [
            t(
              'Programs started from now on see the values; restart open terminals and editors.',
              '之后启动的程序会看到这些值；请重启已打开的终端和编辑器。',
            ),
          ]
        : [t('Applies to this PowerShell window only.', '只对当前 PowerShell 窗口生效。'), ...(pw ? [notes.proxyPassword(pw)] : [])],
      verify: verifyGoEnv(c),
      undo: `${[...(persistent ? env.map(([k]) => `[Environment]::SetEnvironmentVariable('${k}', $null, 'User')`) : []), ...remove].join('\n')}\n`,
    };
  },
};
