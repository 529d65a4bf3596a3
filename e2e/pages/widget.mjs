// Page object for one raci-widget on a page: reader-level steps and reads.
export class WidgetPage {
  constructor(page, root = page.locator('.raci').first()) {
    this.page = page;
    this.root = root;
  }

  async ready() {
    await this.root.locator('table, .raci-no-result, .raci-summary').first().waitFor();
    return this;
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
    return this.root.locator('tbody th[scope=row]').allInnerTexts();
  }

  columns() {
    return this.root.locator('thead th').allInnerTexts();
  }

  count() {
    return this.root.locator('.raci-count').innerText();
  }

  async isPressed(selector) {
    return (await this.root.locator(selector).first().getAttribute('aria-pressed')) === 'true';
  }
}
