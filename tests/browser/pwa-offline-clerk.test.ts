import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoUserId } from '@ykb/common';
import { buildPwaIfStale, ROOT } from '../../scripts/lib/platform.js';
import { launchPersistentChromium } from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { startPwaServer, type PwaServer } from './pwaServer.js';
import {
  CASE_NUMBER,
  fileIntakeApplication,
  writeCameraPhoto,
  ITEM_NAME,
  recordRequests,
  signIn,
  submittedCases,
  validIdCard,
  waitForServiceWorkerControl,
} from './support.js';

/**
 * A village clerk's offline morning, in headless Chromium against the whole
 * platform. The PWA is served by a loopback server the test controls
 * (pwaServer.ts), which can drop the gateway's answer after the gateway
 * committed. The clerk signs in once online, sets an offline PIN, and
 * closes the browser. The browser then starts with no network, the PIN
 * unlocks the app, and the clerk files a morning of applications with
 * photos, closes and reopens the page, and comes back online through a
 * flapping connection. The server must then hold every application exactly
 * once. A second clerk at another service point files the same application
 * and gets a conflict to resolve.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 30;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 4;
/** Applications of the offline morning. */
const MORNING = 50;
const CLERK = 'clerk.chengbei';
const CLERK_ID = demoUserId(CLERK);
const PIN = '482913';
const BUSINESS_PREFIX = '离线早晨便民店';

let platform: TestPlatform;
let server: PwaServer;
let profileDir: string;
let fileDir: string;
let photoPath: string;
let context: BrowserContext;
let page: Page;
let requests: ReturnType<typeof recordRequests>;
const allUrls: string[] = [];
/** Profile folders of the extra browsers, removed at the end. */
const extraDirs: string[] = [];

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
  // Errors in the page explain a failed step in the test output.
  context.on('weberror', (error) =>
    console.error(`Error in the page: ${error.error().message}`),
  );
}

/** Starts Chromium on a fresh profile of its own, recording its requests too. */
async function launchProfile(prefix: string): Promise<BrowserContext> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  extraDirs.push(dir);
  const launched = await launchPersistentChromium(dir, { baseURL: server.url });
  launched.on('request', (request) => allUrls.push(request.url()));
  return launched;
}

/** What the test reads of each outbox record in IndexedDB. */
interface StoredRecord {
  localId: string;
  createdBy: string;
  createdByName: string;
  state: string;
  businessName: string;
  caseNumber: string | null;
  photoTypes: string[];
  photoSizes: number[];
}

function readRecords(): Promise<StoredRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const request = indexedDB.open('ykb-offline');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as Record<string, any>[]).map((e) => ({
                localId: e.localId,
                createdBy: e.createdBy,
                createdByName: e.createdByName,
                state: e.state,
                businessName: e.formData?.businessName ?? '',
                caseNumber: e.result?.caseNumber ?? null,
                photoTypes: (e.materials ?? []).map(
                  (m: { mimeType: string }) => m.mimeType,
                ),
                photoSizes: (e.materials ?? []).map(
                  (m: { blob: Blob | null }) => m.blob?.size ?? 0,
                ),
              })),
            );
          };
        };
      }),
  );
}

/** Business name in the intake form draft kept in IndexedDB. */
function storedDraftName(): Promise<string | null> {
  return page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const request = indexedDB.open('ykb-offline');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('meta').objectStore('meta').get(key);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve(read.result?.values?.businessName ?? null);
          };
        };
      }),
    `intakeDraft:${CLERK_ID}`,
  );
}

const countIn = async (state: string) =>
  (await readRecords()).filter((r) => r.state === state).length;

/** Files one application on the intake page with the camera photo. */
function fileApplication(businessName: string): Promise<string> {
  return fileIntakeApplication(page, businessName, photoPath);
}

/** Open cases of the clerk's area whose business name starts with the prefix, read through the gateway. */
async function serverCases(
  prefix: string,
): Promise<{ caseNumber: string; businessName: string }[]> {
  const cases = await submittedCases(platform.gatewayUrl, CLERK);
  return cases.filter((c) => c.businessName.startsWith(prefix));
}

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE);
  await buildPwaIfStale(() => {});
  server = await startPwaServer({
    port: PWA_PORT,
    distDir: join(ROOT, 'pwa', 'dist'),
    gatewayUrl: platform.gatewayUrl,
  });
  profileDir = await mkdtemp(join(tmpdir(), 'ykb-chromium-clerk-'));
  fileDir = await mkdtemp(join(tmpdir(), 'ykb-browser-photos-'));
  await startBrowser(false);
}, 300000);

afterEach(async () => {
  server.dropResponse = () => false;
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  await platform?.stop();
  for (const dir of [profileDir, fileDir, ...extraDirs])
    if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a clerk offline at a village service point', () => {
  const localIds: string[] = [];

  it('prepares the device online: catalogue, PIN and service worker', async () => {
    await page.goto('/');
    await signIn(page, CLERK);
    await waitForServiceWorkerControl(page);

    await page.goto('/intake');
    await page.getByRole('heading', { level: 1, name: '代办申报' }).waitFor();
    await page
      .getByLabel('事项', { exact: true })
      .locator('option', { hasText: ITEM_NAME })
      .waitFor({ state: 'attached' });

    await page.goto('/device');
    await page.getByLabel('新 PIN（6 位数字）').fill(PIN);
    await page.getByRole('button', { name: '保存 PIN' }).click();
    await page.getByText('PIN 已保存。').waitFor();
    photoPath = await writeCameraPhoto(page, fileDir);
    await context.close();
  }, 180000);

  it('starts cold with no network and unlocks with the PIN', async () => {
    await startBrowser(true);
    await page.goto('/intake');

    await page
      .getByRole('heading', { level: 1, name: '输入 PIN 解锁' })
      .waitFor();
    await page.getByLabel('PIN', { exact: true }).fill('000000');
    await page.getByRole('button', { name: '解锁' }).click();
    await page.getByText('PIN 错误，还可尝试 4 次。').waitFor();
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: '解锁' }).click();

    await page.getByRole('heading', { level: 1, name: '代办申报' }).waitFor();
    await page.getByText('当前处于离线状态').waitFor();
  }, 120000);

  it(`files ${MORNING} applications with photos offline`, async () => {
    for (let n = 1; n <= MORNING; n++)
      localIds.push(await fileApplication(`${BUSINESS_PREFIX}${n}号`));

    const records = await readRecords();
    expect(records).toHaveLength(MORNING);
    expect(new Set(records.map((r) => r.localId))).toEqual(new Set(localIds));
    for (const record of records) {
      expect(record).toMatchObject({
        createdBy: CLERK_ID,
        state: 'pending',
        caseNumber: null,
      });
      expect(record.createdByName).not.toBe('');
      expect(record.photoTypes).toEqual([
        'image/jpeg',
        'image/jpeg',
        'image/jpeg',
      ]);
      // Compressed in the browser below the cap, far below the camera file.
      for (const size of record.photoSizes) {
        expect(size).toBeGreaterThan(0);
        expect(size).toBeLessThanOrEqual(400 * 1024);
      }
    }
    expect(await serverCases(BUSINESS_PREFIX)).toEqual([]);
  }, 900000);

  it('keeps every record and the unsaved form when the page is closed', async () => {
    const draftForm = page.getByRole('form', { name: '代办申报' });
    await draftForm
      .getByLabel('事项', { exact: true })
      .selectOption({ label: ITEM_NAME });
    await draftForm
      .getByLabel('个体工商户名称', { exact: true })
      .fill('尚未保存的草稿');
    await expect
      .poll(() => storedDraftName(), { timeout: 10000 })
      .toBe('尚未保存的草稿');
    await page.close();
    page = await context.newPage();
    page.setDefaultTimeout(45000);
    await page.goto('/intake');
    // Closing the last tab ends Chromium's browser session and its session
    // cookies, so the device asks for the PIN again.
    await page
      .getByRole('heading', { level: 1, name: '输入 PIN 解锁' })
      .waitFor();
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: '解锁' }).click();
    await page.getByRole('heading', { level: 1, name: '代办申报' }).waitFor();

    const pending = page.getByRole('region', { name: '待同步' });
    await pending.getByText(localIds[0]!).waitFor();
    expect(await pending.getByRole('listitem').count()).toBe(MORNING);
    expect(await countIn('pending')).toBe(MORNING);
    expect(
      await page
        .getByRole('form', { name: '代办申报' })
        .getByLabel('个体工商户名称', { exact: true })
        .inputValue(),
    ).toBe('尚未保存的草稿');
  }, 120000);

  it('syncs through a flapping network with every record arriving once', async () => {
    // Every fifth submission reaches the gateway, which commits it, but its
    // answer never reaches the browser.
    let submissions = 0;
    server.dropResponse = (request) =>
      request.operationName === 'SubmitApplication' && ++submissions % 5 === 2;

    const started = Date.now();
    await context.setOffline(false);
    await expect
      .poll(() => countIn('synced'), { timeout: 120000 })
      .toBeGreaterThanOrEqual(3);
    // Offline, online, offline within seconds, then a reload mid-sync.
    await context.setOffline(true);
    await page.waitForTimeout(1500);
    await context.setOffline(false);
    await page.waitForTimeout(800);
    await context.setOffline(true);
    await page.waitForTimeout(1200);
    await context.setOffline(false);
    await expect
      .poll(() => countIn('synced'), { timeout: 120000 })
      .toBeGreaterThanOrEqual(MORNING / 2);
    await page.reload();
    await expect
      .poll(() => countIn('synced'), { timeout: 300000, interval: 1000 })
      .toBe(MORNING);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Synced ${MORNING} applications with ${MORNING * 3} photos in ${seconds.toFixed(1)} s through a flapping network.`,
    );

    // The gateway received retries, some of them after a lost answer...
    const submitted = server.forwarded.filter(
      (r) => r.operationName === 'SubmitApplication',
    );
    expect(submitted.filter((r) => r.dropped).length).toBeGreaterThan(0);
    expect(new Set(submitted.map((r) => r.idempotencyKey)).size).toBe(MORNING);
    // ...and still holds each application exactly once.
    const cases = await serverCases(BUSINESS_PREFIX);
    expect(cases).toHaveLength(MORNING);
    expect(new Set(cases.map((c) => c.businessName)).size).toBe(MORNING);
    const records = await readRecords();
    expect(records.every((r) => r.state === 'synced')).toBe(true);
    const byName = new Map(cases.map((c) => [c.businessName, c.caseNumber]));
    for (const record of records)
      expect(record.caseNumber).toBe(byName.get(record.businessName));

    // The clerk sees each provisional id with its server number.
    const synced = page.getByRole('region', { name: '已同步' });
    await synced.getByText(localIds[0]!, { exact: false }).waitFor();
    expect(await synced.textContent()).toMatch(
      new RegExp(`${localIds[0]} 已提交，办件编号 ${CASE_NUMBER.source}`),
    );
  }, 600000);

  it('shows a second service point’s copy of an application as a conflict', async () => {
    const wuxi = await launchProfile('ykb-chromium-wuxi-');
    const previous = page;
    try {
      page = wuxi.pages()[0] ?? (await wuxi.newPage());
      page.setDefaultTimeout(45000);
      await page.goto('/');
      await signIn(page, 'clerk.wuxi');
      await page.goto('/intake');
      await page
        .getByLabel('事项', { exact: true })
        .locator('option', { hasText: ITEM_NAME })
        .waitFor({ state: 'attached' });
      const before = (await serverCases(BUSINESS_PREFIX)).length;

      await wuxi.setOffline(true);
      const localId = await fileApplication(`${BUSINESS_PREFIX}1号`);
      await wuxi.setOffline(false);

      const conflicts = page.getByRole('region', { name: '有冲突' });
      const card = conflicts.getByRole('listitem').filter({ hasText: localId });
      await card
        .getByText(/申请人已有同一事项的办件 [0-9A-Z]{31}-\d{8}-\d{6}/)
        .waitFor();
      await card.getByRole('button', { name: '仍然提交' }).waitFor();
      expect(await serverCases(BUSINESS_PREFIX)).toHaveLength(before);
      expect((await readRecords()).map((r) => r.state)).toEqual(['conflict']);

      page.once('dialog', (dialog) => void dialog.accept());
      await card.getByRole('button', { name: '删除' }).click();
      await expect.poll(() => readRecords()).toEqual([]);
      expect(await serverCases(BUSINESS_PREFIX)).toHaveLength(before);
    } finally {
      page = previous;
      await wuxi.close();
    }
  }, 180000);

  it('gives an analyst GraphiQL with schema docs and saved queries', async () => {
    const analyst = await launchProfile('ykb-chromium-analyst-');
    const previous = page;
    try {
      page = analyst.pages()[0] ?? (await analyst.newPage());
      page.setDefaultTimeout(45000);
      await analystSession();
    } finally {
      page = previous;
      await analyst.close();
    }
  }, 120000);

  async function analystSession(): Promise<void> {
    await signIn(page, 'analyst.city');
    await page.goto('/analysis');
    await page
      .getByRole('heading', { level: 1, name: '数据查询（GraphiQL）' })
      .waitFor();

    // GraphiQL runs only what its editor holds, so the query must be shown
    // before Execute is pressed, as a user would see it.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), {
        timeout: 20000,
      })
      .toContain('roles');
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect
      .poll(() => page.locator('.result-window').textContent(), {
        timeout: 20000,
      })
      .toContain('ANALYST');

    // The documentation comes from the bundled schema, not from the network.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs
      .getByRole('link', { name: 'Query', exact: true })
      .first()
      .click();
    await expect
      .poll(() => docs.textContent(), { timeout: 20000 })
      .toContain('supervisionStats');

    await page.getByLabel('查询名称').fill('我的角色');
    await page.getByRole('button', { name: '保存查询' }).click();
    await page.getByText('已保存查询“我的角色”。').waitFor();
    await page.reload();
    await page.getByRole('button', { name: '打开“我的角色”' }).click();
    await expect
      .poll(() => page.getByLabel('查询名称').inputValue())
      .toBe('我的角色');
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), {
        timeout: 20000,
      })
      .toContain('roles');
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect
      .poll(() => page.locator('.result-window').textContent(), {
        timeout: 20000,
      })
      .toContain('蒋分析');
  }

  it('sends requests only to the platform’s own origin', () => {
    expect(requests.operations).toContain('SubmitApplication');
    const outside = allUrls.filter((url) => {
      const { protocol, origin } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return origin !== new URL(server.url).origin;
    });
    expect(outside).toEqual([]);
  });
});
