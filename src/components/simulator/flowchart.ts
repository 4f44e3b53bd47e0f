// Draws a trace as a Mermaid flowchart in an <img> (data: URL). Loaded by dynamic import only when
// the flowchart scrolls into view, so pages without it never download Mermaid (nor this code).
//
// The site's Content-Security-Policy blocks <style> elements it has no hash for. Mermaid puts its
// stylesheet in a <style> inside the SVG while it measures the drawing, which the policy would
// refuse (and report). So while Mermaid renders, the style element it asks for is swapped for an
// inert element that keeps the rules aside; the labels are measured with the same font through
// the container's own styles. The rules go back into the finished SVG, which is shown as an image:
// an SVG image is a separate document that the page's policy does not restyle.
import mermaid from 'mermaid';
import { traceToMermaid } from '../../lib/simulator/mermaid.ts';
import type { Lang, Trace } from '../../lib/simulator/model.ts';

/** The same look as the pre-rendered guide diagrams (src/lib/diagrams/diagram.ts RENDER_CONFIG). */
const FONT = '"Noto Sans CJK SC", "Noto Sans", system-ui, sans-serif';

export interface Drawn {
  src: string;
  width: number;
  height: number;
  /** The Mermaid text drawn, for readers who want to reuse it. */
  source: string;
}

let queue: Promise<unknown> = Promise.resolve();
let serial = 0;

/** Renders one chart at a time: Mermaid's configuration is global. */
export function drawTrace(trace: Trace, lang: Lang, dark: boolean, work: HTMLElement): Promise<Drawn> {
  const job = queue.then(() => draw(traceToMermaid(trace, lang), dark, work));
  queue = job.catch(() => undefined);
  return job;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function draw(source: string, dark: boolean, work: HTMLElement): Promise<Drawn> {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
    // Mermaid 12 defaults to the ELK layout (450 KB gzip more to download); dagre draws these
    // small charts as well and matches the pre-rendered guide diagrams.
    layout: 'dagre',
    look: 'classic',
    fontFamily: FONT,
    htmlLabels: false,
    flowchart: { htmlLabels: false, wrappingWidth: 360 },
  });
  // Loads the flowchart code before the swap below, so the swap lasts only while drawing.
  await mermaid.parse(source);
  let rules = '';
  const create = document.createElement;
  document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    if (tag.toLowerCase() !== 'style') return create.call(this, tag, options);
    const inert = create.call(this, 'modfix-style', options);
    Object.defineProperty(inert, 'innerHTML', {
      set: (v: string) => {
        rules = v;
      },
      get: () => '',
    });
    return inert;
  } as typeof document.createElement;
  let svg: string;
  try {
    ({ svg } = await mermaid.render(`sim-flow-${serial++}`, source, work));
  } finally {
    document.createElement = create;
    work.replaceChildren();
  }
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Math.ceil(Number(box?.[1] ?? 600));
  const height = Math.ceil(Number(box?.[2] ?? 400));
  svg = svg
    .replace(/<modfix-style[^>]*>\s*<\/modfix-style>/g, '')
    // An image needs an intrinsic size; Mermaid writes width="100%".
    .replace(/<svg([^>]*?) width="100%"/, `<svg$1 width="${width}" height="${height}"`)
    .replace(/<svg[^>]*>/, (open) => `${open}<style>${xmlText(rules)}</style>`);
  return { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width, height, source };
}
