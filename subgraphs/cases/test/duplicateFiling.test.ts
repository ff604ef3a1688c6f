import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../tests/support/harness.js';
import type { Viewer } from '@ykb/common';
import {
  BUSINESS_ITEM,
  businessForm,
  CITIZEN,
  demo,
  materialsFor,
  newKey,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from './stack.js';

/**
 * Two village service points took in the same resident's application while
 * offline. Whichever syncs second meets the first one's case.
 */
const CHENGBEI = demo('clerk.chengbei');
const WUXI = demo('clerk.wuxi');

let stack: Stack;
const uploads = new Map<string, { code: string; fileId: string }[]>();

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

async function fileFor(
  clerk: Viewer,
  extra: Record<string, unknown> = {},
  idempotencyKey = newKey(),
) {
  // A retry resends the files the first attempt uploaded.
  let materials = uploads.get(clerk.userId);
  if (!materials) {
    materials = await materialsFor(stack.url, clerk, ['M1', 'M2', 'M3']);
    uploads.set(clerk.userId, materials);
  }
  return graphql(
    stack.url,
    SUBMIT,
    {
      input: {
        itemId: BUSINESS_ITEM,
        divisionCode: VILLAGE,
        formData: businessForm(),
        materials,
        applicantUserId: CITIZEN.userId,
        idempotencyKey,
        ...extra,
      },
    },
    clerk,
  );
}

const caseCount = () => stack.cases.connection.model('Case').countDocuments();

describe('duplicate filings from two service points', () => {
  let firstNumber: string;
  const firstKey = newKey();

  it('accepts the first filing and its retries', async () => {
    const first = await fileFor(CHENGBEI, {}, firstKey);
    expect(first.errors).toBeUndefined();
    firstNumber = first.data!.submitApplication.caseNumber;

    const retry = await fileFor(CHENGBEI, {}, firstKey);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.submitApplication.caseNumber).toBe(firstNumber);
  });

  it('rejects the second service point with DUPLICATE_APPLICATION', async () => {
    const before = await caseCount();

    const second = await fileFor(WUXI);

    expect(second.data?.submitApplication ?? null).toBeNull();
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'DUPLICATE_APPLICATION',
      caseNumber: firstNumber,
    });
    expect(await caseCount()).toBe(before);
  });

  it('files it when the clerk confirms a different application', async () => {
    const before = await caseCount();

    const confirmed = await fileFor(WUXI, { allowDuplicate: true });

    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.submitApplication.caseNumber).not.toBe(firstNumber);
    expect(await caseCount()).toBe(before + 1);
  });
});
