// The error doctor's public API: paste in, ranked diagnoses out. Pure, synchronous, no network,
// no DOM: it runs in the page (in a Web Worker), in the CLI and in tests alike.
//
//   diagnose(text: string, lang: 'en' | 'zh-CN'): DiagnoseResult
//
// Input: anything pasted — CRLF or LF, ANSI colours, `docker build` (`#12 3.456 …`, `Step 5/8`),
// GitHub Actions timestamps, PowerShell's `go : …` wrapping, `go: downloading …` noise, several
// errors at once. Pastes over 10 MB are refused; of longer pastes only the last 1 MB is read
// (`truncated.firstLine` says where reading started). Never throws.
//
// Result (plain JSON, safe to postMessage or print with --json):
//   { ok: false, lang, error: { code: 'empty' | 'binary' | 'too-large', message: { en, 'zh-CN' } } }
//   { ok: true, lang, matched, diagnoses: Diagnosis[] (most likely first, never empty),
//     truncated?: { firstLine }, stats: { lines, errorLines, ms } }
// A Diagnosis has:
//   cause        one of CAUSE_IDS (the fixed list in CAUSES.md); `other` when nothing matched —
//                then `matched` is false and the entry gives general next steps, never a guess
//   confidence   'high' | 'medium' | 'low'
//   evidence     [{ line (1-based, in the paste), text (cleaned, secrets masked) }]
//   title, explanation, fix[]   each { en, 'zh-CN' } — both languages, so switching language needs
//                no re-run; `lang` is echoed back. A fix step may carry `code` (a command to copy)
//                already filled with the module, version, hosts and proxy read from the paste
//   extracted    the values read from the paste (module, version, privateHost, proxyUrl, …; masked)
//   guide        { slug, anchor } → content/guides/<lang>/<slug>.mdx heading `#anchor`
//                (every pair is listed in guide-anchors.ts and tested to exist in both languages)
//   generator    { preset?, state? } for the "open in generator" button: a preset id from
//                src/lib/config/presets.ts and the values (GOPRIVATE patterns, private host, proxy
//                URL, HTTP proxy, Go version) that should replace the preset's examples
//   rules, goVersions   which rules fired, and which Go releases print the deciding message
//
// Secrets: URL passwords and tokens, `_authToken=`, .netrc `password`, Authorization headers and
// well-known token formats are replaced by *** in everything returned.
export { diagnose, diagnoseBytes } from './engine.ts';
export { GUIDE_ANCHORS, GUIDE_SLUGS, type GuideSlug } from './guide-anchors.ts';
export { ANALYSED_CHARS, MAX_INPUT_BYTES } from './normalize.ts';
export {
  CAUSE_IDS,
  type CauseId,
  type Confidence,
  type DiagnoseResult,
  type Diagnosis,
  type Evidence,
  type Extracted,
  type FixStep,
  GENERATOR_PRESETS,
  type GeneratorLink,
  type GeneratorPreset,
  type GuideLink,
  type InputError,
  type InputErrorCode,
  LANGS,
  type Lang,
  type Localized,
} from './types.ts';
