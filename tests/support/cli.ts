// Runs a `modfix` command in-process with captured output, as src/cli/modfix.ts would run it.
import type { CliIO } from '../../src/cli/io.ts';

type Command = (args: string[], io: CliIO) => Promise<number>;

/** `stdin` is what the command reads; an Error makes reading standard input fail with it. */
export async function runCli(
  run: Command,
  args: string[],
  stdin: string | Buffer | Error = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    readStdin: () => {
      if (stdin instanceof Error) throw stdin;
      return Buffer.from(stdin);
    },
  };
  const code = await run(args, io);
  return { code, out, err };
}
