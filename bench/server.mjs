// The bench's static server on 127.0.0.1: every response gzip-compressed (level 9), so the
// browser's encodedBodySize is what a gzip-serving host puts on the wire. Compressed bytes are
// cached per file (keyed by mtime and size) so compression never runs inside a timed load.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../e2e/serve.mjs';

/** `mounts` maps URL prefixes to folders, e.g. { '/': 'out', '/lib/': 'node_modules' }. */
export async function serveGzip(mounts) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const cache = new Map();
  const requests = [];
  async function load(file) {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const key = `${file}:${info.mtimeMs}:${info.size}`;
    let hit = cache.get(file);
    if (!hit || hit.key !== key) {
      const body = await readFile(file);
      hit = { key, gz: gzipSync(body, { level: 9 }), raw: body.length, type: TYPES[extname(file)] };
      cache.set(file, hit);
    }
    return hit;
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const [prefix, root] = table.find(([p]) => path.startsWith(p)) ?? [];
    const file = root && normalize(join(root, path.slice(prefix.length)));
    if (!file || !file.startsWith(root)) return void res.writeHead(404).end();
    try {
      const hit = await load(file);
      res.writeHead(200, {
        'content-type': hit.type ?? 'application/octet-stream',
        'content-encoding': 'gzip',
        'content-length': hit.gz.length,
        // As GitHub Pages sends: a page that names one URL several times (prerendered markup
        // links the stylesheet in the head and in every shadow root) fetches it once. Every
        // load is a new browser context, so nothing is cached from one load to the next.
        'cache-control': 'max-age=600',
        vary: 'accept-encoding',
      });
      res.end(hit.gz);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Compresses every file a page set needs ahead of the timed loads. */
    warm: (paths) => Promise.all(paths.map(async (p) => {
      const [prefix, root] = table.find(([x]) => p.startsWith(x));
      return load(normalize(join(root, p.slice(prefix.length))));
    })),
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}
