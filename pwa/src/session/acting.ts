import type { ApolloClient } from '@apollo/client';
import { ActForLegalPersonDocument } from '../graphql/generated';
import { revokeCurrentSession, SIGN_OUT_TIMEOUT_MS } from './endSession';
import { signInAs } from './useSession';

/**
 * Opens a session acting for a legal person under `grantId` and makes it the
 * PWA's only session. The agent's own session is then revoked on the server
 * (with a timeout, like a sign-out), because its refresh token is dropped:
 * the device never stores two refresh tokens. Ending the acting session
 * therefore leads back to the sign-in page.
 *
 * Rejects with the server's error, such as NO_ACTIVE_GRANT, and leaves the
 * agent's own session signed in.
 */
export async function startActing(
  client: ApolloClient,
  legalPersonId: string,
  grantId: string,
  timeoutMs = SIGN_OUT_TIMEOUT_MS,
): Promise<void> {
  const { data } = await client.mutate({
    mutation: ActForLegalPersonDocument,
    variables: { legalPersonId, grantId },
  });
  if (!data) throw new Error('actForLegalPerson returned no data.');
  const { auth, legalPerson, grant } = data.actForLegalPerson;

  // The auth link still sends the agent's own token here, so this revokes
  // that session. After a failed revocation no device keeps that session's
  // refresh token, and the session expires on its own.
  await revokeCurrentSession(client, timeoutMs);

  await client.clearStore();
  signInAs({
    token: auth.accessToken,
    refreshToken: auth.refreshToken,
    accessTokenExpiresAt: auth.accessTokenExpiresAt,
    user: auth.user,
    actingFor: {
      legalPersonId: legalPerson.id,
      legalPersonName: legalPerson.name,
      grantId: grant.id,
      validUntilLocal: grant.validUntilLocal,
    },
  });
}
