import {
  creditCodeCheckChar,
  DEMO_ACCOUNTS,
  demoUserId,
  type Logger,
} from '@ykb/common';
import { now } from './clock.js';
import { endOfShanghaiDay, workingDaysAfter } from './deadlines.js';
import { commitTo, newSeed } from './draw.js';
import type {
  AnnouncementDocument,
  IntermediaryModels,
  PartyDocument,
  Profile,
} from './model.js';
import { serviceId } from './serviceCatalogue.js';

/**
 * Demo marketplace data, so the PWA pages show a showcase and an
 * announcement on a fresh database: the demo legal person company.demo as an
 * admitted client, one admitted demo agency, and one published announcement.
 * Fixed ids make the seeding idempotent: an existing record, edited or not,
 * is left alone. The demo agency belongs to the demo legal person
 * agency.demo. Neither profile has a certificate key, because the key pair is
 * made in the user's browser: the first key each account registers is
 * recorded in its profile (adoptFirstCertificate).
 */

const DEMO_CLIENT_ID = 'demo-client-company';
const DEMO_AGENCY_ID = 'demo-agency-huaxin';
const DEMO_ANNOUNCEMENT_ID = 'demo-announcement-1';

function demoCode(sequence: number): string {
  const first17 = `91500103MA${String(sequence).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

function admittedParty(
  id: string,
  kind: PartyDocument['kind'],
  ownerUserId: string,
  profile: Profile,
  at: Date,
): PartyDocument {
  return {
    _id: id,
    kind,
    ownerUserId,
    divisionCode: '500103',
    creditCode: profile.creditCode,
    idempotencyKey: `seed-${id}`,
    version: 0,
    state: 'ADMITTED',
    round: 1,
    submittedAt: at,
    checkDueDate: workingDaysAfter(at, 1),
    checkedAt: at,
    checkLate: false,
    noticeStartsAt: null,
    noticeEndsAt: null,
    admitted: true,
    admittedAt: at,
    regulatorDepartmentCode: null,
    submission: profile,
    current: profile,
    offeredServiceIds: profile.offers.map((o) => o.serviceId),
    openObjectionId: null,
  };
}

/** Inserts the demo client, agency and announcement that do not exist yet; returns how many were inserted. */
export async function seedDemoMarketplace(
  models: IntermediaryModels,
  log: Logger,
): Promise<number> {
  const company = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo');
  const agencyAccount = DEMO_ACCOUNTS.find((a) => a.account === 'agency.demo');
  if (!company || !agencyAccount) return 0;
  const at = now();
  const safety = serviceId('ZJFW001');
  const client = admittedParty(
    DEMO_CLIENT_ID,
    'CLIENT',
    demoUserId(company.account),
    {
      name: company.name,
      creditCode: company.creditCode ?? demoCode(1),
      representative: company.legalRepresentative?.name ?? '王五',
      contactName: company.legalRepresentative?.name ?? '王五',
      contactMobile: '13800000900',
      address: '重庆市渝中区示例路 9 号',
      qualifications: [],
      staff: [],
      offers: [],
      commitment: null,
      documents: [],
      certificateFingerprint: '',
    },
    at,
  );
  const agency = admittedParty(
    DEMO_AGENCY_ID,
    'AGENCY',
    demoUserId(agencyAccount.account),
    {
      name: agencyAccount.name,
      creditCode: agencyAccount.creditCode ?? demoCode(2),
      representative: agencyAccount.legalRepresentative?.name ?? '赵评价',
      contactName: '钱联络',
      contactMobile: '13900000901',
      address: '重庆市江北区示例大道 8 号',
      qualifications: [
        {
          serviceId: safety,
          name: '安全评价机构资质',
          certificateNo: 'APJ-(渝)-DEMO-001',
          validFrom: '2024-01-01',
          validUntil: '2030-12-31',
        },
      ],
      staff: [
        {
          name: '孙评价师',
          idCardNumber: '500103198501010011',
          qualification: '安全评价师',
          certificateNo: 'S-DEMO-001',
        },
      ],
      offers: [{ serviceId: safety, validUntil: '2030-12-31' }],
      commitment: '本机构承诺所填信息真实有效，依法依规提供中介服务。',
      documents: [],
      certificateFingerprint: '',
    },
    at,
  );
  const deadline = endOfShanghaiDay(workingDaysAfter(at, 5));
  const seed = newSeed();
  const announcement: AnnouncementDocument = {
    _id: DEMO_ANNOUNCEMENT_ID,
    clientPartyId: DEMO_CLIENT_ID,
    ownerUserId: client.ownerUserId,
    clientName: company.name,
    divisionCode: client.divisionCode,
    departmentCode: 'CQ-YJ',
    projectName: '示例仓库安全评价',
    serviceId: safety,
    content: '对示例仓储项目开展安全评价并出具安全评价报告。',
    registrationDeadline: new Date(deadline.getTime() - 7 * 3600_000),
    selectionTime: new Date(deadline.getTime() - 6 * 3600_000),
    method: 'RANDOM',
    feeFen: 3_000_000,
    conditions: ['具有安全评价机构资质'],
    flags: [],
    confidential: false,
    state: 'PUBLISHED',
    version: 0,
    publishedAt: at,
    seed,
    seedCommitment: commitTo(seed),
    revealedSeed: null,
    bidRound: 1,
    selection: null,
    resultNotice: null,
    withdrawal: null,
    reviewNote: null,
    replaces: null,
    idempotencyKey: `seed-${DEMO_ANNOUNCEMENT_ID}`,
    createdAt: at,
  };
  let inserted = 0;
  for (const party of [client, agency]) {
    const result = await models.Party.updateOne(
      { _id: party._id },
      { $setOnInsert: party },
      { upsert: true },
    );
    inserted += result.upsertedCount;
  }
  const published = await models.Announcement.updateOne(
    { _id: announcement._id },
    { $setOnInsert: announcement },
    { upsert: true },
  );
  inserted += published.upsertedCount;
  if (inserted > 0) log.info({ inserted }, 'seeded demo marketplace');
  return inserted;
}
