import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  Role,
  serviceToken,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  verifyIssuedToken,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

const ACTIVE_SESSIONS = 'query($ids: [ID!]!) { activeSessions(ids: $ids) }';

async function signInSession(
  account: string,
): Promise<{ token: string; sessionId: string }> {
  const result = await graphql(
    subgraph.url,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: DEMO_PASSWORD },
  );
  expect(result.errors).toBeUndefined();
  const token = result.data!.signIn.token as string;
  return {
    token,
    sessionId: (await verifyIssuedToken(subgraph.url, token)).sessionId,
  };
}

describe('activeSessions', () => {
  it('returns open sessions only, in the order given', async () => {
    const first = await signInSession('13800138000');
    const second = await signInSession('13800138000');
    const signedOut = await signInSession('13900139000');
    expect(
      (await graphql(subgraph.url, 'mutation { signOut }', {}, signedOut.token))
        .errors,
    ).toBeUndefined();

    const expired = randomUUID();
    const past = new Date(Date.now() - 1000);
    await subgraph.connection.model('Session').create({
      _id: expired,
      userId: 'u-demo-citizen-1',
      createdAt: past,
      expiresAt: past,
    });

    const unknown = randomUUID();
    const ids = [
      second.sessionId,
      signedOut.sessionId,
      unknown,
      expired,
      first.sessionId,
      second.sessionId,
    ];
    const result = await graphql(
      subgraph.url,
      ACTIVE_SESSIONS,
      { ids },
      serviceToken('gateway'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.activeSessions).toEqual([
      second.sessionId,
      first.sessionId,
    ]);
  });

  it('rejects a citizen with FORBIDDEN', async () => {
    const { token, sessionId } = await signInSession('13800138000');
    const result = await graphql(
      subgraph.url,
      ACTIVE_SESSIONS,
      { ids: [sessionId] },
      token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.activeSessions).toBeUndefined();
  });

  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await graphql(subgraph.url, ACTIVE_SESSIONS, {
      ids: [randomUUID()],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects more than 100 ids with BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, () => randomUUID());
    const result = await graphql(
      subgraph.url,
      ACTIVE_SESSIONS,
      { ids },
      viewerOf([Role.System]),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('ids');
  });

  it('returns an empty list for no ids', async () => {
    const result = await graphql(
      subgraph.url,
      ACTIVE_SESSIONS,
      { ids: [] },
      serviceToken('gateway'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.activeSessions).toEqual([]);
  });
});
