import { serviceToken } from './tokens.js';
import { appError, ErrorCode } from './errors.js';

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
  } catch (error) {
    throw appError(
      ErrorCode.UpstreamFailed,
      `Call to ${url} failed: ${(error as Error).message}.`,
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
      `Call to ${url} failed: ${first.message}`,
      { upstreamCode: first.extensions?.code },
    );
  }
  if (!payload.data)
    throw appError(
      ErrorCode.UpstreamFailed,
      `Call to ${url} returned no data.`,
    );
  return payload.data;
}
