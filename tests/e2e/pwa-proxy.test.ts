/**
 * The PWA's preview server forwards `/graphql` to the gateway: it names the
 * browser in a signed client-address header that no browser can forge, and
 * responds to headers over Node's limit with the platform's JSON error. A
 * stand-in gateway records what arrives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_SIGNATURE_HEADER,
  signClientAddress,
} from '@ykb/common';
import { buildPwaIfStale, ROOT } from '../../scripts/lib/platform.js';
import { freePort, killService, until } from '../support/processes.js';

let gateway: Server;
let received: IncomingHttpHeaders = {};
let preview: ChildProcess;
let pwaUrl: string;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    received = req.headers;
    res.setHeader('content-type', 'application/json');
    res.end('{"data":{"__typename":"Query"}}');
  });
  await new Promise<void>((done) => gateway.listen(0, '127.0.0.1', done));
  const address = gateway.address();
  const gatewayPort = typeof address === 'object' && address ? address.port : 0;
  await buildPwaIfStale(() => {});
  const port = await freePort();
  pwaUrl = `http://127.0.0.1:${port}`;
  preview = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
    ],
    {
      cwd: join(ROOT, 'pwa'),
      env: { ...process.env, YKB_PORT_BASE: String(gatewayPort) },
      stdio: 'ignore',
    },
  );
  await until(async () => (await fetch(pwaUrl).catch(() => null))?.ok === true);
}, 300000);

afterAll(async () => {
  if (preview) await killService(preview);
  await new Promise((done) => gateway?.close(done));
});

describe('the PWA server in front of the gateway', () => {
  it('names the browser in a signed header', async () => {
    const response = await fetch(`${pwaUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CLIENT_ADDRESS_HEADER]: '203.0.113.9',
        [CLIENT_ADDRESS_SIGNATURE_HEADER]: signClientAddress('203.0.113.9'),
        'x-forwarded-for': '198.51.100.7',
      },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(200);
    expect(received[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
    expect(received[CLIENT_ADDRESS_SIGNATURE_HEADER]).toBe(
      signClientAddress('127.0.0.1'),
    );
    expect(received['x-forwarded-for']).toBeUndefined();
  });

  it('rejects oversized headers with a JSON error code', async () => {
    const response = await fetch(`${pwaUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${'a'.repeat(20_000)}`,
      },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(431);
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe(
      'REQUEST_HEADER_FIELDS_TOO_LARGE',
    );
  });
});
