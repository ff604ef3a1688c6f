import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { seededItemId } from '../../subgraphs/items/src/index.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { openFromNavigation, signIn, signOut } from './support.js';

/**
 * Drives item administration in the built PWA. A department drafts a
 * change, a colleague and a legal reviewer approve it, and the department
 * publishes it; citizens then see the new content. The item administrator
 * also configures the item's handling steps, and a supervisor sets the
 * supervision rules of a division. The file starts its own
 * platform 40 ports above the browser test base (PWA 5 above), an offset no
 * other browser test file uses, so any two files can run side by side.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 40;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 5;
const ITEM_NAME = '个体工商户注销登记';
const ITEM_ID = seededItemId(ITEM_NAME);

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

/** Finds the card of the item's draft in the list of versions to handle. */
function draftCard(): Locator {
  return page.getByRole('listitem').filter({ hasText: ITEM_NAME });
}

/** Finds the page's message about the last action once it names `status`. */
function pageStatus(status: string): Locator {
  return page.getByRole('status').filter({ hasText: `当前状态：${status}` });
}

/** Opens 事项管理 as `account` and waits for the draft's card. */
async function openDraftAs(account: string): Promise<Locator> {
  await signIn(page, account);
  await openFromNavigation(page, '事项管理');
  const card = draftCard();
  await card.waitFor();
  return card;
}

describe('item administration in Chromium', () => {
  it('drafts a change without touching the published item', async () => {
    await page.goto('/');
    await signIn(page, 'itemadmin.scjg');
    await openFromNavigation(page, '事项管理');
    await page.getByLabel('事项实施编码').fill(ITEM_ID);
    await page.getByRole('button', { name: '新建草稿' }).click();
    await page
      .getByRole('heading', { level: 1, name: new RegExp(ITEM_NAME) })
      .waitFor();
    expect(await page.getByText('第 2 版').first().isVisible()).toBe(true);

    await page.getByLabel('承诺时限（工作日）').fill('2');
    await page.getByLabel('搜索关键词').fill('个体户，注销，关店');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存。').waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('待部门审核').first().waitFor();

    // Citizens still see the published version.
    await signOut(page);
    await page.goto(`/items/${ITEM_ID}`);
    await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    expect(await page.getByText('1 个工作日').count()).toBeGreaterThan(0);
  }, 120000);

  it('sends the draft back with a reason, then approves it at both stages', async () => {
    let card = await openDraftAs('itemreview.scjg');
    await card.getByRole('button', { name: '退回' }).click();
    await card.getByText('退回时请至少填写一条理由。').waitFor();
    await card.getByLabel('审核意见').fill('请补充关店的常见问题');
    await card.getByRole('button', { name: '退回' }).click();
    await pageStatus('已退回').waitFor();
    await signOut(page);

    card = await openDraftAs('itemadmin.scjg');
    await card.getByRole('link', { name: ITEM_NAME }).click();
    await page.getByText('部门审核退回（何复核）').waitFor();
    await page.getByText('请补充关店的常见问题').waitFor();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存。').waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('待部门审核').first().waitFor();
    await signOut(page);

    card = await openDraftAs('itemreview.scjg');
    await card.getByRole('button', { name: /部门审核 · 通过/ }).click();
    await pageStatus('待法制审核').waitFor();
    await signOut(page);

    card = await openDraftAs('legal.city');
    await card.getByRole('button', { name: /法制审核 · 通过/ }).click();
    await pageStatus('待发布').waitFor();
    await signOut(page);
  }, 180000);

  it('publishes the version and shows citizens the change', async () => {
    const card = await openDraftAs('itemadmin.scjg');
    await card.getByRole('button', { name: '发布' }).click();
    await pageStatus('已发布').waitFor();
    await draftCard().waitFor({ state: 'detached' });

    await page.goto(`/item-admin/items/${ITEM_ID}/versions/2`);
    await page.getByLabel('旧版本').selectOption('1');
    await page.getByRole('button', { name: '比较' }).click();
    const row = page.getByRole('row').filter({ hasText: 'promisedLimitDays' });
    await row.waitFor();
    expect(await row.textContent()).toContain('2');
    await signOut(page);

    await page.goto(`/items/${ITEM_ID}`);
    await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
    await page.getByText('2 个工作日').first().waitFor();
  }, 120000);

  it('configures the handling steps of an item', async () => {
    await signIn(page, 'itemadmin.scjg');
    await openFromNavigation(page, '事项管理');
    const panel = page.getByRole('region', { name: '办理环节配置' });
    await panel.getByLabel('配置环节的事项编码').fill(ITEM_ID);
    await panel.getByRole('button', { name: '读取环节' }).click();
    await panel.getByText('尚未配置，显示默认环节。').waitFor();
    const review = panel.getByRole('checkbox', { name: '审查' });
    expect(await review.isChecked()).toBe(false);
    await review.check();
    await panel.getByRole('checkbox', { name: '送达' }).check();
    await panel.getByRole('button', { name: '保存环节' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: '办理环节已保存。' })
      .waitFor();
    await panel.getByText('已配置，第 1 版').waitFor();

    // A reload reads the saved steps back from the cases subgraph.
    await page.reload();
    const reloaded = page.getByRole('region', { name: '办理环节配置' });
    await reloaded.getByLabel('配置环节的事项编码').fill(ITEM_ID);
    await reloaded.getByRole('button', { name: '读取环节' }).click();
    await reloaded.getByText('已配置，第 1 版').waitFor();
    expect(
      await reloaded.getByRole('checkbox', { name: '审查' }).isChecked(),
    ).toBe(true);
    expect(
      await reloaded.getByRole('checkbox', { name: '收费' }).isChecked(),
    ).toBe(false);
    await signOut(page);
  }, 120000);

  it('sets supervision rules of a division', async () => {
    await signIn(page, 'supervisor.city');
    await openFromNavigation(page, '监督');
    const panel = page.getByRole('region', { name: '监察规则' });
    await panel.getByLabel('区划代码').fill('500238');
    await panel.getByRole('button', { name: '读取' }).click();
    await panel.getByText(/^区划 500238 未单独设置/).waitFor();
    await panel.getByLabel(/^剩余工作日不超过几天时预警/).fill('4');
    await panel.getByRole('checkbox', { name: '检查收费项目外收费' }).uncheck();
    await panel.getByRole('button', { name: '保存规则' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: '监察规则已保存。' })
      .waitFor();
    await panel.getByText('区划 500238 的规则，第 1 版').waitFor();
    // Reading the division again fills the form from the saved rules.
    await panel.getByRole('button', { name: '读取' }).click();
    await panel.getByText('区划 500238 的规则，第 1 版').waitFor();
    await expect
      .poll(
        () => panel.getByLabel(/^剩余工作日不超过几天时预警/).inputValue(),
        { timeout: 15000 },
      )
      .toBe('4');
    await signOut(page);
  }, 120000);
});
