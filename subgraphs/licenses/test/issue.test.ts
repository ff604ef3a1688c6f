import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLicenceIdentifier,
  checkIdCard,
  DEPARTMENTS,
  licenceTypeByName,
  Role,
  SEQUENCE_COUNTERS,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  businessLicence,
  citizen,
  citizenId,
  faceData,
  foodLicence,
  holderViewer,
  issueAs,
  issueAsSystem,
  issueInput,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;
const scjg = DEPARTMENTS.find((d) => d.code === 'CQ-SCJG')!;

beforeAll(async () => {
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
});

function licenceCount(filter: Record<string, unknown> = {}) {
  return subgraph.connection.model('Licence').countDocuments(filter);
}

describe('issueLicence', () => {
  it('issues a signed licence with a valid identifier', async () => {
    const input = issueInput();
    const result = await issueAsSystem(subgraph.url, input);
    expect(result.errors).toBeUndefined();
    const licence = result.data!.issueLicence;
    expect(checkLicenceIdentifier(licence.identifier)).toEqual({ valid: true });

    const year = new Date(Date.now() + 8 * 3600 * 1000)
      .toISOString()
      .slice(0, 4);
    const parts = licence.identifier.split('.');
    expect(parts.slice(0, 5).join('.')).toBe('1.2.156.3005.2');
    expect(parts[5]).toBe(foodLicence.code);
    expect(parts[6]).toBe(scjg.creditCode);
    expect(parts[7]).toMatch(new RegExp(`^${year}\\d{7}$`));
    expect(parts[8]).toBe('001');

    expect(licence.type).toEqual({
      code: foodLicence.code,
      name: '食品经营许可证',
      validYears: 5,
    });
    expect(licence.holder).toEqual({ id: citizenId });
    expect(licence.issuer).toEqual({ code: 'CQ-SCJG' });
    expect(licence.status).toBe('VALID');
    expect(licence.signature.algorithm).toBe('Ed25519');
    expect(licence.signature.sealName).toBe('重庆市市场监督管理局电子公章');
    // SYSTEM receives the content masked, so it gets no signature over the raw content.
    expect(licence.signature.value).toBeNull();
    const validYears =
      new Date(licence.validUntil).getUTCFullYear() -
      new Date(licence.issuedAt).getUTCFullYear();
    expect(validYears).toBe(5);
  });

  it('returns personal data masked to the SYSTEM caller', async () => {
    const input = issueInput();
    const licence = (await issueAsSystem(subgraph.url, input)).data!
      .issueLicence;
    expect(licence.masked).toBe(true);
    expect(licence.holderName).toBe('张*');
    expect(licence.holderIdNumber).toBe(
      `${(input.holderIdNumber as string).slice(0, 4)}**********${(input.holderIdNumber as string).slice(-4)}`,
    );
    expect(licence.data.legalRepresentative).toBe('张*');
    expect(licence.data.businessName).toBe('城北村小吃店');
    expect(licence.data.premisesAddress).toBe('重庆市巫溪县城厢镇');
  });

  it('sets validUntil to null for a type without expiry', async () => {
    const result = await issueAsSystem(
      subgraph.url,
      issueInput({ licenceTypeCode: businessLicence.code }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.issueLicence.validUntil).toBeNull();
  });

  it.each([
    ['a citizen', viewerOf([Role.Citizen])],
    [
      'an approver',
      viewerOf([Role.Approver], {
        divisionCode: '50',
        departmentCode: 'CQ-SCJG',
      }),
    ],
    ['an administrator', viewerOf([Role.Admin], { divisionCode: '50' })],
  ])('rejects %s with FORBIDDEN', async (_, viewer) => {
    const input = issueInput();
    const result = await issueAs(subgraph.url, input, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await licenceCount({ caseId: input.caseId })).toBe(0);
  });

  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await issueAs(subgraph.url, issueInput());
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the first licence on a retry with the same caseId', async () => {
    const input = issueInput();
    const first = await issueAsSystem(subgraph.url, input);
    const second = await issueAsSystem(subgraph.url, input);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.issueLicence.id).toBe(first.data!.issueLicence.id);
    expect(second.data!.issueLicence.identifier).toBe(
      first.data!.issueLicence.identifier,
    );
    expect(await licenceCount({ caseId: input.caseId })).toBe(1);
  });

  it('returns one licence for concurrent retries of one case', async () => {
    const input = issueInput();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => issueAsSystem(subgraph.url, input)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.issueLicence.id)).size).toBe(1);
    expect(await licenceCount({ caseId: input.caseId })).toBe(1);
  });

  it('rejects a retry naming another holder with CONFLICT', async () => {
    const input = issueInput();
    await issueAsSystem(subgraph.url, input);
    const result = await issueAsSystem(subgraph.url, {
      ...input,
      holderUserId: 'u-demo-citizen-2',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await licenceCount({ caseId: input.caseId })).toBe(1);
  });

  it('gives distinct serials to 10 concurrent issuances', async () => {
    const inputs = Array.from({ length: 10 }, () =>
      issueInput({ licenceTypeCode: businessLicence.code }),
    );
    const results = await Promise.all(
      inputs.map((input) => issueAsSystem(subgraph.url, input)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const identifiers = results.map(
      (r) => r.data!.issueLicence.identifier as string,
    );
    for (const identifier of identifiers)
      expect(checkLicenceIdentifier(identifier).valid).toBe(true);
    const serials = identifiers
      .map((identifier) => Number(identifier.split('.')[7]!.slice(4)))
      .sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(10);
    const year = identifiers[0]!.split('.')[7]!.slice(0, 4);
    const scjg = DEPARTMENTS.find((d) => d.code === 'CQ-SCJG')!;
    const counters = subgraph.connection.db!.collection<{
      _id: string;
      value: number;
    }>(SEQUENCE_COUNTERS);
    const counter = await counters.findOne({
      _id: `licence:${businessLicence.code}.${scjg.creditCode}.${year}`,
    });
    expect(counter!.value).toBeGreaterThanOrEqual(serials[9]!);
  });

  it('accepts a legal person with a credit code and leaves it unmasked', async () => {
    const { DEMO_ACCOUNTS } = await import('@ykb/common');
    const company = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo')!;
    const result = await issueAsSystem(
      subgraph.url,
      issueInput({
        licenceTypeCode: businessLicence.code,
        holderUserId: 'u-company.demo',
        holderName: company.name,
        holderIdNumber: company.creditCode!.toLowerCase(),
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.issueLicence.holderKind).toBe('LEGAL_PERSON');
    expect(result.data!.issueLicence.holderIdNumber).toBe(company.creditCode);
    expect(result.data!.issueLicence.holderName).toBe(company.name);
  });

  it.each([
    [
      'an unknown licence type',
      { licenceTypeCode: '11500000MB0000001X999' },
      'BAD_USER_INPUT',
      'licenceTypeCode',
    ],
    [
      'an unknown department',
      { departmentCode: 'CQ-XX' },
      'BAD_USER_INPUT',
      'departmentCode',
    ],
    [
      'a malformed division code',
      { divisionCode: '5002381' },
      'BAD_USER_INPUT',
      'divisionCode',
    ],
    [
      'an ID-card number with a wrong check digit',
      { holderIdNumber: '36042619910102009X' },
      'INVALID_ID_CARD',
      'holderIdNumber',
    ],
    [
      'an invalid credit code',
      { holderIdNumber: '91110000600037341N' },
      'INVALID_CREDIT_CODE',
      'holderIdNumber',
    ],
    [
      'an empty holder name',
      { holderName: '   ' },
      'BAD_USER_INPUT',
      'holderName',
    ],
    ['data with a $ key', { data: { $where: 'x' } }, 'BAD_USER_INPUT', 'data'],
    [
      'data with a dotted key',
      { data: { 'a.b': 1 } },
      'BAD_USER_INPUT',
      'data',
    ],
    [
      'data with an array inside an array',
      { data: { rows: [[1, 2]] } },
      'BAD_USER_INPUT',
      'data.rows[0]',
    ],
  ])(
    'rejects %s without writing a licence',
    async (_, overrides, code, field) => {
      const input = issueInput(overrides as Record<string, unknown>);
      const result = await issueAsSystem(subgraph.url, input);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(await licenceCount({ caseId: input.caseId })).toBe(0);
    },
  );

  it.each([
    ['an array', [1, 2]],
    ['a string', 'text'],
    ['a number', 42],
  ])('rejects %s as data with BAD_USER_INPUT', async (_, data) => {
    const input = issueInput({ data });
    const result = await issueAsSystem(subgraph.url, input);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(
      'JSON input must be an object',
    );
    expect(await licenceCount({ caseId: input.caseId })).toBe(0);
  });

  it.each([
    ['text as a number', { businessName: 42 }, 'data.businessName'],
    [
      'a number as text',
      { registeredCapital: '一百万' },
      'data.registeredCapital',
    ],
    [
      'a nested form value',
      { businessScope: undefined, formData: { businessScope: ['小吃'] } },
      'data.businessScope',
    ],
  ])('rejects %s at issuance', async (_name, values, field) => {
    const input = issueInput({
      licenceTypeCode: businessLicence.code,
      data: faceData(values),
    });
    const result = await issueAsSystem(subgraph.url, input);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await licenceCount({ caseId: input.caseId })).toBe(0);
  });

  it('checks value types of a date element at issuance', async () => {
    const birth = licenceTypeByName('出生医学证明');
    const bad = await issueAsSystem(
      subgraph.url,
      issueInput({
        departmentCode: 'CQ-WJ',
        licenceTypeCode: birth.code,
        data: faceData({ babyName: '张小宝', birthDate: '2026-02-30' }),
      }),
    );
    expect(bad.errors?.[0]?.extensions?.field).toBe('data.birthDate');
    const good = await issueAsSystem(
      subgraph.url,
      issueInput({
        departmentCode: 'CQ-WJ',
        licenceTypeCode: birth.code,
        data: faceData({ babyName: '张小宝', birthDate: '2026-02-28' }),
      }),
    );
    expect(good.errors).toBeUndefined();
  });

  it('accepts data written as an object literal in the query', async () => {
    const { serviceToken } = await import('@ykb/common');
    const { graphql } = await import('../../../tests/support/harness.js');
    const input = issueInput();
    const query = `mutation($caseId: String!, $holderIdNumber: String!, $type: String!) {
      issueLicence(input: { caseId: $caseId, itemId: "X1", licenceTypeCode: $type, holderUserId: "${citizenId}", holderName: "张三",
        holderIdNumber: $holderIdNumber, departmentCode: "CQ-RS", divisionCode: "500238",
        data: { caseNumber: "C-1", itemName: "就业登记", seats: 3, open: true, tags: ["a"] } }) { data }
    }`;
    const result = await graphql(
      subgraph.url,
      query,
      {
        caseId: input.caseId,
        holderIdNumber: input.holderIdNumber,
        // 就业创业证 has no required face element, so the literal needs none.
        type: licenceTypeByName('就业创业证').code,
      },
      serviceToken('cases'),
    );
    expect(result.errors).toBeUndefined();
    // Only the type's face elements, here the common caseNumber and itemName, stay.
    expect(result.data!.issueLicence.data).toEqual({
      caseNumber: 'C-1',
      itemName: '就业登记',
    });
  });

  it('stores the normalised holder ID-card number', async () => {
    const input = issueInput();
    const lower = (input.holderIdNumber as string).toLowerCase();
    await issueAsSystem(subgraph.url, {
      ...input,
      holderIdNumber: ` ${lower} `,
    });
    const stored = await subgraph.connection
      .model('Licence')
      .findOne({ caseId: input.caseId })
      .lean<{ holderIdNumber: string }>();
    expect(stored!.holderIdNumber).toBe(input.holderIdNumber);
    expect(checkIdCard(stored!.holderIdNumber).valid).toBe(true);
  });
});

describe('face data of an issued licence', () => {
  const FOOD_FACE_KEYS = [
    'businessName',
    'legalRepresentative',
    'premisesAddress',
    'foodCategory',
    'caseNumber',
    'itemName',
  ];
  const LICENCE = `query($id: ID!) {
    licence(id: $id) { data signedContent faceElements { key value } }
  }`;

  /** The whole application form of a 食品经营许可 case, with fields that are not face elements. */
  const applicationForm = {
    businessName: '城北村小吃店',
    legalRepresentative: citizen.name,
    premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
    foodCategory: '热食类食品制售',
    applicantIdCard: citizen.idCardNumber!,
    contactMobile: citizen.mobile!,
  };

  async function storedData(id: string): Promise<Record<string, unknown>> {
    const stored = await subgraph.connection
      .db!.collection('licences')
      .findOne({ _id: id as never });
    return stored!.data as Record<string, unknown>;
  }

  it.each([
    [
      'a flat form',
      { ...applicationForm, caseNumber: 'SCJG-1', itemName: '食品经营许可' },
    ],
    [
      'a form nested under formData',
      {
        caseNumber: 'SCJG-1',
        itemName: '食品经营许可',
        formData: applicationForm,
      },
    ],
  ])('keeps only face elements of %s', async (_, data) => {
    const issued = await issueAsSystem(subgraph.url, issueInput({ data }));
    expect(issued.errors).toBeUndefined();
    const id = issued.data!.issueLicence.id as string;

    const stored = await storedData(id);
    expect(Object.keys(stored).sort()).toEqual([...FOOD_FACE_KEYS].sort());
    expect(stored).toEqual({
      businessName: '城北村小吃店',
      legalRepresentative: citizen.name,
      premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
      foodCategory: '热食类食品制售',
      caseNumber: 'SCJG-1',
      itemName: '食品经营许可',
    });

    const result = await graphql(subgraph.url, LICENCE, { id }, holderViewer);
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.data).toEqual(stored);
    const signed = JSON.parse(licence.signedContent as string) as {
      data: Record<string, unknown>;
    };
    expect(signed.data).toEqual(stored);
    expect(licence.signedContent).not.toContain(citizen.mobile);
    expect(licence.signedContent).not.toContain('contactMobile');
    expect(licence.signedContent).not.toContain('applicantIdCard');
  });

  it('still displays a licence stored with a nested form', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    expect(issued.errors).toBeUndefined();
    const id = issued.data!.issueLicence.id as string;
    // Licences issued from cases used to store the whole form under formData.
    await subgraph.connection.db!.collection('licences').updateOne(
      { _id: id as never },
      {
        $set: {
          data: {
            caseNumber: 'SCJG-0',
            itemName: '食品经营许可',
            formData: applicationForm,
          },
        },
      },
    );

    const own = await graphql(subgraph.url, LICENCE, { id }, holderViewer);
    expect(own.errors).toBeUndefined();
    const printed = new Map(
      (own.data!.licence.faceElements as { key: string; value: string }[]).map(
        (face) => [face.key, face.value],
      ),
    );
    expect(printed.get('businessName')).toBe('城北村小吃店');
    expect(printed.get('foodCategory')).toBe('热食类食品制售');
    expect(printed.get('caseNumber')).toBe('SCJG-0');

    const supervisor = viewerOf([Role.Supervisor], {
      divisionCode: '500238',
      departmentCode: 'CQ-SCJG',
    });
    const masked = await graphql(subgraph.url, LICENCE, { id }, supervisor);
    expect(masked.errors).toBeUndefined();
    expect(masked.data!.licence.data.formData.contactMobile).toBe(
      '138****8000',
    );
    expect(JSON.stringify(masked.data!.licence)).not.toContain(
      citizen.idCardNumber,
    );
  });
});
