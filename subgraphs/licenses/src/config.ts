/** Name of the environment variable that contains the seal master key. */
export const SEAL_MASTER_KEY_ENV = 'YKB_SEAL_MASTER_KEY';

/**
 * Reads the 32-byte AES-256-GCM master key that encrypts every seal's
 * private key at rest. Throws a one-sentence error, without echoing the
 * value, when the variable is missing or is not 64 hexadecimal characters.
 */
export function readSealMasterKey(
  env: NodeJS.ProcessEnv = process.env,
): Buffer {
  const raw = env[SEAL_MASTER_KEY_ENV];
  if (!raw) {
    throw new Error(
      `${SEAL_MASTER_KEY_ENV} is not set; the launcher sets it, or export 64 hexadecimal characters such as the output of \`openssl rand -hex 32\`.`,
    );
  }
  if (!/^[0-9a-fA-F]{64}$/.test(raw)) {
    throw new Error(
      `${SEAL_MASTER_KEY_ENV} must be 64 hexadecimal characters (32 bytes) but has ${raw.length} characters or a non-hexadecimal character.`,
    );
  }
  return Buffer.from(raw, 'hex');
}
