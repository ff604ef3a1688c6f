import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import {
  admitAfterNotice,
  agencyOnNotice as legalPersonAgencyOnNotice,
  apiCall as sharedApiCall,
  certificateSession,
  closeRegistration,
  navigation as marketplaceNavigation,
  openMyMarketplace,
  safetyAgencyInput,
  shanghaiToday,
  signInWithBrowserKey,
} from './marketplace.js';
import { gatewayToken, signIn, signOut } from './support.js';

/**
 * Drives the intermediary marketplace pages of the built PWA in headless
 * Chromium on the whole platform. Each browser test file has its own port
 * offset (this one 20, PWA 3), so any two of them can run at the same time.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 20;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 3;

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  // The marketplace job admits agencies after their notice every second.
  platform = await startTestPlatform(PORT_BASE, {
    pwaPort: PWA_PORT,
    env: { YKB_INTERMEDIARY_JOB_MS: '1000' },
  });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);
}, 240000);

// Every test signs out at its end. One that failed midway leaves its
// account signed in, and its page as it was for the failure report, so the
// next test signs that account out first.
beforeEach(async () => {
  if (await page.getByRole('button', { name: '退出登录' }).isVisible())
    await signOut(page);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Sends one request through the gateway and expects no errors. */
function apiCall(
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  return sharedApiCall(platform, query, variables, token);
}

/**
 * Publishes a lowest-bid announcement as the demo client and registers the
 * demo agency and a newly admitted rival agency for it, all through the
 * gateway. Returns the announcement id and the rival's token.
 */
async function biddingAnnouncement(
  projectName: string,
): Promise<{ id: string; rivalToken: string }> {
  const url = platform.gatewayUrl;
  const company = await gatewayToken(url, 'company.demo');
  await certificateSession(platform, company, 'CABROWSERAPI1');
  const day = 86_400_000;
  const published = (
    await apiCall(
      'mutation($i: AnnouncementInput!, $k: String!) { publishAnnouncement(input: $i, idempotencyKey: $k) { id state } }',
      {
        i: {
          projectName,
          serviceId: 'is-ZJFW001',
          content: '对扩建仓库开展安全评价并出具安全评价报告。',
          registrationDeadline: new Date(Date.now() + 10 * day).toISOString(),
          selectionTime: new Date(Date.now() + 11 * day).toISOString(),
          method: 'LOWEST_BID',
          feeFen: 5_000_000,
          conditions: ['具有安全评价机构资质'],
          confidential: false,
        },
        k: 'browser-bidding-announcement',
      },
      company,
    )
  ).publishAnnouncement;
  expect(published.state).toBe('PUBLISHED');
  const agency = await gatewayToken(url, 'agency.demo');
  await certificateSession(platform, agency, 'CABROWSERAPI2');
  await apiCall(
    'mutation($a: ID!) { registerForAnnouncement(announcementId: $a) { id } }',
    { a: published.id },
    agency,
  );
  const rival = await legalPersonAgencyOnNotice(
    platform,
    '重庆竞价测试安全评价有限公司',
    9,
  );
  await admitAfterNotice(platform, [rival.id]);
  await apiCall(
    'mutation($a: ID!) { registerForAnnouncement(announcementId: $a) { id } }',
    { a: published.id },
    rival.token,
  );
  return { id: published.id, rivalToken: rival.token };
}

/** Submits a bid through the gateway from a session already signed in with a certificate key. */
async function submitBid(
  announcementId: string,
  amountFen: number,
  idempotencyKey: string,
  token: string,
): Promise<void> {
  await apiCall(
    'mutation($a: ID!, $f: Int!, $k: String!) { submitBid(announcementId: $a, amountFen: $f, idempotencyKey: $k) { round } }',
    { a: announcementId, f: amountFen, k: idempotencyKey },
    token,
  );
}

/**
 * Puts an agency on public notice through the gateway: the demo legal person
 * signs in with a fresh certificate key and registers, and the city
 * administrator finds the registration consistent.
 */
async function agencyOnNotice(name: string): Promise<void> {
  const url = platform.gatewayUrl;
  const company = await gatewayToken(url, 'company.demo');
  await certificateSession(platform, company, 'CABROWSER01');
  const registered = (
    await apiCall(
      'mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { id version } }',
      {
        i: safetyAgencyInput(name, '91500103MA5UBRWT1', '50010319850101123'),
        k: 'browser-agency-registration',
      },
      company,
    )
  ).registerAgency;
  await apiCall(
    'mutation($id: ID!, $v: Int!) { checkRegistration(id: $id, expectedVersion: $v, corrections: []) { state } }',
    { id: registered.id, v: registered.version },
    await gatewayToken(url, 'admin'),
  );
}

function navigation() {
  return marketplaceNavigation(page);
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

    await signInWithBrowserKey(page, platform, 'company.demo', 'CABROWSERKEY2');

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
  }, 120000);

  it('registers the demo agency for an announcement with its browser key', async () => {
    await signIn(page, 'agency.demo');
    await navigation().getByRole('link', { name: '我的中介服务' }).click();
    // The seeded demo agency profile belongs to agency.demo.
    await page
      .getByRole('listitem')
      .filter({ hasText: '重庆华信安全评价有限公司' })
      .waitFor();
    await signInWithBrowserKey(
      page,
      platform,
      'agency.demo',
      'CABROWSERAGENCY',
    );

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
  }, 120000);

  it('carries a bid announcement to evaluation', async () => {
    const project = '扩建仓库安全评价';
    const { id: announcementId, rivalToken } =
      await biddingAnnouncement(project);
    await closeRegistration(platform, announcementId, 'pending');

    await openMyMarketplace(page, platform, 'agency.demo', 'CABROWSERAGENCY2');
    await page.goto('/intermediaries/announcements');
    const published = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: project }) });
    await published.getByLabel('报价（元）').fill('42000');
    await published.getByRole('button', { name: '提交报价' }).click();
    await published
      .getByRole('status')
      .filter({ hasText: '第 1 轮报价已提交。' })
      .waitFor();
    await signOut(page);
    // The rival ties at the lowest bid, which a second round needs.
    await submitBid(announcementId, 4_200_000, 'browser-rival-bid', rivalToken);

    await openMyMarketplace(page, platform, 'company.demo', 'CABROWSERKEY3');
    const announcementCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: project }) })
      .filter({ hasText: '报名机构数' });
    // Opening round 2 unseals the round-1 bids of both tied agencies.
    await announcementCard
      .getByRole('button', { name: '开启新一轮报价' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: '已开启第 2 轮报价。' })
      .waitFor();
    await announcementCard
      .getByRole('columnheader', { name: '第 1 轮报价' })
      .waitFor();
    await announcementCard
      .getByRole('row', { name: /重庆华信安全评价有限公司/ })
      .getByText('42000.00 元')
      .waitFor();
    await announcementCard
      .getByRole('row', { name: /重庆竞价测试安全评价有限公司/ })
      .getByText('42000.00 元')
      .waitFor();

    // The demo agency alone underbids in round 2, and the selection time then passes.
    const agency = await gatewayToken(platform.gatewayUrl, 'agency.demo');
    await certificateSession(platform, agency, 'CABROWSERAPI2');
    await submitBid(announcementId, 4_100_000, 'browser-round-2-bid', agency);
    await closeRegistration(platform, announcementId, 'due');
    await page.reload();
    await announcementCard.getByRole('button', { name: '执行选取' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '已完成选取，请确认中选结果。' })
      .waitFor();
    await announcementCard
      .locator('dl')
      .getByText('重庆华信安全评价有限公司')
      .waitFor();
    await announcementCard
      .getByRole('button', { name: '确认中选结果' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: '已确认中选结果。' })
      .waitFor();
    await page.goto('/intermediaries/announcements');
    await page
      .getByText(
        new RegExp(
          `^中选结果公告：项目“${project}”（委托人：.+）经竞价选取，中选中介服务机构为重庆华信安全评价有限公司，合同价格 41000\\.00 元。$`,
        ),
      )
      .waitFor();
    await signOut(page);

    await openMyMarketplace(page, platform, 'agency.demo', 'CABROWSERAGENCY3');
    const agencyEngagement = page
      .getByRole('listitem')
      .filter({ hasText: '待上传合同' })
      .filter({ has: page.getByRole('heading', { name: project }) });
    await agencyEngagement.getByLabel('合同签订日期').fill(shanghaiToday());
    await agencyEngagement.getByLabel('合同扫描件').setInputFiles({
      name: 'contract.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n'),
    });
    await agencyEngagement.getByRole('button', { name: '上传合同' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '合同已上传。' })
      .waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: '已签订合同' })
      .filter({ has: page.getByRole('heading', { name: project }) })
      .waitFor();
    await signOut(page);

    await openMyMarketplace(page, platform, 'company.demo', 'CABROWSERKEY4');
    const clientEngagement = page
      .getByRole('listitem')
      .filter({ hasText: '已签订合同' })
      .filter({ has: page.getByRole('heading', { name: project }) });
    await clientEngagement.getByLabel('收到服务成果日期').fill(shanghaiToday());
    await clientEngagement.getByLabel('服务质量').selectOption('4');
    await clientEngagement.getByLabel('服务收费').selectOption('3');
    await clientEngagement
      .getByRole('button', { name: '确认服务完成并评价' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: '已确认服务完成并提交评价。' })
      .waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: '已完成' })
      .filter({ has: page.getByRole('heading', { name: project }) })
      .waitFor();
    await signOut(page);

    await navigation()
      .getByRole('link', { name: '中介服务', exact: true })
      .click();
    const profile = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: '重庆华信安全评价有限公司' }),
    });
    await profile.getByText('已完成 1 个项目').waitFor();
    await profile
      .getByText('1 次评价：质量 4.0，时效 5.0，态度 5.0，收费 3.0，规范 5.0。')
      .waitFor();
  }, 120000);

  // Last in the file because a new key sends company.demo's admitted client
  // registration back to the check.
  it('replaces a key with one made in the page', async () => {
    await openMyMarketplace(page, platform, 'company.demo', 'CABROWSERKEY2');
    await page.getByLabel('证书序列号').fill('CABROWSERKEY5');
    await page.getByLabel('证书有效期至').fill('2030-12-31');
    // The page signs the replacement with the key stored for the account.
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
    await signOut(page);
  }, 120000);
});
