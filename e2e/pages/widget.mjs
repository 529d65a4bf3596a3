// Page object for one raci-widget on a page: reader-level steps and reads.

/**
 * Waits on the element's public readiness signal (`el.ready`, README "Scripting the element"):
 * true once the live widget shows its data, false if the element left the page meanwhile.
 */
export function isLive(host) {
  return host.evaluate(
    (el) =>
      new Promise((ok) => {
        el.ready.then(() => ok(true));
        const gone = () => (el.isConnected ? requestAnimationFrame(gone) : ok(false));
        gone();
      }),
  );
}

/**
 * Resolves once every CSS transition and animation on the page (shadow roots included) has
 * finished: what a reader sees once the pressed buttons' colors have settled.
 */
export async function settled(page) {
  await frames(page, 1); // a style change starts its transitions at the next frame
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((el) => el.shadowRoot).filter(Boolean)];
    const running = new Set(roots.flatMap((root) => root.getAnimations()));
    await Promise.all([...running].map((a) => a.finished.catch(() => {})));
  });
}

/** Whether the live widget has taken `host` over already (prerendered markup looks the same). */
export function isLiveNow(host) {
  return host.evaluate((el) => Promise.race([el.ready, Promise.resolve(null)]).then((v) => v !== null));
}

/** Resolves after `count` more frames have been painted (layout-shift entries are out by then). */
export function frames(page, count = 2) {
  return page.evaluate(
    (n) => new Promise((ok) => {
      const next = () => (n-- > 0 ? requestAnimationFrame(next) : ok());
      next();
    }),
    count,
  );
}
/**
 * What a reader sees of a prerendered element before the wasm: once its first view's table is
 * painted, its rows, whether the widget is live yet, and whether the view is styled (a chip has
 * its color): `{ rows: [...], live: false, styled: true }` for a good first view.
 */
export async function firstView(host) {
  await host.locator('.raci table').first().waitFor();
  const chip = await host.locator('.raci-chip').first().evaluate((c) => getComputedStyle(c).backgroundColor);
  return {
    rows: await host.locator('.raci tbody th[scope=row]').allInnerTexts(),
    live: await isLiveNow(host),
    styled: chip !== 'rgba(0, 0, 0, 0)',
  };
}

export class WidgetPage {
  constructor(page, root = page.locator('raci-matrix').first()) {
    this.page = page;
    this.root = root;
  }

  async ready() {
    // A docs engine may replace the page's content while we wait (MkDocs Material's instant
    // navigation does on back/forward): the locator then names the new element; wait again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.readyOnce();
        return this;
      } catch (error) {
        if (attempt >= 3 || !/not attached|detached/i.test(String(error))) throw error;
      }
    }
  }

  async readyOnce() {
    // Elements far below the fold load when they come near: a reader scrolls to them.
    await this.root.scrollIntoViewIfNeeded();
    // Inside the widget's own markup (.raci): the author's tables in the light DOM do not count.
    await this.root.locator('.raci table, .raci-no-result, .raci-summary').first().waitFor();
    // Live, not only prerendered markup (which looks the same but does not react yet).
    const host = await this.root.evaluateHandle((el) => el.closest('raci-matrix') ?? el.getRootNode().host);
    if (!(await isLive(host))) throw new Error('the element was detached while it started');
  }

  async selectModel(id) {
    await this.root.locator(`[data-model="${id}"]`).click();
  }

  async selectView(id) {
    await this.root.locator(`[data-view="${id}"]`).click();
  }

  async filterParty(id) {
    await this.root.locator(`button[data-party="${id}"]`).click();
  }

  async toggleRole(id) {
    await this.root.locator(`button[data-role="${id}"]`).click();
  }

  async search(text) {
    await this.root.getByLabel('Search').fill(text);
  }

  async clearFilters() {
    await this.root.getByRole('button', { name: 'Clear filters' }).first().click();
  }

  rows() {
    return this.root.locator('.raci tbody th[scope=row]').allInnerTexts();
  }

  columns() {
    return this.root.locator('.raci thead th').allInnerTexts();
  }

  count() {
    return this.root.locator('.raci-count').innerText();
  }

  /** Waits until the count reads `text` (for steps whose re-render is not synchronous). */
  async countIs(text) {
    await this.root.locator('.raci-count', { hasText: text }).waitFor({ timeout: 5000 });
    return this.count();
  }

  /** The chips of one row, by column header: { Responsible: ['Finance', 'Sales'], … }. */
  async chips(task) {
    const row = this.root.locator('.raci tbody tr', { has: this.page.locator(`th:text-is("${task}")`) });
    return row.evaluate((tr) => {
      const out = {};
      for (const td of tr.querySelectorAll('td.raci-role-cell')) {
        out[td.dataset.label] = [...td.querySelectorAll('.raci-chip')].map((c) => c.textContent);
      }
      return out;
    });
  }

  /** The text of the problems shown instead of the matrix. */
  problems() {
    return this.root.locator('.raci-problems li').allInnerTexts();
  }

  async isPressed(selector) {
    return (await this.root.locator(selector).first().getAttribute('aria-pressed')) === 'true';
  }
}
