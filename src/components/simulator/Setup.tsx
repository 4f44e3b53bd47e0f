// The simulator's form: GOPROXY, the module, what each entry answers, private-module settings,
// the checksum database and the Go release. Every control has a visible label; help and errors
// are tied to it with aria-describedby.
import { parseGoproxy } from '../../lib/goproxy/list.ts';
import { parseGoVersion } from '../../lib/goversion.ts';
import { DIRECT_OUTCOMES, type Lang, type Outcome, URL_OUTCOMES } from '../../lib/simulator/model.ts';
import { DEFAULT_VERSION } from '../../lib/simulator/simulate.ts';
import { outcomeLabel } from '../../lib/simulator/texts.ts';
import type { Issue } from '../../lib/simulator/validate.ts';
import { Heading, type T } from './bits.tsx';
import { GO_VERSIONS, LATEST, type Match, needsVcs, outcomesFor, type SimState, type SumdbMode, slotsOf } from './state.ts';
import type { StringKey } from './strings.ts';

interface Props {
  state: SimState;
  lang: Lang;
  t: T;
  top: 2 | 3;
  issues: Issue[];
  set: (patch: Partial<SimState>) => void;
  setGoproxy: (value: string, go?: string) => void;
  disabled: boolean;
}

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

function Errors({ id, issues, lang }: { id: string; issues: Issue[]; lang: Lang }) {
  if (issues.length === 0) return null;
  return (
    <ul class="sim-error" id={id} role="alert">
      {issues.map((i) => (
        <li key={i.path + i.en}>{i[lang]}</li>
      ))}
    </ul>
  );
}

function Select<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  options: ReadonlyArray<readonly [V, string]>;
  onChange: (v: V) => void;
  help?: string;
}) {
  const { id, label, value, options, onChange, help } = props;
  return (
    <div class="sim-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value as V)}
        aria-describedby={help ? `${id}-help` : undefined}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {help && (
        <p class="sim-help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}

export function Setup({ state, lang, t, top, issues, set, setGoproxy, disabled }: Props) {
  const go = parseGoVersion(state.go) ?? undefined;
  const parsed = parseGoproxy(state.goproxy === '' ? 'https://proxy.golang.org,direct' : state.goproxy, go);
  const slots = slotsOf(state.goproxy, state.go);
  const at = (path: string) => issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
  const gpIssues = at('goproxy');
  const moduleIssues = at('module');
  const label = (o: Outcome) => outcomeLabel(o)[lang];
  const matchOptions = (['inherit', 'match', 'nomatch'] as const).map((m) => [m, t(`match.${m}` as StringKey)] as const);
  const empty = state.goproxy.trim() !== '' && parsed.emptyCount > 0 && parsed.entries.length > 0;

  let slot = 0;
  let urlSlot = 0;
  return (
    <section class="sim-setup" aria-labelledby="sim-setup-h">
      <Heading top={top} level={0} id="sim-setup-h">
        {t('setup')}
      </Heading>
      {/* Until the island runs (no JavaScript, or not yet scrolled to) the controls would do nothing. */}
      <fieldset class="sim-bare" disabled={disabled}>
        <div class="sim-field">
          <label for="sim-goproxy">{t('goproxy')}</label>
          <input
            id="sim-goproxy"
            type="text"
            class="sim-mono"
            value={state.goproxy}
            spellcheck={false}
            autocomplete="off"
            autocapitalize="off"
            aria-invalid={gpIssues.length > 0}
            aria-describedby={describedBy('sim-goproxy-help', gpIssues.length > 0 && 'sim-goproxy-err', empty && 'sim-goproxy-empty')}
            onInput={(e) => setGoproxy((e.target as HTMLInputElement).value)}
          />
          <p class="sim-help" id="sim-goproxy-help">
            {t('goproxy.help')}
          </p>
          <Errors id="sim-goproxy-err" issues={gpIssues} lang={lang} />
          {empty && (
            <p class="sim-warn" id="sim-goproxy-empty">
              {t('goproxy.empty')}
            </p>
          )}
        </div>
        <div class="sim-field">
          <label for="sim-module">{t('module')}</label>
          <input
            id="sim-module"
            type="text"
            class="sim-mono"
            value={state.module}
            spellcheck={false}
            autocomplete="off"
            autocapitalize="off"
            aria-invalid={moduleIssues.length > 0}
            aria-describedby={describedBy('sim-module-help', moduleIssues.length > 0 && 'sim-module-err')}
            onInput={(e) => set({ module: (e.target as HTMLInputElement).value.trim() })}
          />
          <p class="sim-help" id="sim-module-help">
            {t('module.help', { version: DEFAULT_VERSION })}
          </p>
          <Errors id="sim-module-err" issues={moduleIssues} lang={lang} />
        </div>

        <fieldset class="sim-entries">
          <legend>{t('entries')}</legend>
          <p class="sim-help">{t('entries.help')}</p>
          <ol>
            {parsed.entries.map((e, n) => {
              if (e.kind === 'off') {
                return (
                  <li key={`off-${n}`} class="sim-entry">
                    <code>off</code> {t('entry.off')}
                  </li>
                );
              }
              const i = slot++;
              const s = slots[i];
              const id = `sim-outcome-${i}`;
              const sep =
                e.separator === '|' ? t('sep.pipe') : e.separator === ',' && n < parsed.entries.length - 1 ? t('sep.comma') : t('sep.last');
              return (
                <li key={`${i}-${e.raw}`} class="sim-entry">
                  <label for={id}>{t('entry', { n: n + 1, entry: e.raw })}</label>
                  <select
                    id={id}
                    value={state.outcomes[i]}
                    aria-describedby={`${id}-sep`}
                    onChange={(ev) => {
                      const outcomes = [...state.outcomes];
                      outcomes[i] = (ev.target as HTMLSelectElement).value as Outcome;
                      set({ outcomes });
                    }}
                  >
                    {outcomesFor(s?.kind ?? 'url').map((o) => (
                      <option key={o} value={o}>
                        {label(o)}
                      </option>
                    ))}
                  </select>
                  <p class="sim-help" id={`${id}-sep`}>
                    {sep}
                  </p>
                  <Errors id={`${id}-err`} issues={at(`outcomes.${i}`)} lang={lang} />
                </li>
              );
            })}
          </ol>
          {parsed.ignored.length > 0 && <p class="sim-warn">{t('ignored', { entries: parsed.ignored.join(', ') })}</p>}
        </fieldset>

        <fieldset>
          <legend>{t('private')}</legend>
          <div class="sim-field sim-check">
            <input
              id="sim-goprivate"
              type="checkbox"
              checked={state.goprivate}
              aria-describedby="sim-goprivate-help"
              onChange={(e) => set({ goprivate: (e.target as HTMLInputElement).checked })}
            />
            <label for="sim-goprivate">{t('goprivate')}</label>
            <p class="sim-help" id="sim-goprivate-help">
              {t('goprivate.help')}
            </p>
          </div>
          <Select<Match>
            id="sim-gonoproxy"
            label={t('gonoproxy')}
            value={state.gonoproxy}
            options={matchOptions}
            help={t('gonoproxy.help')}
            onChange={(v) => set({ gonoproxy: v })}
          />
          <Select<Match>
            id="sim-gonosumdb"
            label={t('gonosumdb')}
            value={state.gonosumdb}
            options={matchOptions}
            help={t('gonosumdb.help')}
            onChange={(v) => set({ gonosumdb: v })}
          />
          {needsVcs(state) && (
            <Select
              id="sim-vcs"
              label={t('vcs')}
              value={state.vcs}
              options={DIRECT_OUTCOMES.map((o) => [o, label(o)] as const)}
              help={t('vcs.help')}
              onChange={(v) => set({ vcs: v })}
            />
          )}
        </fieldset>

        <fieldset>
          <legend>{t('sumdb')}</legend>
          <Select<SumdbMode>
            id="sim-gosumdb"
            label={t('gosumdb')}
            value={state.gosumdb}
            options={(['on', 'off', 'cn'] as const).map((m) => [m, t(`gosumdb.${m}` as StringKey)] as const)}
            onChange={(v) => set({ gosumdb: v })}
          />
          {state.gosumdb === 'on' &&
            slots.map((s, i) => {
              if (s.kind === 'direct') return null;
              const j = urlSlot++;
              return (
                <Select
                  key={`sup-${j}`}
                  id={`sim-supported-${j}`}
                  label={t('supported', { entry: s.raw })}
                  value={state.supported[j] ?? ''}
                  options={[
                    ['', `${t('supported.same')} (${label(state.outcomes[i] ?? '200')})`] as const,
                    ...URL_OUTCOMES.map((o) => [o, label(o)] as const),
                  ]}
                  help={j === 0 ? t('supported.help') : undefined}
                  onChange={(v) => {
                    const supported = [...state.supported];
                    supported[j] = v;
                    set({ supported });
                  }}
                />
              );
            })}
          {state.gosumdb !== 'off' && (
            <Select
              id="sim-lookup"
              label={t('lookup')}
              value={state.lookup}
              options={URL_OUTCOMES.map((o) => [o, label(o)] as const)}
              help={t('lookup.help')}
              onChange={(v) => set({ lookup: v })}
            />
          )}
        </fieldset>

        <Select
          id="sim-go"
          label={t('go')}
          value={state.go}
          options={[...GO_VERSIONS].reverse().map((v) => [v, v === LATEST ? t('go.latest', { go: v }) : v] as const)}
          help={t('go.help')}
          onChange={(v) => setGoproxy(state.goproxy, v)}
        />
      </fieldset>
    </section>
  );
}
