import { appError, checkIdCard, checkMobile, ErrorCode } from '@ykb/common';
import type { FormFieldSpec } from './itemClient.js';

/** Largest accepted form data, as serialised JSON. */
const MAX_FORM_DATA_BYTES = 64 * 1024;

function invalid(key: string, message: string, reason: string) {
  return appError(ErrorCode.InvalidFormData, message, { field: key, reason });
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
 * Validates form data against an item's form fields and returns the values
 * to store. Throws INVALID_FORM_DATA with the offending key in
 * `extensions.field` for an unknown key, a missing required value or a value
 * of the wrong shape. Empty optional values are dropped.
 */
export function validateFormData(
  formData: Record<string, unknown>,
  fields: FormFieldSpec[],
  today: Date,
): Record<string, unknown> {
  if (Buffer.byteLength(JSON.stringify(formData)) > MAX_FORM_DATA_BYTES) {
    throw appError(
      ErrorCode.InvalidFormData,
      `formData is larger than ${MAX_FORM_DATA_BYTES} bytes.`,
      { field: null, reason: 'TOO_LARGE' },
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
