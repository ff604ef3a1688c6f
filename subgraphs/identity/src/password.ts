import {
  randomBytes,
  scrypt,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

/** scrypt cost parameters of new hashes: N = 2^14, r = 8, p = 1, as recommended for interactive sign-in. */
const COST = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

/** Maximum password length in code points; it bounds the hashing work one request can cause. */
export const MAX_PASSWORD_LENGTH = 128;
export const MIN_PASSWORD_LENGTH = 8;

function deriveKey(
  password: string,
  salt: Buffer,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 64 * 1024 * 1024 },
      (error, key) => {
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

/** Hashes a password with scrypt and a fresh random salt into `scrypt$N$r$p$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, COST);
  return [
    'scrypt',
    COST.N,
    COST.r,
    COST.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** Checks a password against a stored hash in constant time; false for a malformed hash. */
export async function verifyPassword(
  password: string,
  stored: string,
): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64');
  const key = await deriveKey(password, Buffer.from(saltText, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let placeholderHash: Promise<string> | undefined;

/**
 * Returns a hash that no password matches, so that a sign-in with an unknown
 * account spends as long as one with a wrong password.
 */
export function unmatchableHash(): Promise<string> {
  placeholderHash ??= hashPassword(randomBytes(32).toString('hex'));
  return placeholderHash;
}

/** Reports whether a password has more than MAX_PASSWORD_LENGTH code points, without splitting a huge string. */
export function exceedsMaxPasswordLength(password: string): boolean {
  return (
    password.length > 2 * MAX_PASSWORD_LENGTH ||
    Array.from(password).length > MAX_PASSWORD_LENGTH
  );
}

/** Returns why a new password is too weak, or undefined when it is acceptable. */
export function findPasswordProblem(password: string): string | undefined {
  if (Array.from(password).length < MIN_PASSWORD_LENGTH)
    return `Password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (exceedsMaxPasswordLength(password))
    return `Password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    return 'Password must contain at least one letter and one digit.';
  return undefined;
}
