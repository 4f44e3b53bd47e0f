// @vitest-environment happy-dom
// The flowchart source must be valid Mermaid for every kind of trace, in both languages: parse it
// with the Mermaid the island will load.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { DIRECT_OUTCOMES, type Outcome, type SimulateInput, URL_OUTCOMES } from '../../src/lib/simulator/model.ts';
import { traceToMermaid } from '../../src/lib/simulator/mermaid.ts';
import { simulate } from '../../src/lib/simulator/simulate.ts';

const inputs: SimulateInput[] = [];
for (const a of URL_OUTCOMES) {
  for (const b of DIRECT_OUTCOMES) {
    for (const sep of [',', '|']) inputs.push({ goproxy: `https://a.example/"x"${sep}direct`, outcomes: [a, b] as Outcome[] });
  }
}
inputs.push(
  { goproxy: 'off', outcomes: [] },
  { goproxy: 'https://goproxy.cn', outcomes: ['200'], goprivate: 'example.com', vcs: 'auth' },
  { goproxy: 'https://a.example|https://b.example', outcomes: ['200', '200'], sumdbOutcomes: ['500', '404'] },
  { goproxy: 'https://a.example,https://b.example,direct', outcomes: ['403', '200', 'ok'] },
  { goproxy: 'bogus', outcomes: [] },
);

describe('traceToMermaid', () => {
  it(`produces parseable flowcharts for ${inputs.length * 2} traces`, async () => {
    for (const input of inputs) {
      const t = simulate(input);
      for (const lang of ['en', 'zh-CN'] as const) {
        const src = traceToMermaid(t, lang);
        await expect(mermaid.parse(src), `${input.goproxy} ${input.outcomes.join(',')} ${lang}\n${src}`).resolves.toBeTruthy();
      }
    }
  });
  it('the parser used here rejects broken source', async () => {
    await expect(mermaid.parse('flowchart TD\n  a["x" y"] --> b')).rejects.toThrow();
  });
});
