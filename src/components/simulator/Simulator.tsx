// The GOPROXY simulator island: presets, the form, the step-by-step trace (a live region), the
// checksum database, Go-version differences and a flowchart drawn by Mermaid once it scrolls into
// view. Rendered at build time with the first example, so the page shows a result without
// JavaScript; in the browser the state follows the URL (Back/Forward included).
import './simulator.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseGoproxy } from '../../lib/goproxy/list.ts';
import { parseGoVersion } from '../../lib/goversion.ts';
import type { Lang, Step, Trace } from '../../lib/simulator/model.ts';
import { PRESETS } from '../../lib/simulator/presets.ts';
import { simulate } from '../../lib/simulator/simulate.ts';
import { CopyBlock, Heading, makeT, Rich, type T } from './bits.tsx';
import { Flowchart } from './Flowchart.tsx';
import { Setup } from './Setup.tsx';
import { Versions } from './Versions.tsx';
import { defaultState, fromSearch, matchingPreset, presetFor, type SimState, toCommand, toInput, toSearch, withGoproxy } from './state.ts';
import type { StringKey, Strings } from './strings.ts';

type Validate = typeof import('../../lib/simulator/validate.ts').validateSimulateInput;

interface Props {
  lang: Lang;
  /** This language's interface text (see strings.ts). */
  strings: Strings;
  /** Inside a guide section: headings one level lower, the URL points back at the section. */
  embedded?: boolean;
}

function Steps({ steps, lang, t }: { steps: Step[]; lang: Lang; t: T }) {
  return (
    <ol class="sim-steps">
      {steps.map((s) => (
        <li key={s.id} data-step={s.id} data-entry={s.entry} data-decision={s.decision} data-contacted={String(s.contacted)}>
          <p class="sim-step-head">
            <code>{s.entry}</code>
            {/* An entry never asked has no answer to show. */}
            {s.outcome && (s.contacted || s.kind === 'direct' || s.kind === 'noproxy') && <span class="sim-badge">{s.outcome}</span>}
            <span class={`sim-badge sim-d-${s.decision}`}>→ {t(`decision.${s.decision}` as StringKey)}</span>
            <span class="sim-muted">{t(s.contacted ? 'contacted.yes' : 'contacted.no')}</span>
          </p>
          <p>
            <Rich text={s.text[lang]} />
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Entries the go command never reached, in either walk. */
function neverAsked(trace: Trace): string[] {
  const entries = parseGoproxy(trace.input.goproxy, parseGoVersion(trace.input.go) ?? undefined).entries;
  const reached = Math.max(
    ...(['module', 'gomod'] as const).map((w) => {
      const steps = trace.steps.filter((s) => s.walk === w);
      return steps.length - (steps[0]?.kind === 'noproxy' ? 1 : 0);
    }),
  );
  return trace.steps.length === 0 ? [] : entries.slice(reached).map((e) => e.raw);
}

function TraceView({ trace, lang, t, top }: { trace: Trace; lang: Lang; t: T; top: 2 | 3 }) {
  const ok = trace.result === 'success';
  const module = trace.steps.filter((s) => s.walk === 'module');
  const gomod = trace.steps.filter((s) => s.walk === 'gomod');
  const skipped = neverAsked(trace);
  const list = (xs: string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : t('none'));
  return (
    <>
      <p class={`sim-result ${ok ? 'is-ok' : 'is-fail'}`} data-result={trace.result}>
        <strong>{ok ? t('success') : t('failure')}</strong> <Rich text={trace.summary[lang]} />
      </p>
      <Steps steps={module} lang={lang} t={t} />
      {gomod.length > 0 && (
        <>
          <Heading top={top} level={1}>
            {t('gomodWalk')}
          </Heading>
          <Steps steps={gomod} lang={lang} t={t} />
        </>
      )}
      <p class="sim-contacted" data-contacted={trace.contacted.join(' ')}>
        <Rich text={t('contacted', { list: list(trace.contacted) })} />
      </p>
      {skipped.length > 0 && (
        <p class="sim-muted">
          <Rich text={t('notAsked', { list: list(skipped) })} />
        </p>
      )}
      {trace.error && <CopyBlock t={t} id="sim-error" label={t('goPrints')} text={trace.error} />}
      {trace.notes.length > 0 && (
        <ul class="sim-notes" aria-label={t('notes')}>
          {trace.notes.map((n) => (
            <li key={n.en}>
              <Rich text={n[lang]} />
            </li>
          ))}
        </ul>
      )}
      <Heading top={top} level={1} id="sim-sumdb-h">
        {t('sumdbResult', { name: trace.sumdb.name })}
      </Heading>
      <p class="sim-sumdb" data-sumdb={trace.sumdb.status}>
        <Rich text={trace.sumdb.text[lang]} />
      </p>
      {trace.sumdb.steps.length > 0 && <Steps steps={trace.sumdb.steps} lang={lang} t={t} />}
    </>
  );
}

export default function Simulator({ lang, strings, embedded = false }: Props) {
  const t = useMemo(() => makeT(strings), [strings]);
  const top = embedded ? 3 : 2;
  const [state, setState] = useState<SimState>(defaultState);
  const [ready, setReady] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  // Set when the state was just read from the URL: normalise the URL in place, add no history entry.
  const fromUrl = useRef(true);
  // Presets and selects only produce valid input; the schema (zod) is fetched the first time the
  // reader can type, or a link brings a state, which keeps the page's first JavaScript small.
  const [validate, setValidate] = useState<Validate | null>(null);
  const wanted = useRef(false);
  const needValidation = () => {
    if (wanted.current) return;
    wanted.current = true;
    import('../../lib/simulator/validate.ts').then(
      (m) => setValidate(() => m.validateSimulateInput),
      () => {
        wanted.current = false;
      },
    );
  };

  useEffect(() => {
    const restore = () => {
      const r = fromSearch(location.search);
      if (r) needValidation();
      fromUrl.current = true;
      setState(r ? r.state : defaultState());
      setProblems(r?.problems ?? []);
    };
    restore();
    setReady(true);
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);

  const search = useMemo(() => toSearch(state), [state]);
  useEffect(() => {
    if (!ready) return;
    const write = () => {
      const replace = fromUrl.current;
      fromUrl.current = false;
      if (search === location.search.replace(/^\?/, '')) return;
      const url = `${location.pathname}${search ? `?${search}` : ''}${embedded ? '#simulator' : location.hash}`;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    };
    if (fromUrl.current) return write();
    // One history entry per pause in typing.
    const timer = setTimeout(write, 400);
    return () => clearTimeout(timer);
  }, [search, ready]);

  const input = useMemo(() => toInput(state), [state]);
  const issues = useMemo(() => {
    const checked = validate?.(input);
    return checked && !checked.ok ? checked.issues : [];
  }, [input, validate]);
  // A GOPROXY the go command rejects still has a trace: every download fails with its message.
  const runnable = issues.every((i) => i.path === 'goproxy');
  const trace = useMemo(() => (runnable ? simulate(input) : null), [input, runnable]);
  const preset = matchingPreset(state);
  const general = issues.filter((i) => !/^(goproxy|module|outcomes\.\d+)$/.test(i.path));

  const set = (patch: Partial<SimState>) => setState((cur) => ({ ...cur, ...patch }));
  const setGoproxy = (value: string, go?: string) => setState((cur) => withGoproxy(cur, value, go ?? cur.go));

  return (
    <div class={`sim${embedded ? ' is-embedded' : ''}`} data-ready={ready || undefined} onFocusIn={needValidation} onInput={needValidation}>
      {problems.length > 0 && (
        <p class="callout warn" role="alert">
          {t('linkProblem', { list: problems.join(', ') })}
        </p>
      )}
      <section class="sim-presets" aria-labelledby="sim-presets-h">
        <Heading top={top} level={0} id="sim-presets-h">
          {t('presets')}
        </Heading>
        <ul>
          {PRESETS.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                class="btn sim-preset"
                data-preset={p.id}
                aria-pressed={preset === p.id}
                disabled={!ready}
                onClick={() => setState((cur) => presetFor(p.id, cur.go))}
              >
                {p.label[lang]}
              </button>
            </li>
          ))}
        </ul>
        {!preset && <p class="sim-muted">{t('custom')}</p>}
      </section>

      <div class="sim-grid">
        <Setup state={state} lang={lang} t={t} top={top} issues={issues} set={set} setGoproxy={setGoproxy} disabled={!ready} />
        <section class="sim-trace" aria-labelledby="sim-trace-h">
          <Heading top={top} level={0} id="sim-trace-h">
            {t('trace')}
          </Heading>
          <div class="sim-live" aria-live="polite">
            {general.length > 0 && (
              <div class="callout warn" role="alert">
                <p>{t('issues')}</p>
                <ul>
                  {general.map((i) => (
                    <li key={i.path + i.en}>{i[lang]}</li>
                  ))}
                </ul>
              </div>
            )}
            {trace ? <TraceView trace={trace} lang={lang} t={t} top={top} /> : <p>{t('fixErrors')}</p>}
          </div>
        </section>
      </div>

      <section class="sim-flowchart" aria-labelledby="sim-flow-h">
        <Heading top={top} level={0} id="sim-flow-h">
          {t('flow')}
        </Heading>
        {trace ? <Flowchart trace={trace} lang={lang} t={t} /> : <p>{t('fixErrors')}</p>}
      </section>

      <Versions state={state} lang={lang} t={t} top={top} />

      <section class="sim-cli" aria-labelledby="sim-cli-h">
        <Heading top={top} level={0} id="sim-cli-h">
          {t('cli')}
        </Heading>
        <p class="sim-help">{t('cli.help')}</p>
        <CopyBlock t={t} id="sim-command" label="sh" text={toCommand(input)} />
        {embedded && (
          <p>
            <a href={`../../simulator/${search ? `?${search}` : ''}`}>{t('openFull')}</a>
          </p>
        )}
      </section>
    </div>
  );
}
