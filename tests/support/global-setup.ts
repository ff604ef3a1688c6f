import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
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

export async function setup(): Promise<void> {
  process.env.YKB_TOKEN_SECRET ??= randomBytes(32).toString('hex');
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Services started by tests log only errors, so test output stays readable; set LOG_LEVEL to see more.
  process.env.LOG_LEVEL ??= 'error';
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
