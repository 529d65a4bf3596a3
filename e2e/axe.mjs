// Runs axe-core (npm, pinned) in a page and returns its violations, readable in a failure.
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Violations within `include` (CSS selectors; shadow roots are searched too). */
export async function axeViolations(page, include = ['html']) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ({ include, tags }) => {
      const result = await window.axe.run(
        { include: include.map((s) => [s]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' > ')} :: ${n.failureSummary}`),
      }));
    },
    { include, tags: TAGS },
  );
}
