// @vitest-environment happy-dom
// The error doctor island's logic: evidence marking, guide and generator links (read back by the
// generator itself), the worker runner's cancelling, and the island driven like a reader would —
// with real captured go output, diagnosed by the real core (in-thread here, in a worker on the page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { hydrate, render as preactRender } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goVersionRange, markParts } from '../../src/components/doctor/Diagnosis.tsx';
import Doctor, { DEBOUNCE_MS, type Example, LARGE_PASTE } from '../../src/components/doctor/Doctor.tsx';
import { fillPreset, generatorHref, guideHref, type LinkContext } from '../../src/components/doctor/links.ts';
import { type DoctorRequest, type Runner, workerRunner } from '../../src/components/doctor/runner.ts';
import { STRINGS } from '../../src/components/doctor/strings.ts';
import { fromSearch } from '../../src/components/generator/state.ts';
import { presets } from '../../src/lib/config/index.ts';
import { type DiagnoseResult, diagnose, type Lang } from '../../src/lib/doctor/index.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/doctor', name, 'output.txt'), 'utf8');

const links: LinkContext = {
  guides: '/sub/en/guides/',
  generator: '/sub/en/generator/',
  presets: Object.fromEntries(presets.map((p) => [p.id, JSON.parse(JSON.stringify(p.config))])),
};

/** The core, in this thread; counts runs. */
function syncRunner(calls: string[] = []): (lang: Lang) => Runner {
  return (lang) => ({
    run: async (text) => {
      calls.push(text);
      return diagnose(text, lang);
    },
    dispose() {},
  });
}

const examples: Example[] = [
  { id: 'network', text: fixture('tunnel-reset-proxy-golang-org-go1.23') },
  { id: 'private', text: fixture('public-proxy-private-corp-go1.23') },
  { id: 'checksum', text: fixture('checksum-mismatch-gosum-go1.19') },
];

function mount(lang: Lang = 'en', calls?: string[]) {
  return render(<Doctor lang={lang} strings={STRINGS[lang]} links={links} examples={examples} makeRunner={syncRunner(calls)} />);
}
const box = () => document.getElementById('d-input') as HTMLTextAreaElement;
const status = () => document.getElementById('d-status') as HTMLElement;
const topCard = () => document.querySelector('article.diagnosis') as HTMLElement | null;

async function paste(text: string) {
  fireEvent.input(Object.assign(box(), { value: text }));
  await waitFor(() => expect(topCard() ?? document.querySelector('.doctor-status.warn')).not.toBeNull(), { timeout: 2000 });
}

describe('strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(STRINGS['zh-CN']).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const table of Object.values(STRINGS)) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });
});

describe('evidence marking', () => {
  it('marks the extracted values, longest first, and leaves the rest of the line intact', () => {
    const line = 'go: git.corp.example/team/lib@v1.0.0: reading https://proxy.golang.org/x: 404 Not Found';
    const parts = markParts(line, { module: 'git.corp.example/team/lib', privateHost: 'git.corp.example', status: '404 Not Found' });
    expect(parts.map((p) => p.text).join('')).toBe(line);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['git.corp.example/team/lib', '404 Not Found']);
  });
  it('treats extracted values as text, not patterns', () => {
    expect(markParts('a.b+c (x)', { badValue: 'a.b+c (x)' })).toEqual([{ text: 'a.b+c (x)', mark: true }]);
    expect(markParts('plain', {})).toEqual([{ text: 'plain', mark: false }]);
  });
});

describe('Go version note', () => {
  it('shows plain release ranges and drops notes it cannot translate', () => {
    expect(goVersionRange('1.13+ (server response shown since 1.14)')).toBe('1.13+');
    expect(goVersionRange('all (-insecure removed in 1.17)')).toBe('all');
    expect(goVersionRange('1.11–1.12')).toBe('1.11–1.12');
    expect(goVersionRange('1.20 and older reading a go.mod written by 1.21+')).toBeUndefined();
    expect(goVersionRange(undefined)).toBeUndefined();
  });
});

describe('links', () => {
  it('puts guide anchors under the base path', () => {
    expect(guideHref(links, { slug: 'private-modules', anchor: 'goprivate' })).toBe('/sub/en/guides/private-modules/#goprivate');
  });

  it('links a bare preset when the paste named nothing to fill in', () => {
    expect(generatorHref(links, { preset: 'china-mainland' })).toBe('/sub/en/generator/?preset=china-mainland');
    expect(generatorHref(links, { preset: 'offline', state: {} })).toBe('/sub/en/generator/?preset=offline');
  });

  it('opens the generator on a form the generator itself reads back, filled with the pasted values', () => {
    const href = generatorHref(links, {
      preset: 'corporate-gitlab',
      state: {
        privatePatterns: ['git.corp.example'],
        privateHost: 'git.corp.example',
        proxyUrl: 'https://bot:***@goproxy.corp.example',
        httpProxy: 'http://user:***@10.1.2.3:3128',
        goVersion: '1.22.1',
      },
    });
    expect(href.startsWith('/sub/en/generator/?')).toBe(true);
    expect(href).not.toContain('***');
    const restored = fromSearch(new URL(href, 'http://x').search, { os: 'linux', shell: 'bash' }, 'en');
    expect(restored?.problem).toBeUndefined();
    expect(restored?.baseId).toBe('corporate-gitlab');
    const d = restored?.draft;
    expect(d?.private.goprivate).toEqual(['git.corp.example']);
    expect(d?.auth.hosts.map((h) => h.host)).toEqual(['git.corp.example']);
    expect(d?.network.noProxy).toEqual(['git.corp.example']);
    expect(d?.proxy[0]).toEqual({ kind: 'url', url: 'https://goproxy.corp.example', sep: ',' });
    expect(d?.network.httpsProxy).toBe('http://10.1.2.3:3128');
    expect(d?.build.go).toBe('1.22.1');
  });

  it('does not change the preset it fills', () => {
    const before = JSON.stringify(links.presets);
    fillPreset(links.presets['docker-private'] ?? null, { privatePatterns: ['github.com/me'], privateHost: 'github.com' });
    expect(JSON.stringify(links.presets)).toBe(before);
  });
});

/** A stand-in Worker: answers only when told, records termination. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  got: DoctorRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: DoctorRequest) {
    this.got.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(i = this.got.length - 1) {
    const m = this.got[i] as DoctorRequest;
    this.onmessage?.({ data: { id: m.id, result: diagnose(m.text, m.lang) } } as MessageEvent);
  }
  fail() {
    this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
  }
}

describe('worker runner', () => {
  const make = () => {
    FakeWorker.made = [];
    return workerRunner('en', () => new FakeWorker() as unknown as Worker);
  };

  it('cancels a run that newer input replaced by terminating the busy worker', async () => {
    const r = make();
    const first = r.run('go: first');
    const second = r.run(fixture('checksum-mismatch-gosum-go1.19'));
    expect(await first).toBeUndefined();
    const [w1, w2] = FakeWorker.made;
    expect(w1?.terminated).toBe(true);
    w2?.answer();
    const res = (await second) as DiagnoseResult;
    expect(res.ok && res.diagnoses[0]?.cause).toBe('checksum-mismatch');
  });

  it('reuses an idle worker and passes the language', async () => {
    const r = make();
    const p1 = r.run('a');
    FakeWorker.made[0]?.answer();
    await p1;
    const p2 = r.run('b');
    FakeWorker.made[0]?.answer();
    await p2;
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.got.map((m) => [m.text, m.lang])).toEqual([
      ['a', 'en'],
      ['b', 'en'],
    ]);
  });

  it('rejects when the worker crashes and starts a fresh one next time', async () => {
    const r = make();
    const p = r.run('x');
    FakeWorker.made[0]?.fail();
    await expect(p).rejects.toThrow('boom');
    void r.run('y');
    expect(FakeWorker.made).toHaveLength(2);
  });
});

describe('the island', () => {
  it('renders on the server with the box, an explanation and buttons that wait for the island', () => {
    const html = renderToString(<Doctor lang="zh-CN" strings={STRINGS['zh-CN']} links={links} examples={examples} />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const ta = doc.querySelector('textarea#d-input');
    expect(ta?.getAttribute('name')).toBeNull(); // never part of a submitted form
    expect(doc.querySelector('form')).toBeNull();
    expect(doc.querySelector(`label[for="d-input"]`)?.textContent).toBe(STRINGS['zh-CN'].inputLabel);
    expect(doc.getElementById('d-status')?.textContent).toBe(STRINGS['zh-CN'].idle);
    const buttons = [...doc.querySelectorAll('button')];
    expect(buttons.length).toBe(5);
    for (const b of buttons) expect(b.hasAttribute('disabled')).toBe(true);
    expect(doc.querySelector('.doctor[data-ready]')).toBeNull();
  });

  it('wakes up over the server markup: buttons enabled, and text pasted before that is diagnosed', async () => {
    const el = (lang: Lang, runner?: (l: Lang) => Runner) => (
      <Doctor lang={lang} strings={STRINGS[lang]} links={links} examples={examples} makeRunner={runner} />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(el('en'));
    document.body.append(container);
    box().value = fixture('proxy-410-go1.23');
    hydrate(el('en', syncRunner()), container);
    await waitFor(() => expect(topCard()).not.toBeNull());
    for (const b of container.querySelectorAll('button')) expect(b.hasAttribute('disabled')).toBe(false);
    preactRender(null, container);
    container.remove();
  });

  for (const [name, cause, l] of [
    ['public-proxy-private-corp-go1.23', 'private-module-via-public-proxy', 'en'],
    ['checksum-mismatch-gosum-go1.19', 'checksum-mismatch', 'zh-CN'],
    ['git-terminal-prompts-disabled-go1.23', 'private-module-auth', 'zh-CN'],
  ] as const) {
    it(`names ${cause} first for ${name} (${l}) with numbered, marked evidence and a summary in the live region`, async () => {
      mount(l);
      expect(screen.getByLabelText(STRINGS[l].inputLabel)).toBe(box());
      const text = fixture(name);
      await paste(text);
      const card = topCard() as HTMLElement;
      expect(card.dataset.cause).toBe(cause);
      const expected = diagnose(text, l);
      if (!expected.ok) throw new Error('fixture rejected');
      const top = expected.diagnoses[0];
      expect(card.querySelector('h3')?.textContent).toBe(top?.title[l]);
      expect(status().textContent).toContain(top?.title[l]);
      const lines = [...card.querySelectorAll<HTMLElement>('.evidence .ev')].map((e) => Number(e.dataset.line));
      expect(lines).toEqual(top?.evidence.map((e) => e.line));
      // The line numbers point at the same text in the paste.
      for (const e of top?.evidence ?? []) expect(text.split('\n')[e.line - 1]).toContain(e.text.trim().slice(0, 20));
      expect(card.querySelector('.guide-link')?.getAttribute('href')).toBe(`/sub/en/guides/${top?.guide.slug}/#${top?.guide.anchor}`);
      const gen = card.querySelector('.generator-link')?.getAttribute('href');
      if (top?.generator.preset) expect(gen).toMatch(/^\/sub\/en\/generator\/\?/);
      else expect(gen).toBeUndefined();
    });
  }

  it('diagnoses live after a pause in typing, once, not on every keystroke', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    mount('en', calls);
    await vi.runAllTimersAsync();
    for (const t of ['go: ', 'go: x', fixture('proxy-410-go1.23')]) fireEvent.input(Object.assign(box(), { value: t }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 50);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    vi.useRealTimers();
    await waitFor(() => expect(topCard()).not.toBeNull());
  });

  it('an example button pastes a real output and diagnoses it', async () => {
    mount();
    await waitFor(() => expect(document.querySelector('.doctor[data-ready]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: STRINGS.en['example.checksum'] }));
    await waitFor(() => expect(topCard()?.dataset.cause).toBe('checksum-mismatch'));
    expect(box().value).toBe(examples[2]?.text);
  });

  it('says clearly when the input is empty, binary or too large, and marks the box', async () => {
    mount();
    await waitFor(() => expect(document.querySelector('.doctor[data-ready]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: STRINGS.en.diagnose }));
    await waitFor(() => expect(status().textContent).toMatch(/empty/i));
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(box().getAttribute('aria-describedby')).toContain('d-status');
    await paste('\u0000\u0001\u0002garbage\u0000'.repeat(50));
    await waitFor(() => expect(status().textContent).toMatch(/binary/i));
    const huge = 'x'.repeat(11 * 1024 * 1024);
    fireEvent.paste(box(), { clipboardData: { getData: () => huge } });
    await waitFor(() => expect(status().textContent).toMatch(/larger than/i));
    expect(topCard()).toBeNull();
  });

  it('keeps a large paste out of the text box, diagnoses all of it and says only its end was read', async () => {
    mount();
    await waitFor(() => expect(document.querySelector('.doctor[data-ready]')).not.toBeNull());
    const noise = 'go: downloading example.com/m v1.0.0\n'.repeat(60_000);
    const text = noise + fixture('checksum-mismatch-gosum-go1.19');
    expect(text.length).toBeGreaterThan(LARGE_PASTE);
    fireEvent.paste(box(), { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    expect(box().value).toBe('');
    expect(document.getElementById('d-large')?.textContent).toContain('2.1 MB');
    expect(box().getAttribute('aria-describedby')).toContain('d-large');
    await waitFor(() => expect(topCard()?.dataset.cause).toBe('checksum-mismatch'));
    expect(document.querySelector('.doctor-results .callout.warn')?.textContent).toMatch(/only its last part, from line \d+/);
    // Typing replaces the large paste.
    await paste('hello');
    await waitFor(() => expect(topCard()?.dataset.cause).toBe('other'));
    expect(document.getElementById('d-large')).toBeNull();
  });

  it('lets small pastes land in the box as usual', () => {
    mount();
    const ev = fireEvent.paste(box(), { clipboardData: { getData: () => 'go: x' } });
    expect(ev).toBe(true); // not prevented
    expect(document.getElementById('d-large')).toBeNull();
  });

  it('says honestly when nothing matched', async () => {
    mount();
    await paste('hello world\nthis is not an error from go\n');
    const card = topCard() as HTMLElement;
    expect(card.dataset.cause).toBe('other');
    expect(card.querySelector('h3')?.textContent).toBe(STRINGS.en.noMatchTitle);
    expect(status().textContent).toBe(STRINGS.en.summaryNone);
    expect(card.querySelector('.generator-link')).toBeNull();
  });

  it('never shows a pasted password or token, not even in links', async () => {
    mount();
    const secret = 'S3cretPass';
    const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    await paste(
      `${fixture('goproxy-url-parse-leaks-password-go1.23')}\nfatal: unable to access 'https://${token}@github.com/acme/x/': 403\n`,
    );
    const shown = (document.querySelector('.doctor-results') as HTMLElement).innerHTML;
    expect(shown).not.toContain(secret);
    expect(shown).not.toContain(token);
    expect(shown).toContain('***');
  });

  it('copies a fix command, or selects it and says which keys to press', async () => {
    mount();
    await paste(fixture('public-proxy-private-corp-go1.23'));
    const write = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    const btn = (topCard() as HTMLElement).querySelector<HTMLButtonElement>('.fix-code .copy') as HTMLButtonElement;
    const code = btn.closest('.fix-code')?.querySelector('pre')?.textContent;
    fireEvent.click(btn);
    await waitFor(() => expect(btn.closest('.fix-code')?.querySelector('.copy-status')?.textContent).toBe(STRINGS.en.copied));
    expect(write).toHaveBeenCalledWith(code);
    write.mockRejectedValue(new Error('denied'));
    fireEvent.click(btn);
    await waitFor(() => expect(btn.closest('.fix-code')?.querySelector('.copy-status')?.textContent).toMatch(/Ctrl\+C|⌘C/));
    expect(getSelection()?.toString()).toBe(code);
  });

  it('clear empties the box, forgets the result and puts focus back', async () => {
    mount();
    await paste(fixture('proxy-410-go1.23'));
    fireEvent.click(screen.getByRole('button', { name: STRINGS.en.clear }));
    expect(box().value).toBe('');
    expect(document.activeElement).toBe(box());
    expect(topCard()).toBeNull();
    expect(status().textContent).toBe(STRINGS.en.idle);
  });
});

// The page's example buttons paste copies of real captures; a copy that drifts from its fixture
// (re-captured, relabelled) would show readers text the go command never printed.
describe('page examples', () => {
  const dir = join(import.meta.dirname, '../../src/components/doctor/examples');
  it.each(readdirSync(dir))('%s is byte-identical to its captured fixture', (file) => {
    expect(readFileSync(join(dir, file), 'utf8')).toBe(fixture(file.replace(/\.txt$/, '')));
  });
});
