import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthenticator,
  createTokenVerifier,
  Role,
  serviceToken,
  SessionChecker,
  sessionCacheMs,
} from '@ykb/common';
import { testToken } from '../../tests/support/harness.js';
import { startGateway, type RunningGateway } from '../src/server.js';

/**
 * A stand-in identity subgraph over real HTTP. It resolves `activeSessions`
 * from `openSessions` and records every call, records the Authorization
 * header the gateway forwards with `me`, and fails with HTTP 502 while
 * `down` is set.
 */
const fake = {
  openSessions: new Set<string>(),
  sessionCalls: [] as string[][],
  forwardedAuthorization: [] as (string | undefined)[],
  down: false,
};
let fakeServer: Server;
let fakeUrl: string;

beforeAll(async () => {
  fakeServer = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (fake.down) {
        res
          .writeHead(502, { 'content-type': 'text/html' })
          .end('<html>Bad gateway</html>');
        return;
      }
      const { query, variables } = JSON.parse(body) as {
        query: string;
        variables?: { ids?: string[] };
      };
      res.setHeader('content-type', 'application/json');
      if (query.includes('activeSessions')) {
        const ids = variables?.ids ?? [];
        fake.sessionCalls.push(ids);
        res.end(
          JSON.stringify({
            data: {
              activeSessions: ids.filter((id) => fake.openSessions.has(id)),
            },
          }),
        );
        return;
      }
      const authorization = req.headers.authorization;
      fake.forwardedAuthorization.push(authorization);
      res.end(
        JSON.stringify({
          data: { me: authorization ? { id: 'u-demo-citizen-1' } : null },
        }),
      );
    });
  });
  await new Promise<void>((resolve) =>
    fakeServer.listen(0, '127.0.0.1', resolve),
  );
  const address = fakeServer.address();
  fakeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => fakeServer.close(() => resolve()));
});

afterEach(() => {
  fake.openSessions.clear();
  fake.sessionCalls = [];
  fake.forwardedAuthorization = [];
  fake.down = false;
});

const silent = pino({ enabled: false });
const inOneHour = () => Date.now() + 3600_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function checker(activeTtlMs: number, maxEntries?: number) {
  return new SessionChecker({
    identityUrl: fakeUrl,
    activeTtlMs,
    log: silent,
    maxEntries,
  });
}

function openSession(): string {
  const id = randomUUID();
  fake.openSessions.add(id);
  return id;
}

describe('SessionChecker', () => {
  it('caches an open session for the TTL', async () => {
    const sessions = checker(200);
    const id = openSession();
    expect(await sessions.isActive(id, inOneHour())).toBe(true);
    fake.openSessions.delete(id);
    expect(await sessions.isActive(id, inOneHour())).toBe(true);
    expect(fake.sessionCalls).toHaveLength(1);

    await sleep(250);
    expect(await sessions.isActive(id, inOneHour())).toBe(false);
    expect(fake.sessionCalls).toHaveLength(2);
  });

  it('asks on every request with a TTL of 0', async () => {
    const sessions = checker(0);
    const id = openSession();
    expect(await sessions.isActive(id, inOneHour())).toBe(true);
    expect(await sessions.isActive(id, inOneHour())).toBe(true);
    expect(fake.sessionCalls).toHaveLength(2);
  });

  it('never caches an open session past its token expiry', async () => {
    const sessions = checker(15_000);
    const id = openSession();
    expect(await sessions.isActive(id, Date.now() + 100)).toBe(true);
    await sleep(150);
    fake.openSessions.delete(id);
    expect(await sessions.isActive(id, inOneHour())).toBe(false);
    expect(fake.sessionCalls).toHaveLength(2);
  });

  it('caches a closed session until its token expires', async () => {
    const sessions = checker(0);
    const id = randomUUID();
    expect(await sessions.isActive(id, Date.now() + 300)).toBe(false);
    fake.openSessions.add(id);
    expect(await sessions.isActive(id, Date.now() + 300)).toBe(false);
    expect(fake.sessionCalls).toHaveLength(1);

    await sleep(350);
    expect(await sessions.isActive(id, inOneHour())).toBe(true);
    expect(fake.sessionCalls).toHaveLength(2);
  });

  it('batches and deduplicates concurrent checks', async () => {
    const sessions = checker(15_000);
    const open = openSession();
    const closed = randomUUID();
    const results = await Promise.all([
      sessions.isActive(open, inOneHour()),
      sessions.isActive(closed, inOneHour()),
      sessions.isActive(open, inOneHour()),
      sessions.isActive(closed, inOneHour()),
    ]);
    expect(results).toEqual([true, false, true, false]);
    expect(fake.sessionCalls).toEqual([[open, closed]]);
  });

  it('splits more than 100 sessions into several queries', async () => {
    const sessions = checker(15_000);
    const ids = Array.from({ length: 150 }, () => openSession());
    const results = await Promise.all(
      ids.map((id) => sessions.isActive(id, inOneHour())),
    );
    expect(results.every(Boolean)).toBe(true);
    // The two queries run concurrently and may reach the fake identity in either order.
    const sizes = fake.sessionCalls.map((call) => call.length);
    expect(sizes.sort((a, b) => b - a)).toEqual([100, 50]);
  });

  it('rejects with UPSTREAM_FAILED while identity is down and caches nothing', async () => {
    const sessions = checker(15_000);
    const id = openSession();
    fake.down = true;
    const failures = await Promise.allSettled([
      sessions.isActive(id, inOneHour()),
      sessions.isActive(id, inOneHour()),
    ]);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      expect((failure as PromiseRejectedResult).reason.extensions.code).toBe(
        'UPSTREAM_FAILED',
      );
    }
    expect(sessions.size).toBe(0);

    fake.down = false;
    expect(await sessions.isActive(id, inOneHour())).toBe(true);
    expect(fake.sessionCalls).toHaveLength(1);
  });

  it('keeps at most maxEntries sessions', async () => {
    const sessions = checker(15_000, 3);
    for (let i = 0; i < 5; i++)
      await sessions.isActive(openSession(), inOneHour());
    expect(sessions.size).toBe(3);
  });
});

describe('createAuthenticator with the session checker', () => {
  const citizen = async (sessionId: string) =>
    `Bearer ${await testToken({ userId: 'u-demo-citizen-1', name: '张三', roles: [Role.Citizen], sessionId })}`;
  const authenticator = () => {
    const sessions = checker(15_000);
    return createAuthenticator(createTokenVerifier(), (viewer, expiresAt) =>
      sessions.isActive(viewer.sessionId, expiresAt),
    );
  };
  const reasonOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (error: { extensions: { code: string; reason?: string } }) =>
        `${error.extensions.code} ${error.extensions.reason}`,
    );

  it('returns the viewer of an open session', async () => {
    const sessionId = openSession();
    const viewer = await authenticator().authenticate(await citizen(sessionId));
    expect(viewer).toMatchObject({ userId: 'u-demo-citizen-1', sessionId });
  });

  it('refuses the token of a closed session with SESSION_REVOKED', async () => {
    expect(
      await reasonOf(authenticator().authenticate(await citizen(randomUUID()))),
    ).toBe('UNAUTHENTICATED SESSION_REVOKED');
  });

  it('refuses a forged token and a non-bearer header without asking identity', async () => {
    const header = await citizen(openSession());
    const forged = `${header.slice(0, -4)}AAAA`;
    expect(await reasonOf(authenticator().authenticate(forged))).toBe(
      'UNAUTHENTICATED TOKEN_INVALID',
    );
    expect(
      await reasonOf(authenticator().authenticate('Basic dXNlcjpwYXNz')),
    ).toBe('UNAUTHENTICATED TOKEN_INVALID');
    expect(fake.sessionCalls).toEqual([]);
  });

  it('returns undefined without a header', async () => {
    expect(await authenticator().authenticate(undefined)).toBeUndefined();
  });
});

describe('sessionCacheMs', () => {
  const saved = process.env.YKB_SESSION_CACHE_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.YKB_SESSION_CACHE_MS;
    else process.env.YKB_SESSION_CACHE_MS = saved;
  });

  it('defaults to 15 seconds', () => {
    delete process.env.YKB_SESSION_CACHE_MS;
    expect(sessionCacheMs()).toBe(15_000);
  });

  it('reads a value from 0 to 15000', () => {
    process.env.YKB_SESSION_CACHE_MS = '0';
    expect(sessionCacheMs()).toBe(0);
    process.env.YKB_SESSION_CACHE_MS = '250';
    expect(sessionCacheMs()).toBe(250);
  });

  it('rejects values outside 0 to 15000', () => {
    for (const raw of ['15001', '-1', '1.5', 'soon']) {
      process.env.YKB_SESSION_CACHE_MS = raw;
      expect(() => sessionCacheMs(), raw).toThrow(
        /YKB_SESSION_CACHE_MS must be an integer/,
      );
    }
  });
});

describe('gateway session check', () => {
  let gateway: RunningGateway;
  const testIssuerSessions = process.env.YKB_SESSION_CHECK_URL;

  beforeAll(async () => {
    process.env.YKB_IDENTITY_URL = fakeUrl;
    process.env.YKB_SESSION_CHECK_URL = fakeUrl;
    process.env.YKB_SESSION_CACHE_MS = '0';
    gateway = await startGateway(0);
  });

  afterAll(async () => {
    process.env.YKB_SESSION_CHECK_URL = testIssuerSessions;
    await gateway?.close();
  });

  async function me(token?: string) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: { me: { id: string } | null };
        errors?: {
          message: string;
          extensions?: { code?: string; reason?: string };
        }[];
      },
    };
  }

  const tokenOf = (sessionId: string) =>
    testToken({
      userId: 'u-demo-citizen-1',
      name: '张三',
      roles: [Role.Citizen],
      sessionId,
    });

  it('forwards the token of an open session', async () => {
    const token = await tokenOf(openSession());
    const { body } = await me(token);
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toEqual({ id: 'u-demo-citizen-1' });
    expect(fake.forwardedAuthorization).toEqual([`Bearer ${token}`]);
  });

  it('refuses a signed-out session with UNAUTHENTICATED and calls no subgraph', async () => {
    const { status, body } = await me(await tokenOf(randomUUID()));
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
    expect(body.data).toBeUndefined();
    expect(fake.forwardedAuthorization).toEqual([]);
  });

  it('fails closed with UPSTREAM_FAILED while identity is down', async () => {
    fake.down = true;
    const { status, body } = await me(await tokenOf(openSession()));
    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/session could not be checked/);
    expect(body.data).toBeUndefined();
    expect(fake.forwardedAuthorization).toEqual([]);
  });

  it('refuses expired, unsigned and SYSTEM tokens with 401 and calls no subgraph', async () => {
    const sessionId = openSession();
    const expired = await testToken(
      {
        userId: 'u-demo-citizen-1',
        name: '张三',
        roles: [Role.Citizen],
        sessionId,
      },
      { now: Date.now() - 3600_000 },
    );
    const valid = await tokenOf(sessionId);
    const [, claims] = valid.split('.');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${claims}.`;
    const cases: [string, string][] = [
      [expired, 'TOKEN_EXPIRED'],
      [unsigned, 'TOKEN_INVALID'],
      [await serviceToken('cases'), 'TOKEN_INVALID'],
    ];
    for (const [token, reason] of cases) {
      const { status, body } = await me(token);
      expect(status, reason).toBe(401);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason,
      });
    }
    expect(fake.forwardedAuthorization).toEqual([]);
    expect(fake.sessionCalls).toEqual([]);
  });

  it('serves anonymous requests without a session check', async () => {
    const { body } = await me();
    expect(body.errors).toBeUndefined();
    expect(body.data?.me).toBeNull();
    expect(fake.sessionCalls).toEqual([]);
  });
});
