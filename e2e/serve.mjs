// A tiny static file server on 127.0.0.1 for the e2e tests (no dependency, correct wasm MIME).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types by file extension (shared with bench/server.mjs). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves folders on a free port: `mounts` is a folder (served at /) or an object mapping URL
 * prefixes to folders, longest prefix first, e.g. { '/': 'site', '/docs/assets/raci/': 'dist' }.
 * `transform(path, body, origin)` may rewrite a file's bytes on the way out; `headers(path)`
 * may add response headers (a CSP); every requested path is appended to `requests`.
 * Resolves to { url, close, requests }.
 */
export async function serve(mounts, { transform, headers } = {}) {
  const requests = [];
  const table = Object.entries(typeof mounts === 'string' ? { '/': mounts } : mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const extra = headers?.(req.url) ?? {};
    const [prefix, root] = table.find(([p]) => path.startsWith(p)) ?? [];
    let file = root && normalize(join(root, path.slice(prefix.length)));
    if (!file || !file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (transform) body = transform(path, body, `http://127.0.0.1:${server.address().port}`);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}
