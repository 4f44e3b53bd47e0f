// The error doctor island: a paste box, example outputs, and the ranked diagnoses. Diagnosing
// runs in a Web Worker (runner.ts), live as the reader types (debounced) and on the button; newer
// input cancels older work, so even a 10 MB paste never blocks the page. The pasted text stays in
// this tab: the textarea has no name and sits in no form, and nothing is fetched with it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Confidence, DiagnoseResult, Diagnosis, Lang } from '../../lib/doctor/index.ts';
import { DiagnosisBody } from './Diagnosis.tsx';
import type { LinkContext } from './links.ts';
import { browserRunner, type Runner } from './runner.ts';
import { fmt, type Strings } from './strings.ts';

export type ExampleId = 'network' | 'private' | 'checksum';
export interface Example {
  id: ExampleId;
  text: string;
}

interface Props {
  lang: Lang;
  strings: Strings;
  links: LinkContext;
  examples: Example[];
  /** Tests pass a runner without a worker. */
  makeRunner?: (lang: Lang) => Runner;
}

interface View {
  result?: DiagnoseResult;
  failed?: boolean;
  busy: boolean;
}

/** Live diagnosis waits for a pause in typing. */
export const DEBOUNCE_MS = 300;
/**
 * Pastes from this size on are diagnosed without being put into the text box: browsers take
 * seconds to lay out megabytes in a textarea, which would freeze the page however fast the worker is.
 */
export const LARGE_PASTE = 200_000;

const sizeLabel = (chars: number) => (chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`);

/** The sentence the live region announces for a finished run. */
export function summary(s: Strings, lang: Lang, view: View): string {
  if (view.failed) return s.failed;
  const r = view.result;
  if (!r) return s.idle;
  if (!r.ok) return r.error.message[lang];
  const top = r.diagnoses[0];
  if (!r.matched || !top) return s.summaryNone;
  const params = { title: top.title[lang], confidence: confidenceLabel(s, top.confidence), more: r.diagnoses.length - 1 };
  const n = r.diagnoses.length;
  return fmt(n > 2 ? s.summaryMany : n === 2 ? s.summaryTwo : s.summaryOne, params);
}

export function confidenceLabel(s: Strings, c: Confidence): string {
  return s[`confidence.${c}`];
}

export default function Doctor({ lang, strings: s, links, examples, makeRunner = browserRunner }: Props) {
  const input = useRef<HTMLTextAreaElement>(null);
  const runner = useRef<Runner | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [view, setView] = useState<View>({ busy: false });
  const [ready, setReady] = useState(false);
  // A large paste kept out of the text box (see LARGE_PASTE); typing in the box replaces it.
  const large = useRef<string | undefined>(undefined);
  const [largeSize, setLargeSize] = useState<string | undefined>(undefined);
  const dropLarge = () => {
    large.current = undefined;
    setLargeSize(undefined);
  };

  const run = async () => {
    clearTimeout(timer.current);
    const text = large.current ?? input.current?.value ?? '';
    runner.current ??= makeRunner(lang);
    // The previous result stays on screen (and in the live region) until the new one is ready.
    setView((v) => ({ ...v, busy: true }));
    try {
      const result = await runner.current.run(text);
      if (result) setView({ result, busy: false });
    } catch {
      setView({ failed: true, busy: false });
    }
  };
  const schedule = () => {
    if (large.current !== undefined) dropLarge();
    clearTimeout(timer.current);
    timer.current = setTimeout(run, DEBOUNCE_MS);
  };
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.length < LARGE_PASTE || !input.current) return;
    e.preventDefault();
    input.current.value = '';
    large.current = text;
    setLargeSize(sizeLabel(text.length));
    void run();
  };

  useEffect(() => {
    setReady(true);
    // Text pasted before the island woke up.
    if (input.current?.value) void run();
    return () => {
      clearTimeout(timer.current);
      runner.current?.dispose();
    };
  }, []);

  const useExample = (text: string) => {
    dropLarge();
    if (input.current) input.current.value = text;
    void run();
  };
  const clear = () => {
    dropLarge();
    clearTimeout(timer.current);
    runner.current?.dispose();
    runner.current = undefined;
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
    setView({ busy: false });
  };

  const r = view.result;
  const inputError = r !== undefined && !r.ok;
  const describedBy = ['d-help', largeSize && 'd-large', inputError && 'd-status'].filter(Boolean).join(' ');
  const [top, ...others] = r?.ok ? r.diagnoses : [];

  return (
    <div class="doctor" data-ready={ready ? '' : undefined}>
      <div class="doctor-input">
        <label for="d-input">{s.inputLabel}</label>
        <p id="d-help" class="help">
          {s.inputHelp}
        </p>
        <textarea
          id="d-input"
          ref={input}
          rows={12}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          aria-describedby={describedBy}
          aria-invalid={inputError ? 'true' : undefined}
          onInput={schedule}
          onPaste={onPaste}
        />
        {largeSize && (
          <p id="d-large" class="callout">
            {fmt(s.largePaste, { size: largeSize })}
          </p>
        )}
        <div class="doctor-actions">
          <button type="button" class="btn btn-primary" onClick={run} disabled={!ready}>
            {s.diagnose}
          </button>
          <button type="button" class="btn" onClick={clear} disabled={!ready}>
            {s.clear}
          </button>
          {view.busy && (
            <span class="doctor-busy" aria-hidden="true">
              {s.working}
            </span>
          )}
        </div>
        <fieldset class="doctor-examples">
          <legend>{s.examples}</legend>
          {examples.map((e) => (
            <button type="button" class="btn" key={e.id} data-example={e.id} disabled={!ready} onClick={() => useExample(e.text)}>
              {s[`example.${e.id}`]}
            </button>
          ))}
        </fieldset>
      </div>

      <section class="doctor-results" aria-labelledby="d-results-h">
        <h2 id="d-results-h">{s.resultsHeading}</h2>
        <p id="d-status" role="status" class={`doctor-status${inputError || view.failed ? ' callout warn' : ''}`}>
          {summary(s, lang, view)}
        </p>
        {r?.ok && r.truncated && <p class="callout warn">{fmt(s.truncated, { line: r.truncated.firstLine })}</p>}
        {top && <DiagnosisCard d={top} rank={1} s={s} lang={lang} links={links} />}
        {others.length > 0 && (
          <>
            <h3>{s.otherCauses}</h3>
            {others.map((d, i) => (
              <details class="diagnosis alt" key={d.cause} data-cause={d.cause} data-confidence={d.confidence}>
                <summary>
                  <span class="d-title">
                    {fmt(s.rank, { n: i + 2 })}: {d.title[lang]}
                  </span>{' '}
                  <ConfidenceBadge s={s} c={d.confidence} />
                </summary>
                <DiagnosisBody d={d} id={`d${i + 2}`} s={s} lang={lang} links={links} level={4} />
              </details>
            ))}
          </>
        )}
        {r?.ok && <p class="doctor-stats">{fmt(s.stats, { lines: r.stats.lines, ms: Math.round(r.stats.ms) })}</p>}
      </section>
    </div>
  );
}

function DiagnosisCard({ d, rank, s, lang, links }: { d: Diagnosis; rank: number; s: Strings; lang: Lang; links: LinkContext }) {
  const none = d.cause === 'other';
  return (
    <article class={`diagnosis${none ? ' none' : ''}`} aria-labelledby={`d${rank}-h`} data-cause={d.cause} data-confidence={d.confidence}>
      <h3 id={`d${rank}-h`}>{none ? s.noMatchTitle : d.title[lang]}</h3>
      {none ? <p>{s.noMatchText}</p> : <ConfidenceBadge s={s} c={d.confidence} />}
      <DiagnosisBody d={d} id={`d${rank}`} s={s} lang={lang} links={links} level={4} />
    </article>
  );
}

function ConfidenceBadge({ s, c }: { s: Strings; c: Confidence }) {
  const filled = c === 'high' ? 3 : c === 'medium' ? 2 : 1;
  return (
    <span class={`confidence c-${c}`}>
      {s.confidence}: <strong>{confidenceLabel(s, c)}</strong>{' '}
      <span class="meter" aria-hidden="true">
        {'●'.repeat(filled)}
        {'○'.repeat(3 - filled)}
      </span>
    </span>
  );
}
