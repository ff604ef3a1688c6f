import { signInAs, type SessionUser } from '../src/session/useSession';

/** Signs `user` in with placeholder tokens and an access token valid for 10 minutes. */
export function signInTestUser(user: SessionUser): void {
  signInAs({
    token: 't',
    refreshToken: 'r',
    accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    user,
  });
}
