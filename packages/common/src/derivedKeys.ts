// Keys derived from YKB_TOKEN_SECRET and the client-address signature. This
// module uses node:crypto only, so the PWA's server configuration can import
// it without loading the rest of the platform.
import { createHmac, hkdfSync } from 'node:crypto';

/** Purpose of a key derived from YKB_TOKEN_SECRET; each purpose gets an unrelated key. */
export type DerivedKeyPurpose =
  | 'internal-token-hs256'
  | 'signing-key-encryption'
  | 'payment-sandbox-hmac'
  | 'courier-sandbox-hmac'
  | 'case-query-code'
  | 'priority-claim-digest'
  | 'client-address-hmac'
  | 'anonymous-ticket-address';

/** Derives a 256-bit key for one purpose from `secret` with HKDF-SHA-256. */
export function deriveKey(
  secret: string,
  purpose: DerivedKeyPurpose,
): Uint8Array {
  return new Uint8Array(
    hkdfSync('sha256', secret, 'ykb-token-keys', `ykb ${purpose}`, 32),
  );
}

/**
 * Header in which a trusted hop passes the caller's address on: the PWA's
 * server to the gateway, and the gateway to subgraphs. It is believed only
 * with a valid CLIENT_ADDRESS_SIGNATURE_HEADER, so a caller cannot choose
 * the address that per-address limits count it under.
 */
export const CLIENT_ADDRESS_HEADER = 'x-ykb-client-address';

/** Header with the HMAC-SHA-256 of CLIENT_ADDRESS_HEADER under a key derived from YKB_TOKEN_SECRET. */
export const CLIENT_ADDRESS_SIGNATURE_HEADER = 'x-ykb-client-address-signature';

/** Signs a client address with the key that `secret` derives for client addresses. */
export function signClientAddressWith(secret: string, address: string): string {
  return createHmac('sha256', deriveKey(secret, 'client-address-hmac'))
    .update(address)
    .digest('base64url');
}
