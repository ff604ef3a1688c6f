import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveTokenKey, Role, shanghaiDate } from '@ykb/common';
import { signPayload } from '../../src/services/shared/signature.js';
import { graphql, viewerOf } from '../../../../tests/support/harness.js';
import { CITIZEN, demo, newKey } from '../stack.js';
import {
  acceptedFeeCase,
  APPROVER_GA,
  CLERK,
  completedFeeCase,
  eventually,
  ok,
  postJson,
  shipMaterials,
  startServicesStack,
  submitFeeCase,
  SUPERVISOR,
  type ServicesStack,
  MAIL_ADDRESS,
  chooseMailedResults,
} from './servicesStack.js';

const HALL = 'hall-500238100205';
const SHIPMENT_FIELDS = `id caseNumber direction hall { id } waybillNumber status tracking { status description at }`;
const CHOOSE = `mutation($input: ChooseDeliveryInput!, $key: String!) { chooseDelivery(input: $input, idempotencyKey: $key) { mailMaterials mailResults address { recipient mobile street } } }`;
const CREATE_SHIPMENT = `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { ${SHIPMENT_FIELDS} } }`;
const MY_SHIPMENTS = `{ myShipments { ${SHIPMENT_FIELDS} } }`;
const HALL_SHIPMENTS = `query($hall: ID!, $d: ShipmentDirection) { hallShipments(hallId: $hall, direction: $d) { id direction status } }`;
const CASE_SERVICES = `query($id: ID!) { case(id: $id) { id delivery { mailResults address { mobile } } shipments { id status } evaluation { level } paymentOrder { id } } }`;
const EVALUATE = `mutation($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id level score reasons comment acceptedBy { id } hall { id } rectification { id status deadline { date } overdue } } }`;
const RECTIFICATIONS = `query($o: Boolean) { rectificationTasks(overdueOnly: $o, first: 100) { id evaluationId status deadline { date } } }`;
const RESOLVE = `mutation($id: ID!) { resolveRectification(id: $id, resolution: "已对窗口人员开展培训") { id status resolution resolvedAt } }`;
const SATISFACTION = `query($g: SatisfactionGrouping!, $from: String!, $to: String!) { satisfaction(groupBy: $g, from: $from, to: $to) { key evaluations satisfied dissatisfied averageScore satisfactionRate } }`;
const SUBMIT_INQUIRY = `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { id kind subject departmentCode divisionCode status deadline { date } overdue submitterName caseNumber } }`;
const DEPARTMENT_INQUIRIES = `query($kind: InquiryKind) { departmentInquiries(kind: $kind, first: 100) { id kind status submitterName } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerInquiry(id: $id, answer: $answer) { id status answer answeredAt } }`;
const MY_INQUIRIES = `query($kind: InquiryKind) { myInquiries(kind: $kind) { id kind status answer } }`;
const PUBLIC_CASES = `query($item: ID, $first: Int) { publicCases(itemId: $item, first: $first) { caseNumber itemName applicantName applicantIdNumber applicantPhone status departmentCode submittedAt } }`;
const STATS = `query($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { staffCaseStats(staffIds: $ids, from: $from, to: $to) { staffId casesHandled evaluations satisfied averageLevel } }`;

const SYSTEM = viewerOf([Role.System], { name: 'halls' });
const GA_WINDOW = viewerOf([Role.WindowStaff], {
  name: '窗口',
  divisionCode: '50',
  departmentCode: 'CQ-GA',
});

let stack: ServicesStack;

beforeAll(async () => {
  stack = await startServicesStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('logistics', () => {
  it('tracking reaches the applicant', async () => {
    const caseId = await submitFeeCase(stack);
    const chosen = (
      await ok(
        stack,
        CHOOSE,
        {
          input: {
            caseId,
            mailMaterials: true,
            mailResults: true,
            address: MAIL_ADDRESS,
          },
          key: newKey(),
        },
        CITIZEN,
      )
    ).chooseDelivery;
    expect(chosen).toEqual({
      mailMaterials: true,
      mailResults: true,
      address: {
        recipient: '张三',
        mobile: '13800138000',
        street: MAIL_ADDRESS.street,
      },
    });
    const key = newKey();
    const shipment = (
      await ok(
        stack,
        CREATE_SHIPMENT,
        {
          input: {
            caseId,
            direction: 'MATERIALS_TO_HALL',
            hallId: HALL,
            idempotencyKey: key,
          },
        },
        CITIZEN,
      )
    ).createShipment;
    expect(shipment.waybillNumber).toMatch(/^SF\d+/);
    expect(shipment.status).toBe('CREATED');
    const retried = (
      await ok(
        stack,
        CREATE_SHIPMENT,
        {
          input: {
            caseId,
            direction: 'MATERIALS_TO_HALL',
            hallId: HALL,
            idempotencyKey: key,
          },
        },
        CITIZEN,
      )
    ).createShipment;
    expect(retried.id).toBe(shipment.id);

    // The sandbox courier moves the parcel and posts signed tracking events.
    for (let step = 0; step < 4; step++)
      await postJson(
        `${stack.courierSandbox}/sandbox/advance/${shipment.waybillNumber}`,
        {},
      );
    const mine = await eventually(
      async () =>
        (await ok(stack, MY_SHIPMENTS, {}, CITIZEN)).myShipments.find(
          (s: any) => s.id === shipment.id,
        ),
      (s: any) => s.status === 'DELIVERED',
    );
    expect(mine.tracking.map((t: any) => t.status)).toEqual([
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
    expect(mine.tracking[3].description).toBe('已签收');

    const incoming = (
      await ok(
        stack,
        HALL_SHIPMENTS,
        { hall: HALL, d: 'MATERIALS_TO_HALL' },
        CLERK,
      )
    ).hallShipments;
    expect(incoming).toContainEqual({
      id: shipment.id,
      direction: 'MATERIALS_TO_HALL',
      status: 'DELIVERED',
    });
    const onCase = (await ok(stack, CASE_SERVICES, { id: caseId }, CITIZEN))
      .case;
    expect(onCase.shipments).toEqual([
      { id: shipment.id, status: 'DELIVERED' },
    ]);
  });

  it('polls tracking when callbacks are lost', async () => {
    const { caseId, shipment } = await shipMaterials(
      stack,
      HALL,
      CREATE_SHIPMENT,
    );
    await postJson(`${stack.courierSandbox}/sandbox/faults`, { silent: true });
    await postJson(
      `${stack.courierSandbox}/sandbox/advance/${shipment.waybillNumber}`,
      {},
    );
    await postJson(`${stack.courierSandbox}/sandbox/faults`, { silent: false });
    const refreshed = (
      await ok(
        stack,
        `mutation($id: ID!) { refreshShipmentTracking(id: $id) { status tracking { status } } }`,
        { id: shipment.id },
        CITIZEN,
      )
    ).refreshShipmentTracking;
    expect(refreshed.status).toBe('PICKED_UP');
  });

  it('fetches the events a lost callback carried when the next one arrives', async () => {
    const { caseId, shipment } = await shipMaterials(
      stack,
      HALL,
      CREATE_SHIPMENT,
    );
    const advance = `${stack.courierSandbox}/sandbox/advance/${shipment.waybillNumber}`;
    await postJson(`${stack.courierSandbox}/sandbox/faults`, { silent: true });
    await postJson(advance, {});
    await postJson(`${stack.courierSandbox}/sandbox/faults`, { silent: false });
    await postJson(advance, {});
    const mine = (await ok(stack, MY_SHIPMENTS, {}, CITIZEN)).myShipments.find(
      (s: any) => s.id === shipment.id,
    );
    expect(mine.status).toBe('IN_TRANSIT');
    expect(mine.tracking.map((t: any) => t.status)).toEqual([
      'PICKED_UP',
      'IN_TRANSIT',
    ]);
  });

  it('refuses courier events it cannot store and reads unknown statuses as exceptions', async () => {
    const { caseId, shipment } = await shipMaterials(
      stack,
      HALL,
      CREATE_SHIPMENT,
    );
    const event = (fields: Record<string, unknown>) => ({
      waybillNumber: shipment.waybillNumber,
      seq: 1,
      status: 'PICKED_UP',
      description: '快递员已揽收',
      at: new Date().toISOString(),
      ...fields,
    });

    // A far sequence number, dates that are no instants, impossible calendar
    // dates, times before 2000 or more than a day ahead, and a missing
    // status: 400, nothing stored.
    expect(await postCourierCallback(event({ seq: 300_000_000 }))).toEqual({
      status: 400,
      result: 'INVALID_EVENT',
    });
    const twoDaysAhead = new Date(Date.now() + 2 * 86_400_000).toISOString();
    for (const at of [
      'not a date',
      '5',
      '2026-03-02 10:00',
      '2026-02-30T10:00Z',
      '2026-03-02T24:00:00+08:00',
      '0001-01-01T00:00:00Z',
      '1999-12-31T23:59:59Z',
      '9999-12-31T23:59:59Z',
      twoDaysAhead,
    ])
      expect(await postCourierCallback(event({ at })), at).toEqual({
        status: 400,
        result: 'INVALID_EVENT',
      });
    expect(await postCourierCallback(event({ status: undefined }))).toEqual({
      status: 400,
      result: 'INVALID_EVENT',
    });
    expect(await postCourierCallback(event({}), false)).toEqual({
      status: 401,
      result: 'REJECTED',
    });
    const untouched = (await ok(stack, MY_SHIPMENTS, {}, CITIZEN)).myShipments;
    expect(untouched.find((s: any) => s.id === shipment.id).tracking).toEqual(
      [],
    );

    // A status the platform does not know is kept as an exception with the courier's code.
    expect(
      await postCourierCallback(
        event({ status: 'RETURNED', description: '收件人拒收\u202e，退回' }),
      ),
    ).toEqual({ status: 200, result: 'OK' });
    const mine = (await ok(stack, MY_SHIPMENTS, {}, CITIZEN)).myShipments.find(
      (s: any) => s.id === shipment.id,
    );
    expect(mine.status).toBe('EXCEPTION');
    expect(mine.tracking).toEqual([
      expect.objectContaining({
        status: 'EXCEPTION',
        description: '[RETURNED] 收件人拒收，退回',
      }),
    ]);
  });

  it('mails results from the hall once closed', async () => {
    const caseId = await acceptedFeeCase(stack);
    await chooseMailedResults(stack, caseId);
    const early = await graphql(
      stack.url,
      CREATE_SHIPMENT,
      {
        input: {
          caseId,
          direction: 'RESULTS_TO_APPLICANT',
          idempotencyKey: newKey(),
        },
      },
      CLERK,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    await ok(
      stack,
      `mutation($id: ID!) { approveCase(id: $id) { status } }`,
      { id: caseId },
      APPROVER_GA,
    );
    const byCitizen = await graphql(
      stack.url,
      CREATE_SHIPMENT,
      {
        input: {
          caseId,
          direction: 'RESULTS_TO_APPLICANT',
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(byCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outgoing = (
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
    expect(outgoing.hall.id).toBe(HALL);
    const listed = (
      await ok(
        stack,
        HALL_SHIPMENTS,
        { hall: HALL, d: 'RESULTS_TO_APPLICANT' },
        CLERK,
      )
    ).hallShipments;
    expect(listed.map((s: any) => s.id)).toContain(outgoing.id);
    const otherHall = await graphql(
      stack.url,
      HALL_SHIPMENTS,
      { hall: HALL },
      demo('clerk.yuzhong'),
    );
    expect(otherHall.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects bad delivery input', async () => {
    const caseId = await submitFeeCase(stack);
    const noAddress = await graphql(
      stack.url,
      CHOOSE,
      {
        input: { caseId, mailMaterials: false, mailResults: true },
        key: newKey(),
      },
      CITIZEN,
    );
    expect(noAddress.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badMobile = await graphql(
      stack.url,
      CHOOSE,
      {
        input: {
          caseId,
          mailMaterials: false,
          mailResults: true,
          address: { ...MAIL_ADDRESS, mobile: '12345' },
        },
        key: newKey(),
      },
      CITIZEN,
    );
    expect(badMobile.errors?.[0]?.extensions?.code).toBe('INVALID_MOBILE');
    const choose = (address: Record<string, string>) =>
      graphql(
        stack.url,
        CHOOSE,
        {
          input: { caseId, mailMaterials: false, mailResults: true, address },
          key: newKey(),
        },
        CITIZEN,
      );
    // A right-to-left override would show the recipient reversed on the waybill.
    const hidden = await choose({ ...MAIL_ADDRESS, recipient: '\u202e张三' });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'address.recipient',
    });
    const nul = await choose({
      ...MAIL_ADDRESS,
      street: '城厢镇城北村\u0000 1 号',
    });
    expect(nul.errors?.[0]?.extensions?.field).toBe('address.street');
    const nowhere = await choose({
      ...MAIL_ADDRESS,
      divisionCode: '500299999999',
    });
    expect(nowhere.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'address.divisionCode',
    });
    const notMine = await graphql(
      stack.url,
      CHOOSE,
      {
        input: { caseId, mailMaterials: true, mailResults: false },
        key: newKey(),
      },
      { ...CITIZEN, userId: 'someone-else' },
    );
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notChosen = await graphql(
      stack.url,
      CREATE_SHIPMENT,
      {
        input: {
          caseId,
          direction: 'MATERIALS_TO_HALL',
          hallId: HALL,
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(notChosen.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('masks the address for supervisors', async () => {
    const caseId = await submitFeeCase(stack);
    await chooseMailedResults(stack, caseId);
    const seen = (await ok(stack, CASE_SERVICES, { id: caseId }, SUPERVISOR))
      .case;
    expect(seen.delivery.address.mobile).toBe('138****8000');
  });
});

describe('evaluation', () => {
  const rate = (
    caseId: string,
    level: string,
    viewer = CITIZEN,
    extra: Record<string, unknown> = {},
  ) =>
    graphql(
      stack.url,
      EVALUATE,
      { input: { caseId, level, idempotencyKey: newKey(), ...extra } },
      viewer,
    );

  it('is given once per case', async () => {
    const caseId = await completedFeeCase(stack);
    const key = newKey();
    const first = await graphql(
      stack.url,
      EVALUATE,
      {
        input: {
          caseId,
          level: 'VERY_SATISFIED',
          reasons: ['办事快'],
          comment: '很好',
          idempotencyKey: key,
        },
      },
      CITIZEN,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.evaluateCase.score).toBe(5);
    expect(first.data!.evaluateCase.acceptedBy).toEqual({ id: CLERK.userId });
    expect(first.data!.evaluateCase.hall).toEqual({ id: HALL });
    expect(first.data!.evaluateCase.rectification).toBeNull();
    const replay = await graphql(
      stack.url,
      EVALUATE,
      {
        input: {
          caseId,
          level: 'VERY_SATISFIED',
          reasons: ['办事快'],
          comment: '很好',
          idempotencyKey: key,
        },
      },
      CITIZEN,
    );
    expect(replay.data!.evaluateCase.id).toBe(first.data!.evaluateCase.id);
    const changed = await graphql(
      stack.url,
      EVALUATE,
      { input: { caseId, level: 'SATISFIED', idempotencyKey: key } },
      CITIZEN,
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const second = await rate(caseId, 'DISSATISFIED');
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = (await ok(stack, CASE_SERVICES, { id: caseId }, CITIZEN))
      .case;
    expect(stored.evaluation).toEqual({ level: 'VERY_SATISFIED' });
  });

  it('is given by the applicant only', async () => {
    const caseId = await completedFeeCase(stack);
    const other = await rate(caseId, 'SATISFIED', {
      ...CITIZEN,
      userId: 'someone-else',
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await rate(caseId, 'SATISFIED', CLERK);
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is given after completion only', async () => {
    const submitted = await submitFeeCase(stack);
    expect(
      (await rate(submitted, 'SATISFIED')).errors?.[0]?.extensions?.code,
    ).toBe('INVALID_STATE');
    const accepted = await acceptedFeeCase(stack);
    expect(
      (await rate(accepted, 'SATISFIED')).errors?.[0]?.extensions?.code,
    ).toBe('INVALID_STATE');
  });

  it('rejects long comments and too many reasons', async () => {
    const caseId = await completedFeeCase(stack);
    const long = await rate(caseId, 'SATISFIED', CITIZEN, {
      comment: '好'.repeat(501),
    });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await rate(caseId, 'SATISFIED', CITIZEN, {
      reasons: Array.from({ length: 11 }, (_, i) => `理由${i}`),
    });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('opens a rectification task on a poor rating', async () => {
    const caseId = await completedFeeCase(stack);
    const result = await rate(caseId, 'VERY_DISSATISFIED', CITIZEN, {
      reasons: ['态度差'],
    });
    const task = result.data!.evaluateCase.rectification;
    expect(task.status).toBe('OPEN');
    expect(task.overdue).toBe(false);
    expect(task.deadline.date > shanghaiDate(new Date())).toBe(true);
    const listed = (await ok(stack, RECTIFICATIONS, { o: false }, SUPERVISOR))
      .rectificationTasks;
    expect(listed.map((t: any) => t.id)).toContain(task.id);
    const overdue = (await ok(stack, RECTIFICATIONS, { o: true }, SUPERVISOR))
      .rectificationTasks;
    expect(overdue.map((t: any) => t.id)).not.toContain(task.id);
    const resolved = (await ok(stack, RESOLVE, { id: task.id }, APPROVER_GA))
      .resolveRectification;
    expect(resolved.status).toBe('DONE');
    const again = await graphql(
      stack.url,
      RESOLVE,
      { id: task.id },
      APPROVER_GA,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('masks identifiers in free text for supervisors', async () => {
    const caseId = await completedFeeCase(stack);
    const comment = '窗口让我重复提交，我的身份证号500238199001011234。';
    const maskedComment = '窗口让我重复提交，我的身份证号5002**********1234。';
    const rated = await rate(caseId, 'VERY_DISSATISFIED', CITIZEN, {
      comment,
    });
    expect(rated.errors).toBeUndefined();
    const task = rated.data!.evaluateCase.rectification;
    const resolution = '已回电13800138000，向申请人致歉。';
    const maskedResolution = '已回电138****8000，向申请人致歉。';
    const resolved = await graphql(
      stack.url,
      `
        mutation ($id: ID!, $r: String!) {
          resolveRectification(id: $id, resolution: $r) {
            resolution
          }
        }
      `,
      { id: task.id, r: resolution },
      APPROVER_GA,
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveRectification.resolution).toBe(resolution);

    const READ = `query($id: ID!) { case(id: $id) { evaluation { comment rectification { resolution } } } }`;
    const supervisorView = (await ok(stack, READ, { id: caseId }, SUPERVISOR))
      .case.evaluation;
    expect(supervisorView.comment).toBe(maskedComment);
    expect(supervisorView.rectification.resolution).toBe(maskedResolution);
    const listed = (
      await ok(
        stack,
        'query { rectificationTasks(first: 100) { id resolution } }',
        {},
        SUPERVISOR,
      )
    ).rectificationTasks.find((t: any) => t.id === task.id);
    expect(listed.resolution).toBe(maskedResolution);

    const ownView = (await ok(stack, READ, { id: caseId }, CITIZEN)).case
      .evaluation;
    expect(ownView.comment).toBe(comment);
    expect(ownView.rectification.resolution).toBe(resolution);
  });

  it('reports satisfaction by department and item', async () => {
    const today = shanghaiDate(new Date());
    const byDepartment = (
      await ok(
        stack,
        SATISFACTION,
        { g: 'DEPARTMENT', from: today, to: today },
        SUPERVISOR,
      )
    ).satisfaction;
    const ga = byDepartment.find((line: any) => line.key === 'CQ-GA');
    expect(ga.evaluations).toBeGreaterThanOrEqual(2);
    expect(ga.satisfactionRate).toBeCloseTo(ga.satisfied / ga.evaluations);
    const byWindow = (
      await ok(
        stack,
        SATISFACTION,
        { g: 'WINDOW', from: today, to: today },
        SUPERVISOR,
      )
    ).satisfaction;
    // The halls stand-in assigns no windows here, so every evaluation lacks one.
    expect(byWindow.map((line: any) => line.key)).toContain('none');
    const denied = await graphql(
      stack.url,
      SATISFACTION,
      { g: 'ITEM', from: today, to: today },
      CITIZEN,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('inquiries', () => {
  it('routes a complaint to the case department', async () => {
    const caseId = await submitFeeCase(stack);
    const key = newKey();
    const input = {
      kind: 'COMPLAINT',
      subject: '办理太慢',
      content: '等待时间过长',
      caseId,
      idempotencyKey: key,
    };
    const inquiry = (await ok(stack, SUBMIT_INQUIRY, { input }, CITIZEN))
      .submitInquiry;
    expect(inquiry.departmentCode).toBe('CQ-GA');
    expect(inquiry.divisionCode).toBe('500238100205');
    expect(inquiry.status).toBe('OPEN');
    expect(inquiry.overdue).toBe(false);
    const replay = (await ok(stack, SUBMIT_INQUIRY, { input }, CITIZEN))
      .submitInquiry;
    expect(replay.id).toBe(inquiry.id);

    const listed = (
      await ok(stack, DEPARTMENT_INQUIRIES, { kind: 'COMPLAINT' }, GA_WINDOW)
    ).departmentInquiries;
    expect(listed.map((i: any) => i.id)).toContain(inquiry.id);
    const otherDepartment = (
      await ok(stack, DEPARTMENT_INQUIRIES, {}, demo('reviewer.scjg'))
    ).departmentInquiries;
    expect(otherDepartment.map((i: any) => i.id)).not.toContain(inquiry.id);

    const answered = (
      await ok(
        stack,
        ANSWER,
        { id: inquiry.id, answer: '已加派人手' },
        GA_WINDOW,
      )
    ).answerInquiry;
    expect(answered.status).toBe('DONE');
    const mine = (await ok(stack, MY_INQUIRIES, { kind: 'COMPLAINT' }, CITIZEN))
      .myInquiries;
    expect(mine).toContainEqual({
      id: inquiry.id,
      kind: 'COMPLAINT',
      status: 'DONE',
      answer: '已加派人手',
    });
  });

  it('masks the submitter for supervisors', async () => {
    const input = {
      kind: 'SUGGESTION',
      subject: '增加自助机',
      content: '建议大厅增加自助终端',
      departmentCode: 'CQ-GA',
      divisionCode: '500238',
      idempotencyKey: newKey(),
    };
    const inquiry = (await ok(stack, SUBMIT_INQUIRY, { input }, CITIZEN))
      .submitInquiry;
    const listed = (
      await ok(stack, DEPARTMENT_INQUIRIES, { kind: 'SUGGESTION' }, SUPERVISOR)
    ).departmentInquiries;
    const seen = listed.find((i: any) => i.id === inquiry.id);
    expect(seen.submitterName).not.toBe(CITIZEN.name);
    expect(seen.submitterName).toContain('*');
  });

  /** Submits a consultation with the routing fields of `routing` and returns the first error. */
  async function routingError(routing: Record<string, string>) {
    const result = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      {
        input: {
          kind: 'CONSULTATION',
          subject: '问题',
          content: '内容',
          ...routing,
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    return result.errors?.[0];
  }

  it('names what to give when nothing routes', async () => {
    const error = await routingError({});
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('departmentCode');
    expect(error?.message).toBe(
      'An inquiry needs a case, an item or a department to go to: give caseId of one of your cases, itemId, or departmentCode from the departments query.',
    );
  });

  it('treats a stranger case as unknown', async () => {
    const caseId = await submitFeeCase(stack);
    const other = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      {
        input: {
          kind: 'COMPLAINT',
          subject: '问题',
          content: '内容',
          caseId,
          idempotencyKey: newKey(),
        },
      },
      demo('13900139000'),
    );
    const unknown = await routingError({ caseId: 'case-does-not-exist' });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(
      `None of your cases has id ${caseId}; choose one of your cases or leave caseId out.`,
    );
  });

  it('asks for a division without a case', async () => {
    const error = await routingError({ departmentCode: 'CQ-GA' });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('divisionCode');
    expect(error?.message).toContain('divisionCode is required');
    expect(error?.message).toContain('or give caseId instead');
  });

  it('rejects bad inquiries', async () => {
    const base = {
      kind: 'CONSULTATION',
      subject: '问题',
      content: '内容',
      idempotencyKey: newKey(),
    };
    const noTarget = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      { input: { ...base, divisionCode: '500238' } },
      CITIZEN,
    );
    expect(noTarget.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDivision = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      { input: { ...base, departmentCode: 'CQ-GA', divisionCode: '110101' } },
      CITIZEN,
    );
    expect(badDivision.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await graphql(stack.url, SUBMIT_INQUIRY, {
      input: { ...base, departmentCode: 'CQ-GA', divisionCode: '500238' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const empty = await graphql(
      stack.url,
      SUBMIT_INQUIRY,
      {
        input: {
          ...base,
          content: '   ',
          departmentCode: 'CQ-GA',
          divisionCode: '500238',
        },
      },
      CITIZEN,
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('public case list', () => {
  it('leaves out applications never accepted', async () => {
    const caseId = await submitFeeCase(stack);
    const number = (
      await ok(
        stack,
        `query($id: ID!) { case(id: $id) { caseNumber } }`,
        { id: caseId },
        CITIZEN,
      )
    ).case.caseNumber;
    const result = await graphql(stack.url, PUBLIC_CASES, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.publicCases.map((c: any) => c.caseNumber),
    ).not.toContain(number);
  });

  it('masks every personal field', async () => {
    const caseId = await acceptedFeeCase(stack);
    const number = (
      await ok(
        stack,
        `query($id: ID!) { case(id: $id) { caseNumber } }`,
        { id: caseId },
        CITIZEN,
      )
    ).case.caseNumber;
    const result = await graphql(stack.url, PUBLIC_CASES, { first: 100 });
    expect(result.errors).toBeUndefined();
    const listed = result.data!.publicCases.find(
      (c: any) => c.caseNumber === number,
    );
    expect(listed.applicantName).toBe('张*');
    expect(listed.applicantIdNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(listed.applicantIdNumber.slice(0, 4)).toBe('5002');
    expect(listed.applicantPhone).toBe('138****8000');
    expect(listed.itemName).toBe('居民身份证换领');
    expect(listed.status).toBe('ACCEPTED');
    for (const item of result.data!.publicCases) {
      expect(item.applicantName).toMatch(/^(\*|[^*]{1,2}\*+)$/u);
      if (item.applicantIdNumber !== null)
        expect(item.applicantIdNumber).toMatch(/^.{4}\*+.{4}$/);
      if (item.applicantPhone !== null)
        expect(item.applicantPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });
});

/** Stores an accepted case of item-public-test directly and returns how the public list shows it. */
async function publishedCase(
  caseNumber: string,
  applicant: Record<string, unknown>,
): Promise<any> {
  await stack.cases.connection.collection('cases').insertOne({
    _id: `public-${caseNumber}` as never,
    caseNumber,
    itemId: 'item-public-test',
    itemName: '测试事项',
    applicantIdNumber: '50023819900101123X',
    applicantUserId: 'someone',
    departmentCode: 'CQ-GA',
    divisionCode: '500238',
    status: 'COMPLETED',
    formData: { contactMobile: '13912345678' },
    submittedAt: new Date('2026-12-01T02:00:00Z'),
    acceptedAt: new Date('2026-12-01T03:00:00Z'),
    decidedAt: null,
    completedAt: null,
    history: [],
    version: 1,
    ...applicant,
  });
  const result = await graphql(stack.url, PUBLIC_CASES, {
    item: 'item-public-test',
    first: 100,
  });
  return result.data!.publicCases.find((c: any) => c.caseNumber === caseNumber);
}

describe('public case list names', () => {
  const names: [string, string][] = [
    ['李', '*'],
    ['𠮷', '*'],
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['𠮷明', '𠮷*'],
    ['王𠮷', '王*'],
    ['欧阳娜娜', '欧阳**'],
    ['阿依古丽·买买提', '阿*******'],
  ];

  it.each(names)('masks %s as %s', async (name, masked) => {
    const caseNumber = `500238-20261201-${String(names.findIndex(([n]) => n === name) + 900000)}`;
    const listed = await publishedCase(caseNumber, {
      applicantName: name,
      formData: { contactMobile: '13912345678', applicantName: name },
    });
    expect(listed.applicantName).toBe(masked);
    expect(listed.applicantIdNumber).toBe('5002**********123X');
    expect(listed.applicantPhone).toBe('139****5678');
    expect(JSON.stringify(listed)).not.toContain(name.slice(1) || '\u0000');
  });

  it('shows a legal person in full and masks its contact', async () => {
    const listed = await publishedCase('500238-20261201-900100', {
      applicantName: '重庆城北示例商贸有限公司',
      applicantIdNumber: '91500238MA5UABCD1X',
      applicantSubjectType: 'LEGAL_PERSON',
      applicantUserId: 'some-company',
    });
    expect(listed.applicantName).toBe('重庆城北示例商贸有限公司');
    expect(listed.applicantIdNumber).toBe('91500238MA5UABCD1X');
    expect(listed.applicantPhone).toBe('139****5678');
  });
});

describe('staffCaseStats', () => {
  it('counts handling and evaluations', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const caseId = await completedFeeCase(stack);
    await ok(
      stack,
      EVALUATE,
      { input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() } },
      CITIZEN,
    );
    const to = new Date(Date.now() + 60_000).toISOString();
    const stats = (
      await ok(
        stack,
        STATS,
        { ids: [CLERK.userId, 'nobody'], from, to },
        SYSTEM,
      )
    ).staffCaseStats;
    const clerk = stats.find((s: any) => s.staffId === CLERK.userId);
    expect(clerk.casesHandled).toBeGreaterThanOrEqual(1);
    expect(clerk.evaluations).toBeGreaterThanOrEqual(1);
    expect(clerk.satisfied).toBeLessThanOrEqual(clerk.evaluations);
    expect(clerk.averageLevel).toBeGreaterThanOrEqual(1);
    expect(stats.find((s: any) => s.staffId === 'nobody')).toEqual({
      staffId: 'nobody',
      casesHandled: 0,
      evaluations: 0,
      satisfied: 0,
      averageLevel: null,
    });
  });

  it('is for services only', async () => {
    const now = new Date().toISOString();
    const result = await graphql(
      stack.url,
      STATS,
      { ids: [CLERK.userId], from: now, to: now },
      SUPERVISOR,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badDate = await graphql(
      stack.url,
      STATS,
      { ids: [CLERK.userId], from: '2026-01-01', to: now },
      SYSTEM,
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** Posts a tracking callback to the cases subgraph, signed with the courier sandbox's key unless `sign` is false. */
async function postCourierCallback(
  event: Record<string, unknown>,
  sign = true,
): Promise<{ status: number; result: unknown }> {
  const body = JSON.stringify(event);
  const timestamp = String(Date.now());
  const response = await fetch(
    `${process.env.YKB_CASES_PUBLIC_URL}/courier/notify`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sandbox-timestamp': timestamp,
        'x-sandbox-signature': sign
          ? signPayload(deriveTokenKey('courier-sandbox-hmac'), timestamp, body)
          : 'ab'.repeat(32),
      },
      body,
    },
  );
  const answer = (await response.json()) as { result?: unknown };
  return { status: response.status, result: answer.result };
}
