import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import {
  fillAndSubmitApplication,
  ITEM_NAME,
  openItem,
  signIn,
  signOut,
  waitForText,
  writeSamplePng,
} from './support.js';

/**
 * Drives the statistics page of the built PWA in headless Chromium on the
 * whole platform. A citizen submits one application, then the city-wide
 * analyst opens 统计分析 for a period covering today and reads that case in
 * the totals, the month row and the item row. A period longer than the
 * server allows shows the limit, and the page reads the same in English.
 * The tests share one page load and send five statistics queries in all,
 * because the gateway grants an analyst 31,000 cost points a minute and the
 * page costs up to 2,513 a query.
 * The ports lie 100 above the browser test base (PWA 11 above), an offset
 * no other browser test file uses.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 100;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 11;
const CITIZEN = '13800138000';
const ANALYST = 'analyst.city';

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let workDir: string;

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Finds the figure shown under a term of a definition list. */
function fact(scope: Locator, term: string): Locator {
  return scope
    .locator('dl.facts > div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');
}

/** Reads the trimmed cell texts of the table row whose header is `name`. */
async function rowCells(scope: Locator, name: string): Promise<string[]> {
  const row = scope
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await row.waitFor();
  return (await row.getByRole('cell').allTextContents()).map((text) =>
    text.trim(),
  );
}

/**
 * Opens the statistics page and waits until the figures of its default
 * period are shown, so a later query does not race the first one.
 */
async function openStatistics(): Promise<void> {
  await page.goto('/statistics');
  try {
    await page.getByRole('region', { name: '办件' }).waitFor();
  } catch (error) {
    throw new Error(
      `The statistics page showed no figures; it reads: ${await page.locator('main').innerText()}`,
      { cause: error },
    );
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'ykb-browser-statistics-'));
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);

  await signIn(page, CITIZEN);
  await openItem(page);
  await fillAndSubmitApplication(
    page,
    await writeSamplePng(workDir),
    '城北村统计测试店',
  );
  await waitForText(page, '申报已提交');
  await signOut(page);
  await signIn(page, ANALYST);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('statistics page in Chromium', () => {
  it('counts the case submitted today', async () => {
    const today = shanghaiToday();
    await openStatistics();
    await page.getByRole('heading', { level: 1, name: '统计分析' }).waitFor();
    await page.getByLabel('开始日期').fill(`${today.slice(0, 7)}-01`);
    await page.getByLabel('结束日期').fill(today);
    await page.getByRole('button', { name: '查询', exact: true }).click();

    const cases = page.getByRole('region', { name: '办件' });
    await expect.poll(() => fact(cases, '申请数').textContent()).toBe('1');
    expect(await fact(cases, '办结数').textContent()).toBe('0');
    expect(await fact(cases, '按时办结率').textContent()).toBe('–');
    expect(await rowCells(cases, today.slice(0, 7))).toEqual([
      '1',
      '0',
      '–',
      '–',
    ]);
    expect(await rowCells(cases, ITEM_NAME)).toEqual(['1', '0', '–', '–', '–']);
    expect(await page.getByRole('alert').count()).toBe(0);
  }, 60000);

  it('shows the maximum period length', async () => {
    await page.getByLabel('开始日期').fill('2020-01-01');
    await page.getByLabel('结束日期').fill('2022-12-31');
    await page.getByRole('button', { name: '查询', exact: true }).click();

    await page
      .getByRole('alert')
      .filter({ hasText: '统计区间共 1096 天，最长 731 天，请分段查询。' })
      .waitFor();
    // The figures of the earlier period are not left below the error.
    expect(await page.getByRole('region', { name: '办件' }).count()).toBe(0);
  }, 60000);

  it('shows figures and limit in English', async () => {
    const today = shanghaiToday();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    try {
      await page
        .getByRole('heading', { level: 1, name: 'Statistics' })
        .waitFor();
      await page.getByLabel('From').fill(`${today.slice(0, 7)}-01`);
      await page.getByLabel('To', { exact: true }).fill(today);
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      const cases = page.getByRole('region', { name: 'Cases' });
      await expect.poll(() => fact(cases, 'Submitted').textContent()).toBe('1');
      expect(await fact(cases, 'Decided').textContent()).toBe('0');
      expect(
        await rowCells(cases, 'Registration of an individual business'),
      ).toEqual(['1', '0', '–', '–', '–']);

      await page.getByLabel('From').fill('2020-01-01');
      await page.getByLabel('To', { exact: true }).fill('2022-12-31');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page
        .getByRole('alert')
        .filter({
          hasText:
            'The period covers 1096 days, but the maximum is 731. Split it into shorter periods.',
        })
        .waitFor();
    } catch (error) {
      throw new Error(
        `The English statistics page reads: ${await page.locator('main').innerText()}`,
        { cause: error },
      );
    } finally {
      await page
        .getByRole('combobox', { name: 'Language' })
        .selectOption('zh-CN');
    }
  }, 60000);
});
