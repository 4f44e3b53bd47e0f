// The island's logic without Preact: turning the fields into a LintInput, where each input's
// error is shown, guide links under the site base, and the summary line.
import { parseGoVersion } from '../../lib/goversion.ts';
import type { GuideLink } from '../../lib/lint/guide-anchors.ts';
import type { InputKind, Lang, LintInput, LintReport } from '../../lib/lint/types.ts';
import { withBase } from '../../lib/site.ts';
import { fmt, type Strings } from './strings.ts';

export interface Fields {
  goEnv: string;
  goMod: string;
  osEnv: string;
  goEnvFile: string;
  goVersion: string;
}

export const EMPTY_FIELDS: Fields = { goEnv: '', goMod: '', osEnv: '', goEnvFile: '', goVersion: '' };

/** Element id of the textarea for each input the linter can complain about. */
export const FIELD_ID: Record<InputKind, string> = {
  'go-env': 'lint-goenv',
  'go-mod': 'lint-gomod',
  'os-env': 'lint-osenv',
  'go-env-file': 'lint-goenvfile',
};
export const GO_VERSION_ID = 'lint-goversion';

export function isBlank(f: Fields): boolean {
  return Object.values(f).every((v) => v.trim() === '');
}

/** The linter's input, or the Go version field's problem. Empty optional fields are left out. */
export function toInput(f: Fields): { input: LintInput } | { badGoVersion: string } {
  const input: LintInput = { goEnv: f.goEnv };
  if (f.goMod.trim()) input.goMod = f.goMod;
  if (f.osEnv.trim()) input.osEnv = f.osEnv;
  if (f.goEnvFile.trim()) input.goEnvFile = f.goEnvFile;
  const v = f.goVersion.trim();
  if (v) {
    if (!parseGoVersion(v)) return { badGoVersion: v };
    input.goVersion = v;
  }
  return { input };
}

/** Site path of a guide section in the page's language, under the configured base. */
export function guideHref(base: string, lang: Lang, link: GuideLink): string {
  const path = `${lang === 'en' ? '/en' : ''}/guides/${link.slug}/`;
  return `${withBase(base, path)}#${link.anchor}`;
}

export const guideKey = (link: GuideLink) => `${link.slug}#${link.anchor}`;

export function summaryText(s: Strings, r: LintReport): string {
  const count = r.findings.length;
  if (count === 0) return s.clean;
  return fmt(count === 1 ? s.summaryOne : s.summary, { count, ...r.counts });
}

/** "Read as … · Rules for Go …": how the paste was understood, so a wrong guess is visible. */
export function readAsText(s: Strings, r: LintReport): string {
  const format = fmt(s.readAs, { format: s[`format.${r.format}`] });
  const rules =
    r.goVersion === null
      ? s.rulesUnknown
      : fmt(s.rulesFor, { version: r.goVersion, from: s[r.goVersionFrom === 'option' ? 'from.option' : 'from.GOVERSION'] });
  return `${format} ${rules}`;
}
