import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  idCardCheckChar,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  businessLicence,
  issueAsSystem,
  issueInput,
  startIdentityStub,
  startLicenses,
} from './fixtures.js';

let identity: Awaited<ReturnType<typeof startIdentityStub>>;
let subgraph: RunningSubgraph;

function idCard(serial: number): string {
  const first17 = `50023819900101${String(serial).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

const personCard = idCard(101);
const otherCard = idCard(202);
const maskedCard = idCard(303);
const companyCredit = `92500238MA0000002${creditCodeCheckChar('92500238MA0000002')}`;

const person = viewerOf([Role.Citizen], {
  userId: 'u-wallet-person',
  name: '刘一',
});
const company = viewerOf([Role.LegalPerson], {
  userId: 'u-wallet-company',
  name: '城北村小吃店',
});
const masked = viewerOf([Role.Citizen], {
  userId: 'u-wallet-masked',
  name: '赵三',
});
const stranger = viewerOf([Role.Citizen], {
  userId: 'u-wallet-stranger',
  name: '钱四',
});

const officer = viewerOf([Role.LicenceOfficer], {
  name: '李发证',
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

const IMPORT = `mutation($input: ImportLicencesInput!) {
  importLicences(input: $input) { imported identifiers rejections { row code message } }
}`;
const WALLET = `query { myLicences { id identifier holder { id } holderName holderIdNumber masked } }`;
const USES = `query { myLicenceUses { identifier } }`;

beforeAll(async () => {
  identity = await startIdentityStub();
  const users = identity.users;
  users.set(person.userId, {
    id: person.userId,
    kind: 'PERSON',
    idCardNumber: personCard,
    creditCode: null,
    masked: false,
  });
  users.set(company.userId, {
    id: company.userId,
    kind: 'LEGAL_PERSON',
    idCardNumber: null,
    creditCode: companyCredit,
    masked: false,
  });
  users.set(masked.userId, {
    id: masked.userId,
    kind: 'PERSON',
    idCardNumber: `${maskedCard.slice(0, 4)}**********${maskedCard.slice(-4)}`,
    creditCode: null,
    masked: true,
  });
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
  await identity?.close();
});

let imported: Record<string, string>;

async function importRows(): Promise<Record<string, string>> {
  const rows = {
    person: `P-${randomBytes(4).toString('hex')}`,
    company: `C-${randomBytes(4).toString('hex')}`,
    other: `O-${randomBytes(4).toString('hex')}`,
    masked: `M-${randomBytes(4).toString('hex')}`,
  };
  const csv = [
    '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称,类型,法定代表人,住所,经营范围',
    `${rows.person},刘一,${personCard},500238,2019-03-01,刘一小吃店,个体工商户,刘一,巫溪县城厢镇,小吃服务`,
    `${rows.company},城北村小吃店,${companyCredit},500238,2019-03-01,城北村小吃店,有限责任公司,刘一,巫溪县城厢镇,小吃服务`,
    `${rows.other},孙五,${otherCard},500238,2019-03-01,孙五小吃店,个体工商户,孙五,巫溪县城厢镇,小吃服务`,
    `${rows.masked},赵三,${maskedCard},500238,2019-03-01,赵三小吃店,个体工商户,赵三,巫溪县城厢镇,小吃服务`,
  ].join('\r\n');
  const result = await graphql(
    subgraph.url,
    IMPORT,
    {
      input: {
        idempotencyKey: `imp-${randomBytes(6).toString('hex')}`,
        licenceTypeCode: businessLicence.code,
        departmentCode: 'CQ-SCJG',
        format: 'CSV',
        contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
      },
    },
    officer,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.importLicences.rejections).toEqual([]);
  const identifiers = result.data!.importLicences.identifiers as string[];
  return {
    person: identifiers[0]!,
    company: identifiers[1]!,
    other: identifiers[2]!,
    masked: identifiers[3]!,
  };
}

function walletOf(viewer: Parameters<typeof graphql>[3]) {
  return graphql(subgraph.url, WALLET, {}, viewer);
}

describe('wallet by holder identity', () => {
  beforeAll(async () => {
    imported = await importRows();
  });

  it('lists an imported licence by ID-card number', async () => {
    identity.calls.length = 0;
    const result = await walletOf(person);
    expect(result.errors).toBeUndefined();
    const wallet = result.data!.myLicences as {
      identifier: string;
      holder: { id: string } | null;
      holderName: string;
      holderIdNumber: string;
      masked: boolean;
    }[];
    expect(wallet.map((l) => l.identifier)).toEqual([imported.person]);
    expect(wallet[0]!.holder).toBeNull();
    expect(wallet[0]!.holderName).toBe('刘一');
    expect(wallet[0]!.holderIdNumber).toBe(personCard);
    expect(wallet[0]!.masked).toBe(false);
    expect(identity.calls).toEqual([[person.userId]]);
  });

  it('lists a legal person licence by credit code', async () => {
    const result = await walletOf(company);
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.myLicences.map((l: { identifier: string }) => l.identifier),
    ).toEqual([imported.company]);
  });

  it("lists the legal person's licences to its agent", async () => {
    identity.grants.set('grant-wallet-1', {
      agentId: person.userId,
      legalPersonId: company.userId,
      outcome: 'ALLOWED',
    });
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({
        holderUserId: company.userId,
        holderName: '城北村小吃店',
        holderIdNumber: companyCredit,
      }),
    );
    expect(issued.errors).toBeUndefined();
    const agent = {
      ...person,
      onBehalfOf: company.userId,
      grantId: 'grant-wallet-1',
    };
    const result = await walletOf(agent);
    expect(result.errors).toBeUndefined();
    const wallet = result.data!.myLicences as {
      identifier: string;
      holderIdNumber: string;
      masked: boolean;
    }[];
    expect(wallet.map((l) => l.identifier).sort()).toEqual(
      [imported.company, issued.data!.issueLicence.identifier].sort(),
    );
    for (const licence of wallet) {
      expect(licence.holderIdNumber).toBe(companyCredit);
      expect(licence.masked).toBe(false);
    }
    // The agent's own licences stay out of the legal person's wallet.
    expect(wallet.map((l) => l.identifier)).not.toContain(imported.person);
  });

  it('rejects an agent whose grant was revoked', async () => {
    identity.grants.set('grant-wallet-2', {
      agentId: stranger.userId,
      legalPersonId: company.userId,
      outcome: 'GRANT_REVOKED',
    });
    const revoked = await walletOf({
      ...stranger,
      onBehalfOf: company.userId,
      grantId: 'grant-wallet-2',
    });
    expect(revoked.errors?.[0]?.extensions?.code).toBe('GRANT_REVOKED');
    const foreign = await walletOf({
      ...stranger,
      onBehalfOf: company.userId,
      grantId: 'grant-wallet-1',
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('GRANT_NOT_FOUND');
  });

  it("opens the legal person's licence and its uses to its agent", async () => {
    identity.grants.set('grant-licence-1', {
      agentId: person.userId,
      legalPersonId: company.userId,
      outcome: 'ALLOWED',
    });
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({
        holderUserId: company.userId,
        holderName: '城北村小吃店',
        holderIdNumber: companyCredit,
      }),
    );
    expect(issued.errors).toBeUndefined();
    const licences = subgraph.connection.db!.collection('licences');
    const importedCompany = await licences.findOne({
      identifier: imported.company,
    });
    const issuedId = issued.data!.issueLicence.id as string;
    await subgraph.connection.db!.collection('licence_uses').insertOne({
      _id: `use-${randomBytes(6).toString('hex')}` as never,
      idempotencyKey: `use-${randomBytes(6).toString('hex')}`,
      licenceId: issuedId,
      identifier: issued.data!.issueLicence.identifier,
      holderUserId: company.userId,
      purpose: 'INFORMATION_CHECK',
      userKind: 'OTHER_REGION',
      caseId: null,
      caseReference: 'SC-2026-0002',
      userId: null,
      userName: '四川省政务服务平台',
      organisation: '51',
      elements: [],
      usedAt: new Date(),
    });
    const agent = {
      ...person,
      onBehalfOf: company.userId,
      grantId: 'grant-licence-1',
    };
    const query = `query($id: ID!) {
      licence(id: $id) { identifier holderIdNumber masked signature { value } uses { purpose } events { kind } }
    }`;
    for (const id of [issuedId, importedCompany!._id]) {
      const result = await graphql(subgraph.url, query, { id }, agent);
      expect(result.errors).toBeUndefined();
      expect(result.data!.licence.holderIdNumber).toBe(companyCredit);
      expect(result.data!.licence.masked).toBe(false);
      expect(result.data!.licence.signature.value).toEqual(expect.any(String));
    }
    const opened = await graphql(subgraph.url, query, { id: issuedId }, agent);
    expect(opened.data!.licence.uses).toEqual([
      { purpose: 'INFORMATION_CHECK' },
    ]);
    expect(opened.data!.licence.events.length).toBeGreaterThan(0);

    const wallet = await graphql(
      subgraph.url,
      `
        query {
          myLicences {
            identifier
            uses {
              purpose
            }
          }
        }
      `,
      {},
      agent,
    );
    expect(wallet.errors).toBeUndefined();
    expect(
      wallet.data!.myLicences.find(
        (l: { identifier: string }) =>
          l.identifier === issued.data!.issueLicence.identifier,
      ).uses,
    ).toEqual([{ purpose: 'INFORMATION_CHECK' }]);
  });

  it('refuses an agent the licence after its grant is revoked', async () => {
    identity.grants.set('grant-licence-2', {
      agentId: stranger.userId,
      legalPersonId: company.userId,
      outcome: 'GRANT_REVOKED',
    });
    const licences = subgraph.connection.db!.collection('licences');
    const stored = await licences.findOne({ identifier: imported.company });
    const result = await graphql(
      subgraph.url,
      `
        query ($id: ID!) {
          licence(id: $id) {
            identifier
          }
        }
      `,
      { id: stored!._id },
      { ...stranger, onBehalfOf: company.userId, grantId: 'grant-licence-2' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('GRANT_REVOKED');
    expect(result.data?.licence ?? null).toBeNull();
  });

  it("keeps other holders' licences from an agent", async () => {
    identity.grants.set('grant-licence-3', {
      agentId: person.userId,
      legalPersonId: company.userId,
      outcome: 'ALLOWED',
    });
    const agent = {
      ...person,
      onBehalfOf: company.userId,
      grantId: 'grant-licence-3',
    };
    const otherCompany = await issueAsSystem(
      subgraph.url,
      issueInput({
        holderUserId: 'u-wallet-other-company',
        holderName: '城南村小吃店',
        holderIdNumber: `92500238MA0000003${creditCodeCheckChar('92500238MA0000003')}`,
      }),
    );
    expect(otherCompany.errors).toBeUndefined();
    const licences = subgraph.connection.db!.collection('licences');
    const ownImport = await licences.findOne({ identifier: imported.person });
    const query = `query($id: ID!) { licence(id: $id) { identifier } }`;
    // Another company's licence, and the agent's own licence, which its
    // session as agent does not cover.
    for (const id of [otherCompany.data!.issueLicence.id, ownImport!._id]) {
      const result = await graphql(subgraph.url, query, { id }, agent);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.licence ?? null).toBeNull();
    }
    const reference = await graphql(
      subgraph.url,
      `
        query ($id: ID!) {
          _entities(representations: [{ __typename: "Licence", id: $id }]) {
            ... on Licence {
              identifier
            }
          }
        }
      `,
      { id: otherCompany.data!.issueLicence.id },
      agent,
    );
    expect(reference.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps licences issued to a user id with that user', async () => {
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({
        holderUserId: 'u-wallet-twin',
        holderName: '刘一',
        holderIdNumber: personCard,
      }),
    );
    expect(issued.errors).toBeUndefined();
    const result = await walletOf(person);
    expect(
      result.data!.myLicences.map((l: { identifier: string }) => l.identifier),
    ).toEqual([imported.person]);
  });

  it('matches nothing on a masked or unknown identity', async () => {
    const hidden = await walletOf(masked);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.myLicences).toEqual([]);
    const unknown = await walletOf(stranger);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.myLicences).toEqual([]);
  });

  it('opens the licence to its identity holder only', async () => {
    const licences = subgraph.connection.db!.collection('licences');
    const stored = await licences.findOne({ identifier: imported.person });
    const query = `query($id: ID!) { licence(id: $id) { identifier holderIdNumber masked uses { id } } }`;
    const own = await graphql(subgraph.url, query, { id: stored!._id }, person);
    expect(own.errors).toBeUndefined();
    expect(own.data!.licence.holderIdNumber).toBe(personCard);
    expect(own.data!.licence.uses).toEqual([]);
    const other = await graphql(
      subgraph.url,
      query,
      { id: stored!._id },
      stranger,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('batches identity lookups of one request and keeps the identity found', async () => {
    // A second account the stub gives the person's ID-card number, so no
    // earlier test has put its identity in the subgraph's cache.
    const sameCard = viewerOf([Role.Citizen], {
      userId: 'u-wallet-batch',
      name: '刘一',
    });
    identity.users.set(sameCard.userId, {
      id: sameCard.userId,
      kind: 'PERSON',
      idCardNumber: personCard,
      creditCode: null,
      masked: false,
    });
    const licences = subgraph.connection.db!.collection('licences');
    const stored = await licences.findOne({ identifier: imported.person });
    identity.calls.length = 0;
    const everything = () =>
      graphql(
        subgraph.url,
        `
          query ($id: ID!) {
            a: myLicences {
              id
            }
            b: myLicences(first: 1) {
              id
            }
            licence(id: $id) {
              id
              uses {
                id
              }
            }
            myLicenceUses {
              identifier
            }
          }
        `,
        { id: stored!._id },
        sameCard,
      );
    const result = await everything();
    expect(result.errors).toBeUndefined();
    expect(result.data!.a).toEqual([{ id: stored!._id }]);
    expect(identity.calls).toEqual([[sameCard.userId]]);

    const again = await everything();
    expect(again.data).toEqual(result.data);
    expect(identity.calls).toHaveLength(1);
  });

  it('lists uses of an identity-matched licence', async () => {
    const licences = subgraph.connection.db!.collection('licences');
    const stored = await licences.findOne({ identifier: imported.person });
    await subgraph.connection.db!.collection('licence_uses').insertOne({
      _id: `use-${randomBytes(6).toString('hex')}` as never,
      idempotencyKey: `use-${randomBytes(6).toString('hex')}`,
      licenceId: stored!._id,
      identifier: imported.person,
      holderUserId: null,
      purpose: 'INFORMATION_CHECK',
      userKind: 'OTHER_REGION',
      caseId: null,
      caseReference: 'SC-2026-0001',
      userId: null,
      userName: '四川省政务服务平台',
      organisation: '51',
      elements: [],
      usedAt: new Date(),
    });
    const result = await graphql(subgraph.url, USES, {}, person);
    expect(result.errors).toBeUndefined();
    expect(result.data!.myLicenceUses).toEqual([
      { identifier: imported.person },
    ]);
    const other = await graphql(subgraph.url, USES, {}, stranger);
    expect(other.data!.myLicenceUses).toEqual([]);
  });

  it('reports an unreachable identity subgraph', async () => {
    const saved = process.env.YKB_IDENTITY_URL;
    process.env.YKB_IDENTITY_URL = 'http://127.0.0.1:9/graphql';
    try {
      // A user whose identity the subgraph has not read yet.
      const unread = viewerOf([Role.Citizen], {
        userId: 'u-wallet-unread',
        name: '周六',
      });
      const result = await walletOf(unread);
      expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    } finally {
      process.env.YKB_IDENTITY_URL = saved;
    }
  });
});
