import {
  auditRecordModel,
  badInput,
  escapeRegExp,
  forbidden,
  maskIdCard,
  maskMobile,
  type AuditRecord,
  type Viewer,
  pageRows,
} from '@ykb/common';
import type { Connection } from 'mongoose';
import { decodeCursor, toPage, type Page } from './pages.js';

/** Division code of the city; viewers of this division see every audit record. */
const CITY_DIVISION = '50';

export interface AuditRecordFilter {
  actorId?: string | null;
  action?: string | null;
  outcome?: string | null;
  code?: string | null;
  service?: string | null;
  from?: string | null;
  to?: string | null;
}

export type AuditRecordPage = Page<AuditRecord>;

/**
 * Masks an audited account name that is a citizen's mobile number or ID-card
 * number, because auditors follow accounts by actor id and need no personal
 * data. Staff account names such as clerk.wuxi stay readable.
 */
export function maskAuditAccount(
  account: string | null | undefined,
): string | null {
  if (!account) return null;
  if (/^1\d{10}$/.test(account)) return maskMobile(account);
  if (/^\d{17}[\dX]$/i.test(account)) return maskIdCard(account);
  return account;
}

function timeArgument(raw: string, field: 'from' | 'to'): Date {
  const time = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}/u.test(raw) || Number.isNaN(time.getTime()))
    throw badInput(`${field} must be an ISO 8601 time, got "${raw}".`, {
      field,
    });
  return time;
}

/**
 * Lists audit records from the shared audit database, newest first. A
 * viewer below the city level sees only records whose actor's division lies
 * in the viewer's subtree, so records without an actor division (anonymous
 * requests, unknown accounts) are visible to city-level viewers only.
 */
export async function listAuditRecords(
  connection: Connection,
  viewer: Viewer,
  args: {
    filter?: AuditRecordFilter | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<AuditRecordPage> {
  if (!viewer.divisionCode)
    throw forbidden('Reading the audit log needs a division jurisdiction.');
  const first = pageRows(args.first, 20);
  const filter = args.filter ?? {};
  const conditions: Record<string, unknown>[] = [];
  for (const field of [
    'actorId',
    'action',
    'outcome',
    'code',
    'service',
  ] as const) {
    const value = filter[field];
    if (value != null) conditions.push({ [field]: value });
  }
  if (filter.from != null)
    conditions.push({ at: { $gte: timeArgument(filter.from, 'from') } });
  if (filter.to != null)
    conditions.push({ at: { $lt: timeArgument(filter.to, 'to') } });
  if (viewer.divisionCode !== CITY_DIVISION)
    conditions.push({
      actorDivisionCode: {
        $regex: `^${escapeRegExp(viewer.divisionCode)}`,
      },
    });
  if (args.after) {
    const [at, id] = decodeCursor(args.after);
    const afterTime = at ? new Date(at) : new Date(Number.NaN);
    if (!id || Number.isNaN(afterTime.getTime()))
      throw badInput('after is not a cursor returned by this list.', {
        field: 'after',
      });
    conditions.push({
      $or: [{ at: { $lt: afterTime } }, { at: afterTime, _id: { $lt: id } }],
    });
  }

  const found = await auditRecordModel(connection)
    .find(conditions.length > 0 ? { $and: conditions } : {})
    .sort({ at: -1, _id: -1 })
    .limit(first + 1)
    .lean<AuditRecord[]>();
  return toPage(found, first, (record) => [
    record.at.toISOString(),
    record._id,
  ]);
}
