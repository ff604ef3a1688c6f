import { Types } from 'mongoose';
import {
  ACCESS_POLICY,
  APPLICANT_ROLES,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  forbidden,
  hasRole,
  inJurisdiction,
  INTAKE_ROLES,
  isDivisionCode,
  isIdempotencyKey,
  isWithinDivision,
  notFound,
  requireRole,
  type Viewer,
} from '@ykb/common';
import {
  isAgentViewer,
  useAgentGrant,
  type AgentViewer,
} from './agentAccess.js';
import { insertNumberedCase } from './caseNumber.js';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import { findIdentityUser, isKnownDivision } from './identityClient.js';
import { findItem, type CatalogueItem } from './itemClient.js';
import type { CaseDocument, CaseMaterial } from './model.js';
import { hashSubmission, reusedKey, storeOnce } from './submissionClaim.js';
import { validateFormData } from '@ykb/common';
import { findLicence } from './licenceClient.js';
import { workflowFor } from './workflow.js';

type SubjectType = 'NATURAL_PERSON' | 'LEGAL_PERSON';

export interface SubmitApplicationInput {
  itemId: string;
  divisionCode: string;
  formData: Record<string, unknown>;
  materials: MaterialInput[];
  applicantUserId?: string | null;
  applicantSubjectType?: SubjectType | null;
  idempotencyKey: string;
  /** Files on someone's behalf even when checkDuplicate finds an open case. */
  allowDuplicate?: boolean | null;
}

const MAX_MATERIALS = 50;

/** Form field that carries the applicant's own ID-card number in item forms. */
const APPLICANT_ID_CARD_FIELD = 'applicantIdCard';
/** Form field that carries the applicant's own name in item forms. */
const APPLICANT_NAME_FIELD = 'applicantName';

/** Applicant before the identity subgraph confirms it: the viewer, the user a clerk files for, or the legal person an agent acts for. */
interface ApplicantRef {
  userId: string;
  onBehalf: boolean;
  /** The viewer is an agent acting for the applicant, a legal person. */
  agent?: AgentViewer;
}

/** The applicant as registered in the identity subgraph. */
interface Applicant extends ApplicantRef {
  subjectType: SubjectType;
  name: string;
  /** ID-card number of a natural person, unified social credit code of a legal person. */
  idNumber: string | null;
}

function applicantRef(
  viewer: Viewer,
  input: SubmitApplicationInput,
): ApplicantRef {
  if (isAgentViewer(viewer)) {
    if (input.applicantUserId && input.applicantUserId !== viewer.onBehalfOf)
      throw forbidden(
        `You act for legal person ${viewer.onBehalfOf} and may apply for it only.`,
      );
    return { userId: viewer.onBehalfOf, onBehalf: false, agent: viewer };
  }
  const onBehalf =
    !!input.applicantUserId && input.applicantUserId !== viewer.userId;
  if (onBehalf) {
    requireRole(viewer, ...INTAKE_ROLES);
    if (input.applicantUserId!.length > 100)
      throw badInput('applicantUserId is longer than 100 characters.', {
        field: 'applicantUserId',
      });
    return { userId: input.applicantUserId!, onBehalf };
  }
  if (hasRole(viewer, ...APPLICANT_ROLES))
    return { userId: viewer.userId, onBehalf };
  if (hasRole(viewer, ...INTAKE_ROLES))
    throw forbidden(
      'Clerks and window staff file applications on behalf of an applicant: set applicantUserId.',
    );
  throw forbidden(
    'Only citizens, legal persons, or clerks and window staff on their behalf submit applications.',
  );
}

/**
 * Looks the applicant up in the identity subgraph and checks that a natural
 * or legal person applies and, for a clerk filing, that the applicant is
 * registered in the clerk's jurisdiction.
 */
async function verifyApplicant(
  ctx: CasesContext,
  viewer: Viewer,
  ref: ApplicantRef,
  input: SubmitApplicationInput,
): Promise<Applicant> {
  const user = await findIdentityUser(ref.userId, ctx.requestId);
  if (!user) throw notFound('User', ref.userId);
  if (user.kind === 'STAFF') {
    if (!ref.onBehalf)
      throw forbidden(
        'Staff members cannot apply for themselves; only natural and legal persons are applicants.',
      );
    throw badInput(
      `User ${user.id} is a staff member; applications are filed for natural or legal persons only.`,
      { field: 'applicantUserId' },
    );
  }

  const subjectType: SubjectType =
    user.kind === 'PERSON' ? 'NATURAL_PERSON' : 'LEGAL_PERSON';
  if (ref.agent && subjectType !== 'LEGAL_PERSON')
    throw forbidden(
      `User ${user.id} is not a legal person, so no agent applies for them.`,
    );
  if (
    input.applicantSubjectType &&
    input.applicantSubjectType !== subjectType
  ) {
    throw badInput(
      `applicantSubjectType ${input.applicantSubjectType} does not match user ${user.id}, who is registered as ${subjectType}.`,
      { field: 'applicantSubjectType' },
    );
  }
  if (
    ref.onBehalf &&
    !(
      user.divisionCode &&
      inJurisdiction(viewer, { divisionCode: user.divisionCode })
    )
  ) {
    throw forbidden(
      `Applicant ${user.id} is registered outside your jurisdiction, so you cannot file for them.`,
    );
  }

  const idNumber =
    subjectType === 'NATURAL_PERSON' ? user.idCardNumber : user.creditCode;
  return { ...ref, subjectType, name: user.name, idNumber };
}

async function checkDivision(
  ctx: CasesContext,
  viewer: Viewer,
  applicant: Applicant,
  item: CatalogueItem,
  divisionCode: string,
): Promise<void> {
  if (!isDivisionCode(divisionCode) || !divisionCode.startsWith('50')) {
    throw badInput(
      `divisionCode ${divisionCode} is not a Chongqing division code (2, 4, 6, 9 or 12 digits starting with 50).`,
      { field: 'divisionCode' },
    );
  }
  if (!isWithinDivision(item.divisionCode, divisionCode)) {
    throw badInput(
      `Item ${item.id} is handled in division ${item.divisionCode}, which does not contain ${divisionCode}.`,
      { field: 'divisionCode' },
    );
  }
  if (applicant.onBehalf && !inJurisdiction(viewer, { divisionCode })) {
    throw forbidden(
      `Division ${divisionCode} lies outside your jurisdiction, so you cannot file there.`,
    );
  }
  if (!(await isKnownDivision(divisionCode, ctx.requestId))) {
    throw badInput(
      `divisionCode ${divisionCode} is not in the division table of Chongqing; choose an existing division.`,
      { field: 'divisionCode' },
    );
  }
}

/**
 * Rejects form data whose applicant ID-card number or name differs from
 * the one registered for a natural-person applicant, because both end up
 * on the licence's face data.
 */
function checkApplicantIdCard(
  applicant: Applicant,
  item: CatalogueItem,
  formData: Record<string, unknown>,
): void {
  if (applicant.subjectType !== 'NATURAL_PERSON') return;
  const field = item.formFields.find(
    (f) => f.key === APPLICANT_ID_CARD_FIELD && f.type === 'ID_CARD',
  );
  const value = field ? formData[field.key] : undefined;
  if (typeof value === 'string' && value !== applicant.idNumber) {
    throw appError(
      ErrorCode.InvalidFormData,
      `${APPLICANT_ID_CARD_FIELD} does not match the ID-card number registered for applicant ${applicant.userId}; enter the applicant's own ID-card number.`,
      { field: APPLICANT_ID_CARD_FIELD, reason: 'APPLICANT_MISMATCH' },
    );
  }
  const typedName = formData[APPLICANT_NAME_FIELD];
  if (
    item.formFields.some((f) => f.key === APPLICANT_NAME_FIELD) &&
    typeof typedName === 'string' &&
    typedName !== applicant.name
  ) {
    throw appError(
      ErrorCode.InvalidFormData,
      `${APPLICANT_NAME_FIELD} does not match the name registered for applicant ${applicant.userId}; enter the applicant's own name.`,
      { field: APPLICANT_NAME_FIELD, reason: 'APPLICANT_MISMATCH' },
    );
  }
}

/** A material as attached to an application or a correction: an uploaded file, or a licence with consent. */
export interface MaterialInput {
  code: string;
  fileId?: string | null;
  licenceId?: string | null;
  consent?: boolean | null;
}

/**
 * Checks attached materials against the item's list and resolves them. An
 * upload must be the applicant's or the filing viewer's file. A licence
 * (免提交) is fetched only with consent, and it must be valid, held by the
 * applicant and of the licence type the material names. `requireAll` demands every
 * required material of the item.
 */
export async function resolveMaterials(
  ctx: CasesContext,
  item: Pick<CatalogueItem, 'id' | 'materials'>,
  applicantUserId: string,
  viewer: Viewer,
  attached: readonly MaterialInput[],
  requireAll: boolean,
): Promise<CaseMaterial[]> {
  if (attached.length > MAX_MATERIALS)
    throw badInput(`At most ${MAX_MATERIALS} materials may be attached.`, {
      field: 'materials',
    });
  const specs = new Map(item.materials.map((m) => [m.code, m]));
  for (const material of attached) {
    if (!specs.has(material.code)) {
      throw badInput(
        `Material code ${material.code} is not listed for item ${item.id}.`,
        { field: 'materials', materialCode: material.code },
      );
    }
    if (!!material.fileId === !!material.licenceId)
      throw badInput(
        `Material ${material.code} needs either fileId or licenceId.`,
        { field: 'materials', materialCode: material.code },
      );
    if (material.licenceId && material.consent !== true)
      throw badInput(
        `Material ${material.code} names a licence; set consent to true to let it be fetched.`,
        {
          field: 'materials',
          materialCode: material.code,
          reason: 'CONSENT_REQUIRED',
        },
      );
  }
  if (requireAll)
    for (const spec of item.materials) {
      if (spec.required && !attached.some((m) => m.code === spec.code)) {
        throw appError(
          ErrorCode.MissingMaterial,
          `Required material ${spec.code} (${spec.name}) is missing.`,
          { materialCode: spec.code },
        );
      }
    }

  const [files, licences] = await Promise.all([
    Promise.all(
      attached.map((m) => (m.fileId ? ctx.fileById.load(m.fileId) : null)),
    ),
    Promise.all(
      attached.map((m) =>
        m.licenceId ? findLicence(m.licenceId, ctx.requestId) : null,
      ),
    ),
  ]);
  const owners = new Set([applicantUserId, viewer.userId]);
  return attached.map((material, i) => {
    const spec = specs.get(material.code)!;
    if (material.licenceId) {
      const licence = licences[i];
      if (
        !licence ||
        licence.holder.id !== applicantUserId ||
        licence.status !== 'VALID' ||
        !spec.licenceTypeCode ||
        licence.type.code !== spec.licenceTypeCode
      )
        throw appError(
          ErrorCode.MissingMaterial,
          `Licence ${material.licenceId} cannot replace material ${material.code}: it must be a valid licence of the applicant of the type the material names.`,
          { materialCode: material.code, licenceId: material.licenceId },
        );
      return {
        code: material.code,
        name: spec.name,
        fileId: null,
        fileName: null,
        sha256: null,
        licenceId: licence.id,
        licenceIdentifier: licence.identifier,
      };
    }
    const file = files[i];
    if (!file || !owners.has(file.ownerUserId)) {
      throw appError(
        ErrorCode.MissingMaterial,
        `File ${material.fileId} for material ${material.code} was not found among the applicant's uploads.`,
        { materialCode: material.code, fileId: material.fileId },
      );
    }
    return {
      code: material.code,
      name: spec.name,
      fileId: file.id,
      fileName: file.fileName,
      sha256: file.sha256,
      licenceId: null,
      licenceIdentifier: null,
    };
  });
}

/**
 * Returns the code of the material that names the licence type the item
 * issues: an item that takes the licence it issues changes that licence
 * (变更登记) rather than issuing another one.
 */
export function changedLicenceMaterial(
  item: Pick<CatalogueItem, 'licenceTypeCode' | 'materials'>,
): string | null {
  if (!item.licenceTypeCode) return null;
  return (
    item.materials.find((m) => m.licenceTypeCode === item.licenceTypeCode)
      ?.code ?? null
  );
}

/**
 * Rejects a filing on someone's behalf when the applicant already has an
 * open case of the item that another clerk or window staff member filed for
 * them: two service points that took in the same application offline meet
 * here when they sync. Applicants' own applications do not count, and the
 * filer's own retries never get here, because they find their first case by
 * idempotency key.
 */
async function checkDuplicate(
  ctx: CasesContext,
  viewer: Viewer,
  applicant: Applicant,
  item: CatalogueItem,
): Promise<void> {
  const open = await ctx.models.Case.findOne({
    applicantUserId: applicant.userId,
    itemId: item.id,
    status: { $in: ['SUBMITTED', 'ACCEPTED'] },
    submittedBy: { $nin: [viewer.userId, applicant.userId] },
  }).lean<CaseDocument>();
  if (!open) return;
  throw appError(
    ErrorCode.DuplicateApplication,
    `Applicant ${applicant.userId} already has open case ${open.caseNumber} of item ${item.id}, filed by another user; check it, then file with allowDuplicate if this application is a different one.`,
    {
      caseNumber: open.caseNumber,
      submittedAt: new Date(open.submittedAt).toISOString(),
    },
  );
}

/**
 * Validates and records an application. Nothing is written unless every
 * check passes. A retry with the same idempotency key and request returns
 * the first case, and the key's concurrent requests draw one case number.
 */
export async function submitApplication(
  ctx: CasesContext,
  input: SubmitApplicationInput,
): Promise<CaseDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.submitApplication'],
  );
  const ref = applicantRef(viewer, input);
  if (!isIdempotencyKey(input.idempotencyKey)) {
    throw badInput(
      'idempotencyKey must be 8 to 100 characters from A-Z, a-z, 0-9, _ and -.',
      { field: 'idempotencyKey' },
    );
  }
  const requestHash = hashSubmission({
    applicantUserId: ref.userId,
    itemId: input.itemId,
    divisionCode: input.divisionCode,
    formData: input.formData,
    materials: input.materials,
  });
  const replay = (record: CaseDocument) =>
    checkReplay(record, input, requestHash);
  const findFirst = () =>
    ctx.models.Case.findOne({
      submittedBy: viewer.userId,
      idempotencyKey: input.idempotencyKey,
    }).lean<CaseDocument>();
  // Every submission by an agent, a retried one included, is checked against the grant and recorded.
  if (ref.agent)
    await useAgentGrant(ctx, ref.agent, input.itemId, 'submitApplication');
  const earlier = await findFirst();
  if (earlier) return agentReadable(ctx, ref, replay(earlier));

  // A new application binds the version in force now, never a cached older one.
  const [item, applicant] = await Promise.all([
    findItem(input.itemId, ctx.requestId, { fresh: true }),
    verifyApplicant(ctx, viewer, ref, input),
  ]);
  if (!item) throw notFound('Item', input.itemId);
  if (item.status !== 'PUBLISHED') {
    throw appError(
      ErrorCode.InvalidState,
      `Item ${item.id} is ${item.status.toLowerCase()} and accepts no new applications; choose a published item.`,
      { field: 'itemId' },
    );
  }
  if (!item.subjectTypes.includes(applicant.subjectType)) {
    throw forbidden(
      `Item ${item.id} accepts applications from ${item.subjectTypes.join(' and ')} only, not ${applicant.subjectType}.`,
    );
  }
  await checkDivision(ctx, viewer, applicant, item, input.divisionCode);
  const submittedAt = now();
  const formData = validateFormData(
    input.formData,
    item.formFields,
    submittedAt,
  );
  checkApplicantIdCard(applicant, item, formData);
  const materials = await resolveMaterials(
    ctx,
    item,
    applicant.userId,
    viewer,
    input.materials,
    true,
  );
  const workflow = await workflowFor(ctx.models, item);
  // An item set to a departmental system this deployment has no endpoint for is handled in the platform.
  const departmentSystem =
    workflow.handledBy === 'DEPARTMENT_SYSTEM' &&
    ctx.departmentEndpoints.some(
      (e) => e.systemId === workflow.departmentSystemId,
    )
      ? workflow.departmentSystemId
      : null;
  if (workflow.handledBy === 'DEPARTMENT_SYSTEM' && !departmentSystem)
    ctx.log.warn(
      { itemId: item.id, systemId: workflow.departmentSystemId },
      'no endpoint for the departmental system of the item; the case is handled in the platform',
    );
  if (applicant.onBehalf && input.allowDuplicate !== true)
    await checkDuplicate(ctx, viewer, applicant, item);

  const build = (caseNumber: string): CaseDocument => ({
    _id: new Types.ObjectId().toHexString(),
    caseNumber,
    itemId: item.id,
    itemName: item.name,
    itemNameEn: item.nameEn,
    itemVersion: item.version,
    licenceTypeCode: item.licenceTypeCode,
    changesLicenceMaterial: changedLicenceMaterial(item),
    statutoryLimitDays: item.statutoryLimitDays,
    promisedLimitDays: item.promisedLimitDays,
    applicantUserId: applicant.userId,
    applicantName: applicant.name,
    applicantIdNumber: applicant.idNumber,
    applicantSubjectType: applicant.subjectType,
    submittedBy: viewer.userId,
    agentUserId: ref.agent ? viewer.userId : null,
    agentGrantId: ref.agent ? ref.agent.grantId : null,
    idempotencyKey: input.idempotencyKey,
    requestHash,
    divisionCode: input.divisionCode,
    departmentCode: item.departmentCode,
    handlingDivisionCode: item.divisionCode,
    formData,
    materials,
    status: 'SUBMITTED',
    history: [
      {
        action: 'SUBMITTED',
        actorUserId: viewer.userId,
        actorName: viewer.name,
        at: submittedAt,
        opinion: null,
      },
    ],
    hallId: null,
    submittedAt,
    acceptedAt: null,
    decidedAt: null,
    completedAt: null,
    deadline: null,
    statutoryDeadline: null,
    decisionTimeliness: null,
    licenceId: null,
    licenceIssue: {
      state: 'NONE',
      attempts: 0,
      lastError: null,
      nextAttemptAt: null,
    },
    steps: workflow.steps,
    decisionRole: workflow.decisionRole,
    handledBy: departmentSystem ? 'DEPARTMENT_SYSTEM' : 'PLATFORM',
    departmentSystemId: departmentSystem,
    fees: item.fees.map((fee) => ({
      name: fee.name,
      amountFen: fee.amountFen,
    })),
    pauses: [],
    correctionNotices: [],
    documents: [],
    departmentPush: null,
    deliveryWindowRequest: null,
    departmentUpdateIds: [],
    deliveryMethod: null,
    version: 1,
  });

  let inserted = false;
  const record = await storeOnce({
    models: ctx.models,
    key: {
      submittedBy: viewer.userId,
      idempotencyKey: input.idempotencyKey,
      requestHash,
    },
    log: ctx.log,
    findCase: findFirst,
    insertCase: async () => {
      const result = await insertNumberedCase(
        ctx.models,
        item.id,
        submittedAt,
        build,
        findFirst,
      );
      inserted = !result.replayed;
      return result;
    },
    replay,
  });
  if (inserted)
    ctx.log.info(
      { caseId: record._id, caseNumber: record.caseNumber, itemId: item.id },
      'application submitted',
    );
  return agentReadable(ctx, ref, record);
}

/** Lets an agent read the personal data of the case it just filed or replayed. */
function agentReadable(
  ctx: CasesContext,
  ref: ApplicantRef,
  record: CaseDocument,
): CaseDocument {
  if (ref.agent) ctx.agentReadableCases.add(record._id);
  return record;
}

/**
 * Returns the first case for a reused key, unless the key now names a
 * different request. Cases stored without a request hash are compared by
 * item and division only.
 */
function checkReplay(
  record: CaseDocument,
  input: SubmitApplicationInput,
  requestHash: string,
): CaseDocument {
  const same = record.requestHash
    ? record.requestHash === requestHash
    : record.itemId === input.itemId &&
      record.divisionCode === input.divisionCode;
  if (!same) throw reusedKey(input.idempotencyKey);
  return record;
}
