import type { ApolloClient } from '@apollo/client';
import { SignOutDocument } from '../graphql/generated';
import { signOut } from './useSession';

/** Maximum wait for the server's sign-out before the session is cleared locally anyway. */
export const SIGN_OUT_TIMEOUT_MS = 5000;

export interface EndSessionOptions {
  /** Whether the device is online; offline, the server is not asked. */
  online: boolean;
  timeoutMs?: number;
}

/**
 * Sends the `signOut` mutation with the current token, so that the server
 * revokes that session, and waits for it at most `timeoutMs`. Never rejects:
 * a failed revocation (no network, a session the server already ended) must
 * not keep the caller from going on.
 */
export async function revokeCurrentSession(
  client: ApolloClient,
  timeoutMs: number,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const revoke = client.mutate({ mutation: SignOutDocument }).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([revoke, timeout]);
  clearTimeout(timer);
}

/**
 * Signs the user out: while online, sends the `signOut` mutation with the
 * current token, so that the server revokes the session. Then it clears the
 * local session and the Apollo cache, whatever the server returned or when
 * it did not return within the timeout. The outbox is left alone: entries
 * saved offline stay in the user's partition and are sent after that user's
 * next sign-in.
 */
export async function endSession(
  client: ApolloClient,
  options: EndSessionOptions,
): Promise<void> {
  if (options.online)
    await revokeCurrentSession(
      client,
      options.timeoutMs ?? SIGN_OUT_TIMEOUT_MS,
    );
  signOut();
  await client.clearStore();
}
