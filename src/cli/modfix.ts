// `npm run --silent modfix -- <command> …`: a thin shell over src/lib. Each command lives in its
// own module exporting `run(args, io)`, loaded only when asked for.
import { readFileSync } from 'node:fs';
import type { CliIO } from './io.ts';

const commands: Record<string, () => Promise<{ run: (args: string[], io: CliIO) => Promise<number> }>> = {
  generate: () => import('./generate.ts'),
  simulate: () => import('./simulate.ts'),
  doctor: () => import('./doctor.ts'),
  'lint-env': () => import('./lint-env.ts'),
};

const usage = `usage: modfix <command> [options]

commands:
  generate   render configuration snippets from a preset or a config file
  simulate   trace how the go command walks a GOPROXY list
  doctor     diagnose pasted go command output (stdin)
  lint-env   check \`go env\` output (stdin)

Run 'modfix <command> --help' for a command's options.
`;

async function main(argv: string[]): Promise<number> {
  const io: CliIO = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`modfix: unknown command '${name}'\n\n${usage}`);
    return 2;
  }
  const mod = await load();
  return mod.run(rest, io);
}

process.exitCode = await main(process.argv.slice(2));
