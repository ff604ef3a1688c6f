import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRecordModel,
  buildLicenceIdentifier,
  connectDatabase,
  creditCodeCheckChar,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  licenceTypeByName,
  SUBGRAPHS,
  type RunningSubgraph,
  type SubgraphName,
} from '@ykb/common';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';
import { openHallsAroundTheClock } from '../support/halls.js';

/**
 * The access table of packages/common/src/accessPolicy.ts, checked through
 * the gateway with every subgraph a separate process. Each row signs in as
 * a demo account and calls one operation on a record inside or outside the
 * account's jurisdiction. It asserts the data or the exact error code, and
 * every refusal must leave a REFUSED audit record with the actor and code.
 */

const PORT_BASE = Number(process.env.YKB_TEST_ACCESS_PORT_BASE ?? 14900);

let platform: TestPlatform;
let url: string;
let auditConnection: RunningSubgraph['connection'];

// A 1x1 PNG, so the upload's type check finds PNG magic bytes.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

interface Session {
  token: string;
  userId: string;
}

const sessions = new Map<string, Session>();

type GraphQLResult = Awaited<ReturnType<typeof gatewayRequest>>;

function session(account: string): Session {
  const found = sessions.get(account);
  if (!found) throw new Error(`No session for ${account}; sign it in first.`);
  return found;
}

async function call(
  account: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult> {
  return gatewayRequest(
    url,
    query,
    variables,
    account ? session(account).token : undefined,
  );
}

/** Calls an operation that must succeed and returns its data. */
async function succeed(
  account: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const result = await call(account, query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data;
}

// ----- operations -----

const PUBLIC_CASES =
  '{ publicCases(first: 100) { caseNumber applicantName applicantIdNumber applicantPhone } }';
const MY_PAYMENT_ORDERS = '{ myPaymentOrders { id status } }';
const RECONCILE =
  'mutation { reconcilePayments(date: "2026-01-05") { date mismatches { kind } } }';
const SATISFACTION =
  '{ satisfaction(groupBy: DEPARTMENT, from: "2026-01-01", to: "2026-01-31") { key evaluations } }';
const STAFF_CASE_STATS =
  '{ staffCaseStats(staffIds: ["x"], from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { staffId casesHandled } }';
const EVALUATE =
  'mutation($i: EvaluateCaseInput!) { evaluateCase(input: $i) { id } }';
const HALL_SHIPMENTS = 'query($h: ID!) { hallShipments(hallId: $h) { id } }';
const SUBMIT_INQUIRY = `mutation { submitInquiry(input: { kind: SUGGESTION, subject: "建议", content: "增加自助终端", departmentCode: "CQ-MZ", divisionCode: "500238", idempotencyKey: "${randomUUID()}" }) { id } }`;

const SIGN_IN =
  'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token user { id } } }';
const UPLOAD =
  'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }';
const SUBMIT =
  'mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id status } }';
const CASE = 'query($id: ID!) { case(id: $id) { id status applicantName } }';
const MY_CASES = 'query { myCases(first: 100) { id } }';
const WORKLIST = 'query { worklist(first: 100) { id } }';
const SUPERVISED = 'query { supervisedCases(first: 100) { id applicantName } }';
const ACCEPT = 'mutation($id: ID!) { acceptCase(id: $id) { id status } }';
const NOT_ACCEPT =
  'mutation($id: ID!) { notAcceptCase(id: $id, reason: "材料不全") { id status } }';
const APPROVE = 'mutation($id: ID!) { approveCase(id: $id) { id status } }';
const REJECT =
  'mutation($id: ID!) { rejectCase(id: $id, reason: "不符合条件") { id status } }';
const RETRY_LICENCE =
  'mutation($id: ID!) { retryLicenceIssue(id: $id) { id } }';
const SUSPEND =
  'mutation($id: ID!) { suspendCase(id: $id, procedure: HEARING, reason: "举行听证") { id status } }';
const WITHDRAW =
  'mutation($id: ID!) { withdrawApplication(id: $id, reason: "不再需要") { id status } }';
const TRANSFER =
  'mutation($id: ID!) { transferCase(id: $id, departmentCode: "CQ-RS", reason: "属人社部门职责") { id departmentCode } }';
const REQUEST_CORRECTION =
  'mutation($id: ID!) { requestCorrection(id: $id, corrections: [{ materialCode: "M2", description: "证明需盖章" }]) { id status } }';
const PROGRESS =
  'query($n: String!, $s: String!, $q: String!) { caseProgress(caseNumber: $n, idNumberSuffix: $s, queryCode: $q) { caseNumber applicantName } }';
const CASE_NUMBER =
  'query($id: ID!) { case(id: $id) { caseNumber queryCode } }';
const STATS = 'query { supervisionStats { total } }';
const STATISTICS_FILTER = '(filter: { from: "2026-01-01", to: "2026-12-31" })';
const CASE_STATISTICS = `query { caseStatistics${STATISTICS_FILTER} { total { submitted } } }`;
const HALL_STATISTICS = `query { hallStatistics${STATISTICS_FILTER} { total { served } } }`;
const LICENCE_STATISTICS = `query { licenceStatistics${STATISTICS_FILTER} { total { issued } } }`;
const INTERMEDIARY_STATISTICS = `query { intermediaryStatistics${STATISTICS_FILTER} { total { engagements } } }`;
const IDENTITY_STATISTICS = `query { identityStatistics${STATISTICS_FILTER} { total { signIns } } }`;
const WARNINGS = 'query { supervisionWarnings(first: 10) { id } }';
const ORDER =
  'mutation($i: SupervisionOrderInput!) { issueSupervisionOrder(input: $i) { id status } }';
const ITEM_WORKFLOW =
  'query($itemId: ID!) { itemWorkflow(itemId: $itemId) { steps } }';
const CONFIGURE_WORKFLOW =
  'mutation($i: ItemWorkflowInput!) { configureItemWorkflow(input: $i) { version } }';
const CASE_LICENCE = 'query($id: ID!) { case(id: $id) { licence { id } } }';
const LICENCE =
  'query($id: ID!) { licence(id: $id) { id holderName issuerDepartmentCode } }';
const MY_LICENCES = 'query { myLicences { id } }';
const SEALS = 'query { seals { id } }';
const REVOKE_SEAL =
  'mutation($id: ID!) { revokeSeal(id: $id, reason: "证书到期更换") { id status } }';
const ISSUE_LICENCE =
  'mutation($i: IssueLicenceInput!) { issueLicence(input: $i) { id } }';
const USE_LICENCE =
  'mutation($i: UseLicenceInput!) { useLicence(input: $i) { status use { caseReference } copy { id } } }';
const MY_LICENCE_USES = 'query { myLicenceUses { caseReference purpose } }';
const LICENCE_EVENTS_FOR_CASE =
  'query($c: ID!) { licenceEventsForCase(caseId: $c) { id kind } }';
const LICENCE_EVENTS = 'query { licenceEvents { id } }';
const AWAITING_SIGNATURE = 'query { licencesAwaitingSignature { id } }';
const CONFIRM_SIGNATURE =
  'mutation($id: ID!) { confirmLicenceSignature(id: $id, contentDigest: "00") { id } }';
const REVOKE_LICENCE =
  'mutation($id: ID!) { revokeLicence(id: $id, reason: "撤销") { id } }';
const CREATE_SEAL =
  'mutation($i: CreateSealInput!) { createSeal(input: $i) { id status } }';
const IMPORT_LICENCES =
  'mutation($i: ImportLicencesInput!) { importLicences(input: $i) { total imported rejections { code } } }';
const EXPORT_LICENCES =
  'query($t: String!) { exportLicences(licenceTypeCode: $t, departmentCode: "CQ-SCJG") { rows } }';
const KEY_SET = 'query { verificationKeySet { signature } }';
const HUB_VERIFY =
  'query($i: String!) { hubVerifyLicence(identifier: $i, regionCode: "51") { found } }';
const FETCH_REMOTE =
  'mutation($i: String!, $c: ID!, $k: String!) { fetchRemoteLicence(identifier: $i, caseId: $c, purpose: MATERIAL_EXEMPTION, idempotencyKey: $k) { identifier } }';
/** The 四川 营业执照 that the sandbox national hub holds. */
const SICHUAN_LICENCE = buildLicenceIdentifier(
  '11510000MB0000001A001',
  '11510000MB0000001A',
  '20240000001',
  1,
);
const UPDATE_LICENCE_TYPE =
  'mutation($i: UpdateLicenceTypeInput!) { updateLicenceType(input: $i) { code } }';
const CREATE_LICENCE_TYPE =
  'mutation($i: CreateLicenceTypeInput!) { createLicenceType(input: $i) { code } }';
const FIND_LICENCES =
  'query($q: String!) { findLicences(query: $q) { id holderName } }';
const LICENCE_TYPE = 'query($c: String!) { licenceType(code: $c) { code } }';
const PUBLISH_CATALOGUE = 'mutation { publishLicenceCatalogue }';
const USER = 'query($id: ID!) { user(id: $id) { id name masked } }';
const USER_BY_ID_CARD =
  'query($n: String!) { userByIdCard(idCardNumber: $n) { id masked } }';
const LOAD_HOLIDAYS =
  'mutation($i: LoadHolidayScheduleInput!) { loadHolidaySchedule(input: $i) { year } }';
const SEARCH_ITEMS = 'query { searchItems(keyword: "低保") { id name } }';
const ITEM = 'query($id: ID!) { item(id: $id) { id name } }';
const ITEM_VERSION =
  'query($id: ID!) { itemVersion(itemId: $id, version: 1) { id version } }';
const ITEM_STATISTICS = 'query { itemStatistics { total } }';
const START_ITEM_DRAFT =
  'mutation($id: ID!) { startItemDraft(itemId: $id) { id status } }';
const ITEM_DRAFTS = 'query { itemDrafts { id status } }';
const LEGAL_REVIEW =
  'mutation($id: ID!) { reviewItemDraftForLegality(itemId: $id, version: 2, expectedRevision: 0, approve: true) { id } }';
const DELEGATE_ITEM =
  'mutation($id: ID!) { delegateItem(itemId: $id, divisionCodes: ["500238"], reason: "下放至区县实施") { id status } }';
const SAVE_THEME =
  'mutation { saveDictionaryEntry(input: { dictionary: "THEME", code: "MARRIAGE", name: "婚姻登记", nameEn: "Marriage", order: 5, enabled: true }) { code } }';
const SERVICES =
  'query($s: IntermediaryServiceStatus) { intermediaryServices(status: $s) { id } }';
const REGISTER_AGENCY =
  'mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { id state } }';
const REGISTER_CERTIFICATE =
  'mutation($i: CertificateInput!) { registerCertificate(input: $i) { algorithm } }';
const AGENCIES = 'query { agencies { id name } }';
const REGISTRATIONS = 'query { registrations(state: CHECKING) { id } }';
const ANNOUNCEMENT_REGISTRANTS =
  'query { announcementRegistrants(announcementId: "demo-announcement-1") { agencyId eligible } }';
const CHECK_REGISTRATION =
  'mutation { checkRegistration(id: "no-such-registration", expectedVersion: 0, corrections: []) { id } }';
const CREATE_SERVICE =
  'mutation($i: IntermediaryServiceInput!) { createIntermediaryService(input: $i) { id status } }';
const SUPERVISION =
  'query { intermediarySupervision { lateness { kind } openComplaints { id } } }';
const CHANNELS = 'query { complaintChannels { name phone } }';
const DECIDE_OBJECTION =
  'mutation { decideObjection(id: "no-such-objection", upheld: false, note: "核查") { id } }';
const HALLS = 'query { halls(divisionCode: "500238") { id } }';
const HALL_ATTENDANCE =
  'query($h: ID!) { hallAttendance(hallId: $h, date: "2026-12-04") { staffUserId } }';
const CHECK_IN_ATTENDANCE =
  'mutation($h: ID!) { checkInAttendance(hallId: $h) { staffUserId } }';
const AUDIT_RECORDS =
  'query { auditRecords(first: 5) { nodes { id action outcome } } }';
const STAFF_ACCOUNTS =
  'query($d: String!) { staffAccounts(divisionCode: $d, first: 5) { nodes { id } } }';
const CREATE_STAFF =
  'mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id roles divisionCode } }';
const MY_AGENT_GRANTS = 'query { myAgentGrants { id } }';
const ROTATE_SIGNING_KEY = 'mutation { rotateSigningKey { kid } }';
const TAKE_TICKET =
  'mutation($h: ID!, $k: String!) { takeTicket(hallId: $h, category: GENERAL, idempotencyKey: $k) { id } }';
const CALL_NEXT =
  'mutation($h: ID!) { callNext(hallId: $h, windowNumber: 1) { id } }';
const QUEUE_MONITOR =
  'query($h: ID!) { queueMonitor(hallId: $h) { waitingCount windows { window { id } } } }';
const WINDOW_QUEUE =
  'query($h: ID!) { windowQueue(hallId: $h, windowNumber: 1) { waitingCount } }';
const HALL_STAFF = 'query($h: ID!) { hallStaff(hallId: $h) { staffUserId } }';
const HALL_NOTICES = 'query($h: ID!) { hallNotices(hallId: $h) { id } }';
const CONFIGURE_HALL =
  'mutation($h: ID!) { configureHall(hallId: $h, input: { openingHours: "", phone: "023-12345", departmentCodes: [] }) { id } }';
const HALL_PERFORMANCE =
  'query($h: ID!) { hallPerformance(hallId: $h, from: "2026-12-01", to: "2026-12-04") { caseStatsAvailable windows { ticketsServed } } }';

// ----- fixtures -----

const DATASETS = 'query { datasets { id } }';
const DATASET_ROWS =
  'query($d: ID!) { datasetRows(datasetId: $d) { rows { key values { field value masked } } } }';
const DATASET_STATISTICS =
  'query($d: ID!) { datasetStatistics(datasetId: $d) { rowCount { value } } }';
const REQUEST_SHARING =
  'mutation($d: ID!, $k: String!) { requestDatasetSharing(input: { datasetId: $d, purpose: "核查申请人信息" }, idempotencyKey: $k) { id } }';
const DECIDE_SHARING =
  'mutation($id: ID!) { decideSharingRequest(id: $id, approve: false) { id status } }';
const OPEN_DATASETS = 'query { openDatasets { csvPath } }';
const APPLICATION_STATISTICS =
  'query { applicationStatistics { lines { submitted { value suppressed } } } }';

/** Creates a pending request of market regulation for the government-service office's applications. */
async function pendingSharingRequest(): Promise<Variables> {
  const data = await succeed('data.scjg', REQUEST_SHARING, {
    d: 'cases.applications',
    k: randomUUID(),
  });
  return { id: data.requestDatasetSharing.id };
}

const ZHANG = '13800138000'; // citizen registered in 巫溪县城北村
const OUYANG = '13900139000'; // citizen registered in 渝中区
const VILLAGE_CHENGBEI = '500238100205';
const VILLAGE_YUDU = '500238100206';
const YUZHONG_STREET = '500103001';

function demoAccount(account: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.account === account);
  if (!found) throw new Error(`Unknown demo account ${account}.`);
  return found;
}

const items = { mz: '', scjg: '' };

/** One uploaded file per uploader, reused for every material. */
const fileOf = new Map<string, string>();

async function uploadFile(account: string): Promise<string> {
  const known = fileOf.get(account);
  if (known) return known;
  const data = await succeed(account, UPLOAD, {
    i: {
      fileName: '申请材料.png',
      mimeType: 'image/png',
      contentBase64: PNG_BASE64,
    },
  });
  fileOf.set(account, data.uploadMaterial.id);
  return data.uploadMaterial.id as string;
}

/** Form data of the civil-affairs (民政) or market-regulation (市场监管) item for a citizen. */
function formData(kind: 'mz' | 'scjg', citizen: string) {
  const person = demoAccount(citizen);
  const applicant = {
    applicantName: person.name,
    applicantIdCard: person.idCardNumber,
    contactMobile: person.mobile,
  };
  return kind === 'mz'
    ? { ...applicant, householdSize: 3, monthlyIncome: 900 }
    : {
        ...applicant,
        businessName: `${person.name}便利店`,
        entityType: '个体工商户（个人经营）',
        legalRepresentative: person.name,
        businessScope: '预包装食品零售',
        premisesAddress: '重庆市示例路1号',
      };
}

/** Submits an application as `submitter` (the citizen, or intake staff for the citizen); returns the case id. */
async function submitCase(
  kind: 'mz' | 'scjg',
  citizen: string,
  divisionCode: string,
  submitter = citizen,
): Promise<string> {
  const fileId = await uploadFile(submitter);
  const data = await succeed(submitter, SUBMIT, {
    i: application(kind, citizen, divisionCode, fileId, submitter),
  });
  return data.submitApplication.id as string;
}

function application(
  kind: 'mz' | 'scjg',
  citizen: string,
  divisionCode: string,
  fileId: string,
  submitter: string,
) {
  return {
    itemId: items[kind],
    divisionCode,
    formData: formData(kind, citizen),
    materials: ['M1', 'M2', 'M3'].map((code) => ({ code, fileId })),
    ...(submitter === citizen
      ? {}
      : { applicantUserId: session(citizen).userId }),
    idempotencyKey: randomUUID(),
  };
}

/** Submits and accepts a case, so a reviewer or approver can decide it. */
async function acceptedCase(
  kind: 'mz' | 'scjg',
  citizen: string,
  divisionCode: string,
  clerk: string,
): Promise<string> {
  const id = await submitCase(kind, citizen, divisionCode);
  await succeed(clerk, ACCEPT, { id });
  return id;
}

/** Shared records that refused rows point at; refusals change nothing, so rows can share them. */
const fixture = {
  /** 民政 case at 城北村 (巫溪县), submitted. */
  mzChengbei: '',
  /** 民政 case at 渔渡村 (巫溪县, outside 城北村), submitted. */
  mzYudu: '',
  /** 民政 case in 渝中区, submitted. */
  mzYuzhong: '',
  /** 市场监管 case at 城北村 (巫溪县), submitted. */
  scjgChengbei: '',
  /** 民政 case at 城北村, accepted. */
  mzChengbeiAccepted: '',
  /** 民政 case in 渝中区, accepted. */
  mzYuzhongAccepted: '',
  /** 市场监管 case at 城北村, approved with a 营业执照 issued. */
  scjgLicensed: '',
  /** The 营业执照 of scjgLicensed, held by 张三. */
  licence: '',
};

/** useLicence variables: a copy of the fixture licence for a fixture case, or for no case. */
async function licenceUse(caseKey: keyof typeof fixture | null) {
  const data = await succeed(
    ZHANG,
    'query($id: ID!) { licence(id: $id) { identifier } }',
    { id: fixture.licence },
  );
  return {
    i: {
      idempotencyKey: randomUUID(),
      identifier: data.licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      ...(caseKey ? { caseId: fixture[caseKey] } : {}),
    },
  };
}

function sealInput(departmentCode: string) {
  return {
    i: {
      departmentCode,
      name: '行政审批专用章',
      algorithm: 'ECDSA_P256',
      validFrom: new Date().toISOString(),
      validTo: new Date(Date.now() + 365 * 86400_000).toISOString(),
    },
  };
}

/** A one-row CSV of an earlier 营业执照 register, with a fresh legacy number. */
function importInput(departmentCode: string) {
  const first17 = '92500238MA0000002';
  // The business licence requires its name, type, representative, domicile and scope.
  const csv = [
    '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称,类型,法定代表人,住所,经营范围',
    `E2E-${randomUUID().slice(0, 8)},城北村便利店,${first17}${creditCodeCheckChar(first17)},500238100205,2019-03-01,城北村便利店,个体工商户,张三,重庆市巫溪县城北村1组,日用百货零售`,
  ].join('\r\n');
  return {
    i: {
      idempotencyKey: randomUUID(),
      licenceTypeCode: licenceTypeByName('营业执照').code,
      departmentCode,
      format: 'CSV',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    },
  };
}

/** findLicences variables: the identifier of the fixture licence. */
async function fixtureLicenceQuery() {
  const data = await succeed(
    ZHANG,
    'query($id: ID!) { licence(id: $id) { identifier } }',
    { id: fixture.licence },
  );
  return { q: data.licence.identifier };
}

/** createLicenceType input for CQ-SCJG with validYears 0, which every caller who passes the access check gets BAD_USER_INPUT for. */
function invalidNewLicenceType() {
  const { code: _code, ...fields } = invalidLicenceType();
  return {
    i: {
      ...fields,
      idempotencyKey: randomUUID(),
      code: `${licenceTypeByName('营业执照').code.slice(0, 18)}901`,
      name: '测试证照',
      nameEn: 'Test licence',
      departmentCode: 'CQ-SCJG',
    },
  };
}

function invalidLicenceType() {
  return {
    code: licenceTypeByName('营业执照').code,
    validYears: 0,
    holderRule: 'ANY',
    signingMode: 'AUTOMATIC',
    faceElements: [
      { key: 'businessName', label: '名称', labelEn: 'Name', required: false },
    ],
    printLayout: {
      title: '营业执照',
      orientation: 'LANDSCAPE',
      elementOrder: [],
    },
  };
}

// ----- the table -----

/** DATA: the call returns data without errors; otherwise the exact `extensions.code`. */
type Outcome = 'DATA' | 'FORBIDDEN' | 'UNAUTHENTICATED' | string;

type Variables = Record<string, unknown>;

interface Row {
  /** Demo account, or null for an anonymous request. */
  account: string | null;
  /** Root field called, as the audit record names it. */
  operation: string;
  /** Record or situation the call targets, for the test name. */
  target: string;
  query: string;
  variables: () => Promise<Variables> | Variables;
  outcome: Outcome;
  /** Further checks on the data of an allowed row. */
  check?: (data: any) => void;
}

/**
 * One cell of an operation's rows: who calls, on what, with which outcome.
 * The subject is turned into the call's variables by the operation.
 */
type Cell<S> = [
  account: string | null,
  target: string,
  subject: S,
  outcome: Outcome,
  check?: (data: any) => void,
];

/** Builds the rows of one operation from its cells. */
function operation<S>(
  name: string,
  query: string,
  variables: (subject: S) => Promise<Variables> | Variables,
  cells: Cell<S>[],
): Row[] {
  return cells.map(([account, target, subject, outcome, check]) => ({
    account,
    operation: name,
    target,
    query,
    variables: () => variables(subject),
    outcome,
    check,
  }));
}

type CaseKey = keyof typeof fixture;
/** A shared fixture case, or a function that makes a fresh case for a row that changes it. */
type CaseSubject = CaseKey | (() => Promise<string>);

async function caseVariables(subject: CaseSubject): Promise<Variables> {
  return {
    id: typeof subject === 'string' ? fixture[subject] : await subject(),
  };
}

const none = () => ({});

/** Case number of a fixture case and a suffix of its applicant's ID-card number: the right one, or 000000. */
async function progressVariables(subject: {
  key: CaseKey;
  right: boolean;
}): Promise<Variables> {
  const data = await succeed(ZHANG, CASE_NUMBER, { id: fixture[subject.key] });
  return {
    n: data.case.caseNumber,
    s: subject.right ? demoAccount(ZHANG).idCardNumber!.slice(-6) : '000000',
    q: data.case.queryCode,
  };
}

const orderVariables = (key: CaseKey) => ({
  i: {
    caseId: fixture[key],
    content: '请说明办理进度',
    replyWithinWorkingDays: 3,
    idempotencyKey: randomUUID(),
  },
});
const itemVariables = () => ({ itemId: items.mz });
const workflowVariables = () => ({
  i: {
    itemId: items.mz,
    steps: ['ACCEPTANCE', 'REVIEW', 'DECISION', 'COMPLETION'],
    handledBy: 'PLATFORM',
    version: 0,
  },
});
const userOf = (account: string) => ({ id: session(account).userId });
const idCardOf = (account: string) => ({
  n: demoAccount(account).idCardNumber,
});

const MASKED_NAME = /^[^*]+\*+$/;
const applicantIs = (name: string) => (d: any) =>
  expect(d.case.applicantName).toBe(name);
const applicantMasked = (d: any) =>
  expect(d.case.applicantName).toMatch(MASKED_NAME);
const holderIs = (name: string) => (d: any) =>
  expect(d.licence.holderName).toBe(name);
const statusIs = (field: string, status: string) => (d: any) =>
  expect(d[field].status).toBe(status);
/** Checks that an approval was written: APPROVED while the licence is issued, COMPLETED after. */
const decided = (field: string) => (d: any) =>
  expect(['APPROVED', 'COMPLETED']).toContain(d[field].status);
const masked = (value: boolean) => (d: any) =>
  expect(d.user.masked).toBe(value);

/** Checks that a case list contains the `inside` cases and none of the `outside` ones. */
function listsCases(field: string, inside: CaseKey[], outside: CaseKey[]) {
  return (d: any) => {
    const ids = d[field].map((c: { id: string }) => c.id);
    for (const key of inside) expect(ids, key).toContain(fixture[key]);
    for (const key of outside) expect(ids, key).not.toContain(fixture[key]);
  };
}

const freshSubmitted =
  (kind: 'mz' | 'scjg', citizen: string, division: string) => () =>
    submitCase(kind, citizen, division);
const freshAccepted =
  (kind: 'mz' | 'scjg', citizen: string, division: string, clerk: string) =>
  () =>
    acceptedCase(kind, citizen, division, clerk);

/** Application filed by `submitter`: the citizen themself, or staff on the citizen's behalf. */
type Filing = { citizen: string; division: string; submitter: string };
const filing = (citizen: string, division: string, submitter: string) => ({
  citizen,
  division,
  submitter,
});
async function filingVariables(f: Filing): Promise<Variables> {
  const uploader = f.submitter === 'reviewer.mz' ? f.citizen : f.submitter;
  const fileId = await uploadFile(uploader);
  return {
    i: application('mz', f.citizen, f.division, fileId, f.submitter),
  };
}

/** A new staff account's input: a fresh account name and mobile, so rows never collide. */
function staffInput(access: { roles: string[]; divisionCode: string }) {
  const suffix = randomUUID().replace(/\D/g, '').padEnd(8, '7').slice(0, 8);
  return {
    i: {
      account: `staff.${suffix}`,
      name: '测试职员',
      mobile: `139${suffix}`,
      ...access,
    },
  };
}

const uploadVariables = () => ({
  i: { fileName: 'a.png', mimeType: 'image/png', contentBase64: PNG_BASE64 },
});
const INVALID_HOLIDAYS = {
  i: { year: 1999, holidays: [], workdays: [], notice: '测试' },
};

// One line per row, so the table reads as a table.
// prettier-ignore
const rows: Row[] = [
  // ----- cases: reads -----
  ...operation('case', CASE, caseVariables, [
    [ZHANG, 'own case', 'mzChengbei', 'DATA', applicantIs('张三')],
    [OUYANG, "another citizen's case", 'mzChengbei', 'FORBIDDEN'],
    [null, '巫溪 case', 'mzChengbei', 'UNAUTHENTICATED'],
    ['clerk.chengbei', '城北村 case', 'mzChengbei', 'DATA', applicantIs('张三')],
    ['clerk.chengbei', '渔渡村 case', 'mzYudu', 'FORBIDDEN'],
    ['reviewer.mz', '巫溪 CQ-MZ case', 'mzYudu', 'DATA', applicantIs('张三')],
    ['reviewer.mz', '渝中 case', 'mzYuzhong', 'FORBIDDEN'],
    ['reviewer.mz', 'CQ-SCJG case', 'scjgChengbei', 'FORBIDDEN'],
    ['reviewer.scjg', 'CQ-SCJG case', 'scjgChengbei', 'DATA'],
    ['window.yuzhong', '渝中 case', 'mzYuzhong', 'DATA', applicantIs('欧阳娜娜')],
    ['window.yuzhong', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['licence.scjg', 'CQ-SCJG case', 'scjgChengbei', 'DATA'],
    ['licence.scjg', 'CQ-MZ case', 'mzChengbei', 'FORBIDDEN'],
    ['manager.wuxi', '巫溪 case', 'mzChengbei', 'DATA', applicantMasked],
    ['manager.wuxi', '渝中 case', 'mzYuzhong', 'FORBIDDEN'],
    ['supervisor.city', '渝中 case', 'mzYuzhong', 'DATA', applicantMasked],
    ['analyst.city', '巫溪 case', 'mzChengbei', 'DATA', applicantMasked],
    ['auditor.city', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['itemadmin.city', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['sealadmin.city', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['admin.wuxi', '巫溪 case', 'mzChengbei', 'DATA', applicantIs('张三')],
    ['admin.wuxi', '渝中 case', 'mzYuzhong', 'FORBIDDEN'],
  ]),
  ...operation('myCases', MY_CASES, none, [
    [ZHANG, 'own cases', null, 'DATA', listsCases('myCases', ['mzChengbei'], ['mzYuzhong'])],
    [null, 'no token', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('worklist', WORKLIST, none, [
    ['clerk.chengbei', '城北村 only', null, 'DATA', listsCases('worklist', ['mzChengbei'], ['mzYudu', 'mzYuzhong'])],
    ['reviewer.mz', '巫溪 CQ-MZ only', null, 'DATA', listsCases('worklist', ['mzYudu'], ['scjgChengbei', 'mzYuzhong'])],
    ['window.yuzhong', '渝中 only', null, 'DATA', listsCases('worklist', ['mzYuzhong'], ['mzChengbei'])],
    ['licence.scjg', 'CQ-SCJG only', null, 'DATA', listsCases('worklist', ['scjgChengbei'], ['mzChengbei'])],
    ['analyst.city', 'any', null, 'FORBIDDEN'],
    ['supervisor.city', 'any', null, 'FORBIDDEN'],
    ['auditor.city', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('supervisedCases', SUPERVISED, none, [
    ['analyst.city', 'city-wide, masked', null, 'DATA', (d) => {
      const row = d.supervisedCases.find((c: { id: string }) => c.id === fixture.mzYuzhong);
      expect(row.applicantName).toMatch(MASKED_NAME);
    }],
    ['supervisor.city', 'city-wide', null, 'DATA', listsCases('supervisedCases', ['mzChengbei', 'mzYuzhong'], [])],
    ['admin.wuxi', '巫溪 only', null, 'DATA', listsCases('supervisedCases', ['mzChengbei'], ['mzYuzhong'])],
    ['auditor.city', 'any', null, 'FORBIDDEN'],
    ['reviewer.scjg', 'any', null, 'FORBIDDEN'],
  ]),

  // ----- cases: writes -----
  ...operation('uploadMaterial', UPLOAD, uploadVariables, [
    [OUYANG, 'own file', null, 'DATA'],
    ['analyst.city', 'a file', null, 'FORBIDDEN'],
    ['auditor.city', 'a file', null, 'FORBIDDEN'],
    ['reviewer.mz', 'a file', null, 'FORBIDDEN'],
  ]),
  ...operation('submitApplication', SUBMIT, filingVariables, [
    [null, 'no token', filing(ZHANG, VILLAGE_CHENGBEI, ZHANG), 'UNAUTHENTICATED'],
    ['window.yuzhong', '渝中 citizen at 渝中', filing(OUYANG, YUZHONG_STREET, 'window.yuzhong'), 'DATA', statusIs('submitApplication', 'SUBMITTED')],
    ['window.yuzhong', '巫溪 citizen', filing(ZHANG, YUZHONG_STREET, 'window.yuzhong'), 'FORBIDDEN'],
    ['clerk.chengbei', '城北村 citizen', filing(ZHANG, VILLAGE_CHENGBEI, 'clerk.chengbei'), 'DATA', statusIs('submitApplication', 'SUBMITTED')],
    ['clerk.chengbei', '渝中 citizen', filing(OUYANG, VILLAGE_CHENGBEI, 'clerk.chengbei'), 'FORBIDDEN'],
    ['reviewer.mz', '巫溪 citizen', filing(ZHANG, VILLAGE_CHENGBEI, 'reviewer.mz'), 'FORBIDDEN'],
  ]),
  ...operation('acceptCase', ACCEPT, caseVariables, [
    ['clerk.chengbei', '城北村 case', freshSubmitted('mz', ZHANG, VILLAGE_CHENGBEI), 'DATA', statusIs('acceptCase', 'ACCEPTED')],
    ['clerk.chengbei', '渔渡村 case', 'mzYudu', 'FORBIDDEN'],
    ['window.yuzhong', '渝中 case', freshSubmitted('mz', OUYANG, YUZHONG_STREET), 'DATA', statusIs('acceptCase', 'ACCEPTED')],
    ['window.yuzhong', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['reviewer.mz', '巫溪 CQ-MZ case', 'mzChengbei', 'FORBIDDEN'],
    ['supervisor.city', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['analyst.city', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    [null, '巫溪 case', 'mzChengbei', 'UNAUTHENTICATED'],
  ]),
  ...operation('notAcceptCase', NOT_ACCEPT, caseVariables, [
    ['window.yuzhong', '渝中 case', freshSubmitted('mz', OUYANG, YUZHONG_STREET), 'DATA', statusIs('notAcceptCase', 'NOT_ACCEPTED')],
    ['clerk.wuxi', '渝中 case', 'mzYuzhong', 'FORBIDDEN'],
  ]),
  ...operation('approveCase', APPROVE, caseVariables, [
    ['approver.scjg', 'CQ-SCJG case', freshAccepted('scjg', ZHANG, VILLAGE_CHENGBEI, 'clerk.chengbei'), 'DATA', decided('approveCase')],
    // The decision needs APPROVER unless the item's workflow assigns it to reviewers.
    ['reviewer.mz', '巫溪 CQ-MZ case', freshAccepted('mz', ZHANG, VILLAGE_YUDU, 'clerk.wuxi'), 'FORBIDDEN'],
    ['reviewer.mz', '渝中 case', 'mzYuzhongAccepted', 'FORBIDDEN'],
    ['approver.scjg', 'CQ-MZ case', 'mzChengbeiAccepted', 'FORBIDDEN'],
    ['clerk.chengbei', '城北村 case', 'mzChengbeiAccepted', 'FORBIDDEN'],
    ['window.yuzhong', '渝中 case', 'mzYuzhongAccepted', 'FORBIDDEN'],
    ['licence.scjg', '巫溪 case', 'mzChengbeiAccepted', 'FORBIDDEN'],
  ]),
  ...operation('rejectCase', REJECT, caseVariables, [
    ['approver.scjg', 'CQ-SCJG case', freshAccepted('scjg', ZHANG, VILLAGE_CHENGBEI, 'clerk.chengbei'), 'DATA', statusIs('rejectCase', 'REJECTED')],
    ['reviewer.mz', '巫溪 CQ-MZ case', freshAccepted('mz', ZHANG, VILLAGE_CHENGBEI, 'clerk.chengbei'), 'FORBIDDEN'],
    ['reviewer.mz', '渝中 case', 'mzYuzhongAccepted', 'FORBIDDEN'],
    ['manager.wuxi', '巫溪 case', 'mzChengbeiAccepted', 'FORBIDDEN'],
  ]),
  // The issuance of scjgLicensed succeeded, so a permitted caller gets INVALID_STATE, not a refusal.
  ...operation('retryLicenceIssue', RETRY_LICENCE, caseVariables, [
    ['licence.scjg', 'CQ-SCJG case', 'scjgLicensed', 'INVALID_STATE'],
    ['approver.scjg', 'CQ-SCJG case', 'scjgLicensed', 'FORBIDDEN'],
    ['admin', 'CQ-SCJG case', 'scjgLicensed', 'FORBIDDEN'],
    ['licence.scjg', 'CQ-MZ case', 'mzChengbeiAccepted', 'FORBIDDEN'],
  ]),
  ...operation('suspendCase', SUSPEND, caseVariables, [
    ['reviewer.mz', '巫溪 CQ-MZ case', freshAccepted('mz', ZHANG, VILLAGE_CHENGBEI, 'clerk.chengbei'), 'DATA', statusIs('suspendCase', 'SUSPENDED')],
    ['reviewer.mz', '渝中 case', 'mzYuzhongAccepted', 'FORBIDDEN'],
    ['clerk.chengbei', '城北村 case', 'mzChengbeiAccepted', 'FORBIDDEN'],
    ['supervisor.city', '巫溪 case', 'mzChengbeiAccepted', 'FORBIDDEN'],
  ]),
  ...operation('withdrawApplication', WITHDRAW, caseVariables, [
    [ZHANG, 'own case', freshSubmitted('mz', ZHANG, VILLAGE_CHENGBEI), 'DATA', statusIs('withdrawApplication', 'WITHDRAWN')],
    [OUYANG, "another citizen's case", 'mzChengbei', 'FORBIDDEN'],
    ['clerk.chengbei', '城北村 case', 'mzChengbei', 'FORBIDDEN'],
    [null, '巫溪 case', 'mzChengbei', 'UNAUTHENTICATED'],
  ]),
  ...operation('transferCase', TRANSFER, caseVariables, [
    // Access passes; 人社 implements no 低保 item, so the input is rejected.
    ['clerk.chengbei', '城北村 case to 人社', freshSubmitted('mz', ZHANG, VILLAGE_CHENGBEI), 'BAD_USER_INPUT'],
    ['clerk.chengbei', '渔渡村 case', 'mzYudu', 'FORBIDDEN'],
    ['analyst.city', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
  ]),
  // Before acceptance only intake staff issue the correction notice.
  ...operation('requestCorrection', REQUEST_CORRECTION, caseVariables, [
    ['clerk.chengbei', '城北村 case', freshSubmitted('mz', ZHANG, VILLAGE_CHENGBEI), 'DATA', statusIs('requestCorrection', 'CORRECTION_REQUIRED')],
    ['reviewer.mz', '巫溪 submitted case', 'mzChengbei', 'FORBIDDEN'],
    ['window.yuzhong', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
  ]),
  ...operation('caseProgress', PROGRESS, progressVariables, [
    [null, 'right ID suffix', { key: 'mzChengbei', right: true }, 'DATA', (d) => expect(d.caseProgress.applicantName).toMatch(MASKED_NAME)],
    [null, 'wrong ID suffix', { key: 'mzChengbei', right: false }, 'DATA', (d) => expect(d.caseProgress).toBeNull()],
  ]),
  ...operation('itemWorkflow', ITEM_WORKFLOW, itemVariables, [
    ['reviewer.mz', 'CQ-MZ item', null, 'DATA'],
    [ZHANG, 'CQ-MZ item', null, 'FORBIDDEN'],
    [null, 'CQ-MZ item', null, 'UNAUTHENTICATED'],
  ]),
  // No row saves a workflow, so the cases other rows submit keep the default steps.
  ...operation('configureItemWorkflow', CONFIGURE_WORKFLOW, workflowVariables, [
    ['reviewer.mz', 'CQ-MZ item', null, 'FORBIDDEN'],
    ['supervisor.city', 'CQ-MZ item', null, 'FORBIDDEN'],
  ]),
  ...operation('supervisionStats', STATS, none, [
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['analyst.city', 'city-wide', null, 'DATA'],
    ['reviewer.mz', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('identityStatistics', IDENTITY_STATISTICS, none, [
    ['analyst.city', 'city-wide', null, 'DATA'],
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['reviewer.mz', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('caseStatistics', CASE_STATISTICS, none, [
    ['analyst.city', 'city-wide', null, 'DATA'],
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['reviewer.mz', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('hallStatistics', HALL_STATISTICS, none, [
    ['analyst.city', 'city-wide', null, 'DATA'],
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['reviewer.mz', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('licenceStatistics', LICENCE_STATISTICS, none, [
    ['analyst.city', 'city-wide', null, 'DATA'],
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['reviewer.mz', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('intermediaryStatistics', INTERMEDIARY_STATISTICS, none, [
    ['analyst.city', 'city-wide', null, 'DATA'],
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['reviewer.mz', 'any', null, 'FORBIDDEN'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('supervisionWarnings', WARNINGS, none, [
    ['supervisor.city', 'city-wide', null, 'DATA'],
    ['analyst.city', 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('issueSupervisionOrder', ORDER, orderVariables, [
    ['supervisor.city', '巫溪 case', 'mzChengbei', 'DATA', statusIs('issueSupervisionOrder', 'OPEN')],
    ['admin.wuxi', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
    ['reviewer.mz', '巫溪 case', 'mzChengbei', 'FORBIDDEN'],
  ]),

  // ----- licenses -----
  ...operation('licence', LICENCE, () => ({ id: fixture.licence }), [
    [ZHANG, 'own licence', null, 'DATA', holderIs('张三')],
    [OUYANG, "another citizen's licence", null, 'FORBIDDEN'],
    [null, 'CQ-SCJG licence', null, 'UNAUTHENTICATED'],
    ['licence.scjg', 'CQ-SCJG licence', null, 'DATA', holderIs('张三')],
    ['reviewer.mz', 'CQ-SCJG licence', null, 'FORBIDDEN'],
    ['window.yuzhong', '巫溪 licence', null, 'FORBIDDEN'],
    ['analyst.city', 'CQ-SCJG licence', null, 'DATA', (d) => expect(d.licence.holderName).toMatch(MASKED_NAME)],
    ['auditor.city', 'CQ-SCJG licence', null, 'FORBIDDEN'],
    ['sealadmin.city', 'CQ-SCJG licence', null, 'FORBIDDEN'],
  ]),
  ...operation('myLicences', MY_LICENCES, none, [
    [ZHANG, 'own licences', null, 'DATA', (d) => expect(d.myLicences.map((l: { id: string }) => l.id)).toContain(fixture.licence)],
    [null, 'no token', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('seals', SEALS, none, [
    ['sealadmin.city', 'city seals', null, 'DATA', (d) => expect(d.seals.length).toBeGreaterThan(0)],
    ['licence.scjg', 'city seals', null, 'FORBIDDEN'],
    ['analyst.city', 'city seals', null, 'FORBIDDEN'],
  ]),
  ...operation('revokeSeal', REVOKE_SEAL, (sealId: string) => ({ id: sealId }), [
    ['sealadmin.city', 'CQ-YJ seal', 'seal-CQ-YJ-1', 'DATA', statusIs('revokeSeal', 'REVOKED')],
    ['admin.wuxi', 'city CQ-JT seal', 'seal-CQ-JT-1', 'NOT_FOUND'],
    ['licence.scjg', 'CQ-SCJG seal', 'seal-CQ-SCJG-1', 'FORBIDDEN'],
    ['analyst.city', 'CQ-SCJG seal', 'seal-CQ-SCJG-1', 'FORBIDDEN'],
  ]),
  ...operation('issueLicence', ISSUE_LICENCE, () => ({ i: issueInput() }), [
    ['licence.scjg', 'CQ-SCJG licence', null, 'FORBIDDEN'],
    ['approver.scjg', 'CQ-SCJG licence', null, 'FORBIDDEN'],
  ]),
  // useLicence asks the real cases subgraph whether the caller may handle the case.
  ...operation('useLicence', USE_LICENCE, licenceUse, [
    ['clerk.chengbei', "holder's 城北村 case", 'scjgChengbei', 'DATA', (d) => expect(d.useLicence.copy.id).toBe(fixture.licence)],
    ['clerk.chengbei', 'no case', null, 'LICENCE_USE_PURPOSE_REQUIRED'],
    ['window.yuzhong', '巫溪 case', 'scjgChengbei', 'LICENCE_USE_PURPOSE_REQUIRED'],
    ['supervisor.city', '巫溪 case', 'scjgChengbei', 'FORBIDDEN'],
    [ZHANG, 'own case', 'scjgChengbei', 'FORBIDDEN'],
    [null, '巫溪 case', 'scjgChengbei', 'UNAUTHENTICATED'],
  ]),
  ...operation('myLicenceUses', MY_LICENCE_USES, none, [
    [ZHANG, 'own licence uses', null, 'DATA', (d) => expect(d.myLicenceUses).toContainEqual(expect.objectContaining({ purpose: 'MATERIAL_EXEMPTION' }))],
    [null, 'no token', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('licenceEventsForCase', LICENCE_EVENTS_FOR_CASE, (c: keyof typeof fixture) => ({ c: fixture[c] }), [
    ['clerk.chengbei', '城北村 case', 'scjgChengbei', 'DATA'],
    ['window.yuzhong', '巫溪 case', 'scjgChengbei', 'LICENCE_USE_PURPOSE_REQUIRED'],
    ['analyst.city', '巫溪 case', 'scjgChengbei', 'FORBIDDEN'],
  ]),
  ...operation('licenceEvents', LICENCE_EVENTS, none, [
    ['admin', 'every licence', null, 'FORBIDDEN'],
    ['licence.scjg', 'every licence', null, 'FORBIDDEN'],
  ]),
  ...operation('userChanges', 'query { userChanges(first: 1) { nextAfter } }', none, [
    ['admin', 'change feed', null, 'FORBIDDEN'],
    ['analyst.city', 'change feed', null, 'FORBIDDEN'],
  ]),
  ...operation('itemChanges', 'query { itemChanges(first: 1) { nextAfter } }', none, [
    ['admin', 'change feed', null, 'FORBIDDEN'],
    ['analyst.city', 'change feed', null, 'FORBIDDEN'],
  ]),
  ...operation('caseChanges', 'query { caseChanges(first: 1) { nextAfter } }', none, [
    ['admin', 'change feed', null, 'FORBIDDEN'],
    ['analyst.city', 'change feed', null, 'FORBIDDEN'],
  ]),
  ...operation('hallChanges', 'query { hallChanges(first: 1) { nextAfter } }', none, [
    ['admin', 'change feed', null, 'FORBIDDEN'],
    ['analyst.city', 'change feed', null, 'FORBIDDEN'],
  ]),
  ...operation('ticketChanges', 'query { ticketChanges(first: 1) { nextAfter } }', none, [
    ['admin', 'change feed', null, 'FORBIDDEN'],
    ['analyst.city', 'change feed', null, 'FORBIDDEN'],
  ]),
  ...operation('partyChanges', 'query { partyChanges(first: 1) { nextAfter } }', none, [
    ['admin', 'change feed', null, 'FORBIDDEN'],
    ['analyst.city', 'change feed', null, 'FORBIDDEN'],
  ]),
  ...operation('licencesAwaitingSignature', AWAITING_SIGNATURE, none, [
    ['licence.scjg', 'CQ-SCJG licences', null, 'DATA'],
    ['approver.scjg', 'CQ-SCJG licences', null, 'FORBIDDEN'],
    [ZHANG, 'CQ-SCJG licences', null, 'FORBIDDEN'],
  ]),
  // The fixture licence is signed, so a permitted caller gets INVALID_STATE, not a refusal.
  ...operation('confirmLicenceSignature', CONFIRM_SIGNATURE, () => ({ id: fixture.licence }), [
    ['licence.scjg', 'signed CQ-SCJG licence', null, 'INVALID_STATE'],
    ['admin', 'CQ-SCJG licence', null, 'FORBIDDEN'],
    ['reviewer.scjg', 'CQ-SCJG licence', null, 'FORBIDDEN'],
  ]),
  ...operation('revokeLicence', REVOKE_LICENCE, () => ({ id: fixture.licence }), [
    ['reviewer.scjg', 'CQ-SCJG licence', null, 'FORBIDDEN'],
    [ZHANG, 'own licence', null, 'FORBIDDEN'],
  ]),
  ...operation('createSeal', CREATE_SEAL, sealInput, [
    ['sealadmin.city', 'CQ-SCJG seal', 'CQ-SCJG', 'DATA', statusIs('createSeal', 'ACTIVE')],
    ['admin.wuxi', 'city CQ-SCJG seal', 'CQ-SCJG', 'FORBIDDEN'],
    ['licence.scjg', 'CQ-SCJG seal', 'CQ-SCJG', 'FORBIDDEN'],
  ]),
  ...operation('importLicences', IMPORT_LICENCES, importInput, [
    ['licence.scjg', 'CQ-SCJG register', 'CQ-SCJG', 'DATA', (d) => expect(d.importLicences.imported).toBe(1)],
    ['licence.scjg', 'CQ-MZ register', 'CQ-MZ', 'FORBIDDEN'],
    ['reviewer.scjg', 'CQ-SCJG register', 'CQ-SCJG', 'FORBIDDEN'],
    [ZHANG, 'CQ-SCJG register', 'CQ-SCJG', 'FORBIDDEN'],
  ]),
  ...operation('exportLicences', EXPORT_LICENCES, () => ({ t: licenceTypeByName('营业执照').code }), [
    ['licence.scjg', 'CQ-SCJG licences', null, 'DATA', (d) => expect(d.exportLicences.rows).toBeGreaterThan(0)],
    ['analyst.city', 'CQ-SCJG licences', null, 'FORBIDDEN'],
  ]),
  ...operation('verificationKeySet', KEY_SET, none, [
    [null, 'public keys', null, 'DATA'],
  ]),
  ...operation('hubVerifyLicence', HUB_VERIFY, () => ({ i: 'x' }), [
    ['admin', 'hub request', null, 'FORBIDDEN'],
    [null, 'hub request', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('fetchRemoteLicence', FETCH_REMOTE, (c: keyof typeof fixture) => ({ i: SICHUAN_LICENCE, c: fixture[c], k: randomUUID() }), [
    // The access check passes, but 张三, the applicant of the case, does not hold the Sichuan company's licence.
    ['clerk.chengbei', "张三's 城北村 case", 'scjgChengbei', 'NOT_FOUND'],
    ['window.yuzhong', '巫溪 case', 'scjgChengbei', 'LICENCE_USE_PURPOSE_REQUIRED'],
    [ZHANG, 'own case', 'scjgChengbei', 'FORBIDDEN'],
  ]),
  // Invalid input shows that the issuing department's item administrator passes the access check without changing the catalogue.
  ...operation('updateLicenceType', UPDATE_LICENCE_TYPE, () => ({ i: invalidLicenceType() }), [
    ['itemadmin.scjg', 'invalid type of own department', null, 'BAD_USER_INPUT'],
    ['itemadmin.city', "another department's type", null, 'FORBIDDEN'],
    ['licence.scjg', 'a type', null, 'FORBIDDEN'],
  ]),
  ...operation('createLicenceType', CREATE_LICENCE_TYPE, invalidNewLicenceType, [
    ['itemadmin.scjg', 'invalid type of own department', null, 'BAD_USER_INPUT'],
    ['itemadmin.city', "another department's type", null, 'FORBIDDEN'],
    ['licence.scjg', 'a type', null, 'FORBIDDEN'],
    [null, 'a type', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('licenceType', LICENCE_TYPE, () => ({ c: licenceTypeByName('营业执照').code }), [
    [null, 'public catalogue entry', null, 'DATA', (d) => expect(d.licenceType.code).toBe(licenceTypeByName('营业执照').code)],
  ]),
  ...operation('findLicences', FIND_LICENCES, fixtureLicenceQuery, [
    ['licence.scjg', 'CQ-SCJG licence', null, 'DATA', (d) => expect(d.findLicences).toHaveLength(1)],
    ['reviewer.scjg', 'CQ-SCJG licence', null, 'FORBIDDEN'],
    [ZHANG, 'own licence', null, 'FORBIDDEN'],
  ]),
  ...operation('publishLicenceCatalogue', PUBLISH_CATALOGUE, none, [
    ['admin', 'city catalogue', null, 'DATA'],
    ['itemadmin.city', 'city catalogue', null, 'FORBIDDEN'],
  ]),

  // ----- identity -----
  ...operation('user', USER, userOf, [
    [ZHANG, 'self', ZHANG, 'DATA', masked(false)],
    [OUYANG, 'another citizen', ZHANG, 'FORBIDDEN'],
    [null, 'a citizen', ZHANG, 'UNAUTHENTICATED'],
    ['clerk.chengbei', '城北村 citizen', ZHANG, 'DATA', masked(false)],
    ['clerk.chengbei', '渝中 citizen', OUYANG, 'FORBIDDEN'],
    ['reviewer.mz', '巫溪 citizen', ZHANG, 'DATA', masked(true)],
    ['analyst.city', '渝中 citizen', OUYANG, 'DATA', masked(true)],
    ['auditor.city', '渝中 citizen', OUYANG, 'FORBIDDEN'],
  ]),
  ...operation('userByIdCard', USER_BY_ID_CARD, idCardOf, [
    ['window.yuzhong', '渝中 citizen', OUYANG, 'DATA', (d) => expect(d.userByIdCard.masked).toBe(false)],
    ['window.yuzhong', '巫溪 citizen', ZHANG, 'DATA', (d) => expect(d.userByIdCard).toBeNull()],
    ['reviewer.mz', '巫溪 citizen', ZHANG, 'FORBIDDEN'],
    [ZHANG, 'another citizen', OUYANG, 'FORBIDDEN'],
  ]),
  // Invalid input shows that the city administrator passes the access check without changing the calendar.
  ...operation('loadHolidaySchedule', LOAD_HOLIDAYS, () => INVALID_HOLIDAYS, [
    ['admin', 'invalid year', null, 'BAD_USER_INPUT'],
    ['admin.wuxi', 'city-wide calendar', null, 'FORBIDDEN'],
    ['analyst.city', 'city-wide calendar', null, 'FORBIDDEN'],
  ]),

  ...operation('hallAttendance', HALL_ATTENDANCE, (h: string) => ({ h }), [
    ['manager.wuxi', '巫溪 hall', 'hall-500238', 'DATA'],
    ['manager.wuxi', '渝中 hall', 'hall-500103', 'FORBIDDEN'],
    ['window.yuzhong', '渝中 hall', 'hall-500103', 'FORBIDDEN'],
    [null, '巫溪 hall', 'hall-500238', 'UNAUTHENTICATED'],
  ]),
  ...operation('checkInAttendance', CHECK_IN_ATTENDANCE, (h: string) => ({ h }), [
    ['window.yuzhong', 'own hall', 'hall-500103', 'DATA'],
    ['window.yuzhong', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
    [ZHANG, '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
  ]),
  ...operation('auditRecords', AUDIT_RECORDS, none, [
    ['auditor.city', 'city-wide log', null, 'DATA', (d) => expect(d.auditRecords.nodes.length).toBeGreaterThan(0)],
    ['admin.wuxi', '巫溪 actors', null, 'DATA'],
    ['analyst.city', 'city-wide log', null, 'FORBIDDEN'],
    [ZHANG, 'city-wide log', null, 'FORBIDDEN'],
    [null, 'city-wide log', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('staffAccounts', STAFF_ACCOUNTS, (d: string) => ({ d }), [
    ['admin.wuxi', '巫溪 accounts', '500238', 'DATA'],
    ['admin.wuxi', '渝中 accounts', '500103', 'FORBIDDEN'],
    ['auditor.city', '巫溪 accounts', '500238', 'FORBIDDEN'],
  ]),
  ...operation('createStaffAccount', CREATE_STAFF, staffInput, [
    ['admin.wuxi', '巫溪 supervisor', { roles: ['SUPERVISOR'], divisionCode: '500238' }, 'DATA', (d) => expect(d.createStaffAccount.divisionCode).toBe('500238')],
    ['admin.wuxi', '渝中 supervisor', { roles: ['SUPERVISOR'], divisionCode: '500103' }, 'FORBIDDEN'],
    ['admin.wuxi', '巫溪 administrator', { roles: ['ADMIN'], divisionCode: '500238' }, 'FORBIDDEN'],
    ['supervisor.city', '巫溪 supervisor', { roles: ['SUPERVISOR'], divisionCode: '500238' }, 'FORBIDDEN'],
    [ZHANG, '巫溪 supervisor', { roles: ['SUPERVISOR'], divisionCode: '500238' }, 'FORBIDDEN'],
  ]),
  ...operation('myAgentGrants', MY_AGENT_GRANTS, none, [
    ['company.demo', 'own grants', null, 'DATA', (d) => expect(d.myAgentGrants.length).toBeGreaterThan(0)],
    [OUYANG, 'a legal person’s grants', null, 'FORBIDDEN'],
    ['admin', 'a legal person’s grants', null, 'FORBIDDEN'],
  ]),
  ...operation('rotateSigningKey', ROTATE_SIGNING_KEY, none, [
    ['admin.wuxi', 'city-wide key', null, 'FORBIDDEN'],
    [ZHANG, 'city-wide key', null, 'FORBIDDEN'],
  ]),

  // ----- items: the public catalogue and its version workflow -----
  ...operation('searchItems', SEARCH_ITEMS, none, [
    [null, 'published catalogue', null, 'DATA', (d) => expect(d.searchItems.length).toBeGreaterThan(0)],
  ]),
  ...operation('item', ITEM, () => ({ id: items.mz }), [
    [null, 'published item', null, 'DATA', (d) => expect(d.item.id).toBe(items.mz)],
    ['auditor.city', 'published item', null, 'DATA', (d) => expect(d.item.id).toBe(items.mz)],
  ]),
  ...operation('itemVersion', ITEM_VERSION, () => ({ id: items.scjg }), [
    [null, 'published version', null, 'DATA', (d) => expect(d.itemVersion.version).toBe(1)],
  ]),
  ...operation('itemStatistics', ITEM_STATISTICS, none, [
    [null, 'published catalogue', null, 'DATA', (d) => expect(d.itemStatistics.total).toBeGreaterThan(0)],
  ]),
  ...operation('startItemDraft', START_ITEM_DRAFT, () => ({ id: items.scjg }), [
    ['itemadmin.scjg', 'own department', null, 'DATA', statusIs('startItemDraft', 'DRAFT')],
    ['itemadmin.mz.wuxi', 'other department', null, 'FORBIDDEN'],
    ['legal.city', 'any item', null, 'FORBIDDEN'],
    [ZHANG, 'any item', null, 'FORBIDDEN'],
    [null, 'any item', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('itemDrafts', ITEM_DRAFTS, none, [
    ['legal.city', 'city-wide drafts', null, 'DATA'],
    ['itemadmin.scjg', 'own department', null, 'DATA'],
    ['reviewer.scjg', 'any drafts', null, 'FORBIDDEN'],
    [ZHANG, 'any drafts', null, 'FORBIDDEN'],
  ]),
  ...operation('reviewItemDraftForLegality', LEGAL_REVIEW, () => ({ id: items.scjg }), [
    ['itemadmin.scjg', 'own department', null, 'FORBIDDEN'],
    ['reviewer.scjg', 'own department', null, 'FORBIDDEN'],
  ]),
  ...operation('delegateItem', DELEGATE_ITEM, () => ({ id: items.mz }), [
    ['itemadmin.city', 'city item to 巫溪县', null, 'DATA', (d) => expect(d.delegateItem[0].status).toBe('DRAFT')],
    ['itemadmin.scjg', 'city item', null, 'FORBIDDEN'],
    ['admin', 'city item', null, 'FORBIDDEN'],
  ]),
  ...operation('saveDictionaryEntry', SAVE_THEME, none, [
    ['itemadmin.city', 'theme', null, 'DATA'],
    ['itemadmin.scjg', 'theme', null, 'FORBIDDEN'],
    ['admin', 'theme', null, 'FORBIDDEN'],
  ]),

  // ----- intermediaries -----
  ...operation('intermediaryServices', SERVICES, (s: string) => ({ s }), [
    [null, 'published', 'PUBLISHED', 'DATA'],
    ['itemadmin.city', 'drafts', 'DRAFT', 'DATA'],
    ['analyst.city', 'drafts', 'DRAFT', 'FORBIDDEN'],
    [null, 'drafts', 'DRAFT', 'UNAUTHENTICATED'],
  ]),
  ...operation('registerAgency', REGISTER_AGENCY, agencyInput, [
    ['company.demo', 'agency without a certificate sign-in', null, 'CERTIFICATE_REQUIRED'],
    [ZHANG, 'an agency', null, 'FORBIDDEN'],
    ['analyst.city', 'an agency', null, 'FORBIDDEN'],
    [null, 'an agency', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('registerCertificate', REGISTER_CERTIFICATE, certificateInput, [
    ['company.demo', 'own certificate', null, 'DATA', (d) => expect(d.registerCertificate.algorithm).toBe('ED25519')],
    [ZHANG, 'a certificate', null, 'FORBIDDEN'],
    [null, 'a certificate', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('agencies', AGENCIES, none, [
    [null, 'showcase', null, 'DATA'],
  ]),
  ...operation('registrations', REGISTRATIONS, none, [
    ['admin', 'registrations to check', null, 'DATA'],
    ['supervisor.city', 'registrations to check', null, 'DATA'],
    ['analyst.city', 'registrations to check', null, 'FORBIDDEN'],
    ['company.demo', 'registrations to check', null, 'FORBIDDEN'],
  ]),
  ...operation('announcementRegistrants', ANNOUNCEMENT_REGISTRANTS, none, [
    ['company.demo', "its own announcement's registrants", null, 'DATA'],
    ['supervisor.city', 'registrants in jurisdiction', null, 'DATA'],
    ['analyst.city', 'registrants', null, 'FORBIDDEN'],
    [ZHANG, 'registrants', null, 'FORBIDDEN'],
    [null, 'registrants', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('checkRegistration', CHECK_REGISTRATION, none, [
    ['admin', 'unknown registration', null, 'NOT_FOUND'],
    ['supervisor.city', 'a registration', null, 'FORBIDDEN'],
    ['company.demo', 'a registration', null, 'FORBIDDEN'],
  ]),
  ...operation('createIntermediaryService', CREATE_SERVICE, serviceInput, [
    ['itemadmin.city', 'CQ-ZWB entry', 'CQ-ZWB', 'DATA', statusIs('createIntermediaryService', 'DRAFT')],
    ['itemadmin.city', 'CQ-YJ entry', 'CQ-YJ', 'FORBIDDEN'],
    ['analyst.city', 'CQ-ZWB entry', 'CQ-ZWB', 'FORBIDDEN'],
  ]),
  ...operation('intermediarySupervision', SUPERVISION, none, [
    ['supervisor.city', 'city marketplace', null, 'DATA'],
    ['analyst.city', 'city marketplace', null, 'FORBIDDEN'],
    [ZHANG, 'city marketplace', null, 'FORBIDDEN'],
  ]),
  ...operation('complaintChannels', CHANNELS, none, [
    [null, 'published channels', null, 'DATA'],
  ]),
  ...operation('decideObjection', DECIDE_OBJECTION, none, [
    ['supervisor.city', 'unknown objection', null, 'NOT_FOUND'],
    ['admin', 'an objection', null, 'FORBIDDEN'],
  ]),

  // ----- cases: fees, logistics, evaluation, inquiries, publicity -----
  ...operation('publicCases', PUBLIC_CASES, none, [
    [null, 'masked list', null, 'DATA', (d) => { for (const c of d.publicCases) expect(c.applicantName).toMatch(/^(\*|[^*]{1,2}\*+)$/u); }],
  ]),
  ...operation('myPaymentOrders', MY_PAYMENT_ORDERS, none, [
    [ZHANG, 'own orders', null, 'DATA'],
    [null, 'no token', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('reconcilePayments', RECONCILE, none, [
    ['finance.city', 'city-wide', null, 'DATA'],
    ['supervisor.city', 'city-wide', null, 'FORBIDDEN'],
    ['clerk.chengbei', 'any day', null, 'FORBIDDEN'],
    [ZHANG, 'any day', null, 'FORBIDDEN'],
  ]),
  ...operation('satisfaction', SATISFACTION, none, [
    ['supervisor.city', 'city-wide', null, 'DATA'],
    [ZHANG, 'any', null, 'FORBIDDEN'],
  ]),
  ...operation('staffCaseStats', STAFF_CASE_STATS, none, [
    ['supervisor.city', 'any staff', null, 'FORBIDDEN'],
    [null, 'any staff', null, 'UNAUTHENTICATED'],
  ]),
  ...operation('evaluateCase', EVALUATE, (id: CaseKey) => ({ i: { caseId: fixture[id], level: 'SATISFIED', idempotencyKey: randomUUID() } }), [
    ['clerk.chengbei', '城北村 case', 'mzChengbei', 'FORBIDDEN'],
    [OUYANG, "another citizen's case", 'scjgLicensed', 'FORBIDDEN'],
  ]),
  ...operation('hallShipments', HALL_SHIPMENTS, (h: string) => ({ h }), [
    ['clerk.chengbei', 'own service point', 'hall-500238100205', 'DATA'],
    ['window.yuzhong', '巫溪 service point', 'hall-500238100205', 'FORBIDDEN'],
  ]),
  ...operation('submitInquiry', SUBMIT_INQUIRY, none, [
    [ZHANG, 'new suggestion', null, 'DATA'],
    ['clerk.chengbei', 'staff', null, 'FORBIDDEN'],
    [null, 'no token', null, 'UNAUTHENTICATED'],
  ]),

  // ----- halls -----
  ...operation('halls', HALLS, none, [
    [null, '巫溪 halls', null, 'DATA', (d) => expect(d.halls.length).toBeGreaterThan(0)],
  ]),
  ...operation('takeTicket', TAKE_TICKET, () => ({ h: 'hall-500238', k: randomUUID() }), [
    [null, '巫溪 hall', null, 'DATA'],
  ]),
  ...operation('callNext', CALL_NEXT, (h: string) => ({ h }), [
    ['clerk.wuxi', 'own hall', 'hall-500238', 'DATA'],
    ['window.yuzhong', 'own hall', 'hall-500103', 'DATA'],
    ['window.yuzhong', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
    ['clerk.chengbei', '巫溪 county hall', 'hall-500238', 'FORBIDDEN'],
    ['manager.wuxi', '城北村 service point', 'hall-500238100205', 'DATA'],
    ['analyst.city', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
    [null, '巫溪 hall', 'hall-500238', 'UNAUTHENTICATED'],
  ]),
  ...operation('queueMonitor', QUEUE_MONITOR, (h: string) => ({ h }), [
    [null, '巫溪 hall', 'hall-500238', 'DATA', (d) => expect(d.queueMonitor.windows.length).toBeGreaterThan(0)],
  ]),
  ...operation('windowQueue', WINDOW_QUEUE, (h: string) => ({ h }), [
    ['clerk.wuxi', 'own hall', 'hall-500238', 'DATA'],
    ['window.yuzhong', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
    [ZHANG, '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
  ]),
  ...operation('hallStaff', HALL_STAFF, (h: string) => ({ h }), [
    ['manager.wuxi', 'own hall', 'hall-500238', 'DATA'],
    ['manager.wuxi', '渝中 hall', 'hall-500103', 'FORBIDDEN'],
    ['clerk.wuxi', 'own hall', 'hall-500238', 'FORBIDDEN'],
  ]),
  ...operation('hallNotices', HALL_NOTICES, (h: string) => ({ h }), [
    ['window.yuzhong', 'own hall', 'hall-500103', 'DATA'],
    ['window.yuzhong', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
    ['analyst.city', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
  ]),
  // Invalid input shows that the manager passes the access check without changing the hall.
  ...operation('configureHall', CONFIGURE_HALL, (h: string) => ({ h }), [
    ['manager.wuxi', 'own hall', 'hall-500238', 'BAD_USER_INPUT'],
    ['manager.wuxi', '渝中 hall', 'hall-500103', 'FORBIDDEN'],
    ['supervisor.city', '巫溪 hall', 'hall-500238', 'FORBIDDEN'],
  ]),
  ...operation('hallPerformance', HALL_PERFORMANCE, (h: string) => ({ h }), [
    ['manager.wuxi', 'own hall', 'hall-500238', 'DATA'],
    ['analyst.city', '巫溪 hall', 'hall-500238', 'DATA'],
    ['manager.wuxi', '渝中 hall', 'hall-500103', 'FORBIDDEN'],
    ['clerk.wuxi', 'own hall', 'hall-500238', 'FORBIDDEN'],
    [null, '巫溪 hall', 'hall-500238', 'UNAUTHENTICATED'],
  ]),

  // ----- data -----
  ...operation('datasets', DATASETS, none, [
    [null, 'catalogue', null, 'DATA', (d) => expect(d.datasets.length).toBeGreaterThan(5)],
  ]),
  ...operation('openDatasets', OPEN_DATASETS, none, [
    [null, 'open data', null, 'DATA'],
  ]),
  ...operation('applicationStatistics', APPLICATION_STATISTICS, none, [
    [null, 'application statistics', null, 'DATA'],
  ]),
  ...operation('datasetRows', DATASET_ROWS, (d: string) => ({ d }), [
    ['analyst.city', 'users, desensitised', 'identity.users', 'DATA', (d) => {
      expect(JSON.stringify(d)).not.toContain('13800138000');
      expect(JSON.stringify(d)).toContain('138****8000');
    }],
    ['data.zwb', 'own applications', 'cases.applications', 'DATA'],
    ['reviewer.scjg', 'applications without a grant', 'cases.applications', 'FORBIDDEN'],
    [ZHANG, 'users', 'identity.users', 'FORBIDDEN'],
    [null, 'users', 'identity.users', 'UNAUTHENTICATED'],
  ]),
  ...operation('datasetStatistics', DATASET_STATISTICS, (d: string) => ({ d }), [
    ['analyst.city', 'users', 'identity.users', 'DATA'],
    ['reviewer.scjg', 'users', 'identity.users', 'FORBIDDEN'],
  ]),
  ...operation('requestDatasetSharing', REQUEST_SHARING, (d: string) => ({ d, k: randomUUID() }), [
    ['data.scjg', 'applications of CQ-ZWB', 'cases.applications', 'DATA'],
    ['data.zwb', 'own applications', 'cases.applications', 'INVALID_STATE'],
    [ZHANG, 'applications', 'cases.applications', 'FORBIDDEN'],
  ]),
  ...operation('decideSharingRequest', DECIDE_SHARING, pendingSharingRequest, [
    ['data.zwb', 'request for its dataset', null, 'DATA'],
    ['data.scjg', 'its own request', null, 'FORBIDDEN'],
    ['analyst.city', 'request', null, 'FORBIDDEN'],
  ]),
];

function issueInput() {
  const person = demoAccount(ZHANG);
  return {
    caseId: `forged-${randomUUID()}`,
    itemId: items.scjg,
    licenceTypeCode: 'X',
    holderUserId: session(ZHANG).userId,
    holderName: person.name,
    holderIdNumber: person.idCardNumber,
    departmentCode: 'CQ-SCJG',
    divisionCode: VILLAGE_CHENGBEI,
    data: {},
  };
}

let publishedServiceId = '';

/** A fresh Ed25519 public key, as a legal person registers its certificate. */
function certificateInput() {
  const { publicKey } = generateKeyPairSync('ed25519');
  return {
    i: {
      publicKeyPem: publicKey
        .export({ format: 'pem', type: 'spki' })
        .toString(),
      serialNumber: `CA${randomUUID().slice(0, 8)}`,
      validUntil: '2035-12-31',
    },
  };
}

let serviceSequence = 0;

function serviceInput(departmentCode: string) {
  serviceSequence += 1;
  return {
    i: {
      code: `T${Date.now() % 1e8}${serviceSequence}`,
      name: '测试中介服务',
      description: '访问控制测试用的中介服务事项草稿。',
      departmentCode,
      itemIds: [],
    },
  };
}

function agencyInput() {
  const suffix = randomUUID().slice(0, 8);
  return {
    i: {
      name: `示例评估机构${suffix}`,
      creditCode: agencyCreditCode(),
      representative: '赵评价',
      contactName: '钱联络',
      contactMobile: '13900139001',
      address: '重庆市江北区示例大道 8 号',
      qualifications: [],
      staff: [],
      serviceIds: [publishedServiceId],
      commitment: '本机构承诺所填信息真实有效。',
      documents: [],
    },
    k: randomUUID(),
  };
}

let agencySequence = 0;

/** A fresh unified social credit code with a correct GB 32100 check character. */
function agencyCreditCode(): string {
  agencySequence += 1;
  const first17 = `91500000MA${String(Date.now() % 1e5).padStart(5, '0')}${String(agencySequence).padStart(2, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

// ----- setup -----

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE);
  // Tickets are taken and called below, which the halls accept only within
  // opening hours.
  await openHallsAroundTheClock(platform.dbPrefix);
  url = platform.gatewayUrl;
  // The audit database name carries the platform's prefix.
  process.env.YKB_DB_PREFIX = platform.dbPrefix;
  auditConnection = await connectDatabase('audit');

  for (const account of DEMO_ACCOUNTS.map((a) => a.account)) {
    const result = await gatewayRequest(url, SIGN_IN, {
      a: account,
      p: DEMO_PASSWORD,
    });
    expect(result.errors, account).toBeUndefined();
    sessions.set(account, {
      token: result.data.signIn.token,
      userId: result.data.signIn.user.id,
    });
  }

  const search = await succeed(
    null,
    'query { mz: searchItems(keyword: "低保") { id name } scjg: searchItems(keyword: "个体户") { id name } }',
  );
  items.mz = search.mz.find(
    (i: { name: string }) => i.name === '最低生活保障审核确认',
  ).id;
  items.scjg = search.scjg.find(
    (i: { name: string }) => i.name === '个体工商户设立登记',
  ).id;
  const services = await succeed(null, SERVICES, { s: 'PUBLISHED' });
  publishedServiceId = services.intermediaryServices[0].id;

  fixture.mzChengbei = await submitCase('mz', ZHANG, VILLAGE_CHENGBEI);
  fixture.mzYudu = await submitCase('mz', ZHANG, VILLAGE_YUDU);
  fixture.mzYuzhong = await submitCase('mz', OUYANG, YUZHONG_STREET);
  fixture.scjgChengbei = await submitCase('scjg', ZHANG, VILLAGE_CHENGBEI);
  fixture.mzChengbeiAccepted = await acceptedCase(
    'mz',
    ZHANG,
    VILLAGE_CHENGBEI,
    'clerk.chengbei',
  );
  fixture.mzYuzhongAccepted = await acceptedCase(
    'mz',
    OUYANG,
    YUZHONG_STREET,
    'window.yuzhong',
  );
  fixture.scjgLicensed = await acceptedCase(
    'scjg',
    ZHANG,
    VILLAGE_CHENGBEI,
    'clerk.chengbei',
  );
  const approved = await succeed('approver.scjg', APPROVE, {
    id: fixture.scjgLicensed,
  });
  expect(approved.approveCase.status).toBe('COMPLETED');
  const licensed = await succeed(ZHANG, CASE_LICENCE, {
    id: fixture.scjgLicensed,
  });
  fixture.licence = licensed.case.licence.id;
}, 300000);

afterAll(async () => {
  await auditConnection?.close();
  await platform?.stop();
});

/** Finds the REFUSED audit record a refusal must leave, written after `since`. */
async function refusalRecord(
  actorId: string | undefined,
  action: string,
  code: string | undefined,
  since: Date,
) {
  return auditRecordModel(auditConnection)
    .findOne({
      outcome: 'REFUSED',
      action,
      ...(code ? { code } : {}),
      actorId: actorId ?? null,
      at: { $gte: since },
    })
    .lean();
}

function rowName(row: Row): string {
  const outcome = row.outcome === 'DATA' ? 'allowed' : row.outcome;
  return `${row.account ?? 'anonymous'} · ${row.operation} · ${row.target} → ${outcome}`;
}

describe('access matrix through the gateway', () => {
  it.each(rows.map((row) => [rowName(row), row] as const))(
    '%s',
    async (_name, row) => {
      const variables = await row.variables();
      const since = new Date();
      const result = await call(row.account, row.query, variables);

      const rootType = row.query.trimStart().startsWith('mutation')
        ? 'Mutation'
        : 'Query';
      const action = `${rootType}.${row.operation}`;
      const actorId = row.account ? session(row.account).userId : undefined;

      if (row.outcome === 'DATA') {
        expect(result.errors).toBeUndefined();
        expect(result.data).toHaveProperty(row.operation);
        row.check?.(result.data);
        // An allowed call leaves no refusal behind.
        expect(
          await refusalRecord(actorId, action, undefined, since),
        ).toBeNull();
        return;
      }

      expect(result.errors?.[0]?.extensions?.code).toBe(row.outcome);
      if (row.outcome !== 'FORBIDDEN' && row.outcome !== 'UNAUTHENTICATED')
        return;
      const record = await refusalRecord(actorId, action, row.outcome, since);
      expect(record).not.toBeNull();
    },
  );
});

// ----- federation entities sent straight to a subgraph -----

function subgraphUrl(name: SubgraphName): string {
  return `http://127.0.0.1:${PORT_BASE + 1 + SUBGRAPHS.indexOf(name)}/graphql`;
}

const ENTITIES = {
  cases:
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id applicantName } } }',
  licenses:
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { id holderName } } }',
  identity:
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name } } }',
  data: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on DatasetRow { id values { field value masked } } } }',
} as const;

interface EntityRow {
  subgraph: keyof typeof ENTITIES;
  account: string | null;
  target: string;
  representation: () => Record<string, string>;
  outcome: Outcome;
}

const entityRows: EntityRow[] = [
  {
    subgraph: 'cases',
    account: 'reviewer.mz',
    target: '巫溪 CQ-MZ case',
    representation: () => ({ __typename: 'Case', id: fixture.mzYudu }),
    outcome: 'DATA',
  },
  {
    subgraph: 'cases',
    account: 'reviewer.mz',
    target: '渝中 case',
    representation: () => ({ __typename: 'Case', id: fixture.mzYuzhong }),
    outcome: 'FORBIDDEN',
  },
  {
    subgraph: 'cases',
    account: 'clerk.chengbei',
    target: '渔渡村 case',
    representation: () => ({ __typename: 'Case', id: fixture.mzYudu }),
    outcome: 'FORBIDDEN',
  },
  {
    subgraph: 'cases',
    account: null,
    target: '巫溪 case',
    representation: () => ({ __typename: 'Case', id: fixture.mzChengbei }),
    outcome: 'UNAUTHENTICATED',
  },
  {
    subgraph: 'licenses',
    account: 'licence.scjg',
    target: 'CQ-SCJG licence',
    representation: () => ({ __typename: 'Licence', id: fixture.licence }),
    outcome: 'DATA',
  },
  {
    subgraph: 'licenses',
    account: 'reviewer.mz',
    target: 'CQ-SCJG licence',
    representation: () => ({ __typename: 'Licence', id: fixture.licence }),
    outcome: 'FORBIDDEN',
  },
  {
    subgraph: 'licenses',
    account: null,
    target: 'CQ-SCJG licence',
    representation: () => ({ __typename: 'Licence', id: fixture.licence }),
    outcome: 'UNAUTHENTICATED',
  },
  {
    subgraph: 'identity',
    account: 'clerk.chengbei',
    target: '渝中 citizen',
    representation: () => ({ __typename: 'User', id: session(OUYANG).userId }),
    outcome: 'FORBIDDEN',
  },
  {
    subgraph: 'identity',
    account: null,
    target: '巫溪 citizen',
    representation: () => ({ __typename: 'User', id: session(ZHANG).userId }),
    outcome: 'UNAUTHENTICATED',
  },
  {
    subgraph: 'data',
    account: 'analyst.city',
    target: 'user row, desensitised',
    representation: () => ({
      __typename: 'DatasetRow',
      id: 'identity.users:u-demo-citizen-1',
    }),
    outcome: 'DATA',
  },
  {
    subgraph: 'data',
    account: 'reviewer.scjg',
    target: 'application row without a grant',
    representation: () => ({
      __typename: 'DatasetRow',
      id: 'cases.applications:YKB-500238-0001',
    }),
    outcome: 'FORBIDDEN',
  },
  {
    subgraph: 'data',
    account: null,
    target: 'user row',
    representation: () => ({
      __typename: 'DatasetRow',
      id: 'identity.users:u-demo-citizen-1',
    }),
    outcome: 'UNAUTHENTICATED',
  },
];

describe('_entities sent straight to a subgraph', () => {
  it.each(
    entityRows.map((row) => {
      const outcome = row.outcome === 'DATA' ? 'allowed' : row.outcome;
      return [
        `${row.account ?? 'anonymous'} · ${row.subgraph} _entities · ${row.target} → ${outcome}`,
        row,
      ] as const;
    }),
  )('%s', async (_name, row) => {
    const since = new Date();
    const result = await gatewayRequest(
      subgraphUrl(row.subgraph),
      ENTITIES[row.subgraph],
      { r: [row.representation()] },
      row.account ? session(row.account).token : undefined,
    );
    if (row.outcome === 'DATA') {
      expect(result.errors).toBeUndefined();
      expect(result.data._entities[0].id).toBe(row.representation().id);
      // Dataset rows reach an analyst desensitised through this path too.
      if (row.subgraph === 'data')
        expect(JSON.stringify(result.data)).not.toContain('13800138000');
      return;
    }
    expect(result.errors?.[0]?.extensions?.code).toBe(row.outcome);
    expect(result.data?._entities?.[0] ?? null).toBeNull();
    const actorId = row.account ? session(row.account).userId : undefined;
    expect(
      await refusalRecord(actorId, 'Query._entities', row.outcome, since),
    ).not.toBeNull();
  });
});
