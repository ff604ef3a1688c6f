import { serviceToken } from './tokens.js';
import { appError, ErrorCode } from './errors.js';
import { SUBGRAPHS, subgraphUrl } from './services.js';

/**
 * Names the subgraph a URL belongs to, for error messages that reach
 * clients: the URL itself is internal and stays out of them.
 */
export function serviceNameOfUrl(url: string): string {
  return SUBGRAPHS.find((name) => subgraphUrl(name) === url) ?? 'upstream';
}

/**
 * Calls another subgraph directly over HTTP with a service token, for
 * server-side steps such as issuing a licence when a case is approved.
 */
export async function callSubgraph<T>(
  url: string,
  caller: string,
  query: string,
  variables: Record<string, unknown>,
  requestId?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await serviceToken(caller)}`,
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10000),
    });
  } catch {
    throw appError(
      ErrorCode.UpstreamFailed,
      `The ${serviceNameOfUrl(url)} service is unavailable. Retry later.`,
      { serviceName: serviceNameOfUrl(url) },
    );
  }
  const payload = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (payload.errors?.length) {
    const first = payload.errors[0]!;
    throw appError(
      ErrorCode.UpstreamFailed,
      `The ${serviceNameOfUrl(url)} service rejected the call: ${first.message}`,
      {
        upstreamCode: first.extensions?.code,
        serviceName: serviceNameOfUrl(url),
      },
    );
  }
  if (!payload.data)
    throw appError(
      ErrorCode.UpstreamFailed,
      `The ${serviceNameOfUrl(url)} service returned no data.`,
      { serviceName: serviceNameOfUrl(url) },
    );
  return payload.data;
}
