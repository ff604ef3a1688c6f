import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '@ykb/common';
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
  type ApprovedCase,
  CITIZEN,
  fileApprovedCase,
  gatewayAs,
  issueFoodLicence,
  switchUser,
} from './licences.js';
import {
  openFromNavigation,
  signIn,
  waitForServiceWorkerControl,
  writeSamplePng,
} from './support.js';

/**
 * Drives the licence wallet and the verification page of the built PWA in
 * headless Chromium on the whole platform. A holder opens a licence's
 * verification link, which verifies online and from the cached signed key
 * set. Offline, it verifies again, and a changed QR statement fails. An item
 * administrator adds a licence type on the 证照目录 page, a licence officer
 * revokes a case's licence, which the wallet and the case page then show,
 * and a seal administrator revokes a seal for key compromise. The
 * ports lie 50 above the browser test base (PWA 6 above), an offset no other
 * browser test file uses, so this file can run beside any other.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 50;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 6;

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'ykb-browser-licences-'));
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);
}, 240000);

afterEach(async () => {
  await browser?.context.setOffline(false);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Issues a food business licence to the demo citizen as the cases subgraph would. */
function issueLicence(): Promise<string> {
  return issueFoodLicence(
    `http://127.0.0.1:${PORT_BASE + 4}/graphql`,
    `browser-licence-${Date.now()}`,
    '城北村小吃店',
  );
}

describe('licence wallet and verification', () => {
  it('verifies a licence online and offline', async () => {
    const identifier = await issueLicence();
    await signIn(page, CITIZEN.account);
    await openFromNavigation(page, '我的证照');
    const card = page.getByRole('listitem').filter({ hasText: identifier });
    await card.waitFor();
    expect(await card.locator('svg').count()).toBe(1);
    const href = await card
      .getByRole('link', { name: '打开核验页面' })
      .getAttribute('href');
    expect(href).toContain(`:${PWA_PORT}/verify?`);

    await page.goto(href!);
    const online = page.getByTestId('online-verdict');
    await online.getByText('证照真实有效').waitFor();
    expect(await online.textContent()).toContain('张*');
    await page
      .getByTestId('offline-verdict')
      .getByText('证照真实有效')
      .waitFor();

    await waitForServiceWorkerControl(page);
    await browser.context.setOffline(true);
    await page.reload();
    await page.getByText('当前离线').waitFor();
    const offline = page.getByTestId('offline-verdict');
    await offline.getByText('证照真实有效').waitFor();
    expect(await page.getByTestId('online-verdict').count()).toBe(0);

    const tampered = new URL(href!);
    tampered.searchParams.set('h', '李*');
    await page.goto(tampered.toString());
    await page
      .getByTestId('offline-verdict')
      .getByText('证照内容或签章无效')
      .waitFor();
    // The key set's date shows in Shanghai time, not as a UTC instant.
    expect(await page.getByTestId('offline-verdict').textContent()).not.toMatch(
      /\d{4}-\d{2}-\d{2}T\d{2}:/,
    );

    // Online, the registered licence is genuine, but the page must not call the altered QR so.
    await browser.context.setOffline(false);
    await page.reload();
    const lookup = page.getByTestId('online-verdict');
    await lookup.getByText('二维码中的内容未通过签章核验').waitFor();
    expect(await lookup.textContent()).not.toContain('证照真实有效');
  }, 120000);
});

describe('licence catalogue and officer actions', () => {
  /** The case filed in the PWA and approved, and the licence it issued. */
  let approvedCase: ApprovedCase | undefined;

  it('lets an item admin create a type', async () => {
    const scjg = DEPARTMENTS.find((d) => d.code === 'CQ-SCJG')!;
    const code = `${scjg.creditCode}${String(900 + (Date.now() % 99)).padStart(3, '0')}`;
    await switchUser(page, 'itemadmin.scjg');
    await openFromNavigation(page, '证照目录');
    const form = page.getByTestId('type-form');
    await form.getByLabel('证照类型代码').fill(code);
    await form.getByLabel('证照名称').fill('小餐饮登记证');
    await form
      .getByLabel('英文名称', { exact: true })
      .fill('Small catering registration');
    await form.getByLabel('有效期（年）').fill('3');
    const face = form.getByTestId('face-row').first();
    await face.getByLabel('要素键（英文字母开头）').fill('businessName');
    await face.getByLabel('要素中文名称').fill('名称');
    await face.getByLabel('要素英文名称').fill('Name');
    await face.getByLabel('必填').check();
    await form.getByLabel('标题').fill('小餐饮登记证');
    await form.getByRole('button', { name: '添加关联事项' }).click();
    await form
      .getByTestId('link-row')
      .getByLabel('事项实施编码')
      .fill('11500000MB00000010AA00108007000');
    await form.getByRole('button', { name: '创建', exact: true }).click();
    await form.getByText(`证照类型 ${code} 已创建。`).waitFor();
    await page.getByTestId('type-list').getByText(code).waitFor();

    const { licenceTypes } = await gatewayRequest<{
      licenceTypes: {
        code: string;
        validYears: number;
        faceElements: { key: string; required: boolean }[];
        itemLinks: { itemId: string; relation: string }[];
      }[];
    }>(
      platform.gatewayUrl,
      'query { licenceTypes { code validYears faceElements { key required } itemLinks { itemId relation } } }',
    ).then((r) => r.data!);
    const created = licenceTypes.find((t) => t.code === code);
    expect(created?.validYears).toBe(3);
    expect(created?.faceElements).toEqual([
      { key: 'businessName', required: true },
    ]);
    expect(created?.itemLinks).toEqual([
      { itemId: '11500000MB00000010AA00108007000', relation: 'ISSUES' },
    ]);
  }, 120000);

  it('lets an officer revoke a licence', async () => {
    const businessName = `城北村注销测试店${Date.now() % 100000}`;
    approvedCase = await fileApprovedCase(
      page,
      platform.gatewayUrl,
      await writeSamplePng(workDir),
      businessName,
    );

    await switchUser(page, 'licence.scjg');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '制证与归集' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: '制证与存量归集' })
      .waitFor();
    await page
      .getByLabel('证照标识、持证人证件号码或姓名')
      .fill(approvedCase.identifier);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const found = page
      .getByTestId('found-licence')
      .filter({ hasText: approvedCase.identifier });
    await found.getByTestId('status').getByText('有效').waitFor();
    const revokeForm = found.getByTestId('revoke-form');
    await revokeForm.getByLabel('原因').fill('以欺骗手段取得许可');
    await revokeForm.getByRole('button', { name: '注销' }).click();
    await found.getByText(`证照 ${approvedCase.identifier} 已注销。`).waitFor();
    await found.getByTestId('status').getByText('已注销').waitFor();
    await found
      .getByTestId('licence-events')
      .getByText(/注销\s*：以欺骗手段取得许可/)
      .waitFor();

    await switchUser(page, CITIZEN.account);
    await openFromNavigation(page, '我的证照');
    const card = page
      .getByRole('listitem')
      .filter({ hasText: approvedCase.identifier });
    await card.getByText('已注销').waitFor();
  }, 180000);

  it('shows the revocation on the case page', async () => {
    expect(approvedCase, 'the revocation test produced no case').toBeDefined();
    await page.goto(`/cases/${approvedCase!.id}`);
    const events = page.getByTestId('case-licence-events');
    await events.waitFor();
    const revoked = events.getByRole('listitem').filter({ hasText: '注销' });
    await revoked.waitFor();
    expect(await revoked.textContent()).toContain(approvedCase!.identifier);
    expect(await revoked.textContent()).toContain('以欺骗手段取得许可');
  }, 60000);

  it('revokes a seal for key compromise', async () => {
    const name = `巫溪县民政局测试专用章${Date.now() % 100000}`;
    const created = await gatewayAs<{ createSeal: { id: string } }>(
      platform.gatewayUrl,
      'sealadmin.city',
      'mutation($i: CreateSealInput!) { createSeal(input: $i) { id } }',
      {
        i: {
          departmentCode: 'CQ-MZ',
          name,
          algorithm: 'ED25519',
          validFrom: new Date(Date.now() - 2 * 86400_000).toISOString(),
          validTo: new Date(Date.now() + 365 * 86400_000).toISOString(),
        },
      },
    );
    // One hour ago as an Asia/Shanghai datetime-local value.
    const compromised = new Date(Date.now() - 3600_000 + 8 * 3600_000)
      .toISOString()
      .slice(0, 16);

    await switchUser(page, 'sealadmin.city');
    await openFromNavigation(page, '电子印章');
    const card = page.getByRole('listitem').filter({ hasText: name });
    await card
      .getByLabel('注销原因', { exact: true })
      .fill('私钥文件被误传至外网');
    await card.getByLabel('注销原因类别').selectOption('KEY_COMPROMISE');
    await card.getByLabel('私钥泄露时间').fill(compromised);
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: '注销印章' }).click();
    await card.getByText('已注销').first().waitFor();

    const { seals } = await gatewayAs<{
      seals: {
        id: string;
        status: string;
        revocationReasonCode: string;
        compromisedAt: string;
      }[];
    }>(
      platform.gatewayUrl,
      'sealadmin.city',
      'query { seals { id status revocationReasonCode compromisedAt } }',
    );
    const seal = seals.find((s) => s.id === created.createSeal.id);
    expect(seal?.status).toBe('REVOKED');
    expect(seal?.revocationReasonCode).toBe('KEY_COMPROMISE');
    expect(seal?.compromisedAt).toBe(
      new Date(`${compromised}:00+08:00`).toISOString(),
    );
  }, 120000);
});
