// Which known Go-version differences change the result for the current setup. Imported when the
// "Go versions" section scrolls into view, so the page's first JavaScript stays small.
import type { Trace } from '../../lib/simulator/model.ts';
import { simulate } from '../../lib/simulator/simulate.ts';
import { VERSION_DIFFERENCES, type VersionDifference } from '../../lib/simulator/versions.ts';
import { type SimState, toInput, withGoproxy } from './state.ts';

export { VERSION_DIFFERENCES };

export interface VersionEffect {
  diff: VersionDifference;
  before: Trace;
  since: Trace;
}

const key = (t: Trace) => JSON.stringify([t.contacted, t.result, t.error, t.sumdb.status, t.sumdb.contacted]);

/** The differences whose rule is at work for this state and changes what the reader sees, with both results. */
export function versionEffects(s: SimState): VersionEffect[] {
  const at = (go: string) => simulate(toInput(withGoproxy(s, s.goproxy, go)));
  return VERSION_DIFFERENCES.flatMap((diff) => {
    const before = at(diff.before);
    const since = at(diff.since);
    return key(before) !== key(since) && diff.applies(toInput(s), since) ? [{ diff, before, since }] : [];
  });
}
