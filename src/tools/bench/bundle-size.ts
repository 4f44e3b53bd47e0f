// What a library costs the browser: the entry bundled and minified as Vite would ship it
// (UTF-8 text kept as is), then gzipped.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export async function browserBundleBytes(
  entry: string,
  resolveDir: string,
  external: string[] = [],
): Promise<{ raw: number; gzip: number }> {
  const r = await build({
    stdin: { contents: entry, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
