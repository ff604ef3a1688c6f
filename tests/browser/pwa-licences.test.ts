import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  demoUserId,
  LICENCE_TYPES,
  serviceToken,
} from '@ykb/common';
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
  openFromNavigation,
  signIn,
  waitForServiceWorkerControl,
} from './support.js';

/**
 * Drives the licence wallet and the verification page of the built PWA in
 * headless Chromium on the whole platform. A holder opens a licence's
 * verification link, which verifies online and from the cached signed key
 * set. Offline, it verifies again, and a changed QR statement fails. The
 * ports lie 50 above the browser test base (PWA 6 above), an offset no other
 * browser test file uses, so this file can run beside any other.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 50;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14380) + 6;
const CITIZEN = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
const FOOD_LICENCE = LICENCE_TYPES.find((t) => t.name === '食品经营许可证')!;

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(20000);
}, 240000);

afterEach(async () => {
  await browser?.context.setOffline(false);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Issues a food business licence to the demo citizen as the cases subgraph would. */
async function issueLicence(): Promise<string> {
  const result = await gatewayRequest<{ issueLicence: { identifier: string } }>(
    `http://127.0.0.1:${PORT_BASE + 4}/graphql`,
    'mutation($i: IssueLicenceInput!) { issueLicence(input: $i) { identifier } }',
    {
      i: {
        caseId: `browser-licence-${Date.now()}`,
        itemId: '11500000MB00000010AA00108007000',
        licenceTypeCode: FOOD_LICENCE.code,
        holderUserId: demoUserId(CITIZEN.account),
        holderName: CITIZEN.name,
        holderIdNumber: CITIZEN.idCardNumber,
        departmentCode: 'CQ-SCJG',
        divisionCode: '500238100205',
        data: { businessName: '城北村小吃店', foodCategory: '热食类食品制售' },
      },
    },
    await serviceToken('browser-test'),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.issueLicence.identifier;
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
  }, 120000);
});
