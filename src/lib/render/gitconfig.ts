// .gitconfig fragment and the equivalent `git config --global` commands: insteadOf to SSH,
// credential helpers, git's own proxy and CA settings. (Hosts using .netrc need nothing here:
// git reads ~/.netrc through curl.)
import { hostName, hostsBy, type ModfixConfig, t } from '../config/data.ts';
import { provenance } from './common.ts';
import { homeFile, sampleModule } from './places.ts';
import { argQuoter } from './shell-words.ts';
import { type Format, RenderError } from './types.ts';
import { gitconfigMeta } from './meta.ts';

/** The helper that keeps credentials in the OS's own store where there is one. */
const HELPER = { linux: 'store', macos: 'osxkeychain', windows: 'manager' } as const;

/** [section, subsection, key, value] settings, in file order. */
type Setting = [string, string | null, string, string];

function settings(c: ModfixConfig): Setting[] {
  const out: Setting[] = [];
  for (const h of hostsBy(c, 'ssh')) out.push(['url', `ssh://${h.login ?? 'git'}@${hostName(h.host)}/`, 'insteadOf', `https://${h.host}/`]);
  for (const h of hostsBy(c, 'git-credential')) {
    out.push(['credential', `https://${h.host}`, 'helper', HELPER[c.target.os]]);
    if (h.login) out.push(['credential', `https://${h.host}`, 'username', h.login]);
  }
  const n = c.network;
  const proxy = n.httpsProxy ?? n.httpProxy;
  if (n.gitProxy && proxy) {
    // git asks its credential helper for the proxy password; only the user name goes in the URL.
    const withUser = n.proxyUser
      ? proxy.replace(/^([a-z0-9+.-]+:\/\/)?/i, (s) => `${s || 'http://'}${encodeURIComponent(n.proxyUser ?? '')}@`)
      : proxy;
    out.push(['http', null, 'proxy', withUser]);
  }
  if (n.caBundle) out.push(['http', null, 'sslCAInfo', n.caBundle]);
  return out;
}

/** A value in a git config file: quoted, with " and \ escaped (git-config(1), "Syntax"). */
function fileValue(v: string): string {
  if (/[\n\r\0]/.test(v))
    throw new RenderError('gitconfig', t('A git config value cannot contain a line break.', 'git 配置值不能包含换行。'));
  return /^[A-Za-z0-9_./:@+,=-]+$/.test(v) ? v : `"${v.replace(/[\\"]/g, '\\$&')}"`;
}

function fileText(list: Setting[]): string {
  const lines = [provenance('#')];
  let current = '';
  for (const [section, sub, key, value] of list) {
    const header = sub === null ? `[${section}]` : `[${section} "${sub.replace(/[\\"]/g, '\\$&')}"]`;
    if (header !== current) lines.push(header);
    current = header;
    lines.push(`\t${key} = ${fileValue(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

export const gitconfig: Format = {
  ...gitconfigMeta,
  render(c) {
    const list = settings(c);
    const q = argQuoter(c.target.shell);
    const name = ([section, sub, key]: Setting) => (sub === null ? `${section}.${key}` : `${section}.${sub}.${key}`);
    const first = hostsBy(c, 'ssh')[0] ?? hostsBy(c, 'git-credential')[0];
    return {
      text: fileText(list),
      path: homeFile(c.target.os, '.gitconfig'),
      alt: {
        label: t('Or run these commands', '或者运行这些命令'),
        text: `${list.map((s) => `git config --global ${q(name(s))} ${q(s[3])}`).join('\n')}\n`,
      },
      notes: [
        t(
          'Append the fragment to your .gitconfig, or run the commands (they edit the same file).',
          '把片段追加到 .gitconfig，或运行这些命令（它们修改同一个文件）。',
        ),
        ...(hostsBy(c, 'ssh').length > 0
          ? [
              t(
                'insteadOf needs an SSH key that the host accepts (ssh -T git@host to check).',
                'insteadOf 需要主机接受的 SSH 密钥（可用 ssh -T git@host 检查）。',
              ),
            ]
          : []),
        ...(c.target.os === 'linux' && hostsBy(c, 'git-credential').length > 0
          ? [
              t(
                'credential.helper store keeps passwords in plain text in ~/.git-credentials.',
                'credential.helper store 会把密码以明文保存在 ~/.git-credentials。',
              ),
            ]
          : []),
      ],
      verify: first
        ? {
            command: `git ls-remote https://${first.host}/${sampleModule(c, first.host).split('/').slice(1).join('/')}`,
            expect: t('Lists the branches and tags without asking for a password.', '列出分支和标签，且不询问密码。'),
          }
        : { command: 'git config --global --list', expect: t('Shows the settings above.', '显示上面的设置。') },
      undo: `${[...new Set(list.map(name))].map((k) => `git config --global --unset-all ${q(k)}`).join('\n')}\n`,
    };
  },
};
