import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, the Dutch public sector's norm (EN 301 549). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What axe-core finds against WCAG 2.1 AA on the page as it is now, one line per rule with the
 * elements it found. Evaluated through the DevTools protocol, so the page's strict CSP stays on.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  // A string, run in the page: the test's own TypeScript has no DOM types.
  const violations = await page.evaluate<{ id: string; targets: string[] }[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} } })
      .then((result) => result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((node) => node.target.join(' ')) })))`,
  );
  return violations.map(({ id, targets }) => `${id}: ${targets.join(', ')}`);
}
