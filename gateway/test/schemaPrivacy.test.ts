/**
 * What callers learn from errors and introspection, at the gateway and at a
 * subgraph (identity) reached directly, under NODE_ENV=development and
 * NODE_ENV=production: no stack traces, file paths or driver messages for
 * anyone, and the schema only for callers who may introspect.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRecordModel,
  DEMO_PASSWORD,
  serviceToken,
  SUBGRAPHS,
  type RunningSubgraph,
} from '@ykb/common';
import { identitySubgraph } from '../../subgraphs/identity/src/index.js';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../tests/support/harness.js';
import { startGateway, type RunningGateway } from '../src/server.js';

const ENVIRONMENTS = ['development', 'production'] as const;

interface Servers {
  gateway: RunningGateway;
  identity: RunningSubgraph;
}

const servers = new Map<string, Servers>();
let closedPortUrl: string;

/** Returns the URL of a loopback port that nothing listens on. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

beforeAll(async () => {
  isolateDatabase();
  closedPortUrl = await closedPort();
  const previousEnv = process.env.NODE_ENV;
  const testIssuer = {
    jwks: process.env.YKB_JWKS_URL,
    sessions: process.env.YKB_SESSION_CHECK_URL,
  };
  for (const nodeEnv of ENVIRONMENTS) {
    process.env.NODE_ENV = nodeEnv;
    const identity = await startTestSubgraph(identitySubgraph);
    // Identity is real; every other subgraph is unreachable, which the gateway must report without details.
    for (const name of SUBGRAPHS)
      process.env[`YKB_${name.toUpperCase()}_URL`] =
        name === 'identity' ? identity.url : closedPortUrl;
    // The gateway verifies the tokens that this identity issues at signIn.
    process.env.YKB_JWKS_URL = identity.url.replace(
      /\/graphql$/,
      '/.well-known/jwks.json',
    );
    process.env.YKB_SESSION_CHECK_URL = identity.url;
    const gateway = await startGateway(0);
    process.env.YKB_JWKS_URL = testIssuer.jwks;
    process.env.YKB_SESSION_CHECK_URL = testIssuer.sessions;
    servers.set(nodeEnv, { gateway, identity });
  }
  process.env.NODE_ENV = previousEnv;
});

afterAll(async () => {
  for (const { gateway, identity } of servers.values()) {
    await gateway.close();
    await identity.close();
  }
  for (const name of SUBGRAPHS)
    delete process.env[`YKB_${name.toUpperCase()}_URL`];
});

/** Fails when a response body carries a stack trace, a file path or a driver message. */
function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/stacktrace/i);
  expect(body).not.toMatch(/\bat .+:\d+:\d+/);
  expect(body).not.toMatch(/node_modules|\/work\/|\.ts\b|\.js\b/);
  expect(body).not.toMatch(/ECONNREFUSED|Mongo|loader\.load|TypeError/);
}

async function post(
  url: string,
  body: string,
  contentType = 'application/json',
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, text: await response.text() };
}

function codeOf(text: string): unknown {
  return (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] })
    .errors?.[0]?.extensions?.code;
}

async function signInToken(url: string, account: string): Promise<string> {
  const result = await graphql(
    url,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: DEMO_PASSWORD },
  );
  return result.data!.signIn.token as string;
}

/** The gateway's and identity's GraphQL URLs of the servers started under `nodeEnv`. */
function endpointsOf(nodeEnv: string) {
  const { gateway, identity } = servers.get(nodeEnv)!;
  return [
    ['gateway', gateway.url],
    ['identity', identity.url],
  ] as const;
}

describe.each(ENVIRONMENTS)('client errors with NODE_ENV=%s', (nodeEnv) => {
  const endpoints = () => endpointsOf(nodeEnv);

  it('reports malformed JSON as BAD_REQUEST', async () => {
    for (const [name, url] of endpoints()) {
      const response = await post(url, '{"query": "{ __typename }"');
      expect(response.status, name).toBe(400);
      expect(codeOf(response.text), name).toBe('BAD_REQUEST');
      expectNoInternals(response.text);
    }
  });

  it('reports a wrong content type without internals', async () => {
    for (const [name, url] of endpoints()) {
      for (const type of ['text/plain', 'application/xml']) {
        const response = await post(url, '{"query":"{ __typename }"}', type);
        expect(response.status, `${name} ${type}`).toBe(415);
        expect(codeOf(response.text), `${name} ${type}`).toBe('BAD_REQUEST');
        expectNoInternals(response.text);
      }
    }
  });

  it('reports an oversize body as PAYLOAD_TOO_LARGE', async () => {
    const body = 'a'.repeat(16 * 1024 * 1024 + 1);
    for (const [name, url] of endpoints()) {
      const response = await post(url, body);
      expect(response.status, name).toBe(413);
      expect(codeOf(response.text), name).toBe('PAYLOAD_TOO_LARGE');
      expectNoInternals(response.text);
    }
  });

  it('reports an unknown persisted query hash', async () => {
    for (const [name, url] of endpoints()) {
      const extensions = JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) },
      });
      const response = await fetch(
        `${url}?extensions=${encodeURIComponent(extensions)}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      );
      const text = await response.text();
      expect(codeOf(text), name).toBe('PERSISTED_QUERY_NOT_FOUND');
      expectNoInternals(text);
    }
  });

  /** Posts one Department representation straight to the identity subgraph's `_entities`. */
  function departmentEntity(representation: Record<string, unknown>) {
    const { identity } = servers.get(nodeEnv)!;
    return post(
      identity.url,
      JSON.stringify({
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code } } }',
        variables: { r: [representation] },
      }),
    );
  }

  it('hides an unexpected resolver error in a subgraph', async () => {
    // A scalar field that is not the key passes the representation check, and
    // DataLoader then throws a TypeError inside the public Department resolver.
    const response = await departmentEntity({
      __typename: 'Department',
      name: '市场监管局',
    });
    expect(codeOf(response.text)).toBe('INTERNAL_SERVER_ERROR');
    expectNoInternals(response.text);
  });

  it('rejects keyless and object-keyed representations', async () => {
    for (const representation of [
      { __typename: 'Department' },
      { __typename: 'Department', code: { $ne: null } },
    ]) {
      const response = await departmentEntity(representation);
      expect(codeOf(response.text)).toBe('BAD_USER_INPUT');
      expectNoInternals(response.text);
    }
  });

  it('rejects a persisted query whose hash does not match', async () => {
    const { gateway } = servers.get(nodeEnv)!;
    for (const version of [1, 2]) {
      const response = await post(
        gateway.url,
        JSON.stringify({
          query: '{ __typename }',
          extensions: { persistedQuery: { version, sha256Hash: 'abc' } },
        }),
      );
      expect(codeOf(response.text), `version ${version}`).toBe('BAD_REQUEST');
      expectNoInternals(response.text);
    }
  });

  it('makes its own request id at the gateway', async () => {
    const { gateway } = servers.get(nodeEnv)!;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'chosen-by-caller',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId).not.toBe('chosen-by-caller');
  });

  it('answers oversized headers with a JSON error', async () => {
    const { gateway } = servers.get(nodeEnv)!;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${'a'.repeat(20_000)}`,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(431);
    expect(codeOf(await response.text())).toBe(
      'REQUEST_HEADER_FIELDS_TOO_LARGE',
    );
  });

  it('stops parsing a huge document at a subgraph', async () => {
    const { identity } = servers.get(nodeEnv)!;
    const nested = '['.repeat(15_000) + ']'.repeat(15_000);
    const response = await post(
      identity.url,
      JSON.stringify({
        query: `query($x: [String] = ${nested}) { __typename }`,
      }),
    );
    expect(codeOf(response.text)).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.text).not.toMatch(/call stack/i);
    expectNoInternals(response.text);
  });

  it('hides an unreachable subgraph at the gateway', async () => {
    const { gateway } = servers.get(nodeEnv)!;
    const response = await post(
      gateway.url,
      JSON.stringify({ query: '{ searchItems { id } }' }),
    );
    expect(JSON.parse(response.text).errors.length).toBeGreaterThan(0);
    expectNoInternals(response.text);
    expect(response.text).not.toContain(closedPortUrl);
  });
});

const SCHEMA_QUERY = '{ __schema { queryType { name } } }';

describe.each(ENVIRONMENTS)('introspection with NODE_ENV=%s', (nodeEnv) => {
  const endpoints = () => endpointsOf(nodeEnv);

  it('rejects introspection by anonymous callers', async () => {
    for (const [name, url] of endpoints()) {
      const raw = await post(url, JSON.stringify({ query: SCHEMA_QUERY }));
      expect(raw.status, name).toBe(403);
      expectNoInternals(raw.text);
      for (const query of [
        SCHEMA_QUERY,
        '{ __type(name: "Query") { name } }',
        'query { ...F } fragment F on Query { __schema { types { name } } }',
      ]) {
        const result = await graphql(url, query);
        expect(result.data ?? null, `${name} ${query}`).toBeNull();
        expect(result.errors?.[0]?.extensions?.code, `${name} ${query}`).toBe(
          'INTROSPECTION_DISABLED',
        );
      }
    }
  });

  it('rejects introspection by a citizen', async () => {
    for (const [name, url] of endpoints()) {
      const token = await signInToken(url, '13800138000');
      const result = await graphql(url, SCHEMA_QUERY, {}, token);
      expect(result.errors?.[0]?.extensions?.code, name).toBe(
        'INTROSPECTION_DISABLED',
      );
    }
  });

  it('allows introspection by analysts and administrators', async () => {
    for (const [name, url] of endpoints()) {
      for (const account of ['analyst.city', 'admin']) {
        const token = await signInToken(url, account);
        const result = await graphql(url, SCHEMA_QUERY, {}, token);
        expect(result.errors, `${name} ${account}`).toBeUndefined();
        expect(result.data!.__schema.queryType.name).toBe('Query');
      }
    }
  });

  it('allows __typename to everyone', async () => {
    for (const [name, url] of endpoints()) {
      const result = await graphql(url, '{ __typename }');
      expect(result.errors, name).toBeUndefined();
      expect(result.data!.__typename).toBe('Query');
    }
  });

  it('hides suggestions from anonymous callers only', async () => {
    for (const [name, url] of endpoints()) {
      const anonymous = await graphql(url, '{ divisionz { code } }');
      expect(anonymous.errors?.[0]?.extensions?.code, name).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
      expect(anonymous.errors?.[0]?.message, name).toBe(
        'Cannot query field "divisionz" on type "Query".',
      );
      const token = await signInToken(url, 'analyst.city');
      const analyst = await graphql(url, '{ divisionz { code } }', {}, token);
      expect(analyst.errors?.[0]?.message, name).toContain('Did you mean');
    }
  });

  it('opens introspection to all with YKB_PUBLIC_INTROSPECTION', async () => {
    process.env.YKB_PUBLIC_INTROSPECTION = 'true';
    try {
      for (const [name, url] of endpoints()) {
        const result = await graphql(url, SCHEMA_QUERY);
        expect(result.errors, name).toBeUndefined();
        expect(result.data!.__schema.queryType.name).toBe('Query');
      }
    } finally {
      delete process.env.YKB_PUBLIC_INTROSPECTION;
    }
  });

  it('serves a subgraph SDL to service calls only', async () => {
    const { identity } = servers.get(nodeEnv)!;
    const query = '{ _service { sdl } }';
    const anonymous = await graphql(identity.url, query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe(
      'INTROSPECTION_DISABLED',
    );
    const admin = await graphql(
      identity.url,
      query,
      {},
      await signInToken(identity.url, 'admin'),
    );
    expect(admin.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    const system = await graphql(identity.url, query, {}, serviceToken('test'));
    expect(system.errors).toBeUndefined();
    expect(system.data!._service.sdl).toContain('type Division');
  });
});

describe('refused introspection audit', () => {
  it('records refusals at the gateway and the subgraph', async () => {
    const { gateway, identity } = servers.get('production')!;
    await graphql(
      gateway.url,
      'query GatewayProbe { __schema { types { name } } }',
    );
    await graphql(
      identity.url,
      'query SubgraphProbe { __schema { types { name } } }',
    );
    const records = await auditRecordModel(identity.connection)
      .find({
        code: 'INTROSPECTION_DISABLED',
        action: { $in: ['GatewayProbe', 'SubgraphProbe'] },
      })
      .lean();
    const byService = Object.fromEntries(
      records.map((record) => [record.action, record.service]),
    );
    expect(byService).toEqual({
      GatewayProbe: 'gateway',
      SubgraphProbe: 'identity',
    });
  });
});
