import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { signIn, signOut } from './support.js';

/**
 * Drives the data pages of the built PWA in headless Chromium on the whole
 * platform: anyone downloads open data through the PWA's origin, market
 * regulation requests the applications dataset, and the government-service
 * office's data administrator approves it.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 70;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 8;

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(20000);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('data pages in Chromium', () => {
  it('downloads open data without sign-in', async () => {
    await page.goto('/open-data');
    const link = page.getByRole('link', { name: '下载 CSV' }).first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toBe('/downloads/open-data/items.catalogue.csv');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('itemCode,name');
  }, 60000);

  it('requests and approves a dataset', async () => {
    await signIn(page, 'data.scjg');
    await page.goto('/data-catalogue');
    await page.getByText('cases.applications').first().waitFor();
    await page.getByLabel('数据集').selectOption({ label: '办件信息' });
    await page.getByLabel('用途').fill('核查食品经营许可申请人');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('cell', { name: '待审批' }).first().waitFor();
    await signOut(page);

    await signIn(page, 'data.zwb');
    await page.goto('/data-catalogue');
    const row = page
      .getByRole('row')
      .filter({ hasText: '核查食品经营许可申请人' })
      .first();
    // Thirty days ahead, within the longest grant of 366 days.
    const expiry = new Date(Date.now() + 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await row.getByLabel('有效期至').fill(expiry);
    await row.getByRole('button', { name: '同意' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: '核查食品经营许可申请人' })
      .getByText('已同意')
      .first()
      .waitFor();
    await signOut(page);
  }, 90000);
});
