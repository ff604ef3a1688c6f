import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startPlatform,
  type RunningPlatform,
} from '../../scripts/lib/platform.js';
import {
  forgetPlatformLogs,
  recordPlatformMessage,
  watchPlatformLogs,
} from './platformLogs.js';

export interface TestPlatform extends RunningPlatform {
  dbPrefix: string;
  restart: () => Promise<void>;
}

/**
 * Starts the whole platform as separate processes on the shared test
 * database, with its own database-name prefix and port base, so it never
 * touches a running demo platform.
 */
export async function startTestPlatform(
  portBase: number,
  options: { pwaPort?: number; env?: Record<string, string> } = {},
): Promise<TestPlatform> {
  const mongodbUri = process.env.MONGODB_URI;
  if (!mongodbUri)
    throw new Error(
      'MONGODB_URI is not set; the vitest global setup starts the test database.',
    );
  const dbPrefix = `e${randomBytes(4).toString('hex')}_`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ykb-e2e-'));
  const start = () =>
    startPlatform({
      portBase,
      dbPort: 0,
      mongodbUri,
      dbPrefix,
      dataDir,
      pwaPort: options.pwaPort,
      env: {
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
        YKB_OUTBOX_INTERVAL_MS: '500',
        ...options.env,
      },
      log: recordPlatformMessage,
    });
  // A failed test prints these logs (tests/support/failure-report.ts).
  const logDirectory = join(dataDir, 'logs');
  watchPlatformLogs(logDirectory);
  let running = await start();
  const platform: TestPlatform = {
    ...running,
    dbPrefix,
    stop: async () => {
      await running.stop();
      forgetPlatformLogs(logDirectory);
      rmSync(dataDir, { recursive: true, force: true });
    },
    restart: async () => {
      await running.stop();
      running = await start();
    },
  };
  return platform;
}

export async function gatewayRequest<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}
