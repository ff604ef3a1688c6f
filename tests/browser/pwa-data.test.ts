import { get as httpGet } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { signIn, signOut, waitForText } from './support.js';

/**
 * Drives the data pages of the built PWA in headless Chromium on the whole
 * platform: anyone downloads open data through the PWA's origin and gets
 * small application counts withheld, an analyst
 * without a department browses desensitised rows, market regulation requests
 * the applications dataset, and the government-service office's data
 * administrator approves it.
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
  page.setDefaultTimeout(45000);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Sends GET `path` to `base` exactly as written and returns the body. */
function rawGet(base: string, path: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolveBody, reject) => {
    const request = httpGet({ hostname, port, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolveBody(Buffer.concat(chunks).toString('utf8')),
      );
    });
    request.on('error', reject);
  });
}

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

    // The demo counts are all small, so an anonymous viewer gets them withheld.
    const statistics = page.locator('.application-statistics');
    await statistics.getByRole('heading', { name: '办件统计' }).waitFor();
    const withheld = statistics.locator('abbr.suppressed').first();
    expect(await withheld.textContent()).toBe('<5');
    expect(await withheld.getAttribute('title')).toBe(
      '计数为 1 至 4，为保护个人信息不予公开',
    );
    const statisticsCsv = await page.request.get(
      '/downloads/open-data/statistics.applications.csv',
    );
    expect(statisticsCsv.status()).toBe(200);
    expect(await statisticsCsv.text()).toContain(
      'divisionCode,itemName,month,submitted,decided,decisionRate',
    );

    // An encoded dot segment must not reach the data subgraph past the
    // open-data files. Node's http client sends the path as written, while
    // browsers and fetch resolve %2e%2e before sending.
    for (const path of [
      '/downloads/%2e%2e/health',
      '/downloads/%2E%2E/health',
      '/downloads/open-data/%2e%2e/%2e%2e/health',
    ])
      expect(await rawGet(platform.pwaUrl!, path), path).not.toContain(
        '"service":"data"',
      );
  }, 60000);

  it('shows an analyst the catalogue and desensitised rows', async () => {
    await signIn(page, 'analyst.city');
    await page.goto('/data-catalogue');
    await waitForText(page, 'identity.users');
    await page.getByText('申请共享数据需由所属部门的工作人员提交').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('button', { name: '提交申请' }).count()).toBe(
      0,
    );
    expect(await page.getByRole('heading', { name: '共享申请' }).count()).toBe(
      0,
    );

    const users = page
      .locator('article')
      .filter({ has: page.getByText('identity.users', { exact: true }) });
    await users.getByRole('button', { name: '查看数据' }).click();
    const rows = users.getByRole('table', {
      name: /identity\.users 前 20 条记录/,
    });
    await rows.waitFor();
    const cells = await rows.getByRole('cell').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    // Every ID card number shown to the analyst is desensitised.
    for (const cell of cells) expect(cell, cell).not.toMatch(/\d{17}[\dX]/);
    expect(await rows.getByTitle('已脱敏').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await signOut(page);
  }, 120000);

  it('requests and approves a dataset', async () => {
    await signIn(page, 'data.scjg');
    await page.goto('/data-catalogue');
    await waitForText(page, 'cases.applications');
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
  }, 150000);
});
