// @vitest-environment happy-dom
// The generator island's logic: the URL round trip through the real component, secrets kept out
// of the URL and storage, preset matching, issues placed beside fields, per-section reset.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Generator from '../../src/components/generator/Generator.tsx';
import { highlight, highlightLine } from '../../src/components/generator/highlight.ts';
import {
  changedLines,
  detectMachine,
  fieldPaths,
  fromSearch,
  isFileText,
  issuesByField,
  linkFor,
  loadPrefs,
  matchingPreset,
  presetConfig,
  presetFor,
  resetSection,
  savePrefs,
  setAt,
  toSearch,
} from '../../src/components/generator/state.ts';
import { STRINGS } from '../../src/components/generator/strings.ts';
import { MIRROR_IDS } from '../../src/lib/config/catalogue.ts';
import { presets, validateConfig, withoutSecrets } from '../../src/lib/config/index.ts';
import { formatById } from '../../src/lib/render/index.ts';

const linux = { os: 'linux', shell: 'bash' } as const;

beforeEach(() => {
  history.replaceState(null, '', '/en/generator/');
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(cleanup);

const mount = (locale: 'en' | 'zh-CN' = 'en') => render(<Generator locale={locale} strings={STRINGS[locale]} />);
const ready = () => waitFor(() => expect(document.querySelector('.generator[data-ready]')).not.toBeNull());
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(STRINGS['zh-CN']).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const table of Object.values(STRINGS)) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });
});

describe('state helpers', () => {
  it('matches each preset exactly, whatever the machine, and nothing once edited', () => {
    for (const p of presets) {
      for (const m of [linux, { os: 'windows', shell: 'powershell' } as const]) {
        const d = presetFor(p.id, m);
        expect(matchingPreset(d)).toBe(p.id);
        expect(matchingPreset(setAt(d, 'build.go', '1.20'))).toBeUndefined();
      }
    }
    // A typed token does not make the form a different situation.
    const gitlab = presetFor('corporate-gitlab', linux);
    expect(matchingPreset(setAt(gitlab, 'auth.hosts.0.token', 'glpat-secret'))).toBe('corporate-gitlab');
  });

  it('places each issue beside the most specific field, and unplaceable ones at the top', () => {
    const d = setAt(presetConfig('global-default'), 'proxy', [
      { kind: 'url', url: 'ftp://x', sep: ',' },
      { kind: 'direct', sep: ',' },
    ]);
    const r = validateConfig(d);
    const map = issuesByField(r.errors, fieldPaths(d));
    expect(map.get('proxy.0.url')?.[0]?.code).toBe('proxy-url');
    expect(issuesByField([{ path: 'nowhere', code: 'x', message: 'x' }], fieldPaths(d)).get('')).toHaveLength(1);
  });

  it('resets one section to the preset and leaves the others alone', () => {
    const base = presetFor('china-mainland', linux);
    let d = setAt(base, 'proxy', [{ kind: 'direct', sep: ',' }]);
    d = setAt(d, 'private.goprivate', ['corp.example.com']);
    const r = resetSection(d, base, 'proxy');
    expect(r.proxy).toEqual(base.proxy);
    expect(r.private.goprivate).toEqual(['corp.example.com']);
  });

  it('falls back to the start preset for links it cannot read', () => {
    expect(fromSearch('v=1&c=%%%', linux, 'zh-CN')).toMatchObject({ baseId: 'china-mainland', problem: 'bad-encoding' });
    // Structurally wrong (proxy is not a list): not something the form can show.
    const bad = Buffer.from(JSON.stringify({ proxy: 'x' })).toString('base64url');
    expect(fromSearch(`v=1&c=${bad}`, linux, 'en')).toMatchObject({ baseId: 'global-default', problem: 'bad-encoding' });
    expect(fromSearch('', linux, 'en')).toBeUndefined();
    expect(fromSearch('preset=offline', linux, 'en')?.baseId).toBe('offline');
  });

  it('keeps invalid values from a link so the form can show their errors', () => {
    const d = setAt(presetConfig('global-default'), 'build.go', '1.1');
    const r = fromSearch(toSearch(d, 'global-default'), linux, 'en');
    expect(r?.draft.build.go).toBe('1.1');
    expect(r?.problem).toBeUndefined();
  });

  it('stores only the machine and the tab, and ignores anything else in storage', () => {
    const store = new Map<string, string>();
    const s = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    savePrefs(s, { machine: { os: 'macos', shell: 'zsh', token: 'x' } as never, tab: 'fish' });
    expect(JSON.parse([...store.values()][0] ?? '')).toEqual({ machine: { os: 'macos', shell: 'zsh' }, tab: 'fish' });
    store.set('modfix-generator', '{"machine":{"os":"beos","shell":"bash"},"tab":"<script>"}');
    expect(loadPrefs(s)).toEqual({});
  });

  it('detects the machine from the user agent', () => {
    expect(detectMachine('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toEqual({ os: 'windows', shell: 'powershell' });
    expect(detectMachine('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toEqual({ os: 'macos', shell: 'zsh' });
    expect(detectMachine('Mozilla/5.0 (X11; Linux x86_64)')).toEqual(linux);
  });

  it('reports the lines an edit added', () => {
    expect(changedLines(undefined, 'a\nb')).toEqual([]);
    expect(changedLines('a\nb\n', 'a\nc\n')).toEqual([1]);
  });
});

// Random non-secret states built from what the form can express.
const host = fc.stringMatching(/^[a-z][a-z0-9]{0,8}\.(example|corp)\.com$/);
const entry = fc.oneof(
  fc.record({ kind: fc.constant('mirror' as const), id: fc.constantFrom(...MIRROR_IDS), sep: fc.constantFrom(',', '|') }),
  fc.record({ kind: fc.constant('url' as const), url: host.map((h) => `https://${h}/go`), sep: fc.constantFrom(',', '|') }),
);
const state = fc.record({
  preset: fc.constantFrom(...presets.map((p) => p.id)),
  proxy: fc.array(entry, { minLength: 1, maxLength: 3 }),
  tail: fc.constantFrom('direct', 'off', 'none'),
  goprivate: fc.array(host, { maxLength: 3 }),
  os: fc.constantFrom('linux', 'macos', 'windows'),
  scope: fc.constantFrom('session', 'persistent', 'project'),
  go: fc.constantFrom('1.19', '1.21', '1.26', '1.1'),
  httpsProxy: fc.option(
    host.map((h) => `http://${h}:3128`),
    { nil: undefined },
  ),
});

type RandomState = typeof state extends fc.Arbitrary<infer T> ? T : never;

/** A random draft of the kind the form produces. */
const draftOf = (s: RandomState) => {
  let d = presetFor(s.preset, { os: s.os, shell: s.os === 'windows' ? 'powershell' : 'bash' });
  const tail = s.tail === 'none' ? [] : [{ kind: s.tail, sep: ',' }];
  d = setAt(d, 'proxy', [...s.proxy, ...tail]);
  d = setAt(d, 'private.goprivate', s.goprivate);
  d = setAt(d, 'target.scope', s.scope);
  d = setAt(d, 'build.go', s.go);
  return setAt(d, 'network.httpsProxy', s.httpsProxy);
};
/** The same value with every object's keys in reverse order. */
const reversed = (x: unknown): unknown =>
  Array.isArray(x)
    ? x.map(reversed)
    : x && typeof x === 'object'
      ? Object.fromEntries(
          Object.entries(x)
            .reverse()
            .map(([k, v]) => [k, reversed(v)]),
        )
      : x;
const secret = fc.stringMatching(/^[A-Za-z0-9_-]{12,30}$/);

describe('state ↔ URL', () => {
  it('restores every random state exactly (secrets aside) and never writes a secret', () => {
    fc.assert(
      fc.property(state, secret, secret, (s, token, user) => {
        let d = setAt(draftOf(s), 'network.proxyUser', user);
        d = setAt(d, 'auth.hosts', [{ host: 'git.corp.example.com', method: 'netrc', login: 'u', token, tokenEnv: 'T' }]);
        const q = toSearch(d, s.preset);
        const link = [q, decodeURIComponent(q), Buffer.from(new URLSearchParams(q).get('c') ?? '', 'base64url').toString()].join('\n');
        expect(link).not.toContain(token);
        expect(link).not.toContain(user);
        const back = fromSearch(q, linux, 'en');
        expect(back?.problem).toBeUndefined();
        expect(back?.baseId).toBe(s.preset);
        expect(back?.draft).toEqual(withoutSecrets(d));
        // The link's text does not depend on the order the fields were edited in.
        expect(toSearch(reversed(back?.draft) as typeof d, s.preset)).toBe(q);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the address bare for the unedited start preset and names the preset for Go defaults', () => {
    const mac = { os: 'macos', shell: 'zsh' } as const;
    expect(linkFor(presetFor('china-mainland', mac), 'china-mainland', 'china-mainland', mac)).toBe('');
    // On the Chinese page an empty query means the mainland preset, so Go defaults must say so.
    const defaults = presetConfig('global-default');
    const q = linkFor(defaults, 'global-default', 'china-mainland', linux);
    expect(q).toBe('from=global-default');
    expect(fromSearch(q, linux, 'zh-CN')?.draft).toEqual(defaults);
    expect(linkFor(defaults, 'global-default', 'global-default', linux)).toBe('');
  });
});

describe('file outputs', () => {
  it('offers .netrc as a file only when every token was typed in', () => {
    const netrc = formatById('netrc')!;
    const d = presetFor('corporate-gitlab', linux);
    expect(isFileText(netrc, d)).toBe(false);
    expect(isFileText(netrc, setAt(d, 'auth.hosts.0.token', 'x'))).toBe(true);
    expect(isFileText(formatById('bash')!, d)).toBe(false);
    expect(isFileText(formatById('dockerfile')!, d)).toBe(true);
  });
});

describe('highlighting', () => {
  it('never changes the text it colours', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), (lines) => {
        const text = lines.map((l) => l.replace(/\n/g, ' ')).join('\n');
        expect(
          highlight(text)
            .map((l) => l.map(([, t]) => t).join(''))
            .join('\n'),
        ).toBe(text.replace(/\n$/, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('marks comments, keys, commands, strings and variables', () => {
    expect(highlightLine('# note')).toEqual([['c', '# note']]);
    expect(highlightLine('export GOPROXY=https://goproxy.cn,direct')).toEqual([
      ['k', 'export '],
      ['k', 'GOPROXY'],
      ['', '=https://goproxy.cn,direct'],
    ]);
    expect(highlightLine("go env -w 'GOPRIVATE=x'")).toEqual([
      ['k', 'go'],
      ['', ' env -w '],
      ['s', "'GOPRIVATE=x'"],
    ]);
    expect(highlightLine('$env:GOPROXY = "a"')).toEqual([
      ['v', '$env:GOPROXY'],
      ['', ' = '],
      ['s', '"a"'],
    ]);
    expect(highlightLine('      GOPRIVATE: "x"')[1]).toEqual(['k', 'GOPRIVATE']);
    // A continuation line starts with an argument, not a command.
    expect(highlight('docker build \\\n  -t app .')[1]?.[0]).toEqual(['', '  -t app .']);
  });
});

describe('the island and the URL', () => {
  it('opens a link as exactly the state it encodes and writes the same link back', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const d = draftOf(s);
        const q = toSearch(d, s.preset);
        history.replaceState(null, '', `/en/generator/?${q}`);
        mount();
        try {
          await ready();
          // The form shows the state: spot-check a few controls.
          expect(field('g-build-go').value).toBe(s.go);
          expect(field('g-target-os').value).toBe(s.os);
          expect(field('g-private-goprivate').value).toBe(s.goprivate.join('\n'));
          // An edit and its undo bring the link back to the same text.
          const go = field('g-build-go');
          fireEvent.input(go, { target: { value: '1.22' } });
          await waitFor(() => expect(location.search.slice(1)).not.toBe(q), { timeout: 2000 });
          fireEvent.input(go, { target: { value: s.go } });
          await waitFor(() => expect(location.search.slice(1)).toBe(q), { timeout: 2000 });
        } finally {
          cleanup();
        }
      }),
      { numRuns: 12 },
    );
  });

  it('never puts a typed token or proxy user into the URL, history state or storage', async () => {
    history.replaceState(null, '', '/en/generator/?preset=corporate-gitlab');
    mount();
    await ready();
    const token = 'glpat-SECRET-1234567890';
    const user = 'alice-proxy-user';
    fireEvent.input(field('g-auth-hosts-0-token'), { target: { value: token } });
    fireEvent.input(field('g-network-proxyUser'), { target: { value: user } });
    fireEvent.input(field('g-build-go'), { target: { value: '1.25' } });
    await waitFor(() => expect(location.search).toContain('c='), { timeout: 2000 });
    const everywhere = [
      location.href,
      decodeURIComponent(location.href),
      Buffer.from(new URLSearchParams(location.search).get('c') ?? '', 'base64url').toString(),
      JSON.stringify(history.state),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ].join('\n');
    expect(everywhere).not.toContain(token);
    expect(everywhere).not.toContain(user);
    // The token is used where it belongs: the .netrc output.
    fireEvent.click(screen.getByRole('tab', { name: /netrc/ }));
    await waitFor(() => expect(document.getElementById('gen-code')?.textContent).toContain(token));
  });

  it('lights up the matching preset, marks edits, and lights it again after a section reset', async () => {
    mount();
    await ready();
    for (const p of presets) {
      const btn = document.querySelector(`[data-preset="${p.id}"]`) as HTMLButtonElement;
      fireEvent.click(btn);
      await waitFor(() => expect(btn.getAttribute('aria-pressed')).toBe('true'));
      expect(document.querySelectorAll('[aria-pressed="true"]')).toHaveLength(1);
    }
    fireEvent.click(document.querySelector('[data-preset="china-mainland"]') as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: /Add direct/ }));
    await waitFor(() => expect(document.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0));
    expect(screen.getByText(/matches no preset/)).toBeTruthy();
    const proxySection = document.getElementById('g-sec-proxy')?.closest('section') as HTMLElement;
    expect(proxySection.querySelector('.changed')).not.toBeNull();
    fireEvent.click(proxySection.querySelector('.reset') as HTMLElement);
    await waitFor(() => expect(document.querySelector('[data-preset="china-mainland"]')?.getAttribute('aria-pressed')).toBe('true'));
  });

  it('shows an invalid proxy URL beside its field and marks the snippets invalid', async () => {
    mount();
    await ready();
    const add = field('g-add-url');
    fireEvent.input(add, { target: { value: 'ftp://goproxy.corp.example.com' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[1] as HTMLElement);
    await waitFor(() => expect(document.getElementById('g-proxy-2-url-err')?.textContent).toMatch(/go command rejects/));
    expect(field('g-proxy-2-url').getAttribute('aria-invalid')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(panel.dataset.invalid).toBe('true');
    expect(panel.querySelector('.copy')?.hasAttribute('disabled')).toBe(true);
  });
});
