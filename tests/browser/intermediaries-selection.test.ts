import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { drawWinner } from '../../subgraphs/intermediaries/src/draw.js';
import { withSubgraphDatabase } from '../support/database.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import {
  apiCall,
  admitAfterNotice,
  agencyOnNotice,
  certificateSession,
  closeRegistration,
  navigation,
  openMyMarketplace,
  safetyAgencyInput,
} from './marketplace.js';
import { gatewayToken, signIn, signOut } from './support.js';

/**
 * Drives selection in the PWA's marketplace pages on the whole platform: a
 * verifiable random draw among three agencies, a direct choice, and a
 * contract and a completion filed late that the regulator's view flags.
 * Port offsets: platform 120, PWA 13.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 120;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 13;
const DAY_MS = 86_400_000;
const DEMO_AGENCY = '重庆华信安全评价有限公司';
const PUBLISH = `mutation($i: AnnouncementInput!, $k: String!) {
  publishAnnouncement(input: $i, idempotencyKey: $k) { id seedCommitment }
}`;
const REGISTER_FOR =
  'mutation($a: ID!) { registerForAnnouncement(announcementId: $a) { id } }';

let platform: TestPlatform;
let browser: LaunchedBrowser;
let page: Page;
/** Admitted agencies made by this file, with their tokens. */
const agencies: { id: string; name: string; token: string }[] = [];

/** Publishes an announcement as the demo client through the gateway. */
async function publishAsDemoClient(
  projectName: string,
  method: 'RANDOM' | 'DIRECT',
): Promise<{ id: string; seedCommitment: string }> {
  const company = await gatewayToken(platform.gatewayUrl, 'company.demo');
  await certificateSession(platform, company, `CAPUBLISH${method}`);
  return (
    await apiCall(
      platform,
      PUBLISH,
      {
        i: {
          projectName,
          serviceId: 'is-ZJFW001',
          content: '对新建储罐区开展安全评价并出具安全评价报告。',
          registrationDeadline: new Date(
            Date.now() + 10 * DAY_MS,
          ).toISOString(),
          selectionTime: new Date(Date.now() + 11 * DAY_MS).toISOString(),
          method,
          feeFen: 4_000_000,
          conditions: ['具有安全评价机构资质'],
          confidential: false,
        },
        k: `browser-selection-${method}`,
      },
      company,
    )
  ).publishAnnouncement;
}

/** Reads an announcement's draw facts through the gateway as the demo client. */
async function drawFacts(id: string) {
  const company = await gatewayToken(platform.gatewayUrl, 'company.demo');
  return (
    await apiCall(
      platform,
      'query($id: ID!) { announcement(id: $id) { seedCommitment revealedSeed selection { agencyId agencyName drawCandidates } } }',
      { id },
      company,
    )
  ).announcement;
}

/** Returns the Asia/Shanghai date `days` days before now, as a date input takes it. */
function shanghaiDaysAgo(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Finds the card of one project on the current page. */
function projectCard(project: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: project }) });
}

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE, {
    pwaPort: PWA_PORT,
    env: { YKB_INTERMEDIARY_JOB_MS: '1000' },
  });
  browser = await launchChromium({ baseURL: platform.pwaUrl });
  page = browser.page;
  page.setDefaultTimeout(45000);
  for (const [index, name] of [
    '重庆子安全评价有限公司',
    '重庆丑安全评价有限公司',
    '重庆寅安全评价有限公司',
  ].entries())
    agencies.push(await agencyOnNotice(platform, name, index + 1));
  await admitAfterNotice(
    platform,
    agencies.map((a) => a.id),
  );
}, 300000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('marketplace selection pages', () => {
  it('verifies a random draw among three agencies', async () => {
    const project = '储罐区安全评价随机抽取';
    const published = await publishAsDemoClient(project, 'RANDOM');
    for (const agency of agencies)
      await apiCall(platform, REGISTER_FOR, { a: published.id }, agency.token);
    await closeRegistration(platform, published.id);

    // Before the draw the public page shows the commitment and no seed.
    await page.goto('/intermediaries/announcements');
    const before = projectCard(project);
    await before.getByText(published.seedCommitment, { exact: true }).waitFor();
    expect(await before.getByText('公开的随机种子').count()).toBe(0);

    await openMyMarketplace(page, platform, 'company.demo', 'CADRAWCLIENT');
    const mine = projectCard(project).filter({ hasText: '报名机构数' });
    for (const agency of agencies)
      await mine.getByRole('row', { name: new RegExp(agency.name) }).waitFor();
    expect(await mine.getByText('符合条件', { exact: true }).count()).toBe(3);
    await mine.getByRole('button', { name: '执行选取' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '已完成选取，请确认中选结果。' })
      .waitFor();

    const facts = await drawFacts(published.id);
    expect(facts.seedCommitment).toBe(published.seedCommitment);
    expect(
      createHash('sha256')
        .update(Buffer.from(facts.revealedSeed, 'hex'))
        .digest('hex'),
    ).toBe(published.seedCommitment);
    const candidates = agencies.map((a) => a.id).sort();
    expect(facts.selection.drawCandidates).toEqual(candidates);
    expect(facts.selection.agencyId).toBe(
      drawWinner(facts.revealedSeed, published.id, candidates),
    );
    await signOut(page);

    // After the draw the seed is public and the page's check recomputes the winner.
    await page.goto('/intermediaries/announcements');
    const after = projectCard(project);
    await after.getByText(facts.revealedSeed, { exact: true }).waitFor();
    await after.getByText(published.seedCommitment, { exact: true }).waitFor();
    await after.getByRole('button', { name: '验证抽取结果' }).click();
    const check = after.getByRole('status');
    await check.filter({ hasText: '验证通过' }).waitFor();
    await check
      .filter({
        hasText: `按公开种子重新计算的中选机构：${facts.selection.agencyName}。`,
      })
      .waitFor();
  }, 120000);

  it('flags late contract and completion', async () => {
    const project = '储罐区安全评价直接选取';
    const published = await publishAsDemoClient(project, 'DIRECT');
    const demoAgency = await gatewayToken(platform.gatewayUrl, 'agency.demo');
    await certificateSession(platform, demoAgency, 'CADIRECTAPI');
    await apiCall(platform, REGISTER_FOR, { a: published.id }, demoAgency);
    await apiCall(
      platform,
      REGISTER_FOR,
      { a: published.id },
      agencies[0]!.token,
    );
    await closeRegistration(platform, published.id);

    // The client chooses the demo agency among the registrants and confirms.
    await openMyMarketplace(page, platform, 'company.demo', 'CADIRECTCLIENT');
    const mine = projectCard(project).filter({ hasText: '报名机构数' });
    const choose = mine.getByRole('button', { name: '执行选取' });
    expect(await choose.isDisabled()).toBe(true);
    await mine.getByRole('radio', { name: DEMO_AGENCY }).check();
    await choose.click();
    await page
      .getByRole('status')
      .filter({ hasText: '已完成选取，请确认中选结果。' })
      .waitFor();
    await mine.locator('dl').getByText(DEMO_AGENCY).waitFor();
    await mine.getByRole('button', { name: '确认中选结果' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '已确认中选结果。' })
      .waitFor();
    await signOut(page);

    // The engagement began 30 days ago, so a contract signed then is late.
    const signedOn = shanghaiDaysAgo(30);
    await withSubgraphDatabase(
      platform.dbPrefix,
      'intermediaries',
      async (db) => {
        const moved = await db
          .collection('engagements')
          .updateOne(
            { _id: published.id as never },
            { $set: { confirmedAt: new Date(Date.now() - 30 * DAY_MS) } },
          );
        expect(moved.matchedCount).toBe(1);
      },
    );

    await openMyMarketplace(page, platform, 'agency.demo', 'CADIRECTAGENCY');
    const awaiting = projectCard(project).filter({ hasText: '待上传合同' });
    await awaiting.getByLabel('合同签订日期').fill(signedOn);
    await awaiting.getByLabel('合同扫描件').setInputFiles({
      name: 'contract.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n'),
    });
    await awaiting.getByRole('button', { name: '上传合同' }).click();
    await page
      .getByText(
        '合同已超过签订后 2 个工作日的上传期限，请填写逾期原因后上传。',
      )
      .waitFor();
    await awaiting.getByLabel('逾期原因').fill('合同盖章流程延误');
    await awaiting.getByRole('button', { name: '上传合同' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '合同已上传。' })
      .waitFor();
    await signOut(page);

    await openMyMarketplace(page, platform, 'company.demo', 'CALATECLIENT');
    const contracted = projectCard(project).filter({ hasText: '已签订合同' });
    await contracted.getByLabel('收到服务成果日期').fill(signedOn);
    await contracted.getByLabel('逾期原因').fill('验收会议推迟');
    await contracted
      .getByRole('button', { name: '确认服务完成并评价' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: '已确认服务完成并提交评价。' })
      .waitFor();
    const engagement = (
      await apiCall(
        platform,
        'query { myEngagements { id clientId contractDueDate contractLate completionDueDate completionLate } }',
        {},
        await gatewayToken(platform.gatewayUrl, 'company.demo'),
      )
    ).myEngagements.find((e: { id: string }) => e.id === published.id);
    expect(engagement).toMatchObject({
      contractLate: true,
      completionLate: true,
    });
    await signOut(page);

    await signIn(page, 'supervisor.city');
    await navigation(page).getByRole('link', { name: '中介监管' }).click();
    await page
      .getByRole('heading', { level: 1, name: '中介服务监管' })
      .waitFor();
    await page
      .getByRole('listitem')
      .filter({
        hasText: `合同备案 · ${DEMO_AGENCY} · 期限 ${engagement.contractDueDate}`,
      })
      .waitFor();
    const clientName = (
      await apiCall(
        platform,
        'query($id: ID!) { announcement(id: $id) { clientName } }',
        { id: published.id },
        '',
      )
    ).announcement.clientName;
    await page
      .getByRole('listitem')
      .filter({
        hasText: `履约完成登记 · ${clientName} · 期限 ${engagement.completionDueDate}`,
      })
      .waitFor();
  }, 120000);
});
