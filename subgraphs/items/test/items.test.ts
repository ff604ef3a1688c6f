import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { itemsSubgraph, catalogue, seededItemId } from '../src/index.js';
import { Role, type RunningSubgraph } from '@ykb/common';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(itemsSubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

describe('item catalogue', () => {
  it('seeds at least 30 items with 31-character implementation codes', async () => {
    const count = await subgraph.connection.model('Item').countDocuments();
    expect(count).toBe(catalogue().length);
    expect(count).toBeGreaterThanOrEqual(30);
    for (const item of catalogue()) expect(item._id).toHaveLength(31);
  });

  it('finds items by a Chinese keyword in name or keywords', async () => {
    const result = await graphql(
      subgraph.url,
      'query($k: String) { searchItems(keyword: $k) { id name department { code } } }',
      { k: '个体户' },
    );
    expect(result.errors).toBeUndefined();
    const names = result.data!.searchItems.map((i: { name: string }) => i.name);
    expect(names).toContain('个体工商户设立登记');
    expect(names).not.toContain('教师资格认定');
  });

  it('treats regular-expression characters in a keyword literally', async () => {
    const result = await graphql(
      subgraph.url,
      'query { searchItems(keyword: ".*") { id } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.searchItems).toEqual([]);
  });

  it('rejects a page size over 100 with BAD_USER_INPUT', async () => {
    const result = await graphql(
      subgraph.url,
      'query { searchItems(first: 1000) { id } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves item entities in one batch', async () => {
    const id = seededItemId('个体工商户设立登记');
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id name statutoryLimitDays } } }',
      {
        r: [
          { __typename: 'Item', id },
          { __typename: 'Item', id: 'missing' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]).toEqual({
      id,
      name: '个体工商户设立登记',
      statutoryLimitDays: 15,
    });
    expect(result.data!._entities[1]).toBeNull();
  });

  it('leaves the catalogue unchanged when seeding twice', async () => {
    const { seedItems } = await import('../src/seed.js');
    const { registerModels } = await import('../src/model.js');
    const models = { Item: subgraph.connection.model('Item') } as ReturnType<
      typeof registerModels
    >;
    const inserted = await seedItems(models, { info: () => {} } as never);
    expect(inserted).toBe(0);
  });
});

describe('item fields', () => {
  it('returns an empty fee list for a free item', async () => {
    const id = seededItemId('个体工商户设立登记');
    const result = await graphql(
      subgraph.url,
      'query($id: ID!) { item(id: $id) { fees { name } materials { code } } }',
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.item.fees).toEqual([]);
    expect(result.data!.item.materials).toHaveLength(3);
  });
});

describe('draft items', () => {
  const draftId = `${seededItemId('临时救助').slice(0, 18)}DRAFT00000001`;
  const query = 'query($id: ID!) { item(id: $id) { id } }';
  const entities =
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id } } }';

  beforeAll(async () => {
    const template = catalogue().find((item) => item.name === '临时救助')!;
    await subgraph.connection
      .model('Item')
      .create({ ...template, _id: draftId, status: 'DRAFT' });
  });

  it('hides a draft from the public and from other staff', async () => {
    for (const viewer of [
      undefined,
      viewerOf([Role.Citizen]),
      viewerOf([Role.Analyst], { divisionCode: '50' }),
    ]) {
      const byId = await graphql(subgraph.url, query, { id: draftId }, viewer);
      expect(byId.errors).toBeUndefined();
      expect(byId.data!.item).toBeNull();
      const reference = await graphql(
        subgraph.url,
        entities,
        { r: [{ __typename: 'Item', id: draftId }] },
        viewer,
      );
      expect(reference.data!._entities).toEqual([null]);
    }
  });

  it('shows a draft to an item administrator', async () => {
    const result = await graphql(
      subgraph.url,
      query,
      { id: draftId },
      viewerOf([Role.ItemAdmin], { divisionCode: '50' }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.item).toEqual({ id: draftId });
  });
});

describe('entity representations', () => {
  const entities =
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id } } }';

  it.each([
    ['an unknown __typename', { __typename: 'Nope', id: 'x' }],
    ['a missing __typename', { id: 'x' }],
    ['a missing key field', { __typename: 'Item' }],
    ['an operator object as key', { __typename: 'Item', id: { $ne: null } }],
  ])('rejects %s with BAD_USER_INPUT', async (_label, representation) => {
    const result = await graphql(subgraph.url, entities, {
      r: [representation],
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
