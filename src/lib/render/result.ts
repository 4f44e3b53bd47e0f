// Running one renderer: a value the format cannot hold becomes a message instead of output.
// Apart from the registry (index.ts) so the page can render without loading every renderer.
import { type Localized, t } from '../config/i18n.ts';
import type { ModfixConfig } from '../config/schema.ts';
import { UnsafeValueError } from '../quoting/word.ts';
import { type Format, type Output, RenderError } from './types.ts';

export type RenderResult = { ok: true; output: Output } | { ok: false; error: Localized };

/** Renders one format, turning a value the format cannot hold into a message instead of output. */
export function render(format: Format, c: ModfixConfig): RenderResult {
  try {
    return { ok: true, output: format.render(c) };
  } catch (e) {
    if (e instanceof RenderError) return { ok: false, error: e.text };
    if (e instanceof UnsafeValueError) {
      return {
        ok: false,
        error: t(
          `${format.id}: a value cannot be written safely (${e.reason}): ${JSON.stringify(e.value)}`,
          `${format.id}：无法安全写出某个值（${e.reason}）：${JSON.stringify(e.value)}`,
        ),
      };
    }
    throw e;
  }
}
