import {
  canonicalJson,
  badInput,
  checkIdCard,
  checkMobile,
  generaliseAddress,
  maskIdCard,
  maskMobile,
  maskName,
} from '@ykb/common';

/**
 * Face elements (票面要素) of a licence: a JSON object of named values.
 * The limits keep documents storable in FerretDB, which rejects arrays
 * nested directly in arrays, and keys MongoDB treats as operators or paths.
 */
export const FACE_DATA_LIMITS = {
  maxDepth: 5,
  maxKeys: 200,
  maxKeyLength: 64,
  maxStringLength: 2000,
  /** Maximum size of the canonical JSON in bytes. */
  maxBytes: 32 * 1024,
};

/** Reports whether a value is a plain JSON object (not null, not an array). */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Throws BAD_USER_INPUT naming the path of the first face element that breaks a limit. */
export function validateFaceData(data: unknown): Record<string, unknown> {
  if (!isPlainObject(data))
    throw badInput('Licence data must be a JSON object of face elements.', {
      field: 'data',
    });
  let keyCount = 0;

  const visit = (
    value: unknown,
    path: string,
    depth: number,
    insideArray: boolean,
  ): void => {
    if (depth > FACE_DATA_LIMITS.maxDepth)
      throw badInput(
        `Licence data is nested deeper than ${FACE_DATA_LIMITS.maxDepth} levels at ${path}.`,
        { field: path },
      );
    if (value === null || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        throw badInput(
          `Licence data value at ${path} is not a finite number.`,
          { field: path },
        );
      return;
    }
    if (typeof value === 'string') {
      if (value.length > FACE_DATA_LIMITS.maxStringLength)
        throw badInput(
          `Licence data value at ${path} is longer than ${FACE_DATA_LIMITS.maxStringLength} characters.`,
          { field: path },
        );
      return;
    }
    if (Array.isArray(value)) {
      if (insideArray)
        throw badInput(
          `Licence data contains an array directly inside an array at ${path}; wrap the inner array in an object.`,
          { field: path },
        );
      value.forEach((element, index) =>
        visit(element, `${path}[${index}]`, depth + 1, true),
      );
      return;
    }
    if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        keyCount++;
        if (keyCount > FACE_DATA_LIMITS.maxKeys)
          throw badInput(
            `Licence data has more than ${FACE_DATA_LIMITS.maxKeys} keys.`,
            { field: 'data' },
          );
        if (
          key.length === 0 ||
          key.length > FACE_DATA_LIMITS.maxKeyLength ||
          key.startsWith('$') ||
          key.includes('.') ||
          key.includes('\0')
        ) {
          throw badInput(
            `Licence data key ${JSON.stringify(key)} at ${path} is invalid: keys have 1 to ${FACE_DATA_LIMITS.maxKeyLength} characters and contain no dot, NUL or leading $.`,
            { field: path },
          );
        }
        visit(child, `${path}.${key}`, depth + 1, false);
      }
      return;
    }
    throw badInput(`Licence data value at ${path} is not a JSON value.`, {
      field: path,
    });
  };

  visit(data, 'data', 0, false);
  const bytes = Buffer.byteLength(canonicalJson(data), 'utf8');
  if (bytes > FACE_DATA_LIMITS.maxBytes)
    throw badInput(
      `Licence data is ${bytes} bytes; the maximum is ${FACE_DATA_LIMITS.maxBytes}.`,
      { field: 'data' },
    );
  return data;
}

const ID_NUMBER_KEY = /idcard|idnumber|identity|certno|身份证|证件号/i;
const MOBILE_KEY = /mobile|phone|tel|手机|电话/i;
// Person names only: `itemName` and other names of things are not personal data.
const NAME_KEY =
  /^(applicant|holder|person|contact|operator|baby|owner|legalRepresentative)?name$|representative$|姓名|法定代表人|负责人|经营者/i;
const ORGANISATION_NAME_KEY =
  /business|entity|company|organi[sz]ation|enterprise|名称/i;
const ADDRESS_KEY = /address|premises|residence|地址|住所|场所/i;
const ACCOUNT_KEY = /account|bankcard|账号|卡号/i;

function maskAccount(value: string): string {
  return value.length <= 4
    ? '*'.repeat(value.length)
    : '*'.repeat(value.length - 4) + value.slice(-4);
}

function maskString(key: string, value: string): string {
  if (checkIdCard(value).valid || ID_NUMBER_KEY.test(key))
    return maskIdCard(value);
  if (MOBILE_KEY.test(key) || checkMobile(value).valid)
    return maskMobile(value);
  if (ACCOUNT_KEY.test(key)) return maskAccount(value);
  if (ADDRESS_KEY.test(key)) return generaliseAddress(value);
  if (NAME_KEY.test(key) && !ORGANISATION_NAME_KEY.test(key))
    return maskName(value);
  return value;
}

/** Reports whether a key contains a person's name, such as legalRepresentative or applicantName. */
function isPersonNameKey(key: string): boolean {
  return NAME_KEY.test(key) && !ORGANISATION_NAME_KEY.test(key);
}

/** Collects the person names that the data stores under name keys, at any depth. */
function personNamesIn(value: unknown, key = '', names = new Set<string>()) {
  if (typeof value === 'string' && isPersonNameKey(key))
    names.add(value.trim());
  else if (Array.isArray(value))
    value.forEach((element) => personNamesIn(element, key, names));
  else if (isPlainObject(value))
    for (const [k, v] of Object.entries(value)) personNamesIn(v, k, names);
  return names;
}

/**
 * Replaces every occurrence of the names in free text with the name masked
 * by maskName, longest name first so that 欧阳娜娜 is masked before 欧阳.
 * Names of one character are left, because they would mask common words.
 */
function maskNamesInText(text: string, names: readonly string[]): string {
  let result = text;
  for (const name of names) result = result.split(name).join(maskName(name));
  return result;
}

/**
 * Returns a copy of the face data with personal values masked: ID-card
 * numbers (by key or by a valid check digit), mobile numbers, bank accounts,
 * addresses below the township, and personal names by key. Every other text
 * value gets each occurrence of a person's name masked: the names in
 * `personNames` (the holder's, when the holder is a natural person) and
 * the names the data stores under name keys, such as the legal
 * representative or operator in a business name like 张三小卖部.
 */
export function maskFaceData(
  data: Record<string, unknown>,
  personNames: readonly string[] = [],
): Record<string, unknown> {
  const names = [...new Set([...personNames, ...personNamesIn(data)])]
    .map((name) => name.trim())
    .filter((name) => Array.from(name).length >= 2)
    .sort((a, b) => Array.from(b).length - Array.from(a).length);
  const maskValue = (key: string, value: unknown): unknown => {
    if (typeof value === 'string') {
      const masked = maskString(key, value);
      return masked === value ? maskNamesInText(value, names) : masked;
    }
    if (Array.isArray(value))
      return value.map((element) => maskValue(key, element));
    if (isPlainObject(value))
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, maskValue(k, v)]),
      );
    return value;
  };
  return maskValue('', data) as Record<string, unknown>;
}
