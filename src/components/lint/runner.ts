// Where the linter runs: in a Web Worker, started on first use so the page itself loads no linter
// code; if workers are unavailable or the worker fails to load, in the page (loaded on demand).
import type { LintInput, LintResult } from '../../lib/lint/types.ts';

export interface Request {
  id: number;
  input: LintInput;
}
export type Reply = { id: number; result: LintResult } | { id: number; error: string };

export interface Runner {
  run(input: LintInput): Promise<LintResult>;
  /** Starts loading the linter ahead of the first run (e.g. when the reader focuses the field). */
  warm(): void;
}

const inPage = (input: LintInput) => import('../../lib/lint/lint.ts').then((m) => m.lintGoEnv(input));

interface Job {
  input: LintInput;
  resolve: (r: LintResult) => void;
  reject: (e: Error) => void;
}

export function workerRunner(): Runner {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const jobs = new Map<number, Job>();

  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const job of jobs.values()) inPage(job.input).then(job.resolve, job.reject);
    jobs.clear();
  };
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch {
      fallBack();
      return null;
    }
    worker.addEventListener('message', (e: MessageEvent<Reply>) => {
      const job = jobs.get(e.data.id);
      if (!job) return;
      jobs.delete(e.data.id);
      if ('result' in e.data) job.resolve(e.data.result);
      else job.reject(new Error(e.data.error));
    });
    // A worker that cannot load (blocked script, old browser) reports an error event: redo its jobs here.
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      fallBack();
    });
    return worker;
  };

  return {
    warm: () => void start(),
    run(input) {
      const w = start();
      if (!w) return inPage(input);
      return new Promise((resolve, reject) => {
        const id = ++next;
        jobs.set(id, { input, resolve, reject });
        w.postMessage({ id, input } satisfies Request);
      });
    },
  };
}
