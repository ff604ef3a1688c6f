import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { slotModel } from '@ykb/common';
import { registerAgentModels } from './agentModel.js';

/** An administrative division; `_id` is the division code. */
export const divisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    level: {
      type: String,
      required: true,
      enum: ['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
    },
    parentCode: { type: String, default: null, index: true },
  },
  { versionKey: false },
);

/** A government department; `_id` is the department code. */
export const departmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    nameEn: { type: String, required: true },
    creditCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
  },
  { versionKey: false },
);

/**
 * A user. Optional identifiers are left out of the document when absent
 * (never stored as null), and their uniqueness is enforced by the claims
 * collection, because FerretDB 1.24 has no partial or sparse indexes.
 */
export const userSchema = new Schema(
  {
    _id: { type: String, required: true },
    account: { type: String, required: true, unique: true },
    kind: {
      type: String,
      required: true,
      enum: ['PERSON', 'LEGAL_PERSON', 'STAFF'],
    },
    name: { type: String, required: true },
    idCardNumber: { type: String },
    mobile: { type: String },
    creditCode: { type: String },
    /** Legal representative (法定代表人) of a legal person, verified by real-name verification. */
    legalRepresentativeName: { type: String },
    legalRepresentativeIdCard: { type: String },
    roles: { type: [String], required: true },
    divisionCode: { type: String },
    departmentCode: { type: String },
    hallId: { type: String },
    /** `scrypt$N$r$p$salt$hash` with base64 salt and hash; absent until a new staff account sets its first password. */
    passwordHash: { type: String },
    realNameVerifiedAt: { type: Date },
    /** Time an administrator disabled the account; null or absent while it is enabled. */
    disabledAt: { type: Date },
    /** Version of the access fields (roles, jurisdiction, disabledAt), changed through changeAtVersion; absent on accounts never changed. */
    version: { type: Number },
    /** Administrator who created a staff account. */
    createdBy: { type: String },
  },
  { timestamps: true },
);
// The data catalogue's change feed reads users in this order.
userSchema.index({ updatedAt: 1, _id: 1 });

/**
 * A claimed unique identifier. `_id` is `<kind>:<value>` (for example
 * `mobile:13800138000`), so the always-unique `_id` index makes a second
 * claim of the same value fail with a duplicate-key error.
 */
export const identityClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** Lock state of one normalised account, known or not; `_id` is the account. Failures are counted in signInFailureSchema. */
export const signInAttemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    lastFailureAt: { type: Date },
    lockedUntil: { type: Date },
  },
  { versionKey: false },
);

/**
 * One failed sign-in. Failures are separate inserted documents, counted per
 * account, because `$inc` is not atomic on FerretDB 1.24 and concurrent
 * failures would otherwise be lost from a counter.
 */
export const signInFailureSchema = new Schema(
  {
    _id: { type: String, required: true },
    account: { type: String, required: true, index: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * A sign-in session; `_id` is the session id carried in the access token as
 * `sid`. `expiresAt` is its absolute end, which refreshing never extends.
 * An agent's session keeps the legal person and grant it acts under.
 */
export const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date },
    onBehalfOf: { type: String },
    grantId: { type: String },
    /**
     * Division and department of the user when the session opened, counted
     * by identityStatistics; null for users without one. Sessions opened
     * before the fields existed lack them until backfillSessionJurisdictions
     * copies them from the account.
     */
    divisionCode: { type: String },
    departmentCode: { type: String },
  },
  { versionKey: false },
);

/**
 * One lockout of a known account after failed sign-ins, inserted when the
 * account locks, with the user's division and department at that moment,
 * so that statistics can count lockouts per month and division. Lockouts of
 * unknown accounts are not recorded here.
 */
export const signInLockoutSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    account: { type: String, required: true },
    divisionCode: { type: String, default: null },
    departmentCode: { type: String, default: null },
    at: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

/**
 * A refresh token of a session; `_id` is the SHA-256 hash (hex) of the
 * token, which itself is never stored.
 */
export const refreshTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true, index: true },
    userId: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * The single use of a refresh token; `_id` is the token's hash, so a second
 * use fails its insert with a duplicate-key error and is a replay.
 */
export const refreshTokenUseSchema = new Schema(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true },
    usedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * An ES256 key that signs access tokens. `_id` is the key's generation as a
 * zero-padded number, so two processes that rotate at once insert the same
 * `_id` and only one wins. The private JWK is encrypted with AES-256-GCM
 * under a key derived from YKB_TOKEN_SECRET, with the kid as associated data.
 */
export const signingKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    kid: { type: String, required: true },
    publicJwk: { type: Schema.Types.Mixed, required: true },
    encryptedPrivateJwk: {
      iv: { type: String, required: true },
      tag: { type: String, required: true },
      data: { type: String, required: true },
    },
    createdAt: { type: Date, required: true },
    /** The key signs new tokens from this time; absent on keys stored before keys were published ahead, which were active from createdAt. */
    activeFrom: { type: Date },
    /** The key signs new tokens until this time, unless a newer key exists. */
    activeUntil: { type: Date, required: true },
    /** The key stays in the JWKS until this time: every token it signed has expired by then. */
    publishedUntil: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * A one-time code sent by text message, stored as a scrypt hash. The newest
 * code of a user is the active one; issuing a code deletes the older ones.
 */
export const oneTimeCodeSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    account: { type: String, required: true },
    purpose: { type: String, required: true, enum: ['ACTIVATION', 'RESET'] },
    codeHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * One code check of an account, inserted before the code is compared, so
 * that concurrent guesses are each counted. `subject` is the checked code's
 * id, or a marker of the account when it has no code.
 */
export const codeCheckSchema = new Schema(
  {
    _id: { type: String, required: true },
    subject: { type: String, required: true, index: true },
    account: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

/** Lock of code checks of one normalised account; `_id` is the account. */
export const codeCheckLockSchema = new Schema(
  {
    _id: { type: String, required: true },
    lockedUntil: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A used one-time code; `_id` is the code's id, so only one request can use it. */
export const usedCodeSchema = new Schema(
  {
    _id: { type: String, required: true },
    usedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** One password-reset request, counted for the rate limits; a request rejected by the per-account limit is deleted again. */
// NOTE: reset requests, code checks and used codes are never deleted; like sign-in failures they still lack a TTL clean-up.
export const resetRequestSchema = new Schema(
  {
    _id: { type: String, required: true },
    account: { type: String, required: true, index: true },
    mobile: { type: String, index: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A message the sandbox SMS gateway accepted; the outbox a demo or a test reads. */
export const smsOutboxSchema = new Schema(
  {
    _id: { type: String, required: true },
    mobile: { type: String, required: true, index: true },
    templateId: { type: String, required: true },
    params: { type: Schema.Types.Mixed, required: true },
    text: { type: String, required: true },
    sentAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A departmental system whose users can be bound to platform accounts; `_id` is the system id. */
export const departmentSystemSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    departmentCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
  },
  { versionKey: false },
);

/**
 * A departmental system's user bound to a platform user. `_id` is
 * `<systemId>:<externalUserId>`, and the unique index on (systemId, userId)
 * binds each platform user at most once per system.
 */
export const departmentAccountBindingSchema = new Schema(
  {
    _id: { type: String, required: true },
    systemId: { type: String, required: true },
    externalUserId: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    boundBy: { type: String, required: true },
    boundAt: { type: Date, required: true },
  },
  { versionKey: false },
);
departmentAccountBindingSchema.index(
  { systemId: 1, userId: 1 },
  { unique: true },
);

/** A finished seed run of reference data, so that later starts can skip re-reading the source. */
export const seedRunSchema = new Schema(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    finishedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * The holiday schedule of one year as an administrator loaded it from the
 * State Council notice; `_id` is the year. `version` counts the loads of
 * that year, starting at 1.
 */
export const holidayScheduleSchema = new Schema(
  {
    _id: { type: Number, required: true },
    holidays: { type: [String], required: true },
    workdays: { type: [String], required: true },
    notice: { type: String, required: true },
    loadedBy: { type: String, required: true },
    loadedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);

/**
 * A replaced version of a year's holiday schedule; `_id` is
 * `<year>:<version>`, so archiving the same version twice keeps one copy.
 */
export const holidayScheduleVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true, index: true },
    holidays: { type: [String], required: true },
    workdays: { type: [String], required: true },
    notice: { type: String, required: true },
    loadedBy: { type: String, required: true },
    loadedAt: { type: Date, required: true },
    version: { type: Number, required: true },
    replacedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export type DivisionDocument = InferSchemaType<typeof divisionSchema> & {
  _id: string;
};
export type DepartmentDocument = InferSchemaType<typeof departmentSchema> & {
  _id: string;
};
export type UserDocument = InferSchemaType<typeof userSchema> & { _id: string };
export type IdentityClaimDocument = InferSchemaType<
  typeof identityClaimSchema
> & { _id: string };
export type SignInAttemptDocument = InferSchemaType<
  typeof signInAttemptSchema
> & { _id: string };
export type SessionDocument = InferSchemaType<typeof sessionSchema> & {
  _id: string;
};
export type RefreshTokenDocument = InferSchemaType<
  typeof refreshTokenSchema
> & {
  _id: string;
};
export type SigningKeyDocument = InferSchemaType<typeof signingKeySchema> & {
  _id: string;
};
export type HolidayScheduleDocument = InferSchemaType<
  typeof holidayScheduleSchema
> & { _id: number };
export type HolidayScheduleVersionDocument = InferSchemaType<
  typeof holidayScheduleVersionSchema
> & { _id: string };

export type OneTimeCodeDocument = InferSchemaType<typeof oneTimeCodeSchema> & {
  _id: string;
};
export type SmsOutboxDocument = InferSchemaType<typeof smsOutboxSchema> & {
  _id: string;
  params: Record<string, string>;
};
export type DepartmentSystemDocument = InferSchemaType<
  typeof departmentSystemSchema
> & { _id: string };
export type DepartmentAccountBindingDocument = InferSchemaType<
  typeof departmentAccountBindingSchema
> & { _id: string };

export function registerModels(connection: Connection) {
  return {
    Division: connection.model('Division', divisionSchema, 'divisions'),
    Department: connection.model('Department', departmentSchema, 'departments'),
    User: connection.model('User', userSchema, 'users'),
    IdentityClaim: connection.model(
      'IdentityClaim',
      identityClaimSchema,
      'identity_claims',
    ),
    SignInAttempt: connection.model(
      'SignInAttempt',
      signInAttemptSchema,
      'sign_in_attempts',
    ),
    SignInFailure: connection.model(
      'SignInFailure',
      signInFailureSchema,
      'sign_in_failures',
    ),
    Session: connection.model('Session', sessionSchema, 'sessions'),
    SignInLockout: connection.model(
      'SignInLockout',
      signInLockoutSchema,
      'sign_in_lockouts',
    ),
    OneTimeCode: connection.model(
      'OneTimeCode',
      oneTimeCodeSchema,
      'one_time_codes',
    ),
    CodeCheck: connection.model('CodeCheck', codeCheckSchema, 'code_checks'),
    CodeCheckLock: connection.model(
      'CodeCheckLock',
      codeCheckLockSchema,
      'code_check_locks',
    ),
    UsedCode: connection.model('UsedCode', usedCodeSchema, 'used_codes'),
    ResetRequest: connection.model(
      'ResetRequest',
      resetRequestSchema,
      'reset_requests',
    ),
    SmsOutbox: connection.model('SmsOutbox', smsOutboxSchema, 'sms_outbox'),
    DepartmentSystem: connection.model(
      'DepartmentSystem',
      departmentSystemSchema,
      'department_systems',
    ),
    DepartmentAccountBinding: connection.model(
      'DepartmentAccountBinding',
      departmentAccountBindingSchema,
      'department_account_bindings',
    ),
    RefreshToken: connection.model(
      'RefreshToken',
      refreshTokenSchema,
      'refresh_tokens',
    ),
    RefreshTokenUse: connection.model(
      'RefreshTokenUse',
      refreshTokenUseSchema,
      'refresh_token_uses',
    ),
    SigningKey: connection.model(
      'SigningKey',
      signingKeySchema,
      'signing_keys',
    ),
    SeedRun: connection.model('SeedRun', seedRunSchema, 'seed_runs'),
    RegistrationSlot: slotModel(
      connection,
      'RegistrationSlot',
      'registration_slots',
    ),
    HolidaySchedule: connection.model(
      'HolidaySchedule',
      holidayScheduleSchema,
      'holiday_schedules',
    ),
    HolidayScheduleVersion: connection.model(
      'HolidayScheduleVersion',
      holidayScheduleVersionSchema,
      'holiday_schedule_history',
    ),
    ...registerAgentModels(connection),
  };
}

export type IdentityModels = ReturnType<typeof registerModels>;
