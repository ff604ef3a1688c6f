import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, createLogger, ensureIndexes } from '@ykb/common';
import { isolateDatabase } from '../../../tests/support/harness.js';
import { CATALOGUE } from '../src/catalogue.js';
import { ExchangeRunner } from '../src/exchange.js';
import { registerModels, type DataModels } from '../src/model.js';

// The scheduled run against the real database: inbox imports happen once
// per file content, exports once per period, and a scheduled job stopped
// mid-way is resumed by the next run.

let connection: Connection;
let models: DataModels;
let dataDir: string;
let clock = new Date('2026-03-02T01:00:00Z');
let stopAt: number | null = null;
let runner: ExchangeRunner;

beforeAll(async () => {
  isolateDatabase();
  connection = await connectDatabase('data');
  models = registerModels(connection);
  await ensureIndexes(connection);
  dataDir = mkdtempSync(join(tmpdir(), 'ykb-data-'));
  runner = new ExchangeRunner(models, {
    now: () => clock,
    dataDir,
    log: createLogger('data'),
    batchSize: 2,
    afterCheckpoint: (_job, batch) => {
      if (batch === stopAt) {
        stopAt = null;
        throw new Error(`stopped after batch ${batch}`);
      }
    },
  });
});

afterAll(async () => {
  await connection?.close();
});

function agencyLine(i: number): string {
  return JSON.stringify({
    key: `91500103MA5U1${String(i).padStart(5, '0')}`,
    divisionCode: '500103',
    values: { name: `示例机构${i}`, creditLevel: 'B' },
  });
}

describe('exchange schedule', () => {
  it('imports an inbox file once per content', async () => {
    const inbox = join(dataDir, 'exchange', 'inbox');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(
      join(inbox, 'intermediaries.agencies--march.jsonl'),
      [1, 2, 3, 4, 5].map(agencyLine).join('\n'),
    );
    stopAt = 1;
    await runner.runSchedule();
    const imports = await models.Job.find({ direction: 'IMPORT' }).lean();
    expect(imports).toHaveLength(1);
    expect(imports[0]!.status).toBe('FAILED');

    await runner.runSchedule();
    const after = await models.Job.find({ direction: 'IMPORT' }).lean();
    expect(after).toHaveLength(1);
    expect(after[0]!.status).toBe('DONE');
    expect(
      await models.Row.countDocuments({ datasetId: 'intermediaries.agencies' }),
    ).toBe(5);
  });

  it('exports each dataset once per period', async () => {
    const before = await models.Job.countDocuments({ direction: 'EXPORT' });
    expect(before).toBe(CATALOGUE.length);
    await runner.runSchedule();
    expect(await models.Job.countDocuments({ direction: 'EXPORT' })).toBe(
      before,
    );
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    await runner.runSchedule();
    const realtime = CATALOGUE.filter((e) => e.updateFrequency === 'REALTIME');
    expect(await models.Job.countDocuments({ direction: 'EXPORT' })).toBe(
      before + realtime.length,
    );
    const files = readdirSync(join(dataDir, 'exchange', 'outbox')).filter(
      (name) => name.endsWith('.jsonl'),
    );
    expect(files).toHaveLength(before + realtime.length);
  });
});
