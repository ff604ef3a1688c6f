import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, DEMO_PASSWORD, idCardCheckChar } from '@ykb/common';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';

/**
 * The main job end to end through the gateway, every subgraph a separate
 * process over real HTTP: a citizen applies, a village clerk accepts, a
 * an approver approves, a licence is issued and sealed, the citizen finds it in the wallet,
 * a supervisor reads the time-limit status.
 */

let platform: TestPlatform;
let url: string;

// A 1x1 PNG: real image bytes, so the upload's type check finds PNG magic bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function signIn(account: string): Promise<string> {
  const result = await gatewayRequest(
    url,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: DEMO_PASSWORD },
  );
  expect(result.errors).toBeUndefined();
  return result.data.signIn.token as string;
}

async function upload(token: string, name: string): Promise<string> {
  const result = await gatewayRequest(
    url,
    'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id sha256 } }',
    {
      i: {
        fileName: name,
        mimeType: 'image/png',
        contentBase64: PNG.toString('base64'),
      },
    },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data.uploadMaterial.id as string;
}

const SUBMIT =
  'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id caseNumber status } }';
const validIdCard = () => {
  const first17 = '50023819900307101';
  return first17 + idCardCheckChar(first17);
};

let citizen: string;
let itemId: string;
let fileId: string;

function application(overrides: Record<string, unknown> = {}) {
  return {
    itemId,
    divisionCode: '500238100205',
    formData: {
      applicantName: '张三',
      applicantIdCard: validIdCard(),
      contactMobile: '13800138000',
      businessName: '城北村张三小卖部',
      entityType: '个体工商户（个人经营）',
      legalRepresentative: '张三',
      businessScope: '预包装食品零售',
      premisesAddress: '巫溪县城厢镇城北村1组',
    },
    materials: ['M1', 'M2', 'M3'].map((code) => ({ code, fileId })),
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

async function caseCount(token: string): Promise<number> {
  const result = await gatewayRequest(
    url,
    'query { myCases(first: 100) { id } }',
    {},
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data.myCases.length;
}

beforeAll(async () => {
  platform = await startTestPlatform(
    Number(process.env.YKB_TEST_PORT_BASE ?? 14100),
  );
  url = platform.gatewayUrl;
  citizen = await signIn('13800138000');
  const search = await gatewayRequest(
    url,
    'query { searchItems(keyword: "个体户") { id name } }',
  );
  itemId = search.data.searchItems.find(
    (i: { name: string }) => i.name === '个体工商户设立登记',
  ).id;
  fileId = await upload(citizen, '申请书.png');
}, 240000);

afterAll(async () => {
  await platform?.stop();
});

describe('main flow through the gateway', () => {
  let caseId: string;

  it('submits an application and replays the same idempotency key to the same case', async () => {
    const input = application();
    const first = await gatewayRequest(url, SUBMIT, { i: input }, citizen);
    expect(first.errors).toBeUndefined();
    expect(first.data.submitApplication.status).toBe('SUBMITTED');
    expect(first.data.submitApplication.caseNumber).toMatch(
      /^[0-9A-Z]{31}-\d{8}-\d{6}$/,
    );
    const retry = await gatewayRequest(url, SUBMIT, { i: input }, citizen);
    expect(retry.data.submitApplication.id).toBe(
      first.data.submitApplication.id,
    );
    caseId = first.data.submitApplication.id;
    expect(await caseCount(citizen)).toBe(1);
  });

  it('rejects bad input with stable codes and writes nothing', async () => {
    const before = await caseCount(citizen);
    const unknownItem = await gatewayRequest(
      url,
      SUBMIT,
      { i: application({ itemId: 'X'.repeat(31) }) },
      citizen,
    );
    expect(unknownItem.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const valid = validIdCard();
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('1') ? '2' : '1');
    const badId = application();
    const malformed = await gatewayRequest(
      url,
      SUBMIT,
      {
        i: {
          ...badId,
          formData: { ...badId.formData, applicantIdCard: wrongCheck },
        },
      },
      citizen,
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('INVALID_FORM_DATA');

    const missing = await gatewayRequest(
      url,
      SUBMIT,
      { i: application({ materials: [{ code: 'M1', fileId }] }) },
      citizen,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('MISSING_MATERIAL');

    const anonymous = await gatewayRequest(url, SUBMIT, { i: application() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const notAnObject = await gatewayRequest(
      url,
      SUBMIT,
      { i: application({ formData: [1] }) },
      citizen,
    );
    expect(notAnObject.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    for (const result of [
      unknownItem,
      malformed,
      missing,
      anonymous,
      notAnObject,
    ]) {
      expect(JSON.stringify(result)).not.toMatch(/\bat .*\.ts:\d+/);
    }

    expect(await caseCount(citizen)).toBe(before);
  });

  it('rejects oversized operations before planning them', async () => {
    const nested = await gatewayRequest(
      url,
      `query ${'{ a '.repeat(5000)}${'}'.repeat(5000)}`,
    );
    expect(nested.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(nested.errors?.[0]?.message).toContain('levels deep');
    const long = await gatewayRequest(url, `query { ${'a '.repeat(4000)}}`);
    expect(long.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(long.errors?.[0]?.message).toContain('tokens');
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `a${i}: searchItems { id }`,
    ).join(' ');
    const wide = await gatewayRequest(url, `query { ${aliases} }`);
    expect(wide.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const unnamed = await gatewayRequest(
      url,
      'query a { __typename } query b { __typename }',
    );
    expect(unnamed.errors?.[0]?.extensions?.code).toBe(
      'OPERATION_RESOLUTION_FAILURE',
    );
    const subscription = await gatewayRequest(
      url,
      'subscription S { __typename }',
    );
    expect(subscription.errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(subscription.errors?.[0]?.message).toBe(
      'This graph has no subscription operations; send a query or a mutation.',
    );
  });

  it('lets only a clerk in jurisdiction accept the case', async () => {
    const wrongRole = await gatewayRequest(
      url,
      'mutation($id: ID!) { acceptCase(id: $id) { id status } }',
      { id: caseId },
      citizen,
    );
    expect(wrongRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherCounty = await signIn('clerk.yuzhong');
    const outside = await gatewayRequest(
      url,
      'mutation($id: ID!) { acceptCase(id: $id) { id status } }',
      { id: caseId },
      otherCounty,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const clerk = await signIn('clerk.chengbei');
    const worklist = await gatewayRequest(
      url,
      'query { worklist(status: SUBMITTED, first: 50) { id applicantName } }',
      {},
      clerk,
    );
    expect(worklist.errors).toBeUndefined();
    expect(worklist.data.worklist.map((c: { id: string }) => c.id)).toContain(
      caseId,
    );
    const accepted = await gatewayRequest(
      url,
      'mutation($id: ID!) { acceptCase(id: $id) { id status deadline { date provisional } } }',
      { id: caseId },
      clerk,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptCase.status).toBe('ACCEPTED');
    expect(accepted.data.acceptCase.deadline.date).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('issues a sealed licence when the approver approves', async () => {
    const approver = await signIn('approver.scjg');
    const approved = await gatewayRequest(
      url,
      'mutation($id: ID!) { approveCase(id: $id, opinion: "符合条件，准予登记") { id status } }',
      { id: caseId },
      approver,
    );
    expect(approved.errors).toBeUndefined();
    let status = approved.data.approveCase.status as string;
    for (let i = 0; i < 40 && status !== 'COMPLETED'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const again = await gatewayRequest(
        url,
        'query($id: ID!) { case(id: $id) { status } }',
        { id: caseId },
        citizen,
      );
      status = again.data.case.status;
    }
    expect(status).toBe('COMPLETED');

    const wallet = await gatewayRequest(
      url,
      'query { myLicences { id identifier type { name } } }',
      {},
      citizen,
    );
    expect(wallet.errors).toBeUndefined();
    expect(wallet.data.myLicences).toHaveLength(1);
    expect(wallet.data.myLicences[0].type.name).toBe('营业执照');
    const verification = await gatewayRequest(
      url,
      'query($id: String!) { verifyLicence(identifier: $id) { found contentIntact sealValid } }',
      { id: wallet.data.myLicences[0].identifier },
    );
    expect(verification.data.verifyLicence).toEqual({
      found: true,
      contentIntact: true,
      sealValid: true,
    });
  });

  it('joins all six subgraphs in one query', async () => {
    const result = await gatewayRequest(
      url,
      `query($id: ID!) {
        case(id: $id) {
          caseNumber status
          item { name department { name } intermediaryServices { name } }
          applicant { name }
          hall { name division { name } }
          licence { identifier type { name } }
        }
      }`,
      { id: caseId },
      citizen,
    );
    expect(result.errors).toBeUndefined();
    const c = result.data.case;
    expect(c.item.name).toBe('个体工商户设立登记');
    expect(c.item.department.name).toBe('重庆市市场监督管理局');
    expect(Array.isArray(c.item.intermediaryServices)).toBe(true);
    expect(c.applicant.name).toBe('张三');
    expect(c.hall.name).toBe('城北村便民服务站');
    expect(c.hall.division.name).toBe('城北村村民委员会');
    expect(c.licence.identifier).toMatch(/^1\.2\.156\.3005\.2\./);
  });

  it('shows the supervisor the time-limit status', async () => {
    const supervisor = await signIn('supervisor.city');
    const result = await gatewayRequest(
      url,
      'query { supervisedCases(first: 50) { id timeLimitStatus applicantName } }',
      {},
      supervisor,
    );
    expect(result.errors).toBeUndefined();
    const row = result.data.supervisedCases.find(
      (c: { id: string }) => c.id === caseId,
    );
    expect(row.timeLimitStatus).toBe('ON_TIME');
    expect(row.applicantName).toBe('张*');
  });

  it('masks the applicant and licence holder for the supervisor', async () => {
    const supervisor = await signIn('supervisor.city');
    const result = await gatewayRequest(
      url,
      `query($id: ID!) {
        case(id: $id) {
          applicantIdNumber
          applicant { name idCardNumber mobile masked }
          licence { holderName holderIdNumber data masked }
        }
        user(id: "u-demo-citizen-1") { idCardNumber mobile masked }
      }`,
      { id: caseId },
      supervisor,
    );
    expect(result.errors).toBeUndefined();
    const idCard = validIdCard();
    const maskedIdCard = `${idCard.slice(0, 4)}**********${idCard.slice(-4)}`;
    const c = result.data.case;
    expect(c.applicantIdNumber).toBe(maskedIdCard);
    expect(c.applicant).toEqual({
      name: '张*',
      idCardNumber: maskedIdCard,
      mobile: '138****8000',
      masked: true,
    });
    expect(c.licence.masked).toBe(true);
    expect(c.licence.holderName).toBe('张*');
    expect(c.licence.holderIdNumber).toBe(maskedIdCard);
    expect(c.licence.data.legalRepresentative).toBe('张*');
    // The licence keeps the form's face elements, not the applicant's mobile.
    expect(c.licence.data.contactMobile).toBeUndefined();
    expect(c.licence.data.formData).toBeUndefined();
    expect(result.data.user).toEqual({
      idCardNumber: maskedIdCard,
      mobile: '138****8000',
      masked: true,
    });
    expect(JSON.stringify(result.data)).not.toContain(idCard);
  });

  it('masks identifiers in free text for the analyst', async () => {
    const idCard = validIdCard();
    const maskedIdCard = `${idCard.slice(0, 4)}**********${idCard.slice(-4)}`;
    const text = `办事很快。我的身份证${idCard}，电话13800138000。`;
    const maskedText = `办事很快。我的身份证${maskedIdCard}，电话138****8000。`;
    const evaluated = await gatewayRequest(
      url,
      'mutation($i: EvaluateCaseInput!) { evaluateCase(input: $i) { comment } }',
      {
        i: {
          caseId,
          level: 'SATISFIED',
          comment: text,
          idempotencyKey: randomUUID(),
        },
      },
      citizen,
    );
    expect(evaluated.errors).toBeUndefined();
    expect(evaluated.data.evaluateCase.comment).toBe(text);
    const inquiry = await gatewayRequest(
      url,
      'mutation($i: SubmitInquiryInput!) { submitInquiry(input: $i) { id content } }',
      {
        i: {
          kind: 'CONSULTATION',
          subject: `执照 ${idCard}`,
          content: text,
          caseId,
          idempotencyKey: randomUUID(),
        },
      },
      citizen,
    );
    expect(inquiry.errors).toBeUndefined();
    expect(inquiry.data.submitInquiry.content).toBe(text);

    const READ_COMMENT =
      'query($id: ID!) { case(id: $id) { evaluation { comment } } }';
    const analyst = await signIn('analyst.city');
    const analystView = await gatewayRequest(
      url,
      READ_COMMENT,
      { id: caseId },
      analyst,
    );
    expect(analystView.errors).toBeUndefined();
    expect(analystView.data.case.evaluation.comment).toBe(maskedText);
    const ownView = await gatewayRequest(
      url,
      READ_COMMENT,
      { id: caseId },
      citizen,
    );
    expect(ownView.data.case.evaluation.comment).toBe(text);

    const supervisor = await signIn('supervisor.city');
    const inquiries = await gatewayRequest(
      url,
      'query { departmentInquiries(first: 100) { id subject content } }',
      {},
      supervisor,
    );
    expect(inquiries.errors).toBeUndefined();
    const row = inquiries.data.departmentInquiries.find(
      (i: { id: string }) => i.id === inquiry.data.submitInquiry.id,
    );
    expect(row.subject).toBe(`执照 ${maskedIdCard}`);
    expect(row.content).toBe(maskedText);
  });

  it('returns a null applicant without an account', async () => {
    // A case whose applicant has no readable platform account, such as one removed since filing.
    process.env.YKB_DB_PREFIX = platform.dbPrefix;
    const connection = await connectDatabase('cases');
    const orphanId = randomUUID();
    try {
      const cases = connection.collection('cases');
      const filed = await cases.findOne({ _id: caseId as never });
      expect(filed).not.toBeNull();
      await cases.insertOne({
        ...filed!,
        _id: orphanId as never,
        caseNumber: `${filed!.caseNumber}-X`,
        applicantUserId: 'u-removed-account',
        idempotencyKey: randomUUID(),
      });
    } finally {
      await connection.close();
    }
    const supervisor = await signIn('supervisor.city');
    const result = await gatewayRequest(
      url,
      'query($id: ID!) { case(id: $id) { id status applicant { id name } } }',
      { id: orphanId },
      supervisor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.case.id).toBe(orphanId);
    expect(result.data.case.applicant).toBeNull();
  });

  it("joins the cases subgraph's staff figures into a hall performance report", async () => {
    const manager = await signIn('manager.wuxi');
    const checkIn = await gatewayRequest(
      url,
      'mutation($h: ID!) { checkInAttendance(hallId: $h) { date } }',
      { h: 'hall-500238' },
      manager,
    );
    expect(checkIn.errors).toBeUndefined();
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
    }).format(new Date());
    const result = await gatewayRequest(
      url,
      `query($h: ID!, $d: String!) { hallPerformance(hallId: $h, from: $d, to: $d) {
        caseStatsAvailable staff { staffName casesHandled evaluations satisfied }
        windows { window { number } casesHandled evaluations satisfied }
      } }`,
      { h: 'hall-500238', d: today },
      manager,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data.hallPerformance;
    expect(report.caseStatsAvailable).toBe(true);
    expect(report.staff).toContainEqual({
      staffName: '周主任',
      casesHandled: 0,
      evaluations: 0,
      satisfied: 0,
    });
    expect(report.windows.length).toBeGreaterThan(0);
    // Window case figures come from cases in the same request as the staff figures.
    for (const window of report.windows) {
      expect(window.casesHandled).toEqual(expect.any(Number));
      expect(window.evaluations).toEqual(expect.any(Number));
      expect(window.satisfied).toBeLessThanOrEqual(window.evaluations);
    }
  });

  it('keeps every record across a restart', async () => {
    await platform.restart();
    const token = await signIn('13800138000');
    const result = await gatewayRequest(
      url,
      'query($id: ID!) { case(id: $id) { status licence { identifier } } }',
      { id: caseId },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.case.status).toBe('COMPLETED');
    expect(await caseCount(token)).toBe(1);
  }, 240000);
});
