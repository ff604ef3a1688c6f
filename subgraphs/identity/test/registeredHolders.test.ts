import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  demoUserId,
  Role,
  serviceToken,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

const REGISTERED_HOLDERS = `query($idNumbers: [String!]!) {
  registeredHolders(idNumbers: $idNumbers) { idNumber userId kind name }
}`;

const citizen = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
const company = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo')!;

describe('registeredHolders', () => {
  it('finds persons and legal persons by number', async () => {
    const result = await graphql(
      subgraph.url,
      REGISTERED_HOLDERS,
      {
        idNumbers: [
          ` ${citizen.idCardNumber!.toLowerCase()} `,
          company.creditCode!,
          '500238199001010000',
        ],
      },
      serviceToken('licenses'),
    );
    expect(result.errors).toBeUndefined();
    const holders = result.data!.registeredHolders as {
      idNumber: string;
    }[];
    expect(
      [...holders].sort((a, b) => a.idNumber.localeCompare(b.idNumber)),
    ).toEqual(
      [
        {
          idNumber: citizen.idCardNumber,
          userId: demoUserId(citizen.account),
          kind: 'PERSON',
          name: citizen.name,
        },
        {
          idNumber: company.creditCode,
          userId: demoUserId(company.account),
          kind: 'LEGAL_PERSON',
          name: company.name,
        },
      ].sort((a, b) => a.idNumber!.localeCompare(b.idNumber!)),
    );
  });

  it('rejects callers other than SYSTEM', async () => {
    for (const viewer of [
      viewerOf([Role.Citizen]),
      viewerOf([Role.Admin], { divisionCode: '50' }),
    ]) {
      const result = await graphql(
        subgraph.url,
        REGISTERED_HOLDERS,
        { idNumbers: [citizen.idCardNumber!] },
        viewer,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('rejects more than 5000 numbers', async () => {
    const result = await graphql(
      subgraph.url,
      REGISTERED_HOLDERS,
      { idNumbers: Array.from({ length: 5001 }, (_, i) => String(i)) },
      serviceToken('licenses'),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('idNumbers');
  });
});
