import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { signIn } from './support.js';

/**
 * Drives the intermediary marketplace pages of the built PWA in headless
 * Chromium on the whole platform. The platform listens 20 ports above the
 * main browser test, so both files can run at the same time.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 20;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14380) + 1;

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

function navigation() {
  return page.getByRole('navigation', { name: '主导航' });
}

describe('intermediary marketplace pages', () => {
  it('shows the showcase with the service list and complaint channels', async () => {
    await page.goto('/');
    await navigation().getByRole('link', { name: '中介服务' }).click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务机构展示' })
      .waitFor();
    const services = page.getByLabel('中介服务事项');
    await expect
      .poll(() => services.locator('option').count())
      .toBeGreaterThan(6);
    await services.selectOption({ label: 'ZJFW001 安全评价' });
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByText('没有符合条件的中介服务机构。').waitFor();
    expect(page.url()).toContain('service=is-ZJFW001');
    await page.getByRole('heading', { name: '监督投诉渠道' }).waitFor();
    await expect.poll(() => page.getByText('12345').count()).toBeGreaterThan(0);
  });

  it('opens the announcements and result notices', async () => {
    await page.getByRole('link', { name: '查看采购公告和中选结果' }).click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务采购公告' })
      .waitFor();
    await page.getByText('暂无采购公告。').waitFor();
    await page.getByText('暂无中选结果公告。').waitFor();
  });

  it('shows the marketplace supervision to a supervisor only', async () => {
    await expect
      .poll(() => navigation().getByRole('link', { name: '中介监管' }).count())
      .toBe(0);
    await signIn(page, 'supervisor.city');
    await navigation().getByRole('link', { name: '中介监管' }).click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务监管' })
      .waitFor();
    await page.getByRole('heading', { name: '逾期情况' }).waitFor();
    await page.getByRole('heading', { name: '待处理的投诉' }).waitFor();
  });
});
