import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Schema, type Connection } from 'mongoose';
import {
  changeAtVersion,
  connectDatabase,
  finishAbandonedClaim,
  VERSION_CLAIMS,
} from '../src/index.js';
import { isolateDatabase } from '../../../tests/support/harness.js';

let connection: Connection;
const docSchema = new Schema({
  _id: String,
  status: String,
  meta: { state: String },
  version: Number,
  log: [String],
});
const Doc = () => connection.model('Doc', docSchema, 'docs');
const claims = () => connection.db!.collection<{ _id: string }>(VERSION_CLAIMS);

/** Inserts a claim as a writer that died before its update would leave it. */
async function abandonClaim(
  id: string,
  version: number,
  set: Record<string, unknown>,
  ageMs: number,
): Promise<void> {
  await claims().insertOne({
    _id: `docs:${id}:${version}`,
    set: Object.entries(set).map(([path, value]) => ({ path, value })),
    push: [{ path: 'log', value: 'abandoned writer' }],
    claimedAt: new Date(Date.now() - ageMs),
  } as never);
}

beforeAll(async () => {
  isolateDatabase();
  connection = await connectDatabase('versioned');
  await Doc().createCollection();
});

afterAll(async () => {
  await connection?.close();
});

describe('changeAtVersion', () => {
  it('lets exactly one of ten concurrent changes win', async () => {
    // Five documents raced at once make a lost race far more likely to show than one.
    const ids = ['race-0', 'race-1', 'race-2', 'race-3', 'race-4'];
    await Doc().insertMany(
      ids.map((id) => ({ _id: id, status: 'OPEN', version: 0, log: [] })),
    );
    const rounds = await Promise.all(
      ids.map((id) =>
        Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            changeAtVersion<{ status: string }>(Doc(), id, 0, {
              set: { status: `CLOSED-${i}` },
              push: { log: `closed by ${i}` },
            }),
          ),
        ),
      ),
    );
    for (const [index, results] of rounds.entries()) {
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      const stored = await Doc().findById(ids[index]).lean();
      expect(stored!.version).toBe(1);
      expect(stored!.status).toBe(winners[0]!.status);
      expect(stored!.log).toHaveLength(1);
    }
  });

  it('sets dotted paths and leaves no claim', async () => {
    await Doc().create({
      _id: 'dotted',
      status: 'OPEN',
      meta: { state: 'A' },
      version: 4,
      log: [],
    });
    const updated = await changeAtVersion<{
      meta: { state: string };
      version: number;
    }>(Doc(), 'dotted', 4, { set: { 'meta.state': 'B' } });
    expect(updated!.meta.state).toBe('B');
    expect(updated!.version).toBe(5);
    expect(await claims().countDocuments({ _id: 'docs:dotted:4' })).toBe(0);
  });

  it('returns null for a stale version', async () => {
    await Doc().create({ _id: 'stale', status: 'OPEN', version: 3, log: [] });
    expect(
      await changeAtVersion(Doc(), 'stale', 2, { set: { status: 'X' } }),
    ).toBeNull();
    const stored = await Doc().findById('stale').lean();
    expect(stored!.status).toBe('OPEN');
    expect(stored!.version).toBe(3);
    expect(await claims().countDocuments({ _id: 'docs:stale:2' })).toBe(0);
  });

  it('releases the claim when the write throws', async () => {
    await Doc().create({ _id: 'throws', status: 'OPEN', version: 0, log: [] });
    // $push onto a string field fails on both databases.
    await expect(
      changeAtVersion(Doc(), 'throws', 0, { set: {}, push: { status: 'x' } }),
    ).rejects.toThrow();
    expect(await claims().countDocuments({ _id: 'docs:throws:0' })).toBe(0);
    expect(
      (await changeAtVersion<{ status: string }>(Doc(), 'throws', 0, {
        set: { status: 'DONE' },
      }))!.status,
    ).toBe('DONE');
  });

  it('finishes an abandoned claim', async () => {
    await Doc().create({
      _id: 'abandoned',
      status: 'OPEN',
      meta: { state: 'A' },
      version: 0,
      log: [],
    });
    await abandonClaim(
      'abandoned',
      0,
      { status: 'DONE', 'meta.state': 'B' },
      60_000,
    );
    expect(
      await changeAtVersion(Doc(), 'abandoned', 0, {
        set: { status: 'OTHER' },
      }),
    ).toBeNull();
    const stored = await Doc().findById('abandoned').lean();
    expect(stored!.status).toBe('DONE');
    expect(stored!.meta!.state).toBe('B');
    expect(stored!.log).toEqual(['abandoned writer']);
    expect(stored!.version).toBe(1);
    expect(await claims().countDocuments({ _id: 'docs:abandoned:0' })).toBe(0);
    expect(
      (await changeAtVersion<{ status: string }>(Doc(), 'abandoned', 1, {
        set: { status: 'NEXT' },
      }))!.status,
    ).toBe('NEXT');
  });

  it('waits out the grace period of a fresh claim', async () => {
    await Doc().create({ _id: 'fresh', status: 'OPEN', version: 0, log: [] });
    await abandonClaim('fresh', 0, { status: 'DONE' }, 0);
    expect(
      await changeAtVersion(Doc(), 'fresh', 0, { set: { status: 'OTHER' } }),
    ).toBeNull();
    expect((await Doc().findById('fresh').lean())!.status).toBe('OPEN');
    expect(await claims().countDocuments({ _id: 'docs:fresh:0' })).toBe(1);
    expect(await finishAbandonedClaim(Doc(), 'fresh', 0, { graceMs: 0 })).toBe(
      true,
    );
    expect((await Doc().findById('fresh').lean())!.status).toBe('DONE');
  });

  it('drops an abandoned claim the document has passed', async () => {
    await Doc().create({ _id: 'passed', status: 'LATER', version: 2, log: [] });
    await abandonClaim('passed', 1, { status: 'DONE' }, 60_000);
    expect(await finishAbandonedClaim(Doc(), 'passed', 1)).toBe(false);
    const stored = await Doc().findById('passed').lean();
    expect(stored!.status).toBe('LATER');
    expect(stored!.version).toBe(2);
    expect(await claims().countDocuments({ _id: 'docs:passed:1' })).toBe(0);
  });
});
