/**
 * The gateway against a stand-in subgraph that returns a set body and
 * records the headers it receives: throttled responses become HTTP 429,
 * and the client address the gateway passes on names the caller that the
 * PWA's server signed or a listed proxy forwarded.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressHeaders,
  SUBGRAPHS,
  TRUSTED_PROXIES_ENV,
} from '@ykb/common';
import { isolateDatabase } from '../../tests/support/harness.js';
import { startGateway, type RunningGateway } from '../src/server.js';

/** The body the stand-in subgraph returns for every request. */
let answer: unknown;
/** Headers of the last request the stand-in subgraph received. */
let received: Record<string, string | string[] | undefined> = {};
let licences: Server;
let gateway: RunningGateway;

beforeAll(async () => {
  isolateDatabase();
  licences = createServer((req, res) => {
    received = req.headers;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) =>
    licences.listen(0, '127.0.0.1', () => resolve()),
  );
  const address = licences.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  for (const name of SUBGRAPHS)
    process.env[`YKB_${name.toUpperCase()}_URL`] =
      `http://127.0.0.1:${port}/graphql`;
  gateway = await startGateway(0);
});

afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => licences?.close(resolve));
  for (const name of SUBGRAPHS)
    delete process.env[`YKB_${name.toUpperCase()}_URL`];
});

async function verify(
  headers: Record<string, string> = {},
  url = gateway.url,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: '{ verifyLicence(identifier: "x") { found } }',
    }),
  });
}

const limited = (retryAfterSeconds: number) => ({
  message: 'Licence verification allows 3 requests per minute.',
  extensions: { code: 'VERIFICATION_RATE_LIMITED', retryAfterSeconds },
});

describe('throttled subgraph responses', () => {
  it('become HTTP 429 with Retry-After', async () => {
    answer = { data: null, errors: [limited(42)] };
    const response = await verify();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('VERIFICATION_RATE_LIMITED');
  });

  it('keep 200 for other errors', async () => {
    answer = {
      data: null,
      errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }],
    };
    const response = await verify();
    expect(response.status).toBe(200);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('keep 200 when data came back', async () => {
    answer = { data: { verifyLicence: { found: false } } };
    const response = await verify();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { verifyLicence: { found: false } },
    });
  });
});

describe('client address passed to subgraphs', () => {
  const passedWith = async (headers: Record<string, string>, url?: string) => {
    answer = { data: { verifyLicence: { found: false } } };
    await verify(headers, url);
    return received[CLIENT_ADDRESS_HEADER];
  };

  it('names the caller the PWA server signed', async () => {
    expect(await passedWith(clientAddressHeaders('198.51.100.7'))).toBe(
      '198.51.100.7',
    );
  });

  it('names a signed IPv6 caller by its /64 network', async () => {
    expect(await passedWith(clientAddressHeaders('2001:db8:1:2::5'))).toBe(
      '2001:db8:1:2::/64',
    );
  });

  it('ignores a forged signature and X-Forwarded-For', async () => {
    const forged = {
      ...clientAddressHeaders('198.51.100.7'),
      [CLIENT_ADDRESS_HEADER]: '203.0.113.9',
    };
    expect(await passedWith(forged)).toBe('127.0.0.1');
    expect(await passedWith({ 'x-forwarded-for': '198.51.100.7' })).toBe(
      '127.0.0.1',
    );
  });

  it('believes X-Forwarded-For from a listed proxy', async () => {
    process.env[TRUSTED_PROXIES_ENV] = '127.0.0.1';
    const behindProxy = await startGateway(0);
    delete process.env[TRUSTED_PROXIES_ENV];
    try {
      const passed = await passedWith(
        { 'x-forwarded-for': '198.51.100.7' },
        behindProxy.url,
      );
      expect(passed).toBe('198.51.100.7');
    } finally {
      await behindProxy.close();
    }
  });
});
