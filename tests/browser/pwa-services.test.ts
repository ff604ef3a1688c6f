import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_AGENT_GRANT, shanghaiDate } from '@ykb/common';
import { seededItemId } from '../../subgraphs/items/src/catalogue.js';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';
import { gatewayToken, signIn, signOut } from './support.js';

/**
 * Drives the fees, mail and publicity pages of the built PWA in headless
 * Chromium on the whole platform: the applicant mails materials and sees
 * the sandbox courier's tracking on the user space page, pays a fee at the
 * sandbox cashier and gets a receipt, and reads the masked public list.
 * The finance officer then reconciles yesterday, refunds part of the fee
 * and downloads the clearing report. Last, the demo agent opens a session
 * acting for the demo company from the user space and ends it.
 */

// Offsets from the main browser test's bases, so both files can run at once.
const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 60;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 7;
const CITIZEN = '13800138000';
const FEE_ITEM = seededItemId('居民身份证换领');
const HALL = 'hall-500238100205';
const DEMO_COMPANY_NAME = DEMO_ACCOUNTS.find(
  (account) => account.account === DEMO_AGENT_GRANT.legalPersonAccount,
)!.name;
// A small PNG, so the upload's type check finds PNG magic bytes.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let fileDir: string;

beforeAll(async () => {
  // The sandbox courier then moves every parcel one step per 300 ms by itself.
  process.env.YKB_COURIER_SANDBOX_STEP_MS = '300';
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);
  fileDir = await mkdtemp(join(tmpdir(), 'ykb-browser-services-'));
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

async function api(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const result = await gatewayRequest(
    platform.gatewayUrl,
    query,
    variables,
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Files the fee item for the citizen through the gateway and returns the case id. */
async function fileFeeCase(token: string): Promise<string> {
  const materials = [];
  for (const code of ['M1', 'M2']) {
    const uploaded = await api(
      token,
      'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }',
      {
        i: {
          fileName: `${code}.png`,
          mimeType: 'image/png',
          contentBase64: PNG_BASE64,
        },
      },
    );
    materials.push({ code, fileId: uploaded.uploadMaterial.id });
  }
  const submitted = await api(
    token,
    'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }',
    {
      i: {
        itemId: FEE_ITEM,
        divisionCode: '500238100205',
        formData: {
          applicantName: '张三',
          applicantIdCard: DEMO_ACCOUNTS[0]!.idCardNumber,
          contactMobile: CITIZEN,
        },
        materials,
        idempotencyKey: `browser-${Date.now()}`,
      },
    },
  );
  return submitted.submitApplication.id;
}

/** Reloads the page until `text` shows; each load reads the server afresh. */
async function reloadUntilVisible(text: string): Promise<void> {
  for (;;) {
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (await page.getByText(text).first().isVisible()) return;
    await page.waitForTimeout(300);
  }
}

describe('PWA services in Chromium', () => {
  let caseId: string;
  let orderId: string;

  it('shows courier tracking to the applicant', async () => {
    const token = await gatewayToken(platform.gatewayUrl, CITIZEN);
    caseId = await fileFeeCase(token);

    await page.goto('/');
    await signIn(page, CITIZEN);
    await page.goto(`/cases/${caseId}/services`);
    await page.getByLabel('邮寄申请材料到大厅').check();
    await page.getByRole('button', { name: '保存邮寄选择' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '邮寄选择已保存。' })
      .waitFor();
    await page.getByLabel('收件大厅编号').fill(HALL);
    await page.getByRole('button', { name: '寄出申请材料' }).click();
    await page.getByText('材料寄往大厅').first().waitFor();

    await page.goto('/me');
    await reloadUntilVisible('已签收');
    const card = page.locator('.shipment-card').first();
    await expect(card.locator('.shipment-status').textContent()).resolves.toBe(
      '已签收',
    );
    await expect(card.locator('.tracking li').count()).resolves.toBe(4);
  }, 120000);

  it('pays a fee at the sandbox cashier', async () => {
    const clerk = await gatewayToken(platform.gatewayUrl, 'clerk.chengbei');
    await api(clerk, 'mutation($id: ID!) { acceptCase(id: $id) { id } }', {
      id: caseId,
    });

    // The clerk opens the order from the case page, and the applicant's case page links to it.
    await signOut(page);
    await signIn(page, 'clerk.chengbei');
    await page.goto(`/cases/${caseId}`);
    const payment = page.getByRole('region', { name: '缴费' });
    await payment.getByRole('button', { name: '按收费项目开具缴费单' }).click();
    const orderLink = payment.getByRole('link', { name: '20.00 元 · 待缴费' });
    await orderLink.waitFor();
    orderId = (await orderLink.getAttribute('href'))!.replace('/payments/', '');
    await signOut(page);
    await signIn(page, CITIZEN);
    await page.goto(`/cases/${caseId}`);
    await page
      .getByRole('region', { name: '缴费' })
      .getByRole('link', { name: '20.00 元 · 待缴费' })
      .click();
    await page.waitForURL(`**/payments/${orderId}`);
    await page.getByText('居民身份证工本费').waitFor();
    await page.getByText('20.00 元').first().waitFor();
    /** Opens the sandbox cashier from the page and presses `button` there. */
    const atCashier = async (button: 'Pay' | 'Fail') => {
      const popupPromise = page.context().waitForEvent('page');
      await page.getByRole('button', { name: '去缴费' }).click();
      const cashier = await popupPromise;
      await cashier.getByRole('button', { name: button }).click();
      await cashier.waitForLoadState();
      await cashier.close();
    };

    // A declined attempt is explained in words, not by the provider's code.
    await atCashier('Fail');
    await page.getByRole('button', { name: '我已完成支付，刷新状态' }).click();
    await page.getByText('上次支付未成功：账户余额不足').waitFor();

    await atCashier('Pay');
    await page.getByRole('button', { name: '我已完成支付，刷新状态' }).click();
    await page
      .locator('.payment-status')
      .filter({ hasText: '已缴费' })
      .waitFor();
    await expect(page.locator('.receipt').textContent()).resolves.toContain(
      '张三',
    );
  }, 120000);

  it('lists the shipment at the mail window', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, 'clerk.chengbei');
    await page.goto('/service-desk');
    await page.getByRole('heading', { name: '邮寄窗口' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('材料寄往大厅');
    expect(text).toContain('已签收');
  }, 60000);

  it('masks the public case list', async () => {
    await page.goto('/public-cases');
    await page.locator('.public-cases tbody tr').first().waitFor();
    const text =
      (await page.locator('.public-cases tbody').textContent()) ?? '';
    expect(text).toContain('张*');
    expect(text).toContain('138****8000');
    expect(text).not.toContain('张三');
    expect(text).not.toContain(CITIZEN);
  }, 60000);

  it('reconciles yesterday and refunds a paid order as finance', async () => {
    const today = shanghaiDate(new Date());
    const yesterday = shanghaiDate(new Date(Date.now() - 86_400_000));
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, 'finance.city');
    await page.goto('/service-desk');

    const reconcileDate = page.getByLabel('对账日期');
    await expect(reconcileDate.getAttribute('max')).resolves.toBe(yesterday);
    await reconcileDate.fill(yesterday);
    await page.getByRole('button', { name: '开始对账' }).click();
    await page.getByRole('status').filter({ hasText: '对账单' }).waitFor();

    await page.getByLabel('缴费订单号').fill(orderId);
    await page.getByLabel('退款金额（元）').fill('5.5');
    await page.getByLabel('退款原因').fill('多收工本费');
    await page.getByRole('button', { name: '提交退款' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `订单 ${orderId} 已退款 5.50 元，订单金额 20.00 元。`,
      })
      .waitFor();
    const citizen = await gatewayToken(platform.gatewayUrl, CITIZEN);
    const orders = await api(
      citizen,
      '{ myPaymentOrders(first: 100) { id refunds { amountFen reason } } }',
    );
    expect(
      orders.myPaymentOrders.find((o: { id: string }) => o.id === orderId),
    ).toEqual({
      id: orderId,
      refunds: [{ amountFen: 550, reason: '多收工本费' }],
    });

    await page.getByLabel('开始日期').fill(yesterday);
    await page.getByLabel('结束日期').fill(today);
    await page.getByRole('button', { name: '查询报表' }).click();
    await page.locator('.finance-clearing tbody tr').first().waitFor();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 CSV' }).click();
    const download = await downloadPromise;
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '财政账户,缴费笔数,缴费金额（元）,退款金额（元）,净额（元）',
    );
    expect(lines.length).toBeGreaterThan(2);
  }, 120000);

  it('acts for the demo company as its agent', async () => {
    // The finance officer of the previous test is still signed in.
    await signOut(page);
    await signIn(page, DEMO_AGENT_GRANT.agentAccount);
    await page.goto('/me');
    const agencies = page.locator('.my-agencies');
    await agencies.getByRole('heading', { name: '我代理的单位' }).waitFor();
    const card = agencies.locator('.agency-card').filter({
      hasText: DEMO_COMPANY_NAME,
    });
    await expect(card.locator('.agency-card__grant').count()).resolves.toBe(1);

    await card.getByRole('button', { name: '以该单位身份办理' }).click();
    await page.getByText(`代 ${DEMO_COMPANY_NAME} 办理`).waitFor();
    await expect(page.locator('.my-agencies').count()).resolves.toBe(0);
    // The user space reloads its lists with the acting session's token.
    await page.getByRole('heading', { name: '我的办件' }).waitFor();
    await page.locator('main .loading').waitFor({ state: 'detached' });
    await expect(page.locator('main [role="alert"]').count()).resolves.toBe(0);
    const stored = await page.evaluate(() =>
      localStorage.getItem('ykb.session'),
    );
    expect(JSON.parse(stored ?? '{}').actingFor?.legalPersonName).toBe(
      DEMO_COMPANY_NAME,
    );

    await page.getByRole('button', { name: '结束代办' }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await expect(
      page.evaluate(() => localStorage.getItem('ykb.session')),
    ).resolves.toBeNull();
  }, 120000);
});
