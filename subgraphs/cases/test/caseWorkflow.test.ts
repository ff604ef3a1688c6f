import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { calendar, Role, type Viewer } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { setClock } from '../src/index.js';
import {
  ASSISTANCE_ITEM,
  assistanceForm,
  BUSINESS_ITEM,
  businessForm,
  CASE_FIELDS,
  CITIZEN,
  CITIZEN_ID_CARD,
  demo,
  materialsFor,
  newKey,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from './stack.js';

const ACCEPT = `mutation($id: ID!, $version: Int) { acceptCase(id: $id, version: $version) { ${CASE_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $opinion: String) { approveCase(id: $id, opinion: $opinion) { ${CASE_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { ${CASE_FIELDS} } }`;
const NOT_ACCEPT = `mutation($id: ID!, $reason: String!) { notAcceptCase(id: $id, reason: $reason) { ${CASE_FIELDS} } }`;
const RETRY = `mutation($id: ID!) { retryLicenceIssue(id: $id) { status licenceIssue { state } } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const WORKLIST = `query($status: CaseStatus) { worklist(status: $status, first: 100) { id applicantName applicantIdNumber formData } }`;
const SUPERVISED = `query($s: TimeLimitStatus) { supervisedCases(timeLimitStatus: $s, first: 100) { id applicantName applicantIdNumber formData materials { code fileName } timeLimitStatus } }`;

const CLERK_VILLAGE = demo('clerk.chengbei');
const CLERK_COUNTY = demo('clerk.wuxi');
const CLERK_OTHER_COUNTY = demo('clerk.yuzhong');
const REVIEWER_SCJG = demo('reviewer.scjg');
const APPROVER_SCJG = demo('approver.scjg');
const REVIEWER_MZ = demo('reviewer.mz');
const APPROVER_MZ = viewerOf([Role.Approver], {
  divisionCode: '500238',
  departmentCode: 'CQ-MZ',
});
const LICENCE_OFFICER_SCJG = demo('licence.scjg');
const SUPERVISOR = demo('supervisor.city');

/** Business time in Asia/Shanghai: 10:00 on the given day. */
const at = (isoDate: string) => () => new Date(`${isoDate}T02:00:00Z`);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  setClock();
  await stack?.close();
});

beforeEach(() => {
  setClock();
  stack.licences.failNext(0);
});

async function submitCase(
  kind: 'business' | 'assistance',
): Promise<Record<string, any>> {
  const business = kind === 'business';
  const materials = await materialsFor(
    stack.url,
    CITIZEN,
    business ? ['M1', 'M2', 'M3'] : ['M1', 'M2'],
  );
  const result = await graphql(
    stack.url,
    SUBMIT,
    {
      input: {
        itemId: business ? BUSINESS_ITEM : ASSISTANCE_ITEM,
        divisionCode: VILLAGE,
        formData: business ? businessForm() : assistanceForm(),
        materials,
        idempotencyKey: newKey(),
      },
    },
    CITIZEN,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.submitApplication;
}

async function acceptedCase(
  kind: 'business' | 'assistance',
): Promise<Record<string, any>> {
  const record = await submitCase(kind);
  const accepted = await graphql(
    stack.url,
    ACCEPT,
    { id: record.id },
    CLERK_COUNTY,
  );
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return accepted.data!.acceptCase;
}

async function readCase(
  id: string,
  viewer: Viewer = CITIZEN,
): Promise<Record<string, any>> {
  const result = await graphql(stack.url, CASE, { id }, viewer);
  return result.data!.case;
}

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('acceptCase', () => {
  it('sets hall and working-day deadlines', async () => {
    const record = await submitCase('assistance');
    setClock(at('2025-09-26'));
    const result = await graphql(
      stack.url,
      ACCEPT,
      { id: record.id },
      CLERK_VILLAGE,
    );
    expect(result.errors).toBeUndefined();
    const accepted = result.data!.acceptCase;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.hall).toEqual({ id: 'hall-500238100205' });
    expect(accepted.acceptedAt).toBe('2025-09-26T02:00:00.000Z');
    // 5 working days after 2025-09-26: 09-28 (make-up Sunday), 09-29, 09-30, then 10-09 and 10-10 after the National Day holiday.
    expect(accepted.deadline).toEqual({
      date: '2025-10-10',
      provisional: false,
    });
    expect(accepted.statutoryDeadline).toEqual({
      date: '2025-10-23',
      provisional: false,
    });
    expect(accepted.statutoryDeadline.date).toBe(
      calendar().addWorkingDays('2025-09-26', 15).date,
    );
    expect(accepted.version).toBe(2);
    expect(accepted.history.map((e: { action: string }) => e.action)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
    ]);
  });

  it('flags deadlines in unpublished years provisional', async () => {
    const record = await submitCase('assistance');
    const lastKnown = Math.max(...calendar().knownYears());
    setClock(at(`${lastKnown + 1}-06-01`));
    const result = await graphql(
      stack.url,
      ACCEPT,
      { id: record.id },
      CLERK_COUNTY,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.acceptCase.deadline.provisional).toBe(true);
    expect(result.data!.acceptCase.statutoryDeadline.provisional).toBe(true);
  });

  it('rejects a clerk of another county with FORBIDDEN', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      ACCEPT,
      { id: record.id },
      CLERK_OTHER_COUNTY,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await readCase(record.id)).status).toBe('SUBMITTED');
  });

  it('rejects a reviewer and a citizen with FORBIDDEN', async () => {
    const record = await submitCase('assistance');
    for (const viewer of [REVIEWER_MZ, CITIZEN]) {
      const result = await graphql(
        stack.url,
        ACCEPT,
        { id: record.id },
        viewer,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('rejects anonymous callers with UNAUTHENTICATED', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(stack.url, ACCEPT, { id: record.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects accepting twice with INVALID_STATE', async () => {
    const record = await acceptedCase('assistance');
    const result = await graphql(
      stack.url,
      ACCEPT,
      { id: record.id },
      CLERK_COUNTY,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('rejects a stale version with CONFLICT', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      ACCEPT,
      { id: record.id, version: 7 },
      CLERK_COUNTY,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await readCase(record.id)).status).toBe('SUBMITTED');
  });

  it('admits one of two concurrent acceptances', async () => {
    const record = await submitCase('assistance');
    const results = await Promise.all([
      graphql(stack.url, ACCEPT, { id: record.id }, CLERK_COUNTY),
      graphql(stack.url, ACCEPT, { id: record.id }, CLERK_VILLAGE),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const loser = results.find((r) => r.errors)!;
    expect(['CONFLICT', 'INVALID_STATE']).toContain(
      loser.errors![0]!.extensions?.code,
    );
    const final = await readCase(record.id);
    expect(final.version).toBe(2);
    expect(
      final.history.filter((e: { action: string }) => e.action === 'ACCEPTED'),
    ).toHaveLength(1);
  });

  it('returns NOT_FOUND for an unknown case', async () => {
    const result = await graphql(
      stack.url,
      ACCEPT,
      { id: 'no-such-case' },
      CLERK_COUNTY,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('notAcceptCase and rejectCase', () => {
  it('records not accepting with its reason', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      NOT_ACCEPT,
      { id: record.id, reason: '不属于本机关职权范围' },
      CLERK_COUNTY,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.notAcceptCase.status).toBe('NOT_ACCEPTED');
    expect(result.data!.notAcceptCase.history.at(-1).opinion).toBe(
      '不属于本机关职权范围',
    );
    expect(result.data!.notAcceptCase.timeLimitStatus).toBe('NOT_STARTED');
  });

  it('rejects an empty reason with BAD_USER_INPUT', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      NOT_ACCEPT,
      { id: record.id, reason: '  ' },
      CLERK_COUNTY,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await readCase(record.id)).status).toBe('SUBMITTED');
  });

  it('lets an approver reject an accepted case', async () => {
    const record = await acceptedCase('assistance');
    // The item's workflow leaves the decision to approvers.
    const byReviewer = await graphql(
      stack.url,
      REJECT,
      { id: record.id, reason: '收入超过救助标准' },
      REVIEWER_MZ,
    );
    expect(byReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const result = await graphql(
      stack.url,
      REJECT,
      { id: record.id, reason: '收入超过救助标准' },
      APPROVER_MZ,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.rejectCase.status).toBe('REJECTED');
    expect(result.data!.rejectCase.decidedAt).not.toBeNull();
  });

  it('rejects a submitted case with INVALID_STATE', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      REJECT,
      { id: record.id, reason: '不符合条件' },
      REVIEWER_MZ,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });
});

describe('timeLimitStatus', () => {
  it('moves from NORMAL to OVERDUE, then LATE', async () => {
    const record = await submitCase('assistance');
    setClock(at('2025-09-26'));
    await graphql(stack.url, ACCEPT, { id: record.id }, CLERK_COUNTY);
    setClock(at('2025-09-29'));
    expect((await readCase(record.id)).timeLimitStatus).toBe('NORMAL');
    setClock(at('2025-10-09'));
    expect((await readCase(record.id)).timeLimitStatus).toBe('WARNING');
    setClock(at('2025-10-13'));
    expect((await readCase(record.id)).timeLimitStatus).toBe('OVERDUE');

    const supervised = await graphql(
      stack.url,
      SUPERVISED,
      { s: 'OVERDUE' },
      SUPERVISOR,
    );
    expect(supervised.errors).toBeUndefined();
    expect(
      supervised.data!.supervisedCases.map((c: { id: string }) => c.id),
    ).toContain(record.id);
    const warning = await graphql(
      stack.url,
      SUPERVISED,
      { s: 'WARNING' },
      SUPERVISOR,
    );
    expect(
      warning.data!.supervisedCases.map((c: { id: string }) => c.id),
    ).not.toContain(record.id);

    const approved = await graphql(
      stack.url,
      APPROVE,
      { id: record.id },
      APPROVER_MZ,
    );
    expect(approved.data!.approveCase.timeLimitStatus).toBe('LATE');
    const late = await graphql(
      stack.url,
      SUPERVISED,
      { s: 'LATE' },
      SUPERVISOR,
    );
    expect(
      late.data!.supervisedCases.map((c: { id: string }) => c.id),
    ).toContain(record.id);
  });

  it('filters supervised cases by WARNING and NORMAL', async () => {
    const record = await submitCase('assistance');
    setClock(at('2025-09-26'));
    await graphql(stack.url, ACCEPT, { id: record.id }, CLERK_COUNTY);
    setClock(at('2025-09-29'));
    const normal = await graphql(
      stack.url,
      SUPERVISED,
      { s: 'NORMAL' },
      SUPERVISOR,
    );
    expect(
      normal.data!.supervisedCases.map((c: { id: string }) => c.id),
    ).toContain(record.id);
    setClock(at('2025-10-09'));
    const warning = await graphql(
      stack.url,
      SUPERVISED,
      { s: 'WARNING' },
      SUPERVISOR,
    );
    expect(
      warning.data!.supervisedCases.map((c: { id: string }) => c.id),
    ).toContain(record.id);
  });

  it('rejects supervisedCases for a clerk with FORBIDDEN', async () => {
    const result = await graphql(stack.url, SUPERVISED, {}, CLERK_COUNTY);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('approveCase', () => {
  it('completes an item without a licence type at once', async () => {
    const record = await acceptedCase('assistance');
    const calls = stack.licences.calls.length;
    const result = await graphql(
      stack.url,
      APPROVE,
      { id: record.id, opinion: '符合临时救助条件' },
      APPROVER_MZ,
    );
    expect(result.errors).toBeUndefined();
    const approved = result.data!.approveCase;
    expect(approved.status).toBe('COMPLETED');
    expect(approved.completedAt).not.toBeNull();
    expect(approved.licenceIssue.state).toBe('NONE');
    expect(approved.licence).toBeNull();
    expect(stack.licences.calls.length).toBe(calls);
  });

  it('rejects a reviewer of another department with FORBIDDEN', async () => {
    const business = await acceptedCase('business');
    const assistance = await acceptedCase('assistance');
    const wrongForBusiness = await graphql(
      stack.url,
      APPROVE,
      { id: business.id },
      REVIEWER_MZ,
    );
    expect(wrongForBusiness.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongForAssistance = await graphql(
      stack.url,
      APPROVE,
      { id: assistance.id },
      REVIEWER_SCJG,
    );
    expect(wrongForAssistance.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await readCase(business.id)).status).toBe('ACCEPTED');
  });

  it('rejects a clerk with FORBIDDEN', async () => {
    const record = await acceptedCase('assistance');
    const result = await graphql(
      stack.url,
      APPROVE,
      { id: record.id },
      CLERK_COUNTY,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('issues the licence and completes the case', async () => {
    const record = await acceptedCase('business');
    const result = await graphql(
      stack.url,
      APPROVE,
      { id: record.id, opinion: '准予登记' },
      APPROVER_SCJG,
    );
    expect(result.errors).toBeUndefined();
    const done = result.data!.approveCase;
    expect(done.status).toBe('COMPLETED');
    expect(done.licenceIssue).toEqual({
      state: 'ISSUED',
      attempts: 1,
      lastError: null,
    });
    expect(done.licence).toEqual({
      id: stack.licences.issuedFor(record.id)!.id,
    });
    expect(done.history.map((e: { action: string }) => e.action)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'APPROVED',
      'LICENCE_ISSUED',
    ]);

    const call = stack.licences.calls.find(
      (c) => c.input.caseId === record.id,
    )!;
    expect(call.roles).toEqual([Role.System]);
    expect(call.input.holderUserId).toBe(CITIZEN.userId);
    expect(call.input.holderIdNumber).toBe(CITIZEN_ID_CARD);
    expect(call.input.itemId).toBe(BUSINESS_ITEM);
    expect(call.input.departmentCode).toBe('CQ-SCJG');
    expect(call.input.licenceTypeCode).toHaveLength(21);
  });

  it('retries failed licence issuance in background', async () => {
    const record = await acceptedCase('business');
    stack.licences.failNext(2);
    const result = await graphql(
      stack.url,
      APPROVE,
      { id: record.id },
      APPROVER_SCJG,
    );
    expect(result.errors).toBeUndefined();
    const approved = result.data!.approveCase;
    expect(approved.status).toBe('APPROVED');
    expect(approved.licenceIssue.state).toBe('PENDING');
    expect(approved.licenceIssue.attempts).toBe(1);
    expect(approved.licenceIssue.lastError).toContain(
      'licences store unavailable',
    );
    expect(approved.timeLimitStatus).toBe('ON_TIME');

    const done = await waitFor(
      () => readCase(record.id, REVIEWER_SCJG),
      (c) => c.status === 'COMPLETED',
    );
    expect(done.status).toBe('COMPLETED');
    expect(done.licenceIssue).toEqual({
      state: 'ISSUED',
      attempts: 3,
      lastError: null,
    });
    expect(done.licence).toEqual({
      id: stack.licences.issuedFor(record.id)!.id,
    });
    const calls = stack.licences.calls.filter(
      (c) => c.input.caseId === record.id,
    );
    expect(calls.map((c) => c.failed)).toEqual([true, true, false]);
  });

  it('keeps rejected issuance FAILED until requeued', async () => {
    const record = await acceptedCase('business');
    stack.licences.failNext(1, 'BAD_USER_INPUT');
    const result = await graphql(
      stack.url,
      APPROVE,
      { id: record.id },
      APPROVER_SCJG,
    );
    expect(result.data!.approveCase.licenceIssue.state).toBe('FAILED');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readCase(record.id, APPROVER_SCJG)).licenceIssue.state).toBe(
      'FAILED',
    );

    for (const viewer of [REVIEWER_MZ, APPROVER_SCJG]) {
      const forbidden = await graphql(
        stack.url,
        RETRY,
        { id: record.id },
        viewer,
      );
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const retried = await graphql(
      stack.url,
      RETRY,
      { id: record.id },
      LICENCE_OFFICER_SCJG,
    );
    expect(retried.data!.retryLicenceIssue.licenceIssue.state).toBe('PENDING');
    const done = await waitFor(
      () => readCase(record.id, APPROVER_SCJG),
      (c) => c.status === 'COMPLETED',
    );
    expect(done.licenceIssue.state).toBe('ISSUED');
  });

  it('admits one of two concurrent approvals', async () => {
    const record = await acceptedCase('business');
    const results = await Promise.all([
      graphql(stack.url, APPROVE, { id: record.id }, APPROVER_SCJG),
      graphql(stack.url, APPROVE, { id: record.id }, APPROVER_SCJG),
    ]);
    const succeeded = results.filter((r) => !r.errors);
    const failed = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_STATE']).toContain(
      failed[0]!.errors![0]!.extensions?.code,
    );
    const final = await readCase(record.id, REVIEWER_SCJG);
    expect(
      final.history.filter((e: { action: string }) => e.action === 'APPROVED'),
    ).toHaveLength(1);
    expect(
      stack.licences.calls.filter((c) => c.input.caseId === record.id),
    ).toHaveLength(1);
  });
});

describe('case visibility and masking', () => {
  it('shows raw data to clerk with jurisdiction', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      WORKLIST,
      { status: 'SUBMITTED' },
      CLERK_COUNTY,
    );
    const row = result.data!.worklist.find(
      (c: { id: string }) => c.id === record.id,
    );
    expect(row.applicantName).toBe('张三');
    expect(row.applicantIdNumber).toBe(CITIZEN_ID_CARD);
    expect(row.formData.reason).toBe('家中突发火灾');
  });

  it('omits cases outside worklist jurisdiction', async () => {
    const record = await acceptedCase('business');
    for (const viewer of [CLERK_OTHER_COUNTY, REVIEWER_MZ]) {
      const result = await graphql(stack.url, WORKLIST, {}, viewer);
      expect(result.errors).toBeUndefined();
      expect(
        result.data!.worklist.map((c: { id: string }) => c.id),
      ).not.toContain(record.id);
    }
    const scjg = await graphql(
      stack.url,
      WORKLIST,
      { status: 'ACCEPTED' },
      REVIEWER_SCJG,
    );
    expect(scjg.data!.worklist.map((c: { id: string }) => c.id)).toContain(
      record.id,
    );
  });

  it('masks applicant data for supervisors', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      SUPERVISED,
      { s: 'NOT_STARTED' },
      SUPERVISOR,
    );
    const row = result.data!.supervisedCases.find(
      (c: { id: string }) => c.id === record.id,
    );
    expect(row.applicantName).toBe('张*');
    expect(row.applicantIdNumber).toBe(
      `${CITIZEN_ID_CARD.slice(0, 4)}**********${CITIZEN_ID_CARD.slice(-4)}`,
    );
    expect(row.formData).toBeNull();
    expect(row.materials[0].fileName).toBeNull();
  });

  it('refuses cases to outsiders', async () => {
    const record = await submitCase('assistance');
    for (const viewer of [CLERK_OTHER_COUNTY, demo('13900139000')]) {
      const result = await graphql(stack.url, CASE, { id: record.id }, viewer);
      expect(result.data!.case).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await graphql(stack.url, CASE, { id: record.id });
    expect(anonymous.data!.case).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resolves references for authorized viewers', async () => {
    const first = await submitCase('assistance');
    const second = await submitCase('assistance');
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id applicantName } } }';
    const representations = [
      { __typename: 'Case', id: first.id },
      { __typename: 'Case', id: second.id },
      { __typename: 'Case', id: 'missing' },
    ];
    const own = await graphql(
      stack.url,
      query,
      { r: representations },
      CITIZEN,
    );
    expect(own.data!._entities).toEqual([
      { id: first.id, applicantName: '张三' },
      { id: second.id, applicantName: '张三' },
      null,
    ]);
    const outsider = await graphql(
      stack.url,
      query,
      { r: representations },
      CLERK_OTHER_COUNTY,
    );
    expect(outsider.data!._entities).toEqual([null, null, null]);
    expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
  });

  it('lists own cases in myCases', async () => {
    const record = await submitCase('assistance');
    const result = await graphql(
      stack.url,
      'query { myCases(first: 5) { id } }',
      {},
      CITIZEN,
    );
    expect(result.data!.myCases[0].id).toBe(record.id);
    const other = await graphql(
      stack.url,
      'query { myCases { id } }',
      {},
      demo('13900139000'),
    );
    expect(other.data!.myCases).toEqual([]);
  });
});
