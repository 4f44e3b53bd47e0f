// Live: provoke each failure with Debian's real go command against loopback servers, diagnose
// what it printed, and check the stored fixture still equals the capture (so the static fixtures
// stay honest). MODFIX_CAPTURE_FIXTURES=1 (re)writes tests/fixtures/doctor/<scenario>-go1.NN/;
// then `node src/tools/doctor-fixtures.ts --write-derived` refreshes the docker/CI/Windows variants.
// DNS and no-network scenarios need root (a private mount or network namespace, port 53 on
// 127.0.53.x); without it they are skipped with a message.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/lib/doctor/index.ts';
import { readFixture, writeFixture } from '../../src/tools/doctor-fixtures.ts';
import { goBinaries, requireTool } from '../support/tools.ts';
import { cleanupRun, type Lab, normaliseCapture, runGo, startLab } from './doctor-lab.ts';
import { SCENARIOS } from './doctor-scenarios.ts';

const capture = process.env.MODFIX_CAPTURE_FIXTURES === '1';
const gos = goBinaries();
const tools =
  requireTool('git', 'direct fetches') && requireTool('openssl', 'lab certificates') && requireTool('unshare', 'DNS and network scenarios');

function goVersion(go: string): string {
  const home = mkdtempSync(join(tmpdir(), 'modfix-gover-'));
  try {
    return execFileSync(go, ['env', 'GOVERSION'], {
      env: { PATH: '/usr/bin:/bin', HOME: home, GOTOOLCHAIN: 'local' },
      encoding: 'utf8',
    }).trim();
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe.skipIf(gos.length === 0 || !tools)('doctor diagnoses live go output', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  for (const go of gos) {
    const version = goVersion(go);
    const minor = Number(/^go1\.(\d+)/.exec(version)?.[1]);
    describe(version, () => {
      for (const sc of SCENARIOS.filter((s) => !s.goMinors || s.goMinors.includes(minor))) {
        it(`${sc.name} → ${sc.cause}`, async (ctx) => {
          const run = sc.run(lab);
          if ((run.resolver || run.isolated) && typeof lab.resolvers === 'string') {
            // Namespaces need root; the stored fixture is still diagnosed by tests/unit/doctor-fixtures.test.ts.
            process.stderr.write(`\n!!! SKIPPING ${sc.name}: ${lab.resolvers}\n`);
            ctx.skip();
          }
          const r = await runGo(go, run, lab);
          try {
            expect(r.status, `go should fail for ${sc.name}; stderr:\n${r.stderr}`).not.toBe(0);
            const text = normaliseCapture(r.stderr, lab, r.paths);
            // Both the raw capture (temp paths, random ports) and the normalised one.
            for (const input of [r.stderr, text]) {
              const res = diagnose(input, 'en');
              if (!res.ok) throw new Error(`diagnose rejected the capture: ${res.error.code}`);
              const causes = res.diagnoses.map((d) => d.cause);
              expect(causes[0], `${sc.name}: ranked ${causes.join(', ')}\n${input}`).toBe(sc.cause);
              for (const c of sc.top3 ?? []) expect(causes.slice(0, 3), `${sc.name}: top 3`).toContain(c);
            }
            const name = `${sc.name}-go1.${minor}`;
            if (capture) {
              writeFixture({
                name,
                text,
                label: {
                  cause: sc.cause,
                  ...(sc.top3 ? { top3: sc.top3 } : {}),
                  source: `real-go-1.${minor}`,
                  note: sc.note,
                  goVersion: version,
                },
              });
              return;
            }
            const stored = readFixture(name);
            expect(
              stored,
              `fixture ${name} is missing: run MODFIX_CAPTURE_FIXTURES=1 npx vitest run tests/integration/doctor-capture.test.ts`,
            ).not.toBeNull();
            if (stored?.label.goVersion === version) {
              expect(text, `fixture ${name} no longer matches what ${version} prints; re-capture it`).toBe(stored.text);
            }
            expect(stored?.label.cause).toBe(sc.cause);
          } finally {
            cleanupRun(r);
          }
        });
      }
    });
  }
});
