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
  if (options.online) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, options.timeoutMs ?? SIGN_OUT_TIMEOUT_MS);
    });
    // A failed sign-out (no network, a session the server already ended)
    // must not keep the user signed in on this device.
    const revoke = client.mutate({ mutation: SignOutDocument }).then(
      () => undefined,
      () => undefined,
    );
    await Promise.race([revoke, timeout]);
    clearTimeout(timer);
  }
  signOut();
  await client.clearStore();
}
