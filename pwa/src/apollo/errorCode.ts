import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { NETWORK_ERROR_CODE } from '../offline/outbox';

/** Codes for HTTP failures whose body has no GraphQL errors. */
const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'BAD_USER_INPUT',
};

function codeOfFormattedErrors(errors: unknown): string | null {
  if (!Array.isArray(errors)) return null;
  for (const error of errors) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === 'string') return code;
  }
  return null;
}

/**
 * Returns the `extensions.code` of the first GraphQL error in a failure.
 * Returns `NETWORK` when the request did not reach the server, and also for
 * an HTTP error without GraphQL errors, such as a 502 from the proxy while
 * the gateway is down.
 */
export function errorCodeOf(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return codeOfFormattedErrors(error.errors) ?? 'INTERNAL_SERVER_ERROR';
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: unknown };
      const code = codeOfFormattedErrors(body.errors);
      if (code) return code;
    } catch {
      // A body that is not JSON comes from a proxy, not from GraphQL.
    }
    return HTTP_STATUS_CODES[error.statusCode] ?? NETWORK_ERROR_CODE;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  return NETWORK_ERROR_CODE;
}
