import { createServer, type Server } from 'node:http';
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
import { endSession } from '../src/session/endSession';
import { currentToken, signInAs } from '../src/session/useSession';

/**
 * endSession against a stand-in gateway over real HTTP, with the app's own
 * Apollo Client (persisted queries included). `mode` sets the response:
 * `ok` returns signOut true, `unauthenticated` a GraphQL error, and `hang`
 * never responds.
 */
const gateway = {
  mode: 'ok' as 'ok' | 'unauthenticated' | 'hang',
  signOuts: [] as { authorization: string | undefined }[],
};
let server: Server;
let url: string;

beforeAll(async () => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (gateway.mode === 'hang') return;
      const request = JSON.parse(body) as {
        query?: string;
        operationName?: string;
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
      gateway.signOuts.push({ authorization: req.headers.authorization });
      if (gateway.mode === 'unauthenticated') {
        res.end(
          JSON.stringify({
            data: null,
            errors: [
              {
                message: 'Sign in first.',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          }),
        );
        return;
      }
      res.end(JSON.stringify({ data: { signOut: true } }));
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
  gateway.mode = 'ok';
  gateway.signOuts = [];
});

const USER = {
  id: 'u-demo-citizen-1',
  name: '张三',
  roles: ['CITIZEN'],
  divisionCode: '500238100205',
  departmentCode: null,
  hallId: null,
};

function signedInClient() {
  signInAs({
    token: 'token-of-zhangsan',
    refreshToken: 'r'.repeat(43),
    accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    user: USER,
  });
  return createApolloClient({ uri: url, getToken: currentToken });
}

describe('endSession', () => {
  it('revokes the session on the server before clearing it', async () => {
    await endSession(signedInClient(), { online: true });
    expect(gateway.signOuts).toEqual([
      { authorization: 'Bearer token-of-zhangsan' },
    ]);
    expect(currentToken()).toBeNull();
    expect(localStorage.getItem('ykb.session')).toBeNull();
  });

  it('clears the session offline without a request', async () => {
    await endSession(signedInClient(), { online: false });
    expect(gateway.signOuts).toEqual([]);
    expect(currentToken()).toBeNull();
  });

  it('clears the session when the server rejects the sign-out', async () => {
    gateway.mode = 'unauthenticated';
    await endSession(signedInClient(), { online: true });
    expect(gateway.signOuts).toHaveLength(1);
    expect(currentToken()).toBeNull();
  });

  it('clears the session when the server hangs', async () => {
    gateway.mode = 'hang';
    const started = Date.now();
    await endSession(signedInClient(), { online: true, timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(currentToken()).toBeNull();
  });
});
