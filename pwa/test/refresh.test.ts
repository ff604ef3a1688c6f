import { createServer, type Server } from 'node:http';
import { gql } from '@apollo/client';
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { createApolloClient } from '../src/apollo/createApolloClient';
import { MemoryStorage } from './memoryStorage';
import { createTokenRefresher } from '../src/session/refresh';
import {
  currentToken,
  signInAs,
  signOut,
  useSession,
} from '../src/session/useSession';

/**
 * The PWA's token refresh against a stand-in gateway over real HTTP. The
 * gateway hands out access tokens `access-<n>` and refresh tokens
 * `refresh-<n>`, accepts each refresh token once, returns `me` only for the
 * newest access token and UNAUTHENTICATED (HTTP 401) for any other, and
 * refuses every refresh while `refuse` is set.
 */
const gateway = {
  issued: 0,
  refreshes: [] as string[],
  used: new Set<string>(),
  refuse: false,
  meCalls: [] as (string | undefined)[],
};
let server: Server;
let url: string;

beforeAll(async () => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const request = JSON.parse(body) as {
        query?: string;
        variables?: { refreshToken?: string };
      };
      res.setHeader('content-type', 'application/json');
      if (!request.query) {
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'PersistedQueryNotFound',
                extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
              },
            ],
          }),
        );
        return;
      }
      if (request.query.includes('refreshSession')) {
        const token = request.variables?.refreshToken ?? '';
        gateway.refreshes.push(token);
        if (gateway.refuse || gateway.used.has(token)) {
          res.end(
            JSON.stringify({
              data: null,
              errors: [
                {
                  message: 'refused',
                  extensions: { code: 'REFRESH_TOKEN_REUSED' },
                },
              ],
            }),
          );
          return;
        }
        gateway.used.add(token);
        gateway.issued += 1;
        res.end(
          JSON.stringify({
            data: {
              refreshSession: {
                accessToken: `access-${gateway.issued}`,
                refreshToken: `refresh-${gateway.issued}`,
                accessTokenExpiresAt: new Date(
                  Date.now() + 600_000,
                ).toISOString(),
              },
            },
          }),
        );
        return;
      }
      gateway.meCalls.push(req.headers.authorization);
      if (req.headers.authorization !== `Bearer access-${gateway.issued}`) {
        res.statusCode = 401;
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'expired',
                extensions: {
                  code: 'UNAUTHENTICATED',
                  reason: 'TOKEN_EXPIRED',
                },
              },
            ],
          }),
        );
        return;
      }
      res.end(
        JSON.stringify({ data: { me: { __typename: 'User', id: 'u-1' } } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  vi.unstubAllGlobals();
});

afterEach(() => {
  signOut();
  gateway.issued = 0;
  gateway.refreshes = [];
  gateway.used.clear();
  gateway.refuse = false;
  gateway.meCalls = [];
});

const USER = {
  id: 'u-1',
  name: '张三',
  roles: ['CITIZEN'],
  divisionCode: '500238100205',
  departmentCode: null,
  hallId: null,
};

/** Signs in with access token `access-0`, which expires in `expiresInMs`. */
function signedIn(expiresInMs: number) {
  signInAs({
    token: 'access-0',
    refreshToken: 'refresh-0',
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    user: USER,
  });
}

describe('createTokenRefresher', () => {
  it('refreshes an access token about to expire before it is sent, once for concurrent requests', async () => {
    signedIn(30_000);
    const refresher = createTokenRefresher({ uri: url });
    const tokens = await Promise.all([
      refresher.freshToken(),
      refresher.freshToken(),
      refresher.freshToken(),
    ]);
    expect(tokens).toEqual(['access-1', 'access-1', 'access-1']);
    expect(gateway.refreshes).toEqual(['refresh-0']);
    expect(useSession().session.value?.refreshToken).toBe('refresh-1');
  });

  it('sends a token with time left as it is', async () => {
    signedIn(300_000);
    const refresher = createTokenRefresher({ uri: url });
    expect(await refresher.freshToken()).toBe('access-0');
    expect(gateway.refreshes).toEqual([]);
  });

  it('signs the user out and reports it when the refresh is refused', async () => {
    signedIn(0);
    gateway.refuse = true;
    const onSignedOut = vi.fn();
    const refresher = createTokenRefresher({ uri: url, onSignedOut });
    expect(await refresher.refresh()).toBe('SIGNED_OUT');
    expect(currentToken()).toBeNull();
    expect(onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the gateway cannot be reached', async () => {
    signedIn(0);
    const refresher = createTokenRefresher({
      uri: 'http://127.0.0.1:1/graphql',
    });
    expect(await refresher.refresh()).toBe('UNREACHABLE');
    expect(currentToken()).toBe('access-0');
  });
});

describe('Apollo client with refresh on UNAUTHENTICATED', () => {
  const ME = gql`
    query Me {
      me {
        id
      }
    }
  `;

  function client() {
    const refresher = createTokenRefresher({ uri: url });
    return createApolloClient({
      uri: url,
      getToken: () => refresher.freshToken(),
      refresh: async () => (await refresher.refresh()) === 'REFRESHED',
      signedIn: () => currentToken() !== null,
    });
  }

  it('refreshes once and retries a request refused with UNAUTHENTICATED', async () => {
    signedIn(300_000);
    gateway.issued = 5; // the server no longer accepts access-0
    gateway.used.clear();
    const result = await client().query({ query: ME });
    expect(result.data).toEqual({ me: { __typename: 'User', id: 'u-1' } });
    expect(gateway.refreshes).toEqual(['refresh-0']);
    expect(gateway.meCalls).toEqual(['Bearer access-0', 'Bearer access-6']);
  });

  it('passes UNAUTHENTICATED on without a second retry when the refresh is refused', async () => {
    signedIn(300_000);
    gateway.issued = 5;
    gateway.refuse = true;
    await expect(client().query({ query: ME })).rejects.toThrow();
    expect(gateway.refreshes).toEqual(['refresh-0']);
    expect(gateway.meCalls).toEqual(['Bearer access-0']);
    expect(currentToken()).toBeNull();
  });
});
