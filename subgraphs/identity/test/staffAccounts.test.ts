import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, STAFF_ROLES } from '@ykb/common';
import {
  graphql,
  viewerOf,
  type GraphQLResponse,
} from '../../../tests/support/harness.js';
import {
  auditRecords,
  latestCode,
  outboxFileLines,
  outboxOf,
  signInDemo,
  startAccountSubgraph,
  type AccountTestSubgraph,
} from './accountSupport.js';

let env: AccountTestSubgraph;
let url: string;
let wuxiAdmin: string;
let cityAdmin: string;

beforeAll(async () => {
  env = await startAccountSubgraph();
  url = env.subgraph.url;
  wuxiAdmin = await signInDemo(url, 'admin.wuxi');
  cityAdmin = await signInDemo(url, 'admin');
});

afterAll(async () => {
  await env?.close();
});

const USER_FIELDS =
  'id name kind mobile roles divisionCode departmentCode hallId disabled masked';

const CREATE = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { ${USER_FIELDS} }
}`;
const UPDATE = `mutation($input: UpdateStaffAccessInput!) {
  updateStaffAccess(input: $input) { ${USER_FIELDS} }
}`;
const DISABLE = `mutation($id: ID!) { disableStaffAccount(userId: $id) { id disabled } }`;
const ENABLE = `mutation($id: ID!) { enableStaffAccount(userId: $id) { id disabled } }`;
const RESET = `mutation($a: String!, $c: String!, $p: String!) {
  resetPassword(account: $a, code: $c, newPassword: $p)
}`;
const SIGN_IN = `mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token user { id } } }`;

let mobileCounter = 0;
function nextMobile(): string {
  mobileCounter++;
  return `1870000${String(mobileCounter).padStart(4, '0')}`;
}

function clerkInput(overrides: Record<string, unknown> = {}) {
  return {
    account: `clerk.cx${mobileCounter + 1}`,
    name: '杨代办',
    mobile: nextMobile(),
    roles: ['CLERK'],
    divisionCode: '500238100',
    hallId: 'hall-500238100',
    ...overrides,
  };
}

async function create(token: string, input: Record<string, unknown>) {
  return graphql(url, CREATE, { input }, token);
}

async function countUsers(filter: Record<string, unknown>): Promise<number> {
  return env.subgraph.connection.model('User').countDocuments(filter);
}

describe('createStaffAccount', () => {
  it('creates a clerk without a password and sends an activation code', async () => {
    const input = clerkInput({ account: ' Clerk.ChengXiang ' });
    const result = await create(wuxiAdmin, input);
    expect(result.errors).toBeUndefined();
    const user = result.data!.createStaffAccount;
    expect(user).toMatchObject({
      kind: 'STAFF',
      name: '杨代办',
      mobile: input.mobile,
      roles: ['CLERK'],
      divisionCode: '500238100',
      hallId: 'hall-500238100',
      disabled: false,
      masked: false,
    });

    const stored = await env.subgraph.connection
      .model('User')
      .findById(user.id)
      .lean<{ account: string; passwordHash?: string; createdBy: string }>();
    expect(stored?.account).toBe('clerk.chengxiang');
    expect(stored?.passwordHash).toBeUndefined();
    expect(stored?.createdBy).toBe('u-admin.wuxi');

    const [message] = await outboxOf(url, input.mobile);
    expect(message?.templateId).toBe('ACCOUNT_ACTIVATION');
    expect(message?.text).toContain('clerk.chengxiang');
    const code = message!.params.find((p) => p.key === 'code')!.value!;
    expect(code).toMatch(/^\d{6}$/);
    expect(message?.text).toContain(code);
    const line = outboxFileLines(env.outboxFile).find(
      (entry) => entry.mobile === input.mobile,
    );
    expect(line?.templateId).toBe('ACCOUNT_ACTIVATION');
    expect(line?.text).toBe(message?.text);

    const storedCodes = await env.subgraph.connection
      .model('OneTimeCode')
      .find({ userId: user.id })
      .lean<{ codeHash: string }[]>();
    expect(storedCodes).toHaveLength(1);
    expect(storedCodes[0]!.codeHash).toMatch(/^scrypt\$/);
    expect(storedCodes[0]!.codeHash).not.toContain(code);

    const [audit] = await auditRecords(env.subgraph, {
      action: 'createStaffAccount',
      subjectId: user.id,
    });
    expect(audit).toMatchObject({
      outcome: 'SUCCEEDED',
      actorId: 'u-admin.wuxi',
      actorDivisionCode: '500238',
      service: 'identity',
    });
    expect(audit?.details).toMatchObject({
      account: 'clerk.chengxiang',
      beforeRoles: null,
      afterRoles: 'CLERK',
      afterDivision: '500238100',
      afterHall: 'hall-500238100',
    });
  });

  it('lets the new account set a password with the activation code', async () => {
    const input = clerkInput();
    const created = await create(wuxiAdmin, input);
    expect(created.errors).toBeUndefined();
    const before = await graphql(url, SIGN_IN, {
      a: input.account,
      p: 'Activated-2026',
    });
    expect(before.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    const code = await latestCode(url, input.mobile);
    const reset = await graphql(url, RESET, {
      a: input.account,
      c: code,
      p: 'Activated-2026',
    });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetPassword).toBe(true);
    const after = await graphql(url, SIGN_IN, {
      a: input.account,
      p: 'Activated-2026',
    });
    expect(after.errors).toBeUndefined();
    expect(after.data!.signIn.user.id).toBe(
      created.data!.createStaffAccount.id,
    );
  });

  it('rejects an account in another district', async () => {
    const input = clerkInput({
      divisionCode: '500103',
      hallId: 'hall-500103',
    });
    const result = await create(wuxiAdmin, input);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countUsers({ account: input.account })).toBe(0);
    expect(await outboxOf(url, input.mobile)).toEqual([]);
  });

  it('rejects an administrator at its own level', async () => {
    const input = clerkInput({
      account: 'admin.wuxi2',
      roles: ['ADMIN'],
      divisionCode: '500238',
      hallId: null,
    });
    const result = await create(wuxiAdmin, input);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countUsers({ account: 'admin.wuxi2' })).toBe(0);
  });

  it('creates an administrator strictly inside the subtree', async () => {
    const township = await create(
      wuxiAdmin,
      clerkInput({
        account: 'admin.chengxiang',
        roles: ['ADMIN'],
        hallId: null,
      }),
    );
    expect(township.errors).toBeUndefined();
    expect(township.data!.createStaffAccount.roles).toEqual(['ADMIN']);

    const county = await create(
      cityAdmin,
      clerkInput({
        account: 'admin.wuxi.deputy',
        roles: ['ADMIN', 'AUDITOR'],
        divisionCode: '500238',
        hallId: null,
      }),
    );
    expect(county.errors).toBeUndefined();
    expect(county.data!.createStaffAccount.divisionCode).toBe('500238');
  });

  it('rejects a taken account name with CONFLICT', async () => {
    const input = clerkInput({ account: 'clerk.wuxi' });
    const result = await create(wuxiAdmin, input);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await countUsers({ account: 'clerk.wuxi' })).toBe(1);
    expect(await outboxOf(url, input.mobile)).toEqual([]);
  });

  it('creates one account from concurrent identical requests', async () => {
    const input = clerkInput({ account: 'clerk.twice' });
    const results = await Promise.all([
      create(wuxiAdmin, input),
      create(wuxiAdmin, input),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
    expect(await countUsers({ account: 'clerk.twice' })).toBe(1);
  });

  const invalid: {
    title: string;
    input: Record<string, unknown>;
    code: string;
    field: string;
  }[] = [
    {
      title: 'an unknown department',
      input: { roles: ['REVIEWER'], departmentCode: 'CQ-XX', hallId: null },
      code: 'BAD_USER_INPUT',
      field: 'departmentCode',
    },
    {
      title: 'a reviewer without department',
      input: { roles: ['REVIEWER'], hallId: null },
      code: 'BAD_USER_INPUT',
      field: 'departmentCode',
    },
    {
      title: 'an unknown hall',
      input: { hallId: 'hall-999' },
      code: 'BAD_USER_INPUT',
      field: 'hallId',
    },
    {
      title: 'a hall outside the division',
      input: { hallId: 'hall-500238' },
      code: 'BAD_USER_INPUT',
      field: 'hallId',
    },
    {
      title: 'a clerk without hall',
      input: { hallId: null },
      code: 'BAD_USER_INPUT',
      field: 'hallId',
    },
    {
      title: 'no role',
      input: { roles: [] },
      code: 'BAD_USER_INPUT',
      field: 'roles',
    },
    {
      title: 'a repeated role',
      input: { roles: ['CLERK', 'CLERK'] },
      code: 'BAD_USER_INPUT',
      field: 'roles',
    },
    {
      title: 'an unknown division',
      input: { divisionCode: '500299' },
      code: 'BAD_USER_INPUT',
      field: 'divisionCode',
    },
    {
      title: 'a mobile starting 12',
      input: { mobile: '12800138000' },
      code: 'INVALID_MOBILE',
      field: 'mobile',
    },
    {
      title: 'an account name that is a mobile',
      input: { account: '13700001111' },
      code: 'BAD_USER_INPUT',
      field: 'account',
    },
    {
      title: 'a Latin name',
      input: { name: 'Li Si' },
      code: 'BAD_USER_INPUT',
      field: 'name',
    },
  ];
  for (const row of invalid) {
    it(`rejects ${row.title}`, async () => {
      const input = clerkInput(row.input);
      const result = await create(wuxiAdmin, input);
      expect(result.errors?.[0]?.extensions?.code).toBe(row.code);
      expect(result.errors?.[0]?.extensions?.field).toBe(row.field);
      expect(await countUsers({ account: input.account })).toBe(0);
    });
  }

  it('creates nothing when the activation message fails', async () => {
    const input = clerkInput({ account: 'clerk.nosms', mobile: '13512340000' });
    const failed = await create(wuxiAdmin, input);
    expect(failed.data).toBeNull();
    expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    expect(failed.errors?.[0]?.extensions?.reason).toBe('PROVIDER_FAILURE');
    const models = env.subgraph.connection;
    expect(await countUsers({ account: 'clerk.nosms' })).toBe(0);
    expect(
      await models.model('IdentityClaim').countDocuments({
        _id: 'account:clerk.nosms',
      }),
    ).toBe(0);
    expect(
      await models
        .model('OneTimeCode')
        .countDocuments({ account: 'clerk.nosms' }),
    ).toBe(0);
    const [audit] = await auditRecords(env.subgraph, {
      action: 'createStaffAccount',
      'details.account': 'clerk.nosms',
    });
    expect(audit).toMatchObject({ outcome: 'FAILED', code: 'UPSTREAM_FAILED' });

    const retried = await create(wuxiAdmin, { ...input, mobile: nextMobile() });
    expect(retried.errors).toBeUndefined();
  });

  it('rejects anonymous, citizen and clerk callers', async () => {
    const input = clerkInput();
    const citizen = await signInDemo(url, '13800138000');
    const clerk = await signInDemo(url, 'clerk.wuxi');
    const anonymous = await graphql(url, CREATE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [citizen, clerk]) {
      const result = await create(token, input);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countUsers({ account: input.account })).toBe(0);
    const refusals = await auditRecords(env.subgraph, {
      action: 'Mutation.createStaffAccount',
      outcome: 'REFUSED',
    });
    expect(refusals.map((r) => r.code)).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'FORBIDDEN']),
    );
    const citizenRefusal = refusals.find(
      (r) => r.actorId === 'u-demo-citizen-1',
    );
    expect(citizenRefusal?.actorDivisionCode).toBe('500238100205');
  });
});

describe('updateStaffAccess', () => {
  it('replaces the roles, signs the account out and audits both sides', async () => {
    const input = clerkInput();
    const created = await create(wuxiAdmin, input);
    const id = created.data!.createStaffAccount.id as string;
    await graphql(url, RESET, {
      a: input.account,
      c: await latestCode(url, input.mobile),
      p: 'Staff-pass-1',
    });
    const staffToken = await signInDemo(url, input.account, 'Staff-pass-1');

    const result = await graphql(
      url,
      UPDATE,
      {
        input: {
          userId: id,
          roles: ['REVIEWER', 'APPROVER'],
          divisionCode: '500238',
          departmentCode: 'CQ-MZ',
        },
      },
      wuxiAdmin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateStaffAccess).toMatchObject({
      roles: ['REVIEWER', 'APPROVER'],
      divisionCode: '500238',
      departmentCode: 'CQ-MZ',
      hallId: null,
    });

    const me = await graphql(url, '{ me { id } }', {}, staffToken);
    expect(me.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
    const signedIn = await graphql(url, SIGN_IN, {
      a: input.account,
      p: 'Staff-pass-1',
    });
    expect(signedIn.errors).toBeUndefined();

    const [audit] = await auditRecords(env.subgraph, {
      action: 'updateStaffAccess',
      subjectId: id,
    });
    expect(audit?.details).toMatchObject({
      beforeRoles: 'CLERK',
      beforeDivision: '500238100',
      beforeHall: 'hall-500238100',
      afterRoles: 'REVIEWER,APPROVER',
      afterDivision: '500238',
      afterDepartment: 'CQ-MZ',
      afterHall: null,
      sessionsRevoked: 1,
    });
  });

  it('rejects a change of the own roles', async () => {
    const result = await graphql(
      url,
      UPDATE,
      {
        input: {
          userId: 'u-admin.wuxi',
          roles: ['ADMIN', 'AUDITOR'],
          divisionCode: '500238',
        },
      },
      wuxiAdmin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects accounts and targets outside the subtree', async () => {
    const outside = await graphql(
      url,
      UPDATE,
      {
        input: {
          userId: 'u-clerk.yuzhong',
          roles: ['CLERK'],
          divisionCode: '500103',
          hallId: 'hall-500103',
        },
      },
      wuxiAdmin,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const moveOut = await graphql(
      url,
      UPDATE,
      {
        input: {
          userId: 'u-clerk.wuxi',
          roles: ['CLERK'],
          divisionCode: '500103',
          hallId: 'hall-500103',
        },
      },
      wuxiAdmin,
    );
    expect(moveOut.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const promote = await graphql(
      url,
      UPDATE,
      {
        input: {
          userId: 'u-manager.wuxi',
          roles: ['ADMIN'],
          divisionCode: '500238',
        },
      },
      wuxiAdmin,
    );
    expect(promote.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const manager = await env.subgraph.connection
      .model('User')
      .findById('u-manager.wuxi')
      .lean<{ roles: string[] }>();
    expect(manager?.roles).toEqual(['HALL_MANAGER']);
  });

  it('counts one version per applied concurrent update', async () => {
    const results = await Promise.all(
      ['SUPERVISOR', 'ANALYST'].map((role) =>
        graphql(
          url,
          UPDATE,
          {
            input: {
              userId: 'u-reviewer.mz',
              roles: [role],
              divisionCode: '500238',
            },
          },
          wuxiAdmin,
        ),
      ),
    );
    const applied = results.filter((r) => !r.errors);
    for (const failure of results.filter((r) => r.errors))
      expect(
        failure.errors?.[0]?.extensions?.code,
        JSON.stringify(failure.errors),
      ).toBe('CONFLICT');
    expect(applied.length).toBeGreaterThan(0);
    const stored = await env.subgraph.connection
      .model('User')
      .findById('u-reviewer.mz')
      .lean<{ roles: string[]; version: number }>();
    expect(stored?.version).toBe(applied.length);
    const updates = await auditRecords(env.subgraph, {
      action: 'updateStaffAccess',
      subjectId: 'u-reviewer.mz',
    });
    expect(updates).toHaveLength(applied.length);
  });
});

describe('disableStaffAccount and enableStaffAccount', () => {
  it('disables sign-in and sessions, then enables them again', async () => {
    const input = clerkInput();
    const created = await create(wuxiAdmin, input);
    const id = created.data!.createStaffAccount.id as string;
    await graphql(url, RESET, {
      a: input.account,
      c: await latestCode(url, input.mobile),
      p: 'Staff-pass-2',
    });
    const staffToken = await signInDemo(url, input.account, 'Staff-pass-2');

    const disabled = await graphql(url, DISABLE, { id }, wuxiAdmin);
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data!.disableStaffAccount.disabled).toBe(true);
    expect(
      (await graphql(url, '{ me { id } }', {}, staffToken)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    const refused = await graphql(url, SIGN_IN, {
      a: input.account,
      p: 'Staff-pass-2',
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('ACCOUNT_DISABLED');

    const again = await graphql(url, DISABLE, { id }, wuxiAdmin);
    expect(again.data!.disableStaffAccount.disabled).toBe(true);

    const enabled = await graphql(url, ENABLE, { id }, wuxiAdmin);
    expect(enabled.data!.enableStaffAccount.disabled).toBe(false);
    const back = await graphql(url, SIGN_IN, {
      a: input.account,
      p: 'Staff-pass-2',
    });
    expect(back.errors).toBeUndefined();

    const records = await auditRecords(env.subgraph, {
      subjectId: id,
      action: { $in: ['disableStaffAccount', 'enableStaffAccount'] },
    });
    expect(
      records.map((r) => [
        r.action,
        r.details?.changed,
        r.details?.afterDisabled,
      ]),
    ).toEqual([
      ['disableStaffAccount', true, true],
      ['disableStaffAccount', false, true],
      ['enableStaffAccount', true, false],
    ]);
    expect(records[0]?.details?.sessionsRevoked).toBe(1);
  });

  it('rejects disabling oneself, peers and citizens', async () => {
    const self = await graphql(url, DISABLE, { id: 'u-admin.wuxi' }, wuxiAdmin);
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = await graphql(
      url,
      DISABLE,
      { id: 'u-window.yuzhong' },
      wuxiAdmin,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const citizen = await graphql(
      url,
      DISABLE,
      { id: 'u-demo-citizen-1' },
      wuxiAdmin,
    );
    expect(citizen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byClerk = await graphql(
      url,
      DISABLE,
      { id: 'u-clerk.chengbei' },
      await signInDemo(url, 'clerk.wuxi'),
    );
    expect(byClerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('staffAccounts', () => {
  const LIST = `query($d: String!, $dep: String, $first: Int, $after: String) {
    staffAccounts(divisionCode: $d, departmentCode: $dep, first: $first, after: $after) {
      nodes { id divisionCode departmentCode } endCursor hasNextPage
    }
  }`;

  it('pages through the subtree in account order', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: GraphQLResponse<Record<string, any>> = await graphql(
        url,
        LIST,
        { d: '500238', first: 2, after },
        wuxiAdmin,
      );
      expect(result.errors).toBeUndefined();
      const connection: {
        nodes: { id: string; divisionCode: string }[];
        endCursor: string | null;
        hasNextPage: boolean;
      } = result.data!.staffAccounts;
      expect(connection.nodes.length).toBeLessThanOrEqual(2);
      for (const node of connection.nodes) {
        expect(node.divisionCode.startsWith('500238')).toBe(true);
        ids.push(node.id);
      }
      if (!connection.hasNextPage) break;
      after = connection.endCursor;
    }
    const stored = await env.subgraph.connection
      .model('User')
      .find({ kind: 'STAFF', divisionCode: /^500238/ })
      .sort({ account: 1 })
      .lean<{ _id: string }[]>();
    expect(ids).toEqual(stored.map((u) => u._id));
    expect(ids).toContain('u-clerk.chengbei');
    expect(ids).not.toContain('u-clerk.yuzhong');
  });

  it('filters by department', async () => {
    const result = await graphql(
      url,
      LIST,
      { d: '50', dep: 'CQ-SCJG', first: 100 },
      cityAdmin,
    );
    const nodes = result.data!.staffAccounts.nodes as {
      id: string;
      departmentCode: string;
    }[];
    expect(nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['u-reviewer.scjg', 'u-approver.scjg']),
    );
    expect(nodes.every((n) => n.departmentCode === 'CQ-SCJG')).toBe(true);
  });

  it('rejects other divisions, callers and bad pages', async () => {
    const other = await graphql(url, LIST, { d: '500103' }, wuxiAdmin);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditor = await graphql(
      url,
      LIST,
      { d: '50' },
      await signInDemo(url, 'auditor.city'),
    );
    expect(auditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphql(url, LIST, { d: '50' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await graphql(
      url,
      LIST,
      { d: '500238', first: 101 },
      wuxiAdmin,
    );
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('first');
    const badCursor = await graphql(
      url,
      LIST,
      { d: '500238', after: 'not-a-cursor' },
      wuxiAdmin,
    );
    expect(badCursor.errors?.[0]?.extensions?.field).toBe('after');
  });
});

describe('StaffRole', () => {
  it('lists every staff role with a description', async () => {
    const result = await graphql(
      url,
      '{ __type(name: "StaffRole") { enumValues { name description } } }',
      {},
      viewerOf([Role.Admin], { divisionCode: '50' }),
    );
    const values = result.data!.__type.enumValues as {
      name: string;
      description: string;
    }[];
    expect(values.map((v) => v.name)).toEqual([...STAFF_ROLES]);
    for (const value of values) expect(value.description).toMatch(/: /);
  });
});
