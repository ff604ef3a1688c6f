import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNTS,
  demoUserId,
  LICENCE_TYPES,
  serviceToken,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql } from '../../../tests/support/harness.js';
import { catalogue } from '../../items/src/index.js';
import { seededCatalogueFields } from '../src/catalogue.js';
import { citizen, citizenId, startLicenses } from './fixtures.js';

type SeededItem = ReturnType<typeof catalogue>[number];

/** Value types of face elements and the form field types that produce them. */
const FIELD_TYPES_FOR: Record<string, string[]> = {
  TEXT: ['TEXT', 'SELECT'],
  NUMBER: ['NUMBER'],
  DATE: ['DATE'],
  BOOLEAN: [],
};

const issuingItems = catalogue().filter((item) => item.licenceTypeCode);

function typeOf(item: SeededItem) {
  const seed = LICENCE_TYPES.find((t) => t.code === item.licenceTypeCode)!;
  return { seed, fields: seededCatalogueFields(seed) };
}

/** A change item takes the licence type it issues as a material and issues the next version. */
function changesLicence(item: SeededItem): boolean {
  return item.materials.some((m) => m.licenceTypeCode === item.licenceTypeCode);
}

/** Returns a form value of the field's type, as an applicant would enter it. */
function sampleValue(field: SeededItem['formFields'][number]): unknown {
  switch (field.type) {
    case 'SELECT':
      return field.options[0];
    case 'NUMBER':
      return 100;
    case 'DATE':
      return '2026-01-15';
    case 'ID_CARD':
      return citizen.idCardNumber;
    case 'MOBILE':
      return citizen.mobile;
    default:
      return `${field.label}示例`;
  }
}

describe('seeded issuing items', () => {
  it('exist for every seeded licence type', () => {
    const issued = new Set(issuingItems.map((i) => i.licenceTypeCode));
    for (const type of LICENCE_TYPES)
      expect(issued.has(type.code), `${type.name} has no issuing item`).toBe(
        true,
      );
  });

  it.each(issuingItems.map((item) => [item.name, item] as const))(
    '%s provides every required face element',
    (_name, item) => {
      const { seed, fields } = typeOf(item);
      const required = fields.faceElements.filter((face) => face.required);
      const change = changesLicence(item);
      for (const face of required) {
        const field = item.formFields.find((f) => f.key === face.key);
        expect(
          field,
          `${item.name} has no form field ${face.key} for ${seed.name}'s ${face.label}`,
        ).toBeDefined();
        // A change item's fields are the new values, so each may stay blank.
        if (!change)
          expect(
            field!.required,
            `${item.name}'s field ${face.key} must be required`,
          ).toBe(true);
        expect(FIELD_TYPES_FOR[face.valueType ?? 'TEXT']).toContain(
          field!.type,
        );
      }
    },
  );

  it('make name, representative and address required for business types', () => {
    for (const name of [
      '营业执照',
      '食品经营许可证',
      '公共场所卫生许可证',
      '道路运输经营许可证',
      '社会团体法人登记证书',
      '危险化学品经营许可证',
    ]) {
      const seed = LICENCE_TYPES.find((t) => t.name === name)!;
      const required = seededCatalogueFields(seed)
        .faceElements.filter((face) => face.required)
        .map((face) => face.key);
      expect(required, name).toEqual(
        expect.arrayContaining([
          'businessName',
          'legalRepresentative',
          'premisesAddress',
        ]),
      );
    }
  });
});

const company = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo')!;

const ISSUE = `mutation($input: IssueLicenceInput!) {
  issueLicence(input: $input) { id faceElements { key value } }
}`;

describe('issuance from seeded forms', () => {
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    subgraph = await startLicenses();
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it.each(
    issuingItems
      .filter((item) => !changesLicence(item))
      .map((item) => [item.name, item] as const),
  )('%s fills every required face element', async (_name, item) => {
    const { seed, fields } = typeOf(item);
    const formData = Object.fromEntries(
      item.formFields.map((field) => [field.key, sampleValue(field)]),
    );
    const person = fields.holderRule === 'PERSON';
    const legalPerson = !person && item.subjectTypes.includes('LEGAL_PERSON');
    const result = await graphql<{
      issueLicence: {
        id: string;
        faceElements: { key: string; value: string | null }[];
      };
    }>(
      subgraph.url,
      ISSUE,
      {
        input: {
          caseId: `case-form-${item._id}`,
          itemId: item._id,
          licenceTypeCode: seed.code,
          holderUserId: legalPerson ? demoUserId(company.account) : citizenId,
          holderName: legalPerson ? company.name : citizen.name,
          holderIdNumber: legalPerson
            ? company.creditCode
            : citizen.idCardNumber,
          departmentCode: seed.departmentCode,
          divisionCode: '500103',
          data: { ...formData, caseNumber: 'YKB-TEST-1', itemName: item.name },
        },
      },
      serviceToken('cases'),
    );
    expect(result.errors).toBeUndefined();
    const printed = new Map(
      result.data!.issueLicence.faceElements.map((f) => [f.key, f.value]),
    );
    for (const face of fields.faceElements.filter((f) => f.required)) {
      const value = printed.get(face.key);
      expect(value, `${seed.name}'s ${face.label} is blank`).toBeTruthy();
      expect(value!.trim()).not.toBe('');
    }
    // The licence keeps the face elements of the form and no other field.
    const stored = await subgraph.connection
      .db!.collection('licences')
      .findOne({ _id: result.data!.issueLicence.id as never });
    const faceKeys = fields.faceElements.map((face) => face.key);
    for (const key of Object.keys(stored!.data as object))
      expect(faceKeys, `${seed.name} stores ${key}`).toContain(key);
  });
});
