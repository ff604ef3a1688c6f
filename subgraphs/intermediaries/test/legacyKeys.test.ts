import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@ykb/common';
import {
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { withSubgraphDatabase } from '../../../tests/support/database.js';
import { intermediariesSubgraph } from '../src/index.js';
import { legacyKey } from '../src/legacyKeys.js';

/** Collections whose unique idempotencyKey index older records predate. */
const COLLECTIONS = ['objections', 'bids', 'complaints'] as const;

let prefix: string;
let subgraph: RunningSubgraph | undefined;

/** Reads the stored key of every record of a collection, by record id. */
async function keysOf(collection: string): Promise<Record<string, unknown>> {
  const records = await subgraph!.connection
    .collection(collection)
    .find({})
    .project({ idempotencyKey: 1 })
    .toArray();
  return Object.fromEntries(
    records.map((r) => [String(r._id), r.idempotencyKey]),
  );
}

beforeAll(async () => {
  prefix = isolateDatabase();
  process.env.YKB_INTERMEDIARY_JOB_MS = '3600000';
  // Records stored before the collections had keys: two without the field, one with null, one keyed.
  await withSubgraphDatabase(prefix, 'intermediaries', async (db) => {
    for (const collection of COLLECTIONS)
      await db
        .collection<{ _id: string; [field: string]: unknown }>(collection)
        .insertMany([
          { _id: `${collection}-old-1`, text: 'old' },
          { _id: `${collection}-old-2`, text: 'old' },
          { _id: `${collection}-null`, text: 'old', idempotencyKey: null },
          { _id: `${collection}-keyed`, text: 'new', idempotencyKey: 'k-1' },
        ]);
  });
});

afterAll(async () => {
  await subgraph?.close();
});

describe('legacy idempotency keys', () => {
  it('keys old records before building unique indexes', async () => {
    subgraph = await startTestSubgraph(intermediariesSubgraph);
    for (const collection of COLLECTIONS) {
      expect(await keysOf(collection), collection).toEqual({
        [`${collection}-old-1`]: legacyKey(collection, `${collection}-old-1`),
        [`${collection}-old-2`]: legacyKey(collection, `${collection}-old-2`),
        [`${collection}-null`]: legacyKey(collection, `${collection}-null`),
        [`${collection}-keyed`]: 'k-1',
      });
      const indexes = await subgraph.connection
        .collection(collection)
        .indexes();
      expect(
        indexes.find((i) => i.key.idempotencyKey === 1)?.unique,
        collection,
      ).toBe(true);
    }
  });

  it('rejects a duplicate key once the index exists', async () => {
    const bids = subgraph!.connection.collection<{
      _id: string;
      idempotencyKey: string;
    }>('bids');
    await expect(
      bids.insertOne({ _id: 'bids-copy', idempotencyKey: 'k-1' }),
    ).rejects.toMatchObject({ code: 11000 });
  });

  it('leaves keys unchanged on a second start', async () => {
    const before = await keysOf('complaints');
    await subgraph!.close();
    subgraph = await startTestSubgraph(intermediariesSubgraph);
    expect(await keysOf('complaints')).toEqual(before);
  });
});
