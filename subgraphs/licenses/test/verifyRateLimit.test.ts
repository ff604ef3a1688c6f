import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
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
const LIMIT = 3;

beforeAll(async () => {
  process.env[VERIFY_RATE_LIMIT_ENV] = String(LIMIT);
  subgraph = await startLicenses();
});

afterAll(async () => {
  delete process.env[VERIFY_RATE_LIMIT_ENV];
  await subgraph?.close();
});

const VERIFY = `query($identifier: String!) {
  verifyLicence(identifier: $identifier) { found authentic holderName }
}`;

/** Sends verifyLicence anonymously as the gateway would for a client at `address`. */
async function verifyFrom(address: string, identifier: string) {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CLIENT_ADDRESS_HEADER]: address,
    },
    body: JSON.stringify({ query: VERIFY, variables: { identifier } }),
  });
  return (await response.json()) as {
    data?: { verifyLicence: { found: boolean; holderName: string | null } };
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe('verifyLicence rate limit', () => {
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
