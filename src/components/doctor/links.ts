// Where a diagnosis points: its guide section and the config generator, opened on the matching
// preset and, when the paste named real values (private hosts, proxies, a Go version), on a form
// already filled with them. Paths arrive with the site base and locale applied (the page knows
// both), so links work when the site is published under a sub-path.
import type { GeneratorLink, GuideLink } from '../../lib/doctor/index.ts';

/** What the page passes: base-prefixed paths and the generator's preset configs (JSON). */
export interface LinkContext {
  /** e.g. "/modfix/en/guides/" */
  guides: string;
  /** e.g. "/modfix/en/generator/" */
  generator: string;
  /** Preset id → its config input, as in src/lib/config/presets.ts. */
  presets: Record<string, Json>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

export function guideHref(ctx: LinkContext, g: GuideLink): string {
  return `${ctx.guides}${g.slug}/#${g.anchor}`;
}

/** A URL without its user:password part (masked values must not land in a form). */
function withoutUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

const isObj = (x: Json | undefined): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const obj = (parent: Obj, key: string): Obj => {
  const v = parent[key];
  const o: Obj = isObj(v) ? { ...v } : {};
  parent[key] = o;
  return o;
};

/** The preset's config with the values read from the paste put where the generator's form keeps them. */
export function fillPreset(preset: Json, state: NonNullable<GeneratorLink['state']>): Obj {
  const c: Obj = isObj(preset) ? structuredClone(preset) : {};
  if (state.privatePatterns?.length) obj(c, 'private').goprivate = [...state.privatePatterns];
  if (state.privateHost) {
    const auth = obj(c, 'auth');
    const hosts = Array.isArray(auth.hosts) ? auth.hosts : [];
    const first = hosts[0];
    // The preset's example host becomes the reader's; its method and token variable stay.
    auth.hosts = isObj(first) ? [{ ...first, host: state.privateHost }, ...hosts.slice(1)] : [{ host: state.privateHost, method: 'netrc' }];
    const network = c.network;
    if (isObj(network) && Array.isArray(network.noProxy)) c.network = { ...network, noProxy: [state.privateHost] };
  }
  if (state.proxyUrl) {
    const proxy = Array.isArray(c.proxy) ? c.proxy : [{ kind: 'direct' }];
    c.proxy = [{ kind: 'url', url: withoutUserinfo(state.proxyUrl) }, ...proxy.slice(1)];
  }
  if (state.httpProxy) {
    const url = withoutUserinfo(state.httpProxy);
    Object.assign(obj(c, 'network'), { httpsProxy: url, httpProxy: url });
  }
  if (state.goVersion && /^1\.\d+(?:\.\d+)?$/.test(state.goVersion)) obj(c, 'build').go = state.goVersion;
  return c;
}

const toBase64Url = (s: string): string => {
  let bin = '';
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/**
 * The generator link: `?preset=<id>` alone, or, with values from the paste, the permalink form the
 * generator reads (`v`, `c` = the config over Go's defaults, `from` = the preset it started from).
 */
export function generatorHref(ctx: LinkContext, link: GeneratorLink): string {
  const preset = link.preset ?? 'global-default';
  const base = ctx.presets[preset];
  if (!link.state || !carriesState(link) || base === undefined) return `${ctx.generator}?${new URLSearchParams({ preset })}`;
  const config = fillPreset(base, link.state);
  const q = new URLSearchParams({ v: String(config.version ?? 1), c: toBase64Url(JSON.stringify(config)) });
  if (preset !== 'global-default') q.set('from', preset);
  return `${ctx.generator}?${q}`;
}

/** Whether the generator link carries values read from the paste (the help text says so). */
export function carriesState(link: GeneratorLink): boolean {
  return Object.values(link.state ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}
