import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoUserId, serviceToken } from '@ykb/common';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';
import {
  CASE_NUMBER,
  caseCard,
  fillAndSubmitApplication,
  gatewayCases,
  gatewayToken,
  ITEM_KEYWORD,
  ITEM_NAME,
  openFromNavigation,
  openItem,
  readOutbox,
  recordRequests,
  setOutboxItemId,
  signIn,
  signOut,
  validIdCard,
  waitForServiceWorkerControl,
  waitForText,
  writeSamplePng,
} from './support.js';

/**
 * Drives the built PWA in headless Chromium with its Workbox service worker,
 * on the whole platform with six subgraphs and the gateway as separate
 * processes. The tests cover the main flow from application to licence,
 * a second application that replaces an upload with the licence just
 * issued (免提交), offline filing at a village service point with replay, and
 * a replay the server rejects.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300);
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480);
const CITIZEN = '13800138000';
const CITIZEN_ID = demoUserId(CITIZEN);

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let requests: ReturnType<typeof recordRequests>;
let fileDir: string;
let pngPath: string;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  requests = recordRequests(browser.context);
  page = browser.page;
  page.setDefaultTimeout(45000);
  fileDir = await mkdtemp(join(tmpdir(), 'ykb-browser-files-'));
  pngPath = await writeSamplePng(fileDir);
}, 240000);

// A failed offline test must not leave the next test offline.
afterEach(async () => {
  await browser?.context.setOffline(false);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

/** The stored outbox record with this provisional id. */
async function recordOf(localId: string) {
  return (await readOutbox(page)).find((e) => e.localId === localId);
}

/** Outbox records of the page that are not synced yet. */
async function unsynced() {
  return (await readOutbox(page)).filter((e) => e.state !== 'synced');
}

/** Text of the status message the item page shows after 提交申报. */
async function submissionStatus(): Promise<string> {
  const status = page
    .getByRole('region', { name: '在线申报' })
    .getByRole('status');
  return (await status.textContent()) ?? '';
}

/** Cases of the citizen, read through the gateway, whose form carries this business name. */
async function casesNamed(businessName: string) {
  const token = await gatewayToken(platform.gatewayUrl, CITIZEN);
  const cases = await gatewayCases(platform.gatewayUrl, token);
  return cases.filter((c) => c.formData?.businessName === businessName);
}

/** Names the first elements and texts that reach past the viewport's right edge. */
async function overflowingParts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (element: Element) =>
      [element.tagName.toLowerCase(), ...element.classList].join('.');
    const elements = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width)
      .map(name);
    const texts: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > width)
        texts.push(
          `${name(node.parentElement!)} "${node.textContent!.trim().slice(0, 30)}"`,
        );
    }
    return [...elements, ...texts].slice(0, 6).join(', ');
  });
}

/**
 * Opens each path on a 375-pixel-wide viewport and returns those whose page
 * scrolls sideways, each with its width and the parts that overflow.
 */
async function overflowingOnPhone(paths: string[]): Promise<string[]> {
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 667 });
  const overflowing: string[] = [];
  try {
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction(
        () => document.querySelectorAll('.loading').length === 0,
      );
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      if (width > 375)
        overflowing.push(
          `${path}: ${width} px (${await overflowingParts(page)})`,
        );
    }
  } finally {
    if (previous) await page.setViewportSize(previous);
  }
  return overflowing;
}

describe('PWA in Chromium', () => {
  let caseNumber: string;

  it('files an application online', async () => {
    await page.goto('/');
    await signIn(page, CITIZEN);
    await openItem(page);
    await fillAndSubmitApplication(page, pngPath, '城北村张三小卖部');

    await waitForText(page, '申报已提交');
    const status = await submissionStatus();
    expect(status).toMatch(new RegExp(`办件编号 ${CASE_NUMBER.source}`));
    caseNumber = CASE_NUMBER.exec(status)![0];
  }, 120000);

  it('lets the clerk accept and the approver approve', async () => {
    expect(
      caseNumber,
      'the online application produced no case number',
    ).toBeDefined();
    await signOut(page);

    await signIn(page, 'clerk.chengbei');
    await openFromNavigation(page, '工作台');
    const clerkCard = caseCard(page, caseNumber);
    // Division and department show by name, with the code in smaller text.
    await clerkCard
      .getByText('巫溪县 城厢镇 城北村', { exact: true })
      .waitFor();
    await clerkCard
      .getByText('重庆市市场监督管理局', { exact: true })
      .waitFor();
    expect(await clerkCard.locator('small').allTextContents()).toEqual([
      '500238100205',
      'CQ-SCJG',
    ]);
    await clerkCard.getByRole('button', { name: '受理' }).click();
    await clerkCard
      .getByRole('status')
      .filter({ hasText: `办件 ${caseNumber} 已受理。` })
      .waitFor();
    await clerkCard.getByText('已受理', { exact: true }).waitFor();
    expect(await clerkCard.getByRole('button', { name: '受理' }).count()).toBe(
      0,
    );
    await signOut(page);

    // Deciding needs the APPROVER role unless the item's workflow gives it to reviewers.
    await signIn(page, 'approver.scjg');
    await openFromNavigation(page, '工作台');
    const approverCard = caseCard(page, caseNumber);
    await approverCard.getByLabel('审批意见').fill('符合条件，准予登记');
    await approverCard.getByRole('button', { name: '审批通过' }).click();
    await approverCard
      .getByRole('status')
      .filter({ hasText: `办件 ${caseNumber} 已审批通过。` })
      .waitFor();
    await signOut(page);
  }, 120000);

  it('shows the citizen the completed case and licence', async () => {
    expect(
      caseNumber,
      'the online application produced no case number',
    ).toBeDefined();
    await signIn(page, CITIZEN);
    await openFromNavigation(page, '我的办件');

    // Issuing the licence completes the case just after approval.
    await expect
      .poll(
        async () => {
          await page.reload();
          return caseCard(page, caseNumber).textContent();
        },
        { timeout: 20000, interval: 500 },
      )
      .toContain('已办结');

    await openFromNavigation(page, '我的证照');
    const licence = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '营业执照' }) });
    await licence.first().waitFor();
    expect(await licence.count()).toBe(1);
    expect(await licence.textContent()).toContain('张三');
    expect(await licence.locator('.identifier').textContent()).toMatch(
      /^1\.2\.156\.3005\.2\./,
    );
  }, 120000);

  it('fits a 375-pixel phone without sideways scrolling', async () => {
    expect(
      caseNumber,
      'the online application produced no case number',
    ).toBeDefined();
    await page.goto('/');
    await openItem(page);
    const itemPath = new URL(page.url()).pathname;
    await page.goto('/cases');
    const casePath = await caseCard(page, caseNumber)
      .getByRole('link', { name: caseNumber })
      .getAttribute('href');
    expect(casePath).toMatch(/^\/cases\/[^/]+$/);

    const paths = [
      '/',
      itemPath,
      '/cases',
      casePath!,
      `${casePath!}/services`,
      '/licences',
      '/me',
      '/progress',
      '/appointments',
      '/halls',
      '/public-cases',
    ];
    expect(await overflowingOnPhone(paths)).toEqual([]);

    // The clerk's worklist shows division and department names beside codes.
    await signOut(page);
    await signIn(page, 'clerk.chengbei');
    try {
      await page.goto('/worklist');
      await caseCard(page, caseNumber)
        .getByText('巫溪县 城厢镇 城北村', { exact: true })
        .waitFor();
      expect(await overflowingOnPhone(['/worklist'])).toEqual([]);
    } finally {
      await signOut(page);
      await signIn(page, CITIZEN);
    }
  }, 120000);

  it('files with a held licence instead of an upload', async () => {
    expect(
      caseNumber,
      'the online application produced no case number',
    ).toBeDefined();
    const itemName = '个体工商户变更登记';
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '事项搜索' })
      .click();
    await page.getByRole('searchbox', { name: '关键词' }).fill('个体户变更');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('link', { name: itemName }).click();
    await page.getByRole('heading', { level: 1, name: itemName }).waitFor();

    const form = page.getByRole('region', { name: '在线申报' });
    await form.getByRole('textbox', { name: '申请人姓名' }).fill('张三');
    await form
      .getByRole('textbox', { name: '申请人身份证号码' })
      .fill(validIdCard());
    await form.getByRole('textbox', { name: '联系电话' }).fill('13800138000');
    await form.getByLabel('变更事项').selectOption('经营范围');
    await form.getByLabel('选择文件：变更登记申请书').setInputFiles(pngPath);
    const licenceChoice = form.getByLabel(
      '以电子证照代替上传（免提交）：营业执照',
    );
    // The licence issued in the main flow is the one valid 营业执照.
    await expect.poll(() => licenceChoice.locator('option').count()).toBe(2);
    await licenceChoice.selectOption({ index: 1 });
    expect(await form.getByLabel('选择文件：营业执照').count()).toBe(0);

    await form.getByRole('button', { name: '提交申报' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: '以电子证照代替上传前，请勾选同意调取。' })
      .waitFor();
    await form
      .getByRole('checkbox', { name: '我同意本次办理调取所选电子证照' })
      .check();
    await form.getByRole('button', { name: '提交申报' }).click();
    await waitForText(page, '申报已提交');
    const filed = CASE_NUMBER.exec(await submissionStatus())![0];

    const token = await gatewayToken(platform.gatewayUrl, CITIZEN);
    const result = await gatewayRequest<{
      myCases: {
        caseNumber: string;
        materials: {
          code: string;
          fileId: string | null;
          licence: { identifier: string } | null;
        }[];
      }[];
    }>(
      platform.gatewayUrl,
      'query { myCases(first: 100) { caseNumber materials { code fileId licence { identifier } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const materials = result.data!.myCases.find(
      (c) => c.caseNumber === filed,
    )!.materials;
    const byCode = Object.fromEntries(materials.map((m) => [m.code, m]));
    expect(byCode.M1!.fileId).not.toBeNull();
    expect(byCode.M2!.fileId).toBeNull();
    expect(byCode.M2!.licence?.identifier).toMatch(/^1\.2\.156\.3005\.2\./);
  }, 120000);

  it('queues offline and replays to one case', async () => {
    const businessName = '城北村离线便民店';
    await waitForServiceWorkerControl(page);
    // Opening the item online keeps the copy the form needs offline.
    await openItem(page);
    const itemUrl = page.url();

    await browser.context.setOffline(true);
    const shell = await page.reload();
    expect(
      shell?.fromServiceWorker(),
      'the offline reload did not come from the service worker',
    ).toBe(true);
    await page.getByText('当前处于离线状态').waitFor();
    expect(page.url()).toBe(itemUrl);
    await fillAndSubmitApplication(page, pngPath, businessName);

    await page.getByText('网络不可用，申报已保存在本机').waitFor();
    const status = await submissionStatus();
    const localId = /临时编号 (L-[0-9A-Z]+-[0-9a-z]+)/.exec(status)?.[1];
    expect(localId, `no provisional id in "${status}"`).toBeDefined();
    expect(status).not.toMatch(CASE_NUMBER);

    const stored = await unsynced();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      localId,
      createdBy: CITIZEN_ID,
      state: 'pending',
      attempts: 0,
      lastError: null,
    });
    expect(stored[0]!.materialCount).toBe(3);

    await page.getByRole('link', { name: '查看我的办件' }).click();
    const pending = page.getByRole('region', { name: '待同步' });
    await pending.getByText(localId!).waitFor();
    expect(await pending.textContent()).not.toMatch(CASE_NUMBER);
    expect(await casesNamed(businessName)).toHaveLength(0);

    // The first response that carries the new case is lost on the way back,
    // as on a dropped mobile connection. The server has created the case,
    // but the browser records a network failure.
    let dropped = false;
    const dropFirstCase = async (route: Route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
      } | null;
      if (dropped || body?.operationName !== 'SubmitApplication')
        return route.fallback();
      const response = await route.fetch();
      const result = (await response.json()) as {
        data?: { submitApplication?: unknown };
      };
      if (!result.data?.submitApplication) return route.fulfill({ response });
      dropped = true;
      return route.abort('connectionreset');
    };
    await browser.context.route('**/graphql', dropFirstCase);
    await browser.context.setOffline(false);

    await expect
      .poll(async () => (await recordOf(localId!))?.attempts, {
        timeout: 20000,
      })
      .toBe(1);
    await browser.context.unroute('**/graphql', dropFirstCase);
    expect(dropped).toBe(true);
    expect(await casesNamed(businessName)).toHaveLength(1);

    // While online, the outbox retries on its own with the same key.
    await expect
      .poll(async () => (await recordOf(localId!))?.state, { timeout: 20000 })
      .toBe('synced');
    expect(await recordOf(localId!)).toMatchObject({
      idempotencyKey: stored[0]!.idempotencyKey,
      attempts: 1,
      lastError: { code: 'NETWORK' },
    });

    const synced = page.getByRole('region', { name: '已同步' });
    await synced.getByText(localId!).waitFor();
    const syncedText = (await synced.textContent()) ?? '';
    expect(syncedText).toMatch(
      new RegExp(`${localId} 已提交，办件编号 ${CASE_NUMBER.source}`),
    );
    // The record stays on the device as synced, next to its case number.
    expect(await unsynced()).toEqual([]);

    const created = await casesNamed(businessName);
    expect(created).toHaveLength(1);
    expect(syncedText).toContain(created[0]!.caseNumber);
    expect(created[0]!.status).toBe('SUBMITTED');

    // A restart of the app replays nothing more.
    await page.reload();
    await caseCard(page, created[0]!.caseNumber).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await casesNamed(businessName)).toHaveLength(1);
  }, 180000);

  it('moves a rejected replay to 需处理', async () => {
    const businessName = '城北村退回测试店';
    await openItem(page);
    await browser.context.setOffline(true);
    await page.reload();
    await page.getByText('当前处于离线状态').waitFor();
    await fillAndSubmitApplication(page, pngPath, businessName);
    await page.getByText('网络不可用，申报已保存在本机').waitFor();
    const localId = /临时编号 (L-[0-9A-Z]+-[0-9a-z]+)/.exec(
      await submissionStatus(),
    )?.[1];
    expect(localId).toBeDefined();

    // An item withdrawn from the catalogue while the entry waited offline.
    await setOutboxItemId(page, localId!, 'X'.repeat(31));
    expect(await unsynced()).toMatchObject([
      {
        localId,
        itemId: 'X'.repeat(31),
        state: 'pending',
      },
    ]);

    await page.getByRole('link', { name: '查看我的办件' }).click();
    await page
      .getByRole('region', { name: '待同步' })
      .getByText(localId!)
      .waitFor();
    await browser.context.setOffline(false);

    const attention = page.getByRole('region', { name: '需处理' });
    await attention.getByText(localId!).waitFor();
    const card = attention.getByRole('listitem').filter({ hasText: localId! });
    await card.getByText('原因：要办理的记录不存在或已被删除。').waitFor();
    expect(await page.getByRole('region', { name: '待同步' }).count()).toBe(0);
    expect(await unsynced()).toEqual([
      expect.objectContaining({
        localId,
        state: 'failed',
        attempts: 1,
        lastError: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);

    // Another sync (app start and an online event) leaves the entry alone.
    const submitsBefore = requests.operations.filter(
      (name) => name === 'SubmitApplication',
    ).length;
    const uploadsBefore = requests.operations.filter(
      (name) => name === 'UploadMaterial',
    ).length;
    await page.reload();
    await attention.getByText(localId!).waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    // Nothing signals a replay that sends nothing, so the check waits for
    // the network to go quiet and then a little longer.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    expect(
      requests.operations.filter((name) => name === 'SubmitApplication').length,
    ).toBe(submitsBefore);
    expect(
      requests.operations.filter((name) => name === 'UploadMaterial').length,
    ).toBe(uploadsBefore);
    expect(await unsynced()).toEqual([
      expect.objectContaining({ localId, state: 'failed', attempts: 1 }),
    ]);
    expect(await casesNamed(businessName)).toHaveLength(0);
  }, 180000);

  it('signs out offline without touching the outbox', async () => {
    await page.goto('/cases');
    await page.getByText(/^当前用户：/).waitFor();
    const outboxBefore = await readOutbox(page);
    expect(outboxBefore.length).toBeGreaterThan(0);
    const signOutsBefore = requests.operations.filter(
      (name) => name === 'SignOut',
    ).length;

    await browser.context.setOffline(true);
    await signOut(page);
    expect(
      requests.operations.filter((name) => name === 'SignOut').length,
    ).toBe(signOutsBefore);
    expect(await readOutbox(page)).toEqual(outboxBefore);
  }, 60000);

  it('revokes the session on the server when signing out', async () => {
    await signIn(page, CITIZEN);
    const token = await page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('ykb.session') ?? '{}') as {
            token?: string;
          }
        ).token,
    );
    expect(token).toBeDefined();
    const signOutsBefore = requests.operations.filter(
      (name) => name === 'SignOut',
    ).length;

    await signOut(page);
    expect(
      requests.operations.filter((name) => name === 'SignOut').length,
    ).toBeGreaterThan(signOutsBefore);
    // Identity checks sessions in its own database, so it refuses the
    // signed-out token at once, even while the gateway still caches it.
    const me = await gatewayRequest(
      platform.gatewayUrl,
      'query { me { id } }',
      {},
      token,
    );
    expect(me.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
  }, 60000);

  it('shows item and department names in English', async () => {
    await page.goto('/');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    try {
      await page.getByRole('searchbox', { name: 'Keyword' }).fill(ITEM_KEYWORD);
      await page.getByRole('button', { name: 'Search' }).click();
      const itemLink = page.getByRole('link', {
        name: 'Registration of an individual business',
        exact: true,
      });
      const card = page.getByRole('listitem').filter({ has: itemLink });
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Chongqing Administration for Market Regulation');
      expect(
        await card.getByText('1 working day', { exact: true }).count(),
      ).toBe(1);
      expect(
        await card.getByText('15 working days', { exact: true }).count(),
      ).toBe(1);
      expect(text).not.toContain(ITEM_NAME);
      await page.getByText(/^Showing \d+ services?$/).waitFor();

      await card
        .getByRole('link', {
          name: 'Registration of an individual business',
          exact: true,
        })
        .click();
      await page
        .getByRole('heading', {
          level: 1,
          name: 'Registration of an individual business',
        })
        .waitFor();
      await page
        .getByText('Chongqing Administration for Market Regulation')
        .waitFor();

      // Cases keep the item's English name from submission.
      await page.goto('/public-cases');
      await page
        .getByRole('cell', { name: caseNumber! })
        .getByText('Registration of an individual business')
        .waitFor();
    } finally {
      await page
        .getByRole('combobox', { name: 'Language' })
        .selectOption('zh-CN');
    }
  }, 60000);

  it('resets a forgotten password', async () => {
    const account = '13900139000';
    const newPassword = 'Reset-in-browser-1';
    await page.goto('/sign-in');
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.getByRole('heading', { level: 1, name: '找回密码' }).waitFor();
    await page.getByLabel('账号').fill(account);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(/验证码已发送/).waitFor();

    // The sandbox SMS gateway's outbox, read from identity as a SYSTEM caller.
    const outbox = await gatewayRequest<{
      smsOutbox: { params: { key: string; value: string }[] }[];
    }>(
      `http://127.0.0.1:${PORT_BASE + 1}/graphql`,
      'query($m: String!) { smsOutbox(mobile: $m, first: 1) { params { key value } } }',
      { m: account },
      await serviceToken('browser-test'),
    );
    const code = outbox.data?.smsOutbox[0]?.params.find(
      (param) => param.key === 'code',
    )?.value;
    expect(code).toMatch(/^\d{6}$/);

    await page.getByLabel('短信验证码').fill(code!);
    await page.getByLabel('新密码').fill(newPassword);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.getByText(/密码已重置/).waitFor();
    const signedIn = await gatewayRequest(
      platform.gatewayUrl,
      'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
      { a: account, p: newPassword },
    );
    expect(signedIn.errors).toBeUndefined();
  }, 60000);

  it('sends requests only to loopback', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.operations).toContain('SubmitApplication');
    const outside = requests.urls.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return hostname !== '127.0.0.1' && hostname !== 'localhost';
    });
    expect(outside).toEqual([]);
  });
});
