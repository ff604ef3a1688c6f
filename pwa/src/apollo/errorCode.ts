import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { NETWORK_ERROR_CODE } from '../offline/outbox';

/** Codes for HTTP failures whose body has no GraphQL errors. */
const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'REQUEST_RATE_LIMITED',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
};

type Extensions = Record<string, unknown>;

/** Returns the extensions of the first formatted error that carries a code. */
function codedExtensions(
  errors: unknown,
): (Extensions & { code: string }) | null {
  if (!Array.isArray(errors)) return null;
  for (const error of errors) {
    const extensions = (error as { extensions?: Extensions }).extensions;
    if (typeof extensions?.code === 'string')
      return extensions as Extensions & { code: string };
  }
  return null;
}

/** Returns the GraphQL errors of a failure: those Apollo parsed, or those in the body of an HTTP error. */
function formattedErrorsOf(error: unknown): unknown {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      return (JSON.parse(error.bodyText) as { errors?: unknown }).errors;
    } catch {
      // A body that is not JSON comes from a proxy, not from GraphQL.
      return null;
    }
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
  const code = codedExtensions(formattedErrorsOf(error))?.code;
  if (code) return code;
  if (CombinedGraphQLErrors.is(error)) return 'INTERNAL_SERVER_ERROR';
  if (ServerError.is(error))
    return HTTP_STATUS_CODES[error.statusCode] ?? NETWORK_ERROR_CODE;
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === 'string' && /^[A-Z_]+$/.test(own)) return own;
  return NETWORK_ERROR_CODE;
}

/**
 * Returns one extension of the first coded GraphQL error in a failure, such
 * as `lockedUntil` of ACCOUNT_LOCKED; undefined when there is none.
 */
export function errorExtensionOf(error: unknown, name: string): unknown {
  return codedExtensions(formattedErrorsOf(error))?.[name];
}

/** Returns the extensions of the first coded GraphQL error in a failure, without `code`. */
export function errorExtensionsOf(
  error: unknown,
): Record<string, unknown> | undefined {
  const extensions = codedExtensions(formattedErrorsOf(error));
  if (!extensions) return undefined;
  const { code: _code, ...rest } = extensions;
  return rest;
}
