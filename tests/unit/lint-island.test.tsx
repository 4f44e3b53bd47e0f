// @vitest-environment happy-dom
// The go env linter island: debounced checks of real go env pastes, findings with severity, fix
// commands and guide links under the site base, masked secrets, the messages for empty, binary and
// huge input, stale results, the copy fallback, and the in-page fallback when workers are missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXAMPLES } from '../../src/components/lint/examples.ts';
import { guideSectionTitles } from '../../src/components/lint/guide-sections.ts';
import Lint from '../../src/components/lint/Lint.tsx';
import { type Runner, workerRunner } from '../../src/components/lint/runner.ts';
import { HELP_COMMANDS, STRINGS } from '../../src/components/lint/strings.ts';
import { guideHref, toInput } from '../../src/components/lint/view.ts';
import { GUIDE_ANCHORS } from '../../src/lib/lint/guide-anchors.ts';
import { lintGoEnv } from '../../src/lib/lint/lint.ts';
import { RULES } from '../../src/lib/lint/rules.ts';
import type { LintInput, LintResult } from '../../src/lib/lint/types.ts';
import { goBinaries, requireTool } from '../support/tools.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// happy-dom replaces URL, so paths are built from the project root.
const ROOT = join(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/lint', name), 'utf8');
const inPage: Runner = { run: async (input) => lintGoEnv(input), warm: () => {} };

function guides(lang: 'en' | 'zh-cn') {
  const dir = join(ROOT, 'content/guides', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const data = parseYaml(front) as { slug: string; title: string };
      return { slug: data.slug, title: data.title, body };
    });
}

function mount(opts: { lang?: 'en' | 'zh-CN'; runner?: Runner; base?: string } = {}) {
  const lang = opts.lang ?? 'en';
  const sections = guideSectionTitles(guides(lang === 'en' ? 'en' : 'zh-cn'));
  render(
    <Lint
      lang={lang}
      strings={STRINGS[lang]}
      base={opts.base ?? '/'}
      sections={sections}
      doctorHref={lang === 'en' ? '/en/doctor/' : '/doctor/'}
      runner={opts.runner ?? inPage}
    />,
  );
  return STRINGS[lang];
}

const goEnvField = () => document.getElementById('lint-goenv') as HTMLTextAreaElement;
const status = () => document.querySelector('.lint-results [role="status"]') as HTMLElement;
const paste = (el: HTMLTextAreaElement | HTMLInputElement, text: string) => {
  el.value = text;
  fireEvent.input(el);
};
const findings = () => [...document.querySelectorAll<HTMLElement>('.lint-finding')];

describe('strings', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(STRINGS['zh-CN']).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(STRINGS.en)) {
      const zh = STRINGS['zh-CN'][key as keyof typeof STRINGS.en];
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(holes(zh), key).toEqual(holes(en));
    }
  });
});

describe('view helpers', () => {
  it('leaves empty optional inputs out and refuses a Go version that is not one', () => {
    expect(toInput({ goEnv: 'GOPROXY=off', goMod: ' \n', osEnv: '', goEnvFile: '', goVersion: '' })).toEqual({
      input: { goEnv: 'GOPROXY=off' },
    });
    expect(toInput({ goEnv: 'x', goMod: 'go 1.22', osEnv: 'A=b', goEnvFile: 'GOPROXY=off', goVersion: ' go1.21.3 ' })).toEqual({
      input: { goEnv: 'x', goMod: 'go 1.22', osEnv: 'A=b', goEnvFile: 'GOPROXY=off', goVersion: 'go1.21.3' },
    });
    expect(toInput({ goEnv: 'x', goMod: '', osEnv: '', goEnvFile: '', goVersion: '1.x' })).toEqual({ badGoVersion: '1.x' });
  });

  it('builds guide links for each language under any base', () => {
    const link = { slug: 'private-modules', anchor: 'pattern-pitfalls' } as const;
    expect(guideHref('/', 'zh-CN', link)).toBe('/guides/private-modules/#pattern-pitfalls');
    expect(guideHref('/', 'en', link)).toBe('/en/guides/private-modules/#pattern-pitfalls');
    expect(guideHref('/modfix/', 'en', link)).toBe('/modfix/en/guides/private-modules/#pattern-pitfalls');
    expect(guideHref('/modfix', 'zh-CN', link)).toBe('/modfix/guides/private-modules/#pattern-pitfalls');
  });

  it('names every guide section a rule links to, in both languages (so each anchor exists)', () => {
    for (const lang of ['en', 'zh-cn'] as const) {
      const titles = guideSectionTitles(guides(lang));
      for (const rule of Object.values(RULES)) {
        const key = `${rule.guide.slug}#${rule.guide.anchor}`;
        expect(titles[key], `${lang} ${key}`).toMatch(/ › \S/);
      }
      // Only anchors the linter can link to are shipped to the page.
      for (const key of Object.keys(titles)) {
        const [slug = '', anchor = ''] = key.split('#');
        expect(Object.keys(GUIDE_ANCHORS[slug as keyof typeof GUIDE_ANCHORS])).toContain(anchor);
      }
    }
  });
});

describe('the island', () => {
  it('starts idle with labelled, described fields', () => {
    const s = mount();
    expect(status().textContent).toBe(s.idle);
    const field = screen.getByLabelText(s.goEnvLabel);
    expect(field).toBe(goEnvField());
    expect(field.getAttribute('aria-describedby')).toBe('lint-goenv-help');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByLabelText(s.goModLabel).tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText(s.goVersionLabel).tagName).toBe('INPUT');
  });

  it('checks a real Go 1.23 paste after a pause in typing: severity in words, commands, guide links under the base', async () => {
    const s = mount({ base: '/modfix/' });
    paste(goEnvField(), fixture('problems-go1.23.txt'));
    expect(status().textContent).toBe(s.idle); // debounced
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    const report = lintGoEnv({ goEnv: fixture('problems-go1.23.txt') });
    if (!report.ok) throw new Error('fixture must lint');
    expect(findings()).toHaveLength(report.findings.length);
    expect(status().textContent).toBe(
      `${report.findings.length} findings — errors: ${report.counts.error}, warnings: ${report.counts.warning}, notes: ${report.counts.info}.`,
    );
    expect(document.querySelector('.lint-readas')?.textContent).toContain('Rules for Go 1.23.5 (from GOVERSION)');

    const goproxy = findings().find((li) => li.textContent?.includes('GOPROXY starts with direct'));
    expect(goproxy).toBeDefined();
    const item = within(goproxy as HTMLElement);
    expect(item.getByRole('heading', { level: 3 }).textContent).toMatch(/Warning\s+GOPROXY/);
    expect(item.getByText('go env -w "GOPROXY=https://goproxy.cn,direct"').closest('pre')).not.toBeNull();
    expect(item.getByRole('button', { name: s.copy }).getAttribute('aria-describedby')).toBe(
      item.getByText('go env -w "GOPROXY=https://goproxy.cn,direct"').closest('pre')?.id,
    );
    const link = item.getByRole('link');
    expect(link.getAttribute('href')).toBe('/modfix/en/guides/how-goproxy-works/#direct-and-off');
    expect(link.textContent).toMatch(/^Guide: How GOPROXY works › /);
    // Errors come first, each says so in words.
    expect(findings()[0]?.querySelector('h3')?.textContent).toMatch(/^✖ Error/);
  });

  it('shows findings in Chinese on the zh-CN page', async () => {
    mount({ lang: 'zh-CN' });
    paste(goEnvField(), fixture('problems-go1.19.txt'));
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    expect(status().textContent).toMatch(/^共 \d+ 条：错误 2 个/);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.lint-links a')];
    expect(links.every((a) => a.getAttribute('href')?.startsWith('/guides/'))).toBe(true);
    expect(links.every((a) => a.textContent?.startsWith('指南：'))).toBe(true);
    expect(document.querySelector('.lint-finding h3')?.textContent).toContain('错误');
  });

  it('reads the Windows form and masks the password everywhere it shows', async () => {
    const s = mount();
    const windows = EXAMPLES.find((e) => e.id === 'windows');
    fireEvent.click(screen.getByRole('button', { name: s['example.windows'] }));
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    expect(goEnvField().value).toBe(windows?.goEnv);
    expect((document.getElementById('lint-gomod') as HTMLTextAreaElement).value).toBe(windows?.goMod);
    expect(document.querySelector<HTMLDetailsElement>('.lint-more')?.open).toBe(true);
    const results = document.querySelector('.lint-results') as HTMLElement;
    expect(results.textContent).not.toContain('s3cret-Pa55');
    expect(results.textContent).toContain('http://ci:xxxxx@athens.corp.example.com');
    expect(results.textContent).toContain('Read as go env output from Windows.');
    expect(results.textContent).toContain('go.mod, line 3:');
  });

  it('says what was checked when nothing is wrong', async () => {
    const s = mount();
    paste(goEnvField(), fixture('clean-go1.23.txt'));
    await waitFor(() => expect(status().textContent).toBe(s.clean));
    const clean = document.querySelector('.lint-clean') as HTMLElement;
    expect(clean.textContent).toContain('GOPROXY');
    expect(clean.textContent).toContain(s.checkedWhat);
    expect(within(clean).getByRole('link', { name: s.doctorLink }).getAttribute('href')).toBe('/en/doctor/');
  });

  it('explains empty, binary, huge and unrecognised input beside the field', async () => {
    const s = mount();
    fireEvent.click(screen.getByRole('button', { name: s.check }));
    await waitFor(() => expect(status().textContent).toBe(`${s.cannotCheck} The go env output is empty. ${s.emptyHint}`));
    const field = goEnvField();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('lint-goenv-help lint-goenv-error');
    expect(document.getElementById('lint-goenv-error')?.textContent).toContain('is empty');

    paste(field, '\u0000\u0001\u0002PK\u0003\u0004binary');
    await waitFor(() => expect(status().textContent).toContain('looks like binary data'));

    paste(field, 'A'.repeat(10 * 1024 * 1024));
    await waitFor(() => expect(status().textContent).toContain('is 10.5 MB'));

    paste(field, 'hello, this is not go env');
    await waitFor(() => expect(status().textContent).toContain('No Go settings found'));

    paste(field, fixture('clean-go1.19.txt'));
    await waitFor(() => expect(field.hasAttribute('aria-invalid')).toBe(false));
  });

  it('refuses a paste too large for a text field instead of freezing the page with it', async () => {
    mount();
    const field = goEnvField();
    paste(field, fixture('clean-go1.23.txt'));
    const huge = "GOPROXY='https://goproxy.cn,direct'\n".repeat(300_000);
    const data = new DataTransfer();
    data.setData('text/plain', huge);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    field.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => expect(status().textContent).toContain('is 10.8 MB; go env output is a few kilobytes'));
    expect(field.value).toBe(fixture('clean-go1.23.txt'));
    // An ordinary paste goes into the field as usual.
    const small = new DataTransfer();
    small.setData('text/plain', fixture('clean-go1.19.txt'));
    const ordinary = new ClipboardEvent('paste', { clipboardData: small, bubbles: true, cancelable: true });
    field.dispatchEvent(ordinary);
    expect(ordinary.defaultPrevented).toBe(false);
  });

  it('puts an optional input error beside that input and opens the section', async () => {
    const s = mount();
    paste(goEnvField(), fixture('clean-go1.23.txt'));
    await waitFor(() => expect(status().textContent).toBe(s.clean));
    paste(document.getElementById('lint-gomod') as HTMLTextAreaElement, '\u0000\u0000\u0000');
    await waitFor(() => expect(document.getElementById('lint-gomod')?.getAttribute('aria-invalid')).toBe('true'));
    expect(document.querySelector<HTMLDetailsElement>('.lint-more')?.open).toBe(true);
    expect(document.getElementById('lint-gomod-error')?.textContent).toContain('go.mod looks like binary data');

    paste(document.getElementById('lint-gomod') as HTMLTextAreaElement, '');
    paste(document.getElementById('lint-goversion') as HTMLInputElement, 'one.two');
    await waitFor(() =>
      expect(status().textContent).toBe(`${s.cannotCheck} "one.two" is not a Go version. Write it like 1.22.6 or go1.22.6.`),
    );
    expect(document.getElementById('lint-goversion')?.getAttribute('aria-describedby')).toBe('lint-goversion-help lint-goversion-error');
  });

  it('applies the Go version entered when the paste has none', async () => {
    mount();
    paste(goEnvField(), "GOPROXY='https://goproxy.cn|direct'\n");
    await waitFor(() => expect(document.querySelector('.lint-readas')?.textContent).toContain('no GOVERSION'));
    expect(document.body.textContent).not.toContain('Go 1.13–1.14');
    paste(document.getElementById('lint-goversion') as HTMLInputElement, '1.14');
    await waitFor(() => expect(document.querySelector('.lint-readas')?.textContent).toContain('Rules for Go 1.14 (as you entered it)'));
    expect(findings().some((f) => f.textContent?.includes('1.13–1.14'))).toBe(true);
  });

  it('shows only the newest result when an older check finishes later', async () => {
    const waiting: { input: LintInput; resolve: (r: LintResult) => void }[] = [];
    const runner: Runner = { warm: () => {}, run: (input) => new Promise((resolve) => waiting.push({ input, resolve })) };
    const s = mount({ runner });
    fireEvent.click(screen.getByRole('button', { name: s['example.linux'] }));
    paste(goEnvField(), fixture('clean-go1.23.txt'));
    fireEvent.click(screen.getByRole('button', { name: s.check }));
    await waitFor(() => expect(waiting).toHaveLength(2));
    const [first, second] = waiting;
    second?.resolve(lintGoEnv(second.input));
    await waitFor(() => expect(status().textContent).toBe(s.clean));
    first?.resolve(lintGoEnv(first.input));
    await new Promise((r) => setTimeout(r, 20));
    expect(status().textContent).toBe(s.clean);
    // Check moves focus to the results for keyboard users.
    expect(document.activeElement?.id).toBe('lint-results-heading');
  });

  it('says so when the linter itself fails', async () => {
    const s = mount({ runner: { warm: () => {}, run: () => Promise.reject(new Error('boom')) } });
    paste(goEnvField(), fixture('clean-go1.23.txt'));
    await waitFor(() => expect(status().textContent).toBe(s.crash));
  });

  it('clears every field and returns to the start', async () => {
    const s = mount();
    fireEvent.click(screen.getByRole('button', { name: s['example.windows'] }));
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: s.clear }));
    await waitFor(() => expect(status().textContent).toBe(s.idle));
    expect(goEnvField().value).toBe('');
    expect((document.getElementById('lint-gomod') as HTMLTextAreaElement).value).toBe('');
    expect(findings()).toHaveLength(0);
    expect(document.activeElement).toBe(goEnvField());
  });

  it('copies a command, or selects it and says which keys to press when the clipboard refuses', async () => {
    const s = mount();
    fireEvent.click(screen.getByRole('button', { name: s['example.linux'] }));
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    const button = screen.getAllByRole('button', { name: s.copy })[0] as HTMLButtonElement;
    const pre = document.getElementById(button.getAttribute('aria-describedby') ?? '') as HTMLElement;
    const copyStatus = () => button.parentElement?.querySelector('[role="status"]')?.textContent;

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(button);
    await waitFor(() => expect(copyStatus()).toBe(s.copied));
    expect(writeText).toHaveBeenCalledWith(pre.textContent);

    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    fireEvent.click(button);
    await waitFor(() => expect(copyStatus()).toMatch(/press (Ctrl\+C|⌘C) to copy it/));
    expect(getSelection()?.toString()).toBe(pre.textContent);
    expect(document.activeElement).toBe(pre);
  });
});

describe('workerRunner', () => {
  it('lints in the page when Web Workers are unavailable', async () => {
    const original = globalThis.Worker;
    // @ts-expect-error simulating a browser without workers
    delete globalThis.Worker;
    try {
      const r = await workerRunner().run({ goEnv: fixture('problems-go1.23.txt') });
      expect(r.ok && r.findings.map((f) => f.id)).toContain('goproxy-entries-ignored');
    } finally {
      if (original) globalThis.Worker = original;
    }
  });
});

// The help text tells readers how to list their OS environment and print their go env file; run
// those exact commands in each shell after a real `go env -w`, with an OS variable overriding it,
// and lint what they print: the override must be found and the proxy password masked.
const shells = ['bash', 'zsh', 'fish'].map((sh) => [sh, requireTool(sh, 'the help text commands are run in it')] as const);
const gos = goBinaries();
describe.skipIf(gos.length === 0)('the help text commands, run for real', () => {
  for (const go of gos) {
    for (const [sh, path] of shells) {
      it.skipIf(!path)(`${sh} with ${go}`, () => {
        const home = mkdtempSync(join(tmpdir(), 'lint-help-'));
        try {
          const env: Record<string, string> = {
            PATH: `${join(go, '..')}:/usr/bin:/bin`,
            HOME: home,
            GOPATH: join(home, 'go'),
            GOCACHE: join(home, 'cache'),
            GOTOOLCHAIN: 'local',
            GOFLAGS: '-modcacherw',
          };
          execFileSync(go, ['env', '-w', 'GOPROXY=https://goproxy.cn,direct', 'GOPRIVATE=git.corp.example.com'], { env });
          const os = {
            ...env,
            GOPROXY: 'https://proxy.golang.org,direct',
            HTTPS_PROXY: 'http://alice:s3cret@proxy.corp.example:3128',
            UNRELATED: 'x',
          };
          const run = (cmd: string) => execFileSync(path as string, ['-c', cmd], { env: os, encoding: 'utf8' });
          const osEnv = run(HELP_COMMANDS.osEnvUnix);
          const goEnvFile = run(HELP_COMMANDS.goEnvFileUnix);
          expect(osEnv).toContain('GOPROXY=https://proxy.golang.org,direct');
          expect(osEnv).not.toContain('UNRELATED');
          expect(goEnvFile).toContain('GOPROXY=https://goproxy.cn,direct');
          const r = lintGoEnv({ goEnv: run('go env'), osEnv, goEnvFile });
          if (!r.ok) throw new Error(r.message.en);
          const override = r.findings.find((f) => f.id === 'os-env-overrides-go-env-w' && f.variable === 'GOPROXY');
          expect(override?.evidence?.text).toBe('GOPROXY=https://proxy.golang.org,direct');
          expect(JSON.stringify(r)).not.toContain('s3cret');
        } finally {
          rmSync(home, { recursive: true, force: true });
        }
      });
    }
  }
});
