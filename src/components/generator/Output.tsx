// The output panel: a tab per applicable format (WAI-ARIA tabs with roving focus), each with the
// snippet, copy and download buttons, the verify and undo commands, notes, and the form's errors
// when the snippet cannot be trusted. Warnings sit beside it with their reason and safer choice.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Issue } from '../../lib/config/data.ts';
import type { FormatMeta } from '../../lib/render/meta.ts';
import type { RenderResult } from '../../lib/render/result.ts';
import { copyOrSelect, copyShortcut } from '../shared/clipboard.ts';
import { fieldId, type T } from './fields.tsx';
import { highlight } from './highlight.ts';
import { anchorFor, changedLines, type Locale } from './draft.ts';

export interface Item {
  format: FormatMeta;
  /** Undefined while the renderer is being fetched, or when the form cannot be turned into a config at all. */
  result: RenderResult | undefined;
  /** Errors that make this snippet untrustworthy. */
  blocking: Issue[];
  /** The text is the file itself (downloadable), not commands that change it. */
  file: boolean;
}

interface Props {
  locale: Locale;
  t: T;
  items: Item[];
  warnings: Issue[];
  fields: string[];
  tab: string;
  onTab: (id: string) => void;
  announce: (text: string) => void;
}

function IssueList({ issues, fields, t }: { issues: Issue[]; fields: string[]; t: T }) {
  return (
    <ul class="issues">
      {issues.map((i) => {
        const f = anchorFor(i.path, fields);
        return (
          <li key={i.path + i.code}>
            {i.message}
            {f && (
              <>
                {' '}
                <a href={`#${fieldId(f)}`}>{t('fieldLink')}</a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A code block with copy (and optionally download) buttons; `flash` marks lines that just changed. */
export function CodeBlock(props: {
  t: T;
  text: string;
  label: string;
  id: string;
  disabled?: boolean;
  download?: string;
  announce: (t: string) => void;
}) {
  const { t, text, label, id, disabled, download, announce } = props;
  const pre = useRef<HTMLPreElement>(null);
  const prev = useRef<string | undefined>(undefined);
  const [flash, setFlash] = useState<{ lines: Set<number>; n: number }>({ lines: new Set(), n: 0 });
  const [status, setStatus] = useState('');
  useEffect(() => {
    const lines = changedLines(prev.current, text);
    prev.current = text;
    if (lines.length === 0) return;
    setFlash((f) => ({ lines: new Set(lines), n: f.n + 1 }));
    const t = setTimeout(() => setFlash((f) => ({ lines: new Set(), n: f.n })), 1600);
    return () => clearTimeout(t);
  }, [text]);

  const say = (msg: string) => {
    setStatus(msg);
    announce(msg);
  };
  const copy = async () => {
    say((await copyOrSelect(text, pre.current)) ? t('copied') : t('copyFallback', { key: copyShortcut() }));
  };
  const save = () => {
    if (!download) return;
    // Not text/plain: browsers would add ".txt" to names like Dockerfile.
    const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = download;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const lines = useMemo(() => highlight(text), [text]);
  return (
    <div class={`code${disabled ? ' is-invalid' : ''}`}>
      <div class="code-bar">
        <span class="code-label" id={`${id}-label`}>
          {label}
        </span>
        <span class="code-actions">
          <button type="button" class="btn copy" disabled={disabled} onClick={copy} aria-describedby={`${id}-label`}>
            {t('copy')}
          </button>
          {download && (
            <button type="button" class="btn" disabled={disabled} onClick={save}>
              {t('download', { file: download })}
            </button>
          )}
        </span>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll inside the block, which must be reachable by keyboard */}
      <pre ref={pre} id={id} tabIndex={0}>
        <code>
          {lines.map((tokens, i) => (
            <span key={`${flash.n}-${i}`} class={flash.lines.has(i) ? 'ln flash' : 'ln'}>
              {tokens.map(([kind, piece], j) =>
                kind ? (
                  <span key={j} class={`hl-${kind}`}>
                    {piece}
                  </span>
                ) : (
                  piece
                ),
              )}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
      <p class="copy-status" role="status">
        {status}
      </p>
    </div>
  );
}

const fileNameOf = (f: FormatMeta, path: string | undefined) => {
  const base = path?.split(/[\\/]/).pop();
  return base && !base.includes('%') && !base.includes('~') ? base : f.fileName;
};

export function Output({ locale, t, items, warnings, fields, tab, onTab, announce }: Props) {
  const s = t;
  const tabs = useRef<HTMLDivElement>(null);
  const current = items.find((i) => i.format.id === tab) ?? items[0];
  const onKey = (e: KeyboardEvent) => {
    const i = current ? items.indexOf(current) : 0;
    const n = items.length;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = items[(to + n) % n];
    if (!next) return;
    onTab(next.format.id);
    requestAnimationFrame(() => tabs.current?.querySelector<HTMLElement>(`#gt-${next.format.id}`)?.focus());
  };
  const out = current?.result?.ok ? current.result.output : undefined;
  const invalid = (current?.blocking.length ?? 0) > 0 || current?.result?.ok === false;
  const fname = current?.file && out ? fileNameOf(current.format, out.path) : undefined;
  return (
    <div class="gen-output">
      <div class="out-main">
        <div ref={tabs} class="tablist" role="tablist" aria-label={s('tabs')} onKeyDown={onKey}>
          {items.map((it) => {
            const sel = it === current;
            const bad = it.blocking.length > 0 || it.result?.ok === false;
            return (
              <button
                key={it.format.id}
                type="button"
                role="tab"
                id={`gt-${it.format.id}`}
                aria-selected={sel}
                aria-controls="gen-panel"
                tabIndex={sel ? 0 : -1}
                class={bad ? 'tab bad' : 'tab'}
                onClick={() => onTab(it.format.id)}
              >
                {it.format.label[locale]}
                {bad && <span aria-hidden="true"> ⚠</span>}
              </button>
            );
          })}
        </div>
        {current && (
          <div
            id="gen-panel"
            role="tabpanel"
            aria-labelledby={`gt-${current.format.id}`}
            class="panel"
            data-format={current.format.id}
            data-invalid={invalid || undefined}
          >
            {current.blocking.length > 0 && (
              <div class="callout warn invalid-note" role="alert">
                <p>
                  <strong>{s('invalid')}</strong>
                </p>
                <IssueList issues={current.blocking} fields={fields} t={t} />
              </div>
            )}
            {current.result?.ok === false && (
              <div class="callout warn invalid-note" role="alert">
                <p>
                  <strong>{s('invalidFormat')}</strong> {current.result.error[locale]}
                </p>
              </div>
            )}
            {!current.result && current.blocking.length === 0 && <p class="help loading">{s('loading')}</p>}
            {out && (
              <>
                {out.path && <p class="where">{s(fname ? 'writeTo' : 'changes', { path: out.path })}</p>}
                <CodeBlock
                  t={t}
                  id="gen-code"
                  label={current.format.label[locale]}
                  text={out.text}
                  disabled={invalid}
                  download={fname}
                  announce={announce}
                />
                {fname?.startsWith('.') && <p class="help">{s('dotfile', { path: out.path ?? fname })}</p>}
                {fname === '.netrc' && <p class="callout warn">{s('chmod', { file: out.path ?? fname })}</p>}
                {out.alt && (
                  <CodeBlock t={t} id="gen-alt" label={out.alt.label[locale]} text={out.alt.text} disabled={invalid} announce={announce} />
                )}
                {out.notes.length > 0 && (
                  <>
                    <h3 class="out-h">{s('notes')}</h3>
                    <ul class="notes">
                      {out.notes.map((n) => (
                        <li key={n.en}>{n[locale]}</li>
                      ))}
                    </ul>
                  </>
                )}
                {out.verify && (
                  <>
                    <h3 class="out-h">{s('verify')}</h3>
                    <CodeBlock t={t} id="gen-verify" label={s('verify')} text={out.verify.command} disabled={invalid} announce={announce} />
                    <p class="expect">{out.verify.expect[locale]}</p>
                  </>
                )}
                {out.undo && (
                  <>
                    <h3 class="out-h">{s('undo')}</h3>
                    <CodeBlock t={t} id="gen-undo" label={s('undo')} text={out.undo} disabled={invalid} announce={announce} />
                  </>
                )}
              </>
            )}
          </div>
        )}
      </div>
      <aside class="out-warnings" aria-labelledby="gen-warn-h">
        <h3 id="gen-warn-h">{s('warnings')}</h3>
        <div aria-live="polite">
          {warnings.length === 0 ? <p class="ok-note">{s('noWarnings')}</p> : <IssueList issues={warnings} fields={fields} t={t} />}
        </div>
      </aside>
    </div>
  );
}
