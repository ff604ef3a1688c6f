import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRecordModel,
  DEMO_PASSWORD,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  verifyIssuedToken,
} from '../../../tests/support/harness.js';
import { identitySubgraph, MAX_FAILED_SIGN_INS } from '../src/index.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

const SIGN_IN = `mutation($a: String!, $p: String!) {
  signIn(account: $a, password: $p) { token user { id name kind mobile idCardNumber roles divisionCode hallId masked } }
}`;

function signIn(account: string, password: string) {
  return graphql(subgraph.url, SIGN_IN, { a: account, p: password });
}

describe('signIn', () => {
  it("returns an access token that identity's JWKS verifies", async () => {
    const result = await signIn('clerk.chengbei', DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    const { token, user } = result.data!.signIn;
    const viewer = await verifyIssuedToken(subgraph.url, token);
    expect(viewer?.userId).toBe('u-clerk.chengbei');
    expect(viewer?.roles).toEqual(['CLERK']);
    expect(viewer?.divisionCode).toBe('500238100205');
    expect(viewer?.hallId).toBe('hall-500238100205');
    expect(viewer?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(user.kind).toBe('STAFF');
  });

  it('puts the department of departmental staff in the token', async () => {
    const result = await signIn('reviewer.scjg', DEMO_PASSWORD);
    const viewer = await verifyIssuedToken(
      subgraph.url,
      result.data!.signIn.token,
    );
    expect(viewer?.departmentCode).toBe('CQ-SCJG');
    expect(viewer?.divisionCode).toBe('50');
  });

  it('returns the citizen unmasked to themself', async () => {
    const result = await signIn('13800138000', DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    const user = result.data!.signIn.user;
    expect(user).toMatchObject({
      id: 'u-demo-citizen-1',
      name: '张三',
      kind: 'PERSON',
      mobile: '13800138000',
      divisionCode: '500238100205',
      masked: false,
    });
    expect(user.idCardNumber).toMatch(/^50023819900307101[\dX]$/);
  });

  it('accepts an account typed with full-width digits and spaces', async () => {
    for (const typed of [
      '１３８００１３８０００',
      ' 138 0013 8000 ',
      '１３８ ００１３ ８０００',
    ]) {
      const result = await signIn(typed, DEMO_PASSWORD);
      expect(result.errors, typed).toBeUndefined();
      expect(result.data!.signIn.user.id).toBe('u-demo-citizen-1');
    }
  });

  it('fails alike for a wrong password and an unknown account', async () => {
    const wrong = await signIn('13900139000', 'Wrong-password-1');
    const unknown = await signIn('13700000000', DEMO_PASSWORD);
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('stores salted scrypt hashes, never the password', async () => {
    const users = await subgraph.connection
      .model('User')
      .find({ _id: { $in: ['u-admin', 'u-clerk.wuxi'] } })
      .lean<{ passwordHash: string }[]>();
    expect(users).toHaveLength(2);
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(user.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    const salts = users.map((u) => u.passwordHash.split('$')[4]);
    expect(salts[0]).not.toBe(salts[1]);
  });
});

describe('signIn lockout', () => {
  it('locks after five failures in a row, even for the right password', async () => {
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      const result = await signIn('clerk.yuzhong', `Wrong-${i}-password`);
      expect(result.errors?.[0]?.extensions?.code, `attempt ${i}`).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const fifth = await signIn('clerk.yuzhong', 'Wrong-5-password');
    expect(fifth.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    const lockedUntil = Date.parse(
      String(fifth.errors?.[0]?.extensions?.lockedUntil),
    );
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);

    const right = await signIn('clerk.yuzhong', DEMO_PASSWORD);
    expect(right.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
  });

  it('lets the account sign in once the lock has expired', async () => {
    await subgraph.connection
      .model('SignInAttempt')
      .updateOne(
        { _id: 'clerk.yuzhong' },
        { $set: { lockedUntil: new Date(Date.now() - 1000) } },
      );
    const result = await signIn('clerk.yuzhong', DEMO_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(result.data!.signIn.user.id).toBe('u-clerk.yuzhong');
  });

  it('restarts the count after a successful sign-in', async () => {
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++)
      await signIn('manager.wuxi', 'Wrong-password-1');
    expect(
      (await signIn('manager.wuxi', DEMO_PASSWORD)).errors,
    ).toBeUndefined();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      const result = await signIn('manager.wuxi', 'Wrong-password-1');
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('locks an unknown account too, so the lock reveals nothing', async () => {
    const codes: string[] = [];
    for (let i = 0; i < MAX_FAILED_SIGN_INS + 1; i++) {
      const result = await signIn('nobody.here', 'Wrong-password-1');
      codes.push(String(result.errors?.[0]?.extensions?.code));
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(4)).toEqual(['ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
  });

  it('locks under concurrent failures', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        signIn('sealadmin.city', 'Wrong-password-1'),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes).toContain('ACCOUNT_LOCKED');
    expect(
      codes.every((c) => c === 'INVALID_CREDENTIALS' || c === 'ACCOUNT_LOCKED'),
    ).toBe(true);
    const right = await signIn('sealadmin.city', DEMO_PASSWORD);
    expect(right.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
  });
});

describe('me and signOut', () => {
  it('returns null for an anonymous request', async () => {
    const result = await graphql(subgraph.url, '{ me { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toBeNull();
  });

  it('returns the signed-in user, and refuses the token once the session is signed out', async () => {
    const token = (await signIn('13900139000', DEMO_PASSWORD)).data!.signIn
      .token as string;
    const before = await graphql(
      subgraph.url,
      '{ me { id name mobile masked division { code } } }',
      {},
      token,
    );
    expect(before.errors).toBeUndefined();
    expect(before.data!.me).toEqual({
      id: 'u-demo-citizen-2',
      name: '欧阳娜娜',
      mobile: '13900139000',
      masked: false,
      division: { code: '500103001' },
    });

    const signOut = await graphql(
      subgraph.url,
      'mutation { signOut }',
      {},
      token,
    );
    expect(signOut.errors).toBeUndefined();
    expect(signOut.data!.signOut).toBe(true);
    const revoked = await subgraph.connection
      .model('Session')
      .findById((await verifyIssuedToken(subgraph.url, token)).sessionId)
      .lean<{ revokedAt?: Date }>();
    expect(revoked?.revokedAt).toBeInstanceOf(Date);

    const after = await graphql(subgraph.url, '{ me { id } }', {}, token);
    expect(after.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
    expect(after.data).toBeUndefined();
  });

  it('rejects signOut without a token with UNAUTHENTICATED', async () => {
    const result = await graphql(subgraph.url, 'mutation { signOut }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in audit', () => {
  it('records a wrong password once', async () => {
    const requestId = `audit-once-${Date.now()}`;
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
      },
      body: JSON.stringify({
        query:
          'mutation { signIn(account: "approver.scjg", password: "Wrong@2026zz") { token } }',
      }),
    });
    const body = (await response.json()) as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const records = await auditRecordModel(subgraph.connection)
      .find({ requestId, outcome: 'REFUSED' })
      .lean();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'signIn',
      code: 'INVALID_CREDENTIALS',
      account: 'approver.scjg',
    });
  });

  it('names the schema field, not the alias, of a refusal', async () => {
    const requestId = `audit-alias-${Date.now()}`;
    await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
      },
      body: JSON.stringify({
        query: '{ harmless: auditRecords(first: 1) { nodes { id } } }',
      }),
    });
    const records = await auditRecordModel(subgraph.connection)
      .find({ requestId })
      .lean();
    expect(records.map((r) => r.action)).toEqual(['Query.auditRecords']);
  });
});
