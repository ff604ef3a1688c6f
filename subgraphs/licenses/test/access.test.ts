import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  maskIdCard,
  Role,
  serviceToken,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  citizen,
  citizenId,
  faceData,
  holderViewer,
  issueAsSystem,
  issueInput,
  LICENCE_FIELDS,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;
let ownLicenceIds: string[];
let otherLicenceId: string;

const LICENCE = `query($id: ID!) { licence(id: $id) { ${LICENCE_FIELDS} } }`;
const WALLET = `query { myLicences { ${LICENCE_FIELDS} } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { id holderName holderIdNumber data masked } } }`;

const otherCitizenId = 'u-demo-citizen-2';

beforeAll(async () => {
  subgraph = await startLicenses();
  ownLicenceIds = [];
  for (let i = 0; i < 2; i++) {
    // The first licence's address ends in 水乡, a place name after the township 城厢镇.
    const data =
      i === 0
        ? faceData({ premisesAddress: '重庆市巫溪县城厢镇城北村3组12号水乡' })
        : faceData();
    const result = await issueAsSystem(subgraph.url, issueInput({ data }));
    ownLicenceIds.push(result.data!.issueLicence.id);
  }
  const other = await issueAsSystem(
    subgraph.url,
    issueInput({
      holderUserId: otherCitizenId,
      holderName: '欧阳娜娜',
      holderIdNumber: '500103198506122021',
      divisionCode: '500103001',
    }),
  );
  expect(other.errors).toBeUndefined();
  otherLicenceId = other.data!.issueLicence.id;
});

afterAll(async () => {
  await subgraph?.close();
});

describe('myLicences', () => {
  it('lists only the viewer’s own licences, unmasked', async () => {
    const result = await graphql(subgraph.url, WALLET, {}, holderViewer);
    expect(result.errors).toBeUndefined();
    const licences = result.data!.myLicences as {
      id: string;
      holder: { id: string };
      holderName: string;
      holderIdNumber: string;
      masked: boolean;
    }[];
    expect(licences.map((l) => l.id).sort()).toEqual([...ownLicenceIds].sort());
    for (const licence of licences) {
      expect(licence.holder.id).toBe(citizenId);
      expect(licence.masked).toBe(false);
      expect(licence.holderName).toBe(citizen.name);
      expect(licence.holderIdNumber).toBe(citizen.idCardNumber);
    }
  });

  it('is empty for a user without licences', async () => {
    const result = await graphql(
      subgraph.url,
      WALLET,
      {},
      viewerOf([Role.Citizen]),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.myLicences).toEqual([]);
  });

  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await graphql(subgraph.url, WALLET);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('licence', () => {
  it('returns the full licence to its holder', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: ownLicenceIds[0] },
      holderViewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.licence.holderIdNumber).toBe(citizen.idCardNumber);
    expect(result.data!.licence.data.legalRepresentative).toBe(citizen.name);
    expect(result.data!.licence.data.premisesAddress).toBe(
      '重庆市巫溪县城厢镇城北村3组12号水乡',
    );
  });

  it('refuses another citizen with FORBIDDEN', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: otherLicenceId },
      holderViewer,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data!.licence).toBeNull();
  });

  it('returns the full licence to a licence officer of its department', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: ownLicenceIds[0] },
      viewerOf([Role.LicenceOfficer], {
        divisionCode: '50',
        departmentCode: 'CQ-SCJG',
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.licence.masked).toBe(false);
  });

  it('returns the full licence to staff whose jurisdiction covers it', async () => {
    const villageClerk = viewerOf([Role.Clerk], {
      divisionCode: '500238100205',
    });
    const departmentReviewer = viewerOf([Role.Reviewer], {
      divisionCode: '50',
      departmentCode: 'CQ-SCJG',
    });
    for (const viewer of [villageClerk, departmentReviewer]) {
      const result = await graphql(
        subgraph.url,
        LICENCE,
        { id: ownLicenceIds[0] },
        viewer,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.licence.masked).toBe(false);
      expect(result.data!.licence.holderIdNumber).toBe(citizen.idCardNumber);
    }
  });

  it('returns the full licence to an administrator', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: ownLicenceIds[0] },
      viewerOf([Role.Admin], { divisionCode: '50' }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.licence.masked).toBe(false);
    expect(result.data!.licence.holderIdNumber).toBe(citizen.idCardNumber);
  });

  it.each([
    [
      'a city-wide supervisor',
      viewerOf([Role.Supervisor], { divisionCode: '50' }),
    ],
    ['a city-wide analyst', viewerOf([Role.Analyst], { divisionCode: '50' })],
    [
      'a county hall manager',
      viewerOf([Role.HallManager], {
        divisionCode: '500238',
        hallId: 'hall-500238',
      }),
    ],
  ])('masks personal data for %s', async (_, viewer) => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: ownLicenceIds[0] },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.masked).toBe(true);
    expect(licence.holderName).toBe('张*');
    expect(licence.holderIdNumber).toBe(maskIdCard(citizen.idCardNumber!));
    expect(licence.data.legalRepresentative).toBe('张*');
    expect(licence.data.itemName).toBe('食品经营许可');
    expect(licence.data.premisesAddress).toBe('重庆市巫溪县城厢镇');
    expect(JSON.stringify(licence.data)).not.toContain('12号');
    expect(JSON.stringify(licence)).not.toContain(citizen.idCardNumber);
    expect(JSON.stringify(licence.data)).not.toContain(citizen.mobile);
  });

  it.each([
    [
      'a clerk of another district',
      viewerOf([Role.Clerk], { divisionCode: '500103' }),
    ],
    [
      'a reviewer of another department',
      viewerOf([Role.Reviewer], {
        divisionCode: '50',
        departmentCode: 'CQ-MZ',
      }),
    ],
    ['staff without a division', viewerOf([Role.Clerk])],
    [
      'an item administrator of another department',
      viewerOf([Role.ItemAdmin], {
        divisionCode: '50',
        departmentCode: 'CQ-ZWB',
      }),
    ],
    [
      'a citizen living in the same village',
      viewerOf([Role.Citizen], { divisionCode: '500238100205' }),
    ],
    [
      'a seal administrator',
      viewerOf([Role.SealAdmin], { divisionCode: '50' }),
    ],
    ['an auditor', viewerOf([Role.Auditor], { divisionCode: '50' })],
  ])('refuses %s with FORBIDDEN', async (_, viewer) => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: ownLicenceIds[0] },
      viewer,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data!.licence).toBeNull();
  });

  it('returns null for a licence that does not exist', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: 'missing' },
      holderViewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.licence).toBeNull();
  });

  it('masks personal data for a SYSTEM caller', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: ownLicenceIds[0] },
      serviceToken('cases'),
    );
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.masked).toBe(true);
    expect(licence.holderName).toBe('张*');
    expect(licence.holderIdNumber).toBe(maskIdCard(citizen.idCardNumber!));
    expect(licence.data.legalRepresentative).toBe('张*');
    expect(licence.data.foodCategory).toBe('热食类食品制售');
    expect(JSON.stringify(licence)).not.toContain(citizen.idCardNumber);
  });

  it('masks a compound surname after the two surname characters', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: otherLicenceId },
      serviceToken('cases'),
    );
    expect(result.data!.licence.holderName).toBe('欧阳**');
  });

  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await graphql(subgraph.url, LICENCE, {
      id: ownLicenceIds[0],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('Licence entity', () => {
  it('resolves the holder’s licences in one batch and refuses the others', async () => {
    const representations = [...ownLicenceIds, otherLicenceId, 'missing'].map(
      (id) => ({ __typename: 'Licence', id }),
    );
    const result = await graphql(
      subgraph.url,
      ENTITIES,
      { r: representations },
      holderViewer,
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    const entities = result.data!._entities;
    expect(entities[0].id).toBe(ownLicenceIds[0]);
    expect(entities[0].holderIdNumber).toBe(citizen.idCardNumber);
    expect(entities[1].id).toBe(ownLicenceIds[1]);
    expect(entities[2]).toBeNull();
    expect(entities[3]).toBeNull();
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await graphql(subgraph.url, ENTITIES, {
      r: [{ __typename: 'Licence', id: ownLicenceIds[0] }],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data!._entities).toEqual([null]);
  });

  it('resolves masked data for a SYSTEM caller', async () => {
    const result = await graphql(
      subgraph.url,
      ENTITIES,
      { r: [{ __typename: 'Licence', id: otherLicenceId }] },
      serviceToken('cases'),
    );
    expect(result.data!._entities[0].masked).toBe(true);
    expect(result.data!._entities[0].holderIdNumber).toBe('5001**********2021');
  });
});

describe('licenceTypes', () => {
  it('lists every seeded licence type with its department', async () => {
    const result = await graphql(
      subgraph.url,
      'query { licenceTypes { code name nameEn validYears department { code } } }',
    );
    expect(result.errors).toBeUndefined();
    const types = result.data!.licenceTypes as {
      code: string;
      name: string;
      validYears: number | null;
      department: { code: string };
    }[];
    expect(types.length).toBe(12);
    const business = types.find((t) => t.name === '营业执照')!;
    expect(business.code).toHaveLength(21);
    expect(business.validYears).toBeNull();
    expect(business.department.code).toBe('CQ-SCJG');
  });

  it('resolves LicenceType entities by code', async () => {
    const types = (
      await graphql(subgraph.url, 'query { licenceTypes { code } }')
    ).data!.licenceTypes as { code: string }[];
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on LicenceType { code name } } }',
      {
        r: [
          { __typename: 'LicenceType', code: types[0]!.code },
          { __typename: 'LicenceType', code: 'none' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].code).toBe(types[0]!.code);
    expect(result.data!._entities[1]).toBeNull();
  });
});

describe('the signature beside masked content', () => {
  const SIGNATURE = `query($id: ID!) { licence(id: $id) { masked signedContent signature { value statementValue } } }`;
  const ENTITY_SIGNATURE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { masked signature { value } } } }`;
  const analyst = viewerOf([Role.Analyst], { divisionCode: '50' });

  it('gives the holder, who sees the raw content, the signature value', async () => {
    const result = await graphql(
      subgraph.url,
      SIGNATURE,
      { id: ownLicenceIds[0] },
      holderViewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.licence.masked).toBe(false);
    expect(result.data!.licence.signature.value).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it('withholds the value over the raw content from an analyst who gets masked content', async () => {
    const result = await graphql(
      subgraph.url,
      SIGNATURE,
      { id: ownLicenceIds[0] },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.masked).toBe(true);
    expect(licence.signedContent).not.toContain(citizen.idCardNumber);
    expect(licence.signature.value).toBeNull();
    expect(licence.signature.statementValue).toEqual(expect.any(String));
  });

  it('withholds it through _entities for masked viewers and SYSTEM calls alike', async () => {
    const r = [{ __typename: 'Licence', id: ownLicenceIds[0] }];
    for (const token of [analyst, serviceToken('cases')]) {
      const result = await graphql(
        subgraph.url,
        ENTITY_SIGNATURE,
        { r },
        token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([
        { masked: true, signature: { value: null } },
      ]);
    }
  });
});

describe('a Licence representation without its id key', () => {
  it('answers BAD_USER_INPUT for a representation keyed by identifier', async () => {
    const licence = await graphql(
      subgraph.url,
      `
        query ($id: ID!) {
          licence(id: $id) {
            identifier
          }
        }
      `,
      { id: ownLicenceIds[0] },
      holderViewer,
    );
    const r = [
      {
        __typename: 'Licence',
        identifier: licence.data!.licence.identifier,
      },
    ];
    const result = await graphql(subgraph.url, ENTITIES, { r }, holderViewer);
    expect(result.data?._entities).toEqual([null]);
    expect(
      result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
    ).toEqual([['BAD_USER_INPUT', 'id']]);
  });
});
