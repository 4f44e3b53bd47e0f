// Runs generated snippets with a real shell in an empty environment and reads the resulting
// environment back byte for byte (`env -0`: NAME=VALUE records separated by NUL).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs `script` with `shell` (absolute path) under `env -i`, so only `env` is visible.
 * The script is passed as a file: a here-string would go through another shell first.
 */
export function runScript(shell: string, script: string, opts: { env?: Record<string, string>; cwd: string; args?: string[] }): RunResult {
  const file = join(opts.cwd, `.script-${process.pid}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, script);
  try {
    const envArgs = Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${v}`);
    const r = spawnSync('env', ['-i', ...envArgs, shell, ...(opts.args ?? []), file], {
      cwd: opts.cwd,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Like runScript, without blocking the event loop: needed when the script talks to a server in this process. */
export function runScriptAsync(shell: string, script: string, opts: { env?: Record<string, string>; cwd: string }): Promise<RunResult> {
  const file = join(opts.cwd, `.script-${process.pid}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, script);
  const envArgs = Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${v}`);
  const child = spawn('env', ['-i', ...envArgs, shell, file], { cwd: opts.cwd });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearTimeout(timer);
      rmSync(file, { force: true });
      resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Parses `env -0` output into a map of raw values, so that comparisons are byte for byte. */
export function parseEnv0(out: Buffer): Map<string, Buffer> {
  const env = new Map<string, Buffer>();
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    const rec = out.subarray(start, end);
    const eq = rec.indexOf(0x3d);
    if (eq > 0) env.set(rec.subarray(0, eq).toString('latin1'), Buffer.from(rec.subarray(eq + 1)));
    start = end + 1;
  }
  return env;
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `modfix-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
