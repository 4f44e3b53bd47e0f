// What a renderer returns, and the error for a value a format cannot hold safely.
import type { Localized, ModfixConfig } from '../config/data.ts';

export type FormatId =
  | 'go-env-w'
  | 'bash'
  | 'zsh'
  | 'fish'
  | 'powershell'
  | 'cmd'
  | 'goenv-file'
  | 'dockerfile'
  | 'docker-build'
  | 'netrc'
  | 'gitconfig'
  | 'npmrc'
  | 'github-actions'
  | 'gitlab-ci'
  | 'athens';

export interface Verify {
  /** A command that shows the effect. */
  command: string;
  /** What it should print or do. */
  expect: Localized;
}

export interface Output {
  /** What to copy: commands to paste, or the content of a file. */
  text: string;
  /** Where the text goes when it is a file, for the target OS (e.g. ~/.netrc). */
  path?: string;
  /** An equivalent form, e.g. `git config --global` commands for a .gitconfig fragment. */
  alt?: { label: Localized; text: string };
  notes: Localized[];
  verify?: Verify;
  /** Commands that take the change back, where that is possible. */
  undo?: string;
}

export interface Format {
  id: FormatId;
  label: Localized;
  /** Conventional file name when the output is a file. */
  fileName?: string;
  /** Whether the format has something to say for this config (the page shows only these). */
  applies(c: ModfixConfig): boolean;
  /** Pure: config in, text out. Throws RenderError for a value the format cannot hold safely. */
  render(c: ModfixConfig): Output;
}

export class RenderError extends Error {
  readonly format: FormatId;
  readonly text: Localized;
  constructor(format: FormatId, text: Localized) {
    super(`${format}: ${text.en}`);
    this.name = 'RenderError';
    this.format = format;
    this.text = text;
  }
}
