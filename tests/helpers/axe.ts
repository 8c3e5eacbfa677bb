import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare const axe: {
  run(): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
};

/** axe-core's serious and critical violations on a page, as `rule (node count)`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, which the extension pages' CSP does not apply to.
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() => axe.run());
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.nodes.length})`);
}
