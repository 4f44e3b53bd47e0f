// @vitest-environment happy-dom
// The simulator island: its state helpers (presets as toggles, outcomes kept across edits, the URL,
// the CLI equivalent, which Go-version rules are at work) and the component itself — the trace
// answers the controls, errors are announced, the URL round-trips, and Mermaid is imported only
// once the flowchart is in view.
import { execFileSync } from 'node:child_process';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/simulate.ts';
import Simulator from '../../src/components/simulator/Simulator.tsx';
import {
  defaultState,
  fromSearch,
  GO_VERSIONS,
  matchingPreset,
  needsVcs,
  outcomesFor,
  presetFor,
  presetState,
  reconcileOutcomes,
  type SimState,
  slotsOf,
  toCommand,
  toInput,
  toSearch,
  withGoproxy,
} from '../../src/components/simulator/state.ts';
import { versionEffects } from '../../src/components/simulator/versions.ts';
import { STRINGS } from '../../src/components/simulator/strings.ts';
import { DIRECT_OUTCOMES, type Lang, type Trace, URL_OUTCOMES } from '../../src/lib/simulator/model.ts';
import { PRESETS } from '../../src/lib/simulator/presets.ts';
import { simulate } from '../../src/lib/simulator/simulate.ts';
import { validateSimulateInput } from '../../src/lib/simulator/validate.ts';
import { VERSION_DIFFERENCES } from '../../src/lib/simulator/versions.ts';
import { requireTool } from '../support/tools.ts';
import { runCli } from '../support/cli.ts';

// The flowchart module pulls in Mermaid; here it only records the Mermaid text it would draw.
const drawn = vi.hoisted(() => [] as string[]);
vi.mock('../../src/components/simulator/flowchart.ts', async () => {
  const { traceToMermaid } = await import('../../src/lib/simulator/mermaid.ts');
  return {
    drawTrace: async (trace: Trace, lang: Lang) => {
      const source = traceToMermaid(trace, lang);
      drawn.push(source);
      return { src: 'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E', width: 10, height: 10, source };
    },
  };
});
const mount = (lang: Lang = 'en', embedded = false) => render(<Simulator lang={lang} strings={STRINGS[lang]} embedded={embedded} />);

/** What a reader sees of a trace: who was contacted, the result, the printed error, the checksum route. */
const seen = (t: Trace) => ({ contacted: t.contacted, result: t.result, error: t.error, sumdb: t.sumdb.status, db: t.sumdb.contacted });

beforeEach(() => {
  history.replaceState(null, '', '/en/simulator/');
  drawn.length = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('strings', () => {
  it('has every key in both languages with the same placeholders, none empty', () => {
    expect(Object.keys(STRINGS['zh-CN']).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const [k, en] of Object.entries(STRINGS.en)) {
      const zh = STRINGS['zh-CN'][k as keyof typeof STRINGS.en];
      expect(en.trim(), k).not.toBe('');
      expect(zh.trim(), k).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(zh), k).toEqual(params(en));
    }
  });
});

describe('presets as form state', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: valid, recognised, and simulates exactly like the preset itself', (id, p) => {
    const s = presetState(id);
    expect(validateSimulateInput(toInput(s)).ok).toBe(true);
    expect(matchingPreset(s)).toBe(id);
    // The toggles use the module's host as the pattern; the preset's own patterns must behave the same.
    expect(seen(simulate(toInput(s)))).toEqual(seen(simulate(p.input)));
  });

  it('keeps the chosen Go release and still recognises the preset under it', () => {
    const s = presetFor('pipe-fallback', '1.14');
    expect(s.go).toBe('1.14');
    expect(matchingPreset(s)).toBe('pipe-fallback');
    expect(matchingPreset({ ...s, lookup: '500' })).toBeUndefined();
  });
});

describe('outcomes follow GOPROXY edits', () => {
  it('keeps an entry’s outcome when it stays, by text first, then by position', () => {
    const s = withGoproxy(presetState('pipe-fallback'), 'https://a.example|https://b.example,direct');
    expect(s.outcomes).toEqual(['500', '200', 'ok']);
    // Removing the first entry keeps b's and direct's answers.
    expect(withGoproxy(s, 'https://b.example,direct').outcomes).toEqual(['200', 'ok']);
    // Renaming an entry in place keeps its answer; a new entry starts with success.
    expect(withGoproxy(s, 'https://c.example|https://b.example,https://d.example,direct').outcomes).toEqual(['500', '200', '200', 'ok']);
  });

  it('never gives an entry an outcome of the wrong kind', () => {
    const before = slotsOf('https://a.example,direct', '1.26');
    expect(reconcileOutcomes(before, ['404', 'auth'], slotsOf('direct', '1.26'))).toEqual(['auth']);
    expect(reconcileOutcomes(before, ['404', 'auth'], slotsOf('https://a.example,https://b.example', '1.26'))).toEqual(['404', '200']);
    expect(reconcileOutcomes(before, ['500', 'auth'], slotsOf('file:///srv/proxy,direct', '1.26'))).toEqual(['200', 'auth']);
  });

  it('re-reads the list when the Go release changes how it splits', () => {
    const s = presetState('pipe-fallback');
    expect(withGoproxy(s, s.goproxy, '1.14').outcomes).toHaveLength(2); // `|` is not a separator before 1.15
  });
});

// Random states the form can produce.
const entryArb = fc.oneof(
  fc.stringMatching(/^https:\/\/[a-z]{1,6}\.example$/),
  fc.constant('file:///srv/goproxy'),
  fc.constant('off'),
  fc.constant('direct'),
);
const stateArb = fc
  .record({
    entries: fc.array(entryArb, { minLength: 1, maxLength: 4 }),
    seps: fc.array(fc.constantFrom(',', '|'), { minLength: 4, maxLength: 4 }),
    module: fc.constantFrom('example.com/hello', 'git.corp.example/team/lib', 'github.com/Org/Repo'),
    goprivate: fc.boolean(),
    gonoproxy: fc.constantFrom('inherit', 'match', 'nomatch'),
    gonosumdb: fc.constantFrom('inherit', 'match', 'nomatch'),
    vcs: fc.constantFrom(...DIRECT_OUTCOMES),
    gosumdb: fc.constantFrom('on', 'off', 'cn'),
    lookup: fc.constantFrom(...URL_OUTCOMES),
    go: fc.constantFrom(...GO_VERSIONS),
    pick: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ entries, seps, pick, ...r }): SimState => {
    const goproxy = entries.map((e, i) => (i === 0 ? e : `${seps[i] ?? ','}${e}`)).join('');
    const base = withGoproxy({ ...defaultState(), ...r } as SimState, goproxy, r.go);
    const slots = slotsOf(goproxy, r.go);
    const outcomes = slots.map((sl, i) => {
      const list = outcomesFor(sl.kind);
      return list[(pick[i] ?? 0) % list.length] as (typeof list)[number];
    });
    const supported = base.supported.map((_, i) => (['', ...URL_OUTCOMES] as const)[(pick[6 + i] ?? 0) % 9] ?? '');
    const s: SimState = { ...base, outcomes, supported };
    // The link keeps the git choice only where it matters.
    return needsVcs(s) ? s : { ...s, vcs: 'ok' };
  });

describe('the URL', () => {
  it('round-trips every state the form can hold', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const back = fromSearch(toSearch(s));
        expect(back?.problems ?? []).toEqual([]);
        expect(back?.state ?? defaultState()).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('is empty for the first example, and no query means no simulator state', () => {
    expect(toSearch(defaultState())).toBe('');
    expect(fromSearch('')).toBeNull();
    expect(fromSearch('utm_source=x')).toBeNull();
  });

  it('keeps an empty GOPROXY (unset) apart from the default example', () => {
    const s = withGoproxy(defaultState(), '');
    expect(toSearch(s)).toMatch(/^goproxy=&outcomes=200,ok/);
    expect(fromSearch(toSearch(s))?.state.goproxy).toBe('');
  });

  it('replaces what it cannot read by defaults and names it', () => {
    const r = fromSearch('goproxy=https://a.example,direct&outcomes=999,ok&gosumdb=maybe&go=1.2&lookup=teapot');
    expect(r?.problems.sort()).toEqual(['go', 'gosumdb', 'lookup', 'outcomes']);
    expect(r?.state).toMatchObject({ goproxy: 'https://a.example,direct', outcomes: ['200', 'ok'], gosumdb: 'on', lookup: '200' });
  });
});

describe('the command line equivalent', () => {
  const bash = requireTool('bash', 'checks the quoting of the generated command');
  it.skipIf(!bash)('prints, through a real shell and the real CLI, the trace the island shows', async () => {
    const samples = fc.sample(stateArb, { numRuns: 25, seed: 7 }).filter((s) => validateSimulateInput(toInput(s)).ok);
    samples.push(presetState('private-proxied'), withGoproxy(presetState('goproxy-cn'), "https://u:p@x.example/it's,direct"));
    expect(samples.length).toBeGreaterThan(10);
    for (const s of samples) {
      const command = toCommand(toInput(s));
      const prefix = 'npm run --silent modfix -- simulate ';
      expect(command.startsWith(prefix)).toBe(true);
      // bash splits the words exactly as it would when the reader pastes the line.
      const argv = execFileSync(bash as string, ['-c', `printf '%s\\0' ${command.slice(prefix.length)}`], { encoding: 'utf8' })
        .split('\0')
        .slice(0, -1);
      const { code, out } = await runCli(run, [...argv, '--json']);
      expect(code, command).toBe(0);
      expect(seen(JSON.parse(out) as Trace), command).toEqual(seen(simulate(toInput(s))));
    }
  });
});

describe('Go-version differences', () => {
  it.each(VERSION_DIFFERENCES.map((d) => [d.id, d] as const))('%s: its own example shows it at work', (_id, d) => {
    const input = { ...d.example, go: d.since };
    expect(d.applies(input, simulate(input))).toBe(true);
  });

  it('names only the rule at work, not every rule changed in the same release', () => {
    const pipe = versionEffects(presetState('pipe-fallback')).map((e) => e.diff.id);
    expect(pipe).toEqual(['pipe-separator']);
    expect(versionEffects(defaultState())).toEqual([]);
    const tls = versionEffects({ ...defaultState(), outcomes: ['tls', 'ok'], goproxy: 'https://goproxy.cn' });
    expect(tls.map((e) => e.diff.id)).toEqual(['x509-text']);
    expect(tls[0]?.before.error).toMatch(/: x509: certificate signed by unknown authority$/);
  });
});

/** Intersection observers that report "in view" only when the test says so. */
function stubObservers(): Array<() => void> {
  const observers: Array<() => void> = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(cb: (e: Array<{ isIntersecting: boolean }>) => void) {
        observers.push(() => cb([{ isIntersecting: true }]));
      }
      observe() {}
      disconnect() {}
    },
  );
  return observers;
}

describe('the island', () => {
  const ready = () => waitFor(() => expect(document.querySelector('.sim[data-ready]')).not.toBeNull());
  const select = (id: string, value: string) => fireEvent.change(document.getElementById(id) as HTMLSelectElement, { target: { value } });
  const contacted = () => document.querySelector('.sim-contacted')?.getAttribute('data-contacted');
  const printed = () => document.getElementById('sim-error')?.textContent ?? '';

  it('answers the controls: fall-through after 404, stop after 500 with a comma', async () => {
    mount();
    await ready();
    expect(contacted()).toBe('https://goproxy.cn');
    select('sim-outcome-0', '404');
    await waitFor(() => expect(contacted()).toBe('https://goproxy.cn direct'));
    select('sim-outcome-0', '500');
    await waitFor(() =>
      expect(printed()).toBe(
        'go: example.com/hello@v1.0.0: reading https://goproxy.cn/example.com/hello/@v/v1.0.0.info: 500 Internal Server Error',
      ),
    );
    expect(contacted()).toBe('https://goproxy.cn');
    expect(screen.getByText(/Never asked/).textContent).toContain('direct');
  });

  it('applies presets and marks the one that matches', async () => {
    mount();
    await ready();
    fireEvent.click(document.querySelector('[data-preset="off"]') as HTMLElement);
    await waitFor(() => expect(printed()).toBe('go: example.com/hello@v1.0.0: module lookup disabled by GOPROXY=off'));
    expect(document.querySelector('[data-preset="off"]')?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(document.querySelector('[data-preset="private"]') as HTMLElement);
    await waitFor(() => expect(contacted()).toBe('noproxy'));
    expect(printed()).toContain('terminal prompts disabled');
    expect(document.querySelector('[data-sumdb]')?.getAttribute('data-sumdb')).toBe('not-reached');
  });

  it('announces a bad GOPROXY beside the field and still shows what go would print', async () => {
    mount();
    await ready();
    const input = document.getElementById('sim-goproxy') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'https://goproxy.cn,Direct' } });
    // The schema is fetched on the first keystroke; the message follows as soon as it is there.
    const alert = await waitFor(() => {
      const el = document.getElementById('sim-goproxy-err');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('invalid proxy URL missing scheme: Direct');
    expect(alert.textContent).toContain('the only keywords are direct and off');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('sim-goproxy-err');
    expect(printed()).toBe('go: example.com/hello@v1.0.0: invalid proxy URL missing scheme: Direct');
    fireEvent.input(input, { target: { value: 'https://goproxy.cn,,direct' } });
    await waitFor(() => expect(document.getElementById('sim-goproxy-empty')).not.toBeNull());
    expect(document.getElementById('sim-goproxy-err')).toBeNull();
  });

  it('keeps its state in the URL, and Back restores the previous one', async () => {
    mount();
    await ready();
    select('sim-outcome-0', '404');
    await waitFor(() => expect(location.search).toBe('?goproxy=https://goproxy.cn,direct&outcomes=404,ok'), { timeout: 2000 });
    select('sim-go', '1.19');
    await waitFor(() => expect(location.search).toContain('go=1.19'), { timeout: 2000 });
    history.replaceState(null, '', '/en/simulator/?goproxy=off&outcomes=');
    dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(printed()).toContain('module lookup disabled by GOPROXY=off'));
    expect((document.getElementById('sim-go') as HTMLSelectElement).value).toBe('1.26');
  });

  it('says when a link could not be fully read', async () => {
    history.replaceState(null, '', '/en/simulator/?goproxy=direct&outcomes=teapot');
    mount();
    await ready();
    expect(screen.getByRole('alert').textContent).toContain('outcomes');
    expect(contacted()).toBe('direct');
  });

  it('speaks Chinese, and sits one heading level lower inside a guide, pointing the URL at its section', async () => {
    history.replaceState(null, '', '/guides/how-goproxy-works/');
    mount('zh-CN', true);
    await ready();
    expect(document.querySelector('h3#sim-trace-h')?.textContent).toBe('go 命令的执行过程');
    expect(document.querySelector('h2')).toBeNull();
    select('sim-outcome-0', '404');
    await waitFor(() => expect(location.hash).toBe('#simulator'), { timeout: 2000 });
    expect(location.pathname).toBe('/guides/how-goproxy-works/');
    expect(screen.getByRole('link', { name: '在完整的模拟器中打开此设置' }).getAttribute('href')).toBe(
      '../../simulator/?goproxy=https://goproxy.cn,direct&outcomes=404,ok',
    );
  });

  it('loads the flowchart code only once the chart is in view, then redraws on change', async () => {
    const observers = stubObservers();
    mount();
    await ready();
    await new Promise((r) => setTimeout(r, 300));
    expect(drawn).toEqual([]);
    expect(document.querySelector('.sim-flow')?.getAttribute('data-status')).toBe('waiting');
    for (const seen of observers) seen();
    await waitFor(() => expect(document.querySelector('.sim-flow')?.getAttribute('data-status')).toBe('ready'));
    expect(drawn.at(-1)).toContain('flowchart TD');
    expect(document.querySelector('.sim-flow img')?.getAttribute('alt')).toContain('Download succeeds, from https://goproxy.cn.');
    select('sim-outcome-0', '404');
    await waitFor(() => expect(drawn.at(-1)).toMatch(/m0 -->\|"404"\| m1/));
  });

  it('compares Go releases once that section is in view, naming the rule at work', async () => {
    const observers = stubObservers();
    mount();
    await ready();
    fireEvent.click(document.querySelector('[data-preset="pipe-fallback"]') as HTMLElement);
    expect(document.querySelector('.sim-versions[data-loaded]')).toBeNull();
    for (const seen of observers) seen();
    await waitFor(() => expect(document.querySelector('.sim-versions[data-loaded]')).not.toBeNull());
    expect([...document.querySelectorAll('[data-difference]')].map((e) => e.getAttribute('data-difference'))).toEqual(['pipe-separator']);
    expect(document.querySelector('[data-difference] dd code')?.textContent).toContain('invalid character "|" in host name');
    fireEvent.click(document.querySelector('[data-preset="goproxy-cn"]') as HTMLElement);
    await waitFor(() => expect(document.querySelectorAll('[data-difference]')).toHaveLength(0));
  });
});
