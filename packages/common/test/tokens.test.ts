import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
} from 'jose';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accessTokenTtlSeconds,
  createTokenVerifier,
  deriveTokenKey,
  Role,
  serviceToken,
  signAccessToken,
  type TokenVerifier,
  type Viewer,
} from '../src/index.js';

const CITIZEN: Viewer = {
  userId: 'u-demo-citizen-1',
  name: '张三',
  roles: [Role.Citizen],
  sessionId: 'session-1',
  divisionCode: '500238100205',
};

let privateKey: CryptoKey;
let verifier: TokenVerifier;
const clock = { now: Date.now() };
const signingKey = () => ({ kid: 'unit-key', privateKey });

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey;
  const jwk = {
    ...(await exportJWK(pair.publicKey)),
    kid: 'unit-key',
    alg: 'ES256',
  };
  verifier = createTokenVerifier({
    userKeys: createLocalJWKSet({ keys: [jwk] }),
    clock: () => clock.now,
  });
});

afterEach(() => {
  clock.now = Date.now();
});

async function reasonOf(token: string, using = verifier): Promise<string> {
  return using.verify(token).then(
    () => 'accepted',
    (error: { extensions: { code: string; reason?: string } }) =>
      `${error.extensions.code} ${error.extensions.reason}`,
  );
}

describe('signAccessToken and createTokenVerifier', () => {
  it('round-trips a viewer with its expiry', async () => {
    const signed = await signAccessToken(CITIZEN, signingKey(), {
      ttlSeconds: 120,
      now: clock.now,
    });
    const verified = await verifier.verify(signed.token);
    expect(verified.viewer).toEqual(CITIZEN);
    expect(verified.service).toBe(false);
    expect(verified.expiresAt).toBe(signed.expiresAt);
  });

  it('carries an agent viewer’s legal person and grant', async () => {
    const agent = { ...CITIZEN, onBehalfOf: 'u-company.demo', grantId: 'g1' };
    const signed = await signAccessToken(agent, signingKey());
    expect((await verifier.verify(signed.token)).viewer).toEqual(agent);
  });

  it('refuses a token after its expiry on the injected clock', async () => {
    const signed = await signAccessToken(CITIZEN, signingKey(), {
      ttlSeconds: 60,
      now: clock.now,
    });
    clock.now += 61_000;
    expect(await reasonOf(signed.token)).toBe('UNAUTHENTICATED TOKEN_EXPIRED');
  });

  it('accepts a service token only where service tokens are allowed', async () => {
    const token = await serviceToken('cases');
    const verified = await verifier.verify(token);
    expect(verified.service).toBe(true);
    expect(verified.viewer.roles).toEqual([Role.System]);
    const gateway = createTokenVerifier({
      userKeys: createLocalJWKSet({ keys: [] }),
      acceptServiceTokens: false,
    });
    expect(await reasonOf(token, gateway)).toBe(
      'UNAUTHENTICATED TOKEN_INVALID',
    );
  });

  it('refuses a SYSTEM token for the user audience', async () => {
    const iat = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      sid: 's',
      name: 'cases',
      roles: ['SYSTEM'],
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ykb-internal')
      .setAudience('ykb')
      .setSubject('service:cases')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .sign(deriveTokenKey('internal-token-hs256'));
    expect(await reasonOf(token)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('refuses an ES256 token whose header names no kid', async () => {
    const token = await new SignJWT({ sid: 's', name: 'x', roles: [] })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('ykb-identity')
      .setAudience('ykb')
      .setSubject('u-1')
      .setJti('j')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await reasonOf(token)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('reports unreachable keys as UPSTREAM_FAILED, not as a bad token', async () => {
    const offline = createTokenVerifier({
      userKeys: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const signed = await signAccessToken(CITIZEN, signingKey());
    expect(await reasonOf(signed.token, offline)).toBe(
      'UPSTREAM_FAILED undefined',
    );
  });
});

describe('deriveTokenKey', () => {
  it('derives a different 256-bit key for each purpose', () => {
    const internal = deriveTokenKey('internal-token-hs256');
    const encryption = deriveTokenKey('signing-key-encryption');
    expect(internal).toHaveLength(32);
    expect(encryption).toHaveLength(32);
    expect(Buffer.from(internal).equals(Buffer.from(encryption))).toBe(false);
  });
});

describe('accessTokenTtlSeconds', () => {
  const saved = process.env.YKB_ACCESS_TOKEN_TTL_S;
  afterEach(() => {
    if (saved === undefined) delete process.env.YKB_ACCESS_TOKEN_TTL_S;
    else process.env.YKB_ACCESS_TOKEN_TTL_S = saved;
  });

  it('defaults to 10 minutes', () => {
    delete process.env.YKB_ACCESS_TOKEN_TTL_S;
    expect(accessTokenTtlSeconds()).toBe(600);
  });

  it('reads a value from 60 to 3600', () => {
    process.env.YKB_ACCESS_TOKEN_TTL_S = '60';
    expect(accessTokenTtlSeconds()).toBe(60);
    process.env.YKB_ACCESS_TOKEN_TTL_S = '3600';
    expect(accessTokenTtlSeconds()).toBe(3600);
  });

  it('rejects values outside 60 to 3600', () => {
    for (const raw of ['59', '3601', '1.5', 'long']) {
      process.env.YKB_ACCESS_TOKEN_TTL_S = raw;
      expect(() => accessTokenTtlSeconds(), raw).toThrow(
        /YKB_ACCESS_TOKEN_TTL_S must be an integer number of seconds/,
      );
    }
  });
});
