import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Schema, type Connection } from 'mongoose';
import { changeAtVersion, connectDatabase, finishAbandonedClaim, suggestNextNumber } from '../src/index.js';
import { isolateDatabase } from '../../../tests/support/harness.js';

let connection: Connection;
const Doc = () => connection.model('Doc', new Schema({ _id: String, status: String, version: Number, log: [String] }), 'docs');

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
    await Doc().create({ _id: 'race', status: 'OPEN', version: 0, log: [] });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => changeAtVersion(connection, Doc(), 'race', 0, { set: { status: `CLOSED-${i}` }, push: { log: `closed by ${i}` } })),
    );
    const winners = results.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    const stored = await Doc().findById('race').lean();
    expect(stored!.version).toBe(1);
    expect(stored!.log).toHaveLength(1);
  });

  it('returns null for a stale version', async () => {
    await Doc().create({ _id: 'stale', status: 'OPEN', version: 3, log: [] });
    expect(await changeAtVersion(connection, Doc(), 'stale', 2, { set: { status: 'X' } })).toBeNull();
    expect((await Doc().findById('stale').lean())!.status).toBe('OPEN');
  });

  it('finishes a claim whose update never ran', async () => {
    await Doc().create({ _id: 'abandoned', status: 'OPEN', version: 0, log: [] });
    await connection.db!.collection('version_claims').insertOne({ _id: 'docs:abandoned:0' as never, change: { set: { status: 'DONE' } }, at: new Date(Date.now() - 60000) });
    expect(await changeAtVersion(connection, Doc(), 'abandoned', 0, { set: { status: 'OTHER' } })).toBeNull();
    const stored = await Doc().findById('abandoned').lean();
    expect(stored!.status).toBe('DONE');
    expect(stored!.version).toBe(1);
    expect(await finishAbandonedClaim(connection, Doc(), 'abandoned', 0)).toBe(false);
  });
});

describe('suggestNextNumber', () => {
  it('counts up and skips past a collided number', async () => {
    expect(await suggestNextNumber(connection, 'seq')).toBe(1);
    expect(await suggestNextNumber(connection, 'seq')).toBe(2);
    expect(await suggestNextNumber(connection, 'seq', 7)).toBe(8);
    expect(await suggestNextNumber(connection, 'seq')).toBe(9);
  });
});
