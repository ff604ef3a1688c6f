import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/**
 * Stable error codes carried in GraphQL `extensions.code`. Clients branch on
 * these, so a code is never renamed once published.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  InvalidIdCard: 'INVALID_ID_CARD',
  InvalidCreditCode: 'INVALID_CREDIT_CODE',
  InvalidMobile: 'INVALID_MOBILE',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  AccountLocked: 'ACCOUNT_LOCKED',
  AccountDisabled: 'ACCOUNT_DISABLED',
  InvalidCode: 'INVALID_CODE',
  CodeExpired: 'CODE_EXPIRED',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  RateLimited: 'RATE_LIMITED',
  /** The priority document already took a priority ticket at this hall today. */
  PriorityClaimUsed: 'PRIORITY_CLAIM_USED',
  /** The account already took the maximum number of tickets at this hall today. */
  TicketLimitReached: 'TICKET_LIMIT_REACHED',
  /** One client address already took the maximum number of tickets without sign-in at this hall today. */
  AnonymousTicketLimitReached: 'ANONYMOUS_TICKET_LIMIT_REACHED',
  /** The caller spent its per-minute budget of operation cost at the gateway. */
  RequestRateLimited: 'REQUEST_RATE_LIMITED',
  RefreshTokenInvalid: 'REFRESH_TOKEN_INVALID',
  RefreshTokenReused: 'REFRESH_TOKEN_REUSED',
  MissingMaterial: 'MISSING_MATERIAL',
  InvalidFormData: 'INVALID_FORM_DATA',
  InvalidState: 'INVALID_STATE',
  UpstreamFailed: 'UPSTREAM_FAILED',
  /** No grant with that id exists for that agent and legal person. */
  GrantNotFound: 'GRANT_NOT_FOUND',
  GrantRevoked: 'GRANT_REVOKED',
  GrantExpired: 'GRANT_EXPIRED',
  /** The grant does not cover the item acted on. */
  GrantOutOfScope: 'GRANT_OUT_OF_SCOPE',
  /** The agent has no active grant from the legal person it requested to act for. */
  NoActiveGrant: 'NO_ACTIVE_GRANT',
  /** The caller may not introspect the schema; see introspection.ts. */
  IntrospectionDisabled: 'INTROSPECTION_DISABLED',
  /** Every place of the appointment slot is taken. */
  SlotFull: 'SLOT_FULL',
  /** The citizen already has a booking for that appointment slot. */
  AlreadyBooked: 'ALREADY_BOOKED',
  /** Booking is paused for the citizen after repeated no-shows. */
  BookingPaused: 'BOOKING_PAUSED',
  /** The citizen already has the maximum number of open appointment bookings. */
  BookingLimitReached: 'BOOKING_LIMIT_REACHED',
  /** Check-in is open only in a window around the appointment time. */
  CheckInClosed: 'CHECK_IN_CLOSED',
  /** The approver made the request, or already decided its other approval level. */
  SelfApproval: 'SELF_APPROVAL',
  /** The request waits for another approval level than the approver's. */
  ApprovalOutOfOrder: 'APPROVAL_OUT_OF_ORDER',
  /** The electronic seal was revoked, so it signs nothing more. */
  SealRevoked: 'SEAL_REVOKED',
  /** The electronic seal is outside its validity period, so it may not sign. */
  SealExpired: 'SEAL_EXPIRED',
  /** A licence use names no case, or a case the viewer may not handle. */
  LicenceUsePurposeRequired: 'LICENCE_USE_PURPOSE_REQUIRED',
  /** A change item names a licence type the holder has no valid licence of, so there is nothing to change. */
  NoCurrentLicence: 'NO_CURRENT_LICENCE',
  /** The case's form lacks face elements that the licence type requires; extensions.missing lists their keys. */
  MissingFaceElements: 'MISSING_FACE_ELEMENTS',
  /** The national licence-sharing hub failed or rejected the request. */
  HubUnavailable: 'HUB_UNAVAILABLE',
  /** The marketplace operation needs a certificate sign-in (certificateSignIn) in this session. */
  CertificateRequired: 'CERTIFICATE_REQUIRED',
  /** The public key is not ECDSA P-256 or Ed25519, or the certificate has expired. */
  CertificateInvalid: 'CERTIFICATE_INVALID',
  /** The signature does not verify with the registered certificate key. */
  SignatureInvalid: 'SIGNATURE_INVALID',
  /** A new certificate key replaces a valid registered one without a sign-in with the old key and its signature over the new one. */
  CertificateReplacementUnproven: 'CERTIFICATE_REPLACEMENT_UNPROVEN',
  /** Bidding on the announcement has closed, or the bid round may not be opened. */
  BiddingClosed: 'BIDDING_CLOSED',
  /** The viewer already objected to this registration's public notice. */
  ObjectionExists: 'OBJECTION_EXISTS',
  /** The user raised the maximum number of registration objections allowed in 24 hours. */
  ObjectionRateLimited: 'OBJECTION_RATE_LIMITED',
  /** A registration deadline earlier than the minimum working days after publication. */
  DeadlineTooEarly: 'DEADLINE_TOO_EARLY',
  /** An announcement condition is discriminatory under clause 3.7.4.2 of DB50/T 957.3. */
  DiscriminatoryCondition: 'DISCRIMINATORY_CONDITION',
  /** The agency does not meet an announcement's eligibility (admission, service item, valid qualification). */
  IneligibleAgency: 'INELIGIBLE_AGENCY',
  /** The announcement no longer takes registrations. */
  RegistrationClosed: 'REGISTRATION_CLOSED',
  /** A service item the agency chose is not covered by a valid qualification. */
  QualificationNotCovered: 'QUALIFICATION_NOT_COVERED',
  /** The contract upload is past its deadline and gives no reason. */
  ContractLate: 'CONTRACT_LATE',
  /** The completion registration is past its deadline and gives no reason. */
  CompletionLate: 'COMPLETION_LATE',
  /** The engagement already has its one evaluation. */
  AlreadyEvaluated: 'ALREADY_EVALUATED',
  /** The staff member is on approved leave that day. */
  OnLeave: 'ON_LEAVE',
  /** Another clerk or window staff member already filed an open case of the item for the applicant. */
  DuplicateApplication: 'DUPLICATE_APPLICATION',
  /** The hall or window is closed at that time: outside its opening hours, or on a day it does not open. */
  HallClosed: 'HALL_CLOSED',
  /** A window change would leave booked appointments without any window of their category open during their slot. */
  AppointmentsStranded: 'APPOINTMENTS_STRANDED',
  /** The window does not serve the ticket's business category. */
  CategoryNotServed: 'CATEGORY_NOT_SERVED',
  /** The leave request overlaps another open or approved leave request of the same person. */
  LeaveOverlap: 'LEAVE_OVERLAP',
  /** A CSV import file lacks a header row naming the required columns. */
  CsvHeaderMissing: 'CSV_HEADER_MISSING',
  /** A client sent more public licence verifications than the per-minute limit allows. */
  VerificationRateLimited: 'VERIFICATION_RATE_LIMITED',
  /** A client address attempted more account registrations in the current hour than the limit allows. */
  RegistrationRateLimited: 'REGISTRATION_RATE_LIMITED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Creates a client-facing error with a stable code and optional details. */
export function appError(
  code: ErrorCodeValue,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  appError(ErrorCode.BadUserInput, message, details);
export const notFound = (what: string, id: string) =>
  appError(ErrorCode.NotFound, `${what} ${id} was not found.`, { id });
export const forbidden = (
  message = 'You do not have permission for this operation.',
) => appError(ErrorCode.Forbidden, message);
export const unauthenticated = () =>
  appError(
    ErrorCode.Unauthenticated,
    'Sign in first: this operation needs a signed-in user.',
  );

const clientCodes = new Set<string>(Object.values(ErrorCode));
clientCodes.add('GRAPHQL_VALIDATION_FAILED');
clientCodes.add('GRAPHQL_PARSE_FAILED');
clientCodes.add('PERSISTED_QUERY_NOT_FOUND');
clientCodes.add('PERSISTED_QUERY_NOT_SUPPORTED');
clientCodes.add('OPERATION_RESOLUTION_FAILURE');
clientCodes.add('BAD_REQUEST');
clientCodes.add('QUERY_TOO_COMPLEX');

/**
 * Maximum length in code points of an error message sent to clients. Many
 * messages quote the rejected value, and a megabyte of input must not come
 * back as a megabyte of error.
 */
export const MAX_CLIENT_MESSAGE_LENGTH = 500;

/** Cuts a message to MAX_CLIENT_MESSAGE_LENGTH code points, marking the cut. */
export function truncateMessage(message: string): string {
  const codePoints = Array.from(message);
  if (codePoints.length <= MAX_CLIENT_MESSAGE_LENGTH) return message;
  return `${codePoints.slice(0, MAX_CLIENT_MESSAGE_LENGTH).join('')}… (message truncated)`;
}

/**
 * Formats errors for clients: known codes pass through with their message,
 * anything else becomes a generic internal error so that no stack trace,
 * driver message or file path leaves the server. The original is logged.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (err: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    clientCodes.has(code) &&
    code !== ErrorCode.Internal
  ) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: truncateMessage(formatted.message),
      extensions,
    };
  }
  const original = unwrapResolverError(error);
  // Apollo Server rejects some malformed requests, such as a persisted query
  // whose hash does not match, with HTTP 400 and no code. They are the
  // client's error, and Apollo's fixed message explains it. The status is
  // read by shape because graphql may be loaded twice (ESM and CommonJS).
  const http = (original as { extensions?: { http?: { status?: unknown } } })
    .extensions?.http;
  if (http?.status === 400)
    return {
      message: truncateMessage(formatted.message),
      extensions: { code: 'BAD_REQUEST' },
    };
  log(original);
  return {
    message:
      'Internal server error. The request was not completed; retry later.',
    path: formatted.path,
    extensions: { code: ErrorCode.Internal },
  };
}

/** Reports whether an error is MongoDB's duplicate-key error (code 11000). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 11000
  );
}
