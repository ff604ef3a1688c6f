import { Writable } from 'node:stream';
import { pino } from 'pino';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@ykb/common';
import type { GatewayAuditLog } from '../src/auditLog.js';
import {
  limitRejectionOf,
  limitRejectionRecorder,
  RepeatThrottle,
  type LimitRejection,
} from '../src/limitRejections.js';

/** Creates a pino logger writing into an array and an audit log keeping its events in memory. */
function recordingSinks() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const events: AuditEvent[] = [];
  const auditLog = {
    audit: { record: async (event: AuditEvent) => void events.push(event) },
  } as unknown as GatewayAuditLog;
  return { log: pino(stream), lines, events, auditLog };
}

const REJECTION: LimitRejection = {
  code: 'QUERY_TOO_COMPLEX',
  limitName: 'COST',
  limit: 6000,
  actual: 6502,
  userId: 'u-analyst',
  operationName: 'CaseStatistics',
  requestId: 'r-1',
};

describe('limit rejection recorder', () => {
  it('logs and audits one rejection', async () => {
    const { log, lines, events, auditLog } = recordingSinks();
    await limitRejectionRecorder(log, auditLog)(REJECTION);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'operation over a limit rejected',
      userId: 'u-analyst',
      limitName: 'COST',
      limit: 6000,
      actual: 6502,
      suppressed: 0,
    });
    expect(events).toEqual([
      {
        action: 'CaseStatistics',
        outcome: 'REFUSED',
        code: 'QUERY_TOO_COMPLEX',
        actorId: 'u-analyst',
        requestId: 'r-1',
        details: {
          limitName: 'COST',
          limit: 6000,
          actual: 6502,
          suppressed: 0,
        },
      },
    ]);
  });

  it('counts a flood instead of recording it', async () => {
    let now = 0;
    const { log, lines, events, auditLog } = recordingSinks();
    const record = limitRejectionRecorder(
      log,
      auditLog,
      new RepeatThrottle(3, 60_000, () => now),
    );
    for (let i = 0; i < 50; i++) await record(REJECTION);
    expect(lines).toHaveLength(3);
    expect(events).toHaveLength(3);

    // Another user and another limit of the same user have windows of their own.
    await record({ ...REJECTION, userId: 'u-other' });
    await record({ ...REJECTION, limitName: 'DEPTH' });
    expect(events).toHaveLength(5);

    now = 60_000;
    await record(REJECTION);
    expect(lines).toHaveLength(6);
    expect(lines[5]?.suppressed).toBe(47);
    expect(events[5]?.details?.suppressed).toBe(47);
  });

  it('logs without an audit database', async () => {
    const { log, lines } = recordingSinks();
    await limitRejectionRecorder(
      log,
      undefined,
    )({
      ...REJECTION,
      userId: undefined,
      clientAddress: '127.0.0.1',
    });
    expect(lines[0]?.clientAddress).toBe('127.0.0.1');
  });

  it('sends the rejection when the audit write fails', async () => {
    const { log, lines } = recordingSinks();
    const failing = {
      audit: {
        record: async () => {
          throw new Error('audit database unreachable');
        },
      },
    } as unknown as GatewayAuditLog;
    await expect(
      limitRejectionRecorder(log, failing)(REJECTION),
    ).resolves.toBeUndefined();
    expect(lines).toHaveLength(1);
  });
});

describe('limit rejection of an error', () => {
  it('reads the limit from the extensions', () => {
    const error = new GraphQLError('over', {
      extensions: {
        code: 'REQUEST_RATE_LIMITED',
        limitName: 'COST_PER_MINUTE',
        limit: 20000,
        actual: 21020,
      },
    });
    expect(limitRejectionOf(error, { userId: 'u-1' })).toEqual({
      code: 'REQUEST_RATE_LIMITED',
      limitName: 'COST_PER_MINUTE',
      limit: 20000,
      actual: 21020,
      userId: 'u-1',
    });
  });

  it('ignores errors of other codes', () => {
    const error = new GraphQLError('no', {
      extensions: { code: 'FORBIDDEN' },
    });
    expect(limitRejectionOf(error, {})).toBeUndefined();
  });
});
