// Expressive Code plugin: in shell blocks, a leading "$ ", "PS> " or "C:\> " prompt is shown but
// never copied. The prompt is removed from the code (so the copy button copies commands only)
// and drawn back with CSS on the lines that had it.
// The file also marks counter-examples (see postprocessRenderedBlock).
import { definePlugin, type ExpressiveCodeLine } from '@expressive-code/core';
import { addClassName } from '@expressive-code/core/hast';

const SHELL_LANGS = new Set(['sh', 'bash', 'zsh', 'shell', 'console', 'fish', 'powershell', 'ps1', 'pwsh', 'cmd', 'bat']);
const PROMPTS: Record<string, string> = { '$ ': 'prompt-sh', 'PS> ': 'prompt-ps', 'C:\\> ': 'prompt-cmd' };
const PROMPT = /^(\$ |PS> |C:\\> )/;

export function shellPrompts() {
  const promptOf = new WeakMap<ExpressiveCodeLine, string>();
  return definePlugin({
    name: 'modfix-shell-prompts',
    baseStyles: `
      .prompt-sh .code::before, .prompt-ps .code::before, .prompt-cmd .code::before { user-select: none; opacity: 0.6; }
      .prompt-sh .code::before { content: '$ '; }
      .prompt-ps .code::before { content: 'PS> '; }
      .prompt-cmd .code::before { content: 'C:\\\\> '; }
      .wrong-example { outline: 3px solid #d1242f; outline-offset: -1px; }
    `,
    hooks: {
      preprocessCode: ({ codeBlock }) => {
        if (!SHELL_LANGS.has(codeBlock.language)) return;
        for (const line of codeBlock.getLines()) {
          const prompt = PROMPT.exec(line.text)?.[1];
          if (!prompt) continue;
          line.editText(0, prompt.length, '');
          promptOf.set(line, PROMPTS[prompt] ?? 'prompt-sh');
        }
      },
      postprocessRenderedLine: ({ line, renderData }) => {
        const cls = promptOf.get(line);
        if (cls) addClassName(renderData.lineAst, cls);
      },
      // ```sh wrong marks a counter-example: drawn in red, and skipped by the snippet-validity test.
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (codeBlock.meta.split(/\s+/).includes('wrong')) addClassName(renderData.blockAst, 'wrong-example');
      },
    },
  });
}
