// The go env file itself (what `go env -w` writes): KEY=VALUE lines, no quoting, sorted by key
// the way go env -w sorts them, so a later `go env -w` leaves the file as it is.
import { goEnv, t } from '../config/data.ts';
import { provenance, verifyGoEnv } from './common.ts';
import { goEnvFile, osWins } from './places.ts';
import type { Format } from './types.ts';
import { goenvFileMeta } from './meta.ts';

export const goenvFile: Format = {
  ...goenvFileMeta,
  render(c) {
    const lines = goEnv(c)
      .set.map(([k, v]) => `${k}=${v}`)
      .sort((a, b) => (a.slice(0, a.indexOf('=')) < b.slice(0, b.indexOf('=')) ? -1 : 1));
    return {
      // The go command ignores lines that do not start with A–Z, so the comment is safe.
      text: `${[provenance('#'), ...lines].join('\n')}\n`,
      path: goEnvFile(c.target.os),
      notes: [
        t(
          'Replaces the whole file: merge by hand if it already has other settings (see go env GOENV).',
          '会替换整个文件：若已有其他设置请手动合并（位置见 go env GOENV）。',
        ),
        osWins,
      ],
      verify: verifyGoEnv(c),
    };
  },
};
