import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRecordModel,
  createLogger,
  creditCodeCheckChar,
  DEMO_ACCOUNTS,
  DEMO_AGENT_GRANT,
  demoUserId,
  idCardCheckChar,
  serviceToken,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  verifyIssuedToken,
  viewerOf,
} from '../../../tests/support/harness.js';
import {
  createTestVerifier,
  FAILING_NAME,
  MISMATCHED_NAME,
} from './testVerifier.js';
import { seededItemId } from '../../items/src/index.js';
import {
  createIdentitySubgraph,
  identitySubgraph,
  seedDemoAgentGrant,
  type IdentityModels,
} from '../src/index.js';

let subgraph: RunningSubgraph;
let url: string;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
  url = subgraph.url;
});

afterAll(async () => {
  await subgraph?.close();
});

/** Builds a fresh unified social credit code with a correct GB 32100 check character. */
function newCreditCode(): string {
  const digits = BigInt(`0x${randomBytes(4).toString('hex')}`) % 10_000_000n;
  const first17 = `91500103MA${String(digits).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Replaces the check character of a credit code with another valid character. */
function withWrongCheck(code: string): string {
  return code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
}

/** Writes ASCII letters and digits as their full-width forms (U+FF01 to U+FF5E). */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  );
}

const REPRESENTATIVE_ID_CARD =
  '50010319780415301' + idCardCheckChar('50010319780415301');
const ZHANG = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
const OUYANG = DEMO_ACCOUNTS.find((a) => a.account === '13900139000')!;
const ZHANG_VIEWER: Viewer = {
  userId: demoUserId(ZHANG.account),
  name: ZHANG.name,
  roles: ['CITIZEN'],
  divisionCode: ZHANG.divisionCode,
  sessionId: 'test-zhang',
};
const ITEM_A = seededItemId('公司变更登记');
const ITEM_B = seededItemId('食品经营许可');
const ITEM_OUTSIDE = seededItemId('有限责任公司设立登记');

function registrationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '重庆测试建材有限公司',
    creditCode: newCreditCode(),
    legalRepresentativeName: '赵六',
    legalRepresentativeIdCard: REPRESENTATIVE_ID_CARD,
    contactMobile: '13700137000',
    password: 'Company-2026',
    divisionCode: '500103',
    ...overrides,
  };
}

const REGISTER = `mutation($input: RegisterLegalPersonInput!) {
  registerLegalPerson(input: $input) { token user { id name kind creditCode roles divisionCode masked } }
}`;

const LEGAL_PERSON_FIELDS = `id name creditCode legalRepresentativeName divisionCode
  agents { user { id name } addedAt }
  grants { id itemCodes validUntil validUntilLocal status revokedAt revocationReason agent { id } legalPerson { id } }`;

function register(input: Record<string, unknown>) {
  return graphql(url, REGISTER, { input });
}

/** Registers a legal person and returns its viewer, as its own account's token would carry it. */
async function newLegalPerson(): Promise<Viewer> {
  const result = await register(registrationInput());
  expect(result.errors).toBeUndefined();
  const token = result.data!.registerLegalPerson.token as string;
  return verifyIssuedToken(url, token);
}

function countLegalPersonsWith(creditCode: string): Promise<number> {
  return subgraph.connection
    .model('User')
    .countDocuments({ kind: 'LEGAL_PERSON', creditCode });
}

async function addAgent(
  legalPerson: Viewer,
  person: { idCardNumber: string; name: string },
) {
  return graphql(
    url,
    `
      mutation ($input: AddAgentInput!) {
        addAgent(input: $input) {
          user {
            id
            name
          }
          addedAt
        }
      }
    `,
    { input: person },
    legalPerson,
  );
}

const GRANT = `mutation($input: GrantAgentInput!) {
  grantAgent(input: $input) { id itemCodes validUntil validUntilLocal status agent { id } legalPerson { id } }
}`;

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

function grantInput(overrides: Record<string, unknown> = {}) {
  return {
    agentId: ZHANG_VIEWER.userId,
    itemCodes: [ITEM_A, ITEM_B],
    validUntil: inDays(30),
    idempotencyKey: `grant-${randomBytes(6).toString('hex')}`,
    ...overrides,
  };
}

/** Registers a legal person, adds Zhang San as agent and grants him ITEM_A and ITEM_B. */
async function legalPersonWithGrant(): Promise<{
  legalPerson: Viewer;
  grantId: string;
}> {
  const legalPerson = await newLegalPerson();
  const added = await addAgent(legalPerson, {
    idCardNumber: ZHANG.idCardNumber!,
    name: ZHANG.name,
  });
  expect(added.errors).toBeUndefined();
  const granted = await graphql(
    url,
    GRANT,
    { input: grantInput() },
    legalPerson,
  );
  expect(granted.errors).toBeUndefined();
  return { legalPerson, grantId: granted.data!.grantAgent.id as string };
}

const USE = `mutation($grantId: ID!, $agentId: ID!, $legalPersonId: ID!, $itemCode: String, $action: String!) {
  useAgentGrant(grantId: $grantId, agentId: $agentId, legalPersonId: $legalPersonId, itemCode: $itemCode, action: $action) {
    use { id at grantId agentId legalPersonId itemCode action requestId outcome }
    itemCodes
  }
}`;

function useGrant(variables: Record<string, unknown>) {
  return graphql(
    url,
    USE,
    { action: 'submitApplication', itemCode: ITEM_A, ...variables },
    serviceToken('cases'),
  );
}

describe('registerLegalPerson', () => {
  it('registers and signs in', async () => {
    const input = registrationInput();
    const result = await register(input);
    expect(result.errors).toBeUndefined();
    const user = result.data!.registerLegalPerson.user;
    expect(user.kind).toBe('LEGAL_PERSON');
    expect(user.creditCode).toBe(input.creditCode);
    expect(user.roles).toEqual(['LEGAL_PERSON']);
    const viewer = await verifyIssuedToken(
      url,
      result.data!.registerLegalPerson.token,
    );
    expect(viewer?.userId).toBe(user.id);

    const signIn = await graphql(
      url,
      `
        mutation ($a: String!, $p: String!) {
          signIn(account: $a, password: $p) {
            user {
              id
            }
          }
        }
      `,
      { a: input.creditCode.toLowerCase(), p: input.password },
    );
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data!.signIn.user.id).toBe(user.id);
  });

  it('rejects a wrong check character', async () => {
    const creditCode = withWrongCheck(newCreditCode());
    const result = await register(registrationInput({ creditCode }));
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDIT_CODE');
    expect(result.errors?.[0]?.extensions?.problem).toBe('CHECK_DIGIT');
    expect(await countLegalPersonsWith(creditCode)).toBe(0);
  });

  it('rejects a letter outside the alphabet', async () => {
    const result = await register(
      registrationInput({ creditCode: '91500103MA0000000I' }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDIT_CODE');
    expect(result.errors?.[0]?.extensions?.problem).toBe('FORMAT');
  });

  it('normalises full-width, spaced, lower-case input', async () => {
    const creditCode = newCreditCode();
    const typed = ` ${fullWidth(creditCode.slice(0, 9).toLowerCase())}\u3000${fullWidth(creditCode.slice(9).toLowerCase())} `;
    const result = await register(registrationInput({ creditCode: typed }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerLegalPerson.user.creditCode).toBe(creditCode);
    expect(await countLegalPersonsWith(creditCode)).toBe(1);

    const again = await register(
      registrationInput({ creditCode: creditCode.toLowerCase() }),
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects a duplicate credit code with CONFLICT', async () => {
    const input = registrationInput();
    expect((await register(input)).errors).toBeUndefined();
    const second = await register({ ...input, name: '另一家公司' });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await countLegalPersonsWith(input.creditCode)).toBe(1);
  });

  it('stores one record for a repeated request', async () => {
    const input = registrationInput();
    const first = await register(input);
    const retry = await register(input);
    expect(first.errors).toBeUndefined();
    expect(retry.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await countLegalPersonsWith(input.creditCode)).toBe(1);
  });

  it('stores one record for concurrent retries', async () => {
    const input = registrationInput();
    const results = await Promise.all([register(input), register(input)]);
    const succeeded = results.filter((r) => !r.errors);
    const conflicts = results.filter(
      (r) => r.errors?.[0]?.extensions?.code === 'CONFLICT',
    );
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    expect(await countLegalPersonsWith(input.creditCode)).toBe(1);
  });

  it('rejects an invalid legal representative ID card', async () => {
    const result = await register(
      registrationInput({
        legalRepresentativeIdCard: withWrongCheck(REPRESENTATIVE_ID_CARD),
      }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_ID_CARD');
    expect(result.errors?.[0]?.extensions?.field).toBe(
      'legalRepresentativeIdCard',
    );
  });

  it('rejects a malformed contact mobile', async () => {
    const result = await register(
      registrationInput({ contactMobile: '12700137000' }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_MOBILE');
    expect(result.errors?.[0]?.extensions?.field).toBe('contactMobile');
  });

  it('rejects a weak password', async () => {
    const result = await register(registrationInput({ password: 'short1' }));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('password');
  });
});

describe('registerLegalPerson real-name verification', () => {
  let custom: RunningSubgraph;

  beforeAll(async () => {
    custom = await startTestSubgraph(
      createIdentitySubgraph({ createVerifier: createTestVerifier }),
    );
  });

  afterAll(async () => {
    await custom?.close();
  });

  it('rejects a representative mismatch', async () => {
    const input = registrationInput({
      legalRepresentativeName: MISMATCHED_NAME,
    });
    const result = await graphql(custom.url, REGISTER, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.problem).toBe('REAL_NAME_MISMATCH');
    expect(result.errors?.[0]?.extensions?.field).toBe(
      'legalRepresentativeIdCard',
    );
    expect(await countLegalPersonsWith(input.creditCode)).toBe(0);
    const claim = await subgraph.connection
      .model('IdentityClaim')
      .exists({ _id: `creditCode:${input.creditCode}` });
    expect(claim).toBeNull();
  });

  it('reports verifier failure as UPSTREAM_FAILED', async () => {
    const input = registrationInput({ legalRepresentativeName: FAILING_NAME });
    const result = await graphql(custom.url, REGISTER, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    expect(result.errors?.[0]?.message).not.toContain('registry timed out');
    expect(await countLegalPersonsWith(input.creditCode)).toBe(0);
  });
});

describe('LegalPerson entity', () => {
  it('masks the legal representative for another user', async () => {
    const legalPerson = await newLegalPerson();
    const query = `query($id: ID!) { legalPerson(id: $id) { ${LEGAL_PERSON_FIELDS} } }`;
    const other = await graphql(
      url,
      query,
      { id: legalPerson.userId },
      ZHANG_VIEWER,
    );
    expect(other.errors).toBeUndefined();
    expect(other.data!.legalPerson.legalRepresentativeName).toBe('赵*');
    expect(other.data!.legalPerson.agents).toBeNull();
    expect(other.data!.legalPerson.grants).toBeNull();

    const own = await graphql(
      url,
      query,
      { id: legalPerson.userId },
      legalPerson,
    );
    expect(own.data!.legalPerson.legalRepresentativeName).toBe('赵六');
    expect(own.data!.legalPerson.agents).toEqual([]);
  });

  it('shows grants to jurisdiction administrators', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on LegalPerson { ${LEGAL_PERSON_FIELDS} } } }`;
    const representations = [
      { __typename: 'LegalPerson', id: legalPerson.userId },
    ];
    const admin = viewerOf(['ADMIN'], { divisionCode: '500103' });
    const inside = await graphql(url, query, { r: representations }, admin);
    expect(inside.errors).toBeUndefined();
    const entity = inside.data!._entities[0];
    expect(entity.legalRepresentativeName).toBe('赵六');
    expect(entity.grants.map((g: { id: string }) => g.id)).toEqual([grantId]);
    expect(entity.agents[0].user.id).toBe(ZHANG_VIEWER.userId);

    const outsideAdmin = viewerOf(['ADMIN'], { divisionCode: '500238' });
    const outside = await graphql(
      url,
      query,
      { r: representations },
      outsideAdmin,
    );
    expect(outside.data!._entities[0].grants).toBeNull();
    expect(outside.data!._entities[0].legalRepresentativeName).toBe('赵*');
  });

  it('resolves a natural person id to null', async () => {
    const result = await graphql(
      url,
      `
        query ($id: ID!) {
          legalPerson(id: $id) {
            id
          }
        }
      `,
      { id: ZHANG_VIEWER.userId },
      ZHANG_VIEWER,
    );
    expect(result.data!.legalPerson).toBeNull();
  });
});

describe('addAgent', () => {
  it('rejects wrong name and number alike', async () => {
    const legalPerson = await newLegalPerson();
    const wrongName = await addAgent(legalPerson, {
      idCardNumber: ZHANG.idCardNumber!,
      name: '李四',
    });
    const unknown = await addAgent(legalPerson, {
      idCardNumber:
        '50010319800101' + '101' + idCardCheckChar('50010319800101101'),
      name: ZHANG.name,
    });
    expect(wrongName.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(wrongName.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('keeps one link when added twice', async () => {
    const legalPerson = await newLegalPerson();
    const person = { idCardNumber: ZHANG.idCardNumber!, name: ZHANG.name };
    expect((await addAgent(legalPerson, person)).errors).toBeUndefined();
    expect((await addAgent(legalPerson, person)).errors).toBeUndefined();
    const links = await subgraph.connection
      .model('AgentLink')
      .countDocuments({ legalPersonId: legalPerson.userId });
    expect(links).toBe(1);
  });

  it('is refused to a natural person', async () => {
    const result = await addAgent(ZHANG_VIEWER, {
      idCardNumber: OUYANG.idCardNumber!,
      name: OUYANG.name,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('grantAgent', () => {
  let legalPerson: Viewer;

  beforeAll(async () => {
    legalPerson = await newLegalPerson();
    await addAgent(legalPerson, {
      idCardNumber: ZHANG.idCardNumber!,
      name: ZHANG.name,
    });
  });

  const rejected: { title: string; input: Record<string, unknown> }[] = [
    { title: 'no item codes', input: { itemCodes: [] } },
    {
      title: 'a duplicate item code',
      input: { itemCodes: [ITEM_A, ITEM_A.toLowerCase()] },
    },
    { title: 'a malformed item code', input: { itemCodes: ['ITEM-1'] } },
    {
      title: 'an item code with a wrong credit code check',
      input: {
        itemCodes: [withWrongCheck(ITEM_A.slice(0, 18)) + ITEM_A.slice(18)],
      },
    },
    {
      title: '201 item codes',
      input: { itemCodes: Array.from({ length: 201 }, () => ITEM_A) },
    },
    { title: 'a past validUntil', input: { validUntil: inDays(-1) } },
    { title: 'validUntil beyond a year', input: { validUntil: inDays(367) } },
    { title: 'a malformed validUntil', input: { validUntil: '2027-02-30' } },
  ];
  for (const { title, input } of rejected) {
    it(`rejects ${title}`, async () => {
      const before = await subgraph.connection
        .model('AgentGrant')
        .countDocuments({ legalPersonId: legalPerson.userId });
      const result = await graphql(
        url,
        GRANT,
        { input: grantInput(input) },
        legalPerson,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const after = await subgraph.connection
        .model('AgentGrant')
        .countDocuments({ legalPersonId: legalPerson.userId });
      expect(after).toBe(before);
    });
  }

  it('stores UTC and shows Asia/Shanghai', async () => {
    const day = new Date(Date.now() + 10 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const result = await graphql(
      url,
      GRANT,
      { input: grantInput({ validUntil: day }) },
      legalPerson,
    );
    expect(result.errors).toBeUndefined();
    const grant = result.data!.grantAgent;
    expect(grant.validUntilLocal).toBe(`${day}T23:59:59+08:00`);
    expect(grant.validUntil).toBe(
      new Date(`${day}T15:59:59.999Z`).toISOString(),
    );
    expect(grant.status).toBe('ACTIVE');
  });

  it('replays a retried key', async () => {
    const input = grantInput();
    const first = await graphql(url, GRANT, { input }, legalPerson);
    const second = await graphql(url, GRANT, { input }, legalPerson);
    expect(second.errors).toBeUndefined();
    expect(second.data!.grantAgent.id).toBe(first.data!.grantAgent.id);
    const reused = await graphql(
      url,
      GRANT,
      { input: { ...input, itemCodes: [ITEM_B] } },
      legalPerson,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects an agent that was not added', async () => {
    const result = await graphql(
      url,
      GRANT,
      { input: grantInput({ agentId: demoUserId(OUYANG.account) }) },
      legalPerson,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is refused to an acting agent', async () => {
    const acting = {
      ...ZHANG_VIEWER,
      roles: ['LEGAL_PERSON' as const],
      onBehalfOf: legalPerson.userId,
      grantId: 'grant-x',
    };
    const result = await graphql(url, GRANT, { input: grantInput() }, acting);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('legal person listings', () => {
  it('lists own agents and grants', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const result = await graphql(
      url,
      `
        {
          myAgents {
            user {
              id
            }
          }
          myAgentGrants {
            id
            status
            itemCodes
          }
        }
      `,
      {},
      legalPerson,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.myAgents).toEqual([
      { user: { id: ZHANG_VIEWER.userId } },
    ]);
    expect(result.data!.myAgentGrants).toEqual([
      { id: grantId, status: 'ACTIVE', itemCodes: [ITEM_A, ITEM_B] },
    ]);
  });

  it('rejects a page over 100', async () => {
    const legalPerson = await newLegalPerson();
    const result = await graphql(
      url,
      `
        {
          myAgentGrantUses(first: 101) {
            id
          }
        }
      `,
      {},
      legalPerson,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to a natural person', async () => {
    const result = await graphql(
      url,
      `
        {
          myAgentGrants {
            id
          }
        }
      `,
      {},
      ZHANG_VIEWER,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('useAgentGrant', () => {
  it('allows and records in-scope use', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const result = await useGrant({
      grantId,
      agentId: ZHANG_VIEWER.userId,
      legalPersonId: legalPerson.userId,
    });
    expect(result.errors).toBeUndefined();
    const check = result.data!.useAgentGrant;
    expect(check.use.outcome).toBe('ALLOWED');
    expect(check.itemCodes).toEqual([ITEM_A, ITEM_B]);

    const uses = await graphql(
      url,
      `
        query ($g: ID) {
          myAgentGrantUses(grantId: $g) {
            id
            grantId
            agentId
            legalPersonId
            itemCode
            action
            outcome
          }
        }
      `,
      { g: grantId },
      legalPerson,
    );
    expect(uses.errors).toBeUndefined();
    expect(uses.data!.myAgentGrantUses).toEqual([
      {
        id: check.use.id,
        grantId,
        agentId: ZHANG_VIEWER.userId,
        legalPersonId: legalPerson.userId,
        itemCode: ITEM_A,
        action: 'submitApplication',
        outcome: 'ALLOWED',
      },
    ]);
  });

  it('refuses an item out of scope', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const result = await useGrant({
      grantId,
      agentId: ZHANG_VIEWER.userId,
      legalPersonId: legalPerson.userId,
      itemCode: ITEM_OUTSIDE,
    });
    expect(result.data!.useAgentGrant.use.outcome).toBe('GRANT_OUT_OF_SCOPE');
    expect(result.data!.useAgentGrant.itemCodes).toEqual([]);
    const stored = await subgraph.connection
      .model('GrantUse')
      .findOne({ grantId, itemCode: ITEM_OUTSIDE })
      .lean<{ outcome: string }>();
    expect(stored?.outcome).toBe('GRANT_OUT_OF_SCOPE');
  });

  it('refuses an expired grant', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    await subgraph.connection
      .model('AgentGrant')
      .updateOne(
        { _id: grantId },
        { $set: { validUntil: new Date(Date.now() - 1000) } },
      );
    const result = await useGrant({
      grantId,
      agentId: ZHANG_VIEWER.userId,
      legalPersonId: legalPerson.userId,
    });
    expect(result.data!.useAgentGrant.use.outcome).toBe('GRANT_EXPIRED');
  });

  it('refuses a grant of another legal person', async () => {
    const { grantId } = await legalPersonWithGrant();
    const other = await newLegalPerson();
    const result = await useGrant({
      grantId,
      agentId: ZHANG_VIEWER.userId,
      legalPersonId: other.userId,
    });
    expect(result.data!.useAgentGrant.use.outcome).toBe('GRANT_NOT_FOUND');
  });

  it('refuses a grant of another agent', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const result = await useGrant({
      grantId,
      agentId: demoUserId(OUYANG.account),
      legalPersonId: legalPerson.userId,
    });
    expect(result.data!.useAgentGrant.use.outcome).toBe('GRANT_NOT_FOUND');
  });

  it('is refused to callers other than SYSTEM', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const result = await graphql(
      url,
      USE,
      {
        grantId,
        agentId: ZHANG_VIEWER.userId,
        legalPersonId: legalPerson.userId,
        itemCode: ITEM_A,
        action: 'submitApplication',
      },
      ZHANG_VIEWER,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('revokeGrant', () => {
  it('takes effect at once and is audited', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const revoke = `mutation($g: ID!, $r: String!) { revokeGrant(grantId: $g, reason: $r) { id status revokedAt revocationReason } }`;
    const result = await graphql(
      url,
      revoke,
      { g: grantId, r: '代理人离职' },
      legalPerson,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.revokeGrant.status).toBe('REVOKED');
    expect(result.data!.revokeGrant.revocationReason).toBe('代理人离职');

    const use = await useGrant({
      grantId,
      agentId: ZHANG_VIEWER.userId,
      legalPersonId: legalPerson.userId,
    });
    expect(use.data!.useAgentGrant.use.outcome).toBe('GRANT_REVOKED');

    const again = await graphql(
      url,
      revoke,
      { g: grantId, r: '重复撤销' },
      legalPerson,
    );
    expect(again.data!.revokeGrant.revocationReason).toBe('代理人离职');

    const audit = auditRecordModel(subgraph.connection);
    const records = await audit
      .find({ subjectId: grantId })
      .sort({ at: 1 })
      .lean<{ action: string; outcome: string; actorId: string }[]>();
    expect(records.map((r) => r.action)).toEqual(['grantAgent', 'revokeGrant']);
    expect(records.every((r) => r.outcome === 'SUCCEEDED')).toBe(true);
    expect(records.every((r) => r.actorId === legalPerson.userId)).toBe(true);
  });

  it('rejects a grant of another legal person', async () => {
    const { grantId } = await legalPersonWithGrant();
    const other = await newLegalPerson();
    const result = await graphql(
      url,
      `
        mutation ($g: ID!) {
          revokeGrant(grantId: $g, reason: "无") {
            id
          }
        }
      `,
      { g: grantId },
      other,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('actForLegalPerson', () => {
  const ACT = `mutation($id: ID!) { actForLegalPerson(legalPersonId: $id) { auth { token user { id } } legalPerson { id name } grant { id status } } }`;

  it('issues a token carrying onBehalfOf and grantId', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const result = await graphql(
      url,
      ACT,
      { id: legalPerson.userId },
      ZHANG_VIEWER,
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.actForLegalPerson;
    expect(payload.grant.id).toBe(grantId);
    expect(payload.auth.user.id).toBe(ZHANG_VIEWER.userId);
    const viewer = await verifyIssuedToken(url, payload.auth.token);
    expect(viewer?.userId).toBe(ZHANG_VIEWER.userId);
    expect(viewer?.onBehalfOf).toBe(legalPerson.userId);
    expect(viewer?.grantId).toBe(grantId);

    const agencies = await graphql(
      url,
      `
        {
          myAgencies {
            legalPerson {
              id
            }
            grants {
              id
            }
          }
        }
      `,
      {},
      ZHANG_VIEWER,
    );
    expect(agencies.data!.myAgencies).toContainEqual({
      legalPerson: { id: legalPerson.userId },
      grants: [{ id: grantId }],
    });
  });

  it('fails after revocation', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    await graphql(
      url,
      `
        mutation ($g: ID!) {
          revokeGrant(grantId: $g, reason: "到期前收回") {
            id
          }
        }
      `,
      { g: grantId },
      legalPerson,
    );
    const result = await graphql(
      url,
      ACT,
      { id: legalPerson.userId },
      ZHANG_VIEWER,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NO_ACTIVE_GRANT');
    const refusal = await auditRecordModel(subgraph.connection)
      .findOne({
        action: 'Mutation.actForLegalPerson',
        code: 'NO_ACTIVE_GRANT',
      })
      .lean();
    expect(refusal).not.toBeNull();
  });

  it('ends acting sessions when the grant is revoked', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const acted = await graphql(
      url,
      `
        mutation ($id: ID!) {
          actForLegalPerson(legalPersonId: $id) {
            auth {
              refreshToken
            }
          }
        }
      `,
      { id: legalPerson.userId },
      ZHANG_VIEWER,
    );
    expect(acted.errors).toBeUndefined();
    const refreshToken = acted.data!.actForLegalPerson.auth.refreshToken;
    const revoked = await graphql(
      url,
      'mutation($g: ID!) { revokeGrant(grantId: $g, reason: "收回") { id } }',
      { g: grantId },
      legalPerson,
    );
    expect(revoked.errors).toBeUndefined();
    const refreshed = await graphql(
      url,
      'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
      { t: refreshToken },
    );
    expect(refreshed.errors?.[0]?.extensions?.code).toBe(
      'REFRESH_TOKEN_INVALID',
    );
  });

  it('stops refreshing an acting session once the grant ends', async () => {
    const { legalPerson, grantId } = await legalPersonWithGrant();
    const acted = await graphql(
      url,
      `
        mutation ($id: ID!) {
          actForLegalPerson(legalPersonId: $id) {
            auth {
              refreshToken
            }
          }
        }
      `,
      { id: legalPerson.userId },
      ZHANG_VIEWER,
    );
    expect(acted.errors).toBeUndefined();
    await subgraph.connection
      .model('AgentGrant')
      .updateOne(
        { _id: grantId },
        { $set: { validUntil: new Date(Date.now() - 1000) } },
      );
    const refreshed = await graphql(
      url,
      'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
      { t: acted.data!.actForLegalPerson.auth.refreshToken },
    );
    expect(refreshed.errors?.[0]?.extensions?.code).toBe(
      'REFRESH_TOKEN_INVALID',
    );
  });

  it('fails without any grant', async () => {
    const other = await newLegalPerson();
    const result = await graphql(url, ACT, { id: other.userId }, ZHANG_VIEWER);
    expect(result.errors?.[0]?.extensions?.code).toBe('NO_ACTIVE_GRANT');
  });
});

describe('demo agent grant', () => {
  it('is seeded for the demo legal person', async () => {
    const grant = await subgraph.connection
      .model('AgentGrant')
      .findById(DEMO_AGENT_GRANT.id)
      .lean<{
        legalPersonId: string;
        agentUserId: string;
        itemCodes: string[];
      }>();
    expect(grant?.legalPersonId).toBe(demoUserId('company.demo'));
    expect(grant?.agentUserId).toBe(demoUserId('13900139000'));
    expect(grant?.itemCodes).toEqual([ITEM_A, ITEM_B]);
    const company = await subgraph.connection
      .model('User')
      .findById(demoUserId('company.demo'))
      .lean<{ legalRepresentativeName?: string }>();
    expect(company?.legalRepresentativeName).toBe('王五');
  });

  it('is not seeded twice', async () => {
    const connection = subgraph.connection;
    const models = {
      User: connection.model('User'),
      AgentLink: connection.model('AgentLink'),
      AgentGrant: connection.model('AgentGrant'),
    } as unknown as IdentityModels;
    const inserted = await seedDemoAgentGrant(models, createLogger('test'));
    expect(inserted).toBe(false);
    const grants = await connection
      .model('AgentGrant')
      .countDocuments({ _id: DEMO_AGENT_GRANT.id });
    expect(grants).toBe(1);
  });
});
