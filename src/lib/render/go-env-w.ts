// `go env -w`: writes the Go variables into the go env file of the current user; `go env -u`
// puts the ones the model leaves at their default back to it, so the result equals the model.
import { GO_VAR_SINCE, goEnv, type ModfixConfig, networkEnv, t } from '../config/data.ts';
import { atLeast, LATEST_GO, parseGoVersion } from '../goversion.ts';
import { provenance, verifyGoEnv } from './common.ts';
import { goEnvFile, osWins } from './places.ts';
import { argQuoter, commentMarker } from './shell-words.ts';
import type { Format } from './types.ts';
import { goEnvWMeta } from './meta.ts';

export const goEnvW: Format = {
  ...goEnvWMeta,
  render(c: ModfixConfig) {
    const q = argQuoter(c.target.shell);
    const go = parseGoVersion(c.build.go) ?? LATEST_GO;
    const { set, unset } = goEnv(c);
    // go env -u rejects variables the installed Go does not know.
    const known = unset.filter((k) => atLeast(go, GO_VAR_SINCE[k]));
    const lines = [provenance(commentMarker(c.target.shell)), ...set.map(([k, v]) => `go env -w ${q(`${k}=${v}`)}`)];
    if (known.length > 0) lines.push(`go env -u ${known.join(' ')}`);
    const net = networkEnv(c)
      .map(([k]) => k)
      .filter((k) => k === k.toUpperCase());
    const extra =
      net.length > 0
        ? [
            t(
              `${net.join(', ')} are not Go settings: set them with your shell's format.`,
              `${net.join('、')} 不是 Go 设置：请用对应 shell 的格式设置。`,
            ),
          ]
        : [];
    return {
      text: `${lines.join('\n')}\n`,
      path: goEnvFile(c.target.os),
      notes: [osWins, ...extra],
      verify: verifyGoEnv(c),
      undo: `go env -u ${set.map(([k]) => k).join(' ')}\n`,
    };
  },
};
