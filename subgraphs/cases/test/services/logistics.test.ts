import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditRecordModel, createLogger } from '@ykb/common';
import type { Model } from 'mongoose';
import {
  ensureWaybillIndex,
  type ShipmentDocument,
} from '../../src/services/logistics/model.js';
import { SandboxCourier } from '../../src/services/logistics/sandboxCourier.js';
import { graphql } from '../../../../tests/support/harness.js';
import { CITIZEN, demo, newKey } from '../stack.js';
import {
  acceptedFeeCase,
  APPROVER_GA,
  CLERK,
  eventually,
  ok,
  postJson,
  shipMaterials,
  startServicesStack,
  submitFeeCase,
  type ServicesStack,
  chooseMailedResults,
} from './servicesStack.js';

const HALL = 'hall-500238100205';
const CHOOSE = `mutation($input: ChooseDeliveryInput!, $key: String!) { chooseDelivery(input: $input, idempotencyKey: $key) { mailMaterials } }`;
const CREATE_SHIPMENT = `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { id waybillNumber status } }`;

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

describe('materials by mail', () => {
  const CLOSE = {
    WITHDRAWN: [
      `mutation($id: ID!) { withdrawApplication(id: $id, reason: "不办了") { status } }`,
      CITIZEN,
    ],
    NOT_ACCEPTED: [
      `mutation($id: ID!) { notAcceptCase(id: $id, reason: "不属于受理范围") { status } }`,
      CLERK,
    ],
  } as const;

  for (const [status, [mutation, viewer]] of Object.entries(CLOSE))
    it(`are refused for a ${status} case`, async () => {
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
      await ok(stack, mutation, { id: caseId }, viewer);
      const result = await graphql(
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
      expect(codeOf(result)).toBe('INVALID_STATE');
      expect(result.errors?.[0]?.extensions?.status).toBe(status);
      const stored = await stack.cases.connection
        .collection('shipments')
        .countDocuments({ caseId });
      expect(stored).toBe(0);
    });
});

describe('shipments on a case', () => {
  const CASE_SHIPMENTS = `query($id: ID!) { case(id: $id) { shipments { id waybillNumber status tracking { status } } } }`;

  it('mask the waybill for analysts', async () => {
    const { caseId, shipment } = await shipMaterials(
      stack,
      HALL,
      CREATE_SHIPMENT,
    );
    const waybill: string = shipment.waybillNumber;
    await postJson(`${stack.courierSandbox}/sandbox/advance/${waybill}`, {});
    const ofApplicant = await eventually(
      async () =>
        (await ok(stack, CASE_SHIPMENTS, { id: caseId }, CITIZEN)).case
          .shipments,
      (list: any[]) => list[0]?.tracking.length === 1,
    );
    expect(ofApplicant[0].waybillNumber).toBe(waybill);
    const ofHall = (await ok(stack, CASE_SHIPMENTS, { id: caseId }, CLERK)).case
      .shipments;
    expect(ofHall[0].waybillNumber).toBe(waybill);
    expect(ofHall[0].tracking).toEqual([{ status: 'PICKED_UP' }]);

    const ofAnalyst = (
      await ok(stack, CASE_SHIPMENTS, { id: caseId }, demo('analyst.city'))
    ).case.shipments;
    expect(ofAnalyst).toHaveLength(1);
    expect(ofAnalyst[0].id).toBe(shipment.id);
    expect(ofAnalyst[0].status).toBe('PICKED_UP');
    expect(ofAnalyst[0].tracking).toEqual([]);
    expect(ofAnalyst[0].waybillNumber).toBe(
      `${waybill.slice(0, 2)}${'*'.repeat(waybill.length - 6)}${waybill.slice(-4)}`,
    );
  });
});

describe('waybill numbers', () => {
  const log = createLogger('cases-test');

  /** Binds the Shipment model to a database of its own, for index builds on chosen data. */
  function shipmentsIn(name: string): Model<ShipmentDocument> {
    const shipments =
      stack.cases.connection.model<ShipmentDocument>('Shipment');
    return stack.cases.connection
      .useDb(`${name}_${randomBytes(4).toString('hex')}`)
      .model<ShipmentDocument>('Shipment', shipments.schema, 'shipments');
  }

  it('are unique in the sandbox', async () => {
    const sandbox = new SandboxCourier(randomBytes(32), 'sandbox-key', log);
    const url = await sandbox.start(0, 0);
    // Every number is drawn in the same millisecond.
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_780_000_000_000);
    try {
      const numbers = new Set<string>();
      for (let order = 0; order < 300; order++) {
        const response = await fetch(`${url}/v1/waybills`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-api-key': 'sandbox-key',
          },
          body: JSON.stringify({
            orderId: `sh-${order}`,
            notifyUrl: 'http://127.0.0.1:9/none',
          }),
        });
        const { waybillNumber } = (await response.json()) as {
          waybillNumber: string;
        };
        expect(waybillNumber).toMatch(/^SF\d+$/);
        numbers.add(waybillNumber);
      }
      expect(numbers.size).toBe(300);
    } finally {
      now.mockRestore();
      await sandbox.stop();
    }
  });

  it('are unique among stored shipments', async () => {
    const shipments = stack.cases.connection.collection('shipments');
    const indexes = await shipments.indexes();
    expect(
      indexes.find((index) => index.name === 'waybillNumber_unique'),
    ).toMatchObject({ key: { waybillNumber: 1 }, unique: true });
    const waybillNumber = `SF${randomBytes(6).readUIntBE(0, 6)}`;
    const shipment = (id: string) => ({
      _id: id,
      caseId: `case-${id}`,
      direction: 'RESULTS_TO_APPLICANT',
      status: 'CREATED',
    });
    await shipments.insertOne({
      ...shipment(`sh-${randomBytes(6).toString('hex')}`),
      waybillNumber,
    } as never);
    await expect(
      shipments.insertOne({
        ...shipment(`sh-${randomBytes(6).toString('hex')}`),
        waybillNumber,
      } as never),
    ).rejects.toThrow();
    // Shipments without a waybill leave the field out and do not collide.
    await shipments.insertMany([
      shipment(`sh-${randomBytes(6).toString('hex')}`),
      shipment(`sh-${randomBytes(6).toString('hex')}`),
    ] as never[]);
  });

  it('index builds over null waybills', async () => {
    const model = shipmentsIn('waybill_nulls');
    await model.collection.insertMany([
      { _id: 'sh-a', waybillNumber: null },
      { _id: 'sh-b', waybillNumber: null },
      { _id: 'sh-c', waybillNumber: 'SF1' },
    ] as never[]);
    await model.collection.createIndex({ waybillNumber: 1 });
    await ensureWaybillIndex(model, log);
    const indexes = await model.collection.indexes();
    expect(indexes.map((index) => index.name)).toContain(
      'waybillNumber_unique',
    );
    expect(indexes.map((index) => index.name)).not.toContain('waybillNumber_1');
    const unset = await model.collection.countDocuments({
      waybillNumber: { $exists: false },
    });
    expect(unset).toBe(2);
    await model.db.dropDatabase();
  });

  it('index is skipped over duplicates', async () => {
    const model = shipmentsIn('waybill_duplicates');
    await model.collection.insertMany([
      { _id: 'sh-a', waybillNumber: 'SF1' },
      { _id: 'sh-b', waybillNumber: 'SF1' },
    ] as never[]);
    await expect(ensureWaybillIndex(model, log)).resolves.toBeUndefined();
    const indexes = await model.collection.indexes();
    const names = indexes.map((index) => index.name);
    expect(names).not.toContain('waybillNumber_unique');
    expect(names).toContain('waybillNumber_1');
    await model.db.dropDatabase();
  });
});

describe('callbacks', () => {
  for (const path of ['/courier/notify', '/payments/notify'])
    it(`${path} rejects an oversized body`, async () => {
      const base = stack.url.replace(/\/graphql$/, '');
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ padding: 'x'.repeat(64 * 1024) }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        result: 'TOO_LARGE',
        reason: 'Request body is larger than 64 KiB.',
      });
    });
});

describe('results shipment refused by the applicant', () => {
  const CASE = `query($id: ID!) { case(id: $id) { status deliveryMethod history { action opinion } shipments { id status } } }`;
  const DELIVER = `mutation($id: ID!, $method: DeliveryMethod!, $note: String) { deliverCase(id: $id, method: $method, note: $note) { status deliveryMethod } }`;
  const REFRESH = `mutation($id: ID!) { refreshShipmentTracking(id: $id) { id status } }`;

  /** Approves a fee case whose results go by mail and mails them; returns the case and its shipment. */
  async function mailedResults() {
    const caseId = await acceptedFeeCase(stack);
    await chooseMailedResults(stack, caseId);
    await ok(
      stack,
      `mutation($id: ID!) { approveCase(id: $id) { status } }`,
      { id: caseId },
      APPROVER_GA,
    );
    const key = newKey();
    const shipment = (await createResultsShipment(caseId, key)).createShipment;
    return { caseId, shipment, key };
  }

  /** Sends createShipment for the results of `caseId` and returns the raw response. */
  function sendResults(caseId: string, key: string) {
    return graphql(
      stack.url,
      CREATE_SHIPMENT,
      {
        input: {
          caseId,
          direction: 'RESULTS_TO_APPLICANT',
          idempotencyKey: key,
        },
      },
      CLERK,
    );
  }

  async function createResultsShipment(caseId: string, key: string) {
    const result = await sendResults(caseId, key);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  /** Has the sandbox courier pick the parcel up and report it refused, then waits for the EXCEPTION. */
  async function refuse(shipment: { id: string; waybillNumber: string }) {
    const advance = `${stack.courierSandbox}/sandbox/advance/${shipment.waybillNumber}`;
    await postJson(advance, {});
    await postJson(advance, { exception: '收件人拒收' });
    await eventually(
      async () => await ok(stack, REFRESH, { id: shipment.id }, CLERK),
      (data) => data.refreshShipmentTracking.status === 'EXCEPTION',
    );
  }

  async function auditOf(subjectId: string) {
    return auditRecordModel(stack.cases.connection).find({ subjectId }).lean();
  }

  it('is sent again once', async () => {
    const { caseId, shipment } = await mailedResults();
    const early = await sendResults(caseId, newKey());
    expect(codeOf(early)).toBe('CONFLICT');
    await refuse(shipment);

    const key = newKey();
    const again = (await createResultsShipment(caseId, key)).createShipment;
    expect(again.id).not.toBe(shipment.id);
    expect(again.waybillNumber).not.toBe(shipment.waybillNumber);
    const retried = (await createResultsShipment(caseId, key)).createShipment;
    expect(retried.id).toBe(again.id);
    const third = await sendResults(caseId, newKey());
    expect(codeOf(third)).toBe('CONFLICT');
    const records = await auditOf(again.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'Mutation.createShipment',
      actorId: CLERK.userId,
      details: { caseId, attempt: 2, replaces: shipment.id },
    });

    for (let step = 0; step < 4; step++)
      await postJson(
        `${stack.courierSandbox}/sandbox/advance/${again.waybillNumber}`,
        {},
      );
    const completed = await eventually(
      async () => (await ok(stack, CASE, { id: caseId }, CITIZEN)).case,
      (c: any) => c.status === 'COMPLETED',
    );
    expect(completed.deliveryMethod).toBe('MAIL');
    // The PWA reads this form to show the delivery in the reader's language.
    const delivery = completed.history.find(
      (event: any) => event.action === 'DELIVERED',
    );
    expect(delivery.opinion).toMatch(
      /^MAIL: delivered \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
    expect(completed.shipments).toEqual([
      { id: shipment.id, status: 'EXCEPTION' },
      { id: again.id, status: 'DELIVERED' },
    ]);
  });

  it('is handed over at the window', async () => {
    const { caseId, shipment } = await mailedResults();
    const early = await graphql(
      stack.url,
      DELIVER,
      { id: caseId, method: 'WINDOW' },
      CLERK,
    );
    expect(codeOf(early)).toBe('INVALID_STATE');
    await refuse(shipment);
    const byMail = await graphql(
      stack.url,
      DELIVER,
      { id: caseId, method: 'MAIL' },
      CLERK,
    );
    expect(codeOf(byMail)).toBe('INVALID_STATE');

    const delivered = (
      await ok(stack, DELIVER, { id: caseId, method: 'WINDOW' }, CLERK)
    ).deliverCase;
    expect(delivered).toEqual({
      status: 'COMPLETED',
      deliveryMethod: 'WINDOW',
    });
    const retried = await graphql(
      stack.url,
      DELIVER,
      { id: caseId, method: 'WINDOW' },
      CLERK,
    );
    expect(codeOf(retried)).toBe('INVALID_STATE');
    const history = (await ok(stack, CASE, { id: caseId }, CITIZEN)).case
      .history;
    expect(
      history.filter((event: any) => event.action === 'DELIVERED'),
    ).toHaveLength(1);
    const records = await auditOf(caseId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'Mutation.deliverCase',
      actorId: CLERK.userId,
      details: { method: 'WINDOW', failedShipment: shipment.id },
    });
    const resend = await sendResults(caseId, newKey());
    expect(codeOf(resend)).toBe('CONFLICT');
  });

  it('goes one way only when a reship and a window handover race', async () => {
    const { caseId, shipment } = await mailedResults();
    await refuse(shipment);

    const [reship, handover] = await Promise.all([
      sendResults(caseId, newKey()),
      graphql(stack.url, DELIVER, { id: caseId, method: 'WINDOW' }, CLERK),
    ]);
    const outcome = (await ok(stack, CASE, { id: caseId }, CITIZEN)).case;
    if (reship.errors) {
      expect(codeOf(reship)).toBe('INVALID_STATE');
      expect(handover.errors).toBeUndefined();
      expect(outcome.status).toBe('COMPLETED');
      expect(outcome.shipments).toEqual([
        { id: shipment.id, status: 'EXCEPTION' },
      ]);
    } else {
      expect(codeOf(handover)).toBe('INVALID_STATE');
      expect(outcome.status).toBe('AWAITING_DELIVERY');
      expect(outcome.shipments).toHaveLength(2);
    }
  });

  it('keeps a reship open after a rejected handover', async () => {
    const { caseId, shipment } = await mailedResults();
    await refuse(shipment);

    const tooLong = await graphql(
      stack.url,
      DELIVER,
      { id: caseId, method: 'WINDOW', note: 'x'.repeat(501) },
      CLERK,
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');

    const reship = (await createResultsShipment(caseId, newKey()))
      .createShipment;
    expect(reship.status).toBe('CREATED');
  });

  it('keeps a handover open after a retried or rejected reship', async () => {
    const { caseId, shipment, key } = await mailedResults();
    await refuse(shipment);
    const other = await mailedResults();
    const send = (idempotencyKey: string) =>
      sendResults(caseId, idempotencyKey);

    // The first shipment's own key replays it instead of mailing again.
    const retried = await send(key);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.createShipment.id).toBe(shipment.id);
    // Another case's key is a reused key.
    expect(codeOf(await send(other.key))).toBe('CONFLICT');

    const handover = await ok(
      stack,
      DELIVER,
      { id: caseId, method: 'WINDOW' },
      CLERK,
    );
    expect(handover.deliverCase.status).toBe('COMPLETED');
  });
});
