// Debian's Chromium driven by playwright-core: no browser download, flags that keep it
// quiet on a machine without general internet.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new page that records console errors and uncaught exceptions into `errors`. */
export async function newPage(browser, options = {}) {
  const page = await browser.newPage(options);
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

/** Holds the page's .wasm responses until `release()`: what a reader sees before the wasm. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => (release = ok));
  const state = { served: false, release };
  await page.route('**/*.wasm', async (route) => {
    await held;
    state.served = true;
    await route.continue();
  });
  return state;
}

/** Records layout shifts from the page's start; `layoutShift(page)` is their sum (CLS). */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page) {
  return page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
}
