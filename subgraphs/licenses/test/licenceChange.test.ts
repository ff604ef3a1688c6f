import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  foodLicence,
  issueAsSystem,
  issueInput,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
});

const CHANGE = `mutation($id: ID!, $data: JSON!, $reason: String!) {
  changeLicence(id: $id, data: $data, reason: $reason) {
    id identifier version data validUntil changedElements
    versions { identifier version status reason changedElements }
  }
}`;
const UPDATE_TYPE = `mutation($input: UpdateLicenceTypeInput!) {
  updateLicenceType(input: $input) { faceElements { key valueType required } }
}`;
const FEED = `query { licenceEvents(first: 100) { kind identifier newIdentifier changedElements } }`;

const officer = viewerOf([Role.LicenceOfficer], {
  name: '李发证',
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});
const itemAdmin = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});
const system = viewerOf([Role.System], { name: 'cases' });

interface Issued {
  id: string;
  identifier: string;
  data: Record<string, unknown>;
  validUntil: string | null;
}

/** Issues a licence as cases would; `data` is the licence's unmasked face data as stored. */
async function issue(extra?: Record<string, unknown>): Promise<Issued> {
  const input = issueInput();
  const data = { ...(input.data as Record<string, unknown>), ...extra };
  const result = await issueAsSystem(subgraph.url, { ...input, data });
  expect(result.errors).toBeUndefined();
  const issued = result.data!.issueLicence as Issued;
  const stored = await subgraph.connection
    .db!.collection('licences')
    .findOne({ _id: issued.id as never });
  return { ...issued, data: stored!.data as Record<string, unknown> };
}

function change(id: string, data: unknown, reason = '登记事项变更') {
  return graphql(subgraph.url, CHANGE, { id, data, reason }, officer);
}

async function storedVersions(identifier: string): Promise<number> {
  const serial = identifier.split('.').slice(0, -2).join('.');
  return subgraph.connection.db!.collection('licences').countDocuments({
    identifier: { $regex: `^${serial.replace(/\./g, '\\.')}\\.` },
  });
}

describe('concurrent changeLicence', () => {
  it('stores one of five different changes', async () => {
    const licence = await issue();
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        change(licence.id, { businessName: `城北村小吃店${i}` }),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    const rejected = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    for (const result of rejected)
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const winner = succeeded[0]!.data!.changeLicence;
    const stored = await subgraph.connection
      .db!.collection('licences')
      .findOne({ identifier: winner.identifier });
    expect(stored?.data.businessName).toBe(winner.data.businessName);
    expect(await storedVersions(licence.identifier)).toBe(2);
  });

  it('returns one version to identical changes', async () => {
    const licence = await issue();
    const results = await Promise.all(
      [0, 1].map(() => change(licence.id, { businessName: '城北村面馆' })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(results[1]!.data!.changeLicence.id).toBe(
      results[0]!.data!.changeLicence.id,
    );
    expect(results[0]!.data!.changeLicence.data.businessName).toBe(
      '城北村面馆',
    );
    expect(await storedVersions(licence.identifier)).toBe(2);
  });
});

describe('changeLicence', () => {
  it('merges only the changed elements', async () => {
    const licence = await issue();
    const result = await change(licence.id, {
      businessName: '城北村小吃店（更名）',
      foodCategory: '热食类食品制售',
    });
    expect(result.errors).toBeUndefined();
    const next = result.data!.changeLicence;
    expect(next.version).toBe(2);
    expect(next.changedElements).toEqual(['businessName']);
    expect(next.data).toEqual({
      ...licence.data,
      businessName: '城北村小吃店（更名）',
    });
    expect(next.validUntil).toBe(licence.validUntil);
    expect(next.versions).toEqual([
      {
        identifier: licence.identifier,
        version: 1,
        status: 'SUPERSEDED',
        reason: null,
        changedElements: [],
      },
      {
        identifier: next.identifier,
        version: 2,
        status: 'VALID',
        reason: '登记事项变更',
        changedElements: ['businessName'],
      },
    ]);

    const third = await change(
      next.id,
      { premisesAddress: '重庆市巫溪县城厢镇城北村5组1号' },
      '迁址',
    );
    expect(third.errors).toBeUndefined();
    expect(
      third.data!.changeLicence.versions.map(
        (v: { version: number; status: string; reason: string | null }) => [
          v.version,
          v.status,
          v.reason,
        ],
      ),
    ).toEqual([
      [1, 'SUPERSEDED', null],
      [2, 'SUPERSEDED', '登记事项变更'],
      [3, 'VALID', '迁址'],
    ]);
    expect(third.data!.changeLicence.data.businessName).toBe(
      '城北村小吃店（更名）',
    );

    const feed = await graphql(subgraph.url, FEED, {}, system);
    expect(feed.errors).toBeUndefined();
    const changed = feed.data!.licenceEvents.filter(
      (e: { kind: string; identifier: string }) =>
        e.kind === 'CHANGED' && e.identifier === licence.identifier,
    );
    expect(changed).toEqual([
      {
        kind: 'CHANGED',
        identifier: licence.identifier,
        newIdentifier: next.identifier,
        changedElements: ['businessName'],
      },
    ]);
  });

  it('removes an element that is not required', async () => {
    const licence = await issue();
    const result = await change(licence.id, { itemName: null });
    expect(result.errors).toBeUndefined();
    expect(result.data!.changeLicence.data).not.toHaveProperty('itemName');
    expect(result.data!.changeLicence.changedElements).toEqual(['itemName']);
  });

  it.each([
    [
      'a nested object',
      { businessName: { name: '伪造' } },
      'data.businessName',
    ],
    [
      'an unknown key',
      { registeredCapital: '100万元' },
      'data.registeredCapital',
    ],
    ['an operator key', { $set: { status: 'VALID' } }, 'data.$set'],
    ['a number for text', { businessName: 12 }, 'data.businessName'],
    ['blank text', { businessName: '   ' }, 'data.businessName'],
    [
      'a control character',
      { businessName: '城北\u0007' },
      'data.businessName',
    ],
    ['no change at all', { businessName: '城北村小吃店' }, 'data'],
    ['an empty object', {}, 'data'],
    ['an array', ['businessName'], undefined],
  ])('rejects %s', async (_, data, field) => {
    const licence = await issue();
    const result = await change(licence.id, data);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The JSON scalar rejects an array while parsing variables, before changeLicence names a field.
    if (field !== undefined)
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await storedVersions(licence.identifier)).toBe(1);
  });

  describe('with typed face elements', () => {
    beforeAll(async () => {
      const result = await graphql(
        subgraph.url,
        UPDATE_TYPE,
        {
          input: {
            code: foodLicence.code,
            validYears: 5,
            validUntilElement: null,
            holderRule: 'ANY',
            signingMode: 'AUTOMATIC',
            faceElements: [
              {
                key: 'businessName',
                label: '经营者名称',
                labelEn: 'Operator',
                required: true,
              },
              {
                key: 'premisesAddress',
                label: '经营场所',
                labelEn: 'Premises',
                required: true,
              },
              {
                key: 'foodCategory',
                label: '经营项目',
                labelEn: 'Activities',
                required: false,
              },
              {
                key: 'openedOn',
                label: '开业日期',
                labelEn: 'Opened on',
                required: false,
                valueType: 'DATE',
              },
              {
                key: 'seats',
                label: '座位数',
                labelEn: 'Seats',
                required: false,
                valueType: 'NUMBER',
              },
              {
                key: 'chain',
                label: '连锁经营',
                labelEn: 'Chain',
                required: false,
                valueType: 'BOOLEAN',
              },
            ],
            printLayout: {
              title: '食品经营许可证',
              orientation: 'LANDSCAPE',
              elementOrder: ['businessName'],
            },
          },
        },
        itemAdmin,
      );
      expect(result.errors).toBeUndefined();
      expect(
        result.data!.updateLicenceType.faceElements.map(
          (f: { key: string; valueType: string }) => f.valueType,
        ),
      ).toEqual(['TEXT', 'TEXT', 'TEXT', 'DATE', 'NUMBER', 'BOOLEAN']);
    });

    it.each([
      ['an impossible date', { openedOn: '2026-02-30' }, 'data.openedOn'],
      ['a date as number', { openedOn: 20260105 }, 'data.openedOn'],
      ['a number as text', { seats: '24' }, 'data.seats'],
      ['an infinite-looking number', { seats: 'Infinity' }, 'data.seats'],
      ['a boolean as text', { chain: 'yes' }, 'data.chain'],
      [
        'removal of a required element',
        { premisesAddress: null },
        'data.premisesAddress',
      ],
    ])('rejects %s', async (_, data, field) => {
      const licence = await issue();
      const result = await change(licence.id, data);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(await storedVersions(licence.identifier)).toBe(1);
    });

    it('accepts values of each type', async () => {
      const licence = await issue({ seats: 24 });
      const result = await change(licence.id, {
        openedOn: '2026-01-05',
        seats: 30,
        chain: true,
      });
      expect(result.errors).toBeUndefined();
      const next = result.data!.changeLicence;
      expect(next.changedElements).toEqual(['openedOn', 'seats', 'chain']);
      expect(next.data).toMatchObject({
        openedOn: '2026-01-05',
        seats: 30,
        chain: true,
        businessName: '城北村小吃店',
      });
    });
  });
});
