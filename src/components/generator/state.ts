// Reading the generator's state back from a link. It needs the zod schema, so the page loads it
// only when the address carries state; the rest of the form logic (draft.ts) is re-exported here
// for the tests and other callers that want one module.
import { presetById } from '../../lib/config/data.ts';
import { ConfigSchema } from '../../lib/config/schema.ts';
import { decodeState } from '../../lib/permalink/state.ts';
import { type Draft, FROM, type Locale, type Machine, presetConfig, presetFor, type Restored, startPreset } from './draft.ts';

export * from './draft.ts';

// Issue codes that mean the link holds something the form cannot show (not just a bad value).
const STRUCTURAL = new Set(['invalid_type', 'unrecognized_keys', 'invalid_union', 'invalid_value']);

/** The form a query string describes, or undefined when there is no state in it. */
export function fromSearch(search: string, machine: Machine, locale: Locale): Restored | undefined {
  const q = new URLSearchParams(search);
  const from = q.get(FROM);
  const baseId = from && presetById(from) ? from : 'global-default';
  if (!q.has('c') && !q.has('preset')) {
    // Only "from": the form was edited back to Go's defaults (which encode as nothing).
    return from ? { draft: presetConfig('global-default'), baseId } : undefined;
  }
  const decoded = decodeState(search);
  const start = startPreset(locale);
  if (!decoded.ok) return { draft: presetFor(start, machine), baseId: start, problem: decoded.reason };
  if (decoded.preset) return { draft: presetFor(decoded.preset, machine), baseId: decoded.preset };
  const check = ConfigSchema.safeParse(decoded.input);
  const structural = !check.success && check.error.issues.some((i) => STRUCTURAL.has(i.code) && i.path.join('.') !== 'athens.port');
  if (structural) return { draft: presetFor(start, machine), baseId: start, problem: 'bad-encoding' };
  // A link keeps invalid values as they were typed (the form shows their errors), else defaults fill gaps.
  return { draft: check.success ? check.data : (decoded.input as Draft), baseId };
}
