import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { resolve } from 'node:path';
import {
  startFerretdb,
  type RunningDatabase,
} from '../../scripts/lib/ferretdb.js';

/**
 * Starts the database every test file shares: the MongoDB server named by
 * MONGODB_URI when set, otherwise a fresh FerretDB on YKB_TEST_DB_PORT
 * (default: a free port) with its data in a temporary folder under ./data.
 * Test files isolate themselves with their own database-name prefix.
 */
let database: RunningDatabase | undefined;
let dataDir: string | undefined;
let testIssuer: Server | undefined;

/**
 * Starts the test token issuer on a loopback port: it publishes the JWKS of
 * a fresh ES256 key, whose private JWK goes to YKB_TEST_SIGNING_JWK for
 * tests/support/harness.ts to sign viewers' tokens with, and resolves
 * `activeSessions` to every id it receives, because the harness's
 * viewers have no identity session. Services started by a test verify with
 * it through YKB_JWKS_URL and YKB_SESSION_CHECK_URL; e2e platforms set both
 * to the real identity subgraph.
 */
async function startTestIssuer(): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', {
    extractable: true,
  });
  const kid = `test-${randomBytes(4).toString('hex')}`;
  const publicJwk = {
    ...(await exportJWK(publicKey)),
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  const jwks = JSON.stringify({ keys: [publicJwk] });
  testIssuer = createHttpServer((req, res) => {
    if (req.url === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const ids =
        (JSON.parse(body || '{}') as { variables?: { ids?: string[] } })
          .variables?.ids ?? [];
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: { activeSessions: ids } }));
    });
  });
  await new Promise<void>((resolvePort) =>
    testIssuer!.listen(0, '127.0.0.1', resolvePort),
  );
  const address = testIssuer.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  process.env.YKB_JWKS_URL = `${origin}/.well-known/jwks.json`;
  process.env.YKB_SESSION_CHECK_URL = `${origin}/graphql`;
  process.env.YKB_TEST_SIGNING_JWK = JSON.stringify({
    ...(await exportJWK(privateKey)),
    kid,
    alg: 'ES256',
  });
}

export async function setup(): Promise<void> {
  process.env.YKB_TOKEN_SECRET ??= randomBytes(32).toString('hex');
  await startTestIssuer();
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Services started by tests log only errors, so test output stays readable; set LOG_LEVEL to see more.
  process.env.LOG_LEVEL ??= 'error';
  // Test files register dozens of accounts from 127.0.0.1 within minutes, more than the hourly
  // default allows. subgraphs/identity/test/registrationLimit.test.ts sets its own small limit.
  process.env.YKB_REGISTRATION_HOURLY_LIMIT ??= '10000';
  if (process.env.MONGODB_URI) return;
  dataDir = resolve(
    import.meta.dirname,
    '..',
    '..',
    'data',
    `test-${process.pid}`,
  );
  database = await startFerretdb(
    dataDir,
    process.env.YKB_TEST_DB_PORT
      ? Number(process.env.YKB_TEST_DB_PORT)
      : await freePort(),
  );
  process.env.MONGODB_URI = database.uri;
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolveClose) =>
    testIssuer ? testIssuer.close(() => resolveClose()) : resolveClose(),
  );
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** Asks the kernel for a free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
