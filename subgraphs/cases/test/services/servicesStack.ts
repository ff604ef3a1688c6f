import { Role, type Viewer } from '@ykb/common';
import { seededItemId } from '../../../items/src/index.js';
import { graphql, viewerOf } from '../../../../tests/support/harness.js';
import {
  CITIZEN,
  CITIZEN_ID_CARD,
  demo,
  materialsFor,
  newKey,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from '../stack.js';

/** The seeded item with a fee: 居民身份证换领, 2000 fen, department CQ-GA. */
export const FEE_ITEM = seededItemId('居民身份证换领');
export const CLERK = demo('clerk.chengbei');
/** An approver of the public-security department, which handles the fee item. */
export const APPROVER_GA: Viewer = viewerOf([Role.Approver], {
  name: '审批员',
  divisionCode: '50',
  departmentCode: 'CQ-GA',
});
export const SUPERVISOR = demo('supervisor.city');
/** The city-wide finance officer, who reconciles, clears and refunds. */
export const FINANCE = demo('finance.city');

/** A running cases stack with the sandbox payment provider and courier on free loopback ports. */
export interface ServicesStack extends Stack {
  paymentSandbox: string;
  courierSandbox: string;
}

/**
 * Starts the cases stack with both sandboxes on free ports, short provider
 * timeouts and a fast payment recovery loop, and points the callback
 * address at the started subgraph.
 */
export async function startServicesStack(): Promise<ServicesStack> {
  process.env.YKB_PAYMENT_SANDBOX_PORT = '0';
  process.env.YKB_COURIER_SANDBOX_PORT = '0';
  process.env.YKB_PROVIDER_TIMEOUT_MS = '500';
  process.env.YKB_PAYMENT_POLL_MS = '100';
  process.env.YKB_PAYMENT_QUERY_AFTER_MS = '200';
  delete process.env.YKB_PAYMENT_PROVIDER_URL;
  delete process.env.YKB_COURIER_URL;
  const stack = await startStack();
  process.env.YKB_CASES_PUBLIC_URL = stack.url.replace(/\/graphql$/, '');
  return {
    ...stack,
    paymentSandbox: process.env.YKB_PAYMENT_SANDBOX_URL!,
    courierSandbox: process.env.YKB_COURIER_SANDBOX_URL!,
  };
}

/** Posts JSON to a sandbox and returns the HTTP status and parsed body. */
export async function postJson(url: string, body: unknown): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Sets the payment sandbox's faults; fields not given are off. */
export function setPaymentFaults(
  stack: ServicesStack,
  faults: Record<string, unknown>,
) {
  return postJson(`${stack.paymentSandbox}/sandbox/faults`, faults);
}

/** Runs a GraphQL operation and fails the test with the errors when there are any. */
export async function ok(
  stack: Stack,
  query: string,
  variables: Record<string, unknown>,
  viewer?: Viewer,
): Promise<Record<string, any>> {
  const result = await graphql(stack.url, query, variables, viewer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const ACCEPT = `mutation($id: ID!) { acceptCase(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveCase(id: $id) { id status } }`;

/** Submits an application for the fee item as the demo citizen; returns the case id. */
export async function submitFeeCase(
  stack: Stack,
  formOverrides: Record<string, unknown> = {},
): Promise<string> {
  const materials = await materialsFor(stack.url, CITIZEN, ['M1', 'M2']);
  const data = await ok(
    stack,
    SUBMIT,
    {
      input: {
        itemId: FEE_ITEM,
        divisionCode: VILLAGE,
        formData: {
          applicantName: '张三',
          applicantIdCard: CITIZEN_ID_CARD,
          contactMobile: '13800138000',
          ...formOverrides,
        },
        materials,
        idempotencyKey: newKey(),
      },
    },
    CITIZEN,
  );
  return data.submitApplication.id as string;
}

const CHOOSE_DELIVERY = `mutation($input: ChooseDeliveryInput!, $key: String!) { chooseDelivery(input: $input, idempotencyKey: $key) { mailMaterials } }`;

/** The applicant's address for mailed materials and results in these tests: a village of 巫溪县. */
export const MAIL_ADDRESS = {
  recipient: '张三',
  mobile: '13800138000',
  street: '巫溪县城厢镇城北村 1 号',
  divisionCode: '500238100205',
};

/** Has the citizen choose to receive the results of `caseId` by mail at MAIL_ADDRESS. */
export async function chooseMailedResults(
  stack: Stack,
  caseId: string,
): Promise<void> {
  await ok(
    stack,
    CHOOSE_DELIVERY,
    {
      input: {
        caseId,
        mailMaterials: false,
        mailResults: true,
        address: MAIL_ADDRESS,
      },
      key: newKey(),
    },
    CITIZEN,
  );
}

/**
 * Submits a fee case as the demo citizen and chooses to mail its materials.
 * Then orders the shipment to `hallId` with `createShipment`, a mutation
 * that takes `$input`. Returns the case id and the created shipment.
 */
export async function shipMaterials(
  stack: Stack,
  hallId: string,
  createShipment: string,
): Promise<{ caseId: string; shipment: Record<string, any> }> {
  const caseId = await submitFeeCase(stack);
  await ok(
    stack,
    CHOOSE_DELIVERY,
    {
      input: { caseId, mailMaterials: true, mailResults: false },
      key: newKey(),
    },
    CITIZEN,
  );
  const shipment = (
    await ok(
      stack,
      createShipment,
      {
        input: {
          caseId,
          direction: 'MATERIALS_TO_HALL',
          hallId,
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    )
  ).createShipment;
  return { caseId, shipment };
}

/** Submits and accepts a fee case; returns its id. */
export async function acceptedFeeCase(stack: Stack): Promise<string> {
  const id = await submitFeeCase(stack);
  await ok(stack, ACCEPT, { id }, CLERK);
  return id;
}

/** Submits, accepts and approves a fee case, which completes it; returns its id. */
export async function completedFeeCase(stack: Stack): Promise<string> {
  const id = await acceptedFeeCase(stack);
  const data = await ok(stack, APPROVE, { id }, APPROVER_GA);
  if (data.approveCase.status !== 'COMPLETED')
    throw new Error(`case ${id} is ${data.approveCase.status}`);
  return id;
}

/** Polls `read` until `done` holds for its result; the test timeout bounds the wait. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
