import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core inside a Playwright page. axe-core is read from node_modules
 * and evaluated in the page, so an audit loads nothing from outside loopback.
 */

/** axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One failed axe-core rule, with the elements it failed on. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: Promise<string> | null = null;

/**
 * Runs axe-core's WCAG 2.1 AA rules on the page as shown, or only on the
 * elements that `selector` matches, and returns the violations.
 */
export async function axeViolations(
  page: Page,
  selector?: string,
): Promise<Violation[]> {
  axeSource ??= readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(await axeSource);
  return page.evaluate(
    async ({ tags, selector }) => {
      const axe = (window as unknown as { axe: any }).axe;
      const result = await axe.run(
        selector ? { include: [selector] } : document,
        {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        },
      );
      return (result.violations as any[]).map((v) => ({
        id: v.id as string,
        impact: (v.impact as string | null) ?? null,
        help: v.help as string,
        targets: (v.nodes as any[]).map((n) => String(n.target.join(' '))),
      }));
    },
    { tags: WCAG_21_AA, selector },
  );
}
