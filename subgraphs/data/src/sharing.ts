import { randomUUID } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  ErrorCode,
  forbidden,
  hashRequest,
  hasRole,
  insertOnce,
  isIdempotencyKey,
  notFound,
  Role,
  reusedIdempotencyKey,
  offsetPageWindow,
  type OffsetPageArguments,
} from '@ykb/common';
import { CATALOGUE, datasetEntry, type DatasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { SharingRequestDocument, SharingStatus } from './model.js';

/**
 * Sharing between departments (数据共享): a department requests another
 * department's dataset, and an ADMIN of the owner department approves it
 * until an expiry or rejects it. rowAccess in access.ts reads the approved
 * grants when staff of the requesting department read rows.
 */

const POLICY = ACCESS_POLICY.data;
/** Maximum length of a grant an owner may approve, in days. */
export const MAX_GRANT_DAYS = 366;
const DAY_MS = 86_400_000;

export function requireDataset(id: string): DatasetEntry {
  const entry = datasetEntry(id);
  if (!entry) throw notFound('Dataset', id);
  return entry;
}

export function checkIdempotencyKey(key: string): void {
  if (!isIdempotencyKey(key))
    throw badInput(
      'idempotencyKey must be 8 to 100 letters, digits, - or _.',
      { field: 'idempotencyKey' },
    );
}

/** Creates a sharing request for the viewer's department, once per idempotency key. */
export async function requestDatasetSharing(
  context: DataContext,
  input: { datasetId: string; purpose: string },
  idempotencyKey: string,
): Promise<SharingRequestDocument> {
  const viewer = authorizeViewer(
    context.viewer,
    POLICY['Mutation.requestDatasetSharing'],
  );
  checkIdempotencyKey(idempotencyKey);
  const entry = requireDataset(input.datasetId);
  const department = viewer.departmentCode;
  if (!department)
    throw forbidden('Only staff of a department may request a dataset.');
  if (department === entry.ownerDepartmentCode)
    throw appError(
      ErrorCode.InvalidState,
      `Department ${department} owns dataset ${entry.id} and needs no grant.`,
    );
  const purpose = input.purpose.trim();
  if (Array.from(purpose).length < 5 || Array.from(purpose).length > 500)
    throw badInput('purpose must hold 5 to 500 characters.', {
      field: 'input.purpose',
    });
  const requestHash = hashRequest({ datasetId: entry.id, purpose });
  const { record, replayed } = await insertOnce(
    async () =>
      (
        await context.models.SharingRequest.create({
          _id: randomUUID(),
          datasetId: entry.id,
          requestingDepartmentCode: department,
          purpose,
          status: 'PENDING',
          requestedBy: viewer.userId,
          requestedAt: context.settings.now(),
          idempotencyKey,
          requestHash,
          version: 0,
        })
      ).toObject(),
    () =>
      context.models.SharingRequest.findOne({
        requestedBy: viewer.userId,
        idempotencyKey,
      }).lean<SharingRequestDocument>(),
  );
  if (replayed && record.requestHash !== requestHash)
    throw reusedIdempotencyKey(idempotencyKey);
  if (!replayed)
    context.log.info(
      { requestId: record._id, datasetId: entry.id, department },
      'dataset sharing requested',
    );
  return record;
}

/** Approves or rejects a pending request; only an ADMIN of the owner department may. */
export async function decideSharingRequest(
  context: DataContext,
  args: {
    id: string;
    approve: boolean;
    expiresAt?: Date | null;
    note?: string | null;
  },
): Promise<SharingRequestDocument> {
  const viewer = authorizeViewer(
    context.viewer,
    POLICY['Mutation.decideSharingRequest'],
  );
  const request = await context.models.SharingRequest.findById(
    args.id,
  ).lean<SharingRequestDocument>();
  if (!request) throw notFound('Sharing request', args.id);
  const entry = requireDataset(request.datasetId);
  if (viewer.departmentCode !== entry.ownerDepartmentCode)
    throw forbidden(
      `Only an administrator of ${entry.ownerDepartmentCode}, which owns ${entry.id}, may decide this request.`,
    );
  if (request.status !== 'PENDING')
    throw appError(
      ErrorCode.InvalidState,
      `Sharing request ${request._id} was already ${request.status.toLowerCase()}.`,
    );
  const now = context.settings.now();
  const note = args.note?.trim() || null;
  if (note && Array.from(note).length > 500)
    throw badInput('note must hold at most 500 characters.', { field: 'note' });
  let expiresAt: Date | null = null;
  if (args.approve) {
    if (!args.expiresAt)
      throw badInput('An approval needs expiresAt.', { field: 'expiresAt' });
    if (args.expiresAt.getTime() <= now.getTime())
      throw badInput('expiresAt must lie in the future.', {
        field: 'expiresAt',
      });
    if (args.expiresAt.getTime() > now.getTime() + MAX_GRANT_DAYS * DAY_MS)
      throw badInput(
        `expiresAt must lie at most ${MAX_GRANT_DAYS} days ahead.`,
        { field: 'expiresAt' },
      );
    expiresAt = args.expiresAt;
  } else if (args.expiresAt) {
    throw badInput('A rejection takes no expiresAt.', { field: 'expiresAt' });
  }
  const status: SharingStatus = args.approve ? 'APPROVED' : 'REJECTED';
  const changed = await changeAtVersion<SharingRequestDocument>(
    context.models.SharingRequest,
    request._id,
    request.version,
    {
      set: {
        status,
        decidedBy: viewer.userId,
        decidedAt: now,
        expiresAt,
        decisionNote: note,
      },
    },
    { log: context.log },
  );
  if (!changed)
    throw appError(
      ErrorCode.Conflict,
      `Sharing request ${request._id} was decided at the same time; reload it.`,
    );
  context.log.info(
    { requestId: request._id, datasetId: entry.id, status, expiresAt },
    'dataset sharing request decided',
  );
  return changed;
}

/** Lists requests the viewer's department made or owns, newest first. */
export async function listSharingRequests(
  context: DataContext,
  status: SharingStatus | null | undefined,
  page: OffsetPageArguments = {},
): Promise<SharingRequestDocument[]> {
  const viewer = authorizeViewer(
    context.viewer,
    POLICY['Query.sharingRequests'],
  );
  const { skip, limit } = offsetPageWindow(page);
  const filter: Record<string, unknown> = status ? { status } : {};
  const department = viewer.departmentCode;
  if (department) {
    const owned = CATALOGUE.filter(
      (entry) => entry.ownerDepartmentCode === department,
    ).map((entry) => entry.id);
    filter.$or = [
      { requestingDepartmentCode: department },
      { datasetId: { $in: owned } },
    ];
  } else if (!hasRole(viewer, Role.Admin, Role.Supervisor, Role.System)) {
    throw forbidden(
      'Listing sharing requests needs a department, or the role ADMIN or SUPERVISOR.',
    );
  }
  return context.models.SharingRequest.find(filter)
    .sort({ requestedAt: -1, _id: 1 })
    .skip(skip)
    .limit(limit)
    .lean<SharingRequestDocument[]>();
}

export function isActive(request: SharingRequestDocument, now: Date): boolean {
  return (
    request.status === 'APPROVED' &&
    !!request.expiresAt &&
    request.expiresAt.getTime() > now.getTime()
  );
}
