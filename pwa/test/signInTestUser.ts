import {
  signInAs,
  type ActingFor,
  type SessionUser,
} from '../src/session/useSession';

/** Signs `user` in with placeholder tokens and an access token valid for 10 minutes. */
export function signInTestUser(user: SessionUser): void {
  signInAs({
    token: 't',
    refreshToken: 'r',
    accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    user,
  });
}

/** A citizen who is agent of TEST_ACTING_FOR's company. */
export const TEST_AGENT: SessionUser = {
  id: 'u-agent',
  name: '李代办',
  roles: ['CITIZEN'],
  divisionCode: '500238100205',
  departmentCode: null,
  hallId: null,
};

/** The company TEST_AGENT acts for, under a grant valid until 1 July 2027. */
export const TEST_ACTING_FOR: ActingFor = {
  legalPersonId: 'u-company',
  legalPersonName: '重庆山城示例科技有限公司',
  grantId: 'grant-1',
  validUntilLocal: '2027-07-01T07:30:00+08:00',
};

/**
 * Signs TEST_AGENT in acting for TEST_ACTING_FOR, with access token
 * `acting-token` valid for 10 minutes and refresh token `acting-refresh`.
 */
export function signInActingTestUser(): void {
  signInAs({
    token: 'acting-token',
    refreshToken: 'acting-refresh',
    accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    user: TEST_AGENT,
    actingFor: TEST_ACTING_FOR,
  });
}
