import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;
const tokens: Record<string, string> = {};

const ZHANG = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
const ZHANG_ID_CARD = ZHANG.idCardNumber!;

async function signInAs(account: string): Promise<string> {
  const result = await graphql(
    subgraph.url,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: DEMO_PASSWORD },
  );
  if (result.errors)
    throw new Error(
      `Sign-in of ${account} failed: ${result.errors[0]!.message}`,
    );
  return result.data!.signIn.token;
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
  for (const account of [
    '13800138000',
    '13900139000',
    'clerk.chengbei',
    'clerk.wuxi',
    'clerk.yuzhong',
    'reviewer.mz',
    'reviewer.scjg',
    'approver.scjg',
    'manager.wuxi',
    'supervisor.city',
    'itemadmin.city',
    'sealadmin.city',
    'admin',
  ]) {
    tokens[account] = await signInAs(account);
  }
});

afterAll(async () => {
  await subgraph?.close();
});

const USER_FIELDS =
  'id name idCardNumber mobile divisionCode masked division { code level }';

const RAW_ZHANG = {
  id: 'u-demo-citizen-1',
  name: '张三',
  idCardNumber: ZHANG_ID_CARD,
  mobile: '13800138000',
  divisionCode: '500238100205',
  masked: false,
  division: { code: '500238100205', level: 'VILLAGE' },
};

const MASKED_ZHANG = {
  id: 'u-demo-citizen-1',
  name: '张*',
  idCardNumber: `5002**********${ZHANG_ID_CARD.slice(-4)}`,
  mobile: '138****8000',
  divisionCode: '500238100',
  masked: true,
  division: { code: '500238100', level: 'TOWNSHIP' },
};

async function userAs(id: string, token: string | undefined) {
  return graphql(
    subgraph.url,
    `query($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`,
    { id },
    token,
  );
}

async function entitiesAs(ids: string[], token: string | Viewer | undefined) {
  return graphql(
    subgraph.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { ${USER_FIELDS} } } }`,
    {
      r: ids.map((id) => ({ __typename: 'User', id })),
    },
    token,
  );
}

describe('user masking by viewer', () => {
  const cases: { viewer: string; expected: typeof RAW_ZHANG | 'FORBIDDEN' }[] =
    [
      { viewer: '13800138000', expected: RAW_ZHANG },
      { viewer: 'admin', expected: RAW_ZHANG },
      { viewer: 'clerk.chengbei', expected: RAW_ZHANG },
      { viewer: 'clerk.wuxi', expected: RAW_ZHANG },
      // Reviewers and approvers read the applicant's data from the cases they
      // handle, so they see user accounts masked.
      { viewer: 'reviewer.mz', expected: MASKED_ZHANG },
      { viewer: 'reviewer.scjg', expected: MASKED_ZHANG },
      { viewer: 'approver.scjg', expected: MASKED_ZHANG },
      { viewer: 'manager.wuxi', expected: MASKED_ZHANG },
      { viewer: 'supervisor.city', expected: MASKED_ZHANG },
      // Item and seal administrators read no cases, so they read no users;
      // other citizens and staff of another division read none either.
      { viewer: 'itemadmin.city', expected: 'FORBIDDEN' },
      { viewer: 'sealadmin.city', expected: 'FORBIDDEN' },
      { viewer: 'clerk.yuzhong', expected: 'FORBIDDEN' },
      { viewer: '13900139000', expected: 'FORBIDDEN' },
    ];

  for (const { viewer, expected } of cases) {
    if (expected === 'FORBIDDEN') {
      it(`refuses ${viewer} the citizen in user`, async () => {
        const result = await userAs('u-demo-citizen-1', tokens[viewer]);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data!.user).toBeNull();
      });

      it(`refuses ${viewer} the citizen in _entities`, async () => {
        const result = await entitiesAs(['u-demo-citizen-1'], tokens[viewer]);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data!._entities).toEqual([null]);
      });
      continue;
    }
    const label = expected.masked ? 'masked' : 'raw';
    it(`shows ${viewer} the citizen ${label} in user`, async () => {
      const result = await userAs('u-demo-citizen-1', tokens[viewer]);
      expect(result.errors).toBeUndefined();
      expect(result.data!.user).toEqual(expected);
    });

    it(`shows ${viewer} the citizen ${label} in _entities`, async () => {
      const result = await entitiesAs(['u-demo-citizen-1'], tokens[viewer]);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([expected]);
    });
  }

  it('refuses every entity to an anonymous request', async () => {
    const result = await entitiesAs(
      ['u-demo-citizen-1', 'u-demo-citizen-2', 'u-missing'],
      undefined,
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(result.data!._entities).toEqual([null, null, null]);
  });

  it('refuses users of another division, but shows its own raw', async () => {
    const viewer = viewerOf(['CLERK'], {
      divisionCode: '500103',
      hallId: 'hall-500103',
    });
    const result = await entitiesAs(
      ['u-demo-citizen-1', 'u-demo-citizen-2'],
      viewer,
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    expect(result.data!._entities[0]).toBeNull();
    expect(result.data!._entities[1]).toMatchObject({
      name: '欧阳娜娜',
      mobile: '13900139000',
      masked: false,
    });
  });

  it('rejects the user query without a token', async () => {
    const result = await userAs('u-demo-citizen-1', undefined);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed-out session, also for _entities', async () => {
    const token = await signInAs('clerk.wuxi');
    await graphql(subgraph.url, 'mutation { signOut }', {}, token);
    const entities = await entitiesAs(['u-demo-citizen-1'], token);
    expect(entities.data?._entities).toBeUndefined();
    expect(entities.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
    const user = await userAs('u-demo-citizen-1', token);
    expect(user.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a legal person name and credit code but masks a staff name', async () => {
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { name kind creditCode masked } } }',
      {
        r: [
          { __typename: 'User', id: 'u-company.demo' },
          { __typename: 'User', id: 'u-clerk.wuxi' },
        ],
      },
      tokens['supervisor.city'],
    );
    expect(result.errors).toBeUndefined();
    const company = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo')!;
    expect(result.data!._entities[0]).toEqual({
      name: company.name,
      kind: 'LEGAL_PERSON',
      creditCode: company.creditCode,
      masked: true,
    });
    expect(result.data!._entities[1]).toEqual({
      name: '王**',
      kind: 'STAFF',
      creditCode: null,
      masked: true,
    });
  });

  it('loads all users of an _entities request in one query', async () => {
    const queries: string[] = [];
    subgraph.connection.set('debug', (collection: string, method: string) => {
      if (collection === 'users') queries.push(method);
    });
    try {
      const result = await entitiesAs(
        ['u-demo-citizen-1', 'u-demo-citizen-2', 'u-clerk.wuxi', 'u-admin'],
        tokens['admin'],
      );
      expect(result.errors).toBeUndefined();
      expect(
        result.data!._entities.every(
          (e: { masked: boolean }) => e.masked === false,
        ),
      ).toBe(true);
    } finally {
      subgraph.connection.set('debug', false);
    }
    expect(queries).toEqual(['find']);
  });
});

describe('me', () => {
  it('returns the caller unmasked', async () => {
    const result = await graphql(
      subgraph.url,
      `{ me { ${USER_FIELDS} } }`,
      {},
      tokens['13800138000'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toEqual(RAW_ZHANG);
  });
});

describe('userByIdCard', () => {
  const query =
    'query($n: String!) { userByIdCard(idCardNumber: $n) { id name mobile masked } }';

  it('finds a citizen in the clerk jurisdiction, typed loosely', async () => {
    const typed = ` ${ZHANG_ID_CARD.toLowerCase()} `;
    const result = await graphql(
      subgraph.url,
      query,
      { n: typed },
      tokens['clerk.wuxi'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.userByIdCard).toEqual({
      id: 'u-demo-citizen-1',
      name: '张三',
      mobile: '13800138000',
      masked: false,
    });
  });

  it('returns null outside the jurisdiction', async () => {
    const result = await graphql(
      subgraph.url,
      query,
      { n: ZHANG_ID_CARD },
      tokens['clerk.yuzhong'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.userByIdCard).toBeNull();
  });

  it('refuses citizens and staff without the right to raw data', async () => {
    for (const viewer of [
      '13900139000',
      'reviewer.mz',
      'manager.wuxi',
      'supervisor.city',
      'sealadmin.city',
    ]) {
      const result = await graphql(
        subgraph.url,
        query,
        { n: ZHANG_ID_CARD },
        tokens[viewer],
      );
      expect(result.errors?.[0]?.extensions?.code, viewer).toBe('FORBIDDEN');
      expect(result.data!.userByIdCard, viewer).toBeNull();
    }
  });

  it('rejects an anonymous lookup', async () => {
    const result = await graphql(subgraph.url, query, { n: ZHANG_ID_CARD });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
