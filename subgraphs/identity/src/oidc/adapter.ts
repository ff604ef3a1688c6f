import { Schema, type Connection, type Model } from 'mongoose';
import { errors, type Adapter, type AdapterPayload } from 'oidc-provider';
import { isDuplicateKeyError } from '@ykb/common';

/**
 * One stored oidc-provider artefact (session, grant, authorization code,
 * interaction, access token...). `_id` is `<kind>:<id>`. The payload is kept
 * as a JSON string, because FerretDB 1.24 rejects nested arrays and some
 * payload keys are URLs. The columns beside it exist only for lookups.
 */
const oidcRecordSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    payload: { type: String, required: true },
    grantId: { type: String, index: true },
    uid: { type: String },
    userCode: { type: String },
    /** Platform user id of a Session, so a platform sign-out finds the user's OIDC sessions. */
    accountId: { type: String, index: true },
    /** After this time `find` ignores the record and the sweep deletes it; FerretDB 1.24 has no TTL indexes. */
    expiresAt: { type: Date },
  },
  { versionKey: false },
);

/**
 * A consumed authorization code (or other single-use artefact); `_id` is
 * `<kind>:<id>`. Consuming inserts this document, so of two concurrent code
 * exchanges only one wins the unique `_id`, on MongoDB and on FerretDB 1.24
 * alike, where a filtered update could let both through.
 */
const oidcConsumptionSchema = new Schema(
  {
    _id: { type: String, required: true },
    consumedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface OidcRecordDocument {
  _id: string;
  kind: string;
  payload: string;
  grantId?: string;
  uid?: string;
  userCode?: string;
  accountId?: string;
  expiresAt?: Date;
}

interface OidcConsumptionDocument {
  _id: string;
  consumedAt: Date;
}

export interface OidcStore {
  Record: Model<OidcRecordDocument>;
  Consumption: Model<OidcConsumptionDocument>;
}

/** Registers the OIDC collections on identity's connection. */
export function registerOidcModels(connection: Connection): OidcStore {
  return {
    Record: connection.model<OidcRecordDocument>(
      'OidcRecord',
      oidcRecordSchema,
      'oidc_records',
    ),
    Consumption: connection.model<OidcConsumptionDocument>(
      'OidcConsumption',
      oidcConsumptionSchema,
      'oidc_consumptions',
    ),
  };
}

/** Kinds whose artefacts are single-use and are consumed through `consume`. */
const CONSUMABLE = new Set([
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

function parsePayload(record: OidcRecordDocument): AdapterPayload | undefined {
  if (record.expiresAt && record.expiresAt.getTime() <= Date.now())
    return undefined;
  return JSON.parse(record.payload) as AdapterPayload;
}

/** Deletes expired artefacts and returns how many were deleted. */
export async function deleteExpiredRecords(store: OidcStore): Promise<number> {
  const result = await store.Record.deleteMany({
    expiresAt: { $lt: new Date() },
  });
  return result.deletedCount;
}

/** Deletes every stored artefact issued under a grant, and the grant itself. */
export async function revokeGrant(
  store: OidcStore,
  grantId: string,
): Promise<void> {
  await store.Record.deleteMany({ grantId });
  await store.Record.deleteOne({ _id: `Grant:${grantId}` });
}

/** Storage of one oidc-provider model in identity's database. */
export class MongoOidcAdapter implements Adapter {
  constructor(
    private readonly kind: string,
    private readonly store: OidcStore,
  ) {}

  private key(id: string): string {
    return `${this.kind}:${id}`;
  }

  async upsert(
    id: string,
    payload: AdapterPayload,
    expiresIn?: number,
  ): Promise<void> {
    const record: Omit<OidcRecordDocument, '_id'> = {
      kind: this.kind,
      payload: JSON.stringify(payload),
    };
    if (payload.grantId) record.grantId = payload.grantId;
    if (payload.uid) record.uid = payload.uid;
    if (payload.userCode) record.userCode = payload.userCode;
    if (this.kind === 'Session' && payload.accountId)
      record.accountId = payload.accountId;
    if (expiresIn) record.expiresAt = new Date(Date.now() + expiresIn * 1000);
    const filter = { _id: this.key(id) };
    try {
      await this.store.Record.replaceOne(filter, record, { upsert: true });
    } catch (error) {
      // Two concurrent upserts can both try the insert on FerretDB; the loser replaces the winner's document.
      if (!isDuplicateKeyError(error)) throw error;
      await this.store.Record.replaceOne(filter, record);
    }
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const record = await this.store.Record.findById(
      this.key(id),
    ).lean<OidcRecordDocument>();
    const payload = record ? parsePayload(record) : undefined;
    if (!payload || !CONSUMABLE.has(this.kind)) return payload;
    const consumption = await this.store.Consumption.findById(
      this.key(id),
    ).lean<{ consumedAt: Date }>();
    if (consumption)
      payload.consumed = Math.floor(consumption.consumedAt.getTime() / 1000);
    return payload;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findBy({ kind: this.kind, uid });
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findBy({ kind: this.kind, userCode });
  }

  private async findBy(
    filter: Record<string, string>,
  ): Promise<AdapterPayload | undefined> {
    const record =
      await this.store.Record.findOne(filter).lean<OidcRecordDocument>();
    return record ? parsePayload(record) : undefined;
  }

  /**
   * Consumes a single-use artefact by inserting its consumption. A second
   * consumption, such as a concurrent exchange of the same code, fails the
   * unique insert: the grant is revoked and the request fails with
   * invalid_grant, as for a code presented twice in a row.
   */
  async consume(id: string): Promise<void> {
    try {
      await this.store.Consumption.create({
        _id: this.key(id),
        consumedAt: new Date(),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const record = await this.store.Record.findById(
        this.key(id),
      ).lean<OidcRecordDocument>();
      if (record?.grantId) await revokeGrant(this.store, record.grantId);
      throw new errors.InvalidGrant('grant request is already consumed');
    }
  }

  async destroy(id: string): Promise<void> {
    await this.store.Record.deleteOne({ _id: this.key(id) });
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.store.Record.deleteMany({ kind: this.kind, grantId });
  }
}
