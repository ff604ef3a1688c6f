// Offline unlock with a PIN. A clerk whose browser restarted at a service
// point without a network cannot sign in with a password, because only the
// server can check it. The device keeps the signed-in session, but after a
// browser restart shows it only after the clerk enters the PIN they set
// while signed in. The PIN itself is never stored: PBKDF2 over WebCrypto
// derives bits from it and a random salt, and only those bits (the
// verifier) are kept. After MAX_PIN_FAILURES wrong PINs the PIN stops
// working, and the clerk must sign in with the password once online.

export const MAX_PIN_FAILURES = 5;
export const PBKDF2_ITERATIONS = 310_000;
const PIN_PATTERN = /^\d{6}$/;

/** What the device stores for a user's PIN. */
export interface PinRecord {
  salt: string;
  iterations: number;
  /** PBKDF2-SHA-256 output, hexadecimal. */
  verifier: string;
  failures: number;
  locked: boolean;
}

/** Key-value storage of PIN records, one per user. */
export interface PinStore {
  read(userId: string): Promise<PinRecord | null>;
  write(userId: string, record: PinRecord): Promise<void>;
  remove(userId: string): Promise<void>;
}

export type UnlockResult =
  | { kind: 'UNLOCKED' }
  | { kind: 'WRONG_PIN'; remaining: number }
  | { kind: 'LOCKED' }
  | { kind: 'NO_PIN' };

const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return toHex(new Uint8Array(bits));
}

/** Compares two hex strings in time that does not depend on where they differ. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++)
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Whether a PIN has the required shape: six digits. */
export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** PIN operations over a store; `iterations` is lowered only by tests. */
export function createPinLock(
  store: PinStore,
  iterations: number = PBKDF2_ITERATIONS,
) {
  return {
    /** Sets or replaces a user's PIN, clearing failures and a lock. */
    async setPin(userId: string, pin: string): Promise<void> {
      if (!isValidPin(pin)) throw new Error('A PIN is six digits.');
      const salt = crypto.getRandomValues(new Uint8Array(16));
      await store.write(userId, {
        salt: toHex(salt),
        iterations,
        verifier: await derive(pin, salt, iterations),
        failures: 0,
        locked: false,
      });
    },

    async hasPin(userId: string): Promise<boolean> {
      const record = await store.read(userId);
      return record !== null && !record.locked;
    },

    async isLocked(userId: string): Promise<boolean> {
      return (await store.read(userId))?.locked ?? false;
    },

    /** Checks a PIN; counts a wrong one and locks after the last allowed. */
    async unlock(userId: string, pin: string): Promise<UnlockResult> {
      const record = await store.read(userId);
      if (!record) return { kind: 'NO_PIN' };
      if (record.locked) return { kind: 'LOCKED' };
      const derived = await derive(
        pin,
        fromHex(record.salt),
        record.iterations,
      );
      if (sameHex(derived, record.verifier)) {
        if (record.failures > 0)
          await store.write(userId, { ...record, failures: 0 });
        return { kind: 'UNLOCKED' };
      }
      const failures = record.failures + 1;
      const locked = failures >= MAX_PIN_FAILURES;
      await store.write(userId, { ...record, failures, locked });
      return locked
        ? { kind: 'LOCKED' }
        : { kind: 'WRONG_PIN', remaining: MAX_PIN_FAILURES - failures };
    },

    /** Forgets a user's PIN, after a password sign-in replaces a locked one. */
    remove: (userId: string) => store.remove(userId),
  };
}

export type PinLock = ReturnType<typeof createPinLock>;
