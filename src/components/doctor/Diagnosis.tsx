// One diagnosis: the evidence lines (numbered, the values the doctor read from them marked), the
// explanation, fix steps with copy buttons, and links to the guide section and the generator.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Diagnosis, Extracted, Lang } from '../../lib/doctor/index.ts';
import { carriesState, generatorHref, guideHref, type LinkContext } from './links.ts';
import { copyOrSelect, copyShortcut } from '../shared/clipboard.ts';
import { fmt, type Strings } from './strings.ts';

/** Extracted values worth marking inside an evidence line (they fill the fix steps). */
const MARKED: (keyof Extracted)[] = [
  'module',
  'declaredPath',
  'requiredPath',
  'privateHost',
  'host',
  'lookupHost',
  'proxyHost',
  'address',
  'resolver',
  'httpProxy',
  'status',
  'badValue',
  'goRequired',
];

/** Splits `line` into plain and marked parts around the extracted values it contains. */
export function markParts(line: string, x: Extracted): Array<{ text: string; mark: boolean }> {
  const words = [...new Set(MARKED.map((k) => x[k]).filter((v): v is string => typeof v === 'string' && v.length >= 3))];
  if (words.length === 0) return [{ text: line, mark: false }];
  // Longest first, so a module path wins over the host it starts with.
  words.sort((a, b) => b.length - a.length);
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const out: Array<{ text: string; mark: boolean }> = [];
  let last = 0;
  for (const m of line.matchAll(re)) {
    if (m.index > last) out.push({ text: line.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ text: line.slice(last), mark: false });
  return out;
}

/** Prose from the core marks commands and values with backticks. */
export function inlineCode(text: string): Array<JSX.Element | string> {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/**
 * The release range from a diagnosis's `goVersions` ("1.13+", "1.11–1.12", "all"), without the
 * English notes some carry in brackets; undefined when it is not a plain range.
 */
export function goVersionRange(v: string | undefined): string | undefined {
  const head = v?.split(' (')[0]?.trim();
  return head && /^(?:all|1\.\d+\+|1\.\d+–1\.\d+)$/.test(head) ? head : undefined;
}

function CopyCode({ code, id, s }: { code: string; id: string; s: Strings }) {
  const ref = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus((await copyOrSelect(code, ref.current)) ? s.copied : fmt(s.copyFallback, { key: copyShortcut() }));
  };
  return (
    <div class="fix-code">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long commands scroll inside the block, which must be reachable by keyboard */}
      <pre ref={ref} id={id} tabIndex={0}>
        <code>{code}</code>
      </pre>
      <button type="button" class="btn copy" onClick={copy} aria-describedby={id}>
        {s.copy}
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}

export function DiagnosisBody(props: { d: Diagnosis; id: string; s: Strings; lang: Lang; links: LinkContext; level: 4 }) {
  const { d, id, s, lang, links } = props;
  const H = `h${props.level}` as 'h4';
  const none = d.cause === 'other';
  const versions = goVersionRange(d.goVersions);
  const genHelp = fmt(s.generatorHelp, { filled: carriesState(d.generator) ? s.generatorFilled : '' });
  return (
    <div class="d-body">
      <p class="cause-id">
        {s.causeId}: <code>{d.cause}</code>
        {versions && <> · {versions === 'all' ? s.goVersionsAll : fmt(s.goVersions, { versions })}</>}
      </p>
      <H>{none ? s.lastLines : s.evidence}</H>
      {d.evidence.length === 0 ? (
        <p>{s.noEvidence}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll inside the block, which must be reachable by keyboard
        <pre class="evidence" tabIndex={0}>
          <code>
            {d.evidence.map((e) => (
              <span class="ev" key={e.line} data-line={e.line}>
                <span class="ev-no">
                  <span class="visually-hidden">{s.line} </span>
                  {e.line}
                </span>
                <span class="ev-text">
                  {markParts(e.text, d.extracted).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
                </span>
                {'\n'}
              </span>
            ))}
          </code>
        </pre>
      )}
      <H>{s.whatHappened}</H>
      <p>{inlineCode(d.explanation[lang])}</p>
      <H>{s.fixHeading}</H>
      <ol class="fix-steps">
        {d.fix.map((step, i) => (
          <li key={i}>
            <p>{inlineCode(step[lang])}</p>
            {step.code && <CopyCode code={step.code} id={`${id}-fix${i}`} s={s} />}
          </li>
        ))}
      </ol>
      <p class="d-links">
        <a class="guide-link" href={guideHref(links, d.guide)}>
          {s.guide}
        </a>
        {!none && d.generator.preset && (
          <>
            <a class="btn generator-link" href={generatorHref(links, d.generator)} aria-describedby={`${id}-gen-help`}>
              {s.generator}
            </a>
            <span id={`${id}-gen-help`} class="help">
              {genHelp}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
