import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorExtensionOf } from '../src/apollo/errorCode';

const LOCKED = {
  message: 'The account is locked.',
  extensions: {
    code: 'ACCOUNT_LOCKED',
    lockedUntil: '2026-03-04T06:05:00.000Z',
  },
};

function serverError(status: number, body: string) {
  return new ServerError('Response not successful', {
    response: new Response(body, { status }),
    bodyText: body,
  });
}

describe('errorCodeOf', () => {
  it('reads the code of a GraphQL error', () => {
    expect(errorCodeOf(new CombinedGraphQLErrors({ errors: [LOCKED] }))).toBe(
      'ACCOUNT_LOCKED',
    );
  });

  it('reads the code in the body of an HTTP error', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'Identity is down.',
          extensions: { code: 'UPSTREAM_FAILED' },
        },
      ],
    });
    expect(errorCodeOf(serverError(503, body))).toBe('UPSTREAM_FAILED');
  });

  it('maps HTTP 431 without a body to REQUEST_HEADER_FIELDS_TOO_LARGE', () => {
    expect(errorCodeOf(serverError(431, ''))).toBe(
      'REQUEST_HEADER_FIELDS_TOO_LARGE',
    );
  });

  it('maps HTTP 413 without GraphQL errors to PAYLOAD_TOO_LARGE', () => {
    expect(
      errorCodeOf(serverError(413, '<html>Request Entity Too Large</html>')),
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  it('treats a proxy error page as a network failure', () => {
    expect(errorCodeOf(serverError(502, '<html>Bad Gateway</html>'))).toBe(
      'NETWORK',
    );
  });
});

describe('errorExtensionOf', () => {
  it('reads lockedUntil of ACCOUNT_LOCKED', () => {
    expect(
      errorExtensionOf(
        new CombinedGraphQLErrors({ errors: [LOCKED] }),
        'lockedUntil',
      ),
    ).toBe('2026-03-04T06:05:00.000Z');
    expect(
      errorExtensionOf(
        serverError(400, JSON.stringify({ errors: [LOCKED] })),
        'lockedUntil',
      ),
    ).toBe('2026-03-04T06:05:00.000Z');
  });

  it('returns undefined without the extension', () => {
    expect(
      errorExtensionOf(
        new CombinedGraphQLErrors({
          errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }],
        }),
        'lockedUntil',
      ),
    ).toBeUndefined();
    expect(
      errorExtensionOf(new TypeError('fetch failed'), 'lockedUntil'),
    ).toBeUndefined();
  });
});
