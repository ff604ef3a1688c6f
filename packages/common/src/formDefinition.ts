import { appError, ErrorCode } from './errors.js';
import { checkIdCard, checkMobile } from './identifiers.js';

/**
 * The typed application form of an item version. The items subgraph owns
 * the definition; the PWA renders it and the cases subgraph validates
 * application data against it with `validateFormData`.
 */

/** Value types of a form field. */
export const FORM_FIELD_TYPES = [
  'TEXT',
  'NUMBER',
  'DATE',
  'ID_CARD',
  'MOBILE',
  'SELECT',
] as const;

export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** One field of an application form. */
export interface FormFieldSpec {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  /** Allowed values of a SELECT field; empty for other types. */
  options: string[];
  /** Maximum length in code points of a TEXT field; null for no limit. */
  maxLength: number | null;
}

/** Largest accepted form data, as serialised JSON. */
export const MAX_FORM_DATA_BYTES = 64 * 1024;

/**
 * Builds the INVALID_FORM_DATA error of one field. `field` names the form
 * key and `fieldPath` the path of the value in the mutation input
 * (`formData.<key>`), so a client can mark the input it came from.
 */
function invalid(key: string | null, message: string, reason: string) {
  return appError(ErrorCode.InvalidFormData, message, {
    field: key,
    fieldPath: key === null ? 'formData' : `formData.${key}`,
    reason,
  });
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** Checks one present value and returns it in stored form (ID-card and mobile numbers normalised). */
function checkValue(
  field: FormFieldSpec,
  value: unknown,
  today: Date,
): unknown {
  const { key, label } = field;
  switch (field.type) {
    case 'TEXT': {
      if (typeof value !== 'string')
        throw invalid(key, `${key} (${label}) must be text.`, 'TYPE');
      const text = value.trim();
      const length = Array.from(text).length;
      if (field.maxLength != null && length > field.maxLength) {
        throw invalid(
          key,
          `${key} (${label}) is ${length} characters; at most ${field.maxLength} are allowed.`,
          'TOO_LONG',
        );
      }
      return text;
    }
    case 'NUMBER':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw invalid(
          key,
          `${key} (${label}) must be a finite number.`,
          'TYPE',
        );
      return value;
    case 'DATE':
      if (typeof value !== 'string' || !isIsoDate(value))
        throw invalid(
          key,
          `${key} (${label}) must be an ISO date (YYYY-MM-DD).`,
          'FORMAT',
        );
      return value;
    case 'ID_CARD': {
      if (typeof value !== 'string')
        throw invalid(
          key,
          `${key} (${label}) must be an ID-card number as text.`,
          'TYPE',
        );
      const result = checkIdCard(value, today);
      if (!result.valid)
        throw invalid(
          key,
          `${key} (${label}) is not a valid resident ID-card number (${result.problem}).`,
          result.problem ?? 'FORMAT',
        );
      return result.normalized;
    }
    case 'MOBILE': {
      if (typeof value !== 'string')
        throw invalid(
          key,
          `${key} (${label}) must be a mobile number as text.`,
          'TYPE',
        );
      const result = checkMobile(value);
      if (!result.valid)
        throw invalid(
          key,
          `${key} (${label}) is not a valid mainland mobile number.`,
          'FORMAT',
        );
      return result.normalized;
    }
    case 'SELECT':
      if (typeof value !== 'string' || !field.options.includes(value)) {
        throw invalid(
          key,
          `${key} (${label}) must be one of: ${field.options.join(', ')}.`,
          'NOT_AN_OPTION',
        );
      }
      return value;
  }
}

/**
 * Validates form data against a form definition and returns the values to
 * store. Throws INVALID_FORM_DATA with the offending key in
 * `extensions.field`, its input path in `extensions.fieldPath` and the kind
 * of problem in `extensions.reason` (UNKNOWN_FIELD, REQUIRED, TYPE, FORMAT,
 * TOO_LONG, NOT_AN_OPTION, an ID-card problem, or TOO_LARGE for the whole
 * object). Empty optional values are dropped.
 */
export function validateFormData(
  formData: Record<string, unknown>,
  fields: readonly FormFieldSpec[],
  today: Date,
): Record<string, unknown> {
  if (Buffer.byteLength(JSON.stringify(formData)) > MAX_FORM_DATA_BYTES) {
    throw invalid(
      null,
      `formData is larger than ${MAX_FORM_DATA_BYTES} bytes.`,
      'TOO_LARGE',
    );
  }
  const known = new Map(fields.map((field) => [field.key, field]));
  for (const key of Object.keys(formData)) {
    if (!known.has(key))
      throw invalid(
        key,
        `formData has the unknown key ${key}; this item's form has no such field.`,
        'UNKNOWN_FIELD',
      );
  }

  const stored: Record<string, unknown> = {};
  for (const field of fields) {
    const value = formData[field.key];
    if (isEmpty(value)) {
      if (field.required)
        throw invalid(
          field.key,
          `${field.key} (${field.label}) is required.`,
          'REQUIRED',
        );
      continue;
    }
    stored[field.key] = checkValue(field, value, today);
  }
  return stored;
}

/** A problem in a form definition, with the path of the offending value in the definition. */
export interface FormDefinitionProblem {
  path: string;
  message: string;
}

const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/**
 * Checks a form definition itself: keys are unique identifiers, labels are
 * present, SELECT fields list distinct options, and only TEXT fields carry
 * a positive maximum length. Returns every problem, each with its path
 * (`formFields[2].options`).
 */
export function checkFormDefinition(
  fields: readonly FormFieldSpec[],
): FormDefinitionProblem[] {
  const problems: FormDefinitionProblem[] = [];
  const seen = new Set<string>();
  fields.forEach((field, index) => {
    const at = `formFields[${index}]`;
    if (!FIELD_KEY.test(field.key))
      problems.push({
        path: `${at}.key`,
        message: `Key ${JSON.stringify(field.key)} must start with a letter and hold at most 40 letters, digits or underscores.`,
      });
    else if (seen.has(field.key))
      problems.push({
        path: `${at}.key`,
        message: `Key ${field.key} appears twice.`,
      });
    seen.add(field.key);
    const label = field.label.trim();
    if (label.length === 0 || Array.from(label).length > 50)
      problems.push({
        path: `${at}.label`,
        message: 'A label has 1 to 50 characters.',
      });
    if (!FORM_FIELD_TYPES.includes(field.type))
      problems.push({
        path: `${at}.type`,
        message: `Type ${String(field.type)} is not one of ${FORM_FIELD_TYPES.join(', ')}.`,
      });
    if (field.type === 'SELECT') {
      const options = field.options.map((option) => option.trim());
      if (options.length === 0 || options.some((option) => option === ''))
        problems.push({
          path: `${at}.options`,
          message: 'A SELECT field lists at least one non-empty option.',
        });
      else if (new Set(options).size !== options.length)
        problems.push({
          path: `${at}.options`,
          message: 'The options of a SELECT field are distinct.',
        });
    } else if (field.options.length > 0) {
      problems.push({
        path: `${at}.options`,
        message: 'Only a SELECT field has options.',
      });
    }
    if (field.maxLength != null) {
      if (field.type !== 'TEXT')
        problems.push({
          path: `${at}.maxLength`,
          message: 'Only a TEXT field has a maximum length.',
        });
      else if (
        !Number.isInteger(field.maxLength) ||
        field.maxLength < 1 ||
        field.maxLength > 10_000
      )
        problems.push({
          path: `${at}.maxLength`,
          message: 'A maximum length is a whole number from 1 to 10000.',
        });
    }
  });
  if (fields.length > 100)
    problems.push({
      path: 'formFields',
      message: 'A form has at most 100 fields.',
    });
  return problems;
}
