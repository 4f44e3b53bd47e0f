// A GitLab CI job: settings as job variables (secrets as masked CI/CD variables referenced by
// name), the module cache kept inside the project directory where GitLab can cache it.
import { t } from '../config/data.ts';
import { ciNotes, jobEnv, setupScript, yamlString } from './ci.ts';
import { provenance } from './common.ts';
import type { Format } from './types.ts';
import { gitlabCiMeta } from './meta.ts';

/** GitLab expands $VAR in variable values. */
const DOLLAR = /\$/;
const CACHE = '.go/pkg/mod';

export const gitlabCi: Format = {
  ...gitlabCiMeta,
  render(c) {
    const env = jobEnv(c, 'gitlab-ci', (name) => `\${${name}}`, DOLLAR, ['GOMODCACHE']);
    env.push(['GOMODCACHE', `$CI_PROJECT_DIR/${CACHE}`]);
    const setup = setupScript(c);
    const lines = [
      provenance('#'),
      'go:',
      `  image: golang:${c.build.go.replace(/^go/, '')}`,
      '  variables:',
      ...env.map(([k, v]) => `    ${k}: ${yamlString(v)}`),
      '  cache:',
      '    key:',
      '      files:',
      '        - go.sum',
      '    paths:',
      `      - ${CACHE}/`,
      ...(setup.length > 0 ? ['  before_script:', '    - |', ...setup.map((l) => `      ${l}`)] : []),
      '  script:',
      '    - go mod download',
      '    - go build ./...',
    ];
    return {
      text: `${lines.join('\n')}\n`,
      path: '.gitlab-ci.yml',
      notes: [
        ...ciNotes(c, 'Settings → CI/CD → Variables (masked)'),
        t(
          'GOMODCACHE points into the project directory because GitLab caches only paths inside it.',
          'GOMODCACHE 指向项目目录内，因为 GitLab 只缓存项目目录中的路径。',
        ),
        ...(c.auth.hosts.length > 0
          ? [
              t(
                'For modules on this same GitLab, login gitlab-ci-token with $CI_JOB_TOKEN also works.',
                '对于同一 GitLab 上的模块，也可以使用登录名 gitlab-ci-token 和 $CI_JOB_TOKEN。',
              ),
            ]
          : []),
      ],
      verify: { command: 'git push', expect: t('The pipeline\'s "go mod download" succeeds.', '流水线中的 “go mod download” 成功。') },
    };
  },
};
