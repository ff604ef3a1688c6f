import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../tests/support/harness.js';
import {
  ASSISTANCE_ITEM,
  assistanceForm,
  CITIZEN,
  demo,
  materialsFor,
  newKey,
  publishMzItemVersion,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from './stack.js';

/**
 * A correction notice and the corrections submitted for it are checked
 * against the item version the case was filed under. Version 2 of 临时救助
 * drops material M2 and the form field `reason` and adds material M9 and
 * the required field `incidentDate`, after the case was filed under
 * version 1.
 */

const CLERK = demo('clerk.chengbei');
const FIELDS =
  'id status version correctionNotices { items { materialCode fieldKey } resolvedAt } formData';
const REQUEST = `mutation($id: ID!, $c: [CorrectionItemInput!]!) { requestCorrection(id: $id, corrections: $c) { ${FIELDS} } }`;
const SUBMIT_CORRECTION = `mutation($id: ID!, $m: [MaterialInput!]!, $f: JSON) { submitCorrection(id: $id, materials: $m, formData: $f) { ${FIELDS} } }`;

let stack: Stack;
let caseId: string;

beforeAll(async () => {
  stack = await startStack();
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
  if (filed.errors) throw new Error(JSON.stringify(filed.errors));
  caseId = filed.data!.submitApplication.id;
  const version = await publishMzItemVersion(
    stack.items.url,
    ASSISTANCE_ITEM,
    (content) => {
      const m2 = content.materials.find(
        (m: { code: string }) => m.code === 'M2',
      );
      content.materials = content.materials.filter(
        (m: { code: string }) => m.code !== 'M2',
      );
      content.materials.push({ ...m2, code: 'M9', name: '收入证明' });
      content.formFields = content.formFields.filter(
        (f: { key: string }) => f.key !== 'reason',
      );
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
});

afterAll(async () => {
  await stack?.close();
});

describe('corrections under an older item version', () => {
  it('rejects codes only the new version lists', async () => {
    for (const correction of [
      { materialCode: 'M9', description: '补交收入证明' },
      { fieldKey: 'incidentDate', description: '补填困难发生日期' },
    ]) {
      const result = await graphql(
        stack.url,
        REQUEST,
        { id: caseId, c: [correction] },
        CLERK,
      );
      expect(result.errors?.[0]?.extensions?.code, correction.description).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('lists and accepts the filed version fields', async () => {
    const requested = await graphql(
      stack.url,
      REQUEST,
      {
        id: caseId,
        c: [
          { materialCode: 'M2', description: '重新上传户口簿' },
          { fieldKey: 'reason', description: '写明困难原因' },
        ],
      },
      CLERK,
    );
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestCorrection.status).toBe(
      'CORRECTION_REQUIRED',
    );
    expect(
      requested.data!.requestCorrection.correctionNotices[0].items,
    ).toEqual([
      { materialCode: 'M2', fieldKey: null },
      { materialCode: null, fieldKey: 'reason' },
    ]);

    const materials = await materialsFor(stack.url, CITIZEN, ['M2']);
    const corrected = await graphql(
      stack.url,
      SUBMIT_CORRECTION,
      { id: caseId, m: materials, f: { reason: '家中突发火灾，房屋受损' } },
      CITIZEN,
    );
    expect(corrected.errors).toBeUndefined();
    const record = corrected.data!.submitCorrection;
    expect(record.status).toBe('SUBMITTED');
    expect(record.correctionNotices[0].resolvedAt).not.toBeNull();
    // The form is checked against version 1, which has no incidentDate.
    expect(record.formData.reason).toBe('家中突发火灾，房屋受损');
    expect(record.formData).not.toHaveProperty('incidentDate');
  });
});
