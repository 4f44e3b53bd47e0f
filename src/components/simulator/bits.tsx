// Small pieces of the simulator island: interface text lookup, text with `code` spans, headings that shift a level when
// the island sits inside a guide section, and a code block with a copy button.
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyOrSelect, copyShortcut } from '../shared/clipboard.ts';
import type { StringKey, Strings } from './strings.ts';

export type T = (key: StringKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders filled from params; unknown ones are left visible rather than dropped. */
export const makeT =
  (strings: Strings): T =>
  (key, params) =>
    strings[key].replace(/\{(\w+)\}/g, (m, k: string) => (params && k in params ? String(params[k]) : m));

/**
 * True once the element has been on screen. Parts that need more code (the flowchart, the Go
 * version comparison) import it only then, so the page's first JavaScript stays small.
 */
export function useSeen(ref: RefObject<Element>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setSeen(true);
        io.disconnect();
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return seen;
}

/** The library's explanations mark code with backticks. */
export function Rich({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/** A heading `level` below the island's top (h2 on the page, h3 inside a guide's h2 section). */
export function Heading(props: { top: 2 | 3; level: 0 | 1; id?: string; children: ComponentChildren }) {
  const n = props.top + props.level;
  const H = (n === 2 ? 'h2' : n === 3 ? 'h3' : 'h4') as 'h2';
  return <H id={props.id}>{props.children}</H>;
}

export function CopyBlock({ t, id, label, text }: { t: T; id: string; label: string; text: string }) {
  const pre = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus((await copyOrSelect(text, pre.current)) ? t('copied') : t('copyFallback', { key: copyShortcut() }));
  };
  return (
    <div class="sim-code">
      <div class="sim-code-bar">
        <span id={`${id}-label`}>{label}</span>
        <button type="button" class="btn" onClick={copy} aria-describedby={`${id}-label`}>
          {t('copy')}
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll inside the block, which must be reachable by keyboard */}
      <pre ref={pre} id={id} tabIndex={0}>
        <code>{text}</code>
      </pre>
      <p class="sim-copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
