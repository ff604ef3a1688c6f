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
