import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HALLS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { hallDirectory, hallsSubgraph } from '../src/index.js';
import type { HallModels } from '../src/model.js';
import { seedHalls } from '../src/seed.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(hallsSubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

const HALL_FIELDS =
  'id name level divisionCode division { code } address openingHours phone windows { number name category businessCategories departmentCode }';

describe('hall directory', () => {
  it('seeds every reference hall with 1 to 4 windows', async () => {
    const result = await graphql(
      subgraph.url,
      `query { halls { ${HALL_FIELDS} } }`,
    );
    expect(result.errors).toBeUndefined();
    const halls = result.data!.halls as {
      id: string;
      level: string;
      windows: {
        number: number;
        category: string;
        departmentCode: string | null;
      }[];
    }[];
    expect(halls.map((h) => h.id).sort()).toEqual(
      HALLS.map((h) => h.id).sort(),
    );
    for (const hall of halls) {
      if (hall.level === 'VILLAGE') {
        expect(hall.windows).toHaveLength(1);
        expect(hall.windows[0]!.category).toBe('COMPREHENSIVE');
      } else {
        expect(hall.windows.length).toBeGreaterThanOrEqual(2);
        expect(hall.windows.length).toBeLessThanOrEqual(4);
      }
      expect(hall.windows.map((w) => w.number)).toEqual(
        hall.windows.map((_, i) => i + 1),
      );
      for (const window of hall.windows) {
        if (window.category === 'DEDICATED')
          expect(window.departmentCode).toMatch(/^CQ-/);
        else expect(window.departmentCode).toBeNull();
      }
    }
  });

  it('leaves halls unchanged when seeding twice', async () => {
    const Hall = subgraph.connection.model('Hall');
    await Hall.updateOne(
      { _id: 'hall-500238' },
      { $set: { phone: '023-51523456' } },
    );
    const models = { Hall } as unknown as HallModels;

    const inserted = await seedHalls(models, { info: () => {} } as never);

    expect(inserted).toBe(0);
    expect(await Hall.countDocuments()).toBe(hallDirectory().length);
    const edited = await Hall.findById('hall-500238').lean<{ phone: string }>();
    expect(edited!.phone).toBe('023-51523456');
  });

  it('names a hall in English', async () => {
    const result = await graphql(
      subgraph.url,
      'query { hall(id: "hall-500238100205") { name nameEn } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.hall).toEqual({
      name: '城北村便民服务站',
      nameEn: 'Chengbei Village Service Point',
    });
  });

  it('stores English names on halls seeded without them', async () => {
    const Hall = subgraph.connection.model('Hall');
    await Hall.updateOne({ _id: 'hall-500238' }, { $unset: { nameEn: 1 } });
    const models = { Hall } as unknown as HallModels;

    await seedHalls(models, { info: () => {} } as never);

    const stored = await Hall.findById('hall-500238').lean<{
      nameEn?: string;
    }>();
    expect(stored!.nameEn).toBe('Wuxi County Government Service Center');
  });

  it('filters halls by division subtree, sorted by level then id', async () => {
    const result = await graphql(
      subgraph.url,
      'query { halls(divisionCode: "500238") { id level division { code } } }',
    );
    expect(result.errors).toBeUndefined();
    const halls = result.data!.halls as { id: string; level: string }[];
    expect(halls.map((h) => h.id)).toEqual([
      'hall-500238',
      'hall-500238100',
      'hall-500238100205',
      'hall-500238100206',
    ]);
    expect(halls.map((h) => h.level)).toEqual([
      'DISTRICT',
      'TOWNSHIP',
      'VILLAGE',
      'VILLAGE',
    ]);
    expect(halls.map((h) => h.id)).not.toContain('hall-500103');
    expect(halls.map((h) => h.id)).not.toContain('hall-50');
  });

  it('returns every hall for the city and sorts CITY first', async () => {
    const result = await graphql(
      subgraph.url,
      'query { halls(divisionCode: "50") { id level } }',
    );
    expect(result.errors).toBeUndefined();
    const halls = result.data!.halls as { id: string; level: string }[];
    expect(halls).toHaveLength(HALLS.length);
    expect(halls[0]).toEqual({ id: 'hall-50', level: 'CITY' });
    expect(halls.at(-1)!.level).toBe('VILLAGE');
  });

  it('rejects a malformed division code with BAD_USER_INPUT', async () => {
    for (const code of ['500238x', '^5', '5002381', '']) {
      const result = await graphql(
        subgraph.url,
        'query($c: String) { halls(divisionCode: $c) { id } }',
        { c: code },
      );
      expect(result.errors?.[0]?.extensions?.code, code).toBe('BAD_USER_INPUT');
    }
  });

  it('returns null for an unknown hall id', async () => {
    const result = await graphql(
      subgraph.url,
      'query { hall(id: "hall-999") { id } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.hall).toBeNull();
  });

  it('resolves hall entities in one database query', async () => {
    const Hall = subgraph.connection.model('Hall');
    const find = vi.spyOn(Hall, 'find');
    try {
      const result = await graphql(
        subgraph.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Hall { id name level } } }',
        {
          r: [
            { __typename: 'Hall', id: 'hall-500238100205' },
            { __typename: 'Hall', id: 'hall-50' },
            { __typename: 'Hall', id: 'hall-missing' },
          ],
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([
        { id: 'hall-500238100205', name: '城北村便民服务站', level: 'VILLAGE' },
        { id: 'hall-50', name: '重庆市政务服务中心', level: 'CITY' },
        null,
      ]);
      expect(find).toHaveBeenCalledTimes(1);
    } finally {
      find.mockRestore();
    }
  });
});

describe('Division.halls', () => {
  const DIVISION_HALLS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Division { code halls { id divisionCode } } } }`;

  it('lists the halls of each division subtree', async () => {
    const result = await graphql(subgraph.url, DIVISION_HALLS, {
      r: [
        { __typename: 'Division', code: '500238' },
        { __typename: 'Division', code: '500103' },
        { __typename: 'Division', code: '500238100205' },
      ],
    });
    expect(result.errors).toBeUndefined();
    const [wuxi, yuzhong, village] = result.data!._entities as {
      code: string;
      halls: { id: string; divisionCode: string }[];
    }[];
    const expectedIds = (prefix: string) =>
      HALLS.filter((h) => h.divisionCode.startsWith(prefix))
        .map((h) => h.id)
        .sort();
    expect(wuxi!.halls.map((h) => h.id).sort()).toEqual(expectedIds('500238'));
    expect(yuzhong!.halls.map((h) => h.id).sort()).toEqual(
      expectedIds('500103'),
    );
    expect(village!.halls.map((h) => h.id)).toEqual(['hall-500238100205']);
    expect(wuxi!.halls[0]!.id).toBe('hall-500238');
  });

  it('lists no halls for a malformed division code', async () => {
    const result = await graphql(subgraph.url, DIVISION_HALLS, {
      r: [{ __typename: 'Division', code: '.*' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([{ code: '.*', halls: [] }]);
  });
});
