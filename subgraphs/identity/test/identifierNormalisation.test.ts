import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMobile, idCardCheckChar } from '@ykb/common';
import { graphql } from '../../../tests/support/harness.js';
import {
  findNameProblem,
  normalizeAccount,
  normalizeIdCardNumber,
  normalizePersonName,
} from '../src/index.js';
import {
  latestCode,
  signInDemo,
  startAccountSubgraph,
  type AccountTestSubgraph,
} from './accountSupport.js';

/** Turns ASCII digits and letters into their full-width forms (U+FF10 and up). */
function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z.]/gu, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  );
}

/** Finds a sequence number that gives the check character X. */
function idCardEndingInX(prefix14: string): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const first17 = prefix14 + String(sequence).padStart(3, '0');
    if (idCardCheckChar(first17) === 'X') return first17 + 'X';
  }
  throw new Error(`No sequence of ${prefix14} has the check character X.`);
}

describe('normalisation rules', () => {
  it('normalises accounts typed in full width with spaces', () => {
    expect(normalizeAccount(fullWidth(' Clerk.Wuxi '))).toBe('clerk.wuxi');
    expect(normalizeAccount('\u3000１３８ ００１３ ８０００\u3000')).toBe(
      '13800138000',
    );
    expect(normalizeAccount('+86 138-0013-8000')).toBe('13800138000');
  });

  it('normalises ID-card numbers with a full-width or lower-case x', () => {
    const number = idCardEndingInX('50023819900101');
    const typed = ` ${fullWidth(number.slice(0, 17))}ｘ `;
    expect(normalizeIdCardNumber(typed)).toBe(number);
    expect(normalizeIdCardNumber(number.slice(0, 17) + 'x')).toBe(number);
  });

  it('checks mobile shape after normalisation', () => {
    expect(checkMobile(' １３９１２３４５６７８ ')).toEqual({
      valid: true,
      normalized: '13912345678',
    });
    for (const mobile of [
      '12912345678',
      '1391234567',
      '139123456789',
      '2391234567',
    ])
      expect(checkMobile(mobile).valid, mobile).toBe(false);
  });

  it('counts name length in code points', () => {
    expect('𠀀'.length).toBe(2);
    expect(findNameProblem(normalizePersonName(' 𠀀 𠀀 '))).toBeUndefined();
    expect(findNameProblem('𠀀'.repeat(30))).toBeUndefined();
    expect(findNameProblem('𠀀'.repeat(31))).toMatch(/got 31/u);
    expect(findNameProblem('𠀀')).toMatch(/got 1/u);
  });
});

describe('normalisation over HTTP', () => {
  let env: AccountTestSubgraph;
  let url: string;

  beforeAll(async () => {
    env = await startAccountSubgraph();
    url = env.subgraph.url;
  });

  afterAll(async () => {
    await env?.close();
  });

  const REGISTER = `mutation($input: RegisterPersonInput!) {
    registerPerson(input: $input) { user { id name idCardNumber mobile } }
  }`;

  it('stores and compares normalised identifiers on registration', async () => {
    const number = idCardEndingInX('50023819851212');
    const result = await graphql(url, REGISTER, {
      input: {
        name: '𠀀𠀀',
        idCardNumber: ` ${fullWidth(number.slice(0, 17))}ｘ `,
        mobile: ' １５８ ０００１ ２３４５ ',
        password: 'Person-pass-1',
        divisionCode: '５００２３８',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerPerson.user).toMatchObject({
      name: '𠀀𠀀',
      idCardNumber: number,
      mobile: '15800012345',
    });

    const duplicate = await graphql(url, REGISTER, {
      input: {
        name: '𠀀𠀀',
        idCardNumber: number.slice(0, 17) + 'x',
        mobile: '15800012346',
        password: 'Person-pass-1',
        divisionCode: '500238',
      },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const token = await signInDemo(
      url,
      fullWidth('15800012345'),
      'Person-pass-1',
    );
    expect(token).toBeTruthy();
  });

  it('stores and compares normalised staff accounts', async () => {
    const admin = await signInDemo(url, 'admin');
    const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id name mobile } }`;
    const input = {
      account: fullWidth(' Staff.Wide '),
      name: '𠀀'.repeat(30),
      mobile: '＋８６ １５９０００１２３４５',
      roles: ['ANALYST'],
      divisionCode: '５０',
    };
    const created = await graphql(url, CREATE, { input }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createStaffAccount).toMatchObject({
      name: '𠀀'.repeat(30),
      mobile: '15900012345',
    });
    const stored = await env.subgraph.connection
      .model('User')
      .findById(created.data!.createStaffAccount.id)
      .lean<{ account: string; divisionCode: string }>();
    expect(stored).toMatchObject({ account: 'staff.wide', divisionCode: '50' });

    const again = await graphql(
      url,
      CREATE,
      { input: { ...input, account: 'STAFF.WIDE', mobile: '15900012346' } },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const reset = await graphql(
      url,
      'mutation($a: String!, $c: String!) { resetPassword(account: $a, code: $c, newPassword: "Wide-pass-1") }',
      {
        a: fullWidth('STAFF.WIDE'),
        c: fullWidth(await latestCode(url, '15900012345')),
      },
    );
    expect(reset.errors).toBeUndefined();
  });
});
