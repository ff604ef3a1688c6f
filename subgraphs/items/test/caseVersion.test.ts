import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFormData } from '@ykb/common';
import { graphql } from '../../../tests/support/harness.js';
import {
  ASSISTANCE_ITEM,
  assistanceForm,
  CITIZEN,
  materialsFor,
  newKey,
  publishMzItemVersion,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from '../../cases/test/stack.js';

/**
 * A case keeps the item version it was filed under. The real cases
 * subgraph files an application against version 1, and the item then
 * publishes version 2 with another form. The case's version still resolves
 * to the form that the application was checked against, and the next
 * application is checked against version 2 at once.
 */

const VERSION_KEY = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ItemVersion { version status content { formFields { key label type required options maxLength } } } } }`;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

async function ok(
  viewer: any,
  query: string,
  variables: Record<string, unknown>,
) {
  const result = await graphql(stack.items.url, query, variables, viewer);
  expect(result.errors, query).toBeUndefined();
  return result.data!;
}

/** Publishes version 2 of the item with one more required form field. */
async function publishWithNewField(itemId: string): Promise<void> {
  const version = await publishMzItemVersion(
    stack.items.url,
    itemId,
    (content) => {
      content.formFields.push({
        key: 'incidentDate',
        label: '困难发生日期',
        type: 'DATE',
        required: true,
        options: [],
        maxLength: null,
      });
    },
  );
  expect(version).toBe(2);
}

describe('cases and item versions', () => {
  it('resolves the version a case was filed under after a newer one is published', async () => {
    const materials = await materialsFor(stack.url, CITIZEN, ['M1', 'M2']);
    const filed = await graphql(
      stack.url,
      SUBMIT,
      {
        input: {
          itemId: ASSISTANCE_ITEM,
          divisionCode: VILLAGE,
          formData: assistanceForm(),
          materials,
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(filed.errors).toBeUndefined();
    const caseId = filed.data!.submitApplication.id as string;

    await publishWithNewField(ASSISTANCE_ITEM);

    const stored = await stack.cases.connection
      .collection('cases')
      .findOne({ _id: caseId as never });
    expect(stored?.itemVersion).toBe(1);
    const data = await ok(undefined, VERSION_KEY, {
      r: [
        {
          __typename: 'ItemVersion',
          itemId: ASSISTANCE_ITEM,
          version: stored!.itemVersion,
        },
        { __typename: 'ItemVersion', itemId: ASSISTANCE_ITEM, version: 2 },
      ],
    });
    const [filedUnder, latest] = data._entities;
    expect(filedUnder).toMatchObject({ version: 1, status: 'SUPERSEDED' });
    expect(latest).toMatchObject({ version: 2, status: 'PUBLISHED' });
    const now = new Date();
    // The case's data still passes the form it was filed under, and would not pass the new one.
    expect(() =>
      validateFormData(stored!.formData, filedUnder.content.formFields, now),
    ).not.toThrow();
    expect(() =>
      validateFormData(stored!.formData, latest.content.formFields, now),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          fieldPath: 'formData.incidentDate',
          reason: 'REQUIRED',
        }),
      }),
    );
  });

  it('binds new applications to the version just published', async () => {
    // The first application above read version 1 into the cases subgraph's item cache.
    const materials = await materialsFor(stack.url, CITIZEN, ['M1', 'M2']);
    const input = {
      itemId: ASSISTANCE_ITEM,
      divisionCode: VILLAGE,
      materials,
    };
    const withOldForm = await graphql(
      stack.url,
      SUBMIT,
      {
        input: {
          ...input,
          formData: assistanceForm(),
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(withOldForm.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_FORM_DATA',
      fieldPath: 'formData.incidentDate',
    });
    const filed = await graphql(
      stack.url,
      SUBMIT,
      {
        input: {
          ...input,
          formData: { ...assistanceForm(), incidentDate: '2026-03-01' },
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(filed.errors).toBeUndefined();
    const stored = await stack.cases.connection
      .collection('cases')
      .findOne({ _id: filed.data!.submitApplication.id as never });
    expect(stored?.itemVersion).toBe(2);
  });
});
