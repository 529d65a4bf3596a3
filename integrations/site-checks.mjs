// What each new docs site (integrations/*/check-*.mjs) is checked for in Chromium, on the same
// fences: `| Activity | Product | Engineering | Legal |` with "Scope the release" and
// "Announce", once as it is and once with title="Legal's part" party="legal" view="parties".
import assert from 'node:assert/strict';
import { WidgetPage, firstView } from '../e2e/pages/widget.mjs';

export const ROWS = ['Scope the release', 'Announce'];

/**
 * The page's first (prerendered) matrix as a reader meets it, the wasm held by e2e/first-paint's
 * holdWasm (`held`): its rows are painted, styled, before the wasm; released, the live widget
 * takes over without moving anything (CLS <= 0.01), then filters to Legal's one task (and is
 * cleared again). Resolves to { w: its WidgetPage, cls: the layout shift measured }.
 */
export async function prerenderedThenLive(page, held) {
  const w = new WidgetPage(page, page.locator('raci-matrix').first());
  assert.deepEqual(await firstView(w.root), { rows: ROWS, live: false, styled: true }, 'the first view, styled, before the wasm');
  held.release();
  await w.ready();
  assert.deepEqual(await w.rows(), ROWS);
  const cls = await held.cls();
  assert.ok(cls <= 0.01, `cumulative layout shift ${cls} when the wasm took over`);
  await w.filterParty('legal');
  assert.deepEqual(await w.rows(), ['Announce']);
  await w.clearFilters();
  return { w, cls };
}

/** The page's first matrix, live, shows the fence with options: party, view and title applied. */
export async function fenceWithOptions(page) {
  const legal = new WidgetPage(page, page.locator('raci-matrix').first());
  await legal.ready();
  assert.deepEqual(await legal.rows(), ['Announce'], 'party="legal" applied');
  assert.match(await legal.count(), /^1 of 2 tasks/);
  assert.equal(await page.locator('raci-matrix [data-view="parties"][aria-pressed="true"]').count(), 1, 'view="parties"');
  assert.ok((await page.locator('raci-matrix').first().innerHTML()).includes("<caption>Legal's part</caption>"), 'the title');
}
