import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { withSubgraphDatabase } from '../support/database.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import {
  CITIZEN,
  fileApprovedCase,
  gatewayAs,
  issueFoodLicence,
  switchUser,
} from './licences.js';
import { writeSamplePng } from './support.js';

/**
 * Drives the licence officer's change form on the 制证与归集 page and the
 * failed-issuance notice on the case page of the built PWA in headless
 * Chromium on the whole platform. The ports lie 150 above the browser test
 * base (PWA 16 above), an offset no other browser test file uses, so this
 * file can run beside any other.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 150;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 16;

/** A licence as the gateway's findLicences returns it to a licence officer. */
interface OfficerLicence {
  identifier: string;
  version: number;
  status: string;
  faceElements: { key: string; value: unknown }[];
  versions: { version: number; status: string; reason: string | null }[];
}

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'ykb-browser-licence-change-'));
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Finds one licence by identifier through the gateway as the SCJG licence officer. */
async function findLicence(identifier: string): Promise<OfficerLicence> {
  const { findLicences } = await gatewayAs<{
    findLicences: OfficerLicence[];
  }>(
    platform.gatewayUrl,
    'licence.scjg',
    `query($q: String!) { findLicences(query: $q, first: 5) {
      identifier version status faceElements { key value }
      versions { version status reason } } }`,
    { q: identifier },
  );
  const licence = findLicences.find((l) => l.identifier === identifier);
  expect(licence, `findLicences returned no ${identifier}`).toBeDefined();
  return licence!;
}

describe('licence change form', () => {
  it('issues a new version with the changed value', async () => {
    const suffix = Date.now() % 100000;
    const before = `城北村变更测试店${suffix}`;
    const after = `城北村变更后小吃店${suffix}`;
    const reason = '经营者名称变更登记';
    const identifier = await issueFoodLicence(
      `http://127.0.0.1:${PORT_BASE + 4}/graphql`,
      `browser-licence-change-${suffix}`,
      before,
    );

    await switchUser(page, 'licence.scjg');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '制证与归集' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: '制证与存量归集' })
      .waitFor();
    await page.getByLabel('证照标识、持证人证件号码或姓名').fill(identifier);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const found = page
      .getByTestId('found-licence')
      .filter({ hasText: identifier });
    const changeForm = found.getByTestId('change-form');
    const nameField = changeForm.getByLabel('经营者名称', { exact: true });
    await expect.poll(() => nameField.inputValue()).toBe(before);
    await nameField.fill(after);
    await changeForm.getByLabel('原因', { exact: true }).fill(reason);
    await changeForm
      .getByRole('button', { name: '签发变更后的新版本' })
      .click();

    // The page searches again for the new identifier, so only the new version is listed.
    const notice = page.getByRole('status').filter({ hasText: '已签发新版本' });
    await notice.waitFor();
    const newIdentifier = /已签发新版本 (\S+?)。/.exec(
      (await notice.textContent()) ?? '',
    )?.[1];
    expect(newIdentifier, 'the notice named no identifier').toBeDefined();
    expect(newIdentifier).not.toBe(identifier);
    const current = page
      .getByTestId('found-licence')
      .filter({ hasText: newIdentifier! });
    await current.getByTestId('status').getByText('有效').waitFor();
    expect(
      await current
        .getByTestId('change-form')
        .getByLabel('经营者名称', { exact: true })
        .inputValue(),
    ).toBe(after);
    const versionRows = current.locator('table tbody tr');
    const newRow = versionRows.filter({ hasText: newIdentifier! });
    expect(await newRow.locator('td').first().textContent()).toBe('2');
    expect(await newRow.textContent()).toContain(reason);
    const oldRow = versionRows.filter({ hasText: identifier });
    expect(await oldRow.locator('td').first().textContent()).toBe('1');
    expect(await oldRow.textContent()).toContain('已变更');

    const changed = await findLicence(newIdentifier!);
    expect(changed.version).toBe(2);
    expect(changed.status).toBe('VALID');
    expect(
      changed.faceElements.find((f) => f.key === 'businessName')?.value,
    ).toBe(after);
    const superseded = await findLicence(identifier);
    expect(superseded.status).toBe('SUPERSEDED');
    expect(
      superseded.faceElements.find((f) => f.key === 'businessName')?.value,
    ).toBe(before);
  }, 120000);
});

describe('failed issuance on the case page', () => {
  it('explains the error code to staff only', async () => {
    const businessName = `城北村制证失败测试店${Date.now() % 100000}`;
    const approved = await fileApprovedCase(
      page,
      platform.gatewayUrl,
      await writeSamplePng(workDir),
      businessName,
    );

    // The issuance is ISSUED, so the outbox worker leaves the case alone and
    // the state written here stays until the test changes it.
    /** Stores the state the retry loop leaves after its last failed call with `code`. */
    const failIssuance = (code: string) =>
      withSubgraphDatabase(platform.dbPrefix, 'cases', (db) =>
        db.collection<{ _id: string }>('cases').updateOne(
          { _id: approved.id },
          {
            $set: {
              licenceId: null,
              licenceIdentifier: null,
              'licenceIssue.state': 'FAILED',
              'licenceIssue.attempts': 4,
              'licenceIssue.lastError': `licenses subgraph returned ${code}`,
              'licenceIssue.lastErrorCode': code,
              'licenceIssue.nextAttemptAt': null,
            },
          },
        ),
      );
    const stored = await failIssuance('NO_CURRENT_LICENCE');
    expect(stored.matchedCount).toBe(1);

    await switchUser(page, 'approver.scjg');
    await page.goto(`/cases/${approved.id}`);
    const failure = page.getByTestId('case-licence-issue-error');
    await failure.getByRole('heading', { name: '制证失败' }).waitFor();
    expect(await failure.textContent()).toContain(
      '这是变更登记，但申请人没有可变更的有效证照',
    );
    expect(await failure.locator('code').textContent()).toBe(
      'NO_CURRENT_LICENCE',
    );
    expect(await failure.textContent()).toContain('已尝试 4 次');

    // A code the page has no explanation for gets the general one.
    await failIssuance('INTERNAL_SERVER_ERROR');
    await page.reload();
    await failure.locator('code').getByText('INTERNAL_SERVER_ERROR').waitFor();
    expect(await failure.textContent()).toContain('证照系统拒绝了制证请求');

    await switchUser(page, CITIZEN.account);
    await page.goto(`/cases/${approved.id}`);
    await page.getByText(approved.caseNumber).waitFor();
    expect(await failure.count()).toBe(0);
  }, 180000);
});
