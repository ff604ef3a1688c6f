import { describe, expect, it } from 'vitest';
import {
  checkFormDefinition,
  validateFormData,
  type FormFieldSpec,
} from '../src/index.js';

const FIELDS: FormFieldSpec[] = [
  {
    key: 'applicantName',
    label: '申请人姓名',
    type: 'TEXT',
    required: true,
    options: [],
    maxLength: 10,
  },
  {
    key: 'householdSize',
    label: '家庭人口',
    type: 'NUMBER',
    required: true,
    options: [],
    maxLength: null,
  },
  {
    key: 'birthDate',
    label: '出生日期',
    type: 'DATE',
    required: false,
    options: [],
    maxLength: null,
  },
  {
    key: 'purpose',
    label: '用途',
    type: 'SELECT',
    required: true,
    options: ['就业', '其他'],
    maxLength: null,
  },
  {
    key: 'contactMobile',
    label: '联系电话',
    type: 'MOBILE',
    required: false,
    options: [],
    maxLength: null,
  },
];

const TODAY = new Date('2026-12-04T00:00:00Z');

const VALID = {
  applicantName: ' 张三 ',
  householdSize: 3,
  purpose: '就业',
  contactMobile: '13800138000',
};

/** Runs the validator and returns the error's extensions. */
function rejection(formData: Record<string, unknown>) {
  try {
    validateFormData(formData, FIELDS, TODAY);
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('validateFormData accepted the data.');
}

describe('validateFormData', () => {
  it('accepts valid data and returns it in stored form', () => {
    expect(validateFormData(VALID, FIELDS, TODAY)).toEqual({
      applicantName: '张三',
      householdSize: 3,
      purpose: '就业',
      contactMobile: '13800138000',
    });
  });

  it('rejects a missing required field with its path', () => {
    const { applicantName: _omitted, ...rest } = VALID;
    expect(rejection(rest)).toMatchObject({
      code: 'INVALID_FORM_DATA',
      field: 'applicantName',
      fieldPath: 'formData.applicantName',
      reason: 'REQUIRED',
    });
    expect(rejection({ ...VALID, purpose: '   ' })).toMatchObject({
      fieldPath: 'formData.purpose',
      reason: 'REQUIRED',
    });
  });

  it('rejects a value of the wrong type with its path', () => {
    expect(rejection({ ...VALID, householdSize: '三' })).toMatchObject({
      code: 'INVALID_FORM_DATA',
      fieldPath: 'formData.householdSize',
      reason: 'TYPE',
    });
    expect(rejection({ ...VALID, applicantName: 42 })).toMatchObject({
      fieldPath: 'formData.applicantName',
      reason: 'TYPE',
    });
    expect(rejection({ ...VALID, birthDate: '2026-02-30' })).toMatchObject({
      fieldPath: 'formData.birthDate',
      reason: 'FORMAT',
    });
    expect(rejection({ ...VALID, purpose: '旅游' })).toMatchObject({
      fieldPath: 'formData.purpose',
      reason: 'NOT_AN_OPTION',
    });
  });

  it('rejects a value over its length limit with its path, counting code points', () => {
    expect(
      rejection({ ...VALID, applicantName: '张'.repeat(11) }),
    ).toMatchObject({
      code: 'INVALID_FORM_DATA',
      fieldPath: 'formData.applicantName',
      reason: 'TOO_LONG',
    });
    // Ten characters outside the Basic Multilingual Plane are ten code points, not twenty UTF-16 units.
    expect(
      validateFormData(
        { ...VALID, applicantName: '𠀀'.repeat(10) },
        FIELDS,
        TODAY,
      ).applicantName,
    ).toBe('𠀀'.repeat(10));
  });

  it('rejects an unknown key with its path', () => {
    expect(rejection({ ...VALID, extra: 'x' })).toMatchObject({
      fieldPath: 'formData.extra',
      reason: 'UNKNOWN_FIELD',
    });
  });
});

describe('checkFormDefinition', () => {
  it('accepts a well-formed definition', () => {
    expect(checkFormDefinition(FIELDS)).toEqual([]);
  });

  it('names the path of each problem', () => {
    const problems = checkFormDefinition([
      FIELDS[0]!,
      { ...FIELDS[1]!, key: 'applicantName' },
      { ...FIELDS[3]!, options: [] },
      { ...FIELDS[1]!, key: '1bad', maxLength: 5 },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual([
      'formFields[1].key',
      'formFields[2].options',
      'formFields[3].key',
      'formFields[3].maxLength',
    ]);
  });
});
