// The go env linter island: the paste field (plus optional go.mod, OS environment, go env file and
// Go version), example pastes, and the findings. Linting is debounced and runs in a Web Worker;
// the fields are uncontrolled so that a 10 MB paste is never copied into Preact state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_INPUT_CHARS } from '../../lib/lint/parse.ts';
import type { Finding, InputKind, Lang, LintFailure, LintReport } from '../../lib/lint/types.ts';
import { EXAMPLES } from './examples.ts';
import { type Runner, workerRunner } from './runner.ts';
import { copyOrSelect, copyShortcut } from '../shared/clipboard.ts';
import { fmt, type Strings } from './strings.ts';
import {
  EMPTY_FIELDS,
  FIELD_ID,
  type Fields,
  GO_VERSION_ID,
  guideHref,
  guideKey,
  isBlank,
  readAsText,
  summaryText,
  toInput,
} from './view.ts';

export interface Props {
  lang: Lang;
  strings: Strings;
  /** The site base (astro:config/client's base), for guide links. */
  base: string;
  /** "slug#anchor" → link text (see guide-sections.ts). */
  sections: Record<string, string>;
  doctorHref: string;
  /** Injected by tests; the browser uses a Web Worker. */
  runner?: Runner;
}

type View =
  | { kind: 'idle' }
  | { kind: 'report'; report: LintReport }
  | { kind: 'failure'; failure: LintFailure }
  | { kind: 'bad-go-version'; value: string }
  | { kind: 'crash' };

const DEBOUNCE_MS = 300;
/** Say "Checking…" only when a check is slow enough to notice. */
const BUSY_AFTER_MS = 150;
const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;
type FieldName = keyof Fields;
const TEXT_FIELDS: {
  name: Exclude<FieldName, 'goEnv' | 'goVersion'>;
  kind: InputKind;
  label: 'goModLabel' | 'osEnvLabel' | 'goEnvFileLabel';
}[] = [
  { name: 'goMod', kind: 'go-mod', label: 'goModLabel' },
  { name: 'osEnv', kind: 'os-env', label: 'osEnvLabel' },
  { name: 'goEnvFile', kind: 'go-env-file', label: 'goEnvFileLabel' },
];
const HELP = { goMod: 'goModHelp', osEnv: 'osEnvHelp', goEnvFile: 'goEnvFileHelp' } as const;

export default function Lint({ lang, strings: s, base, sections, doctorHref, runner }: Props) {
  const fields = {
    goEnv: useRef<HTMLTextAreaElement>(null),
    goMod: useRef<HTMLTextAreaElement>(null),
    osEnv: useRef<HTMLTextAreaElement>(null),
    goEnvFile: useRef<HTMLTextAreaElement>(null),
    goVersion: useRef<HTMLInputElement>(null),
  };
  const heading = useRef<HTMLHeadingElement>(null);
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [more, setMore] = useState(false);
  const [ready, setReady] = useState(false);
  const run = useRef<Runner | null>(null);
  const seq = useRef(0);
  const dirty = useRef(false);
  const focusResults = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const getRunner = () => {
    run.current ??= runner ?? workerRunner();
    return run.current;
  };
  const warm = () => getRunner().warm();
  const read = (): Fields => {
    const out = { ...EMPTY_FIELDS };
    for (const k of Object.keys(out) as FieldName[]) out[k] = fields[k].current?.value ?? '';
    return out;
  };

  const check = (values = read()) => {
    clearTimeout(timer.current);
    const my = ++seq.current;
    setBusy(false); // a check still running is now stale
    if (isBlank(values) && !dirty.current) {
      setView({ kind: 'idle' });
      return;
    }
    const built = toInput(values);
    if ('badGoVersion' in built) {
      setMore(true);
      setView({ kind: 'bad-go-version', value: built.badGoVersion });
      return;
    }
    const slow = setTimeout(() => my === seq.current && setBusy(true), BUSY_AFTER_MS);
    const done = (v: View) => {
      clearTimeout(slow);
      if (my !== seq.current) return;
      setBusy(false);
      if (v.kind === 'failure' && v.failure.input !== 'go-env') setMore(true);
      setView(v);
      if (focusResults.current) {
        focusResults.current = false;
        heading.current?.focus();
      }
    };
    getRunner()
      .run(built.input)
      .then(
        (r) => done(r.ok ? { kind: 'report', report: r } : { kind: 'failure', failure: r }),
        () => done({ kind: 'crash' }),
      );
  };
  const schedule = () => {
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(check, DEBOUNCE_MS);
  };
  // Megabytes of text in a textarea freeze the browser for seconds (10 MB: most of a minute) while
  // it lays the text out, so a paste or drop that is too large never reaches the field: the linter
  // gets it instead and says why it is refused.
  const refuseHuge = (name: FieldName) => (e: ClipboardEvent | DragEvent) => {
    const data = 'clipboardData' in e ? e.clipboardData : e.dataTransfer;
    const text = data?.getData('text/plain') ?? '';
    if (text.length <= MAX_INPUT_CHARS) return;
    e.preventDefault();
    dirty.current = true;
    check({ ...read(), [name]: text });
  };
  const setFields = (f: Fields) => {
    for (const k of Object.keys(f) as FieldName[]) {
      const el = fields[k].current;
      if (el) el.value = f[k];
    }
  };

  // A paste made before the island woke up, or restored by the browser, is checked at once.
  useEffect(() => {
    setReady(true);
    if (!isBlank(read())) {
      dirty.current = true;
      check();
    }
    return () => clearTimeout(timer.current);
  }, []);

  const failure = view.kind === 'failure' ? view.failure : null;
  // Chinese sentences follow each other without a space.
  const join = (a: string, b: string) => (lang === 'en' ? `${a} ${b}` : `${a}${b}`);
  const errorFor = (kind: InputKind) =>
    failure?.input !== kind
      ? ''
      : failure.code === 'empty' && kind === 'go-env'
        ? join(failure.message[lang], s.emptyHint)
        : failure.message[lang];
  const goVersionError = view.kind === 'bad-go-version' ? fmt(s.goVersionBad, { v: view.value }) : '';
  const describedBy = (id: string, error: string) => `${id}-help${error ? ` ${id}-error` : ''}`;

  const goEnvError = errorFor('go-env');
  let status: string;
  if (busy) status = s.checking;
  else if (view.kind === 'report') status = summaryText(s, view.report);
  else if (view.kind === 'failure') status = join(s.cannotCheck, errorFor(view.failure.input));
  else if (view.kind === 'bad-go-version') status = join(s.cannotCheck, goVersionError);
  else if (view.kind === 'crash') status = s.crash;
  else status = s.idle;

  return (
    <div class="lint" data-ready={ready ? '' : undefined}>
      <div class="lint-field">
        <label for={FIELD_ID['go-env']}>{s.goEnvLabel}</label>
        <p class="lint-help" id={`${FIELD_ID['go-env']}-help`}>
          {s.goEnvHelp}
        </p>
        <textarea
          ref={fields.goEnv}
          id={FIELD_ID['go-env']}
          rows={12}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          wrap="off"
          aria-describedby={describedBy(FIELD_ID['go-env'], goEnvError)}
          aria-invalid={goEnvError ? 'true' : undefined}
          onInput={schedule}
          onPaste={refuseHuge('goEnv')}
          onDrop={refuseHuge('goEnv')}
          onFocus={warm}
        />
        {goEnvError && (
          <p class="lint-error" id={`${FIELD_ID['go-env']}-error`}>
            {goEnvError}
          </p>
        )}
      </div>

      <div class="lint-actions">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => {
            dirty.current = true;
            focusResults.current = true;
            check();
          }}
        >
          {s.check}
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => {
            setFields(EMPTY_FIELDS);
            dirty.current = false;
            check();
            fields.goEnv.current?.focus();
          }}
        >
          {s.clear}
        </button>
      </div>
      <div class="lint-examples">
        <span id="lint-examples-label">{s.examples}</span>
        <ul aria-labelledby="lint-examples-label">
          {EXAMPLES.map((ex) => (
            <li key={ex.id}>
              <button
                type="button"
                class="btn"
                onFocus={warm}
                onPointerDown={warm}
                onClick={() => {
                  setFields({ ...EMPTY_FIELDS, goEnv: ex.goEnv, goMod: ex.goMod ?? '' });
                  if (ex.goMod) setMore(true);
                  dirty.current = true;
                  check();
                }}
              >
                {s[`example.${ex.id}`]}
              </button>
            </li>
          ))}
        </ul>
      </div>

      <details class="lint-more" open={more} onToggle={(e) => setMore((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{s.more}</summary>
        <p class="lint-help">{s.moreHelp}</p>
        {TEXT_FIELDS.map(({ name, kind, label }) => {
          const id = FIELD_ID[kind];
          const error = errorFor(kind);
          return (
            <div class="lint-field" key={name}>
              <label for={id}>{s[label]}</label>
              <p class="lint-help" id={`${id}-help`}>
                {s[HELP[name]]}
              </p>
              <textarea
                ref={fields[name]}
                id={id}
                rows={kind === 'go-mod' ? 4 : 6}
                spellcheck={false}
                autocomplete="off"
                autocapitalize="off"
                wrap="off"
                aria-describedby={describedBy(id, error)}
                aria-invalid={error ? 'true' : undefined}
                onInput={schedule}
                onPaste={refuseHuge(name)}
                onDrop={refuseHuge(name)}
              />
              {error && (
                <p class="lint-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div class="lint-field">
          <label for={GO_VERSION_ID}>{s.goVersionLabel}</label>
          <p class="lint-help" id={`${GO_VERSION_ID}-help`}>
            {s.goVersionHelp}
          </p>
          <input
            ref={fields.goVersion}
            id={GO_VERSION_ID}
            type="text"
            inputMode="decimal"
            autocomplete="off"
            spellcheck={false}
            size={12}
            aria-describedby={describedBy(GO_VERSION_ID, goVersionError)}
            aria-invalid={goVersionError ? 'true' : undefined}
            onInput={schedule}
          />
          {goVersionError && (
            <p class="lint-error" id={`${GO_VERSION_ID}-error`}>
              {goVersionError}
            </p>
          )}
        </div>
      </details>

      <section class="lint-results" aria-labelledby="lint-results-heading" aria-busy={busy ? 'true' : 'false'}>
        <h2 id="lint-results-heading" ref={heading} tabIndex={-1}>
          {s.resultsHeading}
        </h2>
        <p class="lint-status" role="status">
          {status}
        </p>
        {view.kind === 'report' && (
          <Report report={view.report} lang={lang} s={s} base={base} sections={sections} doctorHref={doctorHref} />
        )}
      </section>
    </div>
  );
}

function Report(props: { report: LintReport; lang: Lang; s: Strings; base: string; sections: Record<string, string>; doctorHref: string }) {
  const { report, s, doctorHref } = props;
  const names = Object.keys(report.settings);
  return (
    <>
      <p class="lint-readas">{readAsText(s, report)}</p>
      {report.findings.length > 0 ? (
        <ol class="lint-findings">
          {report.findings.map((f, i) => (
            <FindingItem key={`${f.id}-${f.variable}-${i}`} f={f} i={i} {...props} />
          ))}
        </ol>
      ) : (
        <div class="callout ok lint-clean">
          <p>{names.length > 0 ? fmt(s.cleanDetail, { n: names.length, names: names.join(', ') }) : s.settingsNone}</p>
          <p>{s.checkedWhat}</p>
          <p>
            {s.notChecked} <a href={doctorHref}>{s.doctorLink}</a>
          </p>
        </div>
      )}
      {names.length > 0 && (
        <details class="lint-settings">
          <summary>{fmt(s.settingsRead, { n: names.length })}</summary>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long values scroll inside the block, which must be reachable by keyboard */}
          <pre tabIndex={0}>
            <code>{names.map((n) => `${n}=${report.settings[n]}`).join('\n')}</code>
          </pre>
        </details>
      )}
    </>
  );
}

function FindingItem({
  f,
  i,
  lang,
  s,
  base,
  sections,
}: {
  f: Finding;
  i: number;
  lang: Lang;
  s: Strings;
  base: string;
  sections: Record<string, string>;
}) {
  const id = `lint-f${i}`;
  const key = guideKey(f.guide);
  return (
    <li class={`lint-finding sev-${f.severity}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        <span class="lint-sev">
          <span aria-hidden="true">{ICON[f.severity]} </span>
          {s[`sev.${f.severity}`]}
        </span>{' '}
        <code>{f.variable}</code>
      </h3>
      <p>{f.message[lang]}</p>
      {f.evidence && (
        <div class="lint-evidence">
          <p>{fmt(s.evidence, { input: s[`input.${f.evidence.input}`], line: f.evidence.line })}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll inside the block, which must be reachable by keyboard */}
          <pre tabIndex={0}>
            <code>{f.evidence.text}</code>
          </pre>
        </div>
      )}
      <p>
        <strong>{s.fix}</strong> {f.fix[lang]}
      </p>
      {f.commands && (
        <div class="lint-commands">
          <p>{f.commands.length > 1 ? s.commands : s.command}</p>
          {f.commands.map((c, j) => (
            <CopyCode key={c} text={c} id={`${id}-c${j}`} s={s} />
          ))}
        </div>
      )}
      <p class="lint-links">
        <a href={guideHref(base, lang, f.guide)}>{fmt(s.guide, { title: sections[key] ?? key })}</a>
        {f.goVersions && ` · ${fmt(s.goVersions, { v: f.goVersions })}`}
      </p>
      <p class="lint-source">{fmt(s.source, { s: f.source })}</p>
    </li>
  );
}

function CopyCode({ text, id, s }: { text: string; id: string; s: Strings }) {
  const pre = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  const clear = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(clear.current), []);
  const say = (msg: string) => {
    setStatus(msg);
    clearTimeout(clear.current);
    clear.current = setTimeout(() => setStatus(''), 4000);
  };
  const copy = async () => {
    say((await copyOrSelect(text, pre.current)) ? s.copied : fmt(s.copyFallback, { key: copyShortcut() }));
  };
  return (
    <div class="lint-cmd">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long commands scroll inside the block, which must be reachable by keyboard */}
      <pre id={id} ref={pre} tabIndex={0}>
        <code>{text}</code>
      </pre>
      <button type="button" class="btn" onClick={copy} aria-describedby={id}>
        {s.copy}
      </button>
      <span class="lint-copy-status" role="status">
        {status}
      </span>
    </div>
  );
}
