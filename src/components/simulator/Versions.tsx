// The "Go versions" section: which known differences between Go releases change this result, and
// the full list with sources. Its code is imported once the section is in view.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/simulator/model.ts';
import { Heading, Rich, type T, useSeen } from './bits.tsx';
import type { SimState } from './state.ts';

type Module = typeof import('./versions.ts');

const firstLine = (s: string) => s.split('\n')[0] ?? s;

export function Versions({ state, lang, t, top }: { state: SimState; lang: Lang; t: T; top: 2 | 3 }) {
  const box = useRef<HTMLElement>(null);
  const seen = useSeen(box);
  const [mod, setMod] = useState<Module | null>(null);
  useEffect(() => {
    if (seen) import('./versions.ts').then(setMod, () => {});
  }, [seen]);
  const effects = mod ? mod.versionEffects(state) : [];
  return (
    <section class="sim-versions" aria-labelledby="sim-versions-h" ref={box} data-loaded={mod ? '' : undefined}>
      <Heading top={top} level={0} id="sim-versions-h">
        {t('versions')}
      </Heading>
      {!mod ? (
        <p class="sim-muted">{t('versions.waiting')}</p>
      ) : effects.length > 0 ? (
        <>
          <p>{t('versions.apply')}</p>
          <ul>
            {effects.map(({ diff, before, since }) => (
              <li key={diff.id} data-difference={diff.id}>
                <p>
                  <Rich text={diff.text[lang]} />
                </p>
                <dl>
                  <dt>{t('versions.before', { go: diff.before })}</dt>
                  <dd>
                    <Rich text={before.summary[lang]} /> {before.error && <code>{firstLine(before.error)}</code>}
                  </dd>
                  <dt>{t('versions.since', { go: diff.since })}</dt>
                  <dd>
                    <Rich text={since.summary[lang]} /> {since.error && <code>{firstLine(since.error)}</code>}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('versions.none')}</p>
      )}
      {mod && (
        <details>
          <summary>{t('versions.all')}</summary>
          <ul>
            {mod.VERSION_DIFFERENCES.map((d) => (
              <li key={d.id}>
                <Rich text={d.text[lang]} /> <span class="sim-muted">{t('versions.sources', { list: d.sources.join('; ') })}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
