import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENTS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import {
  identitySubgraph,
  readChongqingDivisions,
  registerModels,
  seedDemoUsers,
  seedDepartments,
  seedDivisions,
} from '../src/index.js';
import { MAX_DIVISION_ROWS } from '../../../gateway/src/cost.js';

let subgraph: RunningSubgraph;
const silentLog = { info: () => {}, warn: () => {}, error: () => {} } as never;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

function storedModels() {
  const c = subgraph.connection;
  return {
    Division: c.model('Division'),
    Department: c.model('Department'),
    User: c.model('User'),
    IdentityClaim: c.model('IdentityClaim'),
    SignInAttempt: c.model('SignInAttempt'),
    Session: c.model('Session'),
    SeedRun: c.model('SeedRun'),
  } as ReturnType<typeof registerModels>;
}

describe('division seed', () => {
  it('fits byDivision rows in the cost bound', () => {
    const children = new Map<string, number>();
    for (const division of readChongqingDivisions()) {
      if (!division.parentCode) continue;
      children.set(
        division.parentCode,
        (children.get(division.parentCode) ?? 0) + 1,
      );
    }
    const maxChildren = Math.max(...children.values());
    // One row per child division plus one for the counted division itself.
    expect(maxChildren + 1).toBe(MAX_DIVISION_ROWS);
    expect(children.get('500101')).toBe(maxChildren);
  });

  it('stores every Chongqing division of the source', async () => {
    const expected = readChongqingDivisions();
    const stored = await subgraph.connection.model('Division').countDocuments();
    expect(expected.length).toBeGreaterThan(12000);
    expect(stored).toBe(expected.length);
  });

  it('inserts nothing when seeding again, even when forced', async () => {
    const models = storedModels();
    expect(await seedDivisions(models, silentLog)).toBe(0);
    expect(await seedDivisions(models, silentLog, { force: true })).toBe(0);
    expect(await seedDepartments(models, silentLog)).toBe(0);
    expect(await seedDemoUsers(models, silentLog)).toBe(0);
  });

  it('re-inserts a division deleted after a finished run', async () => {
    const models = storedModels();
    await models.Division.deleteOne({ _id: '500238100206' });
    expect(await seedDivisions(models, silentLog)).toBe(1);
    expect(
      await models.Division.exists({ _id: '500238100206' }),
    ).not.toBeNull();
  });
});

describe('division queries', () => {
  it('lists 38 county-level divisions under the two groupings', async () => {
    const result = await graphql(
      subgraph.url,
      '{ divisions { code level children { code name children { code level } } } }',
    );
    expect(result.errors).toBeUndefined();
    const [province] = result.data!.divisions;
    expect(province.code).toBe('50');
    expect(province.level).toBe('PROVINCE');
    expect(province.children.map((c: { code: string }) => c.code)).toEqual([
      '5001',
      '5002',
    ]);
    const counties = province.children.flatMap(
      (c: { children: { code: string; level: string }[] }) => c.children,
    );
    expect(counties).toHaveLength(38);
    expect(counties.every((c: { level: string }) => c.level === 'COUNTY')).toBe(
      true,
    );
  });

  it('follows a village up to the province', async () => {
    const result = await graphql(
      subgraph.url,
      '{ division(code: "500238100205") { name level parent { code level parent { code level parent { code parent { code level parent { code } } } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const village = result.data!.division;
    expect(village.level).toBe('VILLAGE');
    expect(village.parent.code).toBe('500238100');
    expect(village.parent.level).toBe('TOWNSHIP');
    expect(village.parent.parent.code).toBe('500238');
    expect(village.parent.parent.parent.code).toBe('5002');
    expect(village.parent.parent.parent.parent).toEqual({
      code: '50',
      level: 'PROVINCE',
      parent: null,
    });
  });

  it('lists the children of a township ordered by code', async () => {
    const result = await graphql(
      subgraph.url,
      '{ divisions(parentCode: "500238100") { code level parentCode } }',
    );
    expect(result.errors).toBeUndefined();
    const codes = result.data!.divisions.map((d: { code: string }) => d.code);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes).toContain('500238100205');
    expect([...codes].sort()).toEqual(codes);
    expect(
      result.data!.divisions.every(
        (d: { parentCode: string; level: string }) =>
          d.parentCode === '500238100' && d.level === 'VILLAGE',
      ),
    ).toBe(true);
  });

  it('accepts a full-width code and returns null for an unknown one', async () => {
    const result = await graphql(
      subgraph.url,
      '{ known: division(code: "５００１０３") { code name } unknown: division(code: "500199") { code } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.known).toEqual({ code: '500103', name: '渝中区' });
    expect(result.data!.unknown).toBeNull();
  });

  it('rejects a malformed code with BAD_USER_INPUT', async () => {
    const result = await graphql(
      subgraph.url,
      '{ division(code: "5001031") { code } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('code');
  });

  it('resolves division entities, null for unknown codes', async () => {
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Division { code name level } } }',
      {
        r: [
          { __typename: 'Division', code: '500238' },
          { __typename: 'Division', code: '500238100206' },
          { __typename: 'Division', code: '999999' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { code: '500238', name: '巫溪县', level: 'COUNTY' },
      {
        code: '500238100206',
        name: expect.stringContaining('渔渡'),
        level: 'VILLAGE',
      },
      null,
    ]);
  });
});

describe('departments', () => {
  it('lists every shared department with its division', async () => {
    const result = await graphql(
      subgraph.url,
      '{ departments { code name nameEn creditCode divisionCode division { code name } } }',
    );
    expect(result.errors).toBeUndefined();
    const departments = result.data!.departments;
    expect(departments).toHaveLength(DEPARTMENTS.length);
    const market = departments.find(
      (d: { code: string }) => d.code === 'CQ-SCJG',
    );
    expect(market.name).toBe('重庆市市场监督管理局');
    expect(market.creditCode).toHaveLength(18);
    expect(market.division).toEqual({ code: '50', name: '重庆市' });
  });

  it('resolves department entities', async () => {
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code name } } }',
      {
        r: [
          { __typename: 'Department', code: 'CQ-MZ' },
          { __typename: 'Department', code: 'NOPE' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { code: 'CQ-MZ', name: '重庆市民政局' },
      null,
    ]);
  });
});
