// Opens a built docs site in Chromium, as a reader on a slow network would, and checks what a
// build-time plugin promised for its ```raci fence: the rows are painted from the page's own
// markup before any wasm arrives (the prerendered first view), nothing moves when the wasm
// takes over (CLS <= 0.01), and then the matrix filters.
//   node integrations/check-prerendered.mjs SITE PATH "ROW|ROW…" PARTY "ROW|ROW…"
// SITE: the built site's folder; PATH: the page; the fence's rows; a party to filter by and
// the rows left. Reused by the clean-room tests (integrations/clean-room-*).
import assert from 'node:assert/strict';
import { serve } from '../e2e/serve.mjs';
import { holdWasm, launch, layoutShift, newPage, recordLayoutShifts } from '../e2e/browser.mjs';
import { WidgetPage, frames } from '../e2e/pages/widget.mjs';

const [site, path, rowsText, party, filteredText] = process.argv.slice(2);
if (!filteredText) {
  console.error('usage: check-prerendered.mjs SITE PATH "ROW|ROW…" PARTY "ROW|ROW…"');
  process.exit(2);
}
const rows = rowsText.split('|');
const filtered = filteredText.split('|');
const browser = await launch();
const server = await serve(site);
try {
  const page = await newPage(browser, { viewport: { width: 1200, height: 900 } });
  const wasm = await holdWasm(page);
  await recordLayoutShifts(page);
  await page.goto(`${server.url}${path}`);
  const matrix = page.locator('raci-matrix').first();
  // Before the wasm: the first view from the page's markup (a declarative shadow root).
  await matrix.locator('.raci table').first().waitFor();
  const w = new WidgetPage(page, matrix);
  assert.deepEqual(await w.rows(), rows, 'the rows, painted before the wasm');
  assert.equal(wasm.served, false);
  // The light-DOM fallback (what search engines and readers without JS get) is there too.
  const fallback = await matrix.evaluate((el) => [...el.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent));
  assert.deepEqual(fallback, rows, 'the light-DOM fallback table');
  wasm.release();
  await w.ready();
  await frames(page);
  const cls = await layoutShift(page);
  assert.ok(cls <= 0.01, `cumulative layout shift ${cls} when the wasm took over`);
  await w.filterParty(party);
  assert.deepEqual(await w.rows(), filtered, `filtered by ${party}`);
  // A new Material site asks Google for its fonts; this machine has no such network.
  const errors = page.errors.filter((e) => !e.includes('net::ERR_NAME_NOT_RESOLVED'));
  assert.deepEqual(errors, []);
  console.log(`  ${path}: ${rows.length} rows before the wasm, CLS ${cls.toFixed(4)} at takeover, filters by ${party}`);
} finally {
  await server.close();
  await browser.close();
}
