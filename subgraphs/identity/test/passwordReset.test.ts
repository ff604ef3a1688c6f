import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar } from '@ykb/common';
import { graphql } from '../../../tests/support/harness.js';
import {
  CODE_CHECK_LOCK_MS,
  MAX_CODE_CHECKS,
  RESET_CODE_TTL_MS,
} from '../src/index.js';
import {
  auditRecords,
  latestCode,
  outboxOf,
  signInDemo,
  startAccountSubgraph,
  type AccountTestSubgraph,
} from './accountSupport.js';

let env: AccountTestSubgraph;
let url: string;
let admin: string;

beforeAll(async () => {
  env = await startAccountSubgraph();
  url = env.subgraph.url;
  admin = await signInDemo(url, 'admin');
});

afterAll(async () => {
  await env?.close();
});

const REQUEST = `mutation($a: String!) { requestPasswordReset(account: $a) { message codeValidMinutes } }`;
const RESET = `mutation($a: String!, $c: String!, $p: String!) {
  resetPassword(account: $a, code: $c, newPassword: $p)
}`;
const SIGN_IN = `mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }`;

const MINUTE = 60 * 1000;
let counter = 0;

interface Staff {
  id: string;
  account: string;
  mobile: string;
  password: string;
}

/** Creates a staff account and sets its first password with the activation code. */
async function createStaff(mobile?: string): Promise<Staff> {
  counter++;
  const staff = {
    account: `reset.user${counter}`,
    mobile: mobile ?? `1550000${String(counter).padStart(4, '0')}`,
    password: `First-pass-${counter}`,
  };
  const created = await graphql(
    url,
    `
      mutation ($input: CreateStaffAccountInput!) {
        createStaffAccount(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        account: staff.account,
        name: '测试人员',
        mobile: staff.mobile,
        roles: ['SUPERVISOR'],
        divisionCode: '500238',
      },
    },
    admin,
  );
  if (created.errors) throw new Error(created.errors[0]!.message);
  const activated = await graphql(url, RESET, {
    a: staff.account,
    c: await latestCode(url, staff.mobile),
    p: staff.password,
  });
  if (activated.errors) throw new Error(activated.errors[0]!.message);
  // Activation is not a reset request, but moves the clock past the per-mobile window of earlier tests.
  env.clock.advance(2 * MINUTE);
  return { id: created.data!.createStaffAccount.id, ...staff };
}

function requestReset(account: string) {
  return graphql(url, REQUEST, { a: account });
}

function reset(account: string, code: string, password = 'New-pass-2026') {
  return graphql(url, RESET, { a: account, c: code, p: password });
}

function wrongCode(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

describe('requestPasswordReset', () => {
  it('sends a code that sets a new password and signs out everywhere', async () => {
    const staff = await createStaff();
    const oldToken = await signInDemo(url, staff.account, staff.password);

    const answer = await requestReset(` ${staff.account.toUpperCase()} `);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.requestPasswordReset.codeValidMinutes).toBe(10);
    const [message] = await outboxOf(url, staff.mobile);
    expect(message?.templateId).toBe('PASSWORD_RESET');
    const code = message!.params.find((p) => p.key === 'code')!.value!;

    const result = await reset(staff.account, code);
    expect(result.errors).toBeUndefined();
    expect(result.data!.resetPassword).toBe(true);
    const me = await graphql(url, '{ me { id } }', {}, oldToken);
    expect(me.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
    const oldPassword = await graphql(url, SIGN_IN, {
      a: staff.account,
      p: staff.password,
    });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe(
      'INVALID_CREDENTIALS',
    );
    const newPassword = await graphql(url, SIGN_IN, {
      a: staff.account,
      p: 'New-pass-2026',
    });
    expect(newPassword.errors).toBeUndefined();

    const reused = await reset(staff.account, code, 'Other-pass-1');
    expect(reused.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');

    const records = await auditRecords(env.subgraph, {
      subjectId: staff.id,
      action: { $in: ['requestPasswordReset', 'resetPassword'] },
    });
    expect(records.map((r) => [r.action, r.outcome])).toEqual([
      ['resetPassword', 'SUCCEEDED'],
      ['requestPasswordReset', 'SUCCEEDED'],
      ['resetPassword', 'SUCCEEDED'],
      ['resetPassword', 'REFUSED'],
    ]);
    expect(records[2]?.details).toMatchObject({
      purpose: 'RESET',
      sessionsRevoked: 1,
    });
    expect(records[1]?.account).toBe(staff.account);
    expect(JSON.stringify(records)).not.toContain(code);
  });

  it('answers unknown accounts alike and sends nothing', async () => {
    const staff = await createStaff();
    const known = await requestReset(staff.account);
    const unknown = await requestReset('nobody.at.all');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual(known.data);
    const [record] = await auditRecords(env.subgraph, {
      action: 'requestPasswordReset',
      account: 'nobody.at.all',
    });
    expect(record).toMatchObject({ outcome: 'FAILED', code: 'NOT_FOUND' });
    expect(record?.subjectId).toBeUndefined();
  });

  it('rate-limits each account, known or not', async () => {
    const staff = await createStaff();
    for (const account of [staff.account, 'unknown.limited']) {
      const first = await requestReset(account);
      expect(first.errors, account).toBeUndefined();
      const second = await requestReset(account);
      expect(second.errors?.[0]?.extensions?.code, account).toBe(
        'RATE_LIMITED',
      );
    }
    for (let i = 2; i <= 5; i++) {
      env.clock.advance(MINUTE + 1000);
      const again = await requestReset(staff.account);
      expect(again.errors, `request ${i}`).toBeUndefined();
    }
    env.clock.advance(MINUTE + 1000);
    const sixth = await requestReset(staff.account);
    expect(sixth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const messages = await outboxOf(url, staff.mobile);
    expect(
      messages.filter((m) => m.templateId === 'PASSWORD_RESET'),
    ).toHaveLength(5);

    env.clock.advance(60 * MINUTE);
    const nextHour = await requestReset(staff.account);
    expect(nextHour.errors).toBeUndefined();
  });

  it('admits one of concurrent requests for an account', async () => {
    const staff = await createStaff();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => requestReset(staff.account)),
    );
    const accepted = results.filter((r) => !r.errors);
    expect(accepted.length).toBeLessThanOrEqual(1);
    for (const result of results.filter((r) => r.errors))
      expect(result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const sent = (await outboxOf(url, staff.mobile)).filter(
      (m) => m.templateId === 'PASSWORD_RESET',
    );
    // The admitted request may still hit the per-mobile limit, which the
    // racing requests also counted toward before they were refused; then it
    // answers alike and sends nothing.
    expect(sent.length).toBeLessThanOrEqual(accepted.length);
  });

  it('sends one code a minute to a mobile shared by accounts', async () => {
    const mobile = '15600001111';
    const first = await createStaff(mobile);
    const second = await createStaff(mobile);
    expect((await requestReset(first.account)).errors).toBeUndefined();
    const answer = await requestReset(second.account);
    expect(answer.errors).toBeUndefined();
    const resets = (await outboxOf(url, mobile)).filter(
      (m) => m.templateId === 'PASSWORD_RESET',
    );
    expect(resets).toHaveLength(1);
    expect(resets[0]?.text).toContain(first.account);
    const [record] = await auditRecords(env.subgraph, {
      action: 'requestPasswordReset',
      subjectId: second.id,
    });
    expect(record).toMatchObject({ outcome: 'FAILED', code: 'RATE_LIMITED' });

    env.clock.advance(MINUTE + 1000);
    expect((await requestReset(second.account)).errors).toBeUndefined();
    expect(await latestCode(url, mobile)).toMatch(/^\d{6}$/);
  });

  it('answers alike when the message fails and keeps no code', async () => {
    const first17 = '50023819900101123';
    const mobile = '13600000000';
    const registered = await graphql(
      url,
      `
        mutation ($input: RegisterPersonInput!) {
          registerPerson(input: $input) {
            user {
              id
            }
          }
        }
      `,
      {
        input: {
          name: '刘失败',
          idCardNumber: first17 + idCardCheckChar(first17),
          mobile,
          password: 'Person-pass-1',
          divisionCode: '500238',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const userId = registered.data!.registerPerson.user.id as string;

    const answer = await requestReset(mobile);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.requestPasswordReset.message).toContain(
      'If the account exists',
    );
    expect(await outboxOf(url, mobile)).toEqual([]);
    expect(
      await env.subgraph.connection
        .model('OneTimeCode')
        .countDocuments({ userId }),
    ).toBe(0);
    const [record] = await auditRecords(env.subgraph, {
      action: 'requestPasswordReset',
      subjectId: userId,
    });
    expect(record).toMatchObject({
      outcome: 'FAILED',
      code: 'UPSTREAM_FAILED',
      actorDivisionCode: '500238',
    });
    expect(record?.details).toMatchObject({ reason: 'PROVIDER_FAILURE' });
  });

  it('sends nothing to a disabled account', async () => {
    const staff = await createStaff();
    const disabled = await graphql(
      url,
      'mutation($id: ID!) { disableStaffAccount(userId: $id) { disabled } }',
      { id: staff.id },
      admin,
    );
    expect(disabled.errors).toBeUndefined();
    const before = (await outboxOf(url, staff.mobile)).length;
    expect((await requestReset(staff.account)).errors).toBeUndefined();
    expect(await outboxOf(url, staff.mobile)).toHaveLength(before);
  });

  it('rejects a blank account', async () => {
    const result = await requestReset('   ');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('resetPassword', () => {
  it('rejects a right code after 10 minutes with CODE_EXPIRED', async () => {
    const staff = await createStaff();
    await requestReset(staff.account);
    const code = await latestCode(url, staff.mobile);
    env.clock.advance(RESET_CODE_TTL_MS + 1000);
    const wrong = await reset(staff.account, wrongCode(code));
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    const expired = await reset(staff.account, code);
    expect(expired.errors?.[0]?.extensions?.code).toBe('CODE_EXPIRED');
    const signIn = await graphql(url, SIGN_IN, {
      a: staff.account,
      p: staff.password,
    });
    expect(signIn.errors).toBeUndefined();
  });

  it('accepts a code just before it expires', async () => {
    const staff = await createStaff();
    await requestReset(staff.account);
    env.clock.advance(RESET_CODE_TTL_MS - 1000);
    const result = await reset(
      staff.account,
      await latestCode(url, staff.mobile),
    );
    expect(result.errors).toBeUndefined();
  });

  it('accepts only the newest code', async () => {
    const staff = await createStaff();
    await requestReset(staff.account);
    const superseded = await latestCode(url, staff.mobile);
    env.clock.advance(MINUTE + 1000);
    await requestReset(staff.account);
    const newest = await latestCode(url, staff.mobile);
    // Two random codes are equal once in a million runs; then the old one cannot be told apart.
    if (newest !== superseded) {
      const old = await reset(staff.account, superseded);
      expect(old.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    }
    const result = await reset(staff.account, newest);
    expect(result.errors).toBeUndefined();
    expect(
      await env.subgraph.connection
        .model('OneTimeCode')
        .countDocuments({ userId: staff.id }),
    ).toBe(0);
  });

  it('voids the code and locks checks after five wrong codes', async () => {
    const staff = await createStaff();
    await requestReset(staff.account);
    const code = await latestCode(url, staff.mobile);
    for (let i = 1; i < MAX_CODE_CHECKS; i++) {
      const result = await reset(staff.account, wrongCode(code));
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
      expect(result.errors?.[0]?.extensions?.attemptsLeft).toBe(
        MAX_CODE_CHECKS - i,
      );
    }
    const fifth = await reset(staff.account, wrongCode(code));
    expect(fifth.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const lockedUntil = Date.parse(
      String(fifth.errors?.[0]?.extensions?.lockedUntil),
    );
    expect(lockedUntil - env.clock.now().getTime()).toBe(CODE_CHECK_LOCK_MS);

    const right = await reset(staff.account, code);
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    env.clock.advance(CODE_CHECK_LOCK_MS + 1000);
    const voided = await reset(staff.account, code);
    expect(voided.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');

    await requestReset(staff.account);
    const fresh = await reset(
      staff.account,
      await latestCode(url, staff.mobile),
    );
    expect(fresh.errors).toBeUndefined();

    const refusals = await auditRecords(env.subgraph, {
      action: 'resetPassword',
      subjectId: staff.id,
      outcome: 'REFUSED',
    });
    expect(refusals.map((r) => r.code)).toEqual([
      'INVALID_CODE',
      'INVALID_CODE',
      'INVALID_CODE',
      'INVALID_CODE',
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
      'INVALID_CODE',
    ]);
  });

  it('compares at most five of parallel wrong guesses', async () => {
    const staff = await createStaff();
    await requestReset(staff.account);
    const code = await latestCode(url, staff.mobile);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => reset(staff.account, wrongCode(code))),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(
      codes.filter((c) => c === 'INVALID_CODE').length,
      codes.join(),
    ).toBeLessThan(MAX_CODE_CHECKS);
    expect(codes).toContain('TOO_MANY_ATTEMPTS');
    expect(
      codes.every((c) => c === 'INVALID_CODE' || c === 'TOO_MANY_ATTEMPTS'),
    ).toBe(true);
    const right = await reset(staff.account, code);
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    env.clock.advance(CODE_CHECK_LOCK_MS + 1000);
    const voided = await reset(staff.account, code);
    expect(voided.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
  });

  it('locks unknown accounts alike', async () => {
    const codes: string[] = [];
    for (let i = 0; i < MAX_CODE_CHECKS + 1; i++) {
      const result = await reset('ghost.account', '123456');
      codes.push(String(result.errors?.[0]?.extensions?.code));
    }
    expect(codes).toEqual([
      'INVALID_CODE',
      'INVALID_CODE',
      'INVALID_CODE',
      'INVALID_CODE',
      'TOO_MANY_ATTEMPTS',
      'TOO_MANY_ATTEMPTS',
    ]);
    env.clock.advance(CODE_CHECK_LOCK_MS + 1000);
    const after = await reset('ghost.account', '123456');
    expect(after.errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    expect(after.errors?.[0]?.extensions?.attemptsLeft).toBe(
      MAX_CODE_CHECKS - 1,
    );
  });

  it('rejects a weak password without using up a check', async () => {
    const staff = await createStaff();
    await requestReset(staff.account);
    const code = await latestCode(url, staff.mobile);
    const checks = () =>
      env.subgraph.connection
        .model('CodeCheck')
        .countDocuments({ account: staff.account });
    const before = await checks();
    const weak = await reset(staff.account, code, 'short1');
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.field).toBe('newPassword');
    expect(await checks()).toBe(before);
    const result = await reset(staff.account, code);
    expect(result.errors).toBeUndefined();
  });

  it('clears a sign-in lock', async () => {
    const staff = await createStaff();
    for (let i = 0; i < 5; i++)
      await graphql(url, SIGN_IN, { a: staff.account, p: 'Wrong-pass-1' });
    const locked = await graphql(url, SIGN_IN, {
      a: staff.account,
      p: staff.password,
    });
    expect(locked.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    await requestReset(staff.account);
    await reset(staff.account, await latestCode(url, staff.mobile));
    const signIn = await graphql(url, SIGN_IN, {
      a: staff.account,
      p: 'New-pass-2026',
    });
    expect(signIn.errors).toBeUndefined();
  });
});

describe('smsOutbox', () => {
  it('refuses administrators, because messages carry codes', async () => {
    const result = await graphql(
      url,
      'query($m: String!) { smsOutbox(mobile: $m) { id } }',
      { m: '13800138000' },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });
});
