import { randomBytes } from 'node:crypto';
import {
  issueToken,
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

/** Posts one GraphQL operation over HTTP, optionally as a signed-in viewer. */
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  viewer?: Viewer | string,
): Promise<GraphQLResponse<T>> {
  const token =
    typeof viewer === 'string'
      ? viewer
      : viewer
        ? issueToken(viewer)
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
