// The live flowchart: Mermaid is imported the first time this figure scrolls into view, then the
// chart is redrawn whenever the trace or the colour theme changes. The numbered steps are the
// accessible equivalent; the image's alt text gives the summary.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Drawn } from './flowchart.ts';
import type { T } from './strings.ts';

type Status = 'waiting' | 'loading' | 'ready' | 'failed';

const isDark = () => document.documentElement.dataset.theme === 'dark';

export function Flowchart({ source, summary, t }: { source: string; summary: string; t: T }) {
  const box = useRef<HTMLElement>(null);
  const work = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [dark, setDark] = useState(false);
  const [status, setStatus] = useState<Status>('waiting');
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        io.disconnect();
      }
    });
    io.observe(el);
    setDark(isDark());
    const mo = new MutationObserver(() => setDark(isDark()));
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      io.disconnect();
      mo.disconnect();
    };
  }, []);

  useEffect(() => {
    if (!visible || !work.current) return;
    const target = work.current;
    let current = true;
    if (!drawn) setStatus('loading');
    // Typing in GOPROXY changes the trace on every key: draw after a short pause.
    const timer = setTimeout(async () => {
      try {
        const { renderFlowchart } = await import('./flowchart.ts');
        const d = await renderFlowchart(source, dark, target);
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
  }, [visible, source, dark]);

  return (
    <figure class="sim-flow" ref={box} data-status={status}>
      {drawn && <img src={drawn.src} width={drawn.width} height={drawn.height} alt={t('flow.alt', { summary })} />}
      {status !== 'ready' && (
        <p class="sim-flow-status" role="status">
          {status === 'failed' ? t('flow.failed') : status === 'loading' ? t('flow.loading') : t('flow.waiting')}
        </p>
      )}
      <figcaption>{t('flow.caption')}</figcaption>
      <div class="sim-flow-work" ref={work} aria-hidden="true" />
    </figure>
  );
}
