import { Types } from 'mongoose';
import {
  appError, badInput, ErrorCode, forbidden, hasRole, inJurisdiction, isDivisionCode,
  isIdempotencyKey, isWithinDivision, notFound, requireRole, requireViewer, Role, type Viewer,
} from '@ykb/common';
import { insertNumberedCase } from './caseNumber.js';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import { findItem, type CatalogueItem } from './itemClient.js';
import type { CaseDocument, CaseMaterial } from './model.js';
import { validateFormData } from './validateFormData.js';

type SubjectType = 'NATURAL_PERSON' | 'LEGAL_PERSON';

export interface SubmitApplicationInput {
  itemId: string;
  divisionCode: string;
  formData: Record<string, unknown>;
  materials: { code: string; fileId: string }[];
  applicantUserId?: string | null;
  applicantSubjectType?: SubjectType | null;
  idempotencyKey: string;
}

const MAX_MATERIALS = 50;

/** The applicant: the viewer applying for themselves, or the person a clerk files for. */
interface Applicant {
  userId: string;
  subjectType: SubjectType;
  onBehalf: boolean;
}

function resolveApplicant(viewer: Viewer, input: SubmitApplicationInput): Applicant {
  const onBehalf = !!input.applicantUserId && input.applicantUserId !== viewer.userId;
  if (onBehalf) {
    requireRole(viewer, Role.Clerk);
    if (input.applicantUserId!.length > 100) throw badInput('applicantUserId is longer than 100 characters.', { field: 'applicantUserId' });
    // NOTE: the applicant's kind is taken from the clerk's input, not checked against the identity subgraph.
    return { userId: input.applicantUserId!, subjectType: input.applicantSubjectType ?? 'NATURAL_PERSON', onBehalf };
  }
  if (hasRole(viewer, Role.Citizen)) return { userId: viewer.userId, subjectType: 'NATURAL_PERSON', onBehalf };
  if (hasRole(viewer, Role.LegalPerson)) return { userId: viewer.userId, subjectType: 'LEGAL_PERSON', onBehalf };
  if (hasRole(viewer, Role.Clerk)) throw forbidden('A clerk files applications on behalf of an applicant: set applicantUserId.');
  throw forbidden('Only citizens, legal persons, or clerks on their behalf submit applications.');
}

function checkDivision(viewer: Viewer, applicant: Applicant, item: CatalogueItem, divisionCode: string): void {
  if (!isDivisionCode(divisionCode) || !divisionCode.startsWith('50')) {
    throw badInput(`divisionCode ${divisionCode} is not a Chongqing division code (2, 4, 6, 9 or 12 digits starting with 50).`, { field: 'divisionCode' });
  }
  if (!isWithinDivision(item.divisionCode, divisionCode)) {
    throw badInput(`Item ${item.id} is handled in division ${item.divisionCode}, which does not contain ${divisionCode}.`, { field: 'divisionCode' });
  }
  if (applicant.onBehalf && !inJurisdiction(viewer, { divisionCode })) {
    throw forbidden(`Division ${divisionCode} lies outside your jurisdiction, so you cannot file there.`);
  }
}

async function checkMaterials(ctx: CasesContext, item: CatalogueItem, applicant: Applicant, viewer: Viewer, attached: SubmitApplicationInput['materials']): Promise<CaseMaterial[]> {
  if (attached.length > MAX_MATERIALS) throw badInput(`At most ${MAX_MATERIALS} materials may be attached.`, { field: 'materials' });
  const specs = new Map(item.materials.map((m) => [m.code, m]));
  for (const material of attached) {
    if (!specs.has(material.code)) {
      throw badInput(`Material code ${material.code} is not listed for item ${item.id}.`, { field: 'materials', materialCode: material.code });
    }
  }
  for (const spec of item.materials) {
    if (spec.required && !attached.some((m) => m.code === spec.code)) {
      throw appError(ErrorCode.MissingMaterial, `Required material ${spec.code} (${spec.name}) is missing.`, { materialCode: spec.code });
    }
  }

  const files = await Promise.all(attached.map((m) => ctx.fileById.load(m.fileId)));
  const owners = new Set([applicant.userId, viewer.userId]);
  return attached.map((material, i) => {
    const file = files[i];
    if (!file || !owners.has(file.ownerUserId)) {
      throw appError(ErrorCode.MissingMaterial, `File ${material.fileId} for material ${material.code} was not found among the applicant's uploads.`, { materialCode: material.code, fileId: material.fileId });
    }
    return { code: material.code, name: specs.get(material.code)!.name, fileId: file.id, fileName: file.fileName, sha256: file.sha256 };
  });
}

/** Reads the applicant's name and ID number: from the token when applying for oneself, from the form when a clerk files. */
function applicantIdentity(viewer: Viewer, applicant: Applicant, item: CatalogueItem, formData: Record<string, unknown>): { name: string; idNumber: string | null } {
  const idField = item.formFields.find((f) => f.key === 'applicantIdCard' && f.type === 'ID_CARD') ?? item.formFields.find((f) => f.type === 'ID_CARD');
  const idNumber = idField && typeof formData[idField.key] === 'string' ? (formData[idField.key] as string) : null;
  if (!applicant.onBehalf) return { name: viewer.name, idNumber };
  const name = formData.applicantName ?? formData.entityName;
  if (typeof name !== 'string') {
    throw appError(ErrorCode.InvalidFormData, 'A clerk filing on behalf of an applicant must fill applicantName or entityName.', { field: 'applicantName', reason: 'REQUIRED' });
  }
  return { name, idNumber };
}

/**
 * Validates and records an application. Nothing is written unless every
 * check passes; a retry with the same idempotency key returns the first case.
 */
export async function submitApplication(ctx: CasesContext, input: SubmitApplicationInput): Promise<CaseDocument> {
  const viewer = requireViewer(ctx.viewer);
  const applicant = resolveApplicant(viewer, input);
  if (!isIdempotencyKey(input.idempotencyKey)) {
    throw badInput('idempotencyKey must be 8 to 100 characters from A-Z, a-z, 0-9, _ and -.', { field: 'idempotencyKey' });
  }
  const findFirst = () => ctx.models.Case.findOne({ submittedBy: viewer.userId, idempotencyKey: input.idempotencyKey }).lean<CaseDocument>();
  const replay = await findFirst();
  if (replay) return checkReplay(replay, input);

  const item = await findItem(input.itemId, ctx.requestId);
  if (!item) throw notFound('Item', input.itemId);
  if (!item.subjectTypes.includes(applicant.subjectType)) {
    throw forbidden(`Item ${item.id} accepts applications from ${item.subjectTypes.join(' and ')} only, not ${applicant.subjectType}.`);
  }
  checkDivision(viewer, applicant, item, input.divisionCode);
  const submittedAt = now();
  const formData = validateFormData(input.formData, item.formFields, submittedAt);
  const materials = await checkMaterials(ctx, item, applicant, viewer, input.materials);
  const identity = applicantIdentity(viewer, applicant, item, formData);

  const build = (caseNumber: string): CaseDocument => ({
    _id: new Types.ObjectId().toHexString(),
    caseNumber,
    itemId: item.id,
    itemName: item.name,
    itemVersion: item.version,
    licenceTypeCode: item.licenceTypeCode,
    statutoryLimitDays: item.statutoryLimitDays,
    promisedLimitDays: item.promisedLimitDays,
    applicantUserId: applicant.userId,
    applicantName: identity.name,
    applicantIdNumber: identity.idNumber,
    submittedBy: viewer.userId,
    idempotencyKey: input.idempotencyKey,
    divisionCode: input.divisionCode,
    departmentCode: item.departmentCode,
    formData,
    materials,
    status: 'SUBMITTED',
    history: [{ action: 'SUBMITTED', actorUserId: viewer.userId, actorName: viewer.name, at: submittedAt, opinion: null }],
    hallId: null,
    submittedAt,
    acceptedAt: null,
    decidedAt: null,
    completedAt: null,
    deadline: null,
    statutoryDeadline: null,
    decisionTimeliness: null,
    licenceId: null,
    licenceIssue: { state: 'NONE', attempts: 0, lastError: null, nextAttemptAt: null },
    version: 1,
  });

  const { record, replayed } = await insertNumberedCase(ctx.models, input.divisionCode, submittedAt, build, findFirst);
  if (replayed) return checkReplay(record, input);
  ctx.log.info({ caseId: record._id, caseNumber: record.caseNumber, itemId: item.id }, 'application submitted');
  return record;
}

/** Returns the first case for a reused key, unless the key now names a different application. */
function checkReplay(record: CaseDocument, input: SubmitApplicationInput): CaseDocument {
  if (record.itemId !== input.itemId || record.divisionCode !== input.divisionCode) {
    throw appError(ErrorCode.Conflict, `idempotencyKey ${input.idempotencyKey} was already used for case ${record.caseNumber} of another item or division; use a new key for a new application.`, { caseId: record._id });
  }
  return record;
}
