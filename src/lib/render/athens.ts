// An Athens module proxy in Docker: disk storage, the chosen mirrors as its upstream, private
// patterns kept away from upstream proxies and the checksum DB, credentials mounted read-only.
import { entryValue, goEnv, hostsBy, type ModfixConfig, t } from '../config/data.ts';
import { provenance } from './common.ts';
import { homeFile } from './places.ts';
import { proxyArgs } from './docker.ts';
import { argQuoter, commentMarker, continuation, homeRef, wordQuoter } from './shell-words.ts';
import { type Format, RenderError } from './types.ts';
import { athensMeta } from './meta.ts';

const STORAGE = '/var/lib/athens';

/** Go settings for Athens's own go command, `;`-separated as ATHENS_GO_BINARY_ENV_VARS expects. */
function goBinaryEnv(c: ModfixConfig): string {
  const keep = ['GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE', 'GOVCS'];
  const pairs = goEnv(c).set.filter(([k]) => keep.includes(k));
  for (const [k, v] of pairs) {
    if (v.includes(';')) throw new RenderError('athens', t(`${k} cannot contain ";" for Athens.`, `Athens 的 ${k} 不能包含 “;”。`));
  }
  return pairs.map(([k, v]) => `${k}=${v}`).join('; ');
}

export const athens: Format = {
  ...athensMeta,
  render(c) {
    const shell = c.target.shell;
    const q = argQuoter(shell);
    const a = c.athens;
    const parts = ['docker run -d --name athens --restart always', `-p ${a.port}:3000`];
    parts.push(`-e ${q(`ATHENS_STORAGE_TYPE=${a.storage}`)}`);
    if (a.storage === 'disk') parts.push(`-v ${q(`athens-storage:${STORAGE}`)}`, `-e ${q(`ATHENS_DISK_STORAGE_ROOT=${STORAGE}`)}`);
    parts.push(`-e ${q(`ATHENS_GO_BINARY_ENV_VARS=${goBinaryEnv(c)}`)}`);
    if (c.private.goprivate.length > 0) parts.push(`-e ${q(`ATHENS_GONOSUM_PATTERNS=${c.private.goprivate.join(',')}`)}`);
    // file:// upstreams must exist inside the container at the same path.
    for (const e of c.proxy) {
      const v = entryValue(e);
      if (v.startsWith('file:///')) parts.push(`-v ${q(`${v.slice('file://'.length)}:${v.slice('file://'.length)}:ro`)}`);
    }
    if (hostsBy(c, 'netrc').length > 0) {
      const w = wordQuoter(shell);
      parts.push(
        `-v ${w([homeRef(shell), `${c.target.os === 'windows' ? '\\_netrc' : '/.netrc'}:/run/secrets/netrc:ro`])}`,
        `-e ${q('ATHENS_NETRC_PATH=/run/secrets/netrc')}`,
      );
    }
    parts.push(...proxyArgs(c).map((k) => `-e ${k}`), q(a.image));
    const nosum = c.private.goprivate.join(',');
    return {
      text: `${provenance(commentMarker(shell))}\n${parts.join(`${continuation(shell)}\n  `)}\n`,
      notes: [
        t(
          `Point clients at it: GOPROXY=http://ATHENS-HOST:${a.port}${nosum ? ` and GONOSUMDB=${nosum} (not GOPRIVATE, which would bypass Athens)` : ''}.`,
          `客户端设置 GOPROXY=http://ATHENS-HOST:${a.port}${nosum ? `，并设置 GONOSUMDB=${nosum}（不要用 GOPRIVATE，否则会绕过 Athens）` : ''}。`,
        ),
        t(
          'Pin the image to a release tag from github.com/gomods/athens/releases for production.',
          '生产环境请把镜像固定为 github.com/gomods/athens/releases 中的某个版本标签。',
        ),
        ...(hostsBy(c, 'netrc').length > 0
          ? [
              t(
                `Athens reads the tokens from ${homeFile(c.target.os, '.netrc', '_netrc')}, mounted read-only.`,
                `Athens 从只读挂载的 ${homeFile(c.target.os, '.netrc', '_netrc')} 读取令牌。`,
              ),
            ]
          : []),
      ],
      verify: { command: `curl -fsS http://localhost:${a.port}/healthz`, expect: t('Answers with HTTP 200.', '返回 HTTP 200。') },
      undo: 'docker rm -f athens\n',
    };
  },
};
