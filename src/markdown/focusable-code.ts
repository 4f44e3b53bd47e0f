// Expressive Code plugin: every code block can be reached with the keyboard. A long line makes the
// <pre> scroll sideways, and a scrolling region that cannot take focus cannot be scrolled without a
// mouse (axe: scrollable-region-focusable). Whether a block scrolls depends on the reader's width
// and fonts, so all of them get tabindex="0", as the islands' own code blocks do.
import { definePlugin } from '@expressive-code/core';
import { select, setProperty } from '@expressive-code/core/hast';

export function focusableCode() {
  return definePlugin({
    name: 'modfix-focusable-code',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const pre = select('pre', renderData.blockAst);
        if (pre) setProperty(pre, 'tabindex', '0');
      },
    },
  });
}
