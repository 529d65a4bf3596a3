// raci-widget/vitepress: ```raci fences in VitePress, checked and prerendered at build time by
// the widget's own reader (raci-widget/build: no table is read here), and the widget on the
// pages that show one.
//   // .vitepress/config.mjs
//   import { defineConfig } from 'vitepress';
//   import { withRaci } from 'raci-widget/vitepress';
//   export default withRaci(defineConfig({ … }));
// withRaci adds to the site's config, keeping what is there:
// - markdown.config: raciMarkdown, the markdown-it plugin below;
// - vue.template.compilerOptions.isCustomElement: <raci-matrix> is a custom element, not a Vue
//   component;
// - head: the loader (raci-widget.js, about 1.5 KB), on every page: it defines <raci-matrix> and
//   fetches the rest only where one is on the page, whether the page was loaded or reached by
//   VitePress' router;
// - the widget's files at BASE + assetsDir: served by the dev server, copied into the build
//   (buildEnd).
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import meta from '../build/meta.cjs';
import { renderSync } from './render-sync.js';

const { parseMeta } = meta;
/** The package's root: the widget's files, as the loader fetches them (relative to itself). */
const WIDGET = fileURLToPath(new URL('../', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const widgetFiles = () => readdirSync(WIDGET).filter((f) => /^raci-widget[\w-]*\.(js|css|wasm)$/.test(f));

const SOURCE = Symbol('raci-widget: the page as written');

/** A JS string literal that holds no character an HTML attribute or Vue's template parser minds. */
const vueString = (text) =>
  `'${text.replace(/[\\'"<>&\r\n\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/**
 * Where a fence is, as the author finds it: `name`, the page and the fence's first line
 * (`docs/release.md:12`), and `at`, where its body starts (the next line, at the fence's
 * indentation), so that a problem the reader places in the body is named by the page's own
 * line and column.
 */
function where(env, token) {
  const page = env.path ? path.relative(process.cwd(), env.path).split(path.sep).join('/') : 'a page';
  // VitePress' frontmatter plugin hands markdown-it the page without its frontmatter.
  const source = env[SOURCE];
  const parsed = typeof env.content === 'string' ? env.content : source;
  const skipped =
    typeof source === 'string' && typeof parsed === 'string' && source.endsWith(parsed)
      ? source.slice(0, source.length - parsed.length).split('\n').length - 1
      : 0;
  const fence = token.map?.[0] ?? 0;
  const opening = (typeof parsed === 'string' && parsed.split('\n')[fence]) || '';
  const column = Math.max(opening.indexOf(token.markup), 0) + 1;
  return { name: `${page}:${fence + 1 + skipped}`, at: { path: page, line: fence + 2 + skipped, column } };
}

/**
 * markdown-it plugin: each ```raci fence (its options after the language, as in
 * `title="Release" view=parties`) becomes the <raci-matrix> the reader renders: the light-DOM
 * fallback tables and, unless `prerender: false`, the first view in a declarative shadow root,
 * with the stylesheet in the page's head. A fence the reader rejects throws its message
 * (`docs/release.md:12: error: …`), which fails the build.
 * The element comes as the inner HTML (v-html) of a <div>: Vue leaves that HTML as the server
 * wrote it when it hydrates (the browser has turned the template into the shadow root by
 * then), where on the element itself, a custom element, it would set it again.
 */
export function raciMarkdown(md, settings = {}) {
  const assets = String(settings.assets ?? '/assets/raci/').replace(/\/?$/, '/');
  const stylesheet = settings.prerender === false ? undefined : `${assets}raci-widget.css`;
  const render = md.render.bind(md);
  md.render = (src, env = {}) => {
    env[SOURCE] = src;
    return render(src, env);
  };
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const info = token.info.trim();
    const lang = info.split(/\s/, 1)[0];
    if (lang !== 'raci') return fence ? fence(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const { name, at } = where(env, token);
    const { html, warnings } = renderSync(token.content, {
      name,
      at,
      options: parseMeta(info.slice(lang.length)),
      stylesheet,
    });
    for (const w of warnings) console.warn(`[raci] ${name}: warning: ${w.text}`);
    if (stylesheet && html.includes('shadowrootmode') && env.frontmatter) {
      const head = (env.frontmatter.head ??= []);
      if (!head.some(([tag, attrs]) => tag === 'link' && attrs?.href === stylesheet)) {
        // Render-blocking in the head: the prerendered view is styled from its first paint.
        head.push(['link', { rel: 'stylesheet', href: stylesheet }]);
      }
    }
    return `<div v-html="${vueString(html)}"></div>\n`;
  };
}

/** For vue.template.compilerOptions.isCustomElement: the widget's element. */
export const isRaciElement = (tag) => tag === 'raci-matrix';

/**
 * The site's VitePress config with the widget added (see the top of this file).
 * `assetsDir`: where the widget's files go under the site's base (default `assets/raci`);
 * `prerender: false`: fallback tables only, no first view.
 */
export function withRaci(config = {}, { assetsDir = 'assets/raci', prerender = true } = {}) {
  const dir = String(assetsDir).replace(/^\/+|\/+$/g, '');
  const base = String(config.base ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  const url = `${base}${dir}/`;
  const markdownConfig = config.markdown?.config;
  const compilerOptions = config.vue?.template?.compilerOptions ?? {};
  const isCustomElement = compilerOptions.isCustomElement;
  const buildEnd = config.buildEnd;
  if (!widgetFiles().includes('raci-widget.js')) throw new Error(`raci-widget/vitepress: no raci-widget.js in ${WIDGET}`);
  return {
    ...config,
    head: [...(config.head ?? []), ['script', { type: 'module', src: `${url}raci-widget.js` }]],
    markdown: {
      ...config.markdown,
      config(md) {
        markdownConfig?.(md);
        md.use(raciMarkdown, { assets: url, prerender });
      },
    },
    vue: {
      ...config.vue,
      template: {
        ...config.vue?.template,
        compilerOptions: { ...compilerOptions, isCustomElement: (tag) => isRaciElement(tag) || !!isCustomElement?.(tag) },
      },
    },
    vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), serveWidget(url)] },
    async buildEnd(site) {
      const out = path.join(site.outDir, ...dir.split('/'));
      mkdirSync(out, { recursive: true });
      for (const file of widgetFiles()) cpSync(path.join(WIDGET, file), path.join(out, file));
      await buildEnd?.(site);
    },
  };
}

/** The dev server's side of it: the widget's files at `url`, straight from the package. */
function serveWidget(url) {
  return {
    name: 'raci-widget',
    apply: 'serve',
    configureServer(server) {
      const files = new Set(widgetFiles());
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0];
        const file = pathname.startsWith(url) ? pathname.slice(url.length) : '';
        if (!files.has(file)) return next();
        res.setHeader('Content-Type', TYPES[path.extname(file)]);
        res.end(readFileSync(path.join(WIDGET, file)));
      });
    },
  };
}
