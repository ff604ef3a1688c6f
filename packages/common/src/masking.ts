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
