import { createPublicKey } from 'node:crypto';
import {
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
  type JWTPayload,
} from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  auditRecordModel,
  DEMO_PASSWORD,
  deriveTokenKey,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { createIdentitySubgraph, registerModels } from '../src/index.js';
import { PUBLISH_AHEAD_MS, SigningKeyStore } from '../src/signingKeys.js';

/** The identity subgraph's clock; tests move it instead of sleeping. */
const clock = { now: Date.now() };
let subgraph: RunningSubgraph;
let jwksUrl: string;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createIdentitySubgraph({ clock: () => clock.now }),
  );
  jwksUrl = subgraph.url.replace(/\/graphql$/, '/.well-known/jwks.json');
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(() => {
  clock.now = Date.now();
});

const PAIR = 'accessToken refreshToken accessTokenExpiresAt token';
const SIGN_IN = `mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { ${PAIR} } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { ${PAIR} user { id } } }`;
const ME = '{ me { id } }';

interface Pair {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  token: string;
}

async function signIn(account: string): Promise<Pair> {
  const result = await graphql(subgraph.url, SIGN_IN, {
    a: account,
    p: DEMO_PASSWORD,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.signIn as Pair;
}

function refresh(refreshToken: string) {
  return graphql(subgraph.url, REFRESH, { r: refreshToken });
}

/** `code reason` of the first error of `{ me }` with a token, or `ok <id>`. */
async function meWith(token: string): Promise<string> {
  const result = await graphql(subgraph.url, ME, {}, token);
  const error = result.errors?.[0];
  if (error) return `${error.extensions?.code} ${error.extensions?.reason}`;
  return `ok ${result.data!.me?.id}`;
}

async function publishedKids(): Promise<string[]> {
  const response = await fetch(jwksUrl);
  const body = (await response.json()) as { keys: JWK[] };
  return body.keys.map((key) => key.kid!);
}

const b64 = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** Claims of a valid citizen token, for tokens the tests sign themselves. */
function citizenClaims(now = clock.now): JWTPayload {
  const iat = Math.floor(now / 1000);
  return {
    iss: 'ykb-identity',
    aud: 'ykb',
    sub: 'u-demo-citizen-1',
    sid: 'sid-test',
    jti: 'jti-test',
    name: '张三',
    roles: ['CITIZEN'],
    iat,
    exp: iat + 600,
  };
}

/** Signs claims with the test issuer's key, which identity trusts in tests through YKB_JWKS_URL. */
async function signWithTestIssuer(
  claims: JWTPayload,
  header: { kid?: string } = {},
): Promise<string> {
  const jwk = JSON.parse(process.env.YKB_TEST_SIGNING_JWK!) as JWK;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: header.kid ?? jwk.kid })
    .sign(await importJWK(jwk, 'ES256'));
}

describe('access tokens', () => {
  it('carry the ES256 header and claims', async () => {
    const pair = await signIn('13800138000');
    const header = decodeProtectedHeader(pair.accessToken);
    const claims = decodeJwt(pair.accessToken);
    expect(header.alg).toBe('ES256');
    expect(await publishedKids()).toContain(header.kid);
    expect(claims).toMatchObject({
      iss: 'ykb-identity',
      aud: 'ykb',
      sub: 'u-demo-citizen-1',
      roles: ['CITIZEN'],
      name: '张三',
    });
    expect(claims.sid).toEqual(expect.any(String));
    expect(claims.jti).toEqual(expect.any(String));
    expect(claims.exp! - claims.iat!).toBe(600);
    expect(Date.parse(pair.accessTokenExpiresAt)).toBe(claims.exp! * 1000);
    expect(pair.token).toBe(pair.accessToken);
    expect(await meWith(pair.accessToken)).toBe('ok u-demo-citizen-1');
  });

  it('publishes public keys only, with a Cache-Control header', async () => {
    const response = await fetch(jwksUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const { keys } = (await response.json()) as { keys: JWK[] };
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
      expect(key.d).toBeUndefined();
    }
  });

  it('keeps the private keys encrypted in the database', async () => {
    const docs = await subgraph.connection
      .model('SigningKey')
      .find()
      .lean<{ encryptedPrivateJwk: { data: string } }[]>();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(JSON.stringify(doc)).not.toContain('"d"');
      expect(() =>
        JSON.parse(
          Buffer.from(doc.encryptedPrivateJwk.data, 'base64').toString(),
        ),
      ).toThrow();
    }
  });

  it('is refused with TOKEN_EXPIRED once expired', async () => {
    const { accessToken } = await signIn('13800138000');
    clock.now += 601_000;
    expect(await meWith(accessToken)).toBe('UNAUTHENTICATED TOKEN_EXPIRED');
  });

  it('is refused when signed by another key under a published kid', async () => {
    const { accessToken } = await signIn('13800138000');
    const { kid } = decodeProtectedHeader(accessToken);
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(decodeJwt(accessToken))
      .setProtectedHeader({ alg: 'ES256', kid })
      .sign(privateKey);
    expect(await meWith(forged)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('is refused with alg none', async () => {
    const { accessToken } = await signIn('13800138000');
    const { kid } = decodeProtectedHeader(accessToken);
    const unsigned = `${b64({ alg: 'none', kid })}.${b64(decodeJwt(accessToken))}.`;
    expect(await meWith(unsigned)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('is refused when signed with HS256 using the public key as the secret', async () => {
    const { accessToken } = await signIn('13800138000');
    const { kid } = decodeProtectedHeader(accessToken);
    const { keys } = (await (await fetch(jwksUrl)).json()) as { keys: JWK[] };
    const publicJwk = keys.find((key) => key.kid === kid)!;
    const pem = createPublicKey({ key: publicJwk as never, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    for (const secret of [pem, JSON.stringify(publicJwk)]) {
      const confused = await new SignJWT(decodeJwt(accessToken))
        .setProtectedHeader({ alg: 'HS256', kid })
        .sign(new TextEncoder().encode(secret));
      expect(await meWith(confused)).toBe('UNAUTHENTICATED TOKEN_INVALID');
    }
  });

  it('never accepts user claims under HS256, even with the internal key', async () => {
    const internal = deriveTokenKey('internal-token-hs256');
    for (const aud of ['ykb-internal', 'ykb']) {
      const token = await new SignJWT({
        ...citizenClaims(),
        iss: aud,
        aud,
      })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(internal);
      expect(await meWith(token), aud).toBe('UNAUTHENTICATED TOKEN_INVALID');
    }
    const systemPlusCitizen = await new SignJWT({
      ...citizenClaims(),
      iss: 'ykb-internal',
      aud: 'ykb-internal',
      roles: ['SYSTEM', 'CITIZEN'],
    })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(internal);
    expect(await meWith(systemPlusCitizen)).toBe(
      'UNAUTHENTICATED TOKEN_INVALID',
    );
  });

  it('is refused when a claim was changed after signing', async () => {
    const { accessToken } = await signIn('13800138000');
    const [header, , signature] = accessToken.split('.');
    const claims = { ...decodeJwt(accessToken), roles: ['ADMIN'] };
    const tampered = `${header}.${b64(claims)}.${signature}`;
    expect(await meWith(tampered)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('is refused with an unknown kid', async () => {
    const token = await signWithTestIssuer(citizenClaims(), {
      kid: 'no-such-kid',
    });
    expect(await meWith(token)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('accept well-formed test-issuer claims', async () => {
    expect(await meWith(await signWithTestIssuer(citizenClaims()))).toBe(
      'ok u-demo-citizen-1',
    );
  });

  it.each([
    ['not valid yet', { nbf: Math.floor(Date.now() / 1000) + 300 }],
    ['of another issuer', { iss: 'someone-else' }],
    ['for another audience', { aud: 'ykb-internal' }],
    ['claiming SYSTEM', { roles: ['SYSTEM'] }],
    ['without a session id', { sid: undefined }],
    ['acting for a legal person without a grant', { onBehalfOf: 'u-x' }],
  ])('is refused when %s', async (_title, change) => {
    const token = await signWithTestIssuer({ ...citizenClaims(), ...change });
    expect(await meWith(token)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('carries onBehalfOf and grantId when both are set', async () => {
    const token = await signWithTestIssuer({
      ...citizenClaims(),
      onBehalfOf: 'u-demo-company',
      grantId: 'grant-1',
    });
    expect(await meWith(token)).toBe('ok u-demo-citizen-1');
  });

  it('is refused for a malformed Authorization header, while no header is anonymous', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer not.a.jwt',
      },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      errors: { extensions: { code: string; reason: string } }[];
    };
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
    expect((await graphql(subgraph.url, ME)).data!.me).toBeNull();
  });
});

describe('refresh tokens', () => {
  it('rotate on every use and keep the session', async () => {
    const first = await signIn('13800138000');
    const result = await refresh(first.refreshToken);
    expect(result.errors).toBeUndefined();
    const second = result.data!.refreshSession as Pair & {
      user: { id: string };
    };
    expect(second.user.id).toBe('u-demo-citizen-1');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(decodeJwt(second.accessToken).sid).toBe(
      decodeJwt(first.accessToken).sid,
    );
    expect(await meWith(second.accessToken)).toBe('ok u-demo-citizen-1');

    const third = await refresh(second.refreshToken);
    expect(third.errors).toBeUndefined();
  });

  it('are stored only as hashes', async () => {
    const { refreshToken } = await signIn('13800138000');
    const stored = await subgraph.connection
      .model('RefreshToken')
      .find()
      .lean<{ _id: string }[]>();
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(refreshToken);
  });

  it('refuse a second use, sign the whole session out and audit the replay', async () => {
    const first = await signIn('13800138000');
    const second = (await refresh(first.refreshToken)).data!
      .refreshSession as Pair;

    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_REUSED');
    expect(replay.data).toBeNull();

    expect(await meWith(second.accessToken)).toBe(
      'UNAUTHENTICATED SESSION_REVOKED',
    );
    expect(await meWith(first.accessToken)).toBe(
      'UNAUTHENTICATED SESSION_REVOKED',
    );
    const next = await refresh(second.refreshToken);
    expect(next.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');

    const sessionId = decodeJwt(first.accessToken).sid as string;
    const audited = await auditRecordModel(subgraph.connection)
      .find({ action: 'refreshSession', subjectId: sessionId })
      .lean();
    expect(audited).toMatchObject([
      {
        outcome: 'REFUSED',
        code: 'REFRESH_TOKEN_REUSED',
        actorId: 'u-demo-citizen-1',
        subjectType: 'Session',
        service: 'identity',
      },
    ]);
  });

  it('let exactly one of two concurrent uses succeed', async () => {
    const { refreshToken } = await signIn('13800138000');
    const results = await Promise.all([
      refresh(refreshToken),
      refresh(refreshToken),
    ]);
    const codes = results
      .map((r) => r.errors?.[0]?.extensions?.code ?? 'OK')
      .sort();
    // The loser's replay signs the session out. When that lands before the
    // winner's new pair is stored, the winner fails too, which is the safe
    // outcome; two successes never happen.
    expect([
      ['OK', 'REFRESH_TOKEN_REUSED'],
      ['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED'],
    ]).toContainEqual(codes);
  });

  it('are refused when unknown or malformed', async () => {
    for (const token of ['x'.repeat(43), 'short', '']) {
      const result = await refresh(token);
      expect(result.errors?.[0]?.extensions?.code, token).toBe(
        'REFRESH_TOKEN_INVALID',
      );
    }
  });

  it('end with the session after its absolute lifetime of 30 days', async () => {
    const first = await signIn('13800138000');
    clock.now += 29 * 86_400_000;
    const renewed = await refresh(first.refreshToken);
    expect(renewed.errors).toBeUndefined();
    clock.now += 2 * 86_400_000;
    const late = await refresh(
      (renewed.data!.refreshSession as Pair).refreshToken,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('are refused after sign-out', async () => {
    const pair = await signIn('13800138000');
    const out = await graphql(
      subgraph.url,
      'mutation { signOut }',
      {},
      pair.accessToken,
    );
    expect(out.errors).toBeUndefined();
    const result = await refresh(pair.refreshToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
  });
});

describe('signOutEverywhere', () => {
  it('revokes every session of the user, audited, and no one else’s', async () => {
    const phone = await signIn('13900139000');
    const laptop = await signIn('13900139000');
    const other = await signIn('13800138000');
    const result = await graphql(
      subgraph.url,
      'mutation { signOutEverywhere }',
      {},
      laptop.accessToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.signOutEverywhere).toBeGreaterThanOrEqual(2);

    for (const pair of [phone, laptop]) {
      expect(await meWith(pair.accessToken)).toBe(
        'UNAUTHENTICATED SESSION_REVOKED',
      );
      const again = await refresh(pair.refreshToken);
      expect(again.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
    }
    expect(await meWith(other.accessToken)).toBe('ok u-demo-citizen-1');

    const audited = await auditRecordModel(subgraph.connection)
      .find({ action: 'signOutEverywhere', actorId: 'u-demo-citizen-2' })
      .lean();
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ outcome: 'SUCCEEDED' });
  });

  it('needs a signed-in user', async () => {
    const result = await graphql(
      subgraph.url,
      'mutation { signOutEverywhere }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signing key rotation', () => {
  const ROTATE =
    'mutation { rotateSigningKey { kid activeUntil publishedUntil } }';

  it('is for the city-wide administrator only', async () => {
    for (const account of ['admin.wuxi', '13800138000']) {
      const { accessToken } = await signIn(account);
      const result = await graphql(subgraph.url, ROTATE, {}, accessToken);
      expect(result.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
  });

  it('keeps old tokens valid until the key drops out', async () => {
    const before = await signIn('13800138000');
    const oldKid = decodeProtectedHeader(before.accessToken).kid!;
    const admin = await signIn('admin');
    const rotated = await graphql(subgraph.url, ROTATE, {}, admin.accessToken);
    expect(rotated.errors).toBeUndefined();
    const newKey = rotated.data!.rotateSigningKey as {
      kid: string;
      publishedUntil: string;
    };
    expect(newKey.kid).not.toBe(oldKid);
    expect(await publishedKids()).toEqual(
      expect.arrayContaining([oldKid, newKey.kid]),
    );

    const after = await signIn('13800138000');
    expect(decodeProtectedHeader(after.accessToken).kid).toBe(newKey.kid);
    expect(await meWith(before.accessToken)).toBe('ok u-demo-citizen-1');

    const oldKey = await subgraph.connection
      .model('SigningKey')
      .findOne({ kid: oldKid })
      .lean<{ publishedUntil: Date }>();
    clock.now = oldKey!.publishedUntil.getTime() + 1000;
    expect(await publishedKids()).not.toContain(oldKid);
    // Refused for its key, not its expiry: the kid is no longer published.
    expect(await meWith(before.accessToken)).toBe(
      'UNAUTHENTICATED TOKEN_INVALID',
    );
  });

  it('happens by itself once the active key has signed for 24 hours', async () => {
    const before = await signIn('13800138000');
    clock.now += 25 * 3600_000;
    const after = await signIn('13800138000');
    expect(decodeProtectedHeader(after.accessToken).kid).not.toBe(
      decodeProtectedHeader(before.accessToken).kid,
    );
  });

  it('publishes the next key before it signs', async () => {
    // Far enough ahead that every key of earlier tests has ended.
    clock.now += 500 * 86_400_000;
    const first = await signIn('13800138000');
    const currentKid = decodeProtectedHeader(first.accessToken).kid!;
    const current = await subgraph.connection
      .model('SigningKey')
      .findOne({ kid: currentKid })
      .lean<{ activeUntil: Date }>();
    const endsAt = current!.activeUntil.getTime();

    clock.now = endsAt - PUBLISH_AHEAD_MS + 1000;
    const publishedBefore = await publishedKids();
    const late = await signIn('13800138000');
    expect(decodeProtectedHeader(late.accessToken).kid).toBe(currentKid);
    const added = (await publishedKids()).filter(
      (kid) => !publishedBefore.includes(kid),
    );
    expect(added).toHaveLength(1);

    clock.now = endsAt + 1000;
    const after = await signIn('13800138000');
    expect(decodeProtectedHeader(after.accessToken).kid).toBe(added[0]);
  });

  it('leaves one active key when two identity processes rotate at once', async () => {
    const models = registerModels(subgraph.connection);
    const later = Date.now() + 400 * 86_400_000;
    const silent = { info: () => {} } as never;
    const stores = Array.from(
      { length: 4 },
      () => new SigningKeyStore(models, () => later, silent),
    );
    const active = await Promise.all(stores.map((store) => store.activeKey()));
    expect(new Set(active.map((key) => key.kid)).size).toBe(1);
    const current = await models.SigningKey.find({
      activeFrom: { $lte: new Date(later) },
      activeUntil: { $gt: new Date(later) },
    }).lean();
    expect(current).toHaveLength(1);
  });
});
