import { randomBytes } from 'node:crypto';
import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  checkMobile,
  ErrorCode,
  forbidden,
  hashRequest,
  hasRole,
  insertOnce,
  maskMobile,
  maskName,
  notFound,
  reusedIdempotencyKey,
  Role,
  type Viewer,
} from '@ykb/common';
import { canSeePersonalData } from '../../caseAccess.js';
import { isKnownDivision } from '../../identityClient.js';
import type { CasesContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { CaseDocument } from '../../model.js';
import { mutateVersioned } from '../shared/mutate.js';
import {
  actingUserId,
  agentUserIdOf,
  caseOf,
  checkAgentGrant,
  grantedItemCodes,
  requireCase,
} from '../shared/caseOf.js';
import {
  iso,
  listSize,
  requireIdempotencyKey,
  requireText,
} from '../shared/input.js';
import { shownShipmentStatus } from './courier.js';
import {
  claimRecovery,
  latestShipment,
  type DeliveryChoiceDocument,
  type MailAddressDocument,
  type ShipmentDocument,
} from './model.js';

const HALL_ID = /^hall-50\d{4}(\d{3}(\d{3})?)?$/;
const DIVISION = /^50\d{4}(\d{3}(\d{3})?)?$/;
const CLOSED = new Set(['COMPLETED', 'REJECTED', 'NOT_ACCEPTED']);

function readAddress(input: {
  recipient: string;
  mobile: string;
  street: string;
  divisionCode: string;
}): MailAddressDocument {
  const mobile = checkMobile(input.mobile);
  if (!mobile.valid)
    throw appError(
      ErrorCode.InvalidMobile,
      'address.mobile is not a mainland mobile number.',
      { field: 'address.mobile' },
    );
  if (!DIVISION.test(input.divisionCode))
    throw badInput(
      'address.divisionCode must be a Chongqing division code of 6, 9 or 12 digits.',
      { field: 'address.divisionCode' },
    );
  const street = requireText(input.street, 'address.street', 200);
  if (Array.from(street).length < 5)
    throw badInput('address.street must be at least 5 characters.', {
      field: 'address.street',
    });
  return {
    recipient: requireText(input.recipient, 'address.recipient', 50),
    mobile: mobile.normalized,
    street,
    divisionCode: input.divisionCode,
  };
}

/**
 * Stores the results-by-mail choice on the case at its current version, so
 * an approval racing with it either reads the choice or makes this fail. The
 * choice is fixed once the case is closed or waits for delivery.
 */
async function recordResultsByMail(
  ctx: CasesContext,
  caseId: string,
  resultsByMail: boolean,
): Promise<void> {
  await mutateVersioned<CaseDocument>(
    ctx.models.Case,
    caseId,
    (current) => {
      if (CLOSED.has(current.status) || current.status === 'AWAITING_DELIVERY')
        throw appError(
          ErrorCode.InvalidState,
          `Case ${caseId} is ${current.status}; mail can no longer be chosen.`,
          { status: current.status },
        );
      if (!!current.resultsByMail === resultsByMail) return null;
      return { set: { resultsByMail } };
    },
    ctx.log,
  );
}

/** Reports whether a staff viewer works at the hall or, as hall manager, above it. */
function worksAtHall(viewer: Viewer, hallId: string): boolean {
  if (viewer.hallId === hallId) return true;
  return (
    hasRole(viewer, Role.HallManager) &&
    !!viewer.divisionCode &&
    hallId.slice('hall-'.length).startsWith(viewer.divisionCode)
  );
}

/** Division code of a hall id such as hall-500238100205. */
function hallDivision(hallId: string): string {
  return hallId.slice('hall-'.length);
}

/**
 * Reports whether a hall handles a shipment. Results are mailed by staff of
 * the shipment's hall. Materials go to the hall that accepted the case, or
 * before acceptance to a hall whose division contains the case's division.
 * A hall that an applicant merely named therefore never lists the shipment.
 */
function hallHandles(
  hallId: string,
  shipment: ShipmentDocument,
  record: CaseDocument | null,
): boolean {
  if (shipment.hallId !== hallId || !record) return false;
  if (shipment.direction === 'RESULTS_TO_APPLICANT') return true;
  if (record.hallId) return record.hallId === hallId;
  return record.divisionCode.startsWith(hallDivision(hallId));
}

/** Page size of the scans behind hallShipments and an agent's myShipments; rows the filter in code drops are skipped. */
const SCAN_BATCH = 200;

/**
 * Newest shipments matching `filter` whose case passes `keep`, at most
 * `size`. Reads in batches and loads the cases through the request's case
 * loader, so Shipment.case reads them from there.
 */
async function scanShipments(
  ctx: CasesContext,
  filter: Record<string, unknown>,
  keep: (shipment: ShipmentDocument, record: CaseDocument | null) => boolean,
  size: number,
): Promise<ShipmentDocument[]> {
  const kept: ShipmentDocument[] = [];
  let before: ShipmentDocument | undefined;
  for (;;) {
    const page: Record<string, unknown> = { ...filter };
    if (before)
      page.$or = [
        { createdAt: { $lt: before.createdAt } },
        { createdAt: before.createdAt, _id: { $lt: before._id } },
      ];
    const batch = await ctx.services.models.Shipment.find(page)
      .sort({ createdAt: -1, _id: -1 })
      .limit(SCAN_BATCH)
      .lean<ShipmentDocument[]>();
    const cases = await ctx.caseById.loadMany(batch.map((s) => s.caseId));
    batch.forEach((shipment, index) => {
      const record = cases[index];
      if (record instanceof Error) throw record;
      if (keep(shipment, record ?? null)) kept.push(shipment);
    });
    if (kept.length >= size || batch.length < SCAN_BATCH)
      return kept.slice(0, size);
    before = batch[batch.length - 1];
  }
}

/** Newest shipments the hall handles (see hallHandles), at most `size`. */
function shipmentsHandledByHall(
  ctx: CasesContext,
  hallId: string,
  direction: ShipmentDocument['direction'] | null,
  size: number,
): Promise<ShipmentDocument[]> {
  return scanShipments(
    ctx,
    direction ? { hallId, direction } : { hallId },
    (shipment, record) => hallHandles(hallId, shipment, record),
    size,
  );
}

function mayReadShipment(
  viewer: Viewer,
  shipment: ShipmentDocument,
  record: CaseDocument,
): boolean {
  return (
    actingUserId(viewer) === shipment.applicantUserId ||
    (worksAtHall(viewer, shipment.hallId) &&
      hallHandles(shipment.hallId, shipment, record)) ||
    hasRole(viewer, Role.System)
  );
}

/**
 * Attempt number of a new shipment of a case in a direction, and the
 * shipment it replaces. Results go out again once the courier reported the
 * last results shipment as EXCEPTION, unless staff handed them over at the
 * window since. Otherwise the new shipment gets the last one's attempt, so
 * the unique index on case, direction and attempt rejects it.
 */
async function nextAttempt(
  ctx: CasesContext,
  record: CaseDocument,
  direction: ShipmentDocument['direction'],
): Promise<{ attempt: number; replaces: ShipmentDocument | null }> {
  const last = await latestShipment(
    ctx.services.models.Shipment,
    record._id,
    direction,
  );
  if (!last) return { attempt: 1, replaces: null };
  const attempt = last.attempt ?? 1;
  const resend =
    direction === 'RESULTS_TO_APPLICANT' &&
    last.status === 'EXCEPTION' &&
    record.deliveryMethod !== 'WINDOW';
  return resend
    ? { attempt: attempt + 1, replaces: last }
    : { attempt, replaces: null };
}

/**
 * Keeps the courier prefix (two characters) and the last four characters of
 * a waybill number, so the parcel cannot be looked up at the courier.
 */
function maskWaybill(value: string): string {
  if (value.length <= 6) return '*'.repeat(value.length);
  return value.slice(0, 2) + '*'.repeat(value.length - 6) + value.slice(-4);
}

/**
 * Shipments of a case for Case.shipments, oldest first. A case reader who
 * may not read a shipment (see mayReadShipment), such as an analyst or a
 * licence officer, gets it with a masked waybill number and no tracking.
 */
export async function shipmentsOfCase(
  ctx: CasesContext,
  record: CaseDocument,
): Promise<ShipmentDocument[]> {
  const shipments = await ctx.services.loaders.shipmentsByCase.load(record._id);
  const viewer = ctx.viewer;
  return shipments.map((shipment) =>
    viewer && mayReadShipment(viewer, shipment, record)
      ? shipment
      : {
          ...shipment,
          waybillNumber: shipment.waybillNumber
            ? maskWaybill(shipment.waybillNumber)
            : null,
          tracking: [],
        },
  );
}

/**
 * Orders the waybill of a shipment that has none yet. A courier outage
 * leaves the shipment without one, and refreshShipmentTracking orders it
 * again, so the failure is logged and the shipment returned as it is.
 */
function orderWaybill(
  ctx: CasesContext,
  shipment: ShipmentDocument,
): Promise<ShipmentDocument> {
  return ctx.services.courier.orderWaybill(shipment).catch((error: unknown) => {
    ctx.log.warn(
      { err: error, shipmentId: shipment._id },
      'waybill order failed',
    );
    return shipment;
  });
}

export const logisticsResolvers: Resolvers = {
  Query: {
    myShipments: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.myShipments'],
      );
      const itemCodes = await grantedItemCodes(ctx, viewer, 'myShipments');
      const filter = { applicantUserId: actingUserId(viewer) };
      if (!itemCodes)
        return ctx.services.models.Shipment.find(filter)
          .sort({ createdAt: -1, _id: -1 })
          .limit(listSize(args.first))
          .lean<ShipmentDocument[]>();
      // Shipments carry no item, so an agent's are kept by their case's item.
      const covered = new Set(itemCodes);
      const shipments = await scanShipments(
        ctx,
        filter,
        (_shipment, record) => !!record && covered.has(record.itemId),
        listSize(args.first),
      );
      for (const shipment of shipments)
        ctx.agentReadableCases.add(shipment.caseId);
      return shipments;
    },
    hallShipments: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Query.hallShipments'],
      );
      if (!HALL_ID.test(args.hallId))
        throw badInput(
          'hallId must be `hall-` and a Chongqing division code.',
          { field: 'hallId' },
        );
      if (!worksAtHall(viewer, args.hallId))
        throw forbidden(`You do not work at hall ${args.hallId}.`);
      return shipmentsHandledByHall(
        ctx,
        args.hallId,
        args.direction ?? null,
        listSize(args.first),
      );
    },
  },
  Mutation: {
    chooseDelivery: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.chooseDelivery'],
      );
      const key = requireIdempotencyKey(args.idempotencyKey);
      const record = await requireCase(ctx, args.input.caseId);
      if (record.applicantUserId !== actingUserId(viewer))
        throw forbidden(`Case ${record._id} is not your case.`);
      await checkAgentGrant(ctx, viewer, record.itemId, 'chooseDelivery');
      if (CLOSED.has(record.status))
        throw appError(
          ErrorCode.InvalidState,
          `Case ${record._id} is ${record.status}; mail can no longer be chosen.`,
          { status: record.status },
        );
      const { mailMaterials, mailResults } = args.input;
      if (mailResults && !args.input.address)
        throw badInput('address is required when results are mailed.', {
          field: 'address',
        });
      const address =
        mailResults && args.input.address
          ? readAddress(args.input.address)
          : null;
      if (
        address &&
        !(await isKnownDivision(address.divisionCode, ctx.requestId))
      )
        throw badInput(
          `address.divisionCode ${address.divisionCode} is not in the division table of Chongqing; choose an existing division.`,
          { field: 'address.divisionCode' },
        );
      const requestHash = hashRequest({
        caseId: record._id,
        mailMaterials,
        mailResults,
        address,
      });
      const { DeliveryChoice, Shipment } = ctx.services.models;
      const existing = await DeliveryChoice.findById(
        record._id,
      ).lean<DeliveryChoiceDocument>();
      if (existing?.idempotencyKey === key) {
        if (existing.requestHash !== requestHash)
          throw reusedIdempotencyKey(key);
        return existing;
      }
      if (await Shipment.exists({ caseId: record._id }))
        throw appError(
          ErrorCode.InvalidState,
          `Case ${record._id} already has a shipment, so its mail choice is fixed.`,
        );
      await recordResultsByMail(ctx, record._id, mailResults);
      const choice: DeliveryChoiceDocument = {
        _id: record._id,
        applicantUserId: record.applicantUserId,
        divisionCode: record.divisionCode,
        departmentCode: record.departmentCode,
        mailMaterials,
        mailResults,
        address,
        agentUserId: agentUserIdOf(viewer),
        idempotencyKey: key,
        requestHash,
        updatedAt: new Date(),
      };
      // The case id is the document id, so concurrent choices write one document and the last one stays.
      await DeliveryChoice.replaceOne({ _id: record._id }, choice, {
        upsert: true,
      });
      ctx.log.info(
        { caseId: record._id, mailMaterials, mailResults },
        'delivery chosen',
      );
      return choice;
    },
    createShipment: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.createShipment'],
      );
      const key = requireIdempotencyKey(args.input.idempotencyKey);
      const record = await requireCase(ctx, args.input.caseId);
      const { DeliveryChoice, Shipment } = ctx.services.models;
      const choice = await DeliveryChoice.findById(
        record._id,
      ).lean<DeliveryChoiceDocument>();
      const direction = args.input.direction;
      const hallId = args.input.hallId ?? record.hallId;
      if (!hallId)
        throw badInput(
          'hallId is required: the case was not accepted at a hall yet.',
          { field: 'hallId' },
        );
      if (!HALL_ID.test(hallId))
        throw badInput(
          'hallId must be `hall-` and a Chongqing division code.',
          { field: 'hallId' },
        );
      if (direction === 'MATERIALS_TO_HALL') {
        if (record.applicantUserId !== actingUserId(viewer))
          throw forbidden('Only the applicant mails the materials of a case.');
        await checkAgentGrant(ctx, viewer, record.itemId, 'createShipment');
        if (CLOSED.has(record.status) || record.status === 'WITHDRAWN')
          throw appError(
            ErrorCode.InvalidState,
            `Case ${record._id} is ${record.status}; materials are mailed only for a case that is still open.`,
            { status: record.status },
          );
        if (!choice?.mailMaterials)
          throw appError(
            ErrorCode.InvalidState,
            `The applicant of case ${record._id} did not choose to mail the materials.`,
          );
        const servingHall = record.hallId
          ? record.hallId === hallId
          : record.divisionCode.startsWith(hallDivision(hallId));
        if (!servingHall)
          throw badInput(
            `Hall ${hallId} does not handle case ${record._id}; mail the materials to ${record.hallId ?? 'a hall of the case division or above it'}.`,
            { field: 'hallId' },
          );
      } else {
        if (
          !worksAtHall(viewer, hallId) ||
          !record.divisionCode.startsWith(viewer.divisionCode ?? '\u0000')
        )
          throw forbidden(
            `You do not work at hall ${hallId}, or case ${record._id} lies outside your division.`,
          );
        if (!choice?.mailResults)
          throw appError(
            ErrorCode.InvalidState,
            `The applicant of case ${record._id} did not choose to have results mailed.`,
          );
        const resultsReady =
          CLOSED.has(record.status) ||
          (record.status === 'AWAITING_DELIVERY' && !!record.resultsByMail);
        if (!resultsReady)
          throw appError(
            ErrorCode.InvalidState,
            `Case ${record._id} is ${record.status}; results are mailed once it is decided and waits for delivery, or once it is closed.`,
            { status: record.status },
          );
      }
      const requestHash = hashRequest({
        caseId: record._id,
        direction,
        hallId,
      });
      // A retry returns the first shipment and a reused key is rejected before the claim below, which only a new reship may make.
      const earlier = await Shipment.findOne({
        createdBy: viewer.userId,
        idempotencyKey: key,
      }).lean<ShipmentDocument>();
      if (earlier) {
        if (earlier.requestHash !== requestHash)
          throw reusedIdempotencyKey(key);
        return orderWaybill(ctx, earlier);
      }
      const { attempt, replaces } = await nextAttempt(ctx, record, direction);
      if (replaces && !(await claimRecovery(Shipment, replaces._id, 'RESHIP')))
        throw appError(
          ErrorCode.InvalidState,
          `The results of case ${record._id} were handed over at the window after shipment ${replaces._id} failed; they are not mailed again.`,
          { shipmentId: replaces._id },
        );
      const { record: shipment, replayed } = await insertOnce<ShipmentDocument>(
        async () =>
          (
            await Shipment.create({
              _id: `sh-${randomBytes(10).toString('hex')}`,
              caseId: record._id,
              caseNumber: record.caseNumber,
              applicantUserId: record.applicantUserId,
              divisionCode: record.divisionCode,
              departmentCode: record.departmentCode,
              direction,
              hallId,
              attempt,
              status: 'CREATED',
              tracking: [],
              createdBy: viewer.userId,
              agentUserId: agentUserIdOf(viewer),
              idempotencyKey: key,
              requestHash,
              createdAt: new Date(),
              version: 1,
            })
          ).toObject() as ShipmentDocument,
        () =>
          Shipment.findOne({
            createdBy: viewer.userId,
            idempotencyKey: key,
          }).lean<ShipmentDocument>(),
      ).catch(async (error: unknown) => {
        const other = await latestShipment(Shipment, record._id, direction);
        if (other)
          throw appError(
            ErrorCode.Conflict,
            `Case ${record._id} already has a ${direction} shipment ${other._id} (${other.status}); results are sent again only after the courier reports EXCEPTION, and not once they were handed over at the window.`,
            { shipmentId: other._id },
          );
        throw error;
      });
      if (shipment.requestHash !== requestHash) throw reusedIdempotencyKey(key);
      if (replaces && !replayed)
        await ctx.audit.record({
          action: 'Mutation.createShipment',
          outcome: 'SUCCEEDED',
          actorId: viewer.userId,
          actorDivisionCode: viewer.divisionCode ?? undefined,
          subjectType: 'Shipment',
          subjectId: shipment._id,
          details: {
            caseId: record._id,
            attempt,
            replaces: replaces._id,
            replacedStatus: replaces.status,
          },
          requestId: ctx.requestId,
        });
      ctx.log.info(
        { shipmentId: shipment._id, caseId: record._id, direction },
        'shipment created',
      );
      return orderWaybill(ctx, shipment);
    },
    refreshShipmentTracking: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.cases['Mutation.refreshShipmentTracking'],
      );
      const shipment = await ctx.services.models.Shipment.findById(
        args.id,
      ).lean<ShipmentDocument>();
      if (!shipment) throw notFound('Shipment', args.id);
      const record = await caseOf(ctx, shipment.caseId);
      if (!mayReadShipment(viewer, shipment, record))
        throw forbidden(`You may not read shipment ${args.id}.`);
      if (actingUserId(viewer) === shipment.applicantUserId)
        await checkAgentGrant(
          ctx,
          viewer,
          record.itemId,
          'refreshShipmentTracking',
        );
      return ctx.services.courier.refresh(shipment);
    },
  },
  Shipment: {
    id: (shipment) => shipment._id,
    case: (shipment, _args, ctx) => caseOf(ctx, shipment.caseId),
    hall: (shipment) => ({ id: shipment.hallId }),
    agent: (shipment) =>
      shipment.agentUserId ? { id: shipment.agentUserId } : null,
    status: (shipment) => shownShipmentStatus(shipment.status),
    tracking: (shipment) =>
      shipment.tracking.map((event) => ({
        status: shownShipmentStatus(event.status),
        description: event.description,
        at: iso(event.at),
      })),
    createdAt: (shipment) => iso(shipment.createdAt),
  },
  DeliveryChoice: {
    case: (choice, _args, ctx) => caseOf(ctx, choice._id),
    agent: (choice) => (choice.agentUserId ? { id: choice.agentUserId } : null),
    address: (choice, _args, ctx) => {
      if (!choice.address) return null;
      const personal = canSeePersonalData(ctx.viewer, {
        _id: choice._id,
        applicantUserId: choice.applicantUserId,
        divisionCode: choice.divisionCode,
        departmentCode: choice.departmentCode,
      });
      if (personal) return choice.address;
      return {
        recipient: maskName(choice.address.recipient),
        mobile: maskMobile(choice.address.mobile),
        street: '***',
        divisionCode: choice.address.divisionCode,
      };
    },
  },
};
