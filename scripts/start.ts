import { join, resolve } from 'node:path';
import { SUBGRAPHS } from '../packages/common/src/services.js';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
} from '../packages/common/src/reference.js';
import { ROOT, startPlatform } from './lib/platform.js';

/**
 * `npm start`: the whole platform on the embedded database, or on the
 * MongoDB server named by MONGODB_URI. Ctrl-C stops every process; data
 * stays in ./data (or in MongoDB) for the next start.
 */

function envPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    console.error(
      `${name} must be a port number between 1024 and 65535, got ${raw}.`,
    );
    process.exit(1);
  }
  return port;
}

const portBase = envPort('YKB_PORT_BASE', 4000);
if (portBase + SUBGRAPHS.length > 65535) {
  console.error(
    `YKB_PORT_BASE must leave room for the ${SUBGRAPHS.length} subgraph ports above it (at most ${65535 - SUBGRAPHS.length}), got ${portBase}.`,
  );
  process.exit(1);
}
const secret = process.env.YKB_TOKEN_SECRET;
if (secret !== undefined && secret.length < 32) {
  console.error(
    'YKB_TOKEN_SECRET must be at least 32 characters long; unset it to use the secret generated into the data folder.',
  );
  process.exit(1);
}
const sealKey = process.env.YKB_SEAL_MASTER_KEY;
if (sealKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(sealKey)) {
  console.error(
    'YKB_SEAL_MASTER_KEY must be 64 hexadecimal characters (32 bytes); unset it to use the key generated into the data folder.',
  );
  process.exit(1);
}
const pwaPort = envPort('YKB_PWA_PORT', 5173);
const dbPort = envPort('YKB_DB_PORT', 27017);
const dataDir = resolve(ROOT, process.env.YKB_DATA_DIR ?? 'data');

try {
  const platform = await startPlatform({
    portBase,
    pwaPort,
    dbPort,
    dataDir,
    mongodbUri: process.env.MONGODB_URI,
    log: (message) => console.log(message),
  });
  console.log('');
  console.log(`PWA:      ${platform.pwaUrl}`);
  console.log(`GraphQL:  ${platform.gatewayUrl}`);
  console.log(
    `OIDC:     ${process.env.YKB_OIDC_ISSUER ?? `http://127.0.0.1:${portBase + 1}/oidc`} (single sign-on for departmental systems)`,
  );
  console.log(
    `Database: ${process.env.MONGODB_URI ? 'MONGODB_URI' : platform.mongodbUri}`,
  );
  console.log(
    `SMS:      sandbox gateway, messages with codes in ${join(dataDir, 'outbox', 'sms.jsonl')}`,
  );
  console.log('');
  console.log(`Demo sign-ins (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS)
    console.log(`  ${account.account.padEnd(18)} ${account.description}`);
  console.log('\nPress Ctrl-C to stop.');

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Stopping failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
