/**
 * An example departmental system that signs in through the platform's OpenID
 * Provider, written as a developer of such a system would write it. It covers
 * discovery, an authorization request with PKCE, the login form, the code
 * exchange and ID token verification against the provider's JWKS. Then come
 * userinfo, single sign-on into a second system and single sign-out with
 * back-channel logout.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import {
  auditRecordModel,
  DEMO_PASSWORD,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import {
  createIdentitySubgraph,
  DEMO_CLIENT,
  MAX_FAILED_SIGN_INS,
  departmentalClientsFromEnv,
} from '../src/index.js';
import {
  deleteExpiredRecords,
  MongoOidcAdapter,
  type OidcStore,
} from '../src/oidc/adapter.js';

/** A departmental system's loopback server that records the logout tokens it receives. */
interface SystemServer {
  server: Server;
  base: string;
  logoutTokens: string[];
}

async function startSystemServer(): Promise<SystemServer> {
  const logoutTokens: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/backchannel-logout') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        logoutTokens.push(form.get('logout_token') ?? '');
        res.statusCode = 200;
      } else res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, base: `http://127.0.0.1:${port}`, logoutTokens };
}

/** A browser's cookies for the provider's origin. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = pair!.trim().split(/=(.*)/s);
      const expired = attributes.some((a) => {
        const [key, date] = a.trim().split('=');
        return (
          key?.toLowerCase() === 'expires' && Date.parse(date!) < Date.now()
        );
      });
      if (expired || !value) this.cookies.delete(name!);
      else this.cookies.set(name!, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  end_session_endpoint: string;
  code_challenge_methods_supported: string[];
  response_types_supported: string[];
  backchannel_logout_supported: boolean;
  backchannel_logout_session_supported: boolean;
}

interface ClientConfig {
  client_id: string;
  client_secret?: string;
  redirect_uri: string;
}

let identity: RunningSubgraph;
let discovery: Discovery;
let systemA: SystemServer;
let systemB: SystemServer;
let clientA: ClientConfig;
let clientB: ClientConfig;

beforeAll(async () => {
  isolateDatabase();
  systemA = await startSystemServer();
  systemB = await startSystemServer();
  clientA = {
    client_id: 'scjg-approval',
    client_secret: randomBytes(24).toString('base64url'),
    redirect_uri: `${systemA.base}/callback`,
  };
  clientB = {
    client_id: 'wuxi-case-desk',
    redirect_uri: `${systemB.base}/callback`,
  };
  process.env.YKB_OIDC_CLIENTS = JSON.stringify([
    {
      client_id: clientA.client_id,
      client_name: '市场监管审批系统',
      client_secret: clientA.client_secret,
      redirect_uris: [clientA.redirect_uri],
      post_logout_redirect_uris: [`${systemA.base}/`],
      backchannel_logout_uri: `${systemA.base}/backchannel-logout`,
    },
    {
      client_id: clientB.client_id,
      redirect_uris: [clientB.redirect_uri],
      backchannel_logout_uri: `${systemB.base}/backchannel-logout`,
    },
  ]);
  identity = await startTestSubgraph(createIdentitySubgraph());
  const issuer = identity.url.replace(/\/graphql$/, '/oidc');
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  discovery = (await response.json()) as Discovery;
});

afterAll(async () => {
  await identity?.close();
  systemA?.server.close();
  systemB?.server.close();
  delete process.env.YKB_OIDC_CLIENTS;
});

function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** Follows redirects inside the provider until it shows a page or redirects to `stopAt`. */
async function browse(
  jar: CookieJar,
  url: string,
  stopAt: string,
  init: RequestInit = {},
): Promise<Response> {
  let response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers ?? {}), cookie: jar.header() },
  });
  jar.store(response);
  for (let hops = 0; hops < 10; hops++) {
    const location = response.headers.get('location');
    if (!location || response.status < 300 || response.status > 399)
      return response;
    const next = new URL(location, url).href;
    if (next.startsWith(stopAt)) return response;
    response = await fetch(next, {
      redirect: 'manual',
      headers: { cookie: jar.header() },
    });
    jar.store(response);
  }
  throw new Error('too many redirects');
}

function formAction(html: string, base: string): string {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form in page: ${html.slice(0, 200)}`);
  return new URL(action.replace(/&amp;/g, '&'), base).href;
}

function authorizationUrl(
  client: ClientConfig,
  extra: Record<string, string>,
): string {
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: client.redirect_uri,
    response_type: 'code',
    scope: 'openid profile roles jurisdiction',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...extra,
  }).toString();
  return url.href;
}

function postLogin(
  jar: CookieJar,
  loginPage: { url: string; html: string },
  account: string,
  password: string,
  stopAt: string,
) {
  return browse(jar, formAction(loginPage.html, loginPage.url), stopAt, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account, password }).toString(),
  });
}

/** Starts an authorization request with PKCE in a browser without a session and returns the login page. */
async function openLoginPage(jar: CookieJar, client: ClientConfig) {
  const { challenge } = pkcePair();
  const url = authorizationUrl(client, {
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  const page = await browse(jar, url, client.redirect_uri);
  return { url, status: page.status, html: await page.text() };
}

interface Authorization {
  code: string;
  verifier: string;
  nonce: string;
  /** Whether the provider showed its login page. */
  askedForPassword: boolean;
}

/** Runs the authorization request with PKCE, signing in when the provider shows its login page. */
async function authorize(
  jar: CookieJar,
  client: ClientConfig,
  account = 'reviewer.scjg',
): Promise<Authorization> {
  const { verifier, challenge } = pkcePair();
  const nonce = randomBytes(8).toString('hex');
  const start = authorizationUrl(client, {
    code_challenge: challenge,
    code_challenge_method: 'S256',
    nonce,
  });
  let response = await browse(jar, start, client.redirect_uri);
  let askedForPassword = false;
  if (response.status === 200) {
    askedForPassword = true;
    const html = await response.text();
    response = await postLogin(
      jar,
      { url: response.url || start, html },
      account,
      DEMO_PASSWORD,
      client.redirect_uri,
    );
  }
  const location = new URL(response.headers.get('location') ?? '');
  const code = location.searchParams.get('code');
  if (!code)
    throw new Error(
      `no code in redirect: ${location.href} (${response.status})`,
    );
  return { code, verifier, nonce, askedForPassword };
}

/**
 * Returns the first audit record matching `filter`. The provider reports
 * refusals through events after it answers, so the record may be written a
 * moment after the response; this polls up to 50 times, 20 ms apart.
 */
async function waitForAuditRecord(filter: Record<string, unknown>) {
  const model = auditRecordModel(identity.connection);
  for (let attempt = 0; attempt < 50; attempt++) {
    const record = await model.findOne(filter).lean();
    if (record) return record;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`No audit record matches ${JSON.stringify(filter)}.`);
}

/** Exchanges a code at the token endpoint, as a confidential or a public client. */
function exchange(client: ClientConfig, code: string, verifier?: string) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: client.redirect_uri,
  });
  if (verifier) body.set('code_verifier', verifier);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
  };
  if (client.client_secret)
    headers.authorization = `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`;
  else body.set('client_id', client.client_id);
  return fetch(discovery.token_endpoint, {
    method: 'POST',
    headers,
    body: body.toString(),
  });
}

interface Tokens {
  id_token: string;
  access_token: string;
  token_type: string;
}

async function verifyIdToken(
  token: string,
  client: ClientConfig,
): Promise<JWTPayload> {
  const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
  const { payload } = await jwtVerify(token, jwks, {
    issuer: discovery.issuer,
    audience: client.client_id,
    algorithms: ['RS256'],
  });
  return payload;
}

/** Posts the provider's logout confirmation form with "sign out". */
async function confirmLogout(jar: CookieJar, idTokenHint: string) {
  const url = new URL(discovery.end_session_endpoint);
  url.searchParams.set('id_token_hint', idTokenHint);
  const page = await browse(jar, url.href, 'never');
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('退出');
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
  expect(xsrf).toBeDefined();
  return browse(jar, formAction(html, url.href), 'never', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }).toString(),
  });
}

describe('OIDC discovery', () => {
  it('publishes the code flow with S256 PKCE and back-channel logout', () => {
    expect(discovery.issuer).toBe(identity.url.replace(/\/graphql$/, '/oidc'));
    expect(discovery.response_types_supported).toEqual(['code']);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.backchannel_logout_supported).toBe(true);
    expect(discovery.backchannel_logout_session_supported).toBe(true);
  });
});

describe('OIDC single sign-on and sign-out', () => {
  const jar = new CookieJar();
  let idTokenA: JWTPayload;
  let rawIdTokenA: string;

  it('signs in with a password and verifies the ID token', async () => {
    const auth = await authorize(jar, clientA);
    expect(auth.askedForPassword).toBe(true);
    const response = await exchange(clientA, auth.code, auth.verifier);
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Tokens;
    rawIdTokenA = tokens.id_token;
    idTokenA = await verifyIdToken(tokens.id_token, clientA);
    expect(idTokenA.sub).toBe('u-reviewer.scjg');
    expect(idTokenA.nonce).toBe(auth.nonce);
    expect(idTokenA.roles).toEqual(['REVIEWER']);
    expect(idTokenA.department).toBe('CQ-SCJG');
    expect(idTokenA.division).toBe('50');
    expect(typeof idTokenA.sid).toBe('string');

    const userinfo = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(200);
    const claims = (await userinfo.json()) as Record<string, unknown>;
    expect(claims.sub).toBe('u-reviewer.scjg');
    expect(typeof claims.name).toBe('string');
    expect(claims.roles).toEqual(['REVIEWER']);
    expect(claims.department).toBe('CQ-SCJG');
  });

  it('signs into a second system without a password', async () => {
    const auth = await authorize(jar, clientB);
    expect(auth.askedForPassword).toBe(false);
    const response = await exchange(clientB, auth.code, auth.verifier);
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Tokens;
    const idToken = await verifyIdToken(tokens.id_token, clientB);
    expect(idToken.sub).toBe('u-reviewer.scjg');
  });

  it('releases only the claims of the requested scopes', async () => {
    const { verifier, challenge } = pkcePair();
    const response = await browse(
      jar,
      authorizationUrl(clientB, {
        scope: 'openid',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }),
      clientB.redirect_uri,
    );
    const code = new URL(response.headers.get('location')!).searchParams.get(
      'code',
    )!;
    const tokens = (await (
      await exchange(clientB, code, verifier)
    ).json()) as Tokens;
    const idToken = await verifyIdToken(tokens.id_token, clientB);
    expect(idToken.sub).toBe('u-reviewer.scjg');
    expect(idToken.roles).toBeUndefined();
    expect(idToken.name).toBeUndefined();
  });

  it('logs out of both systems through the back channel', async () => {
    const response = await confirmLogout(jar, rawIdTokenA);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('已退出登录');
    expect(systemA.logoutTokens).toHaveLength(1);
    expect(systemB.logoutTokens).toHaveLength(1);
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
    const { payload } = await jwtVerify(systemA.logoutTokens[0]!, jwks, {
      issuer: discovery.issuer,
      audience: clientA.client_id,
    });
    expect(payload.sub).toBe('u-reviewer.scjg');
    expect(payload.sid).toBe(idTokenA.sid);
    expect(payload.events).toEqual({
      'http://schemas.openid.net/event/backchannel-logout': {},
    });
    const forB = await jwtVerify(systemB.logoutTokens[0]!, jwks, {
      issuer: discovery.issuer,
      audience: clientB.client_id,
    });
    expect(forB.payload.sub).toBe('u-reviewer.scjg');
  });

  it('asks for the password again after logout', async () => {
    const auth = await authorize(jar, clientB);
    expect(auth.askedForPassword).toBe(true);
  });
});

describe('OIDC platform sign-out', () => {
  it('ends the single sign-on session of the user', async () => {
    const jar = new CookieJar();
    const before = systemA.logoutTokens.length;
    await authorize(jar, clientA, 'supervisor.city');
    const signIn = await graphql(
      identity.url,
      'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
      { a: 'supervisor.city', p: DEMO_PASSWORD },
    );
    const token = signIn.data!.signIn.token as string;
    const signOut = await graphql(
      identity.url,
      'mutation { signOut }',
      {},
      token,
    );
    expect(signOut.errors).toBeUndefined();
    expect(systemA.logoutTokens).toHaveLength(before + 1);
    const auth = await authorize(jar, clientA, 'supervisor.city');
    expect(auth.askedForPassword).toBe(true);
  });
});

describe('OIDC refusals', () => {
  it('rejects an authorization request without PKCE', async () => {
    const jar = new CookieJar();
    const response = await browse(
      jar,
      authorizationUrl(clientA, {}),
      clientA.redirect_uri,
    );
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(clientA.redirect_uri);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('code')).toBeNull();
    const refusal = await waitForAuditRecord({
      action: 'oidc:authorization.error',
      code: 'invalid_request',
      'details.clientId': clientA.client_id,
    });
    expect(refusal.outcome).toBe('REFUSED');
  });

  it('rejects a wrong code_verifier', async () => {
    const auth = await authorize(new CookieJar(), clientA);
    const wrong = await exchange(clientA, auth.code, pkcePair().verifier);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: string }).error).toBe(
      'invalid_grant',
    );
  });

  it('rejects a code used twice', async () => {
    const auth = await authorize(new CookieJar(), clientA);
    const first = await exchange(clientA, auth.code, auth.verifier);
    expect(first.status).toBe(200);
    const second = await exchange(clientA, auth.code, auth.verifier);
    expect(second.status).toBe(400);
    expect(((await second.json()) as { error: string }).error).toBe(
      'invalid_grant',
    );
    const refusal = await waitForAuditRecord({
      action: 'oidc:grant.error',
      code: 'invalid_grant',
      'details.clientId': clientA.client_id,
    });
    expect(refusal.outcome).toBe('REFUSED');
  });

  it('lets one of concurrent exchanges of a code succeed', async () => {
    const auth = await authorize(new CookieJar(), clientA);
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        exchange(clientA, auth.code, auth.verifier),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400, 400, 400]);
  });

  it('rejects an unregistered redirect URI without redirecting', async () => {
    const { challenge } = pkcePair();
    const response = await fetch(
      authorizationUrl(
        { ...clientA, redirect_uri: `${systemA.base}/elsewhere` },
        { code_challenge: challenge, code_challenge_method: 'S256' },
      ),
      { redirect: 'manual' },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('redirect_uri');
    expect(html).not.toMatch(/at .*\.js/);
  });

  it('rejects a wrong password and audits it', async () => {
    const jar = new CookieJar();
    const loginPage = await openLoginPage(jar, clientA);
    expect(loginPage.status).toBe(200);
    expect(loginPage.html).toContain('渝快办统一身份认证');
    const refused = await postLogin(
      jar,
      loginPage,
      ' Approver.SCJG ',
      'Wrong-password-1',
      clientA.redirect_uri,
    );
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('账号或密码错误');

    const records = await auditRecordModel(identity.connection)
      .find({
        action: 'oidcSignIn',
        outcome: 'REFUSED',
        account: 'approver.scjg',
      })
      .lean();
    expect(records).toHaveLength(1);
    expect(records[0]!.code).toBe('INVALID_CREDENTIALS');
    expect(records[0]!.account).toBe('approver.scjg');
    expect(records[0]!.details).toEqual({ clientId: clientA.client_id });
  });
});

describe('OIDC accounts', () => {
  it('refuses a citizen, because departmental systems are for staff', async () => {
    const jar = new CookieJar();
    const loginPage = await openLoginPage(jar, clientA);
    const refused = await postLogin(
      jar,
      loginPage,
      '13800138000',
      DEMO_PASSWORD,
      clientA.redirect_uri,
    );
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('仅供工作人员');
    const records = await auditRecordModel(identity.connection)
      .find({
        action: 'oidcSignIn',
        code: 'FORBIDDEN',
        actorId: 'u-demo-citizen-1',
      })
      .lean();
    expect(records).toHaveLength(1);
  });

  it('ends single sign-on for a disabled account', async () => {
    const jar = new CookieJar();
    const first = await authorize(jar, clientA, 'sealadmin.city');
    expect(first.askedForPassword).toBe(true);
    const admin = viewerOf([Role.Admin], { divisionCode: '50' });
    const disable = await graphql(
      identity.url,
      'mutation($u: ID!) { disableStaffAccount(userId: $u) { disabled } }',
      { u: 'u-sealadmin.city' },
      admin,
    );
    expect(disable.errors).toBeUndefined();
    try {
      const again = await openLoginPage(jar, clientA);
      // The session ended, so the provider shows its login page again.
      expect(again.status).toBe(200);
      expect(again.html).toContain('<form');
    } finally {
      await graphql(
        identity.url,
        'mutation($u: ID!) { enableStaffAccount(userId: $u) { disabled } }',
        { u: 'u-sealadmin.city' },
        admin,
      );
    }
  });
});

describe('OIDC login lockout', () => {
  it('locks the account as the GraphQL sign-in does', async () => {
    const jar = new CookieJar();
    const loginPage = await openLoginPage(jar, clientA);
    const pages: string[] = [];
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      const response = await postLogin(
        jar,
        loginPage,
        'licence.scjg',
        'Wrong-password-1',
        clientA.redirect_uri,
      );
      expect(response.status).toBe(401);
      pages.push(await response.text());
    }
    expect(pages[0]).toContain('账号或密码错误');
    expect(pages.at(-1)).toContain('账号已暂时锁定');
    const right = await postLogin(
      jar,
      loginPage,
      'licence.scjg',
      DEMO_PASSWORD,
      clientA.redirect_uri,
    );
    expect(right.status).toBe(401);
    expect(await right.text()).toContain('账号已暂时锁定');
  });
});

describe('OIDC keys', () => {
  it('stores private keys encrypted and shares them', async () => {
    const stored = await identity.connection
      .collection('oidc_keys')
      .findOne<{ publicJwks: string; ciphertext: string }>({});
    expect(stored).not.toBeNull();
    const publicKeys = JSON.parse(stored!.publicJwks) as {
      keys: Record<string, unknown>[];
    };
    expect(publicKeys.keys[0]!.d).toBeUndefined();
    expect(JSON.stringify(stored)).not.toMatch(/"d"\s*:/);

    const second = await startTestSubgraph(createIdentitySubgraph());
    try {
      const secondIssuer = second.url.replace(/\/graphql$/, '/oidc');
      const jwksUri = (await (
        await fetch(`${secondIssuer}/.well-known/openid-configuration`)
      ).json()) as { jwks_uri: string };
      const fromSecond = await (await fetch(jwksUri.jwks_uri)).json();
      const fromFirst = await (await fetch(discovery.jwks_uri)).json();
      expect(fromSecond).toEqual(fromFirst);
    } finally {
      await second.close();
    }
  });
});

describe('OIDC storage', () => {
  it('ignores and sweeps expired records', async () => {
    const store = {
      Record: identity.connection.model('OidcRecord'),
      Consumption: identity.connection.model('OidcConsumption'),
    } as unknown as OidcStore;
    const adapter = new MongoOidcAdapter('Interaction', store);
    await adapter.upsert('expiring', { jti: 'expiring' }, 60);
    expect(await adapter.find('expiring')).toEqual({ jti: 'expiring' });
    await store.Record.updateOne(
      { _id: 'Interaction:expiring' },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect(await adapter.find('expiring')).toBeUndefined();
    expect(await deleteExpiredRecords(store)).toBeGreaterThanOrEqual(1);
    expect(await store.Record.findById('Interaction:expiring')).toBeNull();
  });
});

describe('OIDC client configuration', () => {
  it('adds configured systems to the demo system', () => {
    const clients = departmentalClientsFromEnv(
      JSON.stringify([
        {
          client_id: 'x',
          redirect_uris: ['http://127.0.0.1:1/cb'],
          backchannel_logout_uri: 'http://127.0.0.1:1/logout',
        },
      ]),
    );
    expect(clients.map((client) => client.client_id)).toEqual([
      DEMO_CLIENT.client_id,
      'x',
    ]);
    expect(departmentalClientsFromEnv('')).toEqual([DEMO_CLIENT]);
  });

  it('rejects malformed YKB_OIDC_CLIENTS', () => {
    expect(() => departmentalClientsFromEnv('{')).toThrow(
      'YKB_OIDC_CLIENTS must be a JSON array',
    );
    expect(() =>
      departmentalClientsFromEnv(JSON.stringify([{ client_id: 'x' }])),
    ).toThrow('YKB_OIDC_CLIENTS[0].redirect_uris');
    expect(() =>
      departmentalClientsFromEnv(
        JSON.stringify([{ ...DEMO_CLIENT, client_name: 'again' }]),
      ),
    ).toThrow('registers client_id demo-department-portal twice');
  });

  it('stops the start on invalid client metadata', async () => {
    const previous = process.env.YKB_OIDC_CLIENTS;
    process.env.YKB_OIDC_CLIENTS = JSON.stringify([
      {
        client_id: 'broken',
        redirect_uris: ['not a url'],
        backchannel_logout_uri: 'http://127.0.0.1:1/logout',
      },
    ]);
    try {
      await expect(startTestSubgraph(createIdentitySubgraph())).rejects.toThrow(
        'YKB_OIDC_CLIENTS entry broken is invalid',
      );
    } finally {
      process.env.YKB_OIDC_CLIENTS = previous;
    }
  });
});
