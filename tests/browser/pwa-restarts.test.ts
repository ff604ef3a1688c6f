import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPwaIfStale, ROOT } from '../../scripts/lib/platform.js';
import { launchPersistentChromium } from '../../pwa/test/browser/chromium.js';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';
import {
  startPwaServer,
  type ForwardedRequest,
  type PwaServer,
} from './pwaServer.js';
import {
  fileIntakeApplication,
  gatewayCases,
  gatewayToken,
  type GatewayCase,
  openIntake,
  readOutbox,
  signIn,
  submittedCaseNumbers,
  waitForServiceWorkerControl,
  writeCameraPhoto,
} from './support.js';

/**
 * What survives a reload or a browser restart, in headless Chromium with
 * the real Workbox service worker against the whole platform. The tests
 * reload the page in the middle of an outbox replay, restart the browser
 * offline so that Apollo's cache must be restored from IndexedDB before
 * the first query, and check the storage requests made at start-up. The
 * citizen then rates a closed case and files a complaint.
 * The clerk files the applications for the demo citizen 13800138000, whose
 * ID-card number the intake form is filled with.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 140;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 15;
const CLERK = 'clerk.chengbei';
const CITIZEN = '13800138000';
const BUSINESS_NAME = '同步中刷新代办便民店';
const SUFFIXES = ['一号', '二号', '三号', '四号'];
const MEGABYTE = 1024 * 1024;

let platform: TestPlatform;
let server: PwaServer;
let fileDir: string;
const profiles: string[] = [];
const contexts: BrowserContext[] = [];

/** Starts chromium on a profile folder and returns its context and first page. */
async function startBrowser(
  profileDir: string,
  offline = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchPersistentChromium(profileDir, {
    baseURL: server.url,
    offline,
  });
  contexts.push(context);
  context.on('weberror', (error) =>
    console.error(`Error in the page: ${error.error().message}`),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(45000);
  return { context, page };
}

async function newProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ykb-chromium-restarts-'));
  profiles.push(dir);
  return dir;
}

/** Texts of the case cards on 我的办件. */
function caseCardTexts(page: Page): Promise<string[]> {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .allTextContents();
}

/** Whether the user's saved Apollo cache in IndexedDB contains a `myCases` result. */
function savedCacheHasMyCases(page: Page, userId: string): Promise<boolean> {
  return page.evaluate(
    (userId) =>
      new Promise<boolean>((resolve, reject) => {
        const request = indexedDB.open('ykb-offline');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db
            .transaction('apolloCache')
            .objectStore('apolloCache')
            .get(userId);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            const root = read.result?.data?.ROOT_QUERY ?? {};
            resolve(Object.keys(root).some((key) => key.startsWith('myCases')));
          };
        };
      }),
    userId,
  );
}

/**
 * Records the order of start-up events in `window.ykbTimeline`, from
 * before the app's first script. The events are the read of the saved
 * Apollo cache (`cache-read`), every GraphQL request the page makes
 * (`fetch:` and the operation name), every alert that appears (`alert:`
 * and its text) and the empty 我的办件 list (`empty`).
 * It also counts the persistent-storage requests in `window.ykbPersistCalls`,
 * with what each `persisted()` call returned.
 */
function recordStartUp(): void {
  // Init scripts run in every frame, also in those without the app's APIs.
  if (typeof StorageManager === 'undefined') return;
  const timeline: string[] = [];
  (window as unknown as { ykbTimeline: string[] }).ykbTimeline = timeline;
  const counters = {
    persisted: 0,
    persist: 0,
    persistedAnswers: [] as boolean[],
  };
  (window as unknown as { ykbPersistCalls: typeof counters }).ykbPersistCalls =
    counters;

  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (
    this: IDBObjectStore,
    query: IDBValidKey | IDBKeyRange,
  ) {
    const request = get.call(this, query);
    if (this.name === 'apolloCache')
      request.addEventListener('success', () => timeline.push('cache-read'));
    return request;
  };

  const fetchOriginal = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/graphql') && typeof init?.body === 'string') {
      try {
        const name = JSON.parse(init.body).operationName;
        timeline.push(`fetch:${name}`);
      } catch {
        timeline.push('fetch:?');
      }
    }
    return fetchOriginal.call(window, input, init);
  };

  const storage = StorageManager.prototype;
  const persisted = storage.persisted;
  storage.persisted = function (this: StorageManager) {
    counters.persisted += 1;
    return persisted.call(this).then((answer) => {
      counters.persistedAnswers.push(answer);
      return answer;
    });
  };
  const persist = storage.persist;
  storage.persist = function (this: StorageManager) {
    counters.persist += 1;
    return persist.call(this);
  };

  new MutationObserver(() => {
    for (const alert of document.querySelectorAll('[role=alert]')) {
      const entry = `alert:${alert.textContent?.trim()}`;
      if (!timeline.includes(entry)) timeline.push(entry);
    }
    if (document.body?.textContent?.includes('暂无办件。'))
      if (!timeline.includes('empty')) timeline.push('empty');
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE);
  await buildPwaIfStale(() => {});
  server = await startPwaServer({
    port: PWA_PORT,
    distDir: join(ROOT, 'pwa', 'dist'),
    gatewayUrl: platform.gatewayUrl,
  });
  fileDir = await mkdtemp(join(tmpdir(), 'ykb-browser-restarts-'));
}, 600000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await server?.close();
  await platform?.stop();
  for (const dir of [...profiles, fileDir])
    if (dir) await rm(dir, { recursive: true, force: true });
});

// A failed test must not leave requests held for the next one.
afterEach(() => {
  server.holdRequest = () => null;
});

describe('PWA across reloads and restarts', () => {
  it('replays each record once across a reload mid-sync', async () => {
    const { context, page } = await startBrowser(await newProfile());
    await page.goto('/');
    await signIn(page, CLERK);
    await waitForServiceWorkerControl(page);
    const photoPath = await writeCameraPhoto(page, fileDir, 1200, 900);
    await openIntake(page);

    await context.setOffline(true);
    for (const suffix of SUFFIXES)
      await fileIntakeApplication(page, `${BUSINESS_NAME}${suffix}`, photoPath);
    const queued = await readOutbox(page);
    expect(queued.map((e) => e.state)).toEqual(SUFFIXES.map(() => 'pending'));
    expect(queued.every((e) => e.materialCount > 0)).toBe(true);

    // The first submission of the second record is held before it reaches
    // the gateway, so the first record is on the server and the others are
    // not. A record may take two requests, because a persisted-query miss
    // is followed by the full document.
    let releaseHeld!: () => void;
    const held = new Promise<void>((resolve) => (releaseHeld = resolve));
    let reachedHold!: (request: ForwardedRequest) => void;
    const holding = new Promise<ForwardedRequest>(
      (resolve) => (reachedHold = resolve),
    );
    let holdDone = false;
    server.holdRequest = (request) => {
      if (
        holdDone ||
        request.operationName !== 'SubmitApplication' ||
        request.idempotencyKey !== queued[1]!.idempotencyKey
      )
        return null;
      holdDone = true;
      reachedHold(request);
      return held;
    };
    await context.setOffline(false);
    const heldRequest = await holding;
    const [first, second, ...rest] = SUFFIXES.map(
      (s) => `${BUSINESS_NAME}${s}`,
    );
    expect(await serverCases(first!)).toHaveLength(1);
    for (const name of [second!, ...rest])
      expect(await serverCases(name)).toEqual([]);

    // The reload leaves the held request without a page to answer. The
    // gateway still gets it, as a request already on its way does, and
    // commits the second record.
    const navigated = page.waitForEvent('framenavigated');
    const reload = page.reload();
    await navigated;
    releaseHeld();
    await reload;
    await expect
      .poll(async () => (await readOutbox(page)).map((e) => e.state), {
        timeout: 120000,
      })
      .toEqual(SUFFIXES.map(() => 'synced'));

    for (const suffix of SUFFIXES)
      expect(await serverCases(`${BUSINESS_NAME}${suffix}`)).toHaveLength(1);
    const sent = server.forwarded
      .filter((r) => r.operationName === 'SubmitApplication')
      .map((r) => r.idempotencyKey);
    expect(new Set(sent)).toEqual(new Set(queued.map((e) => e.idempotencyKey)));
    // The replay after the reload sent the held record again with its key.
    const resent = server.forwarded
      .slice(server.forwarded.indexOf(heldRequest) + 1)
      .filter(
        (r) =>
          r.operationName === 'SubmitApplication' &&
          r.idempotencyKey === queued[1]!.idempotencyKey,
      );
    expect(resent.length).toBeGreaterThan(0);
    const after = await readOutbox(page);
    expect(after.map((e) => e.idempotencyKey)).toEqual(
      queued.map((e) => e.idempotencyKey),
    );
    await context.close();
  }, 300000);

  let citizenProfile: string;
  let citizenContext: BrowserContext;
  let citizenPage: Page;

  it('shows 我的办件 from the restored cache offline', async () => {
    citizenProfile = await newProfile();
    const online = await startBrowser(citizenProfile);
    await online.page.goto('/');
    await signIn(online.page, CITIZEN);
    await waitForServiceWorkerControl(online.page);
    await online.page.goto('/cases');
    await online.page
      .getByRole('heading', { level: 1, name: '我的办件' })
      .waitFor();
    await expect
      .poll(() => caseCardTexts(online.page).then((t) => t.length))
      .toBeGreaterThanOrEqual(SUFFIXES.length);
    const shown = await caseCardTexts(online.page);
    const userId = await online.page.evaluate(
      () => JSON.parse(localStorage.getItem('ykb.session')!).user.id as string,
    );
    await expect
      .poll(() => savedCacheHasMyCases(online.page, userId), { timeout: 10000 })
      .toBe(true);

    // The browser restarts with the network gone.
    await online.context.setOffline(true);
    await online.context.close();
    const restarted = await startBrowser(citizenProfile, true);
    citizenContext = restarted.context;
    citizenPage = restarted.page;
    await citizenContext.addInitScript(recordStartUp);
    await citizenPage.goto('/cases');
    await citizenPage
      .getByRole('heading', { level: 1, name: '我的办件' })
      .waitFor();
    await expect
      .poll(() => caseCardTexts(citizenPage).then((t) => t.length))
      .toBe(shown.length);
    expect(await caseCardTexts(citizenPage)).toEqual(shown);

    const timeline = await citizenPage.evaluate(
      () => (window as unknown as { ykbTimeline: string[] }).ykbTimeline,
    );
    expect(timeline.filter((e) => e.startsWith('alert:'))).toEqual([]);
    expect(timeline).not.toContain('empty');
    const restoredAt = timeline.indexOf('cache-read');
    const queriedAt = timeline.indexOf('fetch:MyCases');
    expect(restoredAt).toBeGreaterThanOrEqual(0);
    expect(queriedAt).toBeGreaterThan(restoredAt);
  }, 240000);

  it('requests persistent storage and warns near the quota', async () => {
    // The start-up of the previous test had the browser's real estimate,
    // so no quota warning shows.
    const persistCalls = await citizenPage.evaluate(
      () =>
        (
          window as unknown as {
            ykbPersistCalls: {
              persisted: number;
              persist: number;
              persistedAnswers: boolean[];
            };
          }
        ).ykbPersistCalls,
    );
    // The app requests persistence only when the data is not persistent yet.
    expect(persistCalls.persisted).toBe(1);
    const alreadyPersisted = persistCalls.persistedAnswers[0];
    expect(persistCalls.persist).toBe(alreadyPersisted ? 0 : 1);
    expect(await citizenPage.getByText(/本机存储空间即将用完/).count()).toBe(0);

    // A page whose browser reports 95 MB used of 100 MB and rejects
    // persistence. It counts its own requests, because its overrides
    // replace the recording wrappers.
    const nearlyFull = await citizenContext.newPage();
    await nearlyFull.addInitScript((megabyte) => {
      if (typeof StorageManager === 'undefined') return;
      const calls = { persisted: 0, persist: 0 };
      (window as unknown as { ykbRefused: typeof calls }).ykbRefused = calls;
      StorageManager.prototype.estimate = async () => ({
        usage: 95 * megabyte,
        quota: 100 * megabyte,
      });
      StorageManager.prototype.persisted = async () => {
        calls.persisted += 1;
        return false;
      };
      StorageManager.prototype.persist = async () => {
        calls.persist += 1;
        return false;
      };
    }, MEGABYTE);
    await nearlyFull.goto('/cases');
    await nearlyFull
      .getByRole('alert')
      .filter({
        hasText:
          '本机存储空间即将用完（已用 95 MB，共 100 MB）。请尽快联网同步。',
      })
      .waitFor();
    await nearlyFull
      .getByRole('status')
      .filter({ hasText: '浏览器未承诺长期保存本机数据' })
      .waitFor();
    const calls = await nearlyFull.evaluate(
      () =>
        (window as unknown as { ykbRefused: Record<string, number> })
          .ykbRefused,
    );
    expect(calls).toEqual({ persisted: 1, persist: 1 });
    await nearlyFull.close();
  }, 120000);

  it('warns when queued records near the quota', async () => {
    const { context, page } = await startBrowser(await newProfile());
    // The reported usage is 10 MB of 100 MB until the test raises it.
    await page.addInitScript((megabyte) => {
      if (typeof StorageManager === 'undefined') return;
      const usage = { bytes: 10 * megabyte };
      (window as unknown as { ykbUsage: typeof usage }).ykbUsage = usage;
      StorageManager.prototype.estimate = async () => ({
        usage: usage.bytes,
        quota: 100 * megabyte,
      });
    }, MEGABYTE);
    await page.goto('/');
    await signIn(page, CLERK);
    await waitForServiceWorkerControl(page);
    const photoPath = await writeCameraPhoto(page, fileDir, 1200, 900);
    await openIntake(page);
    const warning = page
      .getByRole('alert')
      .filter({ hasText: /本机存储空间即将用完/ });
    expect(await warning.count()).toBe(0);

    await context.setOffline(true);
    await page.evaluate((megabyte) => {
      (window as unknown as { ykbUsage: { bytes: number } }).ykbUsage.bytes =
        90 * megabyte;
    }, MEGABYTE);
    await fileIntakeApplication(page, `${BUSINESS_NAME}存满`, photoPath);
    await warning
      .filter({ hasText: '（已用 90 MB，共 100 MB）' })
      .waitFor({ timeout: 10000 });
    await context.close();
  }, 180000);

  it('rates a closed case on 服务评价', async () => {
    await citizenContext.setOffline(false);
    const citizenToken = await gatewayToken(platform.gatewayUrl, CITIZEN);
    const target = await citizenCase(citizenToken, '一号');
    const clerkToken = await gatewayToken(platform.gatewayUrl, CLERK);
    const versioned = await gatewayRequest<{ case: { version: number } }>(
      platform.gatewayUrl,
      'query($id: ID!) { case(id: $id) { version } }',
      { id: target.id },
      clerkToken,
    );
    const closed = await gatewayRequest(
      platform.gatewayUrl,
      'mutation($id: ID!, $version: Int) { notAcceptCase(id: $id, reason: "经营场所证明材料不属于本事项受理范围", version: $version) { status } }',
      { id: target.id, version: versioned.data!.case.version },
      clerkToken,
    );
    expect(closed.errors).toBeUndefined();

    const page = citizenPage;
    await page.goto(`/cases/${target.id}/services`);
    await page.getByRole('heading', { level: 2, name: '服务评价' }).waitFor();
    await page.getByRole('radio', { name: '非常满意', exact: true }).check();
    await page.getByLabel('评价理由（用逗号分隔）').fill('态度好，效率高');
    await page.getByLabel('意见与建议').fill('不予受理的理由讲得清楚。');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('您已评价：非常满意').waitFor();

    const rated = await gatewayRequest<{
      case: {
        evaluation: { level: string; reasons: string[]; comment: string };
      };
    }>(
      platform.gatewayUrl,
      'query($id: ID!) { case(id: $id) { evaluation { level reasons comment } } }',
      { id: target.id },
      citizenToken,
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.case.evaluation).toEqual({
      level: 'VERY_SATISFIED',
      reasons: ['态度好', '效率高'],
      comment: '不予受理的理由讲得清楚。',
    });
  }, 120000);

  it('files a complaint on 咨询、投诉与建议', async () => {
    const citizenToken = await gatewayToken(platform.gatewayUrl, CITIZEN);
    const target = await citizenCase(citizenToken, '二号');

    const page = citizenPage;
    await page.goto(`/cases/${target.id}`);
    await page.getByRole('link', { name: '咨询或投诉此办件' }).click();
    await page
      .getByRole('heading', { level: 1, name: '咨询、投诉与建议' })
      .waitFor();
    // The link preselects the case, which the list names by its case number.
    const caseSelect = page.getByLabel('相关办件（选填）');
    await page
      .locator('#inquiry-case option:checked', { hasText: target.caseNumber })
      .waitFor({ state: 'attached' });
    expect(await caseSelect.inputValue()).toBe(target.id);
    await expect.poll(() => page.getByLabel('受理部门').count()).toBe(0);
    await page.getByRole('radio', { name: '投诉', exact: true }).check();
    await page.getByLabel('主题').fill('代办申报迟迟未受理');
    await page.getByLabel('内容').fill('村服务点已代办提交，三天未见受理。');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^已提交，答复期限 .+。$/ })
      .waitFor();
    expect(await page.getByLabel('主题').inputValue()).toBe('');

    const inquiries = await gatewayRequest<{
      myInquiries: {
        kind: string;
        subject: string;
        content: string;
        caseNumber: string | null;
        status: string;
      }[];
    }>(
      platform.gatewayUrl,
      'query { myInquiries(kind: COMPLAINT, first: 20) { kind subject content caseNumber status } }',
      {},
      citizenToken,
    );
    expect(inquiries.errors).toBeUndefined();
    expect(inquiries.data!.myInquiries).toEqual([
      {
        kind: 'COMPLAINT',
        subject: '代办申报迟迟未受理',
        content: '村服务点已代办提交，三天未见受理。',
        caseNumber: target.caseNumber,
        status: 'OPEN',
      },
    ]);
  }, 120000);
});

/** Finds the citizen's case filed in the first test with the business-name suffix. */
async function citizenCase(
  citizenToken: string,
  suffix: string,
): Promise<GatewayCase> {
  const mine = await gatewayCases(platform.gatewayUrl, citizenToken);
  const found = mine.find(
    (c) => c.formData?.businessName === `${BUSINESS_NAME}${suffix}`,
  );
  if (!found)
    throw new Error(`The citizen has no case of ${BUSINESS_NAME}${suffix}.`);
  return found;
}

/** Case numbers of the clerk's submitted cases with the business name. */
function serverCases(businessName: string): Promise<string[]> {
  return submittedCaseNumbers(platform.gatewayUrl, CLERK, businessName);
}
