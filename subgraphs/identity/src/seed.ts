import {
  DEMO_ACCOUNTS,
  DEMO_AGENT_GRANT,
  DEMO_PASSWORD,
  DEPARTMENTS,
  DEPARTMENT_SYSTEMS,
  isDuplicateKeyError,
  type DemoAccount,
  type Logger,
  demoUserId,
} from '@ykb/common';
import { claimKey, claimKeys } from './claims.js';
import {
  CHONGQING,
  divisionSourceVersion,
  readChongqingDivisions,
} from './divisionSource.js';
import type { IdentityModels } from './model.js';
import { hashPassword } from './password.js';
import type { AnyModel } from './upsertById.js';

/** Divisions inserted per insertMany call. */
const DIVISION_BATCH_SIZE = 1000;

export interface SeedDivisionsOptions {
  /** Re-read the source and insert what is missing even when an earlier run finished. */
  force?: boolean;
}

/**
 * Inserts Chongqing's divisions that are not stored yet and returns how many
 * were inserted. Existing divisions are left alone, so a second run inserts
 * nothing. A finished run is recorded per source version, and later starts
 * skip reading the 85 MB source file unless divisions went missing since.
 *
 * The stored codes are read once and only missing divisions are inserted in
 * batches: per-document upserts on FerretDB 1.24 (SQLite) took over two
 * minutes for the 12,342 divisions, against under half a second for inserts.
 */
export async function seedDivisions(
  models: IdentityModels,
  log: Logger,
  options: SeedDivisionsOptions = {},
): Promise<number> {
  const runId = `divisions:${divisionSourceVersion()}:${CHONGQING}`;
  if (!options.force && (await isSeedComplete(models, runId))) return 0;

  const started = Date.now();
  const records = readChongqingDivisions();
  const stored = await models.Division.find({}, { _id: 1 }).lean<
    { _id: string }[]
  >();
  const storedCodes = new Set(stored.map((doc) => doc._id));
  const missing = records.filter((record) => !storedCodes.has(record.code));

  let inserted = 0;
  for (let start = 0; start < missing.length; start += DIVISION_BATCH_SIZE) {
    const batch = missing
      .slice(start, start + DIVISION_BATCH_SIZE)
      .map((record) => ({
        _id: record.code,
        name: record.name,
        level: record.level,
        parentCode: record.parentCode,
      }));
    inserted += await insertMissing(models, batch);
  }

  // TODO: divisions renamed, merged or recoded in a newer source release keep their stored name, and no old-to-new code mapping is recorded yet.
  await models.SeedRun.updateOne(
    { _id: runId },
    { $set: { count: records.length, finishedAt: new Date() } },
    { upsert: true },
  );
  log.info(
    {
      inserted,
      total: records.length,
      ms: Date.now() - started,
      source: runId,
    },
    'seeded divisions',
  );
  return inserted;
}

async function isSeedComplete(
  models: IdentityModels,
  runId: string,
): Promise<boolean> {
  const run = await models.SeedRun.findById(runId).lean<{ count: number }>();
  return !!run && (await models.Division.estimatedDocumentCount()) >= run.count;
}

/** Inserts a batch, counting documents another process inserted meanwhile as already present. */
async function insertMissing(
  models: IdentityModels,
  docs: Record<string, unknown>[],
): Promise<number> {
  try {
    const result = await models.Division.collection.insertMany(
      docs as never[],
      { ordered: false },
    );
    return result.insertedCount;
  } catch (error) {
    const bulk = error as {
      writeErrors?: unknown[];
      result?: { insertedCount?: number };
    };
    const writeErrors = Array.isArray(bulk.writeErrors)
      ? bulk.writeErrors
      : [bulk.writeErrors];
    if (!bulk.writeErrors || !writeErrors.every((e) => isDuplicateKeyError(e)))
      throw error;
    return bulk.result?.insertedCount ?? 0;
  }
}

/** Inserts the reference records whose `_id` is not stored yet; stored records keep their values. Returns how many were inserted. */
async function insertMissingReference(
  model: AnyModel,
  records: { _id: string; [field: string]: unknown }[],
): Promise<number> {
  const result = await model.bulkWrite(
    records.map(({ _id, ...fields }) => ({
      updateOne: {
        filter: { _id },
        update: { $setOnInsert: fields },
        upsert: true,
      },
    })),
    { ordered: false },
  );
  return result.upsertedCount;
}

/** Inserts the shared departments that do not exist yet; returns how many were inserted. */
export async function seedDepartments(
  models: IdentityModels,
  log: Logger,
): Promise<number> {
  const inserted = await insertMissingReference(
    models.Department,
    DEPARTMENTS.map(({ code, ...fields }) => ({ _id: code, ...fields })),
  );
  if (inserted > 0) log.info({ inserted }, 'seeded departments');
  return inserted;
}

/** Inserts the departmental systems that do not exist yet; returns how many were inserted. */
export async function seedDepartmentSystems(
  models: IdentityModels,
  log: Logger,
): Promise<number> {
  const inserted = await insertMissingReference(
    models.DepartmentSystem,
    DEPARTMENT_SYSTEMS.map(({ id, ...fields }) => ({ _id: id, ...fields })),
  );
  if (inserted > 0) log.info({ inserted }, 'seeded departmental systems');
  return inserted;
}

function demoUserKind(
  account: DemoAccount,
): 'PERSON' | 'LEGAL_PERSON' | 'STAFF' {
  if (account.roles.includes('CITIZEN')) return 'PERSON';
  if (account.roles.includes('LEGAL_PERSON')) return 'LEGAL_PERSON';
  return 'STAFF';
}

export { demoUserId };

/**
 * Inserts the demo accounts that do not exist yet, each with its own salted
 * hash of the demo password, and claims their identifiers. Returns how many
 * were inserted.
 */
export async function seedDemoUsers(
  models: IdentityModels,
  log: Logger,
): Promise<number> {
  const ids = DEMO_ACCOUNTS.map((account) => demoUserId(account.account));
  const stored = await models.User.find({ _id: { $in: ids } }, { _id: 1 }).lean<
    { _id: string }[]
  >();
  const storedIds = new Set(stored.map((doc) => doc._id));
  const missing = DEMO_ACCOUNTS.filter(
    (account) => !storedIds.has(demoUserId(account.account)),
  );

  const results = await Promise.all(
    missing.map((account) => seedDemoUser(models, log, account)),
  );
  const inserted = results.filter(Boolean).length;
  if (inserted > 0) log.info({ inserted }, 'seeded demo accounts');
  return inserted;
}

async function seedDemoUser(
  models: IdentityModels,
  log: Logger,
  account: DemoAccount,
): Promise<boolean> {
  const userId = demoUserId(account.account);
  const keys = [claimKey('account', account.account)];
  if (account.idCardNumber) keys.push(claimKey('idCard', account.idCardNumber));
  if (account.mobile) keys.push(claimKey('mobile', account.mobile));
  if (account.creditCode) keys.push(claimKey('creditCode', account.creditCode));

  const claim = await claimKeys(models, userId, keys);
  if (!claim.claimed) {
    log.warn(
      { userId, conflict: claim.conflict.split(':')[0] },
      'demo account skipped: identifier held by another user',
    );
    return false;
  }

  const doc: Record<string, unknown> = {
    account: account.account,
    kind: demoUserKind(account),
    name: account.name,
    roles: account.roles,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    version: 0,
  };
  for (const field of [
    'idCardNumber',
    'mobile',
    'creditCode',
    'divisionCode',
    'departmentCode',
    'hallId',
  ] as const) {
    if (account[field]) doc[field] = account[field];
  }
  if (account.legalRepresentative) {
    doc.legalRepresentativeName = account.legalRepresentative.name;
    doc.legalRepresentativeIdCard = account.legalRepresentative.idCardNumber;
  }
  const now = new Date();
  const result = await models.User.updateOne(
    { _id: userId },
    { $setOnInsert: { ...doc, createdAt: now, updatedAt: now } },
    { upsert: true, timestamps: false },
  );
  return result.upsertedCount > 0;
}

/**
 * Gives demo legal persons stored before legal representatives were recorded
 * their representative; accounts that already have one keep it. Returns how
 * many were updated.
 */
export async function seedLegalRepresentatives(
  models: IdentityModels,
): Promise<number> {
  let updated = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (!account.legalRepresentative) continue;
    const result = await models.User.updateOne(
      {
        _id: demoUserId(account.account),
        legalRepresentativeName: { $exists: false },
      },
      {
        $set: {
          legalRepresentativeName: account.legalRepresentative.name,
          legalRepresentativeIdCard: account.legalRepresentative.idCardNumber,
        },
      },
    );
    updated += result.modifiedCount;
  }
  return updated;
}

/**
 * Links the demo agent to the demo legal person and inserts the demo grant
 * under its fixed id, valid for DEMO_AGENT_GRANT.validDays from the first
 * seeding. A second run finds both and inserts nothing; returns whether the
 * grant was inserted.
 */
export async function seedDemoAgentGrant(
  models: IdentityModels,
  log: Logger,
): Promise<boolean> {
  const legalPersonId = demoUserId(DEMO_AGENT_GRANT.legalPersonAccount);
  const agentUserId = demoUserId(DEMO_AGENT_GRANT.agentAccount);
  const stored = await models.User.countDocuments({
    _id: { $in: [legalPersonId, agentUserId] },
  });
  if (stored < 2) return false;

  const now = new Date();
  const linkInserted = await insertIgnoringDuplicate(() =>
    models.AgentLink.create({
      _id: `${legalPersonId}:${agentUserId}`,
      legalPersonId,
      agentUserId,
      addedAt: now,
    }),
  );
  const grantInserted = await insertIgnoringDuplicate(() =>
    models.AgentGrant.create({
      _id: DEMO_AGENT_GRANT.id,
      legalPersonId,
      agentUserId,
      itemCodes: [...DEMO_AGENT_GRANT.itemCodes],
      validUntil: new Date(
        now.getTime() + DEMO_AGENT_GRANT.validDays * 86_400_000,
      ),
      createdAt: now,
      createdBy: legalPersonId,
      idempotencyKey: `seed-${DEMO_AGENT_GRANT.id}`,
    }),
  );
  if (linkInserted || grantInserted)
    log.info({ grantId: DEMO_AGENT_GRANT.id }, 'seeded demo agent grant');
  return grantInserted;
}

/** Runs an insert; returns false instead of failing when the record exists. */
async function insertIgnoringDuplicate(
  insert: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await insert();
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Gives staff accounts stored before accounts were versioned the version 0,
 * so administrators can change them through changeAtVersion. Runs at start,
 * before requests are served; a concurrent update on FerretDB 1.24 could
 * otherwise write the version back over a newer one.
 */
export async function backfillStaffVersions(
  models: IdentityModels,
  log: Logger,
): Promise<number> {
  const result = await models.User.updateMany(
    { kind: 'STAFF', version: { $exists: false } },
    { $set: { version: 0 } },
  );
  if (result.modifiedCount > 0)
    log.info(
      { updated: result.modifiedCount },
      'gave staff accounts a version',
    );
  return result.modifiedCount;
}
