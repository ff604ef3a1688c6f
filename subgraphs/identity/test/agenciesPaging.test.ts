import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  demoUserId,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../src/index.js';

// myAgencies lists the legal persons that grant an agent active grants, by
// legal person id. Grants and legal persons are inserted straight into the
// database: twelve legal persons with active grants, one of them with two,
// and two more whose only grant is revoked or expired.

const FIRST = 5;
const LEGAL_PERSONS = 12;
const ZHANG = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
const agent: Viewer = {
  userId: demoUserId(ZHANG.account),
  name: ZHANG.name,
  roles: ['CITIZEN'],
  divisionCode: ZHANG.divisionCode,
  sessionId: 'test-agencies-paging',
};

let subgraph: RunningSubgraph;

/** Legal person ids inserted in an order unlike their sorted order. */
const ids = Array.from(
  { length: LEGAL_PERSONS },
  (_, i) => `paging-lp-${String((i * 7) % LEGAL_PERSONS).padStart(2, '0')}`,
);

function grant(id: string, legalPersonId: string, validUntil: Date) {
  return {
    _id: id,
    legalPersonId,
    agentUserId: agent.userId,
    itemCodes: ['paging-item'],
    validUntil,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    createdBy: legalPersonId,
    idempotencyKey: `key-${id}`,
  };
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
  const db = subgraph.connection.db!;
  const future = new Date(Date.now() + 365 * 86_400_000);
  await db.collection('users').insertMany(
    [...ids, 'paging-lp-revoked', 'paging-lp-expired'].map((id) => ({
      _id: id,
      kind: 'LEGAL_PERSON',
      name: `分页测试企业${id}`,
      roles: ['LEGAL_PERSON'],
    })) as never[],
  );
  await db
    .collection('agent_grants')
    .insertMany([
      ...ids.map((id) => grant(`grant-${id}`, id, future)),
      grant(`grant-${ids[3]}-second`, ids[3]!, future),
      grant('grant-revoked', 'paging-lp-revoked', future),
      grant('grant-expired', 'paging-lp-expired', new Date(Date.now() - 1000)),
    ] as never[]);
  await db.collection('grant_revocations').insertOne({
    _id: 'grant-revoked',
    legalPersonId: 'paging-lp-revoked',
    revokedAt: new Date(),
    revokedBy: 'paging-lp-revoked',
    reason: '分页测试',
  } as never);
});

afterAll(async () => {
  await subgraph?.close();
});

describe('myAgencies pages', () => {
  it('returns each legal person once in order', async () => {
    const rows: { legalPerson: { id: string }; grants: { id: string }[] }[] =
      [];
    for (let offset = 0; ; offset += FIRST) {
      const result = await graphql(
        subgraph.url,
        `
          query ($first: Int, $offset: Int) {
            myAgencies(first: $first, offset: $offset) {
              legalPerson {
                id
              }
              grants {
                id
              }
            }
          }
        `,
        { first: FIRST, offset },
        agent,
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.myAgencies as typeof rows;
      expect(page.length).toBeLessThanOrEqual(FIRST);
      rows.push(...page);
      if (page.length < FIRST) break;
    }

    expect(rows.map((row) => row.legalPerson.id)).toEqual([...ids].sort());
    expect(
      rows.find((row) => row.legalPerson.id === ids[3])?.grants,
    ).toHaveLength(2);
  });
});
