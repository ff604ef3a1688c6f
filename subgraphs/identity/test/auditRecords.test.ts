import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Role } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { MAX_FAILED_SIGN_INS } from '../src/index.js';
import {
  auditRecords,
  signInDemo,
  startAccountSubgraph,
  type AccountTestSubgraph,
} from './accountSupport.js';

let env: AccountTestSubgraph;
let url: string;
let auditor: string;

beforeAll(async () => {
  env = await startAccountSubgraph();
  url = env.subgraph.url;
  auditor = await signInDemo(url, 'auditor.city');
});

afterAll(async () => {
  await env?.close();
});

const SIGN_IN = `mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }`;
const AUDIT = `query($filter: AuditRecordFilter, $first: Int, $after: String) {
  auditRecords(filter: $filter, first: $first, after: $after) {
    nodes { id at service action outcome code actorId actorDivisionCode subjectType subjectId account details { key value } }
    endCursor hasNextPage
  }
}`;

interface AuditNode {
  id: string;
  at: string;
  action: string;
  outcome: string;
  code: string | null;
  actorId: string | null;
  actorDivisionCode: string | null;
  subjectId: string | null;
  account: string | null;
  details: { key: string; value: string | null }[];
}

async function query(
  token: unknown,
  variables: Record<string, unknown>,
): Promise<{
  nodes: AuditNode[];
  endCursor: string | null;
  hasNextPage: boolean;
}> {
  const result = await graphql(url, AUDIT, variables, token as string);
  expect(result.errors).toBeUndefined();
  return result.data!.auditRecords;
}

describe('sign-in audit', () => {
  it('records successes and failures with the normalised account', async () => {
    const password = 'Wrong-secret-77';
    await graphql(url, SIGN_IN, {
      a: ' ＣＬＥＲＫ.ＷＵＸＩ ',
      p: DEMO_PASSWORD,
    });
    await graphql(url, SIGN_IN, { a: 'Clerk.Wuxi', p: password });
    await graphql(url, SIGN_IN, { a: 'no.such.account', p: password });

    const records = await auditRecords(env.subgraph, {
      action: 'signIn',
      account: { $in: ['clerk.wuxi', 'no.such.account'] },
    });
    expect(records.map((r) => [r.account, r.outcome, r.code ?? null])).toEqual([
      ['clerk.wuxi', 'SUCCEEDED', null],
      ['clerk.wuxi', 'REFUSED', 'INVALID_CREDENTIALS'],
      ['no.such.account', 'REFUSED', 'INVALID_CREDENTIALS'],
    ]);
    expect(records[0]).toMatchObject({
      actorId: 'u-clerk.wuxi',
      actorDivisionCode: '500238',
      subjectId: 'u-clerk.wuxi',
    });
    expect(records[1]?.subjectId).toBe('u-clerk.wuxi');
    expect(records[2]?.subjectId).toBeUndefined();
    const everything = JSON.stringify(await auditRecords(env.subgraph, {}));
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(DEMO_PASSWORD);
  });

  it('records the lockout and refused sign-ins while locked', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++)
      await graphql(url, SIGN_IN, { a: 'manager.wuxi', p: 'Wrong-secret-1' });
    await graphql(url, SIGN_IN, { a: 'manager.wuxi', p: DEMO_PASSWORD });

    const [lockout] = await auditRecords(env.subgraph, {
      action: 'signInLockout',
      account: 'manager.wuxi',
    });
    expect(lockout).toMatchObject({
      outcome: 'REFUSED',
      code: 'ACCOUNT_LOCKED',
      subjectId: 'u-manager.wuxi',
    });
    expect(lockout?.details?.failures).toBe(MAX_FAILED_SIGN_INS);
    const locked = await auditRecords(env.subgraph, {
      action: 'signIn',
      account: 'manager.wuxi',
      code: 'ACCOUNT_LOCKED',
    });
    expect(locked).toHaveLength(1);
  });
});

describe('audited accounts', () => {
  it('masks mobile and ID-card account names', async () => {
    const accounts = ['13700137000', '500238199003071015', 'no.such.person'];
    for (const account of accounts)
      await graphql(url, SIGN_IN, { a: account, p: 'Wrong-secret-1' });
    const page = await query(auditor, {
      filter: { action: 'signIn', outcome: 'REFUSED' },
      first: 100,
    });
    const shown = page.nodes.map((node) => node.account);

    expect(shown).toContain('137****7000');
    expect(shown).toContain('5002**********1015');
    expect(shown).toContain('no.such.person');
    expect(JSON.stringify(page)).not.toContain('13700137000');
    expect(JSON.stringify(page)).not.toContain('500238199003071015');
  });
});

describe('auditRecords', () => {
  it('pages newest first through filtered records', async () => {
    const filter = { action: 'signIn', outcome: 'REFUSED' };
    const seen: AuditNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const connection = await query(auditor, { filter, first: 2, after });
      seen.push(...connection.nodes);
      if (!connection.hasNextPage) break;
      after = connection.endCursor;
    }
    const stored = await auditRecords(env.subgraph, filter);
    expect(seen.map((n) => n.id)).toEqual(
      stored
        .sort(
          (a, b) => b.at.getTime() - a.at.getTime() || (a._id < b._id ? 1 : -1),
        )
        .map((r) => r._id),
    );
    for (let i = 1; i < seen.length; i++)
      expect(Date.parse(seen[i - 1]!.at)).toBeGreaterThanOrEqual(
        Date.parse(seen[i]!.at),
      );
    expect(
      seen.every((n) => n.action === 'signIn' && n.outcome === 'REFUSED'),
    ).toBe(true);
  });

  it('filters by actor, code, service and time', async () => {
    const byActor = await query(auditor, {
      filter: { actorId: 'u-clerk.wuxi' },
    });
    expect(byActor.nodes.length).toBeGreaterThan(0);
    expect(byActor.nodes.every((n) => n.actorId === 'u-clerk.wuxi')).toBe(true);

    const byCode = await query(auditor, {
      filter: { code: 'ACCOUNT_LOCKED', service: 'identity' },
    });
    expect(byCode.nodes.length).toBeGreaterThan(0);
    expect(byCode.nodes.every((n) => n.code === 'ACCOUNT_LOCKED')).toBe(true);

    const future = await query(auditor, {
      filter: { from: new Date(Date.now() + 3600_000).toISOString() },
    });
    expect(future.nodes).toEqual([]);
    const past = await query(auditor, {
      filter: { to: '2000-01-01T00:00:00Z' },
    });
    expect(past.nodes).toEqual([]);

    const otherService = await query(auditor, { filter: { service: 'cases' } });
    expect(otherService.nodes).toEqual([]);
  });

  it('shows district viewers only their subtree', async () => {
    const districtAuditor = viewerOf([Role.Auditor], {
      divisionCode: '500238',
    });
    const district = await query(districtAuditor, { first: 100 });
    expect(district.nodes.length).toBeGreaterThan(0);
    for (const node of district.nodes)
      expect(node.actorDivisionCode?.startsWith('500238')).toBe(true);

    const yuzhong = viewerOf([Role.Auditor], { divisionCode: '500103' });
    const nodes = (await query(yuzhong, { first: 100 })).nodes;
    expect(nodes.some((n) => n.actorId === 'u-clerk.wuxi')).toBe(false);

    const wuxiAdmin = await signInDemo(url, 'admin.wuxi');
    const adminView = await query(wuxiAdmin, { filter: { action: 'signIn' } });
    expect(adminView.nodes.length).toBeGreaterThan(0);
    for (const node of adminView.nodes)
      expect(node.actorDivisionCode?.startsWith('500238')).toBe(true);

    const city = await query(auditor, {
      filter: { action: 'signIn', outcome: 'REFUSED' },
      first: 100,
    });
    expect(city.nodes.some((n) => n.account === 'no.such.account')).toBe(true);
  });

  it('rejects bad arguments', async () => {
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'bm90IGEgY3Vyc29y' },
      { filter: { from: 'yesterday' } },
    ]) {
      const result = await graphql(url, AUDIT, variables, auditor);
      expect(
        result.errors?.[0]?.extensions?.code,
        JSON.stringify(variables),
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses other callers and audits the refusal', async () => {
    const anonymous = await graphql(url, AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const account of [
      '13800138000',
      'clerk.chengbei',
      'supervisor.city',
    ]) {
      const result = await graphql(
        url,
        AUDIT,
        {},
        await signInDemo(url, account),
      );
      expect(result.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
    const refusals = await auditRecords(env.subgraph, {
      action: 'Query.auditRecords',
      outcome: 'REFUSED',
    });
    expect(refusals.map((r) => r.code)).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(refusals[1]).toMatchObject({
      actorId: 'u-demo-citizen-1',
      actorDivisionCode: '500238100205',
    });
  });
});
