import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Schema, type Connection } from 'mongoose';
import {
  connectDatabase,
  ensureIndexes,
  insertWithNextNumber,
  SEQUENCE_COUNTERS,
  suggestNextNumber,
} from '../src/index.js';
import { isolateDatabase } from '../../../tests/support/harness.js';

let connection: Connection;
const ticketSchema = new Schema({
  _id: String,
  queue: String,
  number: Number,
  key: String,
});
ticketSchema.index({ queue: 1, number: 1 }, { unique: true });
ticketSchema.index({ key: 1 }, { unique: true });
const Ticket = () =>
  connection.model('NumberedTicket', ticketSchema, 'numbered_tickets');

type TicketRecord = { _id: string; queue: string; number: number; key: string };

function insertTicket(queue: string, key: string) {
  return async (number: number): Promise<TicketRecord> => {
    const ticket = {
      _id: `${queue}-${key}`,
      queue,
      number,
      key: `${queue}-${key}`,
    };
    await Ticket().create(ticket);
    return ticket;
  };
}

async function highestTicket(queue: string): Promise<number> {
  const last = await Ticket()
    .findOne({ queue })
    .sort({ number: -1 })
    .lean<TicketRecord>();
  return last?.number ?? 0;
}

async function counterValue(sequence: string): Promise<number | undefined> {
  const counter = await connection
    .db!.collection<{ _id: string; value: number }>(SEQUENCE_COUNTERS)
    .findOne({ _id: sequence });
  return counter?.value;
}

async function preInsert(queue: string, count: number): Promise<void> {
  for (let number = 1; number <= count; number++)
    await Ticket().create({
      _id: `${queue}-pre-${number}`,
      queue,
      number,
      key: `${queue}-pre-${number}`,
    });
}

beforeAll(async () => {
  isolateDatabase();
  connection = await connectDatabase('sequence');
  Ticket();
  await ensureIndexes(connection);
});

afterAll(async () => {
  await connection?.close();
});

describe('suggestNextNumber', () => {
  it('counts up and skips past a collided number', async () => {
    expect(await suggestNextNumber(connection, 'seq')).toBe(1);
    expect(await suggestNextNumber(connection, 'seq')).toBe(2);
    expect(await suggestNextNumber(connection, 'seq', 7)).toBe(8);
    expect(await suggestNextNumber(connection, 'seq')).toBe(9);
  });
});

describe('insertWithNextNumber', () => {
  it('numbers twenty concurrent inserts 1 to 20', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        insertWithNextNumber(connection, {
          sequence: 'race',
          insert: insertTicket('race', `k${i}`),
          highestTaken: () => highestTicket('race'),
        }),
      ),
    );
    const numbers = results.map((r) => r.record.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.every((r) => !r.replayed)).toBe(true);
    expect(await Ticket().countDocuments({ queue: 'race' })).toBe(20);
  });

  it('numbers concurrent inserts without highestTaken', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        insertWithNextNumber(connection, {
          sequence: 'plain',
          insert: insertTicket('plain', `k${i}`),
        }),
      ),
    );
    expect(new Set(results.map((r) => r.record.number)).size).toBe(10);
  });

  it('jumps past taken numbers after one collision', async () => {
    await preInsert('jump', 5);
    let inserts = 0;
    const insert = insertTicket('jump', 'new');
    const result = await insertWithNextNumber(connection, {
      sequence: 'jump',
      insert: (number) => {
        inserts++;
        return insert(number);
      },
      highestTaken: () => highestTicket('jump'),
    });
    expect(result.record.number).toBe(6);
    expect(inserts).toBe(2);
    expect(await counterValue('jump')).toBe(6);
  });

  it('steps past taken numbers one at a time', async () => {
    await preInsert('step', 3);
    const result = await insertWithNextNumber(connection, {
      sequence: 'step',
      insert: insertTicket('step', 'new'),
    });
    expect(result.record.number).toBe(4);
    expect(await counterValue('step')).toBe(4);
  });

  it('gives up with CONFLICT after maxAttempts', async () => {
    await preInsert('full', 5);
    const attempt = insertWithNextNumber(connection, {
      sequence: 'full',
      insert: insertTicket('full', 'new'),
      maxAttempts: 3,
      description: 'ticket of queue full',
    });
    await expect(attempt).rejects.toMatchObject({
      message:
        'No free ticket of queue full was found after 3 attempts; retry the request.',
      extensions: { code: 'CONFLICT', sequence: 'full' },
    });
    expect(await Ticket().countDocuments({ key: 'full-new' })).toBe(0);
  });

  it('rejects a number above maxNumber with INVALID_STATE', async () => {
    await preInsert('small', 2);
    const attempt = insertWithNextNumber(connection, {
      sequence: 'small',
      insert: insertTicket('small', 'new'),
      highestTaken: () => highestTicket('small'),
      maxNumber: 2,
    });
    await expect(attempt).rejects.toMatchObject({
      extensions: { code: 'INVALID_STATE', sequence: 'small' },
    });
    expect(await Ticket().countDocuments({ queue: 'small' })).toBe(2);
  });

  it('returns the record of a request that won the same key', async () => {
    const first = await insertWithNextNumber(connection, {
      sequence: 'replay',
      insert: insertTicket('replay', 'same'),
    });
    const findExisting = () =>
      Ticket().findOne({ key: 'replay-same' }, { __v: 0 }).lean<TicketRecord>();
    const second = await insertWithNextNumber(connection, {
      sequence: 'replay',
      insert: insertTicket('replay', 'same'),
      findExisting,
    });
    expect(second.replayed).toBe(true);
    expect(second.record).toEqual(first.record);
    expect(await Ticket().countDocuments({ queue: 'replay' })).toBe(1);
  });

  it('passes on errors other than duplicate keys', async () => {
    const failure = new Error('disk full');
    const attempt = insertWithNextNumber(connection, {
      sequence: 'broken',
      insert: () => Promise.reject(failure),
    });
    await expect(attempt).rejects.toBe(failure);
  });
});
