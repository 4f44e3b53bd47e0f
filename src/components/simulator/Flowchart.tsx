// The live flowchart: the code that turns a trace into Mermaid text and Mermaid itself are
// imported the first time this figure scrolls into view, then the chart is redrawn whenever the
// trace or the colour theme changes. The numbered steps are the accessible equivalent; the image's
// alt text gives the summary.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Trace } from '../../lib/simulator/model.ts';
import { CopyBlock, type T, useSeen } from './bits.tsx';
import type { Drawn } from './flowchart.ts';

type Status = 'waiting' | 'loading' | 'ready' | 'failed';

const isDark = () => document.documentElement.dataset.theme === 'dark';

export function Flowchart({ trace, lang, t }: { trace: Trace; lang: Lang; t: T }) {
  const box = useRef<HTMLElement>(null);
  const work = useRef<HTMLDivElement>(null);
  const visible = useSeen(box);
  const [dark, setDark] = useState(false);
  const [status, setStatus] = useState<Status>('waiting');
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    setDark(isDark());
    const mo = new MutationObserver(() => setDark(isDark()));
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => mo.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || !work.current) return;
    const target = work.current;
    let current = true;
    if (!drawn) setStatus('loading');
    // Typing in GOPROXY changes the trace on every key: draw after a short pause.
    const timer = setTimeout(async () => {
      try {
        const { drawTrace } = await import('./flowchart.ts');
        const d = await drawTrace(trace, lang, dark, target);
        if (!current) return;
        setDrawn(d);
        setStatus('ready');
      } catch {
        if (current) setStatus('failed');
      }
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [visible, trace, lang, dark]);

  return (
    <>
      <figure class="sim-flow" ref={box} data-status={status}>
        {drawn && (
          <img
            src={drawn.src}
            width={drawn.width}
            height={drawn.height}
            alt={t('flow.alt', { summary: trace.summary[lang].replace(/`/g, '') })}
          />
        )}
        {status !== 'ready' && (
          <p class="sim-flow-status" role="status">
            {status === 'failed' ? t('flow.failed') : status === 'loading' ? t('flow.loading') : t('flow.waiting')}
          </p>
        )}
        <figcaption>{t('flow.caption')}</figcaption>
        <div class="sim-flow-work" ref={work} aria-hidden="true" />
      </figure>
      {drawn && (
        <details>
          <summary>{t('flow.source')}</summary>
          <CopyBlock t={t} id="sim-mermaid" label="Mermaid" text={drawn.source} />
        </details>
      )}
    </>
  );
}
