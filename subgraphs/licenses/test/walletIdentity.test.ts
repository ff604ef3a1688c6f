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
    '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称',
    `${rows.person},刘一,${personCard},500238,2019-03-01,刘一小吃店`,
    `${rows.company},城北村小吃店,${companyCredit},500238,2019-03-01,城北村小吃店`,
    `${rows.other},孙五,${otherCard},500238,2019-03-01,孙五小吃店`,
    `${rows.masked},赵三,${maskedCard},500238,2019-03-01,赵三小吃店`,
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

  it('batches identity lookups of one request', async () => {
    const licences = subgraph.connection.db!.collection('licences');
    const stored = await licences.findOne({ identifier: imported.person });
    identity.calls.length = 0;
    const result = await graphql(
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
      person,
    );
    expect(result.errors).toBeUndefined();
    expect(identity.calls).toHaveLength(1);
    expect(identity.calls[0]).toEqual([person.userId]);
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
      const result = await walletOf(person);
      expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    } finally {
      process.env.YKB_IDENTITY_URL = saved;
    }
  });
});
