// Runs the linter off the main thread: a 1 MB paste takes ~60 ms, long enough to freeze typing.
import { lintGoEnv } from '../../lib/lint/lint.ts';
import type { Reply, Request } from './runner.ts';

addEventListener('message', (e: MessageEvent<Request>) => {
  const { id, input } = e.data;
  let reply: Reply;
  try {
    reply = { id, result: lintGoEnv(input) };
  } catch (err) {
    reply = { id, error: String(err) };
  }
  postMessage(reply);
});
