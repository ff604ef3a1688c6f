import { validateFormData } from '@ykb/common';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  forbidden,
  hasRole,
  inJurisdiction,
  INTAKE_ROLES,
  notFound,
  type Viewer,
} from '@ykb/common';
import { isAgentViewer, useAgentGrant } from './agentAccess.js';
import { now } from './clock.js';
import type { CasesContext } from './context.js';
import type { CaseDocument, CaseMaterial } from './model.js';
import { resolveMaterials, type MaterialInput } from './submitApplication.js';
import {
  checkVersion,
  closePause,
  conflictError,
  invalidState,
  loadFiledForm,
  writeStep,
} from './transitions.js';

/** Checks that the viewer may submit corrections: the applicant, its agent, or intake staff with jurisdiction. */
async function checkCorrector(
  ctx: CasesContext,
  viewer: Viewer,
  record: CaseDocument,
): Promise<void> {
  if (isAgentViewer(viewer)) {
    if (record.applicantUserId !== viewer.onBehalfOf)
      throw forbidden(
        `Case ${record._id} is not an application of the legal person you act for.`,
      );
    await useAgentGrant(ctx, viewer, record.itemId, 'submitCorrection');
    ctx.agentReadableCases.add(record._id);
    return;
  }
  if (record.applicantUserId === viewer.userId) return;
  if (hasRole(viewer, ...INTAKE_ROLES) && inJurisdiction(viewer, record))
    return;
  throw forbidden(
    `Only the applicant, its agent, or intake staff with jurisdiction submit corrections for case ${record._id}.`,
  );
}

/**
 * Submits the corrections listed in the outstanding correction notice:
 * every listed material must be supplied again and every listed form field
 * sent. Supplied materials replace those with the same code, form fields are
 * merged into the form data and the whole form is checked again. The case
 * returns to the status it had when the notice was issued and, after
 * acceptance, the clock runs again with the deadline moved.
 */
export async function submitCorrection(
  ctx: CasesContext,
  id: string,
  materials: readonly MaterialInput[],
  formData: Record<string, unknown> | null | undefined,
  expectedVersion?: number | null,
): Promise<CaseDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.cases['Mutation.submitCorrection'],
  );
  const record = await ctx.models.Case.findById(id).lean<CaseDocument>();
  if (!record) throw notFound('Case', id);
  await checkCorrector(ctx, viewer, record);
  checkVersion(record, expectedVersion);
  if (record.status !== 'CORRECTION_REQUIRED')
    throw invalidState(record, 'CORRECTED', ['CORRECTION_REQUIRED']);
  const notices = record.correctionNotices ?? [];
  const index = notices.findIndex((notice) => !notice.resolvedAt);
  const notice = notices[index];
  if (!notice)
    throw appError(
      ErrorCode.InvalidState,
      `Case ${id} has no outstanding correction notice.`,
      { status: record.status },
    );
  const patch = formData ?? {};
  if (typeof patch !== 'object' || Array.isArray(patch))
    throw badInput('formData must be a JSON object.', { field: 'formData' });
  for (const item of notice.items) {
    if (
      item.materialCode &&
      !materials.some((m) => m.code === item.materialCode)
    )
      throw appError(
        ErrorCode.MissingMaterial,
        `The correction notice asks for material ${item.materialCode}; supply it again.`,
        { materialCode: item.materialCode },
      );
    if (item.fieldKey && !(item.fieldKey in patch))
      throw appError(
        ErrorCode.InvalidFormData,
        `The correction notice asks for form field ${item.fieldKey}; send its corrected value.`,
        { field: item.fieldKey },
      );
  }
  // Only what the notice lists may change: anything else on an accepted or
  // submitted case stays as the applicant filed it.
  const listedMaterials = new Set(
    notice.items.flatMap((item) =>
      item.materialCode ? [item.materialCode] : [],
    ),
  );
  const listedFields = new Set(
    notice.items.flatMap((item) => (item.fieldKey ? [item.fieldKey] : [])),
  );
  for (const material of materials)
    if (!listedMaterials.has(material.code))
      throw badInput(
        `The correction notice does not ask for material ${material.code}; send only the materials it lists.`,
        { field: 'materials', materialCode: material.code },
      );
  if (new Set(materials.map((m) => m.code)).size !== materials.length)
    throw badInput('Each material may be sent once.', { field: 'materials' });
  for (const field of Object.keys(patch))
    if (!listedFields.has(field))
      throw appError(
        ErrorCode.InvalidFormData,
        `The correction notice does not ask for form field ${field}; send only the fields it lists.`,
        { field, reason: 'NOT_IN_NOTICE' },
      );
  // The applicant's own ID-card number and name come from identity and cannot be corrected here.
  for (const [field, registered] of [
    ['applicantIdCard', record.applicantIdNumber],
    ['applicantName', record.applicantName],
  ] as const)
    if (
      record.applicantSubjectType === 'NATURAL_PERSON' &&
      field in patch &&
      patch[field] !== registered
    )
      throw appError(
        ErrorCode.InvalidFormData,
        `${field} must stay the applicant's registered value; it cannot be corrected.`,
        { field, reason: 'APPLICANT_MISMATCH' },
      );
  // The case is checked against the item version it was filed under, not a later one.
  const item = await loadFiledForm(ctx, record);
  const replaced = await resolveMaterials(
    ctx,
    item,
    record.applicantUserId,
    viewer,
    materials,
    false,
  );
  const codes = new Set(replaced.map((m) => m.code));
  const merged: CaseMaterial[] = [
    ...record.materials.filter((m) => !codes.has(m.code)),
    ...replaced,
  ];
  const at = now();
  const form = validateFormData(
    { ...record.formData, ...patch },
    item.formFields,
    at,
  );
  const updated = await writeStep(
    {
      models: ctx.models,
      documents: ctx.documents,
      outbox: ctx.outbox,
      rules: ctx.rules,
      log: ctx.log,
      requestId: ctx.requestId,
    },
    record,
    viewer,
    at,
    {
      action: 'CORRECTED',
      opinion: null,
      set: {
        ...closePause(record, at),
        status: notice.returnStatus,
        materials: merged,
        formData: form,
        [`correctionNotices.${index}.resolvedAt`]: at,
      },
    },
  );
  if (!updated) throw conflictError(id, 'CORRECTED');
  return updated;
}
