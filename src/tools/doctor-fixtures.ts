// Loads the doctor's labelled fixtures: tests/fixtures/doctor/<name>/{output.txt,label.json}.
// Shared by the unit tests, the live capture test (which writes them) and the bench.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CAUSE_IDS } from '../lib/doctor/types.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/doctor/', import.meta.url));

const cause = z.enum(CAUSE_IDS);

export const LabelSchema = z.strictObject({
  cause,
  /** Causes that must also appear among the top three (any order). */
  top3: z.array(cause).optional(),
  /** real-go-1.NN (captured live), go-source <file>@<version> (quoted), derived-from <fixture> (edited copy). */
  source: z.string().regex(/^(?:real-go-1\.\d+|go-source \S+@\S+|derived-from \S+)/),
  note: z.string().min(1),
  /** `go version` of the binary that produced a real-go capture. */
  goVersion: z.string().optional(),
});
export type Label = z.infer<typeof LabelSchema>;

export interface Fixture {
  name: string;
  text: string;
  label: Label;
}

export function loadDoctorFixtures(dir = FIXTURE_DIR): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const label = LabelSchema.parse(JSON.parse(readFileSync(join(dir, name, 'label.json'), 'utf8')));
      return { name, text: readFileSync(join(dir, name, 'output.txt'), 'utf8'), label };
    });
}

export function readFixture(name: string, dir = FIXTURE_DIR): Fixture | null {
  if (!existsSync(join(dir, name, 'label.json'))) return null;
  const label = LabelSchema.parse(JSON.parse(readFileSync(join(dir, name, 'label.json'), 'utf8')));
  return { name, text: readFileSync(join(dir, name, 'output.txt'), 'utf8'), label };
}

export function writeFixture(f: Fixture, dir = FIXTURE_DIR): void {
  mkdirSync(join(dir, f.name), { recursive: true });
  writeFileSync(join(dir, f.name, 'output.txt'), f.text);
  writeFileSync(join(dir, f.name, 'label.json'), `${JSON.stringify(LabelSchema.parse(f.label), null, 2)}\n`);
}
