// Bundle sizes for bench/bench.mjs: the files a library's page fetched (js, wasm, css; not the
// page itself and not the bench's data file rows.js), read from disk and compressed here with
// gzip -9 (the gzip command, as scripts/size does) and brotli quality 11 (node's zlib), so the
// figures do not depend on what the bench server sends (always gzip).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const BUNDLE = /\.(m?js|wasm|css)$/;

/** The file behind a URL path, by the server's mounts (longest prefix first). */
export function fileFor(mounts, path) {
  const [prefix, dir] = Object.entries(mounts)
    .sort((a, b) => b[0].length - a[0].length)
    .find(([p]) => path.startsWith(p));
  const root = resolve(dir);
  const file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) throw new Error(`${path} is outside ${root}`);
  return file;
}

/** raw, gzip -9 and brotli -q 11 bytes of one file. */
export function compressed(file) {
  const body = readFileSync(file);
  return {
    raw: body.length,
    gzip: execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 28 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

/**
 * Per library: the union of the bundle files its loads fetched (`samples[].resources[].url`),
 * each with raw / gzip / brotli bytes, and their totals.
 */
export function bundleSizes(mounts, samples) {
  const out = {};
  for (const s of samples) {
    const lib = (out[s.lib] ??= { files: new Map() });
    for (const r of s.resources) {
      const path = r.url;
      if (!BUNDLE.test(path) || path.endsWith('/rows.js') || lib.files.has(path)) continue;
      lib.files.set(path, { path, ...compressed(fileFor(mounts, path)) });
    }
  }
  for (const lib of Object.values(out)) {
    lib.files = [...lib.files.values()].sort((a, b) => a.path.localeCompare(b.path));
    for (const k of ['raw', 'gzip', 'brotli']) lib[k] = lib.files.reduce((n, f) => n + f[k], 0);
  }
  return out;
}
