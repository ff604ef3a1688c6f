import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLicenceIdentifier,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { licenceStatement } from '../src/content.js';
import { SANDBOX_REMOTE_LICENCES } from '../src/nationalHub.js';
import { verifyContent } from '../src/sealCrypto.js';
import {
  faceData,
  businessLicence,
  foodLicence,
  holderViewer,
  issueAsSystem,
  issueInput,
  startCasesStub,
  startLicenses,
  remoteHolderCase,
  stubCase,
  windowStaff,
} from './fixtures.js';

let subgraph: RunningSubgraph;
let casesStub: Awaited<ReturnType<typeof startCasesStub>>;

beforeAll(async () => {
  casesStub = await startCasesStub();
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
  await casesStub?.close();
  delete process.env.YKB_CASES_URL;
});

/** Both business and food licences are issued by market regulation, whose administrators manage their types. */
const itemAdmin = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});
const otherDepartmentAdmin = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-GA',
});
const TYPE_FIELDS = `code validYears validUntilElement holderRule signingMode faceElements { key label labelEn required } printLayout { title orientation elementOrder } itemLinks { itemId relation materialCode item { id } }`;
const UPDATE = `mutation($input: UpdateLicenceTypeInput!) { updateLicenceType(input: $input) { ${TYPE_FIELDS} } }`;
const LINK = `mutation($code: String!, $item: ID!, $relation: LicenceItemRelation!, $material: String) { linkLicenceTypeItem(licenceTypeCode: $code, itemId: $item, relation: $relation, materialCode: $material) { ${TYPE_FIELDS} } }`;
const UNLINK = `mutation($code: String!, $item: ID!, $relation: LicenceItemRelation!) { unlinkLicenceTypeItem(licenceTypeCode: $code, itemId: $item, relation: $relation) { ${TYPE_FIELDS} } }`;

async function typeOf(code: string) {
  const result = await graphql(
    subgraph.url,
    `query { licenceTypes { ${TYPE_FIELDS} } }`,
  );
  return result.data!.licenceTypes.find(
    (t: { code: string }) => t.code === code,
  );
}

describe('licence catalogue', () => {
  it('seeds face elements and a print layout', async () => {
    const food = await typeOf(foodLicence.code);
    expect(food.faceElements.map((e: { key: string }) => e.key)).toEqual([
      'businessName',
      'legalRepresentative',
      'premisesAddress',
      'foodCategory',
      'caseNumber',
      'itemName',
    ]);
    expect(food.printLayout.title).toBe('食品经营许可证');
    expect(food.holderRule).toBe('ANY');
    expect(food.signingMode).toBe('AUTOMATIC');
  });

  it('rejects issuance without a required face element', async () => {
    const food = await typeOf(businessLicence.code);
    const faceElements = food.faceElements.map((e: { key: string }) => ({
      ...e,
      required: e.key === 'businessScope',
    }));
    const updated = await graphql(
      subgraph.url,
      UPDATE,
      {
        input: {
          code: businessLicence.code,
          validYears: null,
          holderRule: 'ANY',
          signingMode: 'AUTOMATIC',
          faceElements,
          printLayout: food.printLayout,
        },
      },
      itemAdmin,
    );
    expect(updated.errors).toBeUndefined();
    const missing = await issueAsSystem(
      subgraph.url,
      issueInput({
        licenceTypeCode: businessLicence.code,
        data: faceData({ businessScope: undefined }),
      }),
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('MISSING_FACE_ELEMENTS');
    expect(missing.errors?.[0]?.extensions?.missing).toEqual(['businessScope']);
    const present = await issueAsSystem(
      subgraph.url,
      issueInput({
        licenceTypeCode: businessLicence.code,
        data: {
          itemName: '个体工商户登记',
          formData: { businessScope: '小吃服务' },
        },
      }),
    );
    expect(present.errors).toBeUndefined();
  });

  it('takes the expiry from a face element when the type names one', async () => {
    const food = await typeOf(foodLicence.code);
    const faceElements = [
      ...food.faceElements,
      {
        key: 'expiresOn',
        label: '有效期至',
        labelEn: 'Valid until',
        required: false,
      },
    ];
    const updated = await graphql(
      subgraph.url,
      UPDATE,
      {
        input: {
          code: foodLicence.code,
          validYears: 5,
          validUntilElement: 'expiresOn',
          holderRule: 'ANY',
          signingMode: 'AUTOMATIC',
          faceElements,
          printLayout: food.printLayout,
        },
      },
      itemAdmin,
    );
    expect(updated.errors).toBeUndefined();
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({
        data: faceData({ expiresOn: '2031-12-31' }),
      }),
    );
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueLicence.validUntil).toBe(
      '2031-12-31T16:00:00.000Z',
    );
    const bad = await issueAsSystem(
      subgraph.url,
      issueInput({
        data: faceData({ expiresOn: '2031-02-30' }),
      }),
    );
    expect(bad.errors?.[0]?.extensions?.field).toBe('data.expiresOn');
  });

  it('rejects a holder the type excludes', async () => {
    const permit = await typeOf(foodLicence.code);
    const updated = await graphql(
      subgraph.url,
      UPDATE,
      {
        input: {
          code: foodLicence.code,
          validYears: 5,
          holderRule: 'LEGAL_PERSON',
          signingMode: 'AUTOMATIC',
          faceElements: permit.faceElements,
          printLayout: permit.printLayout,
        },
      },
      itemAdmin,
    );
    expect(updated.errors).toBeUndefined();
    const result = await issueAsSystem(subgraph.url, issueInput());
    expect(result.errors?.[0]?.extensions?.field).toBe('holderIdNumber');
    await graphql(
      subgraph.url,
      UPDATE,
      {
        input: {
          code: foodLicence.code,
          validYears: 5,
          holderRule: 'ANY',
          signingMode: 'AUTOMATIC',
          faceElements: permit.faceElements,
          printLayout: permit.printLayout,
        },
      },
      itemAdmin,
    );
  });

  it.each([
    [{ faceElements: [] }, 'faceElements'],
    [
      {
        faceElements: [
          { key: '1bad', label: 'x', labelEn: 'x', required: false },
        ],
      },
      'faceElements[0].key',
    ],
    [{ validUntilElement: 'nothing' }, 'validUntilElement'],
    [
      {
        printLayout: {
          title: '证',
          orientation: 'PORTRAIT',
          elementOrder: ['nothing'],
        },
      },
      'printLayout.elementOrder',
    ],
    [{ validYears: 0 }, 'validYears'],
  ])('rejects catalogue input %j', async (override, field) => {
    const base = {
      code: foodLicence.code,
      validYears: 5,
      holderRule: 'ANY',
      signingMode: 'AUTOMATIC',
      faceElements: [
        {
          key: 'businessName',
          label: '名称',
          labelEn: 'Name',
          required: false,
        },
      ],
      printLayout: { title: '证', orientation: 'PORTRAIT', elementOrder: [] },
    };
    const result = await graphql(
      subgraph.url,
      UPDATE,
      { input: { ...base, ...override } },
      itemAdmin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('links items that issue and accept a type', async () => {
    const item = '11500000MB00000010AA00108007000';
    const issues = await graphql(
      subgraph.url,
      LINK,
      { code: foodLicence.code, item, relation: 'ISSUES' },
      itemAdmin,
    );
    expect(issues.errors).toBeUndefined();
    const accepts = await graphql(
      subgraph.url,
      LINK,
      {
        code: foodLicence.code,
        item: 'ITEM-B',
        relation: 'ACCEPTS',
        material: 'M01',
      },
      itemAdmin,
    );
    const again = await graphql(
      subgraph.url,
      LINK,
      {
        code: foodLicence.code,
        item: 'ITEM-B',
        relation: 'ACCEPTS',
        material: 'M02',
      },
      itemAdmin,
    );
    expect(accepts.errors).toBeUndefined();
    expect(again.data!.linkLicenceTypeItem.itemLinks).toEqual([
      {
        itemId: item,
        relation: 'ISSUES',
        materialCode: null,
        item: { id: item },
      },
      {
        itemId: 'ITEM-B',
        relation: 'ACCEPTS',
        materialCode: 'M02',
        item: { id: 'ITEM-B' },
      },
    ]);
    const noMaterial = await graphql(
      subgraph.url,
      LINK,
      { code: foodLicence.code, item: 'ITEM-C', relation: 'ACCEPTS' },
      itemAdmin,
    );
    expect(noMaterial.errors?.[0]?.extensions?.field).toBe('materialCode');
    const removed = await graphql(
      subgraph.url,
      UNLINK,
      { code: foodLicence.code, item: 'ITEM-B', relation: 'ACCEPTS' },
      itemAdmin,
    );
    expect(removed.data!.unlinkLicenceTypeItem.itemLinks).toHaveLength(1);
    const gone = await graphql(
      subgraph.url,
      UNLINK,
      { code: foodLicence.code, item: 'ITEM-B', relation: 'ACCEPTS' },
      itemAdmin,
    );
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses catalogue changes by other roles', async () => {
    const result = await graphql(
      subgraph.url,
      LINK,
      { code: foodLicence.code, item: 'ITEM-D', relation: 'ISSUES' },
      windowStaff,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("refuses changes to another department's types", async () => {
    const before = await typeOf(foodLicence.code);
    for (const [query, variables] of [
      [LINK, { code: foodLicence.code, item: 'ITEM-E', relation: 'ISSUES' }],
      [UNLINK, { code: foodLicence.code, item: 'ITEM-E', relation: 'ISSUES' }],
      [
        UPDATE,
        {
          input: {
            code: foodLicence.code,
            validYears: 1,
            holderRule: before.holderRule,
            signingMode: before.signingMode,
            faceElements: [
              { key: 'a', label: 'A', labelEn: 'A', required: true },
            ],
            printLayout: {
              title: 'x',
              orientation: 'PORTRAIT',
              elementOrder: ['a'],
            },
          },
        },
      ],
    ] as const) {
      const result = await graphql(
        subgraph.url,
        query,
        variables,
        otherDepartmentAdmin,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await typeOf(foodLicence.code)).toEqual(before);
  });
});

const PRINT = `query($id: ID!) { licence(id: $id) { identifier printHtml verificationUrl verificationQrSvg faceElements { key label value } signature { sealId statementValue } issuedAt validUntil typeCode: type { code } } }`;

describe('printable rendering and offline verification', () => {
  it('prints the face elements and a QR code of the verification URL', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const result = await graphql(
      subgraph.url,
      PRINT,
      { id: issued.data!.issueLicence.id },
      holderViewer,
    );
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.printHtml).toContain('<h1>食品经营许可证</h1>');
    expect(licence.printHtml).toContain('城北村小吃店');
    expect(licence.printHtml).toContain('<svg');
    expect(licence.printHtml).toContain(licence.identifier);
    expect(licence.verificationQrSvg).toMatch(/^<svg/);
    const url = new URL(licence.verificationUrl);
    expect(url.pathname).toBe('/verify');
    expect(url.searchParams.get('id')).toBe(licence.identifier);
    expect(url.searchParams.get('h')).toBe('张*');
    expect(
      licence.faceElements.find(
        (f: { key: string }) => f.key === 'foodCategory',
      ).value,
    ).toBe('热食类食品制售');
  });

  it('escapes HTML in face elements', async () => {
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({
        data: faceData({ businessName: '<script>alert(1)</script>' }),
      }),
    );
    const result = await graphql(
      subgraph.url,
      PRINT,
      { id: issued.data!.issueLicence.id },
      holderViewer,
    );
    expect(result.data!.licence.printHtml).not.toContain('<script>');
    expect(result.data!.licence.printHtml).toContain('&lt;script&gt;');
  });

  it('signs a key set that verifies the QR statement', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const licence = (
      await graphql(
        subgraph.url,
        PRINT,
        { id: issued.data!.issueLicence.id },
        holderViewer,
      )
    ).data!.licence;
    const set = (
      await graphql(
        subgraph.url,
        'query { verificationKeySet { payload signature signerPublicKey issuedAt } }',
      )
    ).data!.verificationKeySet;
    const signer = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(set.signerPublicKey, 'base64').toString('base64url'),
      },
      format: 'jwk',
    });
    expect(
      verify(
        null,
        Buffer.from(set.payload, 'utf8'),
        signer,
        Buffer.from(set.signature, 'base64'),
      ),
    ).toBe(true);
    const payload = JSON.parse(set.payload);
    const key = payload.keys.find(
      (k: { sealId: string }) => k.sealId === licence.signature.sealId,
    );
    const sealKey = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(key.publicKey, 'base64').toString('base64url'),
      },
      format: 'jwk',
    });
    const url = new URL(licence.verificationUrl);
    const statement = licenceStatement({
      identifier: url.searchParams.get('id')!,
      typeCode: url.searchParams.get('t')!,
      holderName: url.searchParams.get('h')!,
      issuedAt: url.searchParams.get('a')!,
      validUntil: url.searchParams.get('u') || null,
      sealId: url.searchParams.get('s')!,
      signedAt: url.searchParams.get('w')!,
    });
    const pem = sealKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(verifyContent(statement, url.searchParams.get('g')!, pem)).toBe(
      true,
    );
    expect(
      verifyContent(
        statement.replace('张*', '李*'),
        url.searchParams.get('g')!,
        pem,
      ),
    ).toBe(false);
  });

  it('lists revoked identifiers in the key set', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const officer = viewerOf([Role.LicenceOfficer], {
      divisionCode: '500238',
      departmentCode: 'CQ-SCJG',
    });
    await graphql(
      subgraph.url,
      'mutation($id: ID!) { revokeLicence(id: $id, reason: "撤销") { id } }',
      { id: issued.data!.issueLicence.id },
      officer,
    );
    const set = (
      await graphql(subgraph.url, 'query { verificationKeySet { payload } }')
    ).data!.verificationKeySet;
    expect(JSON.parse(set.payload).revokedIdentifiers).toContain(
      issued.data!.issueLicence.identifier,
    );
  });
});

const FETCH = `mutation($i: String!, $c: ID!, $k: String!) { fetchRemoteLicence(identifier: $i, caseId: $c, purpose: MATERIAL_EXEMPTION, idempotencyKey: $k) { identifier regionCode holderName status signatureValid use { userKind caseReference } } }`;

describe('national licence-sharing hub (sandbox)', () => {
  it('fetches a licence of another province for a local case', async () => {
    const sichuan = SANDBOX_REMOTE_LICENCES[0]!;
    const theCase = remoteHolderCase(sichuan);
    casesStub.cases.set(theCase.id, theCase);
    const result = await graphql(
      subgraph.url,
      FETCH,
      { i: sichuan.identifier, c: theCase.id, k: 'remote-key-0001' },
      windowStaff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.fetchRemoteLicence).toEqual({
      identifier: sichuan.identifier,
      regionCode: '51',
      holderName: sichuan.holderName,
      status: 'VALID',
      signatureValid: true,
      use: { userKind: 'LOCAL_STAFF', caseReference: theCase.caseNumber },
    });
  });

  it('rejects a licence the applicant does not hold', async () => {
    // The applicant of this case is the citizen 张三, not the Sichuan company.
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const sichuan = SANDBOX_REMOTE_LICENCES[0]!;
    const result = await graphql(
      subgraph.url,
      FETCH,
      { i: sichuan.identifier, c: theCase.id, k: 'remote-key-0005' },
      windowStaff,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.data?.fetchRemoteLicence ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toContain(sichuan.holderName);
    const uses = await subgraph.connection
      .db!.collection('licence_uses')
      .countDocuments({ caseId: theCase.id });
    expect(uses).toBe(0);
  });

  it('rejects a key reused for another licence', async () => {
    const [sichuan, guizhou] = SANDBOX_REMOTE_LICENCES as [
      (typeof SANDBOX_REMOTE_LICENCES)[number],
      (typeof SANDBOX_REMOTE_LICENCES)[number],
    ];
    const theCase = remoteHolderCase(sichuan);
    casesStub.cases.set(theCase.id, theCase);
    const first = await graphql(
      subgraph.url,
      FETCH,
      { i: sichuan.identifier, c: theCase.id, k: 'remote-key-0006' },
      windowStaff,
    );
    expect(first.errors).toBeUndefined();
    const again = await graphql(
      subgraph.url,
      FETCH,
      { i: sichuan.identifier, c: theCase.id, k: 'remote-key-0006' },
      windowStaff,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.fetchRemoteLicence.identifier).toBe(sichuan.identifier);
    const reused = await graphql(
      subgraph.url,
      FETCH,
      { i: guizhou.identifier, c: theCase.id, k: 'remote-key-0006' },
      windowStaff,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(reused)).not.toContain(guizhou.holderName);
    const uses = await subgraph.connection
      .db!.collection('licence_uses')
      .find({ caseId: theCase.id })
      .toArray();
    expect(uses.map((u) => u.identifier)).toEqual([sichuan.identifier]);
  });

  it('rejects a remote fetch without a case purpose', async () => {
    const result = await graphql(
      subgraph.url,
      FETCH,
      {
        i: SANDBOX_REMOTE_LICENCES[0]!.identifier,
        c: 'no-such-case',
        k: 'remote-key-0002',
      },
      windowStaff,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe(
      'LICENCE_USE_PURPOSE_REQUIRED',
    );
  });

  it('reports an unreachable region and an unknown licence', async () => {
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const qinghai = buildLicenceIdentifier(
      '11630000MB0000003C001',
      '11630000MB0000003C',
      '20240000001',
      1,
    );
    const down = await graphql(
      subgraph.url,
      FETCH,
      { i: qinghai, c: theCase.id, k: 'remote-key-0003' },
      windowStaff,
    );
    expect(down.errors?.[0]?.extensions?.code).toBe('HUB_UNAVAILABLE');
    const sichuanUnknown = buildLicenceIdentifier(
      '11510000MB0000001A001',
      '11510000MB0000001A',
      '20249999999',
      1,
    );
    const unknown = await graphql(
      subgraph.url,
      FETCH,
      { i: sichuanUnknown, c: theCase.id, k: 'remote-key-0004' },
      windowStaff,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers another province and shows the holder the use', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const hub = viewerOf([Role.System], { name: 'national-hub' });
    const result = await graphql(
      subgraph.url,
      'query($i: String!) { hubVerifyLicence(identifier: $i, regionCode: "51") { authentic status } }',
      { i: issued.data!.issueLicence.identifier },
      hub,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.hubVerifyLicence).toEqual({
      authentic: true,
      status: 'VALID',
    });
    const uses = await graphql(
      subgraph.url,
      'query { myLicenceUses { identifier userKind organisation } }',
      {},
      holderViewer,
    );
    expect(uses.data!.myLicenceUses).toContainEqual({
      identifier: issued.data!.issueLicence.identifier,
      userKind: 'OTHER_REGION',
      organisation: '51',
    });
  });

  it('publishes the catalogue', async () => {
    const admin = viewerOf([Role.Admin], { divisionCode: '50' });
    const result = await graphql(
      subgraph.url,
      'mutation { publishLicenceCatalogue }',
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    const types = (
      await graphql(subgraph.url, 'query { licenceTypes { code } }')
    ).data!.licenceTypes;
    expect(result.data!.publishLicenceCatalogue).toBe(types.length);
  });
});
