import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { intermediariesSubgraph, serviceId } from '../src/index.js';

let subgraph: RunningSubgraph;

const company = viewerOf(['LEGAL_PERSON'], { divisionCode: '500103' });

const REGISTER = `mutation($input: RegisterAgencyInput!, $k: String!) {
  registerAgency(input: $input, idempotencyKey: $k) { id name creditCode serviceIds status services { code } }
}`;
const AGENCIES =
  'query($s: ID) { agencies(serviceId: $s) { name creditCode status } }';

function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

/** Generates a random credit code with a correct GB 32100 check character. */
function newCreditCode(): string {
  const first17 = `91500103MA${String(randomInt(10_000_000)).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Registers as `viewer`; null sends the request without a token. */
async function register(
  input: Record<string, unknown>,
  key = newKey(),
  viewer: Viewer | null = company,
) {
  return graphql(
    subgraph.url,
    REGISTER,
    {
      input: {
        name: '重庆示例安全评价有限公司',
        serviceIds: [serviceId('ZJFW001')],
        ...input,
      },
      k: key,
    },
    viewer ?? undefined,
  );
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(intermediariesSubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

describe('registerAgency', () => {
  it('registers a pending agency with a normalised credit code', async () => {
    const code = newCreditCode();
    const fullWidth = code.replace(/[0-9A-Z]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );

    const result = await register({
      creditCode: ` ${fullWidth.toLowerCase()} `,
    });

    expect(result.errors).toBeUndefined();
    expect(result.data!.registerAgency).toMatchObject({
      creditCode: code,
      status: 'PENDING',
      serviceIds: [serviceId('ZJFW001')],
      services: [{ code: 'ZJFW001' }],
    });
  });

  it('replays a retry with the same key', async () => {
    const key = newKey();
    const code = newCreditCode();
    const first = await register({ creditCode: code }, key);
    const retried = await register({ creditCode: code }, key);
    const concurrent = await Promise.all([
      register({ creditCode: code }, key),
      register({ creditCode: code }, key),
    ]);

    expect(first.errors).toBeUndefined();
    expect(retried.data!.registerAgency).toEqual(first.data!.registerAgency);
    for (const result of concurrent)
      expect(result.data!.registerAgency).toEqual(first.data!.registerAgency);
    expect(
      await subgraph.connection
        .model('Agency')
        .countDocuments({ creditCode: code }),
    ).toBe(1);
  });

  it('rejects a key reused by another user', async () => {
    const key = newKey();
    await register({ creditCode: newCreditCode() }, key);
    const other = viewerOf(['LEGAL_PERSON']);
    const result = await register({ creditCode: newCreditCode() }, key, other);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects a duplicate credit code', async () => {
    const code = newCreditCode();
    await register({ creditCode: code });
    const result = await register({ creditCode: code, name: '另一家评价机构' });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      await subgraph.connection
        .model('Agency')
        .countDocuments({ creditCode: code }),
    ).toBe(1);
  });

  it('rejects a wrong check character', async () => {
    const result = await register({ creditCode: '91110000600037341N' });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDIT_CODE');
    expect(result.errors?.[0]?.extensions?.problem).toBe('CHECK_DIGIT');
    expect(
      await subgraph.connection
        .model('Agency')
        .countDocuments({ creditCode: '91110000600037341N' }),
    ).toBe(0);
  });

  it('rejects a malformed credit code', async () => {
    const result = await register({ creditCode: '91110000600037341' });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDIT_CODE');
    expect(result.errors?.[0]?.extensions?.problem).toBe('FORMAT');
  });

  it('rejects unknown services and short names', async () => {
    const unknown = await register({
      creditCode: newCreditCode(),
      serviceIds: ['is-NOPE'],
    });
    const empty = await register({
      creditCode: newCreditCode(),
      serviceIds: [],
    });
    const shortName = await register({
      creditCode: newCreditCode(),
      name: ' 甲 ',
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.unknown).toEqual(['is-NOPE']);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(shortName.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a malformed idempotency key', async () => {
    const result = await register({ creditCode: newCreditCode() }, 'short');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('registerAgency scopes', () => {
  it('rejects citizens and staff with FORBIDDEN', async () => {
    for (const roles of [['CITIZEN'], ['CLERK'], ['ADMIN']] as const) {
      const result = await register(
        { creditCode: newCreditCode() },
        newKey(),
        viewerOf([...roles], { divisionCode: '50' }),
      );
      expect(result.errors?.[0]?.extensions?.code, roles[0]).toBe('FORBIDDEN');
    }
  });

  it('rejects an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await register(
      { creditCode: newCreditCode() },
      newKey(),
      null,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('agencies', () => {
  it('lists approved agencies of a service only', async () => {
    const Agency = subgraph.connection.model('Agency');
    const approved = {
      name: '重庆甲安全评价有限公司',
      creditCode: newCreditCode(),
      serviceIds: [serviceId('ZJFW001')],
      status: 'APPROVED',
      registeredBy: 'u-a',
      idempotencyKey: newKey(),
    };
    const otherService = {
      name: '重庆乙检测有限公司',
      creditCode: newCreditCode(),
      serviceIds: [serviceId('ZJFW002')],
      status: 'APPROVED',
      registeredBy: 'u-b',
      idempotencyKey: newKey(),
    };
    await Agency.create([
      { _id: 'agency-a', ...approved },
      { _id: 'agency-b', ...otherService },
    ]);
    const pending = await register({
      creditCode: newCreditCode(),
      name: '重庆丙安全评价有限公司',
    });
    expect(pending.errors).toBeUndefined();

    const result = await graphql(subgraph.url, AGENCIES, {
      s: serviceId('ZJFW001'),
    });

    expect(result.errors).toBeUndefined();
    expect(result.data!.agencies).toEqual([
      {
        name: approved.name,
        creditCode: approved.creditCode,
        status: 'APPROVED',
      },
    ]);
  });

  it('rejects an unknown service with NOT_FOUND', async () => {
    const result = await graphql(subgraph.url, AGENCIES, { s: 'is-NOPE' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
