import { afterEach, describe, expect, it } from 'vitest';
import { callSubgraph } from '../src/client.js';

const UNREACHABLE_URL = 'http://127.0.0.1:1/graphql';
const saved = process.env.YKB_IDENTITY_URL;

afterEach(() => {
  if (saved === undefined) delete process.env.YKB_IDENTITY_URL;
  else process.env.YKB_IDENTITY_URL = saved;
});

describe('a call to a subgraph that is down', () => {
  it('fails with UPSTREAM_FAILED naming the service, not its internal URL', async () => {
    process.env.YKB_IDENTITY_URL = UNREACHABLE_URL;
    const failure = await callSubgraph(
      UNREACHABLE_URL,
      'cases',
      '{ __typename }',
      {},
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      message: 'The identity service is unavailable. Retry later.',
      extensions: { code: 'UPSTREAM_FAILED', serviceName: 'identity' },
    });
    expect(JSON.stringify(failure)).not.toContain('127.0.0.1');
  });
});
