import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoUserId } from '@ykb/common';
import { withSubgraphDatabase } from '../support/database.js';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';
import { axeViolations } from './axe.js';
import {
  fillAndSubmitApplication,
  gatewayToken,
  openItem,
  readOutbox,
  signIn,
  signOut,
  validIdCard,
  waitForServiceWorkerControl,
  waitForText,
  writeSamplePng,
} from './support.js';

/**
 * Drives the online application form (在线申报) in headless Chromium. The
 * citizen's own name, ID-card number and mobile are prefilled, but what the
 * citizen typed first is kept. A legal person gets its registered name and
 * contact mobile. The handling place is picked from the division tree
 * (county, township, village) in Chinese and English. A village clerk, who
 * files for residents, gets no prefill and still picks from the saved
 * division lists offline.
 *
 * The ports lie 160 above the browser test base (PWA 17 above), an offset
 * no other browser test file uses, so this file can run beside the others.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 160;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 17;
const CITIZEN = '13800138000';
const CLERK = 'clerk.chengbei';
const COMPANY = 'company.demo';
const COMPANY_NAME = '重庆山城示例科技有限公司';
/** Contact mobile the test gives the demo legal person, which has none. */
const COMPANY_MOBILE = '13700137000';
/** A legal person's item whose form has the organisation-name field (单位名称). */
const COMPANY_ITEM = '公司注销登记';
/** 巫溪县, its town 城厢镇 and two of the town's villages, 城北村 and 渔渡村. */
const COUNTY = '500238';
const TOWNSHIP = '500238100';
const HOME_VILLAGE = '500238100205';
const OTHER_VILLAGE = '500238100206';

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let fileDir: string;
let pngPath: string;
/** operationName of every GraphQL request the browser sent, in order. */
const operations: string[] = [];

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  browser.context.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST')
      return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) operations.push(body.operationName);
  });
  page = browser.page;
  page.setDefaultTimeout(45000);
  fileDir = await mkdtemp(join(tmpdir(), 'ykb-browser-form-'));
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

function applicationForm(): Locator {
  return page.getByRole('region', { name: '在线申报' });
}

/** Text of the option a select shows as chosen. */
async function chosenText(select: Locator): Promise<string> {
  return ((await select.locator('option:checked').textContent()) ?? '').trim();
}

/** Finds the three selects of the division picker by their Chinese labels. */
function pickerOf(form: Locator) {
  return {
    county: form.getByLabel('区县', { exact: true }),
    township: form.getByLabel(/^乡镇（街道）/),
    village: form.getByLabel(/^村（社区）/),
  };
}

/** Waits until the picker shows the citizen's and clerk's home village by name, not by code. */
async function waitForHomeVillage(form: Locator): Promise<void> {
  const picker = pickerOf(form);
  await expect.poll(() => picker.county.inputValue()).toBe(COUNTY);
  await expect.poll(() => chosenText(picker.county)).toBe('巫溪县');
  await expect.poll(() => picker.township.inputValue()).toBe(TOWNSHIP);
  await expect.poll(() => chosenText(picker.township)).toBe('城厢镇');
  await expect.poll(() => picker.village.inputValue()).toBe(HOME_VILLAGE);
  await expect.poll(() => chosenText(picker.village)).toMatch(/^城北村/);
}

/** Searches the catalogue by keyword and opens the detail page of the item named `name`. */
async function openItemNamed(
  page: Page,
  keyword: string,
  name: string,
): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '事项搜索' })
    .click();
  await page.getByRole('searchbox', { name: '关键词' }).fill(keyword);
  await page.getByRole('button', { name: '搜索' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Reads the citizen's cases with their handling place and form through the gateway. */
async function citizenCases() {
  const token = await gatewayToken(platform.gatewayUrl, CITIZEN);
  const result = await gatewayRequest<{
    myCases: {
      caseNumber: string;
      divisionCode: string;
      formData: Record<string, string> | null;
    }[];
  }>(
    platform.gatewayUrl,
    'query { myCases(first: 100) { caseNumber divisionCode formData } }',
    {},
    token,
  );
  if (!result.data)
    throw new Error(`myCases failed: ${JSON.stringify(result.errors)}`);
  return result.data.myCases;
}

describe('application form in Chromium', () => {
  it('prefills the citizen and files in a picked village', async () => {
    await page.goto('/');
    await signIn(page, CITIZEN);
    await openItem(page);
    const form = applicationForm();

    const name = form.getByRole('textbox', { name: '申请人姓名' });
    const idCard = form.getByRole('textbox', { name: '申请人身份证号码' });
    const mobile = form.getByRole('textbox', { name: '联系电话' });
    await expect.poll(() => name.inputValue()).toBe('张三');
    await expect.poll(() => idCard.inputValue()).toBe(validIdCard());
    await expect.poll(() => mobile.inputValue()).toBe(CITIZEN);
    expect(operations).toContain('ApplicantProfile');
    await waitForHomeVillage(form);

    const violations = await axeViolations(page, '.application-form');
    expect(violations).toEqual([]);

    const picker = pickerOf(form);
    await picker.village.selectOption(OTHER_VILLAGE);
    expect(await chosenText(picker.village)).toMatch(/^渔渡村/);

    // A new county clears the township and village below it.
    await picker.county.selectOption('500103');
    expect(await picker.township.inputValue()).toBe('');
    expect(await picker.village.isDisabled()).toBe(true);
    await picker.county.selectOption(COUNTY);
    await picker.township.locator(`option[value="${TOWNSHIP}"]`).waitFor({
      state: 'attached',
    });
    await picker.township.selectOption(TOWNSHIP);
    await picker.village
      .locator(`option[value="${OTHER_VILLAGE}"]`)
      .waitFor({ state: 'attached' });
    await picker.village.selectOption(OTHER_VILLAGE);

    const businessName = '渔渡村张三小卖部';
    await fillAndSubmitApplication(page, pngPath, businessName, {
      keepApplicant: true,
    });
    await waitForText(page, '申报已提交');

    const filed = (await citizenCases()).filter(
      (c) => c.formData?.businessName === businessName,
    );
    expect(filed).toHaveLength(1);
    expect(filed[0]!.divisionCode).toBe(OTHER_VILLAGE);
    expect(filed[0]!.formData?.applicantName).toBe('张三');
    expect(filed[0]!.formData?.applicantIdCard).toBe(validIdCard());
  }, 120000);

  it('keeps what the citizen typed first', async () => {
    // The profile response waits until the citizen has typed a mobile.
    let profileRequested!: () => void;
    const requested = new Promise<void>((resolve) => {
      profileRequested = resolve;
    });
    let releaseProfile!: () => void;
    const released = new Promise<void>((resolve) => {
      releaseProfile = resolve;
    });
    const holdProfile = async (route: Route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
      } | null;
      if (body?.operationName !== 'ApplicantProfile') return route.fallback();
      profileRequested();
      await released;
      return route.fallback();
    };
    await browser.context.route('**/graphql', holdProfile);
    try {
      await openItem(page);
      const form = applicationForm();
      const name = form.getByRole('textbox', { name: '申请人姓名' });
      const mobile = form.getByRole('textbox', { name: '联系电话' });
      await requested;
      await mobile.fill('13900139000');
      releaseProfile();

      await expect.poll(() => name.inputValue()).toBe('张三');
      expect(await mobile.inputValue()).toBe('13900139000');
    } finally {
      releaseProfile();
      await browser.context.unroute('**/graphql', holdProfile);
    }
  }, 60000);

  it('labels the picker in English', async () => {
    await openItem(page);
    await page.getByLabel('语言').selectOption('en');
    try {
      const form = page.getByRole('region', { name: 'Apply online' });
      const county = form.getByLabel('District or county', { exact: true });
      await expect.poll(() => chosenText(county)).toBe('Wuxi County');
      await form.getByRole('group', { name: /^Handling place/ }).waitFor();
      await form.getByLabel(/^Village or community/).waitFor();
      expect(await axeViolations(page, '.application-form')).toEqual([]);

      await county.selectOption('');
      await form.getByRole('button', { name: 'Submit application' }).click();
      await form
        .getByRole('alert')
        .getByText('Choose the district or county of the handling place.')
        .waitFor();
    } finally {
      await page.getByLabel('Language').selectOption('zh-CN');
    }
  }, 60000);

  it("prefills a legal person's name and mobile", async () => {
    await withSubgraphDatabase(platform.dbPrefix, 'identity', (db) =>
      db
        .collection<{ _id: string }>('users')
        .updateOne(
          { _id: demoUserId(COMPANY) },
          { $set: { mobile: COMPANY_MOBILE } },
        ),
    );
    await signOut(page);
    await signIn(page, COMPANY);
    const before = operations.length;

    await openItemNamed(page, '注销', COMPANY_ITEM);
    const form = applicationForm();

    const entityName = form.getByRole('textbox', { name: '单位名称' });
    const mobile = form.getByRole('textbox', { name: '联系电话' });
    await expect.poll(() => entityName.inputValue()).toBe(COMPANY_NAME);
    await expect.poll(() => mobile.inputValue()).toBe(COMPANY_MOBILE);
    expect(operations.slice(before)).toContain('ApplicantProfile');
    expect(
      await form.getByRole('textbox', { name: '法定代表人' }).inputValue(),
    ).toBe('');
  }, 60000);

  it('leaves the clerk unfilled and picks offline', async () => {
    await signOut(page);
    await signIn(page, CLERK);
    await waitForServiceWorkerControl(page);
    const before = operations.length;
    // Opening the item online saves the item and the division lists the form needs offline.
    await openItem(page);
    const form = applicationForm();
    await waitForHomeVillage(form);
    expect(operations.slice(before)).not.toContain('ApplicantProfile');
    expect(
      await form.getByRole('textbox', { name: '申请人姓名' }).inputValue(),
    ).toBe('');
    expect(
      await form
        .getByRole('textbox', { name: '申请人身份证号码' })
        .inputValue(),
    ).toBe('');
    expect(
      await form.getByRole('textbox', { name: '联系电话' }).inputValue(),
    ).toBe('');

    await browser.context.setOffline(true);
    await page.reload();
    await page.getByText('当前处于离线状态').waitFor();
    await waitForHomeVillage(form);
    const picker = pickerOf(form);
    expect(await picker.village.locator('option').count()).toBeGreaterThan(2);
    await picker.village.selectOption(OTHER_VILLAGE);
    expect(await chosenText(picker.village)).toMatch(/^渔渡村/);
    expect(
      await form.getByRole('textbox', { name: '申请人姓名' }).inputValue(),
    ).toBe('');

    const businessName = '渔渡村代办便民店';
    await fillAndSubmitApplication(page, pngPath, businessName);
    await page.getByText('网络不可用，申报已保存在本机').waitFor();
    const stored = (await readOutbox(page)).filter(
      (entry) => entry.formData.businessName === businessName,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      createdBy: demoUserId(CLERK),
      divisionCode: OTHER_VILLAGE,
    });
    expect(stored[0]!.formData.applicantName).toBe('张三');
  }, 120000);
});
