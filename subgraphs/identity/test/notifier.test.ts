import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, createLogger } from '@ykb/common';
import { isolateDatabase } from '../../../tests/support/harness.js';
import {
  createSandboxNotifier,
  defaultOutboxFile,
  NotifierError,
  registerModels,
  renderSmsText,
  type IdentityModels,
  type Notifier,
} from '../src/index.js';
import { outboxFileLines, TestClock } from './accountSupport.js';

let connection: Connection;
let models: IdentityModels;
let folder: string;

beforeAll(async () => {
  isolateDatabase();
  connection = await connectDatabase('identity');
  models = registerModels(connection);
  await models.SmsOutbox.createCollection();
  folder = mkdtempSync(join(tmpdir(), 'ykb-notifier-'));
});

afterAll(async () => {
  await connection?.close();
  await mongoose.disconnect();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const log = createLogger('identity');

function sandbox(
  file: string,
  options: { hourlyLimitPerNumber?: number; clock?: TestClock } = {},
): Notifier {
  return createSandboxNotifier({
    models,
    log,
    outboxFile: file,
    hourlyLimitPerNumber: options.hourlyLimitPerNumber,
    now: options.clock?.now,
  });
}

async function failure(promise: Promise<unknown>): Promise<NotifierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NotifierError) return error;
    throw error;
  }
  throw new Error('The send was expected to fail.');
}

describe('sandbox notifier', () => {
  it('stores the message and appends it to the outbox file', async () => {
    const file = join(folder, 'nested', 'sms.jsonl');
    const notifier = sandbox(file);
    const { messageId } = await notifier.send({
      mobile: '13912345678',
      templateId: 'PASSWORD_RESET',
      params: { account: 'a.b', code: '012345', minutes: '10' },
    });
    const stored = await models.SmsOutbox.findById(messageId).lean<{
      text: string;
      params: Record<string, string>;
    }>();
    expect(stored?.text).toBe(
      renderSmsText('PASSWORD_RESET', {
        account: 'a.b',
        code: '012345',
        minutes: '10',
      }),
    );
    expect(stored?.text).toContain('012345');
    const lines = outboxFileLines(file);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      _id: messageId,
      mobile: '13912345678',
      templateId: 'PASSWORD_RESET',
    });
  });

  it('rejects numbers of the wrong shape', async () => {
    const file = join(folder, 'shape.jsonl');
    const notifier = sandbox(file);
    for (const mobile of [
      '12912345678',
      '1391234567',
      '+8613912345678',
      '１３９１２３４５６７８',
    ]) {
      const error = await failure(
        notifier.send({ mobile, templateId: 'PASSWORD_RESET', params: {} }),
      );
      expect(error.reason, mobile).toBe('INVALID_NUMBER');
    }
    expect(outboxFileLines(file)).toEqual([]);
  });

  it('fails for numbers ending 0000 and stores nothing', async () => {
    const file = join(folder, 'failing.jsonl');
    const error = await failure(
      sandbox(file).send({
        mobile: '13712340000',
        templateId: 'PASSWORD_RESET',
        params: {},
      }),
    );
    expect(error.reason).toBe('PROVIDER_FAILURE');
    expect(
      await models.SmsOutbox.countDocuments({ mobile: '13712340000' }),
    ).toBe(0);
    expect(outboxFileLines(file)).toEqual([]);
  });

  it('rejects messages over the hourly limit of a number', async () => {
    const clock = new TestClock();
    const notifier = sandbox(join(folder, 'limit.jsonl'), {
      hourlyLimitPerNumber: 2,
      clock,
    });
    const message = {
      mobile: '13722223333',
      templateId: 'PASSWORD_RESET' as const,
      params: {},
    };
    await notifier.send(message);
    await notifier.send(message);
    const error = await failure(notifier.send(message));
    expect(error.reason).toBe('PROVIDER_RATE_LIMITED');
    clock.advance(3600 * 1000 + 1);
    await expect(notifier.send(message)).resolves.toHaveProperty('messageId');
  });

  it('keeps the outbox query out of the public schema', () => {
    const publicSchema = readFileSync(
      new URL('../../../gateway/schema.graphql', import.meta.url),
      'utf8',
    );
    expect(publicSchema).not.toContain('smsOutbox');
    expect(publicSchema).not.toContain('SmsMessage');
    expect(publicSchema).toContain('requestPasswordReset');
  });

  it('puts the default outbox under the data folder', () => {
    expect(defaultOutboxFile('/srv/ykb')).toBe('/srv/ykb/outbox/sms.jsonl');
  });
});
