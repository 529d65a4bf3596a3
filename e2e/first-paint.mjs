// For tests of prerendered markup: hold the wasm back (the page shows only what the HTML
// holds) and record layout shifts from the first paint on.
/** Holds every .wasm request until `release()`; `cls()` sums the shifts not caused by input. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.raciShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.raciShifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { release, cls: () => page.evaluate(() => window.raciShifts.reduce((a, b) => a + b, 0)) };
}
