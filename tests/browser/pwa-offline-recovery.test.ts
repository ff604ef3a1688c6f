import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPwaIfStale, ROOT } from '../../scripts/lib/platform.js';
import { launchPersistentChromium } from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { startPwaServer, type PwaServer } from './pwaServer.js';
import {
  fileIntakeApplication,
  openIntake,
  readOutbox,
  recordRequests,
  signIn,
  submittedCaseNumbers,
  waitForServiceWorkerControl,
  writeCameraPhoto,
} from './support.js';

/**
 * How the PWA recovers when the device misbehaves, in headless Chromium
 * against the whole platform: IndexedDB cleared by the browser, storage
 * nearly full, an offline PIN guessed too often, and a sign-in that
 * expired while offline. Every check looks at what the clerk sees and at
 * the outbox in IndexedDB, and the last one at what the server holds.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 90;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 10;
const CLERK = 'clerk.chengbei';
const PIN = '735104';
const BUSINESS_NAME = '登录过期后补交便民店';

let platform: TestPlatform;
let server: PwaServer;
let profileDir: string;
let fileDir: string;
let photoPath: string;
let context: BrowserContext;
let page: Page;
let requests: ReturnType<typeof recordRequests>;
const allUrls: string[] = [];

/** Starts Chromium on the test's profile folder, as a browser restart does. */
async function startBrowser(offline: boolean): Promise<void> {
  context = await launchPersistentChromium(profileDir, {
    baseURL: server.url,
    offline,
  });
  requests = recordRequests(context);
  context.on('request', (request) => allUrls.push(request.url()));
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(45000);
  context.on('weberror', (error) =>
    console.error(`Error in the page: ${error.error().message}`),
  );
}

/** Case numbers of the submitted cases with the business name. */
function serverCases(businessName: string): Promise<string[]> {
  return submittedCaseNumbers(platform.gatewayUrl, CLERK, businessName);
}

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE);
  await buildPwaIfStale(() => {});
  server = await startPwaServer({
    port: PWA_PORT,
    distDir: join(ROOT, 'pwa', 'dist'),
    gatewayUrl: platform.gatewayUrl,
  });
  profileDir = await mkdtemp(join(tmpdir(), 'ykb-chromium-recovery-'));
  fileDir = await mkdtemp(join(tmpdir(), 'ykb-browser-recovery-'));
  await startBrowser(false);
}, 300000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  await platform?.stop();
  for (const dir of [profileDir, fileDir])
    if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a clerk’s device recovering from trouble', () => {
  it('notices that the browser cleared IndexedDB', async () => {
    await page.goto('/');
    await signIn(page, CLERK);
    await waitForServiceWorkerControl(page);
    photoPath = await writeCameraPhoto(page, fileDir, 1200, 900);
    await openIntake(page);
    const wipeNotice = page
      .getByRole('alert')
      .filter({ hasText: '浏览器清除了本机保存的数据' });
    expect(await wipeNotice.count()).toBe(0);

    // What Chromium does under storage pressure or when the user clears
    // site data: IndexedDB goes, localStorage stays.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(server.url).origin,
      storageTypes: 'indexeddb',
    });
    await cdp.detach();
    await page.reload();
    await wipeNotice.waitFor();

    // The check writes a fresh marker, so the next start is quiet again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '代办申报' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wipeNotice.count()).toBe(0);
  }, 180000);

  it('warns when less than a fifth of the quota is free', async () => {
    const full = await context.newPage();
    try {
      // The browser reports 90 MB used of 100 MB for this page only.
      await full.addInitScript(() => {
        const megabyte = 1024 * 1024;
        Object.defineProperty(navigator.storage, 'estimate', {
          value: async () => ({ usage: 90 * megabyte, quota: 100 * megabyte }),
        });
      });
      await full.goto('/intake');
      await full
        .getByText(
          '本机存储空间即将用完（已用 90 MB，共 100 MB）。请尽快联网同步。',
        )
        .waitFor();
    } finally {
      await full.close();
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '代办申报' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('本机存储空间即将用完').count()).toBe(0);
  }, 120000);

  it('locks the offline PIN after five wrong entries', async () => {
    await page.goto('/device');
    await page.getByLabel('新 PIN（6 位数字）').fill(PIN);
    await page.getByRole('button', { name: '保存 PIN' }).click();
    await page.getByText('PIN 已保存。').waitFor();
    await openIntake(page);
    await page.context().setOffline(true);
    await fileIntakeApplication(page, BUSINESS_NAME, photoPath);
    const before = await readOutbox(page);
    expect(before.map((e) => e.state)).toEqual(['pending']);
    await context.close();

    await startBrowser(true);
    await page.goto('/intake');
    await page
      .getByRole('heading', { level: 1, name: '输入 PIN 解锁' })
      .waitFor();
    for (let remaining = 4; remaining >= 1; remaining--) {
      await page.getByLabel('PIN', { exact: true }).fill('000000');
      await page.getByRole('button', { name: '解锁' }).click();
      await page.getByText(`PIN 错误，还可尝试 ${remaining} 次。`).waitFor();
    }
    await page.getByLabel('PIN', { exact: true }).fill('000000');
    await page.getByRole('button', { name: '解锁' }).click();
    await page
      .getByText('连续输错次数过多，PIN 已锁定。', { exact: false })
      .waitFor();

    // Even the right PIN no longer opens the device...
    await page.reload();
    await page.getByText('PIN 已锁定', { exact: false }).waitFor();
    expect(
      await page.getByRole('heading', { level: 1, name: '代办申报' }).count(),
    ).toBe(0);
    // ...and the queued application is still there.
    expect(await readOutbox(page)).toEqual(before);
  }, 240000);

  it('asks for a new sign-in after it expired offline and keeps the outbox', async () => {
    // Back online, the password sign-in replaces the locked PIN.
    await context.setOffline(false);
    await page.getByRole('button', { name: '用密码登录' }).click();
    await page.getByLabel('账号').waitFor();
    expect(await readOutbox(page)).toHaveLength(1);
    await signIn(page, CLERK);
    await expect
      .poll(async () => (await serverCases(BUSINESS_NAME)).length, {
        timeout: 60000,
      })
      .toBe(1);
    // The server has the case before the device marks its entry as sent.
    await expect
      .poll(async () => (await readOutbox(page)).map((e) => e.state), {
        timeout: 60000,
      })
      .toEqual(['synced']);
    await context.setOffline(true);
    await openIntake(page);
    await fileIntakeApplication(page, `${BUSINESS_NAME}二号`, photoPath);

    // Both tokens ran out while the device was offline: the access token's
    // time passed and the server no longer accepts the refresh token.
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('ykb.session')!);
      session.accessTokenExpiresAt = new Date(Date.now() - 60000).toISOString();
      session.refreshToken = 'expired-refresh-token';
      localStorage.setItem('ykb.session', JSON.stringify(session));
    });
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: '登录已过期。本机保存的记录不受影响' })
      .waitFor();
    const queued = (await readOutbox(page)).filter(
      (e) => e.state === 'pending',
    );
    expect(queued).toHaveLength(1);

    await context.setOffline(false);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '登录' })
      .waitFor({ timeout: 60000 });
    expect(
      (await readOutbox(page)).filter((e) => e.state === 'pending'),
    ).toEqual(queued);
    expect(await serverCases(`${BUSINESS_NAME}二号`)).toEqual([]);

    await signIn(page, CLERK);
    await expect
      .poll(async () => (await serverCases(`${BUSINESS_NAME}二号`)).length, {
        timeout: 60000,
      })
      .toBe(1);
    await expect
      .poll(async () => (await readOutbox(page)).map((e) => e.state))
      .toEqual(['synced', 'synced']);
    expect(await serverCases(BUSINESS_NAME)).toHaveLength(1);
  }, 240000);

  it('sends requests only to the platform’s own origin', () => {
    expect(requests.operations).toContain('SubmitApplication');
    const origin = new URL(server.url).origin;
    const outside = allUrls.filter((url) => {
      const { protocol, origin: from } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && from !== origin;
    });
    expect(outside).toEqual([]);
  });
});
