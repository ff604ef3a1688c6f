import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientAddressHeaders,
  creditCodeCheckChar,
  idCardCheckChar,
  type RunningSubgraph,
} from '@ykb/common';
import {
  isolateDatabase,
  startTestSubgraph,
  type GraphQLResponse,
} from '../../../tests/support/harness.js';
import { createIdentitySubgraph } from '../src/index.js';

/**
 * The hourly registration limit per client address, through a subgraph
 * started with a limit of 3. Requests carry a client address signed as the
 * gateway signs it, so each test counts under an address of its own. The
 * subgraph's clock is fixed in the middle of a clock hour, so every attempt
 * falls in one window.
 */

const LIMIT = 3;
const FIXED_NOW = new Date('2030-01-07T10:30:00Z');

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createIdentitySubgraph({
      registrationLimit: LIMIT,
      now: () => FIXED_NOW,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

let sequence = 0;

/** Returns a valid ID-card number and mobile that no other attempt in this file uses. */
function newIdentifiers(): { idCardNumber: string; mobile: string } {
  sequence++;
  const first17 = `50023819900101${String(sequence).padStart(3, '0')}`;
  return {
    idCardNumber: first17 + idCardCheckChar(first17),
    mobile: `1870000${String(sequence).padStart(4, '0')}`,
  };
}

function personInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '刘洋',
    ...newIdentifiers(),
    password: 'Passw0rd-2026',
    divisionCode: '500238100205',
    ...overrides,
  };
}

function legalPersonInput() {
  const digits = BigInt(`0x${randomBytes(4).toString('hex')}`) % 10_000_000n;
  const first17 = `91500103MA${String(digits).padStart(7, '0')}`;
  return {
    name: '重庆测试建材有限公司',
    creditCode: first17 + creditCodeCheckChar(first17),
    legalRepresentativeName: '赵六',
    legalRepresentativeIdCard: newIdentifiers().idCardNumber,
    contactMobile: '13700137000',
    password: 'Company-2026',
    divisionCode: '500103',
  };
}

const REGISTER_PERSON = `mutation($input: RegisterPersonInput!) {
  registerPerson(input: $input) { user { id } }
}`;
const REGISTER_LEGAL_PERSON = `mutation($input: RegisterLegalPersonInput!) {
  registerLegalPerson(input: $input) { user { id } }
}`;

/** Posts a registration as the gateway forwards a client at `address`. */
async function registerFrom(
  address: string,
  input: Record<string, unknown>,
  query = REGISTER_PERSON,
): Promise<GraphQLResponse<Record<string, unknown>>> {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...clientAddressHeaders(address),
    },
    body: JSON.stringify({ query, variables: { input } }),
  });
  return (await response.json()) as GraphQLResponse<Record<string, unknown>>;
}

function countUsersWith(idCardNumber: string): Promise<number> {
  return subgraph.connection.model('User').countDocuments({ idCardNumber });
}

describe('registration limit', () => {
  it('rejects the attempt after the limit', async () => {
    const address = '192.0.2.10';
    const invalid = await registerFrom(
      address,
      personInput({ idCardNumber: '500238199001010000' }),
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe('INVALID_ID_CARD');

    const first = personInput();
    const created = await registerFrom(address, first);
    expect(created.errors).toBeUndefined();
    const duplicate = await registerFrom(
      address,
      personInput({ idCardNumber: first.idCardNumber }),
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const wrongName = await registerFrom(
      address,
      personInput({ name: '王芳', idCardNumber: first.idCardNumber }),
    );
    expect(wrongName.errors?.[0]?.extensions?.problem).toBe(
      'REAL_NAME_MISMATCH',
    );

    const over = personInput();
    const rejected = await registerFrom(address, over);
    const error = rejected.errors?.[0];
    expect(error?.extensions?.code).toBe('REGISTRATION_RATE_LIMITED');
    expect(error?.extensions?.limit).toBe(LIMIT);
    expect(error?.extensions?.retryAfterSeconds).toBe(30 * 60);
    expect(error?.message).toBe(
      'At most 3 registrations an hour are allowed from one network address; try again after 2030-01-07T11:00:00.000Z.',
    );
    expect(await countUsersWith(over.idCardNumber)).toBe(0);

    const legalPerson = await registerFrom(
      address,
      legalPersonInput(),
      REGISTER_LEGAL_PERSON,
    );
    expect(legalPerson.errors?.[0]?.extensions?.code).toBe(
      'REGISTRATION_RATE_LIMITED',
    );
  });

  it('counts each client address separately', async () => {
    for (let i = 0; i < LIMIT; i++) {
      const result = await registerFrom('192.0.2.20', personInput());
      expect(result.errors).toBeUndefined();
    }
    const other = await registerFrom('192.0.2.21', personInput());
    expect(other.errors).toBeUndefined();
    const legalPerson = await registerFrom(
      '192.0.2.21',
      legalPersonInput(),
      REGISTER_LEGAL_PERSON,
    );
    expect(legalPerson.errors).toBeUndefined();
  });

  it('admits exactly the limit of concurrent attempts', async () => {
    const inputs = Array.from({ length: 2 * LIMIT }, () => personInput());
    const results = await Promise.all(
      inputs.map((input) => registerFrom('192.0.2.30', input)),
    );
    const admitted = results.filter((result) => !result.errors);
    const limited = results.filter(
      (result) =>
        result.errors?.[0]?.extensions?.code === 'REGISTRATION_RATE_LIMITED',
    );
    expect(admitted).toHaveLength(LIMIT);
    expect(limited).toHaveLength(LIMIT);
    let users = 0;
    for (const input of inputs)
      users += await countUsersWith(input.idCardNumber);
    expect(users).toBe(LIMIT);
  });
});
