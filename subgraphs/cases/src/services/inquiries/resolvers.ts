import { randomBytes } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  ErrorCode,
  hashRequest,
  insertOnce,
  maskIdentifiersInText,
  maskName,
  maySeePersonalData,
  notFound,
  reusedIdempotencyKey,
  type Viewer,
} from '@ykb/common';
import { now } from '../../clock.js';
import type { CasesContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { isAgentViewer } from '../../agentAccess.js';
import { findIdentityUser, isKnownDepartment } from '../../identityClient.js';
import { findItem } from '../../itemClient.js';
import {
  actingUserId,
  agentUserIdOf,
  checkAgentGrant,
  grantedItemCodes,
} from '../shared/caseOf.js';
import {
  iso,
  isOverdue,
  listSize,
  requireIdempotencyKey,
  requireText,
  workingDeadline,
} from '../shared/input.js';
import { closeFollowUp, followUpFilter } from '../shared/followUp.js';
import { INQUIRY_DEADLINE_DAYS, type InquiryDocument } from './model.js';

const DIVISION = /^50\d{4}(\d{3}(\d{3})?)?$/;
const DEPARTMENT = /^[A-Z][A-Z0-9-]{1,30}$/;

/** Department and division an inquiry goes to: the case's, else the item's department, else the one given. */
async function route(
  ctx: CasesContext,
  viewer: Viewer,
  input: {
    itemId?: string | null;
    caseId?: string | null;
    departmentCode?: string | null;
    divisionCode?: string | null;
  },
) {
  if (input.divisionCode && !DIVISION.test(input.divisionCode))
    throw badInput(
      'divisionCode must be a Chongqing division code of 6, 9 or 12 digits.',
      { field: 'divisionCode' },
    );
  if (input.caseId) {
    const record = await ctx.caseById.load(input.caseId);
    // Another person's case is reported as not found, like an unknown id, so case ids cannot be probed.
    if (!record || record.applicantUserId !== actingUserId(viewer))
      throw appError(
        ErrorCode.NotFound,
        `None of your cases has id ${input.caseId}; choose one of your cases or leave caseId out.`,
        { id: input.caseId, field: 'caseId' },
      );
    return {
      departmentCode: record.departmentCode,
      divisionCode: record.divisionCode,
      itemId: record.itemId,
      caseId: record._id,
      caseNumber: record.caseNumber,
    };
  }
  if (!input.itemId && !input.departmentCode)
    throw badInput(
      'An inquiry needs a case, an item or a department to go to: give caseId of one of your cases, itemId, or departmentCode from the departments query.',
      { field: 'departmentCode' },
    );
  if (!input.divisionCode)
    throw badInput(
      'divisionCode is required when no case is given: give the 6, 9 or 12 digit code of the district or county whose department should receive the inquiry, or give caseId instead.',
      { field: 'divisionCode' },
    );
  if (input.itemId) {
    const item = await findItem(input.itemId, ctx.requestId);
    if (!item) throw notFound('Item', input.itemId);
    return {
      departmentCode: item.departmentCode,
      divisionCode: input.divisionCode,
      itemId: item.id,
      caseId: null,
      caseNumber: null,
    };
  }
  if (!input.departmentCode || !DEPARTMENT.test(input.departmentCode))
    throw badInput(
      `departmentCode ${input.departmentCode} is invalid: give a department code from the departments query, such as CQ-MZ.`,
      { field: 'departmentCode' },
    );
  if (!(await isKnownDepartment(input.departmentCode, ctx.requestId)))
    throw badInput(
      `departmentCode ${input.departmentCode} is not a department of the identity catalogue; pick one from the departments query.`,
      { field: 'departmentCode' },
    );
  return {
    departmentCode: input.departmentCode,
    divisionCode: input.divisionCode,
    itemId: null,
    caseId: null,
    caseNumber: null,
  };
}

/** Name of the inquiry's submitter: the legal person an agent acts for, read from identity, else the viewer. */
async function submitterNameOf(
  ctx: CasesContext,
  viewer: Viewer,
): Promise<string> {
  if (!isAgentViewer(viewer)) return viewer.name;
  const legalPerson = await findIdentityUser(viewer.onBehalfOf, ctx.requestId);
  if (!legalPerson) throw notFound('Legal person', viewer.onBehalfOf);
  return legalPerson.name;
}

/**
 * Reports whether a viewer reads an inquiry's submitter name and free text
 * raw: the submitter (also through an agent) and staff who may see personal
 * data of its department and division. Others read the name masked and the
 * text with identifiers masked.
 */
function mayReadInquiryPersonalData(
  viewer: Viewer | undefined,
  inquiry: InquiryDocument,
): boolean {
  if (viewer && actingUserId(viewer) === inquiry.submitterUserId) return true;
  return maySeePersonalData(viewer, {
    ownerUserId: inquiry.submitterUserId,
    divisionCode: inquiry.divisionCode,
    departmentCode: inquiry.departmentCode,
  });
}

export const inquiryResolvers: Resolvers = {
  Query: {
    myInquiries: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.myInquiries'],
      );
      const itemCodes = await grantedItemCodes(ctx, viewer, 'myInquiries');
      const filter: Record<string, unknown> = {
        submitterUserId: actingUserId(viewer),
      };
      // An agent lists the inquiries on items its grant covers, and the general ones it submitted itself.
      if (itemCodes)
        filter.$or = [
          { itemId: { $in: itemCodes } },
          { itemId: null, agentUserId: viewer.userId },
        ];
      if (args.kind) filter.kind = args.kind;
      return ctx.services.models.Inquiry.find(filter)
        .sort({ createdAt: -1, _id: -1 })
        .limit(listSize(args.first))
        .lean<InquiryDocument[]>();
    },
    departmentInquiries: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.departmentInquiries'],
      );
      const filter = followUpFilter(viewer, args.status, args.overdueOnly);
      if (args.kind) filter.kind = args.kind;
      return ctx.services.models.Inquiry.find(filter)
        .sort({ 'deadline.date': 1, _id: 1 })
        .limit(listSize(args.first))
        .lean<InquiryDocument[]>();
    },
  },
  Mutation: {
    submitInquiry: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.submitInquiry'],
      );
      const { input } = args;
      const key = requireIdempotencyKey(input.idempotencyKey);
      const subject = requireText(input.subject, 'subject', 100);
      const content = requireText(input.content, 'content', 2000);
      const { Inquiry } = ctx.services.models;
      const submitterUserId = actingUserId(viewer);
      const requestHash = hashRequest({
        kind: input.kind,
        subject,
        content,
        itemId: input.itemId ?? null,
        caseId: input.caseId ?? null,
        departmentCode: input.departmentCode ?? null,
        divisionCode: input.divisionCode ?? null,
      });
      const replay = (record: InquiryDocument) => {
        if (record.requestHash !== requestHash) throw reusedIdempotencyKey(key);
        return record;
      };
      const first = await Inquiry.findOne({
        submitterUserId,
        idempotencyKey: key,
      }).lean<InquiryDocument>();
      if (first) return replay(first);
      const target = await route(ctx, viewer, input);
      await checkAgentGrant(ctx, viewer, target.itemId, 'submitInquiry');
      const submitterName = await submitterNameOf(ctx, viewer);
      const createdAt = now();
      const { record, replayed } = await insertOnce<InquiryDocument>(
        async () =>
          (
            await Inquiry.create({
              _id: `iq-${randomBytes(10).toString('hex')}`,
              kind: input.kind,
              subject,
              content,
              ...target,
              submitterUserId,
              submitterName,
              agentUserId: agentUserIdOf(viewer),
              status: 'OPEN',
              deadline: workingDeadline(
                createdAt,
                INQUIRY_DEADLINE_DAYS[input.kind],
              ),
              answer: null,
              answeredBy: null,
              answeredAt: null,
              idempotencyKey: key,
              requestHash,
              createdAt,
              version: 1,
            })
          ).toObject() as InquiryDocument,
        () =>
          Inquiry.findOne({
            submitterUserId,
            idempotencyKey: key,
          }).lean<InquiryDocument>(),
      );
      if (replayed) return replay(record);
      ctx.log.info(
        {
          inquiryId: record._id,
          kind: record.kind,
          departmentCode: record.departmentCode,
        },
        'inquiry submitted',
      );
      return record;
    },
    answerInquiry: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.answerInquiry'],
      );
      const answer = requireText(args.answer, 'answer', 2000);
      return closeFollowUp(
        ctx.services.models.Inquiry,
        args.id,
        'Inquiry',
        viewer,
        { answer, answeredBy: viewer.userId, answeredAt: now() },
        ctx.log,
      );
    },
  },
  Inquiry: {
    id: (inquiry) => inquiry._id,
    item: (inquiry) => (inquiry.itemId ? { id: inquiry.itemId } : null),
    agent: (inquiry) =>
      inquiry.agentUserId ? { id: inquiry.agentUserId } : null,
    submitterName: (inquiry, _args, ctx) =>
      mayReadInquiryPersonalData(ctx.viewer, inquiry)
        ? inquiry.submitterName
        : maskName(inquiry.submitterName),
    subject: (inquiry, _args, ctx) =>
      mayReadInquiryPersonalData(ctx.viewer, inquiry)
        ? inquiry.subject
        : maskIdentifiersInText(inquiry.subject),
    content: (inquiry, _args, ctx) =>
      mayReadInquiryPersonalData(ctx.viewer, inquiry)
        ? inquiry.content
        : maskIdentifiersInText(inquiry.content),
    answer: (inquiry, _args, ctx) => {
      if (inquiry.answer === null) return null;
      return mayReadInquiryPersonalData(ctx.viewer, inquiry)
        ? inquiry.answer
        : maskIdentifiersInText(inquiry.answer);
    },
    overdue: (inquiry) => isOverdue(inquiry.status, inquiry.deadline, now()),
    answeredAt: (inquiry) => iso(inquiry.answeredAt),
    createdAt: (inquiry) => iso(inquiry.createdAt),
  },
};
