// .npmrc for projects that also build JavaScript: a registry mirror, scoped private registries,
// and their tokens as ${VAR} references that npm expands when it reads the file.
import { t } from '../config/data.ts';
import { provenance } from './common.ts';
import { homeFile } from './places.ts';
import { type Format, RenderError } from './types.ts';
import { npmrcMeta } from './meta.ts';

/** The registry URL npm keys credentials by: no scheme, with a trailing slash ("nerf dart"). */
const nerfDart = (url: string) => `${url.replace(/^https?:/, '').replace(/\/?$/, '/')}`;

/** npm's ini parser treats ; and # as comments and trims quotes and spaces. */
function iniValue(v: string): string {
  if (/[\s;#"'\\]/.test(v)) throw new RenderError('npmrc', t(`Cannot be written into .npmrc: ${v}`, `无法写入 .npmrc：${v}`));
  return v;
}

export const npmrc: Format = {
  ...npmrcMeta,
  render(c) {
    const lines = [provenance(';')];
    if (c.npm.registry) lines.push(`registry=${iniValue(c.npm.registry)}`);
    for (const s of c.npm.scopes) {
      lines.push(`${s.scope}:registry=${iniValue(s.registry)}`);
      if (s.tokenEnv) lines.push(`${nerfDart(iniValue(s.registry))}:_authToken=\${${s.tokenEnv}}`);
    }
    const project = c.target.scope === 'project';
    const tokens = c.npm.scopes.flatMap((s) => (s.tokenEnv ? [s.tokenEnv] : []));
    return {
      text: `${lines.join('\n')}\n`,
      path: project ? '.npmrc' : homeFile(c.target.os, '.npmrc'),
      notes: tokens.length
        ? [
            t(
              `npm reads the tokens from ${tokens.join(', ')} when it runs; the file holds only the names.`,
              `npm 运行时从 ${tokens.join('、')} 读取令牌；文件中只有变量名。`,
            ),
          ]
        : [],
      verify: {
        command: 'npm config get registry',
        expect: t(`Prints ${c.npm.registry ?? 'https://registry.npmjs.org/'}`, `输出 ${c.npm.registry ?? 'https://registry.npmjs.org/'}`),
      },
    };
  },
};
