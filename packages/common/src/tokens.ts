import { randomBytes, randomUUID } from 'node:crypto';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import { GraphQLError } from 'graphql';
import type { AuditEvent } from './audit.js';
import { Role, type RoleValue, type Viewer } from './auth.js';
import { deriveKey, type DerivedKeyPurpose } from './derivedKeys.js';
import { integerFromEnv } from './env.js';
import { appError, ErrorCode } from './errors.js';
import { subgraphUrl } from './services.js';

/** Issuer of user access tokens: the identity subgraph. */
export const ACCESS_TOKEN_ISSUER = 'ykb-identity';
/** Audience of user access tokens: every service of the platform. */
export const ACCESS_TOKEN_AUDIENCE = 'ykb';
/** Issuer and audience of SYSTEM tokens that subgraphs send each other. */
export const INTERNAL_AUDIENCE = 'ykb-internal';
/** Default and bounds of an access token's lifetime, in seconds. */
export const DEFAULT_ACCESS_TOKEN_TTL_S = 600;
export const MIN_ACCESS_TOKEN_TTL_S = 60;
export const MAX_ACCESS_TOKEN_TTL_S = 3600;
/** Lifetime of a SYSTEM token, in seconds. */
const SERVICE_TOKEN_TTL_S = 300;

/** Current time in epoch milliseconds; tests pass their own clock. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

/** Why a presented token was refused, sent as `extensions.reason` with UNAUTHENTICATED. */
export type TokenRejection =
  'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_REVOKED';

const rejectionText: Record<TokenRejection, string> = {
  TOKEN_EXPIRED: 'The access token has expired; refresh it or sign in again.',
  TOKEN_INVALID:
    'The access token is not valid: its signature, issuer, audience or claims were refused.',
  SESSION_REVOKED:
    'The session of this access token was signed out or has ended; sign in again.',
};

/** UNAUTHENTICATED with the reason a presented token was refused; HTTP status 401. */
export function tokenRejected(reason: TokenRejection): GraphQLError {
  return appError(ErrorCode.Unauthenticated, rejectionText[reason], {
    reason,
    http: { status: 401 },
  });
}

/**
 * Reads YKB_ACCESS_TOKEN_TTL_S: lifetime of an access token in seconds,
 * from 60 to 3600; 600 (10 minutes) when unset.
 */
export function accessTokenTtlSeconds(): number {
  return integerFromEnv(
    'YKB_ACCESS_TOKEN_TTL_S',
    DEFAULT_ACCESS_TOKEN_TTL_S,
    MIN_ACCESS_TOKEN_TTL_S,
    MAX_ACCESS_TOKEN_TTL_S,
    'seconds',
  );
}

/** Reads YKB_TOKEN_SECRET, the root secret every token key derives from. */
export function tokenSecret(): string {
  const secret = process.env.YKB_TOKEN_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error(
      'YKB_TOKEN_SECRET is missing or shorter than 32 characters; the launcher sets it, or export one.',
    );
  }
  return secret;
}

export type { DerivedKeyPurpose };

/** Derives a 256-bit key for one purpose from YKB_TOKEN_SECRET with HKDF-SHA-256. */
export function deriveTokenKey(purpose: DerivedKeyPurpose): Uint8Array {
  return deriveKey(tokenSecret(), purpose);
}

/** URL of the JWKS that user access tokens are verified with: YKB_JWKS_URL, or identity's. */
export function jwksUrl(): string {
  return (
    process.env.YKB_JWKS_URL ??
    `${subgraphUrl('identity').replace(/\/graphql$/, '')}/.well-known/jwks.json`
  );
}

/** Viewer fields carried as claims of the same name only when they are set. */
const OPTIONAL_VIEWER_CLAIMS = [
  'divisionCode',
  'departmentCode',
  'hallId',
  'onBehalfOf',
  'grantId',
] as const;

/** Claims of a viewer, without the registered claims. */
function viewerClaims(viewer: Viewer): JWTPayload {
  const claims: JWTPayload = {
    sid: viewer.sessionId,
    name: viewer.name,
    roles: viewer.roles,
  };
  for (const field of OPTIONAL_VIEWER_CLAIMS) {
    if (viewer[field] !== undefined) claims[field] = viewer[field];
  }
  return claims;
}

/** Rebuilds a viewer from verified claims; undefined when a claim has the wrong shape. */
function viewerOfClaims(payload: JWTPayload): Viewer | undefined {
  const p = payload as Record<string, unknown>;
  const optionalString = (value: unknown) =>
    value === undefined || (typeof value === 'string' && value.length > 0);
  const roles = p.roles;
  if (
    typeof p.sub !== 'string' ||
    p.sub.length === 0 ||
    typeof p.sid !== 'string' ||
    p.sid.length === 0 ||
    typeof p.name !== 'string' ||
    !Array.isArray(roles) ||
    !roles.every(
      (role) =>
        typeof role === 'string' &&
        (Object.values(Role) as string[]).includes(role),
    ) ||
    !OPTIONAL_VIEWER_CLAIMS.every((field) => optionalString(p[field])) ||
    (p.onBehalfOf === undefined) !== (p.grantId === undefined)
  )
    return undefined;
  const viewer: Viewer = {
    userId: p.sub,
    name: p.name,
    roles: roles as RoleValue[],
    sessionId: p.sid,
  };
  for (const field of OPTIONAL_VIEWER_CLAIMS) {
    if (typeof p[field] === 'string') viewer[field] = p[field];
  }
  return viewer;
}

/** A private ES256 key that signs access tokens, with its key id. */
export interface AccessSigningKey {
  kid: string;
  privateKey: CryptoKey | KeyObject;
}

export interface SignedAccessToken {
  token: string;
  /** Expiry in epoch milliseconds. */
  expiresAt: number;
}

/** Signs an ES256 access token for a viewer: `sub` is the user id, `sid` the session id. */
export async function signAccessToken(
  viewer: Viewer,
  key: AccessSigningKey,
  options: { ttlSeconds?: number; now?: number } = {},
): Promise<SignedAccessToken> {
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const exp = iat + (options.ttlSeconds ?? accessTokenTtlSeconds());
  const token = await new SignJWT(viewerClaims(viewer))
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(viewer.userId)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key.privateKey);
  return { token, expiresAt: exp * 1000 };
}

/**
 * Issues a SYSTEM token for calls from one subgraph to another: an HS256
 * JWT under a key derived from YKB_TOKEN_SECRET, for audience `ykb-internal`,
 * valid for 5 minutes.
 */
export async function serviceToken(
  service: string,
  now = Date.now(),
): Promise<string> {
  const viewer: Viewer = {
    userId: `service:${service}`,
    name: service,
    roles: [Role.System],
    sessionId: randomBytes(8).toString('hex'),
  };
  const iat = Math.floor(now / 1000);
  return new SignJWT(viewerClaims(viewer))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(INTERNAL_AUDIENCE)
    .setAudience(INTERNAL_AUDIENCE)
    .setSubject(viewer.userId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + SERVICE_TOKEN_TTL_S)
    .sign(deriveTokenKey('internal-token-hs256'));
}

/** A token that passed verification. */
export interface VerifiedToken {
  viewer: Viewer;
  /** Expiry in epoch milliseconds. */
  expiresAt: number;
  /** True for a SYSTEM token of a subgraph. */
  service: boolean;
}

export interface TokenVerifier {
  /** Verifies a token; throws UNAUTHENTICATED with a reason when it is refused. */
  verify(token: string): Promise<VerifiedToken>;
}

export interface TokenVerifierOptions {
  /** Public keys of user access tokens; identity's remote JWKS unless given. */
  userKeys?: JWTVerifyGetKey;
  /** Accept SYSTEM tokens; true unless set. The gateway refuses them from outside callers. */
  acceptServiceTokens?: boolean;
  clock?: Clock;
}

/** Identity's JWKS over HTTP: cached, refetched on an unknown key id at most every 30 seconds. */
export function remoteUserKeys(url = jwksUrl()): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), {
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
    timeoutDuration: 5_000,
  });
}

/** Errors that mean the keys could not be fetched, not that the token is bad. */
function isKeySourceFailure(error: unknown): boolean {
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError)
  );
}

/**
 * Creates the token verifier every service uses. User tokens must be ES256
 * with a `kid` of the user keys, issuer `ykb-identity`, audience `ykb`, and
 * must not claim SYSTEM. SYSTEM tokens must be HS256 under the internal key,
 * audience `ykb-internal`, with roles exactly [SYSTEM]. Nothing else is
 * accepted: no `none`, no HS256 user claims, no ES256 SYSTEM claims.
 */
export function createTokenVerifier(
  options: TokenVerifierOptions = {},
): TokenVerifier {
  const userKeys = options.userKeys ?? remoteUserKeys();
  const clock = options.clock ?? systemClock;
  const acceptServiceTokens = options.acceptServiceTokens ?? true;

  async function check(token: string): Promise<VerifiedToken> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw tokenRejected('TOKEN_INVALID');
    }
    const currentDate = new Date(clock());
    if (header.alg === 'HS256') {
      if (!acceptServiceTokens) throw tokenRejected('TOKEN_INVALID');
      const { payload } = await jwtVerify(
        token,
        deriveTokenKey('internal-token-hs256'),
        {
          algorithms: ['HS256'],
          issuer: INTERNAL_AUDIENCE,
          audience: INTERNAL_AUDIENCE,
          requiredClaims: ['sub', 'sid', 'iat', 'exp'],
          currentDate,
        },
      );
      const viewer = viewerOfClaims(payload);
      if (
        !viewer ||
        viewer.roles.length !== 1 ||
        viewer.roles[0] !== Role.System
      )
        throw tokenRejected('TOKEN_INVALID');
      return { viewer, expiresAt: payload.exp! * 1000, service: true };
    }
    if (header.alg !== 'ES256' || typeof header.kid !== 'string')
      throw tokenRejected('TOKEN_INVALID');
    const { payload } = await jwtVerify(token, userKeys, {
      algorithms: ['ES256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'sid', 'jti', 'iat', 'exp'],
      currentDate,
    });
    const viewer = viewerOfClaims(payload);
    if (!viewer || viewer.roles.includes(Role.System))
      throw tokenRejected('TOKEN_INVALID');
    return { viewer, expiresAt: payload.exp! * 1000, service: false };
  }

  return {
    async verify(token) {
      try {
        return await check(token);
      } catch (error) {
        if (error instanceof GraphQLError) throw error;
        if (error instanceof errors.JWTExpired)
          throw tokenRejected('TOKEN_EXPIRED');
        if (isKeySourceFailure(error)) {
          throw appError(
            ErrorCode.UpstreamFailed,
            'The access token could not be checked because the signing keys are unavailable. Retry in a moment.',
            { http: { status: 503 } },
          );
        }
        throw tokenRejected('TOKEN_INVALID');
      }
    },
  };
}

/** Reports whether the session of a verified user token is still open. */
export type SessionCheck = (
  viewer: Viewer,
  expiresAt: number,
) => Promise<boolean>;

export interface Authenticator {
  /**
   * Reads the viewer from an Authorization header: undefined without a
   * header, the viewer for a valid token of an open session, and
   * UNAUTHENTICATED with a reason for anything else.
   */
  authenticate(header: string | undefined): Promise<Viewer | undefined>;
}

/** Combines a verifier and a session check; SYSTEM tokens skip the session check. */
export function createAuthenticator(
  verifier: TokenVerifier,
  sessionIsOpen: SessionCheck,
): Authenticator {
  return {
    async authenticate(header) {
      if (header === undefined || header === '') return undefined;
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token) throw tokenRejected('TOKEN_INVALID');
      const verified = await verifier.verify(token);
      if (
        !verified.service &&
        !(await sessionIsOpen(verified.viewer, verified.expiresAt))
      )
        throw tokenRejected('SESSION_REVOKED');
      return verified.viewer;
    },
  };
}

/**
 * Authenticates an Authorization header and, when the token is refused,
 * writes a REFUSED audit record with the refusal's reason before raising
 * it. Servers call this while building the request context, which happens
 * before any Apollo Server plugin sees the request, so the refusal plugin
 * cannot record these refusals. A failed audit write does not change the
 * response.
 */
export async function authenticateAndAudit(
  authenticator: Authenticator,
  header: string | undefined,
  record: (event: AuditEvent) => Promise<void>,
): Promise<Viewer | undefined> {
  try {
    return await authenticator.authenticate(header);
  } catch (error) {
    if (
      error instanceof GraphQLError &&
      error.extensions.code === ErrorCode.Unauthenticated
    )
      await record({
        action: 'authenticate',
        outcome: 'REFUSED',
        code: ErrorCode.Unauthenticated,
        details: { reason: String(error.extensions.reason ?? 'TOKEN_INVALID') },
      }).catch(() => undefined);
    throw error;
  }
}
