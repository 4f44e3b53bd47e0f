// The `docker build` command for the Dockerfile: settings as --build-arg, the .netrc as a
// BuildKit secret, the SSH agent for insteadOf hosts, and the proxy variables from the shell.
import { t } from '../config/data.ts';
import { provenance } from './common.ts';
import { homeFile } from './places.ts';
import { buildArgs, NETRC_SECRET, needsNetrc, needsSsh, proxyArgs } from './docker.ts';
import { argQuoter, commentMarker, continuation, homeRef, wordQuoter } from './shell-words.ts';
import type { Format } from './types.ts';
import { dockerBuildMeta } from './meta.ts';

export const dockerBuild: Format = {
  ...dockerBuildMeta,
  render(c) {
    const shell = c.target.shell;
    const q = argQuoter(shell);
    const windows = c.target.os === 'windows';
    const parts = ['docker build', ...buildArgs(c).map(([k, v]) => `--build-arg ${q(`${k}=${v}`)}`)];
    if (needsNetrc(c)) {
      const w = wordQuoter(shell);
      parts.push(`--secret ${w([`id=${NETRC_SECRET},src=`, homeRef(shell), windows ? '\\_netrc' : '/.netrc'])}`);
    }
    if (needsSsh(c)) parts.push('--ssh default');
    // Without a value, --build-arg takes the variable from the environment of the docker command.
    parts.push(...proxyArgs(c).map((k) => `--build-arg ${k}`), '-t app .');
    return {
      text: `${provenance(commentMarker(shell))}\n${parts.join(`${continuation(shell)}\n  `)}\n`,
      notes: [
        ...(needsNetrc(c)
          ? [
              t(
                `The token is read from ${homeFile(c.target.os, '.netrc', '_netrc')} as a build secret.`,
                `令牌作为构建密钥从 ${homeFile(c.target.os, '.netrc', '_netrc')} 读取。`,
              ),
            ]
          : []),
        ...(proxyArgs(c).length > 0
          ? [
              t(
                'Export the proxy variables first; Docker keeps these predefined arguments out of the image history.',
                '请先导出代理变量；Docker 不会把这些预定义参数写入镜像历史。',
              ),
            ]
          : []),
      ],
      verify: {
        command: 'docker history --no-trunc app',
        expect: t('No token or password appears in the output.', '输出中不出现令牌或密码。'),
      },
    };
  },
};
