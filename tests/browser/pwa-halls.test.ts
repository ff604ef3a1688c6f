import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import {
  addHallStaff,
  callerId,
  openHallsAroundTheClock,
} from '../support/halls.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { signIn, signOut } from './support.js';

/**
 * Drives the service-hall pages of the built PWA in headless Chromium on the
 * whole platform: a ticket taken at the kiosk appears on the queue monitor
 * without a reload, a window calls it, and the hall manager downloads the
 * performance report as CSV. The hall manager then opens booking and sends
 * a notice, a citizen books a slot and a clerk confirms the notice. Last the
 * hall manager sets a duty roster and the clerk reads it. The halls open
 * around the clock, so the test passes at any hour.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 10;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 2;
const HALL = 'hall-500238';
const HALL_NAME = '巫溪县政务服务中心';
const CITIZEN = '13800138000';

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let monitor: Page;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  await openHallsAroundTheClock(platform.dbPrefix);
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);
  monitor = await browser.context.newPage();
  monitor.setDefaultTimeout(45000);
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

  it('lets the hall manager open booking that a citizen uses', async () => {
    await page.goto('/halls/config');
    await page.getByRole('heading', { level: 1, name: /大厅配置/ }).waitFor();
    const rules = page
      .locator('form')
      .filter({ has: page.getByRole('heading', { name: '预约规则' }) });
    await rules
      .getByLabel('开放日（1 至 7，用逗号分隔）')
      .fill('1,2,3,4,5,6,7');
    await rules
      .getByLabel('可预约时段（如 09:00-12:00,14:00-17:00）')
      .fill('09:00-12:00');
    await rules.getByRole('button', { name: '保存预约规则' }).click();
    await page.getByRole('status').filter({ hasText: '已保存。' }).waitFor();
    await rules.getByRole('listitem').filter({ hasText: '综合业务' }).waitFor();

    await page.goto('/halls/notices');
    await page.getByLabel('标题').fill('周五消防演练');
    await page.getByLabel('内容').fill('周五下午三点全体参加。');
    await page.getByRole('button', { name: '发布通知' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '通知已发布。' })
      .waitFor();
    await signOut(page);

    await signIn(page, CITIZEN);
    await page.goto('/appointments');
    await page.getByLabel('选择大厅').selectOption({ label: HALL_NAME });
    await page.getByLabel('业务类别').selectOption({ label: '综合业务' });
    await page.getByRole('button', { name: '查询可预约时段' }).click();
    await page
      .getByRole('button', { name: '预约', exact: true })
      .first()
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: /预约成功/ })
      .waitFor();
    await page.getByRole('listitem').filter({ hasText: '已预约' }).waitFor();
    await signOut(page);
  }, 60000);

  it('lets a clerk confirm reading the notice', async () => {
    await signIn(page, 'clerk.wuxi');
    await page.goto('/halls/notices');
    const notice = page
      .getByRole('article')
      .filter({ hasText: '周五消防演练' });
    await notice.getByRole('button', { name: '确认已读' }).click();
    await notice.getByText('已读 1 人').waitFor();
    await notice.getByText('已读', { exact: true }).waitFor();
    await signOut(page);
  }, 60000);

  it('lets the hall manager set a roster that the clerk reads', async () => {
    const clerkId = await callerId(platform.dbPrefix, HALL, '王窗口');
    await addHallStaff(platform.dbPrefix, HALL, {
      userId: clerkId,
      name: '王窗口',
    });
    const date = new Date(Date.now() + 8 * 3600_000 + 2 * 86_400_000)
      .toISOString()
      .slice(0, 10);

    await signIn(page, 'manager.wuxi');
    await page.goto('/halls/rosters');
    await page.getByRole('heading', { level: 1, name: '值班表' }).waitFor();
    await page.getByLabel('日期', { exact: true }).fill(date);
    await page.getByRole('button', { name: '增加值班' }).click();
    await page
      .getByLabel('人员', { exact: true })
      .selectOption({ label: '王窗口' });
    await page
      .getByLabel('窗口', { exact: true })
      .selectOption({ label: '1号 综合受理窗口' });
    await page
      .getByLabel('班次', { exact: true })
      .selectOption({ label: '上午' });
    await page.getByRole('button', { name: '保存值班表' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '值班表已保存。' })
      .waitFor();
    const saved = page
      .getByRole('table')
      .filter({ has: page.getByRole('caption').filter({ hasText: date }) });
    await saved
      .getByRole('row', { name: /1号 综合受理窗口 上午 王窗口/ })
      .waitFor();
    await signOut(page);

    await signIn(page, 'clerk.wuxi');
    await page.goto('/halls/rosters');
    const shown = page
      .getByRole('table')
      .filter({ has: page.getByRole('caption').filter({ hasText: date }) });
    await shown
      .getByRole('row', { name: /1号 综合受理窗口 上午 王窗口/ })
      .waitFor();
    await expect(
      page.getByRole('button', { name: '保存值班表' }).count(),
    ).resolves.toBe(0);
  }, 60000);

  it('updates the monitor without a reload when a window calls', async () => {
    const waiting = monitor.getByTestId('monitor-waiting');
    const before = Number(await waiting.textContent());
    await page.goto(`/halls/${HALL}/kiosk`);
    await page.getByRole('button', { name: '综合业务' }).click();
    const number = page.locator('.kiosk__number');
    await number.waitFor();
    const ticket = (await number.textContent())!.trim();
    await waiting.filter({ hasText: String(before + 1) }).waitFor();

    await page.goto('/halls/window');
    await page
      .getByLabel('选择窗口')
      .selectOption({ label: '1号 综合受理窗口' });
    await page.getByRole('button', { name: '叫下一个号' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已叫号 ${ticket}` })
      .waitFor();

    await monitor.getByText(`请 ${ticket} 号到 1 号窗口`).waitFor();
    await waiting.filter({ hasText: String(before) }).waitFor();
    await page.getByRole('button', { name: '办结' }).click();
    await page.getByText('当前没有正在办理的号码。').waitFor();
    await signOut(page);
  }, 60000);
});
