import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  callSubgraph,
  checkItemCode,
  DEPARTMENTS,
  ErrorCode,
  forbidden,
  inJurisdiction,
  isDuplicateKeyError,
  notFound,
  type Logger,
  subgraphUrl,
  type Viewer,
} from '@ykb/common';
import { now } from './clock.js';
import type {
  IntermediaryModels,
  IntermediaryServiceDocument,
  ServiceChangeDocument,
} from './model.js';
import { insertCompanion, removeCompanion } from './companion.js';
import { serviceId } from './serviceCatalogue.js';
import { checkCount, checkText } from './text.js';

/**
 * The intermediary service list (3.7.2): industry authorities' item
 * administrators keep it, coded and city-wide; publication, every change of a
 * published entry after a policy change, and withdrawal are published with
 * their reason as the entry's change history.
 */

const CODE_PATTERN = /^[A-Z0-9]{2,20}$/;

/** City-wide list: the editor's jurisdiction must cover the whole city and the entry's department. */
function requireEditorOf(viewer: Viewer, departmentCode: string) {
  if (!inJurisdiction(viewer, { divisionCode: '50', departmentCode }))
    throw forbidden(
      'The intermediary service list is kept by city-level administrators of the industry authority.',
    );
}

/**
 * Checks the linked approval items: implementation codes that the items
 * subgraph knows, asked in one request. BAD_USER_INPUT lists the unknown
 * ones; UPSTREAM_FAILED when the items subgraph cannot be reached.
 */
async function checkItemIds(raw: readonly string[]): Promise<string[]> {
  const ids = [...new Set(checkCount(raw, 'itemIds', 0, 50))];
  for (const id of ids)
    if (!checkItemCode(id).valid)
      throw badInput(`${id} is not an item implementation code.`, {
        field: 'itemIds',
        id,
      });
  if (ids.length === 0) return ids;
  const query = `query(${ids.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${ids
    .map((_, i) => `i${i}: item(id: $i${i}) { id }`)
    .join(' ')} }`;
  const found = await callSubgraph<Record<string, { id: string } | null>>(
    subgraphUrl('items'),
    'intermediaries',
    query,
    Object.fromEntries(ids.map((id, i) => [`i${i}`, id])),
  );
  const unknown = ids.filter((_, i) => !found[`i${i}`]);
  if (unknown.length > 0)
    throw badInput(
      `The items catalogue has no item ${unknown.join(', ')}; link existing approval items.`,
      { field: 'itemIds', unknown },
    );
  return ids;
}

export async function createService(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  input: {
    code: string;
    name: string;
    description: string;
    departmentCode: string;
    itemIds: string[];
  },
): Promise<IntermediaryServiceDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.createIntermediaryService'],
  );
  const code = input.code.trim().toUpperCase();
  if (!CODE_PATTERN.test(code))
    throw badInput('code must be 2 to 20 capital letters and digits.', {
      field: 'code',
    });
  if (!DEPARTMENTS.some((d) => d.code === input.departmentCode))
    throw badInput(`Unknown department ${input.departmentCode}.`, {
      field: 'departmentCode',
    });
  requireEditorOf(viewer, input.departmentCode);
  const service: IntermediaryServiceDocument = {
    _id: serviceId(code),
    code,
    name: checkText(input.name, 'name', 2, 60),
    description: checkText(input.description, 'description', 10, 1000),
    departmentCode: input.departmentCode,
    status: 'DRAFT',
    itemIds: await checkItemIds(input.itemIds),
    version: 0,
  };
  try {
    await models.IntermediaryService.create(service);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw appError(
      ErrorCode.Conflict,
      `The service code ${code} is already in the list.`,
      { field: 'code' },
    );
  }
  return service;
}

/**
 * Records a published change, then applies it at the expected version. The
 * change record comes first, so a published entry never lacks its history.
 * When another change took the version, the record is removed again.
 */
async function publishChange(
  models: IntermediaryModels,
  service: IntermediaryServiceDocument,
  expectedVersion: number,
  set: Partial<IntermediaryServiceDocument>,
  kind: ServiceChangeDocument['kind'] | null,
  reason: string,
  by: string,
  log: Logger,
): Promise<IntermediaryServiceDocument> {
  if (service.version !== expectedVersion)
    throw appError(
      ErrorCode.Conflict,
      `Service ${service._id} changed since you read it; reload it.`,
      { id: service._id },
    );
  const after = { ...service, ...set };
  const record: ServiceChangeDocument | null = kind
    ? {
        _id: `${service._id}:${expectedVersion + 1}`,
        serviceId: service._id,
        version: expectedVersion + 1,
        kind,
        reason,
        name: after.name,
        description: after.description,
        itemIds: after.itemIds ?? [],
        publishedAt: now(),
        by,
        claimedAt: new Date(),
      }
    : null;
  if (record) await insertCompanion(models.ServiceChange, record);
  const updated = await changeAtVersion<IntermediaryServiceDocument>(
    models.IntermediaryService,
    service._id,
    expectedVersion,
    { set },
    { log },
  );
  if (!updated) {
    if (record) await removeCompanion(models.ServiceChange, record);
    throw appError(
      ErrorCode.Conflict,
      `Service ${service._id} changed at the same time; reload it.`,
      { id: service._id },
    );
  }
  return updated;
}

async function loadForEdit(
  models: IntermediaryModels,
  viewer: Viewer,
  id: string,
) {
  const service =
    await models.IntermediaryService.findById(
      id,
    ).lean<IntermediaryServiceDocument>();
  if (!service) throw notFound('Intermediary service', id);
  requireEditorOf(viewer, service.departmentCode);
  return service;
}

export async function publishService(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  rawReason: string,
  log: Logger,
) {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.publishIntermediaryService'],
  );
  const reason = checkText(rawReason, 'reason', 2, 500);
  const service = await loadForEdit(models, viewer, id);
  if (service.status !== 'DRAFT')
    throw appError(
      ErrorCode.InvalidState,
      `The service is ${service.status}; only a DRAFT is published.`,
      { state: service.status },
    );
  return publishChange(
    models,
    service,
    expectedVersion,
    { status: 'PUBLISHED' },
    'PUBLISHED',
    reason,
    viewer.userId,
    log,
  );
}

export async function changeService(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  input: {
    name?: string | null;
    description?: string | null;
    itemIds?: string[] | null;
  },
  rawReason: string,
  log: Logger,
) {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.changeIntermediaryService'],
  );
  const reason = checkText(rawReason, 'reason', 2, 500);
  const service = await loadForEdit(models, viewer, id);
  if (service.status === 'WITHDRAWN')
    throw appError(
      ErrorCode.InvalidState,
      'A withdrawn service is not changed; create a new entry.',
      { state: service.status },
    );
  const set: Partial<IntermediaryServiceDocument> = {};
  if (input.name != null) set.name = checkText(input.name, 'name', 2, 60);
  if (input.description != null)
    set.description = checkText(input.description, 'description', 10, 1000);
  if (input.itemIds != null) set.itemIds = await checkItemIds(input.itemIds);
  if (Object.keys(set).length === 0)
    throw badInput('The change changes nothing.', { field: 'input' });
  return publishChange(
    models,
    service,
    expectedVersion,
    set,
    service.status === 'PUBLISHED' ? 'CHANGED' : null,
    reason,
    viewer.userId,
    log,
  );
}

export async function withdrawService(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  expectedVersion: number,
  rawReason: string,
  log: Logger,
) {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.withdrawIntermediaryService'],
  );
  const reason = checkText(rawReason, 'reason', 2, 500);
  const service = await loadForEdit(models, viewer, id);
  if (service.status !== 'PUBLISHED')
    throw appError(
      ErrorCode.InvalidState,
      `The service is ${service.status}; only a PUBLISHED one is withdrawn.`,
      { state: service.status },
    );
  return publishChange(
    models,
    service,
    expectedVersion,
    { status: 'WITHDRAWN' },
    'WITHDRAWN',
    reason,
    viewer.userId,
    log,
  );
}
