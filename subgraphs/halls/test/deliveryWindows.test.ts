import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { chooseDeliveryWindow } from '../src/deliveryWindows.js';
import { hallsSubgraph } from '../src/index.js';
import type { HallDocument, HallWindow } from '../src/model.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(hallsSubgraph);
});

afterAll(async () => {
  await subgraph?.close();
});

const CASES = viewerOf([Role.System], { name: 'cases' });
const REQUEST = `mutation($input: DeliveryWindowRequestInput!) {
  requestDeliveryWindow(input: $input) {
    id caseNumber itemName departmentCode requestedAt
    window { id number category departmentCode mail hall { id } }
  }
}`;

function input(caseId: string, hallId = 'hall-50') {
  return {
    caseId,
    caseNumber: `${caseId}-NUMBER`,
    hallId,
    departmentCode: 'CQ-SCJG',
    itemName: '食品经营许可',
    applicantUserId: 'user-1',
  };
}

describe('requestDeliveryWindow', () => {
  it('assigns one window per case, also to concurrent repeats', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        graphql(subgraph.url, REQUEST, { input: input('case-a') }, CASES),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const assignments = results.map((r) => r.data!.requestDeliveryWindow);
    expect(new Set(assignments.map((a) => a.window.id)).size).toBe(1);
    expect(new Set(assignments.map((a) => a.requestedAt)).size).toBe(1);
    expect(assignments[0]).toMatchObject({
      id: 'case-a',
      caseNumber: 'case-a-NUMBER',
      window: { hall: { id: 'hall-50' }, mail: false },
    });
    const again = await graphql(
      subgraph.url,
      REQUEST,
      { input: input('case-a') },
      CASES,
    );
    expect(again.data!.requestDeliveryWindow).toEqual(assignments[0]);
  });

  it('is for the cases subgraph only', async () => {
    for (const viewer of [
      undefined,
      viewerOf([Role.Citizen]),
      viewerOf([Role.HallManager], { divisionCode: '50', hallId: 'hall-50' }),
    ]) {
      const result = await graphql(
        subgraph.url,
        REQUEST,
        { input: input('case-b') },
        viewer,
      );
      expect(result.errors?.[0]?.extensions?.code).toMatch(
        /^(UNAUTHENTICATED|FORBIDDEN)$/,
      );
    }
  });

  it('refuses an unknown hall and empty fields without storing anything', async () => {
    const unknown = await graphql(
      subgraph.url,
      REQUEST,
      { input: input('case-c', 'hall-nowhere') },
      CASES,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const blank = await graphql(
      subgraph.url,
      REQUEST,
      { input: { ...input('case-c'), itemName: '  ' } },
      CASES,
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'itemName',
    });
    const fixed = await graphql(
      subgraph.url,
      REQUEST,
      { input: input('case-c') },
      CASES,
    );
    expect(fixed.data!.requestDeliveryWindow.itemName).toBe('食品经营许可');
  });
});

describe('chooseDeliveryWindow', () => {
  const window = (
    number: number,
    extra: Partial<HallWindow> = {},
  ): HallWindow => ({
    number,
    name: `${number}号窗口`,
    category: 'COMPREHENSIVE',
    businessCategories: ['GENERAL'],
    departmentCode: null,
    mail: false,
    ...extra,
  });
  const hall = (windows: HallWindow[]) => ({ windows }) as HallDocument;

  it("prefers the department's dedicated window", () => {
    const chosen = chooseDeliveryWindow(
      hall([
        window(1),
        window(2, { category: 'DEDICATED', departmentCode: 'CQ-GA' }),
        window(3, { category: 'DEDICATED', departmentCode: 'CQ-SCJG' }),
      ]),
      'CQ-SCJG',
    );
    expect(chosen?.number).toBe(3);
  });

  it('falls back to the first comprehensive window, then to any counter', () => {
    expect(
      chooseDeliveryWindow(
        hall([
          window(1, { category: 'DEDICATED', departmentCode: 'CQ-GA' }),
          window(2, { mail: true }),
          window(4),
          window(3),
        ]),
        'CQ-SCJG',
      )?.number,
    ).toBe(3);
    expect(
      chooseDeliveryWindow(
        hall([
          window(2, { category: 'DEDICATED', departmentCode: 'CQ-GA' }),
          window(1, { mail: true }),
        ]),
        'CQ-SCJG',
      )?.number,
    ).toBe(2);
  });

  it('uses a mail window only when the hall has nothing else', () => {
    expect(
      chooseDeliveryWindow(hall([window(5, { mail: true })]), 'CQ-SCJG')
        ?.number,
    ).toBe(5);
    expect(chooseDeliveryWindow(hall([]), 'CQ-SCJG')).toBeNull();
  });
});
