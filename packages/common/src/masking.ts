/** Masking of personal data for viewers without the right to the raw value. */

/** Keeps the first 4 and last 4 characters of an ID-card number, hiding the birth date. */
export function maskIdCard(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

/** Keeps the first 3 and last 4 digits of a mobile number. */
export function maskMobile(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Keeps the surname and replaces each remaining code point with `*` (two-character surnames such as 欧阳 stay). */
export function maskName(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return value;
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
