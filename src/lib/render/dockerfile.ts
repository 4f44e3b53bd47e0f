// A Dockerfile build stage: settings as ARG → ENV (no secrets), cache mounts for the module and
// build caches, and the token as a BuildKit secret mounted only while `go mod download` runs, so
// it never lands in a layer.
import { hostName, hostsBy, t } from '../config/data.ts';
import * as posix from '../quoting/posix.ts';
import { provenance } from './common.ts';
import { buildArgs, dockerValue, modCache, NETRC_SECRET, needsNetrc, needsSsh } from './docker.ts';
import type { Format } from './types.ts';
import { dockerfileMeta } from './meta.ts';

export const dockerfile: Format = {
  ...dockerfileMeta,
  render(c) {
    const args = buildArgs(c);
    const cache = modCache(c);
    const lines = [
      '# syntax=docker/dockerfile:1',
      provenance('#'),
      `FROM golang:${c.build.go.replace(/^go/, '')} AS build`,
      ...args.map(([k, v]) => `ARG ${k}=${dockerValue('dockerfile', v)}`),
    ];
    const env = args.map(([k]) => `${k}=$${k}`);
    if (cache !== '/go/pkg/mod') env.push(`GOMODCACHE=${dockerValue('dockerfile', cache)}`);
    if (env.length > 0) lines.push(`ENV ${env.join(' ')}`);
    const ssh = hostsBy(c, 'ssh');
    if (ssh.length > 0) {
      const hosts = [...new Set(ssh.map((h) => hostName(h.host)))];
      const rewrites = ssh.map(
        (h) =>
          `git config --global ${posix.quote(`url.ssh://${h.login ?? 'git'}@${hostName(h.host)}/.insteadOf`)} ${posix.quote(`https://${h.host}/`)}`,
      );
      lines.push(
        `RUN mkdir -p -m 0700 /root/.ssh && ssh-keyscan ${hosts.join(' ')} >> /root/.ssh/known_hosts && \\\n    ${rewrites.join(' && \\\n    ')}`,
      );
    }
    const mounts = [`--mount=type=cache,target=${cache}`];
    if (needsNetrc(c)) mounts.push(`--mount=type=secret,id=${NETRC_SECRET},target=/root/.netrc`);
    if (needsSsh(c)) mounts.push('--mount=type=ssh');
    lines.push(
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      `RUN ${mounts.join(' \\\n    ')} \\\n    go mod download`,
      'COPY . .',
      `RUN --mount=type=cache,target=${cache} \\\n    --mount=type=cache,target=/root/.cache/go-build \\\n    go build -o /out/app .`,
    );
    return {
      text: `${lines.join('\n')}\n`,
      path: 'Dockerfile',
      notes: [
        t(
          'Needs BuildKit (the default builder since Docker Engine 23) for cache and secret mounts.',
          '缓存挂载和密钥挂载需要 BuildKit（Docker Engine 23 起默认启用）。',
        ),
        ...(needsNetrc(c)
          ? [
              t(
                'The token is mounted at /root/.netrc only during go mod download; it is not in any layer.',
                '令牌只在 go mod download 期间挂载到 /root/.netrc，不会进入任何镜像层。',
              ),
            ]
          : []),
        ...(needsSsh(c)
          ? [
              t(
                'ssh-keyscan trusts the host key it sees at build time; pin known_hosts for stricter builds.',
                'ssh-keyscan 信任构建时看到的主机密钥；更严格的构建请固定 known_hosts。',
              ),
            ]
          : []),
      ],
      verify: {
        command: 'docker history --no-trunc IMAGE',
        expect: t('Shows the GOPROXY settings and no token or password.', '显示 GOPROXY 等设置，但没有令牌或密码。'),
      },
    };
  },
};
