import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import {
  creditCodeCheckChar,
  DEMO_ACCOUNTS,
  idCardCheckChar,
  type Viewer,
} from '@ykb/common';
import { graphql, verifyIssuedToken } from '../../../tests/support/harness.js';
import { CITIZEN, newKey } from './stack.js';

const ZHANG = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;

/** Builds a fresh unified social credit code with a correct GB 32100 check character. */
function newCreditCode(): string {
  const digits = BigInt(`0x${randomBytes(4).toString('hex')}`) % 10_000_000n;
  const first17 = `91500103MA${String(digits).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export interface AgentSetup {
  legalPerson: Viewer;
  grantId: string;
  /** Citizen Zhang San acting for the legal person under the grant. */
  agent: Viewer;
}

/**
 * Registers a legal person in identity, adds the demo citizen Zhang San as
 * agent and grants him `itemCodes` for 30 days.
 */
export async function setUpAgent(
  identityUrl: string,
  itemCodes: string[],
): Promise<AgentSetup> {
  const registered = await graphql(
    identityUrl,
    `
      mutation ($input: RegisterLegalPersonInput!) {
        registerLegalPerson(input: $input) {
          token
        }
      }
    `,
    {
      input: {
        name: '重庆代理测试有限公司',
        creditCode: newCreditCode(),
        legalRepresentativeName: '赵六',
        legalRepresentativeIdCard:
          '50010319780415301' + idCardCheckChar('50010319780415301'),
        contactMobile: '13700137000',
        password: 'Company-2026',
        divisionCode: '500103',
      },
    },
  );
  expect(registered.errors).toBeUndefined();
  const legalPerson = await verifyIssuedToken(
    identityUrl,
    registered.data!.registerLegalPerson.token as string,
  );
  const added = await graphql(
    identityUrl,
    `
      mutation ($input: AddAgentInput!) {
        addAgent(input: $input) {
          addedAt
        }
      }
    `,
    { input: { idCardNumber: ZHANG.idCardNumber, name: ZHANG.name } },
    legalPerson,
  );
  expect(added.errors).toBeUndefined();
  const granted = await graphql(
    identityUrl,
    `
      mutation ($input: GrantAgentInput!) {
        grantAgent(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        agentId: CITIZEN.userId,
        itemCodes,
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        idempotencyKey: newKey(),
      },
    },
    legalPerson,
  );
  expect(granted.errors).toBeUndefined();
  const grantId = granted.data!.grantAgent.id as string;
  return {
    legalPerson,
    grantId,
    agent: { ...CITIZEN, onBehalfOf: legalPerson.userId, grantId },
  };
}
