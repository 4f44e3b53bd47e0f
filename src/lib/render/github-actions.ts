// A GitHub Actions workflow: settings as job variables, secrets from the repository's secret
// store passed only to the step that needs them, setup-go with its module cache.
import { t } from '../config/data.ts';
import { provenance } from './common.ts';
import { ciNotes, jobEnv, jobSecrets, setupScript, yamlString } from './ci.ts';
import type { Format } from './types.ts';
import { githubActionsMeta } from './meta.ts';

/** GitHub evaluates ${{ … }} in workflow values. */
const EXPR = /\$\{\{/;

export const githubActions: Format = {
  ...githubActionsMeta,
  render(c) {
    const secret = (name: string) => `\${{ secrets.${name} }}`;
    const env = jobEnv(c, 'github-actions', secret, EXPR);
    const lines = [provenance('#'), 'name: go', 'on: [push, pull_request]', 'jobs:', '  build:', '    runs-on: ubuntu-latest'];
    if (env.length > 0) {
      lines.push('    env:', ...env.map(([k, v]) => `      ${k}: ${yamlString(v)}`));
    }
    lines.push(
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-go@v5',
      '        with:',
      `          go-version: ${JSON.stringify(c.build.go.replace(/^go/, ''))}`,
    );
    const setup = setupScript(c);
    if (setup.length > 0) {
      const needed = jobSecrets(c).filter((s) => s !== c.network.proxyPasswordEnv);
      lines.push(
        '      - name: Access to private modules',
        '        env:',
        ...needed.map((s) => `          ${s}: ${secret(s)}`),
        '        run: |',
        ...setup.map((l) => `          ${l}`),
      );
    }
    lines.push('      - run: go mod download', '      - run: go build ./...');
    return {
      text: `${lines.join('\n')}\n`,
      path: '.github/workflows/go.yml',
      notes: ciNotes(c, 'Settings → Secrets and variables → Actions'),
      verify: { command: 'gh workflow run go.yml', expect: t('The "go mod download" step succeeds.', '“go mod download” 步骤成功。') },
    };
  },
};
