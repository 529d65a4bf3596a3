// The pages of bench/pages.mjs that show what a docs reader gets: ours without and with
// prerendered markup (made by the raci CLI, as the MkDocs plugin does), a plain static HTML
// table of the same rows (no script: the speed anchor), and a docs-like page that includes the
// loader but has no matrix (what every other page of a docs site pays).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const COLUMNS = ['Task', 'Description', 'Responsible', 'Accountable', 'Consulted', 'Informed'];
export const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
${extra}</head>
`;
const loader = (raciPath) => `<script type="module" src="${raciPath}raci-widget.js"></script>\n`;

/** Ours: empty elements, the widget renders everything. Eager: the bench times load → interactive. */
export function oursPage(title, raciPath, modelIds) {
  return `${head(title, loader(raciPath))}<body>
<main>
${modelIds.map((id) => `<raci-matrix model="${id}" loading="eager"></raci-matrix>`).join('\n')}
</main>
</body>
</html>
`;
}

/** Newest modification time under `dir` (ms). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Runs the raci CLI: the debug build `./test` made (target/debug/raci), else `cargo run`. */
function raci(root, args) {
  const bin = join(root, 'target/debug/raci');
  if (existsSync(bin)) {
    if (statSync(bin).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'data/management-models.json')).mtimeMs))
      console.error('[bench] warning: target/debug/raci is older than src/ or data/: the prerendered markup may not match the widget (cargo build -p raci-cli)');
    return execFileSync(bin, args, { encoding: 'utf8' });
  }
  return execFileSync('cargo', ['run', '-q', '--offline', '-p', 'raci-cli', '--', ...args], { cwd: root, encoding: 'utf8' });
}

/**
 * Ours with prerendered markup, as a docs author pastes it (README "A first paint without layout
 * shift"): per model, `raci convert --builtin --to html --model ID --prerender CSS`, i.e. the
 * first view in a declarative shadow root + the plain table (the widget's data); the stylesheet
 * is linked in the head too. `loading="eager"` (via --attr): the bench times load → interactive,
 * and lazy elements below the second screen would wait for a scroll.
 */
export function oursPrerenderedPage(root, title, raciPath, modelIds, expectRows) {
  const css = `${raciPath}raci-widget.css`;
  const tags = modelIds.map((id) =>
    raci(root, ['convert', '--builtin', '--to', 'html', '--model', id, '--attr', 'loading=eager', '--prerender', css]).trim());
  const shadowRows = tags.reduce((n, t) => n + (t.split('</template>')[0].split('<tbody')[1] ?? '').split('<tr').length - 1, 0);
  if (shadowRows !== expectRows) throw new Error(`prerendered markup has ${shadowRows} body rows in its shadow roots, expected ${expectRows}`);
  return `${head(title, `<link rel="stylesheet" href="${css}">\n${loader(raciPath)}`)}<body>
<main>
${tags.join('\n')}
</main>
</body>
</html>
`;
}

/** The same rows as plain HTML tables, no script, a few inline style rules: the anchor. */
export function staticPage(title, tables) {
  const style = '<style>table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style>\n';
  const table = (t) => `<table>
<thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>
<tbody>
${t.rows.map((r) => `<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
  return `${head(title, style)}<body>
<main>
${tables.map((t) => `<section>\n<h2>${esc(t.title)}</h2>\n${table(t)}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
}

/** A docs page of a site that includes the loader on every page (Docusaurus `scripts`, MkDocs `extra_javascript`), with no matrix. */
export function noMatrixPage(title, raciPath) {
  const para = (n) =>
    `<p>Section ${n} explains how the platform is operated: who rotates certificates, who patches the runtime, ` +
    'who is told about an incident and when. The responsibility matrices are on another page; this one is prose, a ' +
    '<a href="#top">link</a>, a list and a code sample, as most pages of a docs site are.</p>';
  const section = (n) => `<section>
<h2 id="s${n}">Section ${n}</h2>
${para(n)}
<ul><li>Install the agent</li><li>Configure the endpoint</li><li>Verify the health check</li></ul>
<pre><code>curl -fsS https://example.com/health | jq .status</code></pre>
${para(n)}
</section>`;
  return `${head(title, loader(raciPath))}<body>
<nav><a href="#top">Docs</a> · <a href="#s1">Guide</a> · <a href="#s2">Reference</a></nav>
<main id="top">
<h1>Operating the platform</h1>
${[1, 2, 3, 4, 5, 6].map(section).join('\n')}
</main>
</body>
</html>
`;
}
