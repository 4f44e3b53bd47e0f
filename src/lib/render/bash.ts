// bash: `export` for a session; a replaceable block in ~/.bashrc (~/.bash_profile on macOS).
import { t } from '../config/data.ts';
import { renderPosix } from './posix-env.ts';
import type { Format } from './types.ts';

export const bash: Format = {
  id: 'bash',
  label: t('bash', 'bash'),
  applies: (c) => c.target.os !== 'windows' || c.target.shell === 'bash',
  render: (c) => renderPosix(c, 'bash'),
};
