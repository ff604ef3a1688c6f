import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  BrowserContext,
  ConsoleMessage,
  Locator,
  Page,
  Request,
} from 'playwright-core';
import { DEMO_PASSWORD, idCardCheckChar } from '@ykb/common';
import { expect } from 'vitest';
import { gatewayRequest } from '../support/platform.js';

/** Helpers that drive the PWA the way a user does: through labels, roles and visible text. */

/** The item every browser test applies for, as the citizen finds it by keyword. */
export const ITEM_NAME = '个体工商户设立登记';
export const ITEM_KEYWORD = '个体户';

/** Case numbers: 6-digit county code, acceptance date, 6-digit serial. */
export const CASE_NUMBER = /[0-9A-Z]{31}-\d{8}-\d{6}/;

// A 1x1 PNG, so the server's file-type check finds real PNG magic bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Writes the sample PNG into `dir` and returns its path, for `setInputFiles`. */
export async function writeSamplePng(
  dir: string,
  name = '材料.png',
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, PNG);
  return path;
}

/** Builds a valid resident ID card number of someone born in 巫溪县 (division 500238). */
export function validIdCard(): string {
  const first17 = '50023819900307101';
  return first17 + idCardCheckChar(first17);
}

/** Signs in on the sign-in page and waits until the header names the user. */
export async function signIn(page: Page, account: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('账号').fill(account);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText(/^当前用户：/).waitFor();
}

/**
 * Waits up to 60 s for `text` to show on the page. On failure the error
 * quotes the page's main content, which shows any error the page displayed
 * instead.
 */
export async function waitForText(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text).first().waitFor({ timeout: 60000 });
  } catch (error) {
    const mainText = await page
      .locator('main')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(`"${text}" did not show; the page reads: ${mainText}`, {
      cause: error,
    });
  }
}

/** Signs out through the header button and waits for the sign-in link to return. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '登录' })
    .waitFor();
}

/** Searches the catalogue by keyword and opens the item's detail page. */
export async function openItem(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '事项搜索' })
    .click();
  await page.getByRole('searchbox', { name: '关键词' }).fill(ITEM_KEYWORD);
  await page.getByRole('button', { name: '搜索' }).click();
  await page.getByRole('link', { name: ITEM_NAME }).click();
  await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor();
}

/**
 * Fills the form generated from the item's form fields, attaches `pngPath`
 * to every material and submits. The handling place keeps what the picker
 * shows, by default the signed-in user's village. With `keepApplicant`,
 * the applicant's name and ID-card number keep what the form shows.
 */
export async function fillAndSubmitApplication(
  page: Page,
  pngPath: string,
  businessName: string,
  { keepApplicant = false }: { keepApplicant?: boolean } = {},
): Promise<void> {
  const form = page.getByRole('region', { name: '在线申报' });
  if (!keepApplicant) {
    await form.getByRole('textbox', { name: '申请人姓名' }).fill('张三');
    await form
      .getByRole('textbox', { name: '申请人身份证号码' })
      .fill(validIdCard());
  }
  await form.getByRole('textbox', { name: '联系电话' }).fill('13800138000');
  await form
    .getByRole('textbox', { name: '个体工商户名称' })
    .fill(businessName);
  await form.getByLabel('组成形式').selectOption('个体工商户（个人经营）');
  await form.getByRole('textbox', { name: '经营者姓名' }).fill('张三');
  await form.getByRole('textbox', { name: '经营范围' }).fill('预包装食品零售');
  await form
    .getByRole('textbox', { name: '经营场所' })
    .fill('巫溪县城厢镇城北村1组');

  const materials = form
    .getByRole('group', { name: '申请材料' })
    .getByLabel(/^选择文件：/);
  const count = await materials.count();
  if (count === 0)
    throw new Error(`The form of ${ITEM_NAME} lists no material file inputs.`);
  for (let i = 0; i < count; i++) await materials.nth(i).setInputFiles(pngPath);

  await form.getByRole('button', { name: '提交申报' }).click();
}

/** Opens a page through the main navigation and waits for its heading. */
export async function openFromNavigation(
  page: Page,
  name: string,
): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Finds the card of one case in a case list by its case number. Cards have
 * a heading, which the outbox's list of synced records does not.
 */
export function caseCard(page: Page, caseNumber: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ hasText: caseNumber, has: page.getByRole('heading') });
}

/** Waits until the page is controlled by the service worker, so reloads work offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Precaching the whole build can take long on a loaded machine.
  await page.waitForFunction(
    () => navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 60000 },
  );
}

/** The fields of a stored outbox entry that the tests check. */
export interface StoredOutboxEntry {
  localId: string;
  createdBy: string;
  state: string;
  itemId: string;
  idempotencyKey: string;
  attempts: number;
  lastError: { code: string; message: string } | null;
  materialCount: number;
  divisionCode: string;
  formData: Record<string, string>;
}

/** Reads every outbox entry straight from the app's IndexedDB database. */
export function readOutbox(page: Page): Promise<StoredOutboxEntry[]> {
  return page.evaluate(
    () =>
      new Promise<StoredOutboxEntry[]>((resolve, reject) => {
        const request = indexedDB.open('ykb-offline');
        // The app creates the database on first use, so this read must not create it.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve([]);
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
                state: e.state,
                itemId: e.itemId,
                idempotencyKey: e.idempotencyKey,
                attempts: e.attempts,
                lastError: e.lastError,
                materialCount: e.materials.length,
                divisionCode: e.divisionCode,
                formData: e.formData,
              })),
            );
          };
        };
      }),
  );
}

/** Rewrites the item id of one stored outbox entry, as a corrupted or outdated entry would carry. */
export function setOutboxItemId(
  page: Page,
  localId: string,
  itemId: string,
): Promise<void> {
  return page.evaluate(
    ({ localId, itemId }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ykb-offline');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('outbox', 'readwrite');
          const store = transaction.objectStore('outbox');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) return;
            if (current.value.localId === localId)
              current.update({ ...current.value, itemId });
            current.continue();
          };
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { localId, itemId },
  );
}

/** Records the URL of every request the browser context makes, service worker included. */
export function recordRequests(context: BrowserContext): {
  urls: string[];
  operations: string[];
} {
  const record = { urls: [] as string[], operations: [] as string[] };
  context.on('request', (request: Request) => {
    record.urls.push(request.url());
    const name = operationNameOf(request);
    if (name) record.operations.push(name);
  });
  return record;
}

/** Returns the GraphQL operation name of a POST to /graphql, or null. */
function operationNameOf(request: Request): string | null {
  if (
    request.method() !== 'POST' ||
    !new URL(request.url()).pathname.startsWith('/graphql')
  )
    return null;
  try {
    const body = request.postDataJSON() as { operationName?: unknown } | null;
    return typeof body?.operationName === 'string' ? body.operationName : null;
  } catch {
    return null;
  }
}

/** Signs in through the gateway and returns the bearer token. */
export async function gatewayToken(
  gatewayUrl: string,
  account: string,
): Promise<string> {
  const result = await gatewayRequest<{ signIn: { token: string } }>(
    gatewayUrl,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: DEMO_PASSWORD },
  );
  if (!result.data)
    throw new Error(
      `Sign-in of ${account} failed: ${JSON.stringify(result.errors)}`,
    );
  return result.data.signIn.token;
}

/** Submitted cases in `account`'s worklist with their business names, read through the gateway. */
export async function submittedCases(
  gatewayUrl: string,
  account: string,
): Promise<{ caseNumber: string; businessName: string }[]> {
  const token = await gatewayToken(gatewayUrl, account);
  const result = await gatewayRequest<{
    worklist: { caseNumber: string; formData: Record<string, string> | null }[];
  }>(
    gatewayUrl,
    'query { worklist(status: SUBMITTED, first: 100) { caseNumber formData } }',
    {},
    token,
  );
  if (!result.data)
    throw new Error(`worklist failed: ${JSON.stringify(result.errors)}`);
  return result.data.worklist.map((c) => ({
    caseNumber: c.caseNumber,
    businessName: c.formData?.businessName ?? '',
  }));
}

/** Case numbers of the submitted cases in `account`'s worklist with the business name. */
export async function submittedCaseNumbers(
  gatewayUrl: string,
  account: string,
  businessName: string,
): Promise<string[]> {
  const cases = await submittedCases(gatewayUrl, account);
  return cases
    .filter((c) => c.businessName === businessName)
    .map((c) => c.caseNumber);
}

/** Opens the intake page and waits until it lists the catalogue item, which comes from the device cache. */
export async function openIntake(page: Page): Promise<void> {
  await page.goto('/intake');
  await page.getByRole('heading', { level: 1, name: '代办申报' }).waitFor();
  await page
    .getByLabel('事项', { exact: true })
    .locator('option', { hasText: ITEM_NAME })
    .waitFor({ state: 'attached' });
}

/** A case as the gateway lists it to its applicant. */
export interface GatewayCase {
  id: string;
  caseNumber: string;
  status: string;
  formData: Record<string, string> | null;
}

/** Lists the signed-in user's cases through the gateway. */
export async function gatewayCases(
  gatewayUrl: string,
  token: string,
): Promise<GatewayCase[]> {
  const result = await gatewayRequest<{ myCases: GatewayCase[] }>(
    gatewayUrl,
    'query { myCases(first: 100) { id caseNumber status formData } }',
    {},
    token,
  );
  if (!result.data)
    throw new Error(`myCases failed: ${JSON.stringify(result.errors)}`);
  return result.data.myCases;
}

/**
 * Fills the intake form (代办申报) for one application, attaches `photoPath`
 * to every material, saves it and returns the provisional id shown.
 */
export async function fileIntakeApplication(
  page: Page,
  businessName: string,
  photoPath: string,
): Promise<string> {
  const form = page.getByRole('form', { name: '代办申报' });
  // Page errors and console errors explain a save that never finishes.
  const pageErrors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  };
  const onPageError = (error: Error) => pageErrors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    return await fillAndSave(form, businessName, photoPath, pageErrors);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

/** Fills and saves the intake form; failures quote the form and `pageErrors`. */
async function fillAndSave(
  form: Locator,
  businessName: string,
  photoPath: string,
  pageErrors: string[],
): Promise<string> {
  const status = form.getByRole('status').filter({ hasText: '临时编号' });
  const before = (await status.count()) ? await status.textContent() : null;

  await form
    .getByLabel('事项', { exact: true })
    .selectOption({ label: ITEM_NAME });
  await form
    .getByLabel('申请人身份证号码', { exact: true })
    .fill(validIdCard());
  await form.getByLabel('申请人姓名', { exact: true }).fill('张三');
  await form.getByLabel('联系电话', { exact: true }).fill('13800138000');
  await form.getByLabel('个体工商户名称', { exact: true }).fill(businessName);
  await form
    .getByLabel('组成形式', { exact: true })
    .selectOption('个体工商户（个人经营）');
  await form.getByLabel('经营者姓名', { exact: true }).fill('张三');
  await form.getByLabel('经营范围', { exact: true }).fill('预包装食品零售');
  await form
    .getByLabel('经营场所', { exact: true })
    .fill('巫溪县城厢镇城北村1组');
  const photos = form.getByLabel(/^拍照或选择图片：/);
  const count = await photos.count();
  for (let i = 0; i < count; i++) await photos.nth(i).setInputFiles(photoPath);
  try {
    await expect
      .poll(() => form.getByText(/^已压缩为 \d+ KB$/).count(), {
        timeout: 60000,
      })
      .toBe(count);
  } catch (error) {
    throw new Error(
      `The photos were not compressed; the form reads: ${await form.textContent()}; page errors: ${pageErrors.join(' | ') || 'none'}`,
      { cause: error },
    );
  }
  const saveButton = form.getByRole('button', { name: '保存到本机并提交' });
  await saveButton.click();

  try {
    await expect
      .poll(() => status.textContent(), { timeout: 60000 })
      .not.toBe(before);
  } catch (error) {
    throw new Error(
      `The application was not saved; the save button is ${(await saveButton.isEnabled()) ? 'enabled' : 'disabled'}; the form reads: ${await form.textContent()}; page errors: ${pageErrors.join(' | ') || 'none'}`,
      { cause: error },
    );
  }
  const localId = /临时编号 (L-[0-9A-Z]+-[0-9a-z]+)/.exec(
    (await status.textContent()) ?? '',
  )?.[1];
  if (!localId) throw new Error('The intake page showed no provisional id.');
  return localId;
}

/**
 * Writes a camera-sized PNG (3000x2000 unless told, with noise) drawn by
 * the browser into `dir` and returns its path.
 */
export async function writeCameraPhoto(
  page: Page,
  dir: string,
  width = 3000,
  height = 2000,
): Promise<string> {
  const base64 = await page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, '#c8102e');
      gradient.addColorStop(1, '#1d4f91');
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      const noise = context.getImageData(0, 0, width, height);
      for (let i = 0; i < noise.data.length; i += 4)
        noise.data[i] = (noise.data[i]! + Math.random() * 60) & 255;
      context.putImageData(noise, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { width, height },
  );
  const path = join(dir, '营业执照申请书照片.png');
  await writeFile(path, Buffer.from(base64, 'base64'));
  return path;
}
