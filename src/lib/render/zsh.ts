// zsh: `export` for a session; a replaceable block in ~/.zshrc.
import { t } from '../config/data.ts';
import { renderPosix } from './posix-env.ts';
import type { Format } from './types.ts';

export const zsh: Format = {
  id: 'zsh',
  label: t('zsh', 'zsh'),
  applies: (c) => c.target.os !== 'windows' || c.target.shell === 'zsh',
  render: (c) => renderPosix(c, 'zsh'),
};
