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
  inJurisdiction,
  insertOnce,
  notFound,
  shanghaiDate,
  type Logger,
  type Viewer,
} from '@ykb/common';
import { now } from './clock.js';
import type {
  AnnouncementDocument,
  ComplaintDocument,
  EngagementDocument,
  IntermediaryModels,
  ObjectionDocument,
  PartyDocument,
} from './model.js';
import { checkIdempotencyKey, checkText, replayOf } from './text.js';

/** Published complaint channels (3.7.9.2); a deployment sets its own in YKB_COMPLAINT_CHANNELS (JSON array). */
export interface ComplaintChannel {
  name: string;
  phone: string;
  email: string;
  address: string;
}

const DEMO_CHANNELS: ComplaintChannel[] = [
  {
    name: '重庆市人民政府办公厅（政务服务管理办公室）中介服务监督',
    phone: '12345',
    email: 'zjfw-jd@example.cq.gov.cn',
    address: '重庆市渝北区人和街道 示例地址',
  },
];

export function complaintChannels(): ComplaintChannel[] {
  const raw = process.env.YKB_COMPLAINT_CHANNELS;
  if (!raw) return DEMO_CHANNELS;
  const parsed = JSON.parse(raw) as ComplaintChannel[];
  if (
    !Array.isArray(parsed) ||
    parsed.some((c) => !c.name || !c.phone || !c.email || !c.address)
  )
    throw new Error(
      'YKB_COMPLAINT_CHANNELS must be a JSON array of { name, phone, email, address }.',
    );
  return parsed;
}

export async function fileComplaint(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  input: {
    agencyId?: string | null;
    announcementId?: string | null;
    text: string;
  },
  idempotencyKey: string,
): Promise<ComplaintDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.fileComplaint'],
  );
  checkIdempotencyKey(idempotencyKey);
  const requestHash = hashRequest({
    agencyId: input.agencyId ?? null,
    announcementId: input.announcementId ?? null,
    text: input.text,
  });
  const findReplay = () =>
    models.Complaint.findOne({ idempotencyKey }).lean<ComplaintDocument>();
  const replay = (complaint: ComplaintDocument) =>
    replayOf(
      complaint,
      complaint.filedBy === viewer.userId,
      idempotencyKey,
      requestHash,
    );
  const earlier = await findReplay();
  if (earlier) return replay(earlier);

  const text = checkText(input.text, 'text', 10, 2000);
  if (!input.agencyId && !input.announcementId)
    throw badInput(
      'Name the agency or the announcement the complaint is about.',
      { field: 'agencyId' },
    );
  let divisionCode = '50';
  if (input.agencyId) {
    const agency = await models.Party.findOne({
      _id: input.agencyId,
      kind: 'AGENCY',
    }).lean<PartyDocument>();
    if (!agency) throw notFound('Agency', input.agencyId);
    divisionCode = agency.divisionCode;
  }
  if (input.announcementId) {
    const announcement = await models.Announcement.findById(
      input.announcementId,
    ).lean<AnnouncementDocument>();
    if (!announcement) throw notFound('Announcement', input.announcementId);
    divisionCode = announcement.divisionCode;
  }
  const complaint: ComplaintDocument = {
    _id: randomUUID(),
    agencyId: input.agencyId ?? null,
    announcementId: input.announcementId ?? null,
    text,
    filedBy: viewer.userId,
    divisionCode,
    state: 'OPEN',
    reply: null,
    filedAt: now(),
    idempotencyKey,
    requestHash,
    version: 0,
  };
  const { record } = await insertOnce(async () => {
    await models.Complaint.create(complaint);
    return complaint;
  }, findReplay);
  return replay(record);
}

export async function handleComplaint(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
  id: string,
  upheld: boolean,
  rawReply: string,
  log: Logger,
): Promise<ComplaintDocument> {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Mutation.handleComplaint'],
  );
  const reply = checkText(rawReply, 'reply', 2, 2000);
  const complaint =
    await models.Complaint.findById(id).lean<ComplaintDocument>();
  if (!complaint) throw notFound('Complaint', id);
  if (!inJurisdiction(viewer, { divisionCode: complaint.divisionCode }))
    throw forbidden('This complaint lies outside your division.');
  if (complaint.state !== 'OPEN')
    throw appError(
      ErrorCode.InvalidState,
      `The complaint is ${complaint.state}; it was already handled.`,
      { state: complaint.state },
    );
  const updated = await changeAtVersion<ComplaintDocument>(
    models.Complaint,
    id,
    complaint.version,
    {
      set: { state: upheld ? 'UPHELD' : 'DISMISSED', reply },
    },
    { log },
  );
  if (!updated)
    throw appError(
      ErrorCode.Conflict,
      `Complaint ${id} was handled at the same time.`,
      { id },
    );
  return updated;
}

export interface LatenessFlag {
  kind: 'CHECK' | 'CONTRACT' | 'COMPLETION';
  recordId: string;
  partyName: string;
  dueDate: string;
  open: boolean;
}

const VIEW_LIMIT = 200;

/** Missed deadlines in the viewer's jurisdiction: late or overdue checks, late contracts and late completions. */
export async function latenessFlags(
  models: IntermediaryModels,
  viewer: Viewer,
): Promise<LatenessFlag[]> {
  const today = shanghaiDate(now());
  const [checks, engagements] = await Promise.all([
    models.Party.find({
      $or: [
        { checkLate: true },
        { state: 'CHECKING', checkDueDate: { $lt: today } },
      ],
    })
      .sort({ submittedAt: 1 })
      .limit(VIEW_LIMIT)
      .lean<PartyDocument[]>(),
    models.Engagement.find({
      $or: [{ contractLate: true }, { completionLate: true }],
    })
      .limit(VIEW_LIMIT)
      .lean<EngagementDocument[]>(),
  ]);
  const flags: LatenessFlag[] = [];
  for (const p of checks)
    if (inJurisdiction(viewer, { divisionCode: p.divisionCode }))
      flags.push({
        kind: 'CHECK',
        recordId: p._id,
        partyName: p.submission.name,
        dueDate: p.checkDueDate,
        open: p.state === 'CHECKING',
      });
  for (const e of engagements) {
    if (!inJurisdiction(viewer, { divisionCode: e.divisionCode })) continue;
    if (e.contractLate)
      flags.push({
        kind: 'CONTRACT',
        recordId: e._id,
        partyName: e.agencyName,
        dueDate: e.contractDueDate!,
        open: false,
      });
    if (e.completionLate)
      flags.push({
        kind: 'COMPLETION',
        recordId: e._id,
        partyName: e.clientName,
        dueDate: e.completionDueDate!,
        open: false,
      });
  }
  return flags;
}

export async function supervisionView(
  models: IntermediaryModels,
  rawViewer: Viewer | undefined,
) {
  const viewer = authorizeViewer(
    rawViewer,
    ACCESS_POLICY.intermediaries['Query.intermediarySupervision'],
  );
  const [lateness, objections, held, withdrawals, complaints] =
    await Promise.all([
      latenessFlags(models, viewer),
      models.Objection.find({ state: 'OPEN' })
        .limit(VIEW_LIMIT)
        .lean<ObjectionDocument[]>(),
      models.Announcement.find({ state: 'UNDER_REVIEW' })
        .limit(VIEW_LIMIT)
        .lean<AnnouncementDocument[]>(),
      models.Announcement.find({ state: 'WITHDRAWAL_REQUESTED' })
        .limit(VIEW_LIMIT)
        .lean<AnnouncementDocument[]>(),
      models.Complaint.find({ state: 'OPEN' })
        .limit(VIEW_LIMIT)
        .lean<ComplaintDocument[]>(),
    ]);
  const mine = (a: AnnouncementDocument) =>
    inJurisdiction(viewer, {
      divisionCode: a.divisionCode,
      departmentCode: a.departmentCode,
    });
  return {
    lateness,
    openObjections: objections.filter((o) =>
      inJurisdiction(viewer, {
        divisionCode: o.divisionCode,
        departmentCode: o.regulatorDepartmentCode,
      }),
    ),
    announcementsUnderReview: held.filter(mine),
    withdrawalRequests: withdrawals.filter(mine),
    openComplaints: complaints.filter((c) =>
      inJurisdiction(viewer, { divisionCode: c.divisionCode }),
    ),
  };
}

export type SupervisionView = Awaited<ReturnType<typeof supervisionView>>;
