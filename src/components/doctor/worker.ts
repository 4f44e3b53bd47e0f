// Runs the doctor off the main thread: a 1 MB paste (or a 10 MB one being rejected) never freezes
// the page. One request at a time; the page terminates this worker to cancel stale work.
import { diagnose } from '../../lib/doctor/index.ts';
import type { DoctorRequest, DoctorResponse } from './runner.ts';

self.onmessage = (e: MessageEvent<DoctorRequest>) => {
  const { id, text, lang } = e.data;
  const response: DoctorResponse = { id, result: diagnose(text, lang) };
  self.postMessage(response);
};
