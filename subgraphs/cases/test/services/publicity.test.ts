import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddressHeaders } from '@ykb/common';
import { documentLines } from '../../src/documents.js';
import {
  CASE_FAILURES_PER_WINDOW,
  CLIENT_FAILURES_PER_WINDOW,
  CLIENT_LOOKUPS_PER_MINUTE,
} from '../../src/progressGuard.js';
import { caseQueryCode } from '../../src/queryCode.js';
import { CITIZEN, CITIZEN_ID_CARD } from '../stack.js';
import {
  acceptedFeeCase,
  ok,
  startServicesStack,
  type ServicesStack,
} from './servicesStack.js';

const PROGRESS = `query($n: String!, $s: String!, $q: String!) { caseProgress(caseNumber: $n, idNumberSuffix: $s, queryCode: $q) { caseNumber itemNameEn status applicantName } }`;
const PUBLIC_CASES = `query($first: Int) { publicCases(first: $first) { caseNumber itemName itemNameEn applicantName applicantIdNumber applicantPhone status departmentCode submittedAt acceptedAt decidedAt completedAt } }`;
const CASE = `query($id: ID!) { case(id: $id) { caseNumber queryCode } }`;

let stack: ServicesStack;
let clientCounter = 0;

/** A client address of its own, so one test's limits never reach another's. */
function newClient(): string {
  clientCounter += 1;
  return `198.51.100.${clientCounter}`;
}

/** Looks progress up anonymously from `client`; returns the data and the first error code. */
async function lookUp(
  client: string,
  variables: { n: string; s: string; q: string },
): Promise<{ progress: any; code: string | undefined }> {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...clientAddressHeaders(client),
    },
    body: JSON.stringify({ query: PROGRESS, variables }),
  });
  const body = (await response.json()) as any;
  return {
    progress: body.data?.caseProgress ?? null,
    code: body.errors?.[0]?.extensions?.code,
  };
}

/** An accepted case of the demo citizen with its number and query code. */
async function acceptedCase(): Promise<{ number: string; code: string }> {
  const id = await acceptedFeeCase(stack);
  const data = (await ok(stack, CASE, { id }, CITIZEN)).case;
  return { number: data.caseNumber, code: data.queryCode };
}

/** A query code of the right shape that is not `code`. */
function otherCode(code: string): string {
  return code.startsWith('2') ? `3${code.slice(1)}` : `2${code.slice(1)}`;
}

beforeAll(async () => {
  stack = await startServicesStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('query code', () => {
  it('is printed on the acceptance notice', () => {
    const lines = documentLines(
      {
        _id: 'case-notice-test',
        caseNumber: '500238-20261201-000001',
        itemName: '测试事项',
        applicantName: '张三',
        submittedAt: new Date('2026-12-01T02:00:00Z'),
      },
      {
        kind: 'ACCEPTANCE_NOTICE',
        issuedAt: new Date('2026-12-01T03:00:00Z'),
        departmentCode: 'CQ-GA',
        deadline: '2026-12-10',
      },
    );
    expect(lines.join('\n')).toContain(
      `查询码：${caseQueryCode('case-notice-test')}`,
    );
  });

  it('differs between cases', () => {
    expect(caseQueryCode('case-a')).not.toBe(caseQueryCode('case-b'));
  });

  it('never appears in the public list', async () => {
    const { number, code } = await acceptedCase();
    const result = await ok(stack, PUBLIC_CASES, { first: 100 });
    const listed = result.publicCases.find((c: any) => c.caseNumber === number);
    expect(listed).toBeDefined();
    expect(listed.itemNameEn).toBe('Renewal of a resident ID card');
    expect(JSON.stringify(result)).not.toContain(code);
  });
});

describe('progress lookup', () => {
  it('finds the case with all three parts', async () => {
    const { number, code } = await acceptedCase();
    const found = await lookUp(newClient(), {
      n: number,
      s: CITIZEN_ID_CARD.slice(-6),
      q: code,
    });
    expect(found.code).toBeUndefined();
    expect(found.progress).toEqual({
      caseNumber: number,
      itemNameEn: 'Renewal of a resident ID card',
      status: 'ACCEPTED',
      applicantName: '张*',
    });
  });

  it('fails with only what the list shows', async () => {
    const { number } = await acceptedCase();
    const listed = (
      await ok(stack, PUBLIC_CASES, { first: 100 })
    ).publicCases.find((c: any) => c.caseNumber === number);
    // The list gives the last four characters; the right two others still need the query code.
    const missing = await lookUp(newClient(), {
      n: number,
      s: CITIZEN_ID_CARD.slice(-6, -4) + listed.applicantIdNumber.slice(-4),
      q: 'ABCDEFGH',
    });
    expect(missing.progress).toBeNull();
    expect(missing.code).toBeUndefined();
  });

  it('returns null for a wrong ID suffix', async () => {
    const { number, code } = await acceptedCase();
    const wrong = await lookUp(newClient(), {
      n: number,
      s: '000000',
      q: code,
    });
    expect(wrong.progress).toBeNull();
    expect(wrong.code).toBeUndefined();
  });

  it('locks a case number per client', async () => {
    const { number, code } = await acceptedCase();
    const right = { n: number, s: CITIZEN_ID_CARD.slice(-6), q: code };
    const guesser = newClient();
    for (let i = 0; i < CASE_FAILURES_PER_WINDOW; i++) {
      const failed = await lookUp(guesser, {
        ...right,
        q: otherCode(code),
      });
      expect(failed.progress).toBeNull();
      expect(failed.code).toBeUndefined();
    }
    const locked = await lookUp(guesser, right);
    expect(locked.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.progress).toBeNull();
    const applicant = await lookUp(newClient(), right);
    expect(applicant.code).toBeUndefined();
    expect(applicant.progress?.caseNumber).toBe(number);
  });

  it('limits parallel guesses of one client', async () => {
    const { number, code } = await acceptedCase();
    const client = newClient();
    const guesses = Array.from(
      { length: CASE_FAILURES_PER_WINDOW * 2 },
      (_, i) => `${'23456789AB'[i]}${code.slice(1)}`,
    ).filter((guess) => guess !== code);
    const results = await Promise.all(
      guesses.map((q) =>
        lookUp(client, { n: number, s: CITIZEN_ID_CARD.slice(-6), q }),
      ),
    );
    expect(results.filter((r) => r.code === undefined).length).toBe(
      CASE_FAILURES_PER_WINDOW,
    );
    expect(
      results.filter((r) => r.code !== undefined).map((r) => r.code),
    ).toEqual(
      Array(guesses.length - CASE_FAILURES_PER_WINDOW).fill(
        'TOO_MANY_ATTEMPTS',
      ),
    );
    const locked = await lookUp(client, {
      n: number,
      s: CITIZEN_ID_CARD.slice(-6),
      q: code,
    });
    expect(locked.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('keeps successes out of the failure count', async () => {
    const { number, code } = await acceptedCase();
    const client = newClient();
    const right = { n: number, s: CITIZEN_ID_CARD.slice(-6), q: code };
    for (let i = 0; i < CASE_FAILURES_PER_WINDOW + 2; i++) {
      const found = await lookUp(client, right);
      expect(found.code).toBeUndefined();
      expect(found.progress?.caseNumber).toBe(number);
    }
  });

  it('locks a client after failures on many cases', async () => {
    const client = newClient();
    const { number, code } = await acceptedCase();
    for (let i = 0; i < CLIENT_FAILURES_PER_WINDOW; i++) {
      const failed = await lookUp(client, {
        n: `500238-20261201-${String(700000 + i)}`,
        s: '000000',
        q: 'ABCDEFGH',
      });
      expect(failed.code).toBeUndefined();
    }
    const locked = await lookUp(client, {
      n: number,
      s: CITIZEN_ID_CARD.slice(-6),
      q: code,
    });
    expect(locked.code).toBe('TOO_MANY_ATTEMPTS');
    const elsewhere = await lookUp(newClient(), {
      n: number,
      s: CITIZEN_ID_CARD.slice(-6),
      q: code,
    });
    expect(elsewhere.progress?.caseNumber).toBe(number);
  });

  it('limits the lookups of one client a minute', async () => {
    const client = newClient();
    const { number, code } = await acceptedCase();
    const right = { n: number, s: CITIZEN_ID_CARD.slice(-6), q: code };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i <= CLIENT_LOOKUPS_PER_MINUTE; i++)
      codes.push((await lookUp(client, right)).code);
    // A minute boundary inside the loop resets the count once, so one more try may be needed.
    if (!codes.includes('RATE_LIMITED'))
      for (let i = 0; i <= CLIENT_LOOKUPS_PER_MINUTE; i++)
        codes.push((await lookUp(client, right)).code);
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.filter((c) => c && c !== 'RATE_LIMITED')).toEqual([]);
  });

  it('rejects a malformed query code', async () => {
    const { number } = await acceptedCase();
    const bad = await lookUp(newClient(), {
      n: number,
      s: CITIZEN_ID_CARD.slice(-6),
      q: 'ABC',
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
  });
});
