/**
 * Chinese identifier checks: resident ID-card numbers (GB 11643-1999),
 * unified social credit codes (GB 32100-2015), mobile numbers and electronic
 * licence identifiers (GB/T 36904-2018 check with ISO/IEC 7064 MOD 37,36).
 */

/** Normalises typed input: NFKC turns full-width digits and letters into ASCII, then trims and upper-cases. */
export function normalizeIdentifier(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase();
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

export type IdCardProblem = 'FORMAT' | 'CHECK_DIGIT' | 'BIRTH_DATE';

export interface IdCardResult {
  valid: boolean;
  normalized: string;
  problem?: IdCardProblem;
  birthDate?: string;
  sex?: 'MALE' | 'FEMALE';
  addressCode?: string;
}

/** Computes the GB 11643 check character of the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

/** Validates an 18-character resident ID-card number after normalisation. */
export function checkIdCard(
  raw: string,
  today: Date = new Date(),
): IdCardResult {
  const normalized = normalizeIdentifier(raw);
  if (!/^\d{17}[\dX]$/.test(normalized))
    return { valid: false, normalized, problem: 'FORMAT' };
  const y = Number(normalized.slice(6, 10));
  const m = Number(normalized.slice(10, 12));
  const d = Number(normalized.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const dateOk =
    y >= 1880 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d &&
    date.getTime() <= today.getTime();
  if (!dateOk) return { valid: false, normalized, problem: 'BIRTH_DATE' };
  if (idCardCheckChar(normalized) !== normalized[17]) {
    return { valid: false, normalized, problem: 'CHECK_DIGIT' };
  }
  return {
    valid: true,
    normalized,
    birthDate: `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`,
    sex: Number(normalized[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    addressCode: normalized.slice(0, 6),
  };
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/** Computes the GB 32100 check character of the first 17 characters, or null if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARS.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/** Validates an 18-character unified social credit code after normalisation. */
export function checkCreditCode(raw: string): {
  valid: boolean;
  normalized: string;
  problem?: 'FORMAT' | 'CHECK_DIGIT';
} {
  const normalized = normalizeIdentifier(raw);
  if (!/^[0-9A-HJ-NPQRTUW-Y]{18}$/.test(normalized))
    return { valid: false, normalized, problem: 'FORMAT' };
  if (creditCodeCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { valid: false, normalized, problem: 'CHECK_DIGIT' };
  }
  return { valid: true, normalized };
}

/** Validates a mainland mobile number by shape: 11 digits starting 1[3-9]. */
export function checkMobile(raw: string): {
  valid: boolean;
  normalized: string;
} {
  const normalized = normalizeIdentifier(raw)
    .replace(/^\+?86[- ]?/, '')
    .replace(/[- ]/g, '');
  return { valid: /^1[3-9]\d{9}$/.test(normalized), normalized };
}

/**
 * Validates an item implementation code after normalisation: the implementing
 * department's unified social credit code (with a valid check character)
 * followed by 13 letters or digits, 31 characters in all.
 */
export function checkItemCode(raw: string): {
  valid: boolean;
  normalized: string;
} {
  const normalized = normalizeIdentifier(raw).replace(/\s+/gu, '');
  const valid =
    /^[0-9A-Z]{31}$/.test(normalized) &&
    checkCreditCode(normalized.slice(0, 18)).valid;
  return { valid, normalized };
}

function mod3736Value(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** Computes the ISO/IEC 7064 MOD 37,36 check character of an alphanumeric string. */
export function mod3736CheckChar(payload: string): string {
  let p = 36;
  for (const ch of payload.toUpperCase()) {
    const value = mod3736Value(ch);
    if (value < 0)
      throw new RangeError(
        `Character ${ch} is not allowed in a MOD 37,36 payload.`,
      );
    let s = (p + value) % 36;
    if (s === 0) s = 36;
    p = (2 * s) % 37;
  }
  const check = (37 - p) % 36;
  return check < 10 ? String(check) : String.fromCharCode(check + 55);
}

const LICENCE_PREFIX = '1.2.156.3005.2.';

/** Builds an electronic licence identifier with its check character. */
export function buildLicenceIdentifier(
  typeCode: string,
  issuerCode: string,
  serial: string,
  version: number,
): string {
  const versionText = String(version).padStart(3, '0');
  const check = mod3736CheckChar(
    `${typeCode}${issuerCode}${serial}${versionText}`,
  );
  return `${LICENCE_PREFIX}${typeCode}.${issuerCode}.${serial}.${versionText}.${check}`;
}

/** Checks the shape and the check character of an electronic licence identifier. */
export function checkLicenceIdentifier(raw: string): {
  valid: boolean;
  problem?: 'FORMAT' | 'CHECK_DIGIT';
} {
  const id = raw.trim().toUpperCase();
  if (!id.startsWith(LICENCE_PREFIX))
    return { valid: false, problem: 'FORMAT' };
  const parts = id.slice(LICENCE_PREFIX.length).split('.');
  if (parts.length !== 5) return { valid: false, problem: 'FORMAT' };
  const [typeCode, issuerCode, serial, version, check] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (
    !/^[0-9A-Z]{21}$/.test(typeCode) ||
    !/^[0-9A-Z]{18}$/.test(issuerCode) ||
    !/^[0-9A-Z]+$/.test(serial) ||
    !/^\d{3}$/.test(version) ||
    !/^[0-9A-Z]$/.test(check)
  ) {
    return { valid: false, problem: 'FORMAT' };
  }
  return mod3736CheckChar(`${typeCode}${issuerCode}${serial}${version}`) ===
    check
    ? { valid: true }
    : { valid: false, problem: 'CHECK_DIGIT' };
}
