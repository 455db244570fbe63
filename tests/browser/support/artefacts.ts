import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const screenshotDir = resolve(__dirname, '../../../data/screenshots');

const widths = [1280, 375] as const;

export interface PageCheck {
  /** Every page visited, with its screenshot at 1280 px. */
  visited: { name: string; screenshot: string }[];
  /** axe-core violations of impact serious or critical, page by page. */
  violations: string[];
}

export function pageChecks(): PageCheck {
  return { visited: [], violations: [] };
}

/**
 * What every page a test visits goes through: axe-core (the violations of impact serious or
 * critical are recorded), then a full-page screenshot at 1280 and at 375 px under data/screenshots/.
 */
export async function checkPage(page: Page, name: string, checks: PageCheck): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    checks.violations.push(`${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${targets}`);
  }
  mkdirSync(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    const path = join(screenshotDir, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    if (width === 1280) checks.visited.push({ name, screenshot: path });
  }
  await page.setViewportSize(original);
}
