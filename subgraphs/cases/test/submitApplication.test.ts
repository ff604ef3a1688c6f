import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { DEMO_ACCOUNTS, type Viewer } from '@ykb/common';
import { seededItemId } from '../../items/src/index.js';
import { setClock } from '../src/index.js';
import {
  ASSISTANCE_ITEM,
  assistanceForm,
  BUSINESS_ITEM,
  businessForm,
  CITIZEN,
  CITIZEN_ID_CARD,
  demo,
  materialsFor,
  newKey,
  startStack,
  SUBMIT,
  UNREACHABLE_URL,
  uploadPdf,
  VILLAGE,
  type Stack,
} from './stack.js';

const OTHER_CITIZEN = demo('13900139000');
const OTHER_CITIZEN_ID_CARD = DEMO_ACCOUNTS.find(
  (a) => a.account === '13900139000',
)!.idCardNumber!;
const COMPANY = demo('company.demo');
const COMPANY_CREDIT_CODE = DEMO_ACCOUNTS.find(
  (a) => a.account === 'company.demo',
)!.creditCode!;
const COMPANY_ITEM = seededItemId('有限责任公司设立登记');

let stack: Stack;
let materials: { code: string; fileId: string }[];

beforeAll(async () => {
  stack = await startStack();
  materials = await materialsFor(stack.url, CITIZEN, ['M1', 'M2', 'M3']);
});

afterAll(async () => {
  setClock();
  await stack?.close();
});

beforeEach(() => {
  setClock();
});

/** Submits as `viewer`; null submits anonymously. */
function submit(
  input: Record<string, unknown>,
  viewer: Viewer | null = CITIZEN,
) {
  return graphql(
    stack.url,
    SUBMIT,
    {
      input: {
        itemId: BUSINESS_ITEM,
        divisionCode: VILLAGE,
        formData: businessForm(),
        materials,
        idempotencyKey: newKey(),
        ...input,
      },
    },
    viewer ?? undefined,
  );
}

function caseCount(): Promise<number> {
  return stack.cases.connection.model('Case').countDocuments();
}

/** Submits and expects a rejection with `code`, leaving the number of stored cases unchanged. */
async function expectRejected(
  input: Record<string, unknown>,
  code: string,
  viewer: Viewer | null = CITIZEN,
) {
  const before = await caseCount();
  const result = await submit(input, viewer);
  expect(result.data?.submitApplication ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(await caseCount()).toBe(before);
  return result.errors![0]!;
}

describe('submitApplication', () => {
  it('records case with server case number', async () => {
    setClock(() => new Date('2025-09-25T18:30:00Z'));
    const result = await submit({});
    expect(result.errors).toBeUndefined();
    const record = result.data!.submitApplication;
    // 18:30 UTC is 02:30 the next day in Asia/Shanghai.
    expect(record.caseNumber).toMatch(
      new RegExp(`^${BUSINESS_ITEM}-20250926-\\d{6}$`),
    );
    expect(record.status).toBe('SUBMITTED');
    expect(record.itemName).toBe('个体工商户设立登记');
    expect(record.itemNameEn).toBe('Registration of an individual business');
    expect(record.departmentCode).toBe('CQ-SCJG');
    expect(record.applicant).toEqual({ id: CITIZEN.userId });
    expect(record.applicantName).toBe('张三');
    expect(record.applicantIdNumber).toBe(CITIZEN_ID_CARD);
    expect(record.timeLimitStatus).toBe('NOT_STARTED');
    expect(record.deadline).toBeNull();
    expect(record.materials.map((m: { code: string }) => m.code)).toEqual([
      'M1',
      'M2',
      'M3',
    ]);
    expect(record.history).toHaveLength(1);
    expect(record.version).toBe(1);
  });

  it('numbers cases per item and day', async () => {
    setClock(() => new Date('2025-11-03T02:00:00Z'));
    const first = await submit({});
    const second = await submit({ divisionCode: '500103' });
    const other = await submit({
      itemId: ASSISTANCE_ITEM,
      formData: assistanceForm(),
      materials: materials.filter((m) => m.code !== 'M3'),
    });
    expect(first.data!.submitApplication.caseNumber).toBe(
      `${BUSINESS_ITEM}-20251103-000001`,
    );
    expect(second.data!.submitApplication.caseNumber).toBe(
      `${BUSINESS_ITEM}-20251103-000002`,
    );
    expect(other.data!.submitApplication.caseNumber).toBe(
      `${ASSISTANCE_ITEM}-20251103-000001`,
    );
  });

  it('numbers concurrent submissions distinctly', async () => {
    setClock(() => new Date('2025-11-04T02:00:00Z'));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submit({})),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const numbers = results
      .map((r) => r.data!.submitApplication.caseNumber as string)
      .sort();
    expect(new Set(numbers).size).toBe(10);
    for (const number of numbers)
      expect(number).toMatch(
        new RegExp(`^${BUSINESS_ITEM}-20251104-0000(0[1-9]|1\\d)$`),
      );
  });

  it('stores ID-card and mobile numbers normalised', async () => {
    const fullWidth = CITIZEN_ID_CARD.replace(/\d/g, (d) =>
      String.fromCharCode(0xff10 + Number(d)),
    ).toLowerCase();
    const result = await submit({
      formData: businessForm({
        applicantIdCard: ` ${fullWidth} `,
        contactMobile: '+86 138-0013-8000',
      }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitApplication.formData.applicantIdCard).toBe(
      CITIZEN_ID_CARD,
    );
    expect(result.data!.submitApplication.formData.contactMobile).toBe(
      '13800138000',
    );
  });

  it('rejects an unknown item with NOT_FOUND', async () => {
    await expectRejected(
      { itemId: '11500000MB0000001XK0000000000000' },
      'NOT_FOUND',
    );
  });

  it('rejects another name than the registered one', async () => {
    const error = await expectRejected(
      { formData: businessForm({ applicantName: '欧阳娜娜' }) },
      'INVALID_FORM_DATA',
    );
    expect(error.extensions?.field).toBe('applicantName');
    expect(error.extensions?.reason).toBe('APPLICANT_MISMATCH');
  });

  it('rejects a withdrawn item with INVALID_STATE', async () => {
    const itemId = seededItemId('无犯罪记录证明开具');
    await stack.items.connection
      .model('Item')
      .updateOne({ _id: itemId }, { $set: { status: 'WITHDRAWN' } });
    const error = await expectRejected({ itemId }, 'INVALID_STATE');
    expect(error.extensions?.field).toBe('itemId');
  });

  it('rejects a malformed ID card with INVALID_FORM_DATA', async () => {
    const error = await expectRejected(
      { formData: businessForm({ applicantIdCard: '36042619910102009X' }) },
      'INVALID_FORM_DATA',
    );
    expect(error.extensions?.field).toBe('applicantIdCard');
  });

  it.each([
    ['a missing required field', { businessName: undefined }, 'businessName'],
    ['an unknown key', { favouriteColour: 'red' }, 'favouriteColour'],
    [
      'text over maxLength in code points',
      { businessScope: '𠀀'.repeat(201) },
      'businessScope',
    ],
    ['an invalid mobile', { contactMobile: '12345' }, 'contactMobile'],
    ['a number where text belongs', { businessName: 42 }, 'businessName'],
  ])('rejects %s with INVALID_FORM_DATA', async (_name, overrides, field) => {
    const error = await expectRejected(
      { formData: businessForm(overrides) },
      'INVALID_FORM_DATA',
    );
    expect(error.extensions?.field).toBe(field);
  });

  it('accepts text of exactly maxLength code points', async () => {
    const result = await submit({
      formData: businessForm({ businessScope: '𠀀'.repeat(200) }),
    });
    expect(result.errors).toBeUndefined();
  });

  it('rejects a missing required material with MISSING_MATERIAL', async () => {
    const error = await expectRejected(
      { materials: materials.filter((m) => m.code !== 'M2') },
      'MISSING_MATERIAL',
    );
    expect(error.extensions?.materialCode).toBe('M2');
  });

  it('rejects a file uploaded by someone else with MISSING_MATERIAL', async () => {
    const foreign = await uploadPdf(stack.url, demo('13900139000'));
    const error = await expectRejected(
      {
        materials: [...materials.slice(0, 2), { code: 'M3', fileId: foreign }],
      },
      'MISSING_MATERIAL',
    );
    expect(error.extensions?.materialCode).toBe('M3');
  });

  it('rejects a file id that does not exist with MISSING_MATERIAL', async () => {
    await expectRejected(
      {
        materials: [
          ...materials.slice(0, 2),
          { code: 'M3', fileId: '0123456789abcdef01234567' },
        ],
      },
      'MISSING_MATERIAL',
    );
  });

  it('rejects a division outside Chongqing', async () => {
    const error = await expectRejected(
      { divisionCode: '110105' },
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('divisionCode');
    await expectRejected({ divisionCode: '5002381' }, 'BAD_USER_INPUT');
  });

  it('rejects staff roles that do not apply with FORBIDDEN', async () => {
    await expectRejected({}, 'FORBIDDEN', demo('reviewer.scjg'));
  });

  it('rejects a legal person for a natural-person item with FORBIDDEN', async () => {
    await expectRejected({}, 'FORBIDDEN', demo('company.demo'));
  });

  it('rejects anonymous callers with UNAUTHENTICATED', async () => {
    await expectRejected({}, 'UNAUTHENTICATED', null);
  });

  it('rejects a citizen filing for someone else with FORBIDDEN', async () => {
    await expectRejected({ applicantUserId: 'u-demo-citizen-2' }, 'FORBIDDEN');
  });

  it('rejects a malformed idempotency key', async () => {
    const error = await expectRejected(
      { idempotencyKey: 'short' },
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('idempotencyKey');
  });

  it('rejects form data that is not an object', async () => {
    const before = await caseCount();
    const result = await submit({ formData: ['not', 'an', 'object'] });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await caseCount()).toBe(before);
  });

  it('returns the first case when the same key is sent twice', async () => {
    const key = newKey();
    const first = await submit({ idempotencyKey: key });
    const before = await caseCount();
    const second = await submit({ idempotencyKey: key });
    expect(second.errors).toBeUndefined();
    expect(second.data!.submitApplication.id).toBe(
      first.data!.submitApplication.id,
    );
    expect(second.data!.submitApplication.caseNumber).toBe(
      first.data!.submitApplication.caseNumber,
    );
    expect(await caseCount()).toBe(before);
  });

  it('rejects a reused key for another item with CONFLICT', async () => {
    const key = newKey();
    await submit({ idempotencyKey: key });
    const before = await caseCount();
    const result = await submit({
      idempotencyKey: key,
      itemId: ASSISTANCE_ITEM,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await caseCount()).toBe(before);
  });

  it('lets clerk file within jurisdiction', async () => {
    const clerk = demo('clerk.wuxi');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    const result = await submit(
      { applicantUserId: CITIZEN.userId, materials: clerkFiles },
      clerk,
    );
    expect(result.errors).toBeUndefined();
    const record = result.data!.submitApplication;
    expect(record.applicant.id).toBe(CITIZEN.userId);
    expect(record.applicantName).toBe('张三');
    expect(record.history[0].actorId).toBe(clerk.userId);
    const mine = await graphql(
      stack.url,
      'query { myCases(first: 100) { id } }',
      {},
      CITIZEN,
    );
    expect(mine.data!.myCases.map((c: { id: string }) => c.id)).toContain(
      record.id,
    );
  });

  it('rejects clerk filing outside jurisdiction', async () => {
    const clerk = demo('clerk.yuzhong');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    await expectRejected(
      { applicantUserId: CITIZEN.userId, materials: clerkFiles },
      'FORBIDDEN',
      clerk,
    );
  });

  it('rejects a clerk applying without naming an applicant', async () => {
    await expectRejected(
      {},
      'FORBIDDEN',
      viewerOf(['CLERK'], { divisionCode: '500238' }),
    );
  });
});

describe('submitApplication applicant identity', () => {
  it("rejects another citizen's ID card with INVALID_FORM_DATA", async () => {
    const error = await expectRejected(
      { formData: businessForm({ applicantIdCard: OTHER_CITIZEN_ID_CARD }) },
      'INVALID_FORM_DATA',
    );
    expect(error.extensions?.field).toBe('applicantIdCard');
  });

  it('stores name and ID number from identity', async () => {
    const result = await submit({});
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitApplication.applicantName).toBe('张三');
    expect(result.data!.submitApplication.applicantIdNumber).toBe(
      CITIZEN_ID_CARD,
    );
  });

  it('rejects a viewer unknown to identity with NOT_FOUND', async () => {
    const stranger = viewerOf(['CITIZEN']);
    const files = await materialsFor(stack.url, stranger, ['M1', 'M2', 'M3']);
    await expectRejected({ materials: files }, 'NOT_FOUND', stranger);
  });

  it('rejects clerk filing for unknown user with NOT_FOUND', async () => {
    const clerk = demo('clerk.wuxi');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    const error = await expectRejected(
      { applicantUserId: 'u-nobody', materials: clerkFiles },
      'NOT_FOUND',
      clerk,
    );
    expect(error.extensions?.id).toBe('u-nobody');
  });

  it('rejects clerk filing for staff with BAD_USER_INPUT', async () => {
    const clerk = demo('clerk.wuxi');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    for (const staff of ['u-admin', 'u-clerk.chengbei']) {
      const error = await expectRejected(
        { applicantUserId: staff, materials: clerkFiles },
        'BAD_USER_INPUT',
        clerk,
      );
      expect(error.extensions?.field).toBe('applicantUserId');
    }
  });

  it('rejects clerk filing for resident elsewhere with FORBIDDEN', async () => {
    // 欧阳娜娜 is registered in 渝中区 (500103001), outside the 巫溪县 clerk's jurisdiction.
    const clerk = demo('clerk.wuxi');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    await expectRejected(
      { applicantUserId: OTHER_CITIZEN.userId, materials: clerkFiles },
      'FORBIDDEN',
      clerk,
    );
  });

  it("files for another citizen with that citizen's data", async () => {
    const clerk = demo('clerk.yuzhong');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    const input = {
      applicantUserId: OTHER_CITIZEN.userId,
      divisionCode: '500103',
      materials: clerkFiles,
    };

    const mixed = await expectRejected(input, 'INVALID_FORM_DATA', clerk);
    expect(mixed.extensions?.field).toBe('applicantIdCard');

    const own = businessForm({
      applicantName: '欧阳娜娜',
      applicantIdCard: OTHER_CITIZEN_ID_CARD,
      contactMobile: '13900139000',
    });
    const result = await submit({ ...input, formData: own }, clerk);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitApplication.applicant).toEqual({
      id: OTHER_CITIZEN.userId,
    });
    expect(result.data!.submitApplication.applicantName).toBe('欧阳娜娜');
    expect(result.data!.submitApplication.applicantIdNumber).toBe(
      OTHER_CITIZEN_ID_CARD,
    );
  });

  it('rejects a legal person as NATURAL_PERSON', async () => {
    const clerk = demo('clerk.yuzhong');
    const clerkFiles = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    const input = {
      applicantUserId: COMPANY.userId,
      divisionCode: '500103',
      materials: clerkFiles,
    };
    const error = await expectRejected(
      { ...input, applicantSubjectType: 'NATURAL_PERSON' },
      'BAD_USER_INPUT',
      clerk,
    );
    expect(error.extensions?.field).toBe('applicantSubjectType');
    // Without the declared type, identity's kind decides, and this item takes natural persons only.
    await expectRejected(input, 'FORBIDDEN', clerk);
  });

  it("stores a legal person's credit code as ID number", async () => {
    const files = await materialsFor(stack.url, COMPANY, [
      'M1',
      'M2',
      'M3',
      'M4',
    ]);
    const result = await submit(
      {
        itemId: COMPANY_ITEM,
        divisionCode: '500103',
        formData: {
          businessName: '山城示例',
          entityType: '有限责任公司（自然人投资或控股）',
          legalRepresentative: '王五',
          premisesAddress: '重庆市渝中区解放碑街道示例路 1 号',
          businessScope: '软件开发',
          contactMobile: '13700137000',
          registeredCapital: 100,
        },
        materials: files,
        applicantSubjectType: 'LEGAL_PERSON',
      },
      COMPANY,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitApplication.applicantName).toBe(
      '重庆山城示例科技有限公司',
    );
    expect(result.data!.submitApplication.applicantIdNumber).toBe(
      COMPANY_CREDIT_CODE,
    );

    // A company's name and credit code are public registry data, so an
    // analyst, who reads natural persons masked, reads them as they are.
    const seen = await graphql(
      stack.url,
      'query($id: ID!) { case(id: $id) { applicantName applicantIdNumber formData } }',
      { id: result.data!.submitApplication.id },
      viewerOf(['ANALYST'], { divisionCode: '50' }),
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.case).toEqual({
      applicantName: '重庆山城示例科技有限公司',
      applicantIdNumber: COMPANY_CREDIT_CODE,
      formData: null,
    });
  });

  it('rejects an unknown village with BAD_USER_INPUT', async () => {
    const error = await expectRejected(
      { divisionCode: '500238999999' },
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('divisionCode');
  });

  it('fails with UPSTREAM_FAILED when identity is down', async () => {
    const identityUrl = process.env.YKB_IDENTITY_URL;
    process.env.YKB_IDENTITY_URL = UNREACHABLE_URL;
    try {
      await expectRejected({}, 'UPSTREAM_FAILED');
    } finally {
      process.env.YKB_IDENTITY_URL = identityUrl;
    }
  });
});

describe('submitApplication idempotency', () => {
  it('draws one case number for ten same-key requests', async () => {
    setClock(() => new Date('2025-12-02T02:00:00Z'));
    const key = newKey();
    const before = await caseCount();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submit({ idempotencyKey: key })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.submitApplication.id)).size).toBe(
      1,
    );
    expect(await caseCount()).toBe(before + 1);
    expect(results[0]!.data!.submitApplication.caseNumber).toBe(
      `${BUSINESS_ITEM}-20251202-000001`,
    );

    const next = await submit({});
    expect(next.data!.submitApplication.caseNumber).toBe(
      `${BUSINESS_ITEM}-20251202-000002`,
    );
  });

  it('leaves no submission claim behind', async () => {
    const key = newKey();
    await Promise.all(
      Array.from({ length: 5 }, () => submit({ idempotencyKey: key })),
    );
    expect(
      await stack.cases.connection.model('SubmissionClaim').countDocuments(),
    ).toBe(0);
  });

  it('takes over an abandoned claim', async () => {
    const key = newKey();
    const claims = stack.cases.connection.model('SubmissionClaim');
    await claims.create({
      _id: `${key}:${CITIZEN.userId}`,
      submittedBy: CITIZEN.userId,
      idempotencyKey: key,
      requestHash: 'crashed',
      claimedAt: new Date(Date.now() - 60_000),
    });
    const result = await submit({ idempotencyKey: key });
    expect(result.errors).toBeUndefined();
    expect(await claims.countDocuments({ idempotencyKey: key })).toBe(0);
  });

  it('rejects a key claimed for another request', async () => {
    const key = newKey();
    const claims = stack.cases.connection.model('SubmissionClaim');
    await claims.create({
      _id: `${key}:${CITIZEN.userId}`,
      submittedBy: CITIZEN.userId,
      idempotencyKey: key,
      requestHash: 'in-progress',
      claimedAt: new Date(),
    });
    await expectRejected({ idempotencyKey: key }, 'CONFLICT');
    await claims.deleteOne({ _id: `${key}:${CITIZEN.userId}` });
  });

  it('replays a request with reordered form keys', async () => {
    const key = newKey();
    const form = businessForm();
    const first = await submit({ idempotencyKey: key, formData: form });
    const reordered = Object.fromEntries(Object.entries(form).reverse());
    const second = await submit({
      idempotencyKey: key,
      formData: reordered,
      materials: [...materials].reverse(),
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.submitApplication.id).toBe(
      first.data!.submitApplication.id,
    );
  });

  it.each([
    [
      'form data',
      () => ({ formData: businessForm({ businessName: '城北五金店' }) }),
    ],
    [
      'materials',
      () => ({
        materials: [
          ...materials.slice(0, 2),
          { code: 'M3', fileId: materials[0]!.fileId },
        ],
      }),
    ],
    ['division', () => ({ divisionCode: '500238100' })],
  ])(
    'rejects a reused key with other %s with CONFLICT',
    async (_name, change) => {
      const key = newKey();
      const first = await submit({ idempotencyKey: key });
      expect(first.errors).toBeUndefined();
      await expectRejected({ idempotencyKey: key, ...change() }, 'CONFLICT');
    },
  );

  it('accepts one of concurrent differing same-key requests', async () => {
    const key = newKey();
    const before = await caseCount();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        submit({
          idempotencyKey: key,
          formData: businessForm({ businessName: `城北小卖部${i}` }),
        }),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    for (const result of results.filter((r) => r.errors))
      expect(result.errors![0]!.extensions?.code).toBe('CONFLICT');
    expect(await caseCount()).toBe(before + 1);
  });
});
