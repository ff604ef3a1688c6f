import { randomBytes } from 'node:crypto';
import { importJWK, type JWK } from 'jose';
import {
  createTokenVerifier,
  remoteUserKeys,
  Role,
  serviceToken,
  signAccessToken,
  startSubgraph,
  type BaseResolverContext,
  type RunningSubgraph,
  type SubgraphDefinition,
  type Viewer,
} from '@ykb/common';

/**
 * Gives the calling test file its own database-name prefix, so files that
 * run in parallel against the shared server never see each other's records.
 */
export function isolateDatabase(): string {
  const prefix = `t${randomBytes(4).toString('hex')}_`;
  process.env.YKB_DB_PREFIX = prefix;
  return prefix;
}

/** Starts a subgraph in this process on a free port, over a real HTTP listener and the real database. */
export async function startTestSubgraph<C extends BaseResolverContext>(
  definition: SubgraphDefinition<C>,
): Promise<RunningSubgraph> {
  return startSubgraph(definition, 0);
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
}

/**
 * Signs an access token for a viewer with the test issuer's key, which every
 * subgraph started by a test trusts through YKB_JWKS_URL.
 */
export async function testToken(
  viewer: Viewer,
  options: { ttlSeconds?: number; now?: number } = {},
): Promise<string> {
  const raw = process.env.YKB_TEST_SIGNING_JWK;
  if (!raw)
    throw new Error(
      'YKB_TEST_SIGNING_JWK is not set; the vitest global setup starts the test token issuer.',
    );
  const jwk = JSON.parse(raw) as JWK & { kid: string };
  const privateKey = await importJWK(jwk, 'ES256');
  if (privateKey instanceof Uint8Array)
    throw new Error('YKB_TEST_SIGNING_JWK is not an ES256 private key.');
  return (await signAccessToken(viewer, { kid: jwk.kid, privateKey }, options))
    .token;
}

/**
 * Verifies an access token that a running identity subgraph issued, with the
 * JWKS that subgraph publishes, and returns its viewer.
 */
export async function verifyIssuedToken(
  identityUrl: string,
  token: string,
): Promise<Viewer> {
  const verifier = createTokenVerifier({
    userKeys: remoteUserKeys(
      identityUrl.replace(/\/graphql$/, '/.well-known/jwks.json'),
    ),
  });
  return (await verifier.verify(token)).viewer;
}

/**
 * Posts one GraphQL operation over HTTP, optionally as a signed-in viewer:
 * a Viewer gets a token from the test issuer, or a SYSTEM token named after
 * it when its roles are exactly [SYSTEM]; a string (or a promise of one) is
 * sent as the bearer token unchanged.
 */
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  viewer?: Viewer | string | Promise<string>,
): Promise<GraphQLResponse<T>> {
  const resolved = await viewer;
  const token =
    typeof resolved === 'string'
      ? resolved
      : resolved
        ? resolved.roles.length === 1 && resolved.roles[0] === Role.System
          ? await serviceToken(resolved.name)
          : await testToken(resolved)
        : undefined;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Builds a viewer for tests that exercise one role and jurisdiction. */
export function viewerOf(
  roles: Viewer['roles'],
  extra: Partial<Viewer> = {},
): Viewer {
  return {
    userId: `test-${randomBytes(3).toString('hex')}`,
    name: '测试用户',
    roles,
    sessionId: 's',
    ...extra,
  };
}
