import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { itemsSubgraph } from '../src/index.js';
import type { ItemModels } from '../src/model.js';
import { CatalogueIndex } from '../src/searchIndex.js';

/**
 * Search quality on the seeded catalogue: each query, as a citizen types
 * it, with the item that must come first. The list covers full names,
 * partial names, colloquial words, life-event themes, full pinyin and
 * pinyin initials.
 */
const QUERIES: [query: string, top: string, kind: string][] = [
  ['个体工商户设立登记', '个体工商户设立登记', 'full name'],
  ['食品经营许可', '食品经营许可', 'full name'],
  ['临时救助', '临时救助', 'full name over keyword matches'],
  ['公司变更登记', '公司变更登记', 'full name'],
  ['居住证', '居住证申领', 'partial name'],
  ['身份证', '居民身份证换领', 'partial name'],
  ['施工许可证', '建筑工程施工许可证核发', 'partial name'],
  ['公司注销', '公司注销登记', 'partial name'],
  ['变更登记', '个体工商户变更登记', 'partial name, pinyin order among equals'],
  ['养老保险', '城乡居民基本养老保险参保登记', 'partial name'],
  ['低保', '最低生活保障审核确认', 'colloquial word'],
  ['开饭店', '食品经营许可', 'colloquial word'],
  ['社保卡', '社会保障卡申领', 'colloquial word'],
  ['失业金', '失业保险金申领', 'colloquial word'],
  ['公租房', '公共租赁住房申请', 'colloquial word'],
  ['开公司', '有限责任公司设立登记', 'colloquial word'],
  ['出生证', '出生医学证明签发', 'colloquial word'],
  ['无犯罪证明', '无犯罪记录证明开具', 'colloquial alias'],
  ['教师证', '教师资格认定', 'colloquial word'],
  ['生孩子', '生育登记', 'colloquial word'],
  ['网约车', '出租汽车驾驶员从业资格证核发', 'colloquial word'],
  ['危化品', '危险化学品经营许可', 'colloquial word'],
  [
    '残疾人补贴',
    '困难残疾人生活补贴和重度残疾人护理补贴',
    'words in another order',
  ],
  ['企业开办', '有限责任公司设立登记', 'life-event theme'],
  [
    '社会救助',
    '困难残疾人生活补贴和重度残疾人护理补贴',
    'life-event theme, pinyin order among equals',
  ],
  ['sbk', '社会保障卡申领', 'pinyin initials of a keyword'],
  ['SBK', '社会保障卡申领', 'upper-case pinyin initials'],
  ['jzz', '居住证申领', 'pinyin initials'],
  ['gtgshsldj', '个体工商户设立登记', 'pinyin initials of the full name'],
  ['hkqy', '户口迁移（投靠）', 'leading pinyin initials'],
  ['shebaoka', '社会保障卡申领', 'full pinyin'],
  ['dibao', '最低生活保障审核确认', 'full pinyin of a colloquial word'],
];

const SEARCH =
  'query($k: String, $f: Int, $d: String, $s: SubjectType, $depth: Int, $div: String) { searchItems(keyword: $k, first: $f, departmentCode: $d, subjectType: $s, minOnlineDepth: $depth, divisionCode: $div) { id name onlineDepth departmentCode subjectTypes pinyinKey } }';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(itemsSubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

async function search(
  variables: Record<string, unknown>,
): Promise<{ id: string; name: string; [key: string]: any }[]> {
  const result = await graphql(subgraph.url, SEARCH, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.searchItems;
}

describe('search quality', () => {
  it('lists at least 20 queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(QUERIES)('%s finds %s first (%s)', async (query, top) => {
    const found = await search({ k: query });
    expect(found[0]?.name).toBe(top);
  });

  it('ranks the same on the database path as in the index', async () => {
    const models = {
      Item: subgraph.connection.model('Item'),
    } as unknown as ItemModels;
    const index = new CatalogueIndex(models, {
      log: { info: () => {}, warn: () => {} } as never,
      intervalMs: 60_000,
      maxItems: 0,
    });
    await index.start();
    try {
      for (const [query] of QUERIES) {
        const fromDatabase = await index.search({ keyword: query, first: 5 });
        const fromIndex = await search({ k: query, f: 5 });
        expect(
          fromDatabase.map((item) => item._id),
          query,
        ).toEqual(fromIndex.map((item) => item.id));
      }
    } finally {
      await index.stop();
    }
  });

  it('finds nothing for a query that matches no item', async () => {
    expect(await search({ k: '火星移民' })).toEqual([]);
    expect(await search({ k: 'xyzq' })).toEqual([]);
  });

  it('sorts a search without keyword by the pinyin of the names', async () => {
    const found = await search({ f: 100 });
    const keys = found.map((item) => item.pinyinKey);
    expect(keys).toEqual([...keys].sort());
    expect(found[0]!.pinyinKey < found[found.length - 1]!.pinyinKey).toBe(true);
  });

  it('filters by department, audience and online depth', async () => {
    const found = await search({
      k: '登记',
      d: 'CQ-SCJG',
      s: 'LEGAL_PERSON',
      depth: 4,
      f: 100,
    });
    expect(found.length).toBeGreaterThan(0);
    for (const item of found) {
      expect(item.departmentCode).toBe('CQ-SCJG');
      expect(item.subjectTypes).toContain('LEGAL_PERSON');
      expect(item.onlineDepth).toBe(4);
    }
    expect(found.map((item) => item.name)).toContain('公司变更登记');
    expect(found.map((item) => item.name)).not.toContain('个体工商户设立登记');
  });

  it('rejects a division filter that is no division code', async () => {
    const result = await graphql(subgraph.url, SEARCH, { div: '5x' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('divisionCode');
  });
});
