// The generator island: presets, the form, validated output. The server renders it with the
// start preset (so the page works without JavaScript); in the browser it then restores the form
// from the link, or the reader's machine from localStorage, and keeps the link up to date.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkConfig, hasMessages, loadMessages, presets, type ValidationResult } from '../../lib/config/data.ts';
import { type PageFormat, pageFormats } from '../../lib/render/page.ts';
import { render } from '../../lib/render/result.ts';
import type { Format } from '../../lib/render/types.ts';
import { Ctx, type FormCtx, makeT } from './fields.tsx';
import { Form } from './Form.tsx';
import { type Item, Output } from './Output.tsx';
import {
  type Draft,
  detectMachine,
  fieldPaths,
  issuesByField,
  isFileText,
  linkFor,
  type Locale,
  loadPrefs,
  type Machine,
  matchingPreset,
  presetConfig,
  presetFor,
  resetSection,
  type SectionId,
  savePrefs,
  sectionChanged,
  setAt,
  startPreset,
} from './draft.ts';
import type { Strings } from './strings.ts';

interface State {
  draft: Draft;
  baseId: string;
  problem?: string;
  /** The draft is a preset as applied (it fits the schema), so only the cross-field rules need checking. */
  fits?: boolean;
}

// The schema (zod) and the link reader load on the first edit or when the address carries state:
// a preset needs neither, and most visits only read one.
type Validate = typeof import('../../lib/config/validate.ts').validateConfig;
const loadValidate = () => import('../../lib/config/validate.ts').then((m) => m.validateConfig);
const hasState = (search: string) => ['c', 'preset', 'from'].some((k) => new URLSearchParams(search).has(k));

const POSIX = ['bash', 'zsh', 'fish'];

/** Secrets typed earlier stay in memory when Back/Forward restores a state without them. */
function keepSecrets(next: Draft, prev: Draft): Draft {
  const hosts = next.auth.hosts.map((h) => {
    const old = prev.auth.hosts.find((o) => o.host === h.host && o.token !== undefined);
    return old ? { ...h, token: old.token } : h;
  });
  const network = prev.network.proxyUser !== undefined ? { ...next.network, proxyUser: prev.network.proxyUser } : next.network;
  return { ...next, auth: { ...next.auth, hosts }, network };
}

export default function Generator({ locale, strings }: { locale: Locale; strings: Strings }) {
  const start = startPreset(locale);
  const [state, setState] = useState<State>(() => ({ draft: presetConfig(start), baseId: start, fits: true }));
  const [tab, setTab] = useState('');
  const [live, setLive] = useState('');
  const [ready, setReady] = useState(false);
  // Renderers fetched when their tab was first opened (see lib/render/page.ts).
  const [loaded, setLoaded] = useState<Record<string, Format>>({});
  // validateConfig, once loaded (see loadValidate).
  const [validate, setValidate] = useState<Validate>();
  const machine = useRef<Machine>({ os: 'linux', shell: 'bash' });
  const lastGood = useRef<Item[]>([]);
  // A state restored from the address bar rewrites its own entry instead of adding one, so
  // opening the page or going Back never leaves an extra entry behind.
  const restored = useRef(true);
  const current = useRef(state);
  current.current = state;
  const t = useMemo(() => makeT(strings), [strings]);
  const s = t;

  // In the browser only: the link, saved preferences, Back/Forward.
  useEffect(() => {
    const prefs = loadPrefs(localStorage);
    machine.current = prefs.machine ?? detectMachine(navigator.userAgent);
    const restore = async (prev?: Draft) => {
      const search = location.search;
      let r: State | undefined;
      if (hasState(search)) {
        // A restored draft may not fit the schema: load the check with the reader, show both at once.
        const [{ fromSearch }, v] = await Promise.all([import('./state.ts'), loadValidate()]);
        setValidate(() => v);
        r = fromSearch(search, machine.current, locale);
      }
      restored.current = true;
      const next: State = r ?? { draft: presetFor(start, machine.current), baseId: start, fits: true };
      setState({ ...next, draft: prev ? keepSecrets(next.draft, prev) : next.draft });
    };
    if (prefs.tab) setTab(prefs.tab);
    // Ready (and the link written) only once the address has been read.
    restore().then(() => setReady(true));
    const onPop = () => restore(current.current.draft);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // The link follows the form (debounced, one history entry per pause in typing); never a secret.
  useEffect(() => {
    if (!ready) return;
    const write = () => {
      const replace = restored.current;
      restored.current = false;
      const q = linkFor(state.draft, state.baseId, start, machine.current);
      if (q === location.search.replace(/^\?/, '')) return;
      history[replace ? 'replaceState' : 'pushState'](null, '', q ? `?${q}` : location.pathname);
    };
    if (restored.current) return write();
    const timer = setTimeout(write, 400);
    return () => clearTimeout(timer);
  }, [state.draft, state.baseId, ready]);

  const { draft, baseId } = state;
  const base = useMemo(() => presetFor(baseId, draft.target), [baseId, draft.target]);
  // Message texts are fetched (in this page's language only) when the first issue appears.
  const [texts, setTexts] = useState(() => hasMessages(locale));
  const lastResult = useRef<ValidationResult>();
  const result = useMemo(() => {
    if (validate) return validate(draft, locale);
    if (state.fits) return checkConfig(draft, locale);
    // Edited while the schema loads: the draft keeps every edit; the output waits for the check.
    return lastResult.current ?? checkConfig(presetConfig(start), locale);
  }, [draft, locale, texts, validate, state.fits]);
  lastResult.current = result;
  useEffect(() => {
    if (!validate && !state.fits) loadValidate().then((v) => setValidate(() => v));
  }, [validate, state.fits]);
  const issues = result.errors.length + result.warnings.length;
  useEffect(() => {
    if (issues > 0 && !texts) loadMessages(locale).then(() => setTexts(true));
  }, [issues > 0, texts]);
  const fields = useMemo(() => fieldPaths(draft), [draft]);
  const errors = useMemo(() => issuesByField(result.errors, fields), [result, fields]);
  const match = useMemo(() => matchingPreset(draft), [draft]);

  const formatOf = (pf: PageFormat) => ('format' in pf ? pf.format : loaded[pf.meta.id]);
  const items: Item[] = useMemo(() => {
    const c = result.config;
    if (c) {
      const list = pageFormats
        .filter((pf) => pf.meta.applies(c))
        .map((pf) => {
          const format = formatOf(pf);
          return { format: pf.meta, result: format && render(format, c), blocking: result.errors, file: isFileText(pf.meta, c) };
        });
      if (result.ok) lastGood.current = list;
      return list;
    }
    // The form cannot become a config: show the last trusted snippets, marked invalid.
    const prev =
      lastGood.current.length > 0
        ? lastGood.current
        : pageFormats
            .filter((pf) => pf.meta.applies(presetConfig(start)))
            .map((pf) => ({ format: pf.meta, result: undefined, blocking: [], file: false }));
    return prev.map((i) => ({ ...i, blocking: result.errors }));
  }, [result, loaded]);

  const preferred = items.find((i) => i.format.id === tab) ?? items.find((i) => i.format.id === draft.target.shell) ?? items[0];

  // Fetch the renderer behind the tab on screen the first time it is needed.
  const shown = pageFormats.find((pf) => pf.meta.id === preferred?.format.id);
  const pending = shown && 'load' in shown && !loaded[shown.meta.id] ? shown : undefined;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    pending.load().then((f) => live && setLoaded((m) => ({ ...m, [f.id]: f })));
    return () => {
      live = false;
    };
  }, [pending]);

  const set = (path: string, value: unknown) => {
    const machineChange = path === 'target.os' || path === 'target.shell';
    // A new OS or shell opens its own tab.
    if (machineChange) setTab('');
    setState((cur) => {
      let d = setAt(cur.draft, path, value);
      if (path === 'target.os') {
        // Keep the shell plausible for the new OS.
        if (value === 'windows' && POSIX.includes(d.target.shell)) d = setAt(d, 'target.shell', 'powershell');
        if (value !== 'windows' && d.target.shell === 'cmd') d = setAt(d, 'target.shell', 'bash');
      }
      if (machineChange) {
        machine.current = { os: d.target.os, shell: d.target.shell };
        savePrefs(localStorage, { machine: machine.current });
      }
      return { ...cur, draft: d, problem: undefined, fits: false };
    });
  };
  const announce = (text: string) => {
    // Re-announce identical messages by clearing first.
    setLive('');
    requestAnimationFrame(() => setLive(text));
  };
  const onTab = (id: string) => {
    setTab(id);
    savePrefs(localStorage, { machine: machine.current, tab: id });
  };
  const ctx: FormCtx = { locale, t, draft, base, issues: errors, set, announce };
  const general = errors.get('') ?? [];

  return (
    <Ctx.Provider value={ctx}>
      <div class="generator" data-ready={ready || undefined}>
        <section class="presets" aria-labelledby="g-presets-h">
          <h2 id="g-presets-h">{s('presets')}</h2>
          <ul>
            {presets.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  class={`preset${match === p.id ? ' is-match' : ''}`}
                  aria-pressed={match === p.id}
                  data-preset={p.id}
                  onClick={() => {
                    setState({ draft: presetFor(p.id, draft.target), baseId: p.id, fits: true });
                    announce(p.name[locale]);
                  }}
                >
                  <strong>{p.name[locale]}</strong>
                  <span>{p.description[locale]}</span>
                </button>
              </li>
            ))}
          </ul>
          <p class="preset-status">{match ? '' : s('custom')}</p>
        </section>
        {state.problem && (
          <p class="callout warn" role="alert">
            {s('linkProblem')}
          </p>
        )}
        <div class="gen-layout">
          <div class="gen-left">
            <h2>{s('formHeading')}</h2>
            {result.errors.length > 0 && (
              <div class="callout warn form-errors" role="alert">
                <p>{s('formErrors')}</p>
                {general.length > 0 && (
                  <ul>
                    {general.map((i) => (
                      <li key={i.path + i.code}>{i.message}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <Form
              changed={(id: SectionId) => sectionChanged(draft, base, id)}
              reset={(id: SectionId) => {
                setState((cur) => ({ ...cur, draft: resetSection(cur.draft, base, id) }));
                announce(s('resetDone'));
              }}
            />
          </div>
          <div class="gen-right">
            <h2>{s('outputHeading')}</h2>
            <Output
              locale={locale}
              t={t}
              items={items}
              warnings={result.warnings}
              fields={fields}
              tab={preferred?.format.id ?? ''}
              onTab={onTab}
              announce={announce}
            />
            <p class="help">{s('permalink')}</p>
          </div>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">
          {live}
        </div>
      </div>
    </Ctx.Provider>
  );
}
