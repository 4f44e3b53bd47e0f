// Runs diagnoses in a Web Worker and cancels stale ones: the core is synchronous, so a busy worker
// is terminated (and a fresh one started) when newer input arrives. Superseded runs resolve to
// undefined so the island can ignore them.
import type { DiagnoseResult, Lang } from '../../lib/doctor/index.ts';

export interface DoctorRequest {
  id: number;
  text: string;
  lang: Lang;
}
export interface DoctorResponse {
  id: number;
  result: DiagnoseResult;
}

export interface Runner {
  /** Resolves with the result, or undefined when a newer run replaced this one. Rejects if the worker fails. */
  run(text: string): Promise<DiagnoseResult | undefined>;
  dispose(): void;
}

interface Pending {
  id: number;
  resolve: (r: DiagnoseResult | undefined) => void;
  reject: (e: Error) => void;
}

export function workerRunner(lang: Lang, spawn: () => Worker): Runner {
  let worker: Worker | undefined;
  let pending: Pending | undefined;
  let seq = 0;

  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = spawn();
    w.onmessage = (e: MessageEvent<DoctorResponse>) => {
      if (pending?.id !== e.data.id) return;
      const p = pending;
      pending = undefined;
      p.resolve(e.data.result);
    };
    w.onerror = (e) => {
      e.preventDefault();
      const p = pending;
      pending = undefined;
      stop();
      p?.reject(new Error(e.message || 'worker error'));
    };
    return w;
  };

  return {
    run(text) {
      if (pending) {
        // The worker is still busy with older text: drop that work instead of queueing behind it.
        stop();
        pending.resolve(undefined);
      }
      worker ??= start();
      const id = ++seq;
      const w = worker;
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject };
        w.postMessage({ id, text, lang } satisfies DoctorRequest);
      });
    },
    dispose() {
      stop();
      pending?.resolve(undefined);
      pending = undefined;
    },
  };
}

/** The browser's runner: the worker bundle is built by Vite from worker.ts. */
export function browserRunner(lang: Lang): Runner {
  return workerRunner(lang, () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
}
