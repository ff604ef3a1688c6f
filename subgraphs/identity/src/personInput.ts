/**
 * Normalisation of what people type into sign-in and registration forms:
 * full-width characters become ASCII (NFKC), white space goes, and the
 * variants of the middle dot used in transcribed names become `·` (U+00B7).
 */

/**
 * Account as stored: NFKC, without white space and hyphens between digits,
 * lower-case, and a mobile without the +86 country code. Accounts are mobile
 * numbers or lower-case names such as clerk.wuxi.
 */
export function normalizeAccount(raw: string): string {
  const account = raw
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/(?<=\d)-(?=\d)/gu, '')
    .toLowerCase();
  const mobile = /^\+?86(1[3-9]\d{9})$/u.exec(account);
  return mobile ? mobile[1]! : account;
}

/** ID-card number as stored: NFKC, without white space, upper-case check character. */
export function normalizeIdCardNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

const MIDDLE_DOT_VARIANTS = /[\u2022\u2027\u2219\u22C5\u30FB\uFF65\u00B7]/gu;

/** Name as stored: NFKC, without white space, every middle-dot variant as U+00B7. */
export function normalizePersonName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(MIDDLE_DOT_VARIANTS, '·');
}

const NAME_PATTERN = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 30;

/**
 * Returns why a normalised name cannot be a name on a resident ID card, or
 * undefined when it can. Length counts code points, so a character outside
 * the Basic Multilingual Plane (such as 𠀾) counts as one.
 */
export function findNameProblem(name: string): string | undefined {
  const length = Array.from(name).length;
  if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH) {
    return `Name must have ${MIN_NAME_LENGTH} to ${MAX_NAME_LENGTH} characters, got ${length}.`;
  }
  if (!NAME_PATTERN.test(name)) {
    return 'Name must consist of Han characters, with · only between parts of a transcribed name.';
  }
  return undefined;
}
