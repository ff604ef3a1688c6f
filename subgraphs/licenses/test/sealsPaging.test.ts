import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import type { SealDocument } from '../src/model.js';
import { startLicenses } from './fixtures.js';

let subgraph: RunningSubgraph;

const PAGE = `query($first: Int, $offset: Int) {
  seals(first: $first, offset: $offset) { id departmentCode }
}`;
/** Seals added to the seeded one of each department, so that one department has more than one page. */
const EXTRA_GA = 11;
const EXTRA_MZ = 4;

const gaAdmin = viewerOf([Role.SealAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-GA',
});

beforeAll(async () => {
  subgraph = await startLicenses();
  const seeded = await subgraph.connection
    .model('Seal')
    .findById('seal-CQ-GA-1')
    .lean<SealDocument>();
  const copies = (departmentCode: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      ...seeded!,
      // Two copies share each validFrom, so the id decides their order.
      _id: `seal-${departmentCode}-paging-${String(i).padStart(2, '0')}`,
      departmentCode,
      validFrom: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2))),
      certificateSerial: `PAGING${departmentCode}${i}`,
    }));
  await subgraph.connection
    .db!.collection('seals')
    .insertMany([
      ...copies('CQ-GA', EXTRA_GA),
      ...copies('CQ-MZ', EXTRA_MZ),
    ] as never[]);
});

afterAll(async () => {
  await subgraph?.close();
});

/** Reads every page of `seals` for `viewer`, `first` rows at a time. */
async function allPages(viewer: ReturnType<typeof viewerOf>, first: number) {
  const rows: { id: string; departmentCode: string }[] = [];
  for (let offset = 0; ; offset += first) {
    const result = await graphql(subgraph.url, PAGE, { first, offset }, viewer);
    expect(result.errors).toBeUndefined();
    const page = result.data!.seals as typeof rows;
    expect(page.length).toBeLessThanOrEqual(first);
    rows.push(...page);
    if (page.length < first) return rows;
  }
}

describe('seals pages', () => {
  it('returns each seal of the jurisdiction once in order', async () => {
    const expected = (
      await subgraph.connection
        .model('Seal')
        .find({ departmentCode: 'CQ-GA' })
        .lean<SealDocument[]>()
    )
      .sort(
        (a, b) =>
          a.validFrom.getTime() - b.validFrom.getTime() ||
          (a._id < b._id ? -1 : 1),
      )
      .map((seal) => seal._id);

    const rows = await allPages(gaAdmin, 5);

    expect(expected).toHaveLength(EXTRA_GA + 1);
    expect(rows.map((row) => row.id)).toEqual(expected);
    expect(new Set(rows.map((row) => row.departmentCode))).toEqual(
      new Set(['CQ-GA']),
    );
  });

  it('pages every department for a city-wide administrator', async () => {
    const all = await graphql(
      subgraph.url,
      PAGE,
      { first: 100 },
      viewerOf([Role.SealAdmin], { divisionCode: '50' }),
    );
    const rows = await allPages(
      viewerOf([Role.SealAdmin], { divisionCode: '50' }),
      4,
    );

    expect(all.errors).toBeUndefined();
    expect(rows.map((row) => row.id)).toEqual(
      (all.data!.seals as { id: string }[]).map((seal) => seal.id),
    );
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});
