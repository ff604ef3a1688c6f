import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENT_SYSTEMS, Role } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  auditRecords,
  signInDemo,
  startAccountSubgraph,
  type AccountTestSubgraph,
} from './accountSupport.js';

let env: AccountTestSubgraph;
let url: string;
let cityAdmin: string;
let wuxiAdmin: string;

beforeAll(async () => {
  env = await startAccountSubgraph();
  url = env.subgraph.url;
  cityAdmin = await signInDemo(url, 'admin');
  wuxiAdmin = await signInDemo(url, 'admin.wuxi');
});

afterAll(async () => {
  await env?.close();
});

const BIND = `mutation($s: ID!, $e: String!, $u: ID!) {
  bindDepartmentAccount(systemId: $s, externalUserId: $e, userId: $u) {
    system { id name departmentCode department { name } }
    externalUserId userId boundBy boundAt user { id name }
  }
}`;
const UNBIND = `mutation($s: ID!, $e: String!) { unbindDepartmentAccount(systemId: $s, externalUserId: $e) }`;
const LOOKUP = `query($s: ID!, $e: String!) {
  departmentAccountBinding(systemId: $s, externalUserId: $e) { userId externalUserId system { id } }
}`;
const USER_BINDINGS = `query($id: ID!) { user(id: $id) { id departmentAccounts { externalUserId system { id } } } }`;

function bind(token: unknown, s: string, e: string, u: string) {
  return graphql(url, BIND, { s, e, u }, token as string);
}

describe('departmentSystems', () => {
  it('lists the seeded systems to staff only', async () => {
    const result = await graphql(
      url,
      '{ departmentSystems { id name departmentCode divisionCode } }',
      {},
      await signInDemo(url, 'clerk.wuxi'),
    );
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.departmentSystems.map((s: { id: string }) => s.id),
    ).toEqual(DEPARTMENT_SYSTEMS.map((s) => s.id).sort());
    const citizen = await graphql(
      url,
      '{ departmentSystems { id } }',
      {},
      await signInDemo(url, '13800138000'),
    );
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bindDepartmentAccount', () => {
  it('binds, looks up and unbinds with audit records', async () => {
    const bound = await bind(
      cityAdmin,
      'scjg-djzc',
      ' SC-0001 ',
      'u-reviewer.scjg',
    );
    expect(bound.errors).toBeUndefined();
    expect(bound.data!.bindDepartmentAccount).toMatchObject({
      system: {
        id: 'scjg-djzc',
        departmentCode: 'CQ-SCJG',
        department: { name: '重庆市市场监督管理局' },
      },
      externalUserId: 'SC-0001',
      userId: 'u-reviewer.scjg',
      boundBy: 'u-admin',
      user: { id: 'u-reviewer.scjg', name: '赵审核' },
    });

    const again = await bind(
      cityAdmin,
      'scjg-djzc',
      'SC-0001',
      'u-reviewer.scjg',
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.bindDepartmentAccount.boundAt).toBe(
      bound.data!.bindDepartmentAccount.boundAt,
    );

    const lookup = await graphql(
      url,
      LOOKUP,
      { s: 'scjg-djzc', e: 'SC-0001' },
      viewerOf([Role.System]),
    );
    expect(lookup.data!.departmentAccountBinding.userId).toBe(
      'u-reviewer.scjg',
    );
    const missing = await graphql(
      url,
      LOOKUP,
      { s: 'scjg-djzc', e: 'SC-9999' },
      viewerOf([Role.System]),
    );
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.departmentAccountBinding).toBeNull();

    const own = await graphql(
      url,
      USER_BINDINGS,
      { id: 'u-reviewer.scjg' },
      await signInDemo(url, 'reviewer.scjg'),
    );
    expect(own.data!.user.departmentAccounts).toEqual([
      { externalUserId: 'SC-0001', system: { id: 'scjg-djzc' } },
    ]);
    const other = await graphql(
      url,
      USER_BINDINGS,
      { id: 'u-reviewer.scjg' },
      await signInDemo(url, 'approver.scjg'),
    );
    expect(other.data!.user.departmentAccounts).toBeNull();

    const unbound = await graphql(
      url,
      UNBIND,
      { s: 'scjg-djzc', e: 'SC-0001' },
      cityAdmin,
    );
    expect(unbound.data!.unbindDepartmentAccount).toBe(true);
    const twice = await graphql(
      url,
      UNBIND,
      { s: 'scjg-djzc', e: 'SC-0001' },
      cityAdmin,
    );
    expect(twice.data!.unbindDepartmentAccount).toBe(false);

    const records = await auditRecords(env.subgraph, {
      action: { $in: ['bindDepartmentAccount', 'unbindDepartmentAccount'] },
      subjectId: 'u-reviewer.scjg',
    });
    expect(records.map((r) => r.action)).toEqual([
      'bindDepartmentAccount',
      'unbindDepartmentAccount',
    ]);
    expect(records[0]?.details).toEqual({
      systemId: 'scjg-djzc',
      externalUserId: 'SC-0001',
    });
  });

  it('binds each side at most once per system', async () => {
    expect(
      (await bind(cityAdmin, 'ga-rkxx', 'GA-1', 'u-clerk.wuxi')).errors,
    ).toBeUndefined();
    const sameExternal = await bind(
      cityAdmin,
      'ga-rkxx',
      'GA-1',
      'u-clerk.yuzhong',
    );
    expect(sameExternal.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const sameUser = await bind(cityAdmin, 'ga-rkxx', 'GA-2', 'u-clerk.wuxi');
    expect(sameUser.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const otherSystem = await bind(
      cityAdmin,
      'rs-sbjb',
      'GA-1',
      'u-clerk.wuxi',
    );
    expect(otherSystem.errors).toBeUndefined();
  });

  it('keeps one binding under concurrent requests', async () => {
    const results = await Promise.all([
      bind(cityAdmin, 'rs-sbjb', 'RS-7', 'u-clerk.chengbei'),
      bind(cityAdmin, 'rs-sbjb', 'RS-7', 'u-manager.wuxi'),
      bind(cityAdmin, 'rs-sbjb', 'RS-8', 'u-clerk.chengbei'),
    ]);
    expect(results.filter((r) => !r.errors).length).toBeGreaterThan(0);
    for (const failed of results.filter((r) => r.errors))
      expect(failed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await env.subgraph.connection
      .model('DepartmentAccountBinding')
      .find({ systemId: 'rs-sbjb' })
      .lean<{ externalUserId: string; userId: string }[]>();
    const users = stored.map((b) => b.userId);
    const externals = stored.map((b) => b.externalUserId);
    expect(new Set(users).size).toBe(users.length);
    expect(new Set(externals).size).toBe(externals.length);
  });

  it('refuses to bind the administrator’s own account', async () => {
    const own = await bind(cityAdmin, 'ga-rkxx', 'root', 'u-admin');
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lookup = await graphql(
      url,
      LOOKUP,
      { s: 'ga-rkxx', e: 'root' },
      cityAdmin,
    );
    expect(lookup.data!.departmentAccountBinding).toBeNull();
  });

  it('binds active staff accounts only', async () => {
    const citizen = await bind(
      cityAdmin,
      'mz-wx-jzxt',
      'JZ-1',
      'u-demo-citizen-1',
    );
    expect(citizen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const company = await bind(
      cityAdmin,
      'scjg-djzc',
      'LP-1',
      'u-company.demo',
    );
    expect(company.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs jurisdiction over the user and the system', async () => {
    const countySystem = await bind(
      wuxiAdmin,
      'mz-wx-jzxt',
      'MZ-1',
      'u-clerk.chengbei',
    );
    expect(countySystem.errors).toBeUndefined();
    const citySystem = await bind(
      wuxiAdmin,
      'scjg-djzc',
      'SC-2',
      'u-clerk.wuxi',
    );
    expect(citySystem.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherDistrictUser = await bind(
      wuxiAdmin,
      'mz-wx-jzxt',
      'MZ-2',
      'u-clerk.yuzhong',
    );
    expect(otherDistrictUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const wuxiView = await graphql(
      url,
      USER_BINDINGS,
      { id: 'u-clerk.chengbei' },
      wuxiAdmin,
    );
    expect(wuxiView.data!.user.departmentAccounts).toEqual(
      expect.arrayContaining([
        { externalUserId: 'MZ-1', system: { id: 'mz-wx-jzxt' } },
      ]),
    );
    const lookupByCountyAdmin = await graphql(
      url,
      LOOKUP,
      { s: 'scjg-djzc', e: 'SC-0001' },
      wuxiAdmin,
    );
    expect(lookupByCountyAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unbindByCountyAdmin = await graphql(
      url,
      UNBIND,
      { s: 'ga-rkxx', e: 'GA-1' },
      wuxiAdmin,
    );
    expect(unbindByCountyAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects anonymous, citizens and unknown records', async () => {
    const anonymous = await graphql(url, BIND, {
      s: 'ga-rkxx',
      e: 'GA-9',
      u: 'u-clerk.wuxi',
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const citizen = await bind(
      await signInDemo(url, '13800138000'),
      'ga-rkxx',
      'GA-9',
      'u-demo-citizen-1',
    );
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const citizenLookup = await graphql(
      url,
      LOOKUP,
      { s: 'ga-rkxx', e: 'GA-1' },
      await signInDemo(url, '13800138000'),
    );
    expect(citizenLookup.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknownSystem = await bind(cityAdmin, 'no-such', 'X', 'u-clerk.wuxi');
    expect(unknownSystem.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknownUser = await bind(cityAdmin, 'ga-rkxx', 'GA-9', 'u-nobody');
    expect(unknownUser.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const blank = await bind(cityAdmin, 'ga-rkxx', '  ', 'u-clerk.wuxi');
    expect(blank.errors?.[0]?.extensions?.field).toBe('externalUserId');
  });
});
