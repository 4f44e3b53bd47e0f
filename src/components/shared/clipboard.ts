// Copy buttons of every island: the clipboard when the browser allows it, otherwise the text is
// selected so the reader can copy it with the keyboard.

/** The copy shortcut to name on this platform. */
export const copyShortcut = (): string =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘C' : 'Ctrl+C';

/**
 * Writes `text` to the clipboard and resolves true. When the clipboard API is refused (no
 * permission, no secure context) it selects the contents of `el`, focuses it and resolves false.
 */
export async function copyOrSelect(text: string, el: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const sel = getSelection();
    if (el && sel) {
      const range = document.createRange();
      range.selectNodeContents(el);
      sel.removeAllRanges();
      sel.addRange(range);
    }
    el?.focus();
    return false;
  }
}
