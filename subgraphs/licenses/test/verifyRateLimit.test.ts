import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressHeaders,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { licensesSubgraph } from '../src/index.js';
import {
  VERIFY_RATE_LIMIT_ENV,
  VerifyRateLimiter,
} from '../src/verifyRateLimit.js';
import {
  citizen,
  issueAsSystem,
  issueInput,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;
// A second replica on the same database, which shares the counts.
let replica: RunningSubgraph;
const LIMIT = 3;
// Replicas sync their counts every second.
const SYNC_WAIT_MS = 2500;

beforeAll(async () => {
  process.env[VERIFY_RATE_LIMIT_ENV] = String(LIMIT);
  subgraph = await startLicenses();
  replica = await startTestSubgraph(licensesSubgraph);
});

afterAll(async () => {
  delete process.env[VERIFY_RATE_LIMIT_ENV];
  await replica?.close();
  await subgraph?.close();
});

const VERIFY = `query($identifier: String!) {
  verifyLicence(identifier: $identifier) { found authentic holderName }
}`;

/**
 * Sends verifyLicence anonymously as the gateway would for a client at
 * `address`, or with other client-address headers.
 */
async function verifyFrom(
  address: string,
  identifier: string,
  url = subgraph.url,
  addressHeaders = clientAddressHeaders(address),
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...addressHeaders },
    body: JSON.stringify({ query: VERIFY, variables: { identifier } }),
  });
  return (await response.json()) as {
    data?: { verifyLicence: { found: boolean; holderName: string | null } };
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/**
 * Waits, when less than 15 s of the current minute are left, for the next
 * minute to begin. The limiter counts in fixed windows aligned to the clock,
 * so a test that crossed into a new minute would see its count start again.
 */
async function withinOneWindow(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((done) => setTimeout(done, left + 100));
}

describe('verifyLicence rate limit', () => {
  beforeEach(withinOneWindow);

  it('rejects a client past the limit', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const identifier = issued.data!.issueLicence.identifier as string;
    for (let call = 1; call <= LIMIT; call++) {
      const result = await verifyFrom('198.51.100.7', identifier);
      expect(result.errors, `call ${call}`).toBeUndefined();
      expect(result.data!.verifyLicence.found).toBe(true);
    }
    const limited = await verifyFrom('198.51.100.7', identifier);
    expect(limited.data).toBeNull();
    const error = limited.errors?.[0];
    expect(error?.extensions?.code).toBe('VERIFICATION_RATE_LIMITED');
    expect(error?.extensions?.limit).toBe(LIMIT);
    expect(error?.message).toContain(`${LIMIT} requests per minute`);
    expect(JSON.stringify(limited)).not.toContain('张');

    const other = await verifyFrom('198.51.100.8', identifier);
    expect(other.errors).toBeUndefined();
    expect(other.data!.verifyLicence.holderName).toBe('张*');
  });

  it('counts a signed-in user apart from the address', async () => {
    const viewer = viewerOf([Role.Citizen], { name: citizen.name });
    for (let call = 1; call <= LIMIT; call++) {
      const result = await graphql(
        subgraph.url,
        VERIFY,
        { identifier: '1.2.156.3005.2.X.Y.1.1.0' },
        viewer,
      );
      expect(result.errors?.[0]?.extensions?.code, `call ${call}`).not.toBe(
        'VERIFICATION_RATE_LIMITED',
      );
    }
    const limited = await graphql(
      subgraph.url,
      VERIFY,
      { identifier: '1.2.156.3005.2.X.Y.1.1.0' },
      viewer,
    );
    expect(limited.errors?.[0]?.extensions?.code).toBe(
      'VERIFICATION_RATE_LIMITED',
    );
  });

  it('counts rejected identifiers too', async () => {
    for (let call = 1; call <= LIMIT; call++) {
      const result = await verifyFrom('198.51.100.9', 'not an identifier');
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const limited = await verifyFrom('198.51.100.9', 'not an identifier');
    expect(limited.errors?.[0]?.extensions?.code).toBe(
      'VERIFICATION_RATE_LIMITED',
    );
  });
});

describe('verifyLicence rate limit across replicas', () => {
  it('counts one client across replicas', async () => {
    const address = '198.51.100.20';
    const identifier = 'not an identifier';
    await withinOneWindow();
    for (let call = 1; call < LIMIT; call++) {
      const result = await verifyFrom(address, identifier);
      expect(result.errors?.[0]?.extensions?.code, `call ${call}`).toBe(
        'BAD_USER_INPUT',
      );
    }
    await new Promise((done) => setTimeout(done, SYNC_WAIT_MS));
    const last = await verifyFrom(address, identifier, replica.url);
    expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const limited = await verifyFrom(address, identifier, replica.url);
    expect(limited.errors?.[0]?.extensions?.code).toBe(
      'VERIFICATION_RATE_LIMITED',
    );
    expect(limited.errors?.[0]?.message).toContain(
      `${LIMIT} requests per minute`,
    );
  });
});

describe('client address', () => {
  beforeEach(withinOneWindow);

  it('ignores an address without a valid signature', async () => {
    const forged = (address: string) => ({
      ...clientAddressHeaders('192.0.2.1'),
      [CLIENT_ADDRESS_HEADER]: address,
    });
    for (let call = 1; call <= LIMIT; call++) {
      const address = `203.0.113.${call}`;
      const result = await verifyFrom(
        address,
        'bad',
        subgraph.url,
        forged(address),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const unsigned = await verifyFrom('203.0.113.50', 'bad', subgraph.url, {
      [CLIENT_ADDRESS_HEADER]: '203.0.113.50',
    });
    const signed = await verifyFrom('203.0.113.51', 'bad');

    expect(unsigned.errors?.[0]?.extensions?.code).toBe(
      'VERIFICATION_RATE_LIMITED',
    );
    expect(signed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('VerifyRateLimiter', () => {
  it('opens a new window after a minute', () => {
    const limiter = new VerifyRateLimiter(2);
    limiter.take('a', 0);
    limiter.take('a', 1000);
    expect(() => limiter.take('a', 59_999)).toThrow(/2 requests per minute/);
    expect(() => limiter.take('a', 60_000)).not.toThrow();
  });

  it('states the wait in seconds', () => {
    const limiter = new VerifyRateLimiter(1);
    limiter.take('b', 0);
    try {
      limiter.take('b', 15_000);
      expect.unreachable('the second call must be rejected');
    } catch (error) {
      const extensions = (error as { extensions: Record<string, unknown> })
        .extensions;
      expect(extensions.retryAfterSeconds).toBe(45);
      expect(extensions.code).toBe('VERIFICATION_RATE_LIMITED');
    }
  });
});
