import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { signIn, signOut } from './support.js';

/**
 * Drives the service-hall pages of the built PWA in headless Chromium on the
 * whole platform: a ticket taken at the kiosk appears on the queue monitor
 * without a reload, a window calls it, and the hall manager downloads the
 * performance report as CSV.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300);
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14380);
const HALL = 'hall-500238';

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let monitor: Page;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(20000);
  monitor = await browser.context.newPage();
  monitor.setDefaultTimeout(20000);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('service hall pages in Chromium', () => {
  it('shows a kiosk ticket on the monitor without a reload', async () => {
    await monitor.goto(`/halls/${HALL}/monitor`);
    const waiting = monitor.getByTestId('monitor-waiting');
    await waiting.waitFor();
    const before = Number(await waiting.textContent());

    await page.goto(`/halls/${HALL}/kiosk`);
    await page.getByRole('button', { name: '综合业务' }).click();
    const number = page.locator('.kiosk__number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^A\d{3}$/);

    await monitor
      .getByTestId('monitor-waiting')
      .filter({ hasText: String(before + 1) })
      .waitFor();
  }, 60000);

  it('lets a window call the ticket, which the monitor announces', async () => {
    await signIn(page, 'clerk.wuxi');
    await page.goto('/halls/window');
    await page
      .getByLabel('选择窗口')
      .selectOption({ label: '1号 综合受理窗口' });
    await page.getByRole('button', { name: '叫下一个号' }).click();
    const called = page
      .getByRole('status')
      .filter({ hasText: /已叫号 A\d{3}/ });
    await called.waitFor();
    const ticket = /A\d{3}/.exec((await called.textContent()) ?? '')![0];

    await monitor.getByText(`请 ${ticket} 号到 1 号窗口`).waitFor();
    await page.getByRole('button', { name: '办结' }).click();
    await page.getByText('当前没有正在办理的号码。').waitFor();
    await signOut(page);
  }, 60000);

  it('downloads the performance report as CSV with a byte-order mark', async () => {
    await signIn(page, 'manager.wuxi');
    await page.goto('/halls/performance');
    await page.getByRole('button', { name: '统计' }).click();
    await page.getByRole('rowheader', { name: '1号 综合受理窗口' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('服务人次');
  }, 60000);
});
