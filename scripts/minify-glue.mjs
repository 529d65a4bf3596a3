// Trunk post_build hook: writes raci-widget.css; in release builds, also minifies the JS (wasm-bindgen's glue, which
// Trunk's own minifier fails on, and web/raci-widget.js) with terser, and keeps any SRI hash
// in index.html in step with the new bytes.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;

// The widget's stylesheet as a file too, for prerendered markup (`raci convert --prerender`):
// a <link> in a declarative shadow root, before any wasm. Comments and spare white space go.
const css = await readFile(new URL('../styles/raci.css', import.meta.url), 'utf8');
await writeFile(
  join(dir, 'raci-widget.css'),
  css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim(),
);

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');
for (const name of await readdir(dir)) {
  if (!name.endsWith('.js')) continue;
  const path = join(dir, name);
  const before = await readFile(path);
  const { code } = await minify(before.toString('utf8'), {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  await writeFile(path, code);
  index = index.replaceAll(sri(before), sri(Buffer.from(code)));
}
await writeFile(indexPath, index);
