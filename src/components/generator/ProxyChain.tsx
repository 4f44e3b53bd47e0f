// The GOPROXY list: catalogue mirrors with their notes, own URLs, direct/off, the separator after
// each entry, and reordering by buttons or Alt+Arrow keys (focus follows the moved entry).
import { useRef, useState } from 'preact/hooks';
import { catalogue, mirrorById, type ProxyEntry } from '../../lib/config/data.ts';
import { Changed, Errors, fieldId, useForm } from './fields.tsx';

export function ProxyChain() {
  const { draft, set, locale, announce, issues, t: s } = useForm();
  const list: ProxyEntry[] = Array.isArray(draft.proxy) ? draft.proxy : [];
  const [mirror, setMirror] = useState(catalogue[0]?.id ?? '');
  const [url, setUrl] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  // After Preact re-renders the list. A button that became disabled (an entry moved to an end)
  // cannot hold focus, so its enabled twin takes it; with no entry left, the mirror picker does.
  const focusEntry = (i: number, which: string) =>
    requestAnimationFrame(() => {
      const entry = listRef.current?.querySelector(`[data-entry="${i}"]`);
      const pick = (sel: string) => entry?.querySelector<HTMLButtonElement>(`${sel}:not(:disabled)`);
      (pick(which) ?? pick('.up') ?? pick('.down') ?? document.getElementById('g-add-mirror'))?.focus();
    });

  const move = (i: number, by: number, which: string) => {
    const j = i + by;
    if (j < 0 || j >= list.length) return;
    const next = [...list];
    [next[i], next[j]] = [next[j] as ProxyEntry, next[i] as ProxyEntry];
    set('proxy', next);
    announce(s('proxy.moved', { n: j + 1, total: list.length }));
    focusEntry(j, which);
  };
  const remove = (i: number) => {
    set(
      'proxy',
      list.filter((_, k) => k !== i),
    );
    announce(s('proxy.removed'));
    focusEntry(Math.min(i, list.length - 2), '.up');
  };
  const add = (e: ProxyEntry) => set('proxy', [...list, e]);

  return (
    <div class="field proxy-chain">
      <p id="g-proxy-help" class="help">
        {s('proxy.help')} {s('proxy.keyboard')} <Changed path="proxy" />
      </p>
      <Errors path="proxy" id={fieldId('proxy')} />
      <ol ref={listRef} class="chain" aria-describedby="g-proxy-help">
        {list.map((e, i) => {
          const m = e.kind === 'mirror' ? mirrorById(e.id) : undefined;
          const pid = fieldId(`proxy.${i}`);
          const title =
            e.kind === 'mirror'
              ? (m?.url ?? e.id)
              : e.kind === 'url'
                ? s('proxy.url')
                : e.kind === 'direct'
                  ? s('proxy.direct')
                  : s('proxy.off');
          return (
            <li
              key={`${i}-${e.kind}`}
              data-entry={i}
              class="entry"
              aria-label={s('proxy.entry', { n: i + 1 })}
              onKeyDown={(ev) => {
                if (!ev.altKey || (ev.key !== 'ArrowUp' && ev.key !== 'ArrowDown')) return;
                ev.preventDefault();
                const cls = (ev.target as HTMLElement).className.split(' ')[0] ?? 'up';
                move(i, ev.key === 'ArrowUp' ? -1 : 1, `.${cls}`);
              }}
            >
              <div class="entry-head">
                <span class="entry-n" aria-hidden="true">
                  {i + 1}
                </span>
                {e.kind === 'url' ? (
                  <span class="entry-url">
                    <label for={`${pid}-url`}>{title}</label>
                    <input
                      id={`${pid}-url`}
                      class="url"
                      type="text"
                      inputMode="url"
                      autoComplete="off"
                      spellcheck={false}
                      value={e.url}
                      aria-describedby={`${pid}-url-err`}
                      aria-invalid={(issues.get(`proxy.${i}.url`)?.length ?? 0) > 0 || undefined}
                      onInput={(ev) => set(`proxy.${i}.url`, ev.currentTarget.value)}
                    />
                  </span>
                ) : (
                  <strong class="entry-title">{title}</strong>
                )}
                <span class="entry-actions">
                  <button type="button" class="up btn" disabled={i === 0} onClick={() => move(i, -1, '.up')}>
                    ↑<span class="visually-hidden"> {s('proxy.up')}</span>
                  </button>
                  <button type="button" class="down btn" disabled={i === list.length - 1} onClick={() => move(i, 1, '.down')}>
                    ↓<span class="visually-hidden"> {s('proxy.down')}</span>
                  </button>
                  <button type="button" class="remove btn" onClick={() => remove(i)}>
                    {s('proxy.remove')}
                  </button>
                </span>
              </div>
              {m && (
                <div class="mirror-notes">
                  <p>
                    {m.operator[locale]} · {m.proxiesSumdb ? s('proxy.sumdbYes') : s('proxy.sumdbUnknown')}
                  </p>
                  <ul>
                    {m.caveats.map((c) => (
                      <li key={c.en}>{c[locale]}</li>
                    ))}
                  </ul>
                </div>
              )}
              {e.kind === 'url' && <Errors path={`proxy.${i}.url`} id={`${pid}-url`} />}
              <Errors path={`proxy.${i}`} id={pid} />
              {i < list.length - 1 && (
                <div class="sep">
                  <label for={`${pid}-sep`}>{s('proxy.sep')}</label>
                  <select
                    id={`${pid}-sep`}
                    class="sepsel"
                    value={e.sep}
                    aria-describedby={`g-proxy-sep-help ${pid}-sep-err`}
                    onChange={(ev) => set(`proxy.${i}.sep`, ev.currentTarget.value)}
                  >
                    <option value=",">{s('proxy.sep.comma')}</option>
                    <option value="|">{s('proxy.sep.pipe')}</option>
                  </select>
                  <Errors path={`proxy.${i}.sep`} id={`${pid}-sep`} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p id="g-proxy-sep-help" class="help">
        {s('proxy.sep.help')}
      </p>
      <div class="adders">
        <div class="adder">
          <label for="g-add-mirror">{s('proxy.addMirror')}</label>
          <span class="row">
            <select
              id="g-add-mirror"
              value={mirror}
              aria-describedby="g-add-mirror-help"
              onChange={(e) => setMirror(e.currentTarget.value)}
            >
              {catalogue.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.url} — {m.operator[locale]}
                </option>
              ))}
            </select>
            <button type="button" class="btn" onClick={() => add({ kind: 'mirror', id: mirror, sep: ',' })}>
              {s('proxy.add')}
            </button>
          </span>
          <p id="g-add-mirror-help" class="help">
            {s('proxy.addMirror.help')}
          </p>
        </div>
        <div class="adder">
          <label for="g-add-url">{s('proxy.addUrl')}</label>
          <span class="row">
            <input
              id="g-add-url"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="https://goproxy.corp.example.com"
              value={url}
              aria-describedby="g-add-url-help"
              onInput={(e) => setUrl(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && url.trim()) {
                  e.preventDefault();
                  add({ kind: 'url', url: url.trim(), sep: ',' });
                  setUrl('');
                }
              }}
            />
            <button
              type="button"
              class="btn"
              disabled={!url.trim()}
              onClick={() => {
                add({ kind: 'url', url: url.trim(), sep: ',' });
                setUrl('');
              }}
            >
              {s('proxy.add')}
            </button>
          </span>
          <p id="g-add-url-help" class="help">
            {s('proxy.addUrl.help')}
          </p>
        </div>
        <div class="row">
          <button type="button" class="btn" onClick={() => add({ kind: 'direct', sep: ',' })}>
            {s('proxy.addDirect')}
          </button>
          <button type="button" class="btn" onClick={() => add({ kind: 'off', sep: ',' })}>
            {s('proxy.addOff')}
          </button>
        </div>
      </div>
    </div>
  );
}
