import { creditCodeCheckChar, idCardCheckChar } from './identifiers.js';

/**
 * Masking of personal data for viewers without the right to the raw value.
 * Every public and masked field of the platform uses these three rules, so
 * a value is masked the same way wherever it appears. Lengths count Unicode
 * code points, so a character outside the Basic Multilingual Plane is one
 * character and a surrogate pair is never split.
 */

/**
 * Keeps the first 4 and last 4 characters of an ID-card number or credit
 * code, hiding the birth date (5001**********123X). A value of 8 characters
 * or fewer becomes `*` throughout.
 */
export function maskIdCard(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return (
    chars.slice(0, 4).join('') +
    '*'.repeat(chars.length - 8) +
    chars.slice(-4).join('')
  );
}

/**
 * Keeps the first 4 and last 3 digits of a first-generation (15-digit)
 * ID-card number. Its birth date ends at the 12th digit, so keeping 4 at
 * the end as maskIdCard does would show a digit of the birth date.
 */
function maskOldIdCard(value: string): string {
  const chars = Array.from(value);
  return chars.slice(0, 4).join('') + '********' + chars.slice(-3).join('');
}

/**
 * Keeps the first 3 and last 4 digits of a mobile number (138****8000). A
 * value of 7 characters or fewer becomes `*` throughout.
 */
export function maskMobile(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return (
    chars.slice(0, 3).join('') +
    '*'.repeat(chars.length - 7) +
    chars.slice(-4).join('')
  );
}

/**
 * Keeps the surname and replaces each remaining character with `*`: 张三 →
 * 张*, 张三丰 → 张**, 欧阳娜娜 → 欧阳**. A two-character surname from
 * COMPOUND_SURNAMES stays whole when a given name follows it. A name of one
 * character becomes `*`, because keeping its surname would show all of it.
 */
export function maskName(value: string): string {
  const chars = Array.from(value.normalize('NFC').trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  const surnameLength =
    chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))
      ? 2
      : 1;
  return (
    chars.slice(0, surnameLength).join('') +
    '*'.repeat(chars.length - surnameLength)
  );
}

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '澹台',
  '南宫',
  '西门',
  '端木',
  '独孤',
]);

/** An ASCII or full-width digit, as Chinese input methods type either. */
const DIGIT = '[0-9\\uFF10-\\uFF19]';
/** A character of the GB 32100 alphabet of unified social credit codes, in either case. */
const CREDIT_CODE_CHAR = '[0-9A-HJ-NPQRTUW-Ya-hj-npqrtuw-y]';

/** A letter or digit, ASCII or full-width, whose neighbours end an identifier. */
const ALNUM = '[0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]';

/**
 * Matches one identifier in free text, preferring the first kind that fits.
 * An ID-card number is 17 digits and a digit or X with no digit on either
 * side. A mobile number is 1, then 3 to 9, then 9 digits, with no digit on
 * either side and an optional +86, 0086 or 86, or a trunk 0. A
 * first-generation ID-card number is 15 digits with no letter or digit on
 * either side. A unified social credit code is 18 characters with no letter
 * or digit on either side and no dot before, because a licence identifier
 * quotes its issuer's credit code between dots.
 */
const IDENTIFIER_IN_TEXT = new RegExp(
  [
    `(?<idCard>(?<!${DIGIT})${DIGIT}{17}(?:${DIGIT}|[XxＸｘ]))(?!${DIGIT})`,
    `(?<!${DIGIT})(?<mobilePrefix>(?:\\+|＋|00|００)?(?:86|８６)[- ]?[0０]?|[0０])?(?<mobile>[1１][3-9３-９]${DIGIT}{9})(?!${DIGIT})`,
    `(?<oldIdCard>(?<!${ALNUM})${DIGIT}{15}(?!${ALNUM}))`,
    `(?<creditCode>(?<![.．]|${ALNUM})${CREDIT_CODE_CHAR}{18}(?!${ALNUM}))`,
  ].join('|'),
  'gu',
);

/** Matches a letter or digit at the start of the text after a match. */
const STARTS_WITH_ALNUM = new RegExp(`^${ALNUM}`, 'u');

/** First two digits of the provinces' division codes (GB/T 2260), with which every ID-card number starts. */
const PROVINCE_PREFIX = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/;

/** Reports whether `yyyymmdd` is a calendar date from 1800 on. */
function isPlausibleDate(yyyymmdd: string): boolean {
  const [year, month, day] = [
    Number(yyyymmdd.slice(0, 4)),
    Number(yyyymmdd.slice(4, 6)),
    Number(yyyymmdd.slice(6, 8)),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1800 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * Reports whether 18 characters (in ASCII) form a valid ID-card number: a
 * province prefix, a birth date and the right check character.
 */
function isValidIdCardShape(code: string): boolean {
  return (
    PROVINCE_PREFIX.test(code) &&
    isPlausibleDate(code.slice(6, 14)) &&
    idCardCheckChar(code.slice(0, 17)) === code[17]
  );
}

/** Converts full-width digits and letters to ASCII, the form check characters are computed on. */
function toAscii(value: string): string {
  return value.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Masks the identifiers that a person typed into free text, such as an
 * evaluation comment or an inquiry: ID-card numbers and unified social
 * credit codes by maskIdCard, mobile numbers by maskMobile. Everything else
 * in the text stays as it was. An ID-card number is masked by shape alone,
 * so a mistyped number is hidden too, unless a letter follows it: then it
 * must be valid, because a case number starts with a credit code that may
 * be all digits. A first-generation number must start with a province and
 * carry a birth date. A credit code must have a valid check character,
 * because an 18-character run of letters and digits is often something
 * else, such as an order number.
 */
// NOTE: identifiers split by spaces or dashes inside the number (138 0013 8000) are not found.
export function maskIdentifiersInText(text: string): string {
  return text.replace(IDENTIFIER_IN_TEXT, (match, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    const end = (args.at(-3) as number) + match.length;
    if (groups.idCard) {
      const letterFollows = STARTS_WITH_ALNUM.test(text.slice(end));
      const valid = isValidIdCardShape(toAscii(groups.idCard).toUpperCase());
      return letterFollows && !valid ? match : maskIdCard(groups.idCard);
    }
    if (groups.oldIdCard) {
      const digits = toAscii(groups.oldIdCard);
      const valid =
        PROVINCE_PREFIX.test(digits) &&
        isPlausibleDate(`19${digits.slice(6, 12)}`);
      return valid ? maskOldIdCard(groups.oldIdCard) : match;
    }
    if (groups.creditCode) {
      const code = toAscii(groups.creditCode).toUpperCase();
      return creditCodeCheckChar(code.slice(0, 17)) === code[17]
        ? maskIdCard(groups.creditCode)
        : match;
    }
    return (groups.mobilePrefix ?? '') + maskMobile(groups.mobile!);
  });
}

/**
 * Cuts a Chinese address after its first township-level part (街道, 镇 or
 * 乡), keeping the city and county before it. An address without one keeps
 * its county (县 or 区), and an address without either becomes `*`, so no
 * street, house or room number survives.
 */
export function generaliseAddress(value: string): string {
  const text = value.normalize('NFC').trim();
  const township = /^.*?(街道|镇|乡)/u.exec(text);
  if (township) return township[0];
  const county = /^.*?(自治县|县|区)/u.exec(text);
  if (county) return county[0];
  return text.length === 0 ? '' : '*';
}

/** Generalises an exact birth date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD) to its year. Any other text becomes `*`. */
export function generaliseBirthDate(value: string): string {
  const match = /^(\d{4})(?:[-/]?\d{2}[-/]?\d{2})?$/.exec(value.trim());
  return match ? match[1]! : '*';
}

/** Kind of personal data a field contains, which chooses its masking rule. */
export type PersonalDataKind =
  'NONE' | 'NAME' | 'ID_CARD' | 'MOBILE' | 'ADDRESS' | 'BIRTH_DATE' | 'OTHER';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'NONE',
  'NAME',
  'ID_CARD',
  'MOBILE',
  'ADDRESS',
  'BIRTH_DATE',
  'OTHER',
];

/**
 * Desensitises one sensitive value by the rule of its kind: ID-card
 * numbers keep their first 4 and last 4 characters, mobiles their first 3
 * and last 4 digits, names their surname, addresses their township, birth
 * dates their year. A sensitive value of any other kind is hidden entirely.
 */
export function desensitise(kind: PersonalDataKind, value: string): string {
  switch (kind) {
    case 'NAME':
      return maskName(value);
    case 'ID_CARD':
      return maskIdCard(value);
    case 'MOBILE':
      return maskMobile(value);
    case 'ADDRESS':
      return generaliseAddress(value);
    case 'BIRTH_DATE':
      return generaliseBirthDate(value);
    default:
      return value.length === 0 ? '' : '***';
  }
}
