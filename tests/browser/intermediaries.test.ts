import { generateKeyPairSync, sign } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { creditCodeCheckChar, idCardCheckChar } from '@ykb/common';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';
import { gatewayToken, signIn, signOut } from './support.js';

/**
 * Drives the intermediary marketplace pages of the built PWA in headless
 * Chromium on the whole platform. Each browser test file has its own port
 * offset (this one 20, PWA 3), so any two of them can run at the same time.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 20;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14380) + 3;

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, { pwaPort: PWA_PORT });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(20000);
}, 240000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/**
 * Puts an agency on public notice through the gateway: the demo legal person
 * signs in with a fresh certificate key and registers, and the city
 * administrator finds the registration consistent.
 */
async function agencyOnNotice(name: string): Promise<void> {
  const url = platform.gatewayUrl;
  const company = await gatewayToken(url, 'company.demo');
  const call = async (
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ) => {
    const result = await gatewayRequest(url, query, variables, token);
    expect(result.errors, query).toBeUndefined();
    return result.data;
  };
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  await call(
    'mutation($i: CertificateInput!) { registerCertificate(input: $i) { fingerprint } }',
    {
      i: {
        publicKeyPem: publicKey
          .export({ format: 'pem', type: 'spki' })
          .toString(),
        serialNumber: 'CABROWSER01',
        validUntil: '2035-12-31',
      },
    },
    company,
  );
  const challenge = (
    await call('mutation { certificateChallenge { id nonce } }', {}, company)
  ).certificateChallenge;
  await call(
    'mutation($c: ID!, $s: String!) { certificateSignIn(challengeId: $c, signature: $s) { expiresAt } }',
    {
      c: challenge.id,
      s: sign(
        null,
        Buffer.from(challenge.nonce, 'base64'),
        privateKey,
      ).toString('base64'),
    },
    company,
  );
  const first17 = '91500103MA5UBRWT1';
  const idFirst17 = '50010319850101123';
  const scan = Buffer.from('%PDF-1.4\n').toString('base64');
  const registered = (
    await call(
      'mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { id version } }',
      {
        i: {
          name,
          creditCode: first17 + creditCodeCheckChar(first17),
          representative: '赵评价',
          contactName: '钱联络',
          contactMobile: '13900139001',
          address: '重庆市江北区示例大道 8 号',
          qualifications: [
            {
              serviceId: 'is-ZJFW001',
              name: '安全评价机构资质',
              certificateNo: 'APJ-BROWSER',
              validFrom: '2024-01-01',
              validUntil: '2035-12-31',
            },
          ],
          staff: [
            {
              name: '孙评价师',
              idCardNumber: idFirst17 + idCardCheckChar(idFirst17),
              qualification: '安全评价师',
              certificateNo: 'S-BROWSER',
            },
          ],
          serviceIds: ['is-ZJFW001'],
          commitment: '本机构承诺所填信息真实有效，依法依规提供中介服务。',
          documents: [
            'BUSINESS_LICENCE',
            'REPRESENTATIVE_ID',
            'QUALIFICATION',
            'COMMITMENT',
          ].map((kind) => ({
            kind,
            fileName: `${kind}.pdf`,
            contentBase64: scan,
          })),
        },
        k: 'browser-agency-registration',
      },
      company,
    )
  ).registerAgency;
  await call(
    'mutation($id: ID!, $v: Int!) { checkRegistration(id: $id, expectedVersion: $v, corrections: []) { state } }',
    { id: registered.id, v: registered.version },
    await gatewayToken(url, 'admin'),
  );
}

/**
 * Registers a certificate key made in the page on 我的中介服务 and signs in
 * with it. WebCrypto makes the key pair, and only the public key leaves the
 * page.
 */
async function signInWithBrowserKey(serialNumber: string): Promise<void> {
  await page.getByLabel('证书序列号').fill(serialNumber);
  await page.getByLabel('证书有效期至').fill('2030-12-31');
  await page.getByRole('button', { name: '生成密钥并登记证书' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: '证书公钥已登记' })
    .waitFor();
  await page.getByRole('button', { name: '使用数字证书登录' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: '已使用数字证书登录' })
    .waitFor();
}

function navigation() {
  return page.getByRole('navigation', { name: '主导航' });
}

describe('intermediary marketplace pages', () => {
  it('shows the showcase with the service list and complaint channels', async () => {
    await page.goto('/');
    await navigation()
      .getByRole('link', { name: '中介服务', exact: true })
      .click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务机构展示' })
      .waitFor();
    const services = page.getByLabel('中介服务事项');
    await expect
      .poll(() => services.locator('option').count())
      .toBeGreaterThan(6);
    await services.selectOption({ label: 'ZJFW001 安全评价' });
    await page.getByRole('button', { name: '搜索' }).click();
    // The demo agency seeded at start offers ZJFW001.
    await page
      .getByRole('heading', { name: '重庆华信安全评价有限公司' })
      .waitFor();
    expect(page.url()).toContain('service=is-ZJFW001');
    await page.getByRole('heading', { name: '监督投诉渠道' }).waitFor();
    await expect.poll(() => page.getByText('12345').count()).toBeGreaterThan(0);
  });

  it('opens the announcements and result notices', async () => {
    await page.getByRole('link', { name: '查看采购公告和中选结果' }).click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务采购公告' })
      .waitFor();
    await page.getByRole('heading', { name: '示例仓库安全评价' }).waitFor();
    await page.getByText('暂无中选结果公告。').waitFor();
  });

  it('takes an objection to an agency on public notice', async () => {
    const name = '重庆浏览器测试安全评价有限公司';
    await agencyOnNotice(name);
    await signIn(page, '13800138000');
    await page.goto('/intermediaries');
    const card = page.getByRole('listitem').filter({ hasText: name });
    await card
      .getByLabel('异议内容')
      .fill('该机构从业人员存在挂靠情形，请核查。');
    await card.getByRole('button', { name: '提出异议' }).click();
    await card.getByRole('status').filter({ hasText: '异议已提交' }).waitFor();
    await signOut(page);
  });

  it('shows the marketplace supervision to a supervisor only', async () => {
    await expect
      .poll(() => navigation().getByRole('link', { name: '中介监管' }).count())
      .toBe(0);
    await signIn(page, 'supervisor.city');
    await navigation().getByRole('link', { name: '中介监管' }).click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务监管' })
      .waitFor();
    await page.getByRole('heading', { name: '逾期情况' }).waitFor();
    await page.getByRole('heading', { name: '待处理的投诉' }).waitFor();
  });

  it('signs a client in with a browser key and publishes an announcement', async () => {
    await signIn(page, 'company.demo');
    await navigation().getByRole('link', { name: '我的中介服务' }).click();
    await page
      .getByRole('heading', { level: 1, name: '我的中介服务' })
      .waitFor();

    await signInWithBrowserKey('CABROWSERKEY2');

    // The demo client registration stays admitted while the new key is checked.
    const registration = page
      .getByRole('listitem')
      .filter({ hasText: '委托人' });
    await registration.first().waitFor();

    const inTenDays = new Date(Date.now() + 10 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const inElevenDays = new Date(Date.now() + 11 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await page.getByLabel('项目名称').fill('浏览器发布的安全评价项目');
    await page
      .getByLabel('中介服务事项')
      .selectOption({ label: 'ZJFW001 安全评价' });
    await page
      .getByLabel('服务内容')
      .fill('对仓储项目开展安全评价并出具安全评价报告。');
    await page.getByLabel('报名截止').fill(`${inTenDays}T17:00`);
    await page.getByLabel('选取时间').fill(`${inElevenDays}T10:00`);
    await page.getByLabel('服务费用（元）').fill('30000');
    await page
      .getByLabel('报名条件')
      .fill('具有安全评价机构资质\n须具有重 慶 市內同類項目業績');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page
      .getByText('第 2 条条件：以特定行政区域的业绩、奖项作为选取条件')
      .waitFor();

    await page.getByLabel('报名条件').fill('具有安全评价机构资质');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '采购公告已发布' })
      .waitFor();

    await page.goto('/intermediaries/announcements');
    await page
      .getByRole('heading', { name: '浏览器发布的安全评价项目' })
      .waitFor();
    await signOut(page);
  });

  it('registers the demo agency for an announcement with its browser key', async () => {
    await signIn(page, 'agency.demo');
    await navigation().getByRole('link', { name: '我的中介服务' }).click();
    // The seeded demo agency profile belongs to agency.demo.
    await page
      .getByRole('listitem')
      .filter({ hasText: '重庆华信安全评价有限公司' })
      .waitFor();
    await signInWithBrowserKey('CABROWSERAGENCY');

    await navigation()
      .getByRole('link', { name: '中介服务', exact: true })
      .click();
    await page.getByRole('link', { name: '查看采购公告和中选结果' }).click();
    const announcement = page
      .getByRole('listitem')
      .filter({ hasText: '示例仓库安全评价' });
    await announcement
      .getByRole('button', { name: '以中介服务机构身份报名' })
      .click();
    await announcement
      .getByRole('status')
      .filter({ hasText: '已报名' })
      .waitFor();
    await signOut(page);
  });
});
