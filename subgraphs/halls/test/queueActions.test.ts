import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createLogger,
  idCardCheckChar,
  SEQUENCE_COUNTERS,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { createHallsSubgraph } from '../src/index.js';
import { registerModels } from '../src/model.js';
import { upgradeTickets } from '../src/seed.js';

const silentLog = createLogger('halls-test');

let subgraph: RunningSubgraph;
/** Monday 2026-03-02 09:00 in Asia/Shanghai unless a test moves it. */
let clock = new Date('2026-03-02T01:00:00Z');
let keyCount = 0;

// hall-500238 has window 1 (综合: GENERAL, MARKET_ENTRY, SOCIAL_SECURITY,
// CIVIL_AFFAIRS), window 2 (企业开办, CQ-SCJG) and window 3 (社保医保, CQ-RS).
const HALL = 'hall-500238';
const clerk = viewerOf(['WINDOW_STAFF'], {
  divisionCode: '500238',
  hallId: HALL,
});
const scjgClerk = viewerOf(['WINDOW_STAFF'], {
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
  hallId: HALL,
});
const yuzhongClerk = viewerOf(['WINDOW_STAFF'], {
  divisionCode: '500103',
  hallId: 'hall-500103',
});

const TICKET_FIELDS =
  'id number status windowNumber priority priorityReason recallCount transferCount waitSeconds calledAt finishedAt window { id number }';
const TAKE = `mutation($c: BusinessCategory!, $k: String!, $p: PriorityClaimInput) {
  takeTicket(hallId: "${HALL}", category: $c, idempotencyKey: $k, priority: $p) { ${TICKET_FIELDS} }
}`;
const CALL = `mutation($w: Int!) { callNext(hallId: "${HALL}", windowNumber: $w) { ${TICKET_FIELDS} } }`;
const FINISH = `mutation($id: ID!) { finishTicket(id: $id) { ${TICKET_FIELDS} } }`;
const SKIP = `mutation($id: ID!) { skipTicket(id: $id) { ${TICKET_FIELDS} } }`;
const RECALL = `mutation($id: ID!, $w: Int!) { recallTicket(id: $id, windowNumber: $w) { ${TICKET_FIELDS} } }`;
const TRANSFER = `mutation($id: ID!, $w: Int!) { transferTicket(id: $id, toWindowNumber: $w) { ${TICKET_FIELDS} } }`;
const WINDOW_QUEUE = `query($w: Int!) { windowQueue(hallId: "${HALL}", windowNumber: $w) {
  window { id } currentTicket { id } waitingCount skippedTickets { id }
} }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Ticket { id number status }
  ... on Window { id name hall { id } }
} }`;

interface Ticket {
  id: string;
  number: string;
  status: string;
  windowNumber: number | null;
  priority: boolean;
  priorityReason: string | null;
  recallCount: number;
  transferCount: number;
  waitSeconds: number | null;
  calledAt: string | null;
  finishedAt: string | null;
  window: { id: string; number: number } | null;
}

function codeOf(result: { errors?: { extensions?: { code?: unknown } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

async function ok<T = Ticket>(
  query: string,
  variables: Record<string, unknown>,
  viewer: typeof clerk | undefined = clerk,
): Promise<T> {
  const result = await graphql(subgraph.url, query, variables, viewer);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as T;
}

function take(
  category: string,
  priority?: { reason: string; document: string },
): Promise<Ticket> {
  keyCount += 1;
  return ok(
    TAKE,
    { c: category, k: `actions-${keyCount}`, p: priority },
    undefined,
  );
}

function idCard(birth: string): string {
  const first17 = `500238${birth}123`;
  return first17 + idCardCheckChar(first17);
}

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createHallsSubgraph({
      now: () => clock,
      noShowSweepMs: 0,
      anonymousTicketsPerMinute: 5,
    }),
  );
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(async () => {
  clock = new Date('2026-03-02T01:00:00Z');
  for (const model of ['Ticket', 'TicketCall', 'TicketQuota'])
    await subgraph.connection.model(model).deleteMany({});
  await subgraph.connection.db!.collection(SEQUENCE_COUNTERS).deleteMany({});
});

describe('priority at the kiosk', () => {
  it('calls the elderly and people with disabilities before earlier ordinary tickets', async () => {
    const ordinary = await take('GENERAL');
    clock = new Date('2026-03-02T01:01:00Z');
    const elderly = await take('GENERAL', {
      reason: 'ELDERLY',
      document: idCard('19600301'),
    });
    clock = new Date('2026-03-02T01:02:00Z');
    const disabled = await take('GENERAL', {
      reason: 'DISABILITY',
      document: `${idCard('19990101')}14`,
    });

    expect(elderly).toMatchObject({
      priority: true,
      priorityReason: 'ELDERLY',
    });
    expect(disabled.priorityReason).toBe('DISABILITY');
    expect(ordinary).toMatchObject({ priority: false, priorityReason: null });
    clock = new Date('2026-03-02T01:05:00Z');
    const order = [];
    for (let i = 0; i < 3; i += 1) order.push((await ok(CALL, { w: 1 })).id);
    expect(order).toEqual([elderly.id, disabled.id, ordinary.id]);
  });

  it('refuses a person under 60, a bad number and an appointment claim', async () => {
    const young = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-young',
      // Turns 60 on 3 March 2026, one day after the service date.
      p: { reason: 'ELDERLY', document: idCard('19660303') },
    });
    const badNumber = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-bad-id',
      p: { reason: 'ELDERLY', document: '500238195001011230' },
    });
    const badCertificate = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-bad-cert',
      p: { reason: 'DISABILITY', document: `${idCard('19990101')}85` },
    });
    const appointment = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-appt',
      p: { reason: 'APPOINTMENT', document: idCard('19500101') },
    });
    expect(codeOf(young)).toBe('BAD_USER_INPUT');
    expect(codeOf(badNumber)).toBe('INVALID_ID_CARD');
    expect(codeOf(badCertificate)).toBe('BAD_USER_INPUT');
    expect(codeOf(appointment)).toBe('BAD_USER_INPUT');
    expect(await subgraph.connection.model('Ticket').countDocuments()).toBe(0);
  });

  it('gives one document one priority ticket a day', async () => {
    const document = idCard('19500101');
    const claim = { reason: 'ELDERLY', document };
    const first = await take('GENERAL', claim);
    const retry = await ok(
      TAKE,
      {
        c: 'GENERAL',
        k: `actions-${keyCount}`,
        p: claim,
      },
      undefined,
    );
    const second = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-second-claim',
      p: claim,
    });
    const otherPerson = await take('GENERAL', {
      reason: 'ELDERLY',
      document: idCard('19510101'),
    });
    const claims = await subgraph.connection
      .model('TicketQuota')
      .find({ _id: /^priority\// })
      .lean<{ _id: string }[]>();
    clock = new Date('2026-03-03T01:00:00Z');
    const nextDay = await take('GENERAL', claim);

    expect(first.priorityReason).toBe('ELDERLY');
    expect(retry.id).toBe(first.id);
    expect(codeOf(second)).toBe('PRIORITY_CLAIM_USED');
    expect(second.errors?.[0]?.message).not.toContain(document);
    expect(otherPerson.priorityReason).toBe('ELDERLY');
    expect(nextDay.priorityReason).toBe('ELDERLY');
    expect(claims).toHaveLength(2);
    for (const stored of claims) expect(stored._id).not.toContain(document);
  });
});

describe('tickets per account', () => {
  const citizen = viewerOf(['CITIZEN']);

  function takeAs(viewer: typeof clerk, key: string) {
    return graphql(
      subgraph.url,
      TAKE,
      { c: 'GENERAL', k: key, p: null },
      viewer,
    );
  }

  it('bounds one citizen to five tickets a day under concurrent requests', async () => {
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        takeAs(citizen, `account-${citizen.userId}-${i}`),
      ),
    );
    const issued = results.filter((result) => !result.errors);
    const refused = results.filter(
      (result) => codeOf(result) === 'TICKET_LIMIT_REACHED',
    );
    const issuedIndex = results.findIndex((result) => !result.errors);
    const retry = await takeAs(
      citizen,
      `account-${citizen.userId}-${issuedIndex}`,
    );
    const otherCitizen = await takeAs(viewerOf(['CITIZEN']), 'account-other');
    clock = new Date('2026-03-03T01:00:00Z');
    const nextDay = await takeAs(citizen, `account-${citizen.userId}-next`);

    expect(issued).toHaveLength(5);
    expect(refused).toHaveLength(4);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ limit: 5 });
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(results[issuedIndex]!.data);
    expect(otherCitizen.errors).toBeUndefined();
    expect(nextDay.errors).toBeUndefined();
    expect(
      await subgraph.connection
        .model('Ticket')
        .countDocuments({ takenBy: citizen.userId }),
    ).toBe(6);
  });

  it('leaves hall staff unbounded', async () => {
    for (let i = 0; i < 7; i += 1) {
      const result = await takeAs(clerk, `account-staff-${i}`);
      expect(result.errors).toBeUndefined();
    }
  });
});

describe('window actions', () => {
  it('finishes the current ticket when the window calls the next one', async () => {
    const first = await take('GENERAL');
    const second = await take('GENERAL');
    clock = new Date('2026-03-02T01:03:00Z');
    const called = await ok(CALL, { w: 1 });
    clock = new Date('2026-03-02T01:08:00Z');
    await ok(CALL, { w: 1 });
    const finished = await ok(FINISH, { id: second.id });

    expect(called).toMatchObject({
      id: first.id,
      status: 'CALLED',
      waitSeconds: 180,
      window: { id: `${HALL}/1`, number: 1 },
    });
    expect(finished).toMatchObject({ status: 'SERVED' });
    const call = await subgraph.connection
      .model('TicketCall')
      .findById(`${first.id}#1`)
      .lean<{ outcome: string; endedAt: Date; waitSeconds: number }>();
    expect(call).toMatchObject({
      outcome: 'SERVED',
      endedAt: new Date('2026-03-02T01:08:00Z'),
      waitSeconds: 180,
    });
  });

  it('skips a ticket and recalls it later at another window of its category', async () => {
    const ticket = await take('SOCIAL_SECURITY');
    await ok(CALL, { w: 3 });
    const skipped = await ok(SKIP, { id: ticket.id });
    const listed = await ok<{ skippedTickets: { id: string }[] }>(
      WINDOW_QUEUE,
      {
        w: 1,
      },
    );
    clock = new Date('2026-03-02T01:20:00Z');
    const recalled = await ok(RECALL, { id: ticket.id, w: 1 });
    const again = await ok(RECALL, { id: ticket.id, w: 1 });

    expect(skipped).toMatchObject({ status: 'SKIPPED', windowNumber: 3 });
    expect(skipped.finishedAt).not.toBeNull();
    expect(listed.skippedTickets).toEqual([{ id: ticket.id }]);
    expect(recalled).toMatchObject({
      status: 'CALLED',
      windowNumber: 1,
      recallCount: 1,
      finishedAt: null,
    });
    expect(again.recallCount).toBe(2);
    expect(
      await subgraph.connection.model('TicketCall').countDocuments({
        ticketId: ticket.id,
      }),
    ).toBe(2);
  });

  it('refuses a recall at a window that serves another category', async () => {
    const ticket = await take('MARKET_ENTRY');
    await ok(CALL, { w: 2 }, scjgClerk);
    await ok(SKIP, { id: ticket.id }, scjgClerk);
    const wrongWindow = await graphql(
      subgraph.url,
      RECALL,
      { id: ticket.id, w: 3 },
      clerk,
    );
    expect(codeOf(wrongWindow)).toBe('INVALID_STATE');
  });

  it('transfers a ticket to a window that calls it before its own queue', async () => {
    const general = await take('MARKET_ENTRY');
    const waitingAtTwo = await take('MARKET_ENTRY');
    await ok(CALL, { w: 1 });
    clock = new Date('2026-03-02T01:10:00Z');
    const moved = await ok(TRANSFER, { id: general.id, w: 2 });
    const atTwo = await ok(CALL, { w: 2 }, scjgClerk);
    const nextAtTwo = await ok(CALL, { w: 2 }, scjgClerk);

    expect(moved).toMatchObject({
      status: 'WAITING',
      windowNumber: 2,
      transferCount: 1,
    });
    expect(atTwo.id).toBe(general.id);
    expect(nextAtTwo.id).toBe(waitingAtTwo.id);
    // The first wait counts from taking the ticket to its first call.
    expect(atTwo.waitSeconds).toBe(0);
    const outcomes = await subgraph.connection
      .model('TicketCall')
      .find({ ticketId: general.id })
      .sort({ calledAt: 1 })
      .lean<{ windowNumber: number; outcome: string | null }[]>();
    expect(outcomes.map((c) => [c.windowNumber, c.outcome])).toEqual([
      [1, 'TRANSFERRED'],
      [2, 'SERVED'],
    ]);
  });

  it('refuses actions on tickets that are not CALLED or not of today', async () => {
    const ticket = await take('GENERAL');
    const notCalled = await graphql(
      subgraph.url,
      SKIP,
      { id: ticket.id },
      clerk,
    );
    await ok(CALL, { w: 1 });
    const sameWindow = await graphql(
      subgraph.url,
      TRANSFER,
      { id: ticket.id, w: 1 },
      clerk,
    );
    const noWindow = await graphql(
      subgraph.url,
      TRANSFER,
      { id: ticket.id, w: 9 },
      clerk,
    );
    clock = new Date('2026-03-03T01:00:00Z');
    const nextDay = await graphql(
      subgraph.url,
      FINISH,
      { id: ticket.id },
      clerk,
    );

    expect(codeOf(notCalled)).toBe('INVALID_STATE');
    expect(codeOf(sameWindow)).toBe('BAD_USER_INPUT');
    expect(codeOf(noWindow)).toBe('NOT_FOUND');
    expect(codeOf(nextDay)).toBe('INVALID_STATE');
  });

  it('keeps window actions to staff of the hall and department', async () => {
    const ticket = await take('SOCIAL_SECURITY');
    await ok(CALL, { w: 3 });
    const otherHall = await graphql(
      subgraph.url,
      SKIP,
      { id: ticket.id },
      yuzhongClerk,
    );
    const otherDepartment = await graphql(
      subgraph.url,
      FINISH,
      { id: ticket.id },
      scjgClerk,
    );
    const anonymous = await graphql(subgraph.url, FINISH, { id: ticket.id });
    const queue = await graphql(
      subgraph.url,
      WINDOW_QUEUE,
      { w: 3 },
      yuzhongClerk,
    );
    expect(codeOf(otherHall)).toBe('FORBIDDEN');
    expect(codeOf(otherDepartment)).toBe('FORBIDDEN');
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(codeOf(queue)).toBe('FORBIDDEN');
  });

  it('rejects a transfer to a window of other categories', async () => {
    const ticket = await take('MARKET_ENTRY');
    await ok(CALL, { w: 1 });

    const result = await graphql(
      subgraph.url,
      TRANSFER,
      { id: ticket.id, w: 3 },
      clerk,
    );

    expect(codeOf(result)).toBe('CATEGORY_NOT_SERVED');
    const stored = await subgraph.connection
      .model('Ticket')
      .findById(ticket.id)
      .lean<{ status: string; windowNumber: number; transferCount: number }>();
    expect(stored!.status).toBe('CALLED');
    expect(stored!.windowNumber).toBe(1);
    expect(stored!.transferCount).toBe(0);
  });

  it('lets exactly one of two racing skips and transfers change a ticket', async () => {
    const ticket = await take('MARKET_ENTRY');
    await ok(CALL, { w: 1 });
    const results = await Promise.all([
      graphql(subgraph.url, SKIP, { id: ticket.id }, clerk),
      graphql(subgraph.url, TRANSFER, { id: ticket.id, w: 2 }, clerk),
    ]);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => codeOf(r))).toSatisfy(
      (codes: unknown[]) =>
        codes.every((c) => c === 'CONFLICT' || c === 'INVALID_STATE'),
    );
    const calls = await subgraph.connection
      .model('TicketCall')
      .find({ ticketId: ticket.id })
      .lean<{ outcome: string }[]>();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.outcome).toBe(
      winners[0]!.data!.skipTicket ? 'SKIPPED' : 'TRANSFERRED',
    );
  });
});

describe('anonymous tickets', () => {
  it('issues at most the per-minute limit of a hall, also when requests race', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphql(subgraph.url, TAKE, { c: 'GENERAL', k: `actions-race-${i}` }),
      ),
    );
    const signedIn = await graphql(
      subgraph.url,
      TAKE,
      { c: 'GENERAL', k: 'actions-signed-in' },
      clerk,
    );
    clock = new Date('2026-03-02T01:01:00Z');
    const nextMinute = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-next-minute',
    });

    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => codeOf(r) === 'RATE_LIMITED')).toHaveLength(3);
    expect(signedIn.errors).toBeUndefined();
    expect(nextMinute.errors).toBeUndefined();
  });

  it('answers a retried key without spending the allowance', async () => {
    for (let i = 0; i < 5; i += 1)
      await graphql(subgraph.url, TAKE, {
        c: 'GENERAL',
        k: 'actions-same-key',
      });
    const fresh = await graphql(subgraph.url, TAKE, {
      c: 'GENERAL',
      k: 'actions-fresh-key',
    });
    expect(fresh.errors).toBeUndefined();
  });
});

describe('entities', () => {
  it('resolves Ticket and Window references', async () => {
    const ticket = await take('GENERAL');
    const result = await graphql(subgraph.url, ENTITIES, {
      r: [
        { __typename: 'Ticket', id: ticket.id },
        { __typename: 'Window', id: `${HALL}/2` },
        { __typename: 'Window', id: `${HALL}/99` },
        { __typename: 'Ticket', id: 'missing' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { id: ticket.id, number: ticket.number, status: 'WAITING' },
      { id: `${HALL}/2`, name: '2号 企业开办专窗', hall: { id: HALL } },
      null,
      null,
    ]);
  });
});

describe('upgradeTickets', () => {
  it('lets windows call tickets stored without a rank', async () => {
    await subgraph.connection.db!.collection('tickets').insertOne({
      _id: 'old-ticket-1' as never,
      hallId: HALL,
      category: 'GENERAL',
      serviceDate: '2026-03-02',
      sequence: 1,
      number: 'A001',
      status: 'WAITING',
      idempotencyKey: 'old-ticket-key-1',
      takenBy: null,
      takenAt: new Date('2026-03-02T00:50:00Z'),
      calledAt: null,
      windowNumber: null,
      calledBy: null,
      priority: false,
    });
    const before = await graphql(subgraph.url, CALL, { w: 1 }, clerk);
    const upgraded = await upgradeTickets(
      registerModels(subgraph.connection),
      silentLog,
    );
    const after = await ok(CALL, { w: 1 });

    expect(before.data!.callNext).toBeNull();
    expect(upgraded).toBe(1);
    expect(after).toMatchObject({ id: 'old-ticket-1', waitSeconds: 600 });
  });
});
