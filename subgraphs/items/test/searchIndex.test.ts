import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from 'mongoose';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { catalogue, itemsSubgraph } from '../src/index.js';
import type { ItemDocument, ItemModels } from '../src/model.js';
import { CatalogueIndex, refreshIntervalMs } from '../src/searchIndex.js';
import { searchTermsOf } from '../src/searchTerms.js';
import type { RunningSubgraph } from '@ykb/common';

const SEARCH =
  'query($k: String, $s: SubjectType, $d: String, $f: Int) { searchItems(keyword: $k, subjectType: $s, departmentCode: $d, first: $f) { id } }';
const PEER_REFRESH_MS = 100;
const silentLog = { info: () => {}, warn: () => {} } as never;

/** Instance with the default 60 s interval; tests write through its model. */
let local: RunningSubgraph;
/** Second instance on the same database that reloads every PEER_REFRESH_MS. */
let peer: RunningSubgraph;
let nextId = 0;

function itemModel(subgraph: RunningSubgraph): Model<ItemDocument> {
  return subgraph.connection.model<ItemDocument>('Item');
}

/** Search terms of an item's current texts, as the application stores them on publication. */
function termsOf(item: ItemDocument) {
  return searchTermsOf({
    name: item.name,
    nameEn: item.nameEn,
    aliases: item.aliases ?? [],
    keywords: item.keywords ?? [],
    themeNames: [],
  });
}

/** Builds a catalogue entry with a new 31-character id from the first seeded item, with its search terms. */
function newItem(fields: Partial<ItemDocument>): ItemDocument {
  nextId++;
  const item = {
    ...catalogue()[0]!,
    _id: `T${String(nextId).padStart(30, '0')}`,
    ...fields,
  } as ItemDocument;
  return { ...item, ...termsOf(item) } as ItemDocument;
}

async function searchIds(
  subgraph: RunningSubgraph,
  variables: Record<string, unknown>,
): Promise<string[]> {
  const result = await graphql(subgraph.url, SEARCH, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.searchItems.map((item: { id: string }) => item.id);
}

/**
 * Runs a search through an index that holds no snapshot, so it reads its
 * candidates from the database with the stored search terms.
 */
async function databaseSearchIds(variables: {
  k?: string;
  s?: string;
  d?: string;
  f?: number;
}): Promise<string[]> {
  const models = { Item: itemModel(local) } as unknown as ItemModels;
  const index = new CatalogueIndex(models, {
    log: silentLog,
    intervalMs: 60_000,
    maxItems: 0,
  });
  await index.start();
  try {
    const found = await index.search({
      keyword: variables.k?.normalize('NFKC').trim(),
      subjectType: variables.s,
      departmentCode: variables.d,
      first: variables.f ?? 20,
    });
    return found.map((item) => item._id);
  } finally {
    await index.stop();
  }
}

/** Counts the database operations that `run` sends over the subgraph's connection. */
async function countOperations(
  subgraph: RunningSubgraph,
  run: () => Promise<void>,
): Promise<string[]> {
  const operations: string[] = [];
  subgraph.connection.set('debug', (collection: string, method: string) =>
    operations.push(`${collection}.${method}`),
  );
  try {
    await run();
  } finally {
    subgraph.connection.set('debug', undefined);
  }
  return operations;
}

beforeAll(async () => {
  isolateDatabase();
  delete process.env.YKB_ITEMS_REFRESH_MS;
  local = await startTestSubgraph(itemsSubgraph);
  process.env.YKB_ITEMS_REFRESH_MS = String(PEER_REFRESH_MS);
  try {
    peer = await startTestSubgraph(itemsSubgraph);
  } finally {
    delete process.env.YKB_ITEMS_REFRESH_MS;
  }
});

afterAll(async () => {
  await peer?.close();
  await local?.close();
});

describe('item search index', () => {
  it('serves searches without database queries', async () => {
    const searches = [
      { k: '个体户' },
      { k: 'registration', s: 'LEGAL_PERSON' },
      { d: 'CQ-GA', f: 2 },
      {},
      { k: '没有这个事项' },
    ];
    const operations = await countOperations(local, async () => {
      for (let round = 0; round < 4; round++) {
        for (const variables of searches) await searchIds(local, variables);
      }
    });
    expect(operations).toEqual([]);

    const lookup = await countOperations(local, async () => {
      const result = await graphql(
        local.url,
        'query($id: ID!) { item(id: $id) { id } }',
        { id: catalogue()[0]!._id },
      );
      expect(result.errors).toBeUndefined();
    });
    expect(lookup).toContain('items.find');
  });

  it('matches the database search on the same criteria', async () => {
    await itemModel(local).create([
      newItem({
        name: '测试事项甲',
        nameEn: 'Kelvin \u212Aettle test',
        keywords: ['测试'],
      }),
      newItem({
        name: '测试事项乙',
        nameEn: 'Long \u017Fign test',
        keywords: ['测试'],
      }),
      newItem({ name: '测试事项丙', nameEn: 'ΟΔΟΣ test', keywords: ['测试'] }),
      newItem({
        name: '个体户草稿事项',
        nameEn: 'Draft registration',
        status: 'DRAFT',
      }),
      newItem({
        name: '个体户撤销事项',
        nameEn: 'Withdrawn registration',
        status: 'WITHDRAWN',
      }),
    ]);
    const cases: { k?: string; s?: string; d?: string; f?: number }[] = [
      {},
      { f: 100 },
      { k: '个体户' },
      { k: '  登记  ' },
      { k: 'REGISTRATION', f: 100 },
      { k: 'registration', s: 'NATURAL_PERSON' },
      { k: '许可', d: 'CQ-SCJG' },
      { k: '登记', f: 3 },
      { k: 'kettle' },
      { k: 'sign' },
      { k: 'οδος' },
      { k: 'ＲＥＧＩＳＴＲＡＴＩＯＮ' },
      { k: '.*' },
      { k: 'a+b' },
      { s: 'LEGAL_PERSON', d: 'CQ-MZ' },
      { d: 'NO-SUCH-DEPARTMENT' },
    ];
    for (const variables of cases) {
      const expected = await databaseSearchIds(variables);
      expect(
        await searchIds(local, variables),
        JSON.stringify(variables),
      ).toEqual(expected);
    }
  });

  it('shows a published item written in this process at once', async () => {
    const item = newItem({ name: '即时发布测试事项', keywords: ['即时发布'] });
    await itemModel(local).create(item);
    expect(await searchIds(local, { k: '即时发布' })).toEqual([item._id]);
  });

  it('drops an item withdrawn in this process at once', async () => {
    const item = newItem({ name: '即时撤销测试事项', keywords: ['即时撤销'] });
    await itemModel(local).create(item);
    expect(await searchIds(local, { k: '即时撤销' })).toEqual([item._id]);
    await itemModel(local).updateOne(
      { _id: item._id },
      { $set: { status: 'WITHDRAWN' } },
    );
    expect(await searchIds(local, { k: '即时撤销' })).toEqual([]);
  });

  it('reloads after each kind of model write', async () => {
    const Item = itemModel(local);
    const [first, second, third] = [
      newItem({ keywords: ['写法甲'] }),
      newItem({ keywords: ['写法乙'] }),
      newItem({ keywords: ['写法丙'] }),
    ];
    await Item.insertMany([first, second, third]);
    expect(await searchIds(local, { k: '写法' })).toEqual([
      first._id,
      second._id,
      third._id,
    ]);

    await Item.bulkWrite([
      {
        updateOne: {
          filter: { _id: first._id },
          update: { $set: { status: 'WITHDRAWN' } },
        },
      },
    ]);
    expect(await searchIds(local, { k: '写法' })).toEqual([
      second._id,
      third._id,
    ]);

    await Item.findOneAndUpdate(
      { _id: second._id },
      {
        $set: {
          keywords: ['改名'],
          ...termsOf({ ...second, keywords: ['改名'] } as ItemDocument),
        },
      },
    );
    expect(await searchIds(local, { k: '写法' })).toEqual([third._id]);

    const document = await Item.findById(third._id).orFail();
    await document.deleteOne();
    expect(await searchIds(local, { k: '写法' })).toEqual([]);

    const restored = new Item(newItem({ keywords: ['写法丁'] }));
    await restored.save();
    expect(await searchIds(local, { k: '写法' })).toEqual([restored._id]);

    await Item.deleteMany({ _id: restored._id });
    expect(await searchIds(local, { k: '写法' })).toEqual([]);
  });

  it('never shows a draft item', async () => {
    await itemModel(local).create(
      newItem({
        name: '草稿测试事项',
        keywords: ['草稿测试'],
        status: 'DRAFT',
      }),
    );
    expect(await searchIds(local, { k: '草稿测试' })).toEqual([]);
    expect(await searchIds(peer, { k: '草稿测试' })).toEqual([]);
  });

  it("shows another instance's published item after a refresh", async () => {
    const item = newItem({
      name: '跨实例发布测试事项',
      keywords: ['跨实例发布'],
    });
    await itemModel(local).create(item);
    await expect
      .poll(() => searchIds(peer, { k: '跨实例发布' }), {
        timeout: 5000,
        interval: PEER_REFRESH_MS,
      })
      .toEqual([item._id]);
  });

  it("drops another instance's withdrawn item after a refresh", async () => {
    const item = newItem({
      name: '跨实例撤销测试事项',
      keywords: ['跨实例撤销'],
    });
    await itemModel(local).create(item);
    await expect
      .poll(() => searchIds(peer, { k: '跨实例撤销' }), {
        timeout: 5000,
        interval: PEER_REFRESH_MS,
      })
      .toEqual([item._id]);
    await itemModel(local).updateOne(
      { _id: item._id },
      { $set: { status: 'WITHDRAWN' } },
    );
    await expect
      .poll(() => searchIds(peer, { k: '跨实例撤销' }), {
        timeout: 5000,
        interval: PEER_REFRESH_MS,
      })
      .toEqual([]);
  });

  it('sees raw collection writes at the interval', async () => {
    const item = newItem({ name: '直接写入测试事项', keywords: ['直接写入'] });
    // Wait for reloads that earlier writes started, so none of them reads the raw insert.
    await searchIds(local, {});
    await itemModel(local).collection.insertOne(item as never);
    expect(await searchIds(local, { k: '直接写入' })).toEqual([]);
    await expect
      .poll(() => searchIds(peer, { k: '直接写入' }), {
        timeout: 5000,
        interval: PEER_REFRESH_MS,
      })
      .toEqual([item._id]);
  });

  it('searches the database when the catalogue exceeds the maximum', async () => {
    const models = { Item: itemModel(local) } as unknown as ItemModels;
    const index = new CatalogueIndex(models, {
      log: silentLog,
      intervalMs: 60_000,
      maxItems: 3,
    });
    await index.start();
    try {
      let found: ItemDocument[] = [];
      const operations = await countOperations(local, async () => {
        found = await index.search({ keyword: '个体户', first: 20 });
      });
      expect(operations).toContain('items.find');
      expect(found.map((item) => item._id)).toEqual(
        await databaseSearchIds({ k: '个体户' }),
      );
    } finally {
      await index.stop();
    }
  });
});

describe('searchItems input', () => {
  it('rejects a keyword over 50 characters', async () => {
    const result = await graphql(local.url, SEARCH, { k: '登'.repeat(51) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('accepts a keyword of exactly 50 characters', async () => {
    const result = await graphql(local.url, SEARCH, { k: '登'.repeat(50) });
    expect(result.errors).toBeUndefined();
  });

  it('rejects a page size of 0', async () => {
    const result = await graphql(local.url, SEARCH, { f: 0 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an invalid refresh interval', () => {
    process.env.YKB_ITEMS_REFRESH_MS = 'soon';
    try {
      expect(() => refreshIntervalMs()).toThrow(/YKB_ITEMS_REFRESH_MS/);
    } finally {
      delete process.env.YKB_ITEMS_REFRESH_MS;
    }
  });
});
