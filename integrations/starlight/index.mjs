// Astro integration (Starlight or any Astro site): ```raci fences in Markdown and MDX pages
// become <raci-matrix> elements, checked and prerendered at build time (./remark.mjs), and the
// widget's files are served from the site under `${base}/raci/`: by the dev server, and copied
// into the build's output. Only pages with a matrix load anything of the widget.
//   import raci from 'raci-widget/astro';
//   export default defineConfig({ integrations: [starlight({ … }), raci()] });
// Options: { assetsDir: 'raci' (the folder under the site's base), prerender: true }.
import { createReadStream, cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import remarkRaci, { FAILURES } from './remark.mjs';

// The widget's files: the package's own raci-widget*.js, .css and .wasm (one folder up).
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const FILES = readdirSync(PACKAGE).filter((f) => /^raci-widget[\w-]*\.(js|css|wasm)$/.test(f));
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };

export default function raci(options = {}) {
  const dir = String(options.assetsDir ?? 'raci').replace(/^\/+|\/+$/g, '');
  let url = `/${dir}/`;
  let cacheDir;
  return {
    name: 'raci-widget',
    hooks: {
      'astro:config:setup'({ config, updateConfig }) {
        if (!FILES.includes('raci-widget.js')) throw new Error(`raci-widget/astro: the widget's files are missing from ${PACKAGE}`);
        url = `${config.base.replace(/\/+$/, '')}/${dir}/`;
        cacheDir = config.cacheDir;
        updateConfig({
          markdown: { remarkPlugins: [[remarkRaci, { assetsUrl: url, prerender: options.prerender !== false }]] },
        });
      },
      'astro:server:setup'({ server }) {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          const file = path.startsWith(url) ? path.slice(url.length) : null;
          if (!file || !FILES.includes(file)) return next();
          const type = TYPES[file.slice(file.lastIndexOf('.'))];
          res.writeHead(200, { 'content-type': type, 'content-length': statSync(join(PACKAGE, file)).size });
          createReadStream(join(PACKAGE, file)).pipe(res);
        });
      },
      // Astro renders Markdown pages (content collections) before this hook and only logs their
      // errors (withastro/astro#18054): a bad fence fails the build here, in the reader's words.
      // Its cache of rendered pages goes too, or the next build would skip the unchanged page.
      'astro:build:start'() {
        const failed = [...(globalThis[FAILURES]?.values() ?? [])];
        if (!failed.length) return;
        rmSync(new URL('data-store.json', cacheDir), { force: true });
        throw new Error(`raci-widget: ${failed.length} page(s) with a raci fence the reader rejects:\n${failed.join('\n')}`);
      },
      'astro:build:done'({ dir: out, logger }) {
        const target = join(fileURLToPath(out), ...dir.split('/'));
        for (const file of FILES) cpSync(join(PACKAGE, file), join(target, file));
        logger.info(`the widget's ${FILES.length} files in ${url}`);
      },
    },
  };
}

export { remarkRaci };
