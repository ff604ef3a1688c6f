import type { ItemDetailQuery } from '../../graphql/generated';

/** A form field of an item, as the item detail query selects it. */
export type FormField = NonNullable<
  ItemDetailQuery['item']
>['formFields'][number];

/** A failed check: the message key under `item.validation` and its values. */
export interface FieldProblem {
  key: 'required' | 'maxLength' | 'number' | 'mobile' | 'idCard';
  values: Record<string, string | number>;
}

const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CARD_CHECK_CHARACTERS = '10X98765432';

/**
 * Checks the format and the ISO 7064 MOD 11-2 check character of an
 * 18-character resident ID card number. The server checks it again,
 * including the address code against the historical division table.
 */
export function isValidIdCardNumber(value: string): boolean {
  const normalized = value.trim().normalize('NFKC').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalized)) return false;

  let sum = 0;
  for (let i = 0; i < 17; i++)
    sum += Number(normalized[i]) * (ID_CARD_WEIGHTS[i] ?? 0);
  return ID_CARD_CHECK_CHARACTERS[sum % 11] === normalized[17];
}

/** Returns the first problem with a form value, or null when it is valid. */
export function validateFormField(
  field: FormField,
  rawValue: string,
): FieldProblem | null {
  const value = rawValue.trim();
  const label = field.label;

  if (!value)
    return field.required ? { key: 'required', values: { label } } : null;
  if (field.maxLength && [...value].length > field.maxLength) {
    return { key: 'maxLength', values: { label, max: field.maxLength } };
  }
  if (field.type === 'NUMBER' && !Number.isFinite(Number(value))) {
    return { key: 'number', values: { label } };
  }
  if (field.type === 'MOBILE' && !/^1\d{10}$/.test(value)) {
    return { key: 'mobile', values: { label } };
  }
  if (field.type === 'ID_CARD' && !isValidIdCardNumber(value)) {
    return { key: 'idCard', values: { label } };
  }
  return null;
}
