import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, shanghaiDate } from '@ykb/common';
import { graphql, viewerOf } from '../../../../tests/support/harness.js';
import { CITIZEN, newKey } from '../stack.js';
import {
  acceptedFeeCase,
  APPROVER_GA,
  CLERK,
  completedFeeCase,
  SUPERVISOR,
  eventually,
  ok,
  postJson,
  shipMaterials,
  startServicesStack,
  submitFeeCase,
  type ServicesStack,
  MAIL_ADDRESS,
  chooseMailedResults,
} from './servicesStack.js';

const HALL = 'hall-500238100205';
const COUNTY_HALL = 'hall-500238';
const CHOOSE = `mutation($input: ChooseDeliveryInput!, $key: String!) { chooseDelivery(input: $input, idempotencyKey: $key) { mailMaterials mailResults } }`;
const CREATE_SHIPMENT = `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id waybillNumber status } }`;
const HALL_SHIPMENTS = `query($hall: ID!) { hallShipments(hallId: $hall, first: 100) { id } }`;
const REFRESH = `mutation($id: ID!) { refreshShipmentTracking(id: $id) { id status } }`;
const SUBMIT_INQUIRY = `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { id departmentCode } }`;
const OPEN_ORDER = `mutation($caseId: ID!, $key: String!) { openPaymentOrder(caseId: $caseId, idempotencyKey: $key) { id } }`;
const CASE_STATUS = `query($id: ID!) { case(id: $id) { status completedAt deliveryMethod } }`;
const APPROVE = `mutation($id: ID!) { approveCase(id: $id) { status } }`;
const DELIVER = `mutation($id: ID!) { deliverCase(id: $id, method: MAIL) { status } }`;
const EVALUATE = `mutation($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id } }`;

/** Staff of the county hall, whose division contains the demo village. */
const COUNTY_HALL_CLERK = viewerOf([Role.WindowStaff], {
  name: '县大厅窗口',
  divisionCode: '500238',
  hallId: COUNTY_HALL,
});

let stack: ServicesStack;

beforeAll(async () => {
  stack = await startServicesStack();
});

afterAll(async () => {
  await stack?.close();
});

function codeOf(result: { errors?: readonly any[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

describe('idempotency keys', () => {
  it('chooseDelivery rejects a reused key', async () => {
    const caseId = await submitFeeCase(stack);
    const key = newKey();
    const input = {
      caseId,
      mailMaterials: false,
      mailResults: true,
      address: MAIL_ADDRESS,
    };
    await ok(stack, CHOOSE, { input, key }, CITIZEN);
    const retried = await graphql(stack.url, CHOOSE, { input, key }, CITIZEN);
    expect(retried.errors).toBeUndefined();
    const changed = await graphql(
      stack.url,
      CHOOSE,
      { input: { caseId, mailMaterials: true, mailResults: false }, key },
      CITIZEN,
    );
    expect(codeOf(changed)).toBe('CONFLICT');
  });

  it('submitInquiry rejects a reused key', async () => {
    const key = newKey();
    const input = {
      kind: 'CONSULTATION',
      subject: '办理时间',
      content: '周末可以办理吗？',
      departmentCode: 'CQ-GA',
      divisionCode: '500238',
      idempotencyKey: key,
    };
    const first = (await ok(stack, SUBMIT_INQUIRY, { input }, CITIZEN))
      .submitInquiry;
    const retried = (await ok(stack, SUBMIT_INQUIRY, { input }, CITIZEN))
      .submitInquiry;
    expect(retried.id).toBe(first.id);
    const changed = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      { input: { ...input, content: '节假日可以办理吗？' } },
      CITIZEN,
    );
    expect(codeOf(changed)).toBe('CONFLICT');
  });

  it('createShipment rejects a key used for another case', async () => {
    const key = newKey();
    const cases = [await submitFeeCase(stack), await submitFeeCase(stack)];
    for (const caseId of cases)
      await ok(
        stack,
        CHOOSE,
        {
          input: { caseId, mailMaterials: true, mailResults: false },
          key: newKey(),
        },
        CITIZEN,
      );
    const input = { direction: 'MATERIALS_TO_HALL', hallId: HALL };
    await ok(
      stack,
      CREATE_SHIPMENT,
      { input: { ...input, caseId: cases[0], idempotencyKey: key } },
      CITIZEN,
    );
    const reused = await graphql(
      stack.url,
      CREATE_SHIPMENT,
      { input: { ...input, caseId: cases[1], idempotencyKey: key } },
      CITIZEN,
    );
    expect(codeOf(reused)).toBe('CONFLICT');
  });

  it('openPaymentOrder rejects a key used for another case', async () => {
    const key = newKey();
    const first = await acceptedFeeCase(stack);
    const second = await acceptedFeeCase(stack);
    await ok(stack, OPEN_ORDER, { caseId: first, key }, CLERK);
    const reused = await graphql(
      stack.url,
      OPEN_ORDER,
      { caseId: second, key },
      CLERK,
    );
    expect(codeOf(reused)).toBe('CONFLICT');
  });
});

describe('inquiry departments', () => {
  it('rejects an unknown department', async () => {
    const result = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      {
        input: {
          kind: 'SUGGESTION',
          subject: '建议',
          content: '建议延长服务时间',
          departmentCode: 'CQ-NOSUCH',
          divisionCode: '500238',
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('departmentCode');
  });

  it('routes to a known department', async () => {
    const result = (
      await ok(
        stack,
        SUBMIT_INQUIRY,
        {
          input: {
            kind: 'SUGGESTION',
            subject: '建议',
            content: '建议延长服务时间',
            departmentCode: 'CQ-MZ',
            divisionCode: '500238',
            idempotencyKey: newKey(),
          },
        },
        CITIZEN,
      )
    ).submitInquiry;
    expect(result.departmentCode).toBe('CQ-MZ');
  });
});

describe('hall shipments', () => {
  it('shows only shipments the hall handles', async () => {
    const { caseId, shipment } = await shipMaterials(
      stack,
      COUNTY_HALL,
      CREATE_SHIPMENT,
    );
    const before = (
      await ok(stack, HALL_SHIPMENTS, { hall: COUNTY_HALL }, COUNTY_HALL_CLERK)
    ).hallShipments;
    expect(before.map((s: any) => s.id)).toContain(shipment.id);

    // The village service point accepts the case, so the county hall no longer handles it.
    await ok(
      stack,
      `mutation($id: ID!) { acceptCase(id: $id) { id } }`,
      { id: caseId },
      CLERK,
    );
    const after = (
      await ok(stack, HALL_SHIPMENTS, { hall: COUNTY_HALL }, COUNTY_HALL_CLERK)
    ).hallShipments;
    expect(after.map((s: any) => s.id)).not.toContain(shipment.id);
    const refresh = await graphql(
      stack.url,
      REFRESH,
      { id: shipment.id },
      COUNTY_HALL_CLERK,
    );
    expect(codeOf(refresh)).toBe('FORBIDDEN');
  });

  it('rejects a hall outside the case division', async () => {
    const caseId = await submitFeeCase(stack);
    await ok(
      stack,
      CHOOSE,
      {
        input: { caseId, mailMaterials: true, mailResults: false },
        key: newKey(),
      },
      CITIZEN,
    );
    const result = await graphql(
      stack.url,
      CREATE_SHIPMENT,
      {
        input: {
          caseId,
          direction: 'MATERIALS_TO_HALL',
          hallId: 'hall-500103',
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('results by mail', () => {
  it('completes the case on delivery', async () => {
    const caseId = await acceptedFeeCase(stack);
    await chooseMailedResults(stack, caseId);
    const approved = (await ok(stack, APPROVE, { id: caseId }, APPROVER_GA))
      .approveCase;
    expect(approved.status).toBe('AWAITING_DELIVERY');
    const early = await graphql(
      stack.url,
      EVALUATE,
      {
        input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() },
      },
      CITIZEN,
    );
    expect(codeOf(early)).toBe('INVALID_STATE');
    const byHand = await graphql(stack.url, DELIVER, { id: caseId }, CLERK);
    expect(codeOf(byHand)).toBe('INVALID_STATE');
    const changeChoice = await graphql(
      stack.url,
      CHOOSE,
      {
        input: { caseId, mailMaterials: false, mailResults: false },
        key: newKey(),
      },
      CITIZEN,
    );
    expect(codeOf(changeChoice)).toBe('INVALID_STATE');

    const shipment = (
      await ok(
        stack,
        CREATE_SHIPMENT,
        {
          input: {
            caseId,
            direction: 'RESULTS_TO_APPLICANT',
            idempotencyKey: newKey(),
          },
        },
        CLERK,
      )
    ).createShipment;
    for (let step = 0; step < 3; step++)
      await postJson(
        `${stack.courierSandbox}/sandbox/advance/${shipment.waybillNumber}`,
        {},
      );
    await ok(stack, REFRESH, { id: shipment.id }, CITIZEN);
    const inTransit = (await ok(stack, CASE_STATUS, { id: caseId }, CITIZEN))
      .case;
    expect(inTransit.status).toBe('AWAITING_DELIVERY');
    expect(inTransit.completedAt).toBeNull();

    await postJson(
      `${stack.courierSandbox}/sandbox/advance/${shipment.waybillNumber}`,
      {},
    );
    const completed = await eventually(
      async () => (await ok(stack, CASE_STATUS, { id: caseId }, CITIZEN)).case,
      (c: any) => c.status === 'COMPLETED',
    );
    expect(completed.deliveryMethod).toBe('MAIL');
    expect(completed.completedAt).not.toBeNull();
    const rated = await graphql(
      stack.url,
      EVALUATE,
      {
        input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() },
      },
      CITIZEN,
    );
    expect(rated.errors).toBeUndefined();
  });
});

describe('evaluation windows', () => {
  const EVALUATE_WINDOW = `mutation($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id windowId hall { id } } }`;
  const SATISFACTION = `query($from: String!, $to: String!) { satisfaction(groupBy: WINDOW, from: $from, to: $to) { key evaluations } }`;
  const WINDOW = `${HALL}/1`;

  it('records the window that served the case', async () => {
    stack.halls.hallWindows.set(HALL, [
      { id: WINDOW, assignedStaffUserIds: [CLERK.userId] },
      { id: `${HALL}/2`, assignedStaffUserIds: ['someone-else'] },
    ]);
    const caseId = await completedFeeCase(stack);
    const rated = (
      await ok(
        stack,
        EVALUATE_WINDOW,
        {
          input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() },
        },
        CITIZEN,
      )
    ).evaluateCase;
    expect(rated.windowId).toBe(WINDOW);
    expect(rated.hall).toEqual({ id: HALL });
    const today = shanghaiDate(new Date());
    const byWindow = (
      await ok(stack, SATISFACTION, { from: today, to: today }, SUPERVISOR)
    ).satisfaction;
    expect(byWindow).toContainEqual({ key: WINDOW, evaluations: 1 });
  });

  it('records no window when several are assigned', async () => {
    stack.halls.hallWindows.set(HALL, [
      { id: WINDOW, assignedStaffUserIds: [CLERK.userId] },
      { id: `${HALL}/2`, assignedStaffUserIds: [CLERK.userId] },
    ]);
    const caseId = await completedFeeCase(stack);
    const rated = (
      await ok(
        stack,
        EVALUATE_WINDOW,
        {
          input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() },
        },
        CITIZEN,
      )
    ).evaluateCase;
    expect(rated.windowId).toBeNull();
  });
  it('counts accepted cases and ratings per window', async () => {
    const SYSTEM = viewerOf([Role.System], { name: 'halls' });
    const WINDOW_STATS = `query($hall: ID!, $windows: [WindowStaffInput!]!, $from: DateTime!, $to: DateTime!) { windowCaseStats(hallId: $hall, windows: $windows, from: $from, to: $to) { windowId casesHandled evaluations satisfied averageLevel } }`;
    stack.halls.hallWindows.set(HALL, [
      { id: WINDOW, assignedStaffUserIds: [CLERK.userId] },
    ]);
    const from = new Date().toISOString();
    const rated = await completedFeeCase(stack);
    const secondRated = await completedFeeCase(stack);
    await acceptedFeeCase(stack);
    for (const [caseId, level] of [
      [rated, 'VERY_SATISFIED'],
      [secondRated, 'DISSATISFIED'],
    ])
      await ok(
        stack,
        EVALUATE,
        { input: { caseId, level, idempotencyKey: newKey() } },
        CITIZEN,
      );
    const to = new Date(Date.now() + 1000).toISOString();
    const windows = [
      { windowId: WINDOW, staffIds: [CLERK.userId] },
      { windowId: `${HALL}/2`, staffIds: ['someone-else'] },
      { windowId: `${HALL}/3`, staffIds: [] },
    ];

    const stats = (
      await ok(stack, WINDOW_STATS, { hall: HALL, windows, from, to }, SYSTEM)
    ).windowCaseStats;
    expect(stats).toEqual([
      {
        windowId: WINDOW,
        casesHandled: 3,
        evaluations: 2,
        satisfied: 1,
        averageLevel: 3.5,
      },
      {
        windowId: `${HALL}/2`,
        casesHandled: 0,
        evaluations: 0,
        satisfied: 0,
        averageLevel: null,
      },
      {
        windowId: `${HALL}/3`,
        casesHandled: 0,
        evaluations: 0,
        satisfied: 0,
        averageLevel: null,
      },
    ]);

    const otherHall = (
      await ok(
        stack,
        WINDOW_STATS,
        { hall: COUNTY_HALL, windows, from, to },
        SYSTEM,
      )
    ).windowCaseStats;
    expect(otherHall[0]).toMatchObject({ casesHandled: 0, evaluations: 0 });
  });

  it('keeps window statistics to services', async () => {
    const WINDOW_STATS = `query($windows: [WindowStaffInput!]!, $from: DateTime!, $to: DateTime!) { windowCaseStats(hallId: "${HALL}", windows: $windows, from: $from, to: $to) { windowId } }`;
    const SYSTEM = viewerOf([Role.System], { name: 'halls' });
    const from = '2026-01-01T00:00:00Z';
    const to = '2026-02-01T00:00:00Z';
    const oneWindow = [{ windowId: WINDOW, staffIds: [CLERK.userId] }];
    const bySupervisor = await graphql(
      stack.url,
      WINDOW_STATS,
      { windows: oneWindow, from, to },
      SUPERVISOR,
    );
    expect(bySupervisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reversed = await graphql(
      stack.url,
      WINDOW_STATS,
      { windows: oneWindow, from: to, to: from },
      SYSTEM,
    );
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await graphql(
      stack.url,
      WINDOW_STATS,
      {
        windows: Array.from({ length: 201 }, (_, i) => ({
          windowId: `${HALL}/${i}`,
          staffIds: [],
        })),
        from,
        to,
      },
      SYSTEM,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
