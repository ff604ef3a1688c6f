import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../../tests/support/harness.js';
import { seededItemId } from '../../../items/src/index.js';
import { setUpAgent, type AgentSetup } from '../agentSetup.js';
import { CITIZEN, newKey } from '../stack.js';
import { ok, startServicesStack, type ServicesStack } from './servicesStack.js';

/** Item the agent's grant covers. */
const ITEM_IN_SCOPE = seededItemId('公司变更登记');
/** Item for legal persons that the grant leaves out. */
const ITEM_OUT_OF_SCOPE = seededItemId('公司注销登记');
const COMPANY_NAME = '重庆代理测试有限公司';

const EVALUATE = `mutation($input: EvaluateCaseInput!) { evaluateCase(input: $input) { id agent { id } } }`;
const MY_EVALUATIONS = `{ myEvaluations { id agent { id } } }`;
const SUBMIT_INQUIRY = `mutation($input: SubmitInquiryInput!) { submitInquiry(input: $input) { id submitterName agent { id } } }`;
const MY_INQUIRIES = `{ myInquiries { id submitterName agent { id } } }`;
const START = `mutation($id: ID!) { startPayment(orderId: $id, channel: PC) { id status agent { id } } }`;
const MY_ORDERS = `{ myPaymentOrders { id agent { id } } }`;
const MY_REFUNDS = `{ myPaymentOrders(first: 100) { id refunds { amountFen reason } } }`;
const CHOOSE = `mutation($input: ChooseDeliveryInput!, $key: String!) { chooseDelivery(input: $input, idempotencyKey: $key) { mailMaterials } }`;
const CREATE_SHIPMENT = `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id agent { id } } }`;
const MY_SHIPMENTS = `{ myShipments(first: 100) { id agent { id } } }`;

let stack: ServicesStack;
let setup: AgentSetup;

beforeAll(async () => {
  stack = await startServicesStack();
  setup = await setUpAgent(stack.identity!.url, [ITEM_IN_SCOPE]);
});

afterAll(async () => {
  await stack?.close();
});

/** Stores a case of the legal person for `itemId` in `status`; returns its id. */
async function legalPersonCase(
  itemId: string,
  status: string,
): Promise<string> {
  const id = `agent-${randomBytes(6).toString('hex')}`;
  await stack.cases.connection.collection('cases').insertOne({
    _id: id as never,
    caseNumber: `500103-20261201-${randomBytes(3).readUIntBE(0, 3) % 1_000_000}`,
    itemId,
    itemName: '公司变更登记',
    itemVersion: 1,
    applicantName: COMPANY_NAME,
    applicantIdNumber: null,
    applicantUserId: setup.legalPerson.userId,
    departmentCode: 'CQ-SCJG',
    divisionCode: '500103',
    hallId: null,
    status,
    formData: {},
    submittedAt: new Date(),
    acceptedAt: new Date(),
    decidedAt: new Date(),
    completedAt: status === 'COMPLETED' ? new Date() : null,
    history: [],
    version: 1,
  });
  return id;
}

describe('agents', () => {
  it('rate for the legal person', async () => {
    const caseId = await legalPersonCase(ITEM_IN_SCOPE, 'COMPLETED');
    const byHimself = await graphql(
      stack.url,
      EVALUATE,
      { input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() } },
      CITIZEN,
    );
    expect(byHimself.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rated = (
      await ok(
        stack,
        EVALUATE,
        { input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() } },
        setup.agent,
      )
    ).evaluateCase;
    expect(rated.agent).toEqual({ id: CITIZEN.userId });
    const ofCompany = (await ok(stack, MY_EVALUATIONS, {}, setup.legalPerson))
      .myEvaluations;
    expect(ofCompany).toContainEqual({
      id: rated.id,
      agent: { id: CITIZEN.userId },
    });
    const ofAgentSpace = (await ok(stack, MY_EVALUATIONS, {}, setup.agent))
      .myEvaluations;
    expect(ofAgentSpace.map((e: any) => e.id)).toContain(rated.id);
    const ofCitizen = (await ok(stack, MY_EVALUATIONS, {}, CITIZEN))
      .myEvaluations;
    expect(ofCitizen.map((e: any) => e.id)).not.toContain(rated.id);
  });

  it('stay within the grant', async () => {
    const caseId = await legalPersonCase(ITEM_OUT_OF_SCOPE, 'COMPLETED');
    const outside = await graphql(
      stack.url,
      EVALUATE,
      { input: { caseId, level: 'SATISFIED', idempotencyKey: newKey() } },
      setup.agent,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('GRANT_OUT_OF_SCOPE');
  });

  it('submit inquiries for the legal person', async () => {
    const caseId = await legalPersonCase(ITEM_IN_SCOPE, 'ACCEPTED');
    const submitted = (
      await ok(
        stack,
        SUBMIT_INQUIRY,
        {
          input: {
            kind: 'CONSULTATION',
            subject: '变更进度',
            content: '请问变更登记何时办结？',
            caseId,
            idempotencyKey: newKey(),
          },
        },
        setup.agent,
      )
    ).submitInquiry;
    expect(submitted.submitterName).toBe(COMPANY_NAME);
    expect(submitted.agent).toEqual({ id: CITIZEN.userId });
    const ofCompany = (await ok(stack, MY_INQUIRIES, {}, setup.legalPerson))
      .myInquiries;
    expect(ofCompany.map((i: any) => i.id)).toContain(submitted.id);
    const ofCitizen = (await ok(stack, MY_INQUIRIES, {}, CITIZEN)).myInquiries;
    expect(ofCitizen.map((i: any) => i.id)).not.toContain(submitted.id);
  });

  it('pay for the legal person', async () => {
    const caseId = await legalPersonCase(ITEM_IN_SCOPE, 'AWAITING_PAYMENT');
    const orderId = `po-${randomBytes(8).toString('hex')}`;
    await stack.cases.connection.model('PaymentOrder').create({
      _id: orderId,
      caseId,
      caseNumber: 'agent-order',
      itemId: ITEM_IN_SCOPE,
      itemName: '公司变更登记',
      applicantUserId: setup.legalPerson.userId,
      applicantName: COMPANY_NAME,
      divisionCode: '500103',
      departmentCode: 'CQ-SCJG',
      fiscalAccount: 'FISCAL-CQ-SCJG',
      lines: [{ name: '登记费', amountFen: 1000, basis: '测试' }],
      totalFen: 1000,
      status: 'UNPAID',
      lastEventSeq: 0,
      refunds: [],
      refundedFen: 0,
      openedBy: 'service:cases',
      idempotencyKey: newKey(),
      createdAt: new Date(),
      version: 1,
    });
    const byHimself = await graphql(stack.url, START, { id: orderId }, CITIZEN);
    expect(byHimself.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const started = (await ok(stack, START, { id: orderId }, setup.agent))
      .startPayment;
    expect(started.agent).toEqual({ id: CITIZEN.userId });
    const listed = (await ok(stack, MY_ORDERS, {}, setup.agent))
      .myPaymentOrders;
    expect(listed.map((o: any) => o.id)).toContain(orderId);
    const ofCitizen = (await ok(stack, MY_ORDERS, {}, CITIZEN)).myPaymentOrders;
    expect(ofCitizen.map((o: any) => o.id)).not.toContain(orderId);
  });

  it("read the refund reason of the legal person's order", async () => {
    const caseId = await legalPersonCase(ITEM_IN_SCOPE, 'COMPLETED');
    const orderId = `po-${randomBytes(8).toString('hex')}`;
    await stack.cases.connection.model('PaymentOrder').create({
      _id: orderId,
      caseId,
      caseNumber: 'agent-refunded-order',
      itemId: ITEM_IN_SCOPE,
      itemName: '公司变更登记',
      applicantUserId: setup.legalPerson.userId,
      applicantName: COMPANY_NAME,
      divisionCode: '500103',
      departmentCode: 'CQ-SCJG',
      fiscalAccount: 'FISCAL-CQ-SCJG',
      lines: [{ name: '登记费', amountFen: 1000, basis: '测试' }],
      totalFen: 1000,
      status: 'PAID',
      paidAt: new Date(),
      lastEventSeq: 0,
      refunds: [
        {
          id: `${orderId}-r1`,
          amountFen: 400,
          reason: '多收登记费',
          status: 'SUCCEEDED',
          requestedBy: 'u-finance',
          requestedAt: new Date(),
          completedAt: new Date(),
        },
      ],
      refundedFen: 400,
      openedBy: 'service:cases',
      idempotencyKey: newKey(),
      createdAt: new Date(),
      version: 1,
    });
    for (const viewer of [setup.agent, setup.legalPerson]) {
      const orders = (await ok(stack, MY_REFUNDS, {}, viewer)).myPaymentOrders;
      expect(orders.find((o: any) => o.id === orderId)).toEqual({
        id: orderId,
        refunds: [{ amountFen: 400, reason: '多收登记费' }],
      });
    }
    const ofCitizen = (await ok(stack, MY_REFUNDS, {}, CITIZEN))
      .myPaymentOrders;
    expect(ofCitizen.map((o: any) => o.id)).not.toContain(orderId);
  });

  it('mail materials for the legal person', async () => {
    const caseId = await legalPersonCase(ITEM_IN_SCOPE, 'ACCEPTED');
    await ok(
      stack,
      CHOOSE,
      {
        input: { caseId, mailMaterials: true, mailResults: false },
        key: newKey(),
      },
      setup.agent,
    );
    const shipment = (
      await ok(
        stack,
        CREATE_SHIPMENT,
        {
          input: {
            caseId,
            direction: 'MATERIALS_TO_HALL',
            hallId: 'hall-500103',
            idempotencyKey: newKey(),
          },
        },
        setup.agent,
      )
    ).createShipment;
    expect(shipment.agent).toEqual({ id: CITIZEN.userId });
    const ofCompany = (await ok(stack, MY_SHIPMENTS, {}, setup.legalPerson))
      .myShipments;
    expect(ofCompany).toContainEqual({
      id: shipment.id,
      agent: { id: CITIZEN.userId },
    });
    const ofCitizen = (await ok(stack, MY_SHIPMENTS, {}, CITIZEN)).myShipments;
    expect(ofCitizen.map((s: any) => s.id)).not.toContain(shipment.id);
  });
});

/** Stores a payment order, evaluation, inquiry and shipment of a case of the legal person for `itemId`; returns their ids. */
async function recordsOfItem(itemId: string) {
  const caseId = await legalPersonCase(itemId, 'COMPLETED');
  const suffix = randomBytes(6).toString('hex');
  const owner = {
    caseId,
    caseNumber: `listed-${suffix}`,
    applicantUserId: setup.legalPerson.userId,
    divisionCode: '500103',
    departmentCode: 'CQ-SCJG',
    idempotencyKey: newKey(),
    createdAt: new Date(),
    version: 1,
  };
  const { connection } = stack.cases;
  const ids = {
    order: `po-${suffix}`,
    evaluation: `ev-${suffix}`,
    inquiry: `iq-${suffix}`,
    shipment: `sh-${suffix}`,
  };
  await connection.model('PaymentOrder').create({
    ...owner,
    _id: ids.order,
    itemId,
    itemName: '登记',
    applicantName: COMPANY_NAME,
    fiscalAccount: 'FISCAL-CQ-SCJG',
    lines: [{ name: '登记费', amountFen: 1000, basis: '测试' }],
    totalFen: 1000,
    status: 'UNPAID',
    lastEventSeq: 0,
    refunds: [],
    refundedFen: 0,
    openedBy: 'service:cases',
  });
  await connection.model('Evaluation').create({
    ...owner,
    _id: ids.evaluation,
    itemId,
    itemName: '登记',
    level: 'SATISFIED',
    score: 4,
  });
  await connection.model('Inquiry').create({
    ...owner,
    _id: ids.inquiry,
    kind: 'CONSULTATION',
    subject: '进度',
    content: '请问何时办结？',
    itemId,
    submitterUserId: setup.legalPerson.userId,
    submitterName: COMPANY_NAME,
    status: 'OPEN',
    deadline: { date: '2026-12-31', provisional: false },
  });
  await connection.model('Shipment').create({
    ...owner,
    _id: ids.shipment,
    direction: 'RESULTS_TO_APPLICANT',
    hallId: 'hall-500103',
    status: 'CREATED',
    createdBy: 'u-clerk',
  });
  return { caseId, ...ids };
}

describe("an agent's lists", () => {
  const LISTS = `{
    myPaymentOrders(first: 100) { id }
    myEvaluations(first: 100) { id }
    myInquiries(first: 100) { id }
    myShipments(first: 100) { id case { id } }
  }`;

  it('hold only the items the grant covers', async () => {
    const covered = await recordsOfItem(ITEM_IN_SCOPE);
    const uncovered = await recordsOfItem(ITEM_OUT_OF_SCOPE);
    const ids = (data: Record<string, any>) => ({
      orders: data.myPaymentOrders.map((o: any) => o.id),
      evaluations: data.myEvaluations.map((e: any) => e.id),
      inquiries: data.myInquiries.map((i: any) => i.id),
      shipments: data.myShipments.map((s: any) => s.id),
      cases: data.myShipments.map((s: any) => s.case.id),
    });
    const ofAgent = ids(await ok(stack, LISTS, {}, setup.agent));
    expect(ofAgent.orders).toContain(covered.order);
    expect(ofAgent.evaluations).toContain(covered.evaluation);
    expect(ofAgent.inquiries).toContain(covered.inquiry);
    expect(ofAgent.shipments).toContain(covered.shipment);
    expect(ofAgent.cases).toContain(covered.caseId);
    expect(ofAgent.orders).not.toContain(uncovered.order);
    expect(ofAgent.evaluations).not.toContain(uncovered.evaluation);
    expect(ofAgent.inquiries).not.toContain(uncovered.inquiry);
    expect(ofAgent.shipments).not.toContain(uncovered.shipment);
    expect(ofAgent.cases).not.toContain(uncovered.caseId);

    const ofCompany = ids(await ok(stack, LISTS, {}, setup.legalPerson));
    expect(ofCompany.orders).toEqual(
      expect.arrayContaining([covered.order, uncovered.order]),
    );
    expect(ofCompany.evaluations).toEqual(
      expect.arrayContaining([covered.evaluation, uncovered.evaluation]),
    );
    expect(ofCompany.inquiries).toEqual(
      expect.arrayContaining([covered.inquiry, uncovered.inquiry]),
    );
    expect(ofCompany.shipments).toEqual(
      expect.arrayContaining([covered.shipment, uncovered.shipment]),
    );
  });
});
