import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph, Viewer } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { commitTo, drawWinner } from '../src/draw.js';
import {
  intermediariesSubgraph,
  runMarketplaceJob,
  serviceId,
  setClock,
} from '../src/index.js';
import { lowestBids } from '../src/announcements.js';
import { registerModels, type BidDocument } from '../src/model.js';
import {
  agencyInput,
  at,
  certificateSignIn,
  clientInput,
  documents,
  newKey,
  newLegalPerson,
  PDF_BASE64,
  type LegalPerson,
} from './support.js';

let subgraph: RunningSubgraph;
let url: string;

const admin = viewerOf(['ADMIN'], { divisionCode: '50' });
const regulator = viewerOf(['SUPERVISOR'], {
  divisionCode: '50',
  departmentCode: 'CQ-YJ',
});
const supervisor = viewerOf(['SUPERVISOR'], { divisionCode: '50' });
const citizen = viewerOf(['CITIZEN'], { divisionCode: '500103' });
const SAFETY = serviceId('ZJFW001');
const HEALTH = serviceId('ZJFW002');
const silent = { info: () => {}, warn: () => {}, error: () => {} } as never;

const ANNOUNCEMENT_FIELDS =
  'id state version publishedAt registrationCount seedCommitment revealedSeed bidRound flags { index clause rule } selection { agencyId agencyName priceFen method drawCandidates confirmedAt } resultNotice { text } withdrawal { reasonCode state }';
const PUBLISH = `mutation($i: AnnouncementInput!, $k: String!) { publishAnnouncement(input: $i, idempotencyKey: $k) { ${ANNOUNCEMENT_FIELDS} } }`;
const ANNOUNCEMENT = `query($id: ID!) { announcement(id: $id) { ${ANNOUNCEMENT_FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $a: Boolean!, $n: String!) { reviewAnnouncement(id: $id, approve: $a, note: $n) { ${ANNOUNCEMENT_FIELDS} } }`;
const REQUEST_WITHDRAWAL = `mutation($id: ID!, $c: String!, $r: String!) { requestAnnouncementWithdrawal(id: $id, reasonCode: $c, reason: $r) { ${ANNOUNCEMENT_FIELDS} } }`;
const DECIDE_WITHDRAWAL = `mutation($id: ID!, $a: Boolean!, $n: String!) { decideAnnouncementWithdrawal(id: $id, approve: $a, note: $n) { ${ANNOUNCEMENT_FIELDS} } }`;
const REGISTER_FOR =
  'mutation($id: ID!) { registerForAnnouncement(announcementId: $id) { id registrationCount } }';
const REGISTRANTS =
  'query($id: ID!) { announcementRegistrants(announcementId: $id) { agencyId agencyName eligible ineligibleReason bids { round amountFen } } }';
const COMPLAINT =
  'mutation($i: ComplaintInput!, $k: String!) { fileComplaint(input: $i, idempotencyKey: $k) { id state } }';
const BID =
  'mutation($id: ID!, $a: Int!, $k: String!) { submitBid(announcementId: $id, amountFen: $a, idempotencyKey: $k) { round amountFen } }';
const OPEN_ROUND = `mutation($id: ID!, $v: Int!) { openBidRound(announcementId: $id, expectedVersion: $v) { ${ANNOUNCEMENT_FIELDS} } }`;
const SELECT = `mutation($id: ID!, $v: Int!, $a: ID) { performSelection(announcementId: $id, expectedVersion: $v, agencyId: $a) { ${ANNOUNCEMENT_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmSelection(announcementId: $id, expectedVersion: $v) { ${ANNOUNCEMENT_FIELDS} } }`;
const VERIFY =
  'query($id: ID!, $s: String) { verifyDraw(announcementId: $id, seed: $s) { commitmentMatches recomputedWinner valid } }';
const ENGAGEMENT_FIELDS =
  'id state priceFen signedOn contractDueDate contractLate contractLateReason deliverableReceivedOn completionDueDate completionLate evaluation { quality conduct }';
const MY_ENGAGEMENTS = `query { myEngagements { ${ENGAGEMENT_FIELDS} } }`;
const UPLOAD_CONTRACT = `mutation($id: ID!, $d: String!, $doc: DocumentInput!, $r: String) { uploadContract(engagementId: $id, signedOn: $d, document: $doc, lateReason: $r) { ${ENGAGEMENT_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $d: String!, $e: EvaluationInput!, $r: String) { registerCompletion(engagementId: $id, deliverableReceivedOn: $d, evaluation: $e, lateReason: $r) { ${ENGAGEMENT_FIELDS} } }`;
const AGENCY =
  'query($id: ID!) { agency(id: $id) { completedEngagements credit { evaluations quality conduct lateContracts upheldComplaints entries { kind } } } }';
const SUPERVISION =
  'query { intermediarySupervision { lateness { kind recordId dueDate open } announcementsUnderReview { id } withdrawalRequests { id } openComplaints { id } } }';

const REGISTER_CLIENT =
  'mutation($i: RegistrationInput!, $k: String!) { registerClient(input: $i, idempotencyKey: $k) { id version } }';
const REGISTER_AGENCY =
  'mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { id version } }';
const CHECK =
  'mutation($id: ID!, $v: Int!) { checkRegistration(id: $id, expectedVersion: $v, corrections: []) { id state } }';

interface Party extends LegalPerson {
  id: string;
  name: string;
}

let client: Party;
const agencies: Party[] = [];
let healthAgency: Party;
let expiringAgency: Party;

/** Registers and admits a client or an agency in early September 2026. */
async function admitted(
  kind: 'CLIENT' | 'AGENCY',
  name: string,
  services = [SAFETY],
  validUntil = '2029-12-31',
): Promise<Party> {
  at('2026-09-01T02:00:00Z');
  const person = newLegalPerson();
  await certificateSignIn(url, person);
  const input =
    kind === 'CLIENT'
      ? { ...clientInput(), name }
      : agencyInput(name, services, validUntil);
  const result = await graphql(
    url,
    kind === 'CLIENT' ? REGISTER_CLIENT : REGISTER_AGENCY,
    { i: input, k: newKey() },
    person.viewer,
  );
  expect(result.errors).toBeUndefined();
  const party =
    kind === 'CLIENT'
      ? result.data!.registerClient
      : result.data!.registerAgency;
  const checked = await graphql(
    url,
    CHECK,
    { id: party.id, v: party.version },
    admin,
  );
  expect(checked.errors).toBeUndefined();
  return { ...person, id: party.id, name };
}

function announcementInput(extra: Record<string, unknown> = {}) {
  return {
    projectName: '危化品仓库安全评价',
    serviceId: SAFETY,
    content: '对危险化学品仓储项目开展安全评价并出具安全评价报告。',
    // Friday 9 October 2026, 17:00 in Chongqing: 2 working days after Wednesday 30 September.
    registrationDeadline: '2026-10-09T09:00:00Z',
    selectionTime: '2026-10-09T09:30:00Z',
    method: 'RANDOM',
    feeFen: 5_000_000,
    conditions: ['具有安全评价机构资质'],
    confidential: false,
    ...extra,
  };
}

async function publish(
  person: LegalPerson,
  extra: Record<string, unknown> = {},
) {
  return graphql(
    url,
    PUBLISH,
    { i: announcementInput(extra), k: newKey() },
    person.viewer,
  );
}

/** Publishes on 30 September and registers the given agencies on 8 October. */
async function openAnnouncement(
  extra: Record<string, unknown>,
  registrants: Party[],
) {
  at('2026-09-30T02:00:00Z');
  await certificateSignIn(url, client);
  const published = await publish(client, extra);
  expect(published.errors).toBeUndefined();
  const id = published.data!.publishAnnouncement.id as string;
  at('2026-10-08T02:00:00Z');
  for (const agency of registrants) {
    await certificateSignIn(url, agency);
    const registered = await graphql(url, REGISTER_FOR, { id }, agency.viewer);
    expect(registered.errors).toBeUndefined();
  }
  return id;
}

/** Returns each registrant's closed-round bids as the client sees them, by agency id. */
async function registrantBids(id: string) {
  const result = await graphql(url, REGISTRANTS, { id }, client.viewer);
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(
    result.data!.announcementRegistrants.map(
      (r: { agencyId: string; bids: unknown[] }) => [r.agencyId, r.bids],
    ),
  );
}

async function current(id: string) {
  return (await graphql(url, ANNOUNCEMENT, { id }, client.viewer)).data!
    .announcement;
}

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_INTERMEDIARY_JOB_MS = '3600000';
  subgraph = await startTestSubgraph(intermediariesSubgraph);
  url = subgraph.url;
  client = await admitted('CLIENT', '重庆示例化工有限公司');
  for (const name of [
    '重庆甲安全评价有限公司',
    '重庆乙安全评价有限公司',
    '重庆丙安全评价有限公司',
  ])
    agencies.push(await admitted('AGENCY', name));
  healthAgency = await admitted('AGENCY', '重庆丁卫生检测有限公司', [HEALTH]);
  expiringAgency = await admitted(
    'AGENCY',
    '重庆戊安全评价有限公司',
    [SAFETY],
    '2026-10-08',
  );
  // The agencies' notice runs on 2, 3, 4, 7 and 8 September.
  at('2026-09-09T02:00:00Z');
  await runMarketplaceJob(registerModels(subgraph.connection), silent);
});

afterAll(async () => {
  setClock();
  await subgraph?.close();
});

describe('procurement announcement (3.7.4)', () => {
  it('rejects a deadline under 2 working days across National Day', async () => {
    at('2026-09-30T02:00:00Z');
    await certificateSignIn(url, client);
    const early = await publish(client, {
      registrationDeadline: '2026-10-08T09:00:00Z',
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'DEADLINE_TOO_EARLY',
      earliestDate: '2026-10-09',
    });
    expect(early.errors?.[0]?.message).toContain('2026-10-09');
    const onTime = await publish(client);
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data!.publishAnnouncement).toMatchObject({
      state: 'PUBLISHED',
      revealedSeed: null,
    });
  });

  it('rejects discriminatory conditions with the clause and holds doubtful ones for review', async () => {
    at('2026-09-30T02:00:00Z');
    await certificateSignIn(url, client);
    const regional = await publish(client, {
      conditions: ['具有安全评价机构资质', '须具有重庆市内同类项目业绩'],
    });
    expect(regional.errors?.[0]?.extensions).toMatchObject({
      code: 'DISCRIMINATORY_CONDITION',
      findings: [expect.objectContaining({ index: 1, clause: 'c' })],
    });
    const named = await publish(client, {
      conditions: [`优先选择${agencies[0]!.name}`],
    });
    expect(named.errors?.[0]?.extensions?.code).toBe(
      'DISCRIMINATORY_CONDITION',
    );
    expect(named.errors?.[0]?.extensions?.findings).toEqual([
      expect.objectContaining({ clause: 'd' }),
    ]);

    const doubtful = await publish(client, {
      conditions: ['注册资本不少于 500 万元'],
    });
    expect(doubtful.errors).toBeUndefined();
    const held = doubtful.data!.publishAnnouncement;
    expect(held).toMatchObject({
      state: 'UNDER_REVIEW',
      publishedAt: null,
      flags: [{ index: 0, clause: 'a', rule: 'UNRELATED_SIZE' }],
    });
    expect(
      (await graphql(url, ANNOUNCEMENT, { id: held.id })).data!.announcement,
    ).toBeNull();
    const queue = await graphql(url, SUPERVISION, {}, regulator);
    expect(
      queue.data!.intermediarySupervision.announcementsUnderReview,
    ).toContainEqual({ id: held.id });

    // Cleared on 8 October, the deadline of 9 October is too close: 2 working days count from the clearance.
    at('2026-10-08T02:00:00Z');
    const tooLate = await graphql(
      url,
      REVIEW,
      { id: held.id, a: true, n: '条件与项目规模相适应' },
      regulator,
    );
    expect(tooLate.errors?.[0]?.extensions?.code).toBe('DEADLINE_TOO_EARLY');
    const refused = await graphql(
      url,
      REVIEW,
      { id: held.id, a: false, n: '注册资本要求与项目无关' },
      regulator,
    );
    expect(refused.data!.reviewAnnouncement.state).toBe('REFUSED');
  });

  it('rejects conditions written to evade the rules', async () => {
    at('2026-09-30T02:00:00Z');
    await certificateSignIn(url, client);
    const cases = [
      {
        condition: '须具有 重慶市內 同類項目業績',
        rule: 'REGIONAL_PERFORMANCE',
      },
      { condition: '近三年获得渝·区域奖项', rule: 'REGIONAL_PERFORMANCE' },
      {
        condition: `优先选择${agencies[0]!.name.replace('安全', '安 全')}`,
        rule: 'REGISTERED_AGENCY',
      },
      { condition: '优先选择甲安全评价', rule: 'REGISTERED_AGENCY' },
      { condition: '註冊地須在重慶', rule: 'REGISTRATION_PLACE' },
    ];
    for (const { condition, rule } of cases) {
      const result = await publish(client, { conditions: [condition] });
      expect(result.data, condition).toBeNull();
      const extensions = result.errors?.[0]?.extensions;
      expect(extensions?.code, condition).toBe('DISCRIMINATORY_CONDITION');
      expect(extensions?.findings, condition).toContainEqual(
        expect.objectContaining({ index: 0, rule }),
      );
      expect(result.errors?.[0]?.message, condition).toContain(rule);
    }
  });

  it('publishes a held announcement only after a supervisor approves it', async () => {
    at('2026-09-28T02:00:00Z');
    await certificateSignIn(url, client);
    const held = (
      await publish(client, {
        projectName: '待审核的安全评价项目',
        conditions: ['須為名錄庫入圍單位'],
      })
    ).data!.publishAnnouncement;
    expect(held).toMatchObject({
      state: 'UNDER_REVIEW',
      publishedAt: null,
      flags: [{ index: 0, clause: 'e', rule: 'ADMISSION_LIST' }],
    });
    const list = await graphql(url, 'query { announcements { id } }');
    expect(list.data!.announcements).not.toContainEqual({ id: held.id });
    await certificateSignIn(url, agencies[0]!);
    const early = await graphql(
      url,
      REGISTER_FOR,
      { id: held.id },
      agencies[0]!.viewer,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('REGISTRATION_CLOSED');

    const otherDivision = viewerOf(['SUPERVISOR'], {
      divisionCode: '500238',
    });
    const outside = await graphql(
      url,
      REVIEW,
      { id: held.id, a: true, n: '条件合理' },
      otherDivision,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const approved = await graphql(
      url,
      REVIEW,
      { id: held.id, a: true, n: '名录库条件经核实与项目相适应' },
      regulator,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.reviewAnnouncement).toMatchObject({
      state: 'PUBLISHED',
      publishedAt: '2026-09-28T02:00:00.000Z',
    });
    const after = await graphql(url, 'query { announcements { id } }');
    expect(after.data!.announcements).toContainEqual({ id: held.id });
  });

  it('returns CONFLICT for a reused key with another announcement', async () => {
    at('2026-09-30T02:00:00Z');
    await certificateSignIn(url, client);
    const key = newKey();
    const first = await graphql(
      url,
      PUBLISH,
      { i: announcementInput(), k: key },
      client.viewer,
    );
    expect(first.errors).toBeUndefined();
    const retried = await graphql(
      url,
      PUBLISH,
      { i: announcementInput(), k: key },
      client.viewer,
    );
    expect(retried.data!.publishAnnouncement.id).toBe(
      first.data!.publishAnnouncement.id,
    );
    const changed = await graphql(
      url,
      PUBLISH,
      { i: announcementInput({ feeFen: 4_000_000 }), k: key },
      client.viewer,
    );
    expect(changed.data).toBeNull();
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'idempotencyKey',
    });
    const otherViewer = await graphql(
      url,
      PUBLISH,
      { i: announcementInput(), k: key },
      agencies[0]!.viewer,
    );
    expect(otherViewer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('withdraws only with an approved reason and republishes a change', async () => {
    at('2026-09-30T02:00:00Z');
    await certificateSignIn(url, client);
    const published = (await publish(client)).data!.publishAnnouncement;
    const registrant = agencies[0]!;
    await certificateSignIn(url, registrant);
    await graphql(url, REGISTER_FOR, { id: published.id }, registrant.viewer);
    const badReason = await graphql(
      url,
      REQUEST_WITHDRAWAL,
      { id: published.id, c: 'CHANGED_MIND', r: '不想做了' },
      client.viewer,
    );
    expect(badReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const requested = await graphql(
      url,
      REQUEST_WITHDRAWAL,
      {
        id: published.id,
        c: 'CONTENT_CHANGE',
        r: '服务内容需增加重大危险源辨识',
      },
      client.viewer,
    );
    expect(requested.data!.requestAnnouncementWithdrawal).toMatchObject({
      state: 'WITHDRAWAL_REQUESTED',
      withdrawal: { state: 'REQUESTED' },
    });
    const byClient = await graphql(
      url,
      DECIDE_WITHDRAWAL,
      { id: published.id, a: true, n: '同意' },
      client.viewer,
    );
    expect(byClient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = await graphql(
      url,
      REGISTER_FOR,
      { id: published.id },
      agencies[0]!.viewer,
    );
    expect(closed.errors?.[0]?.extensions?.code).toBe('REGISTRATION_CLOSED');
    const approved = await graphql(
      url,
      DECIDE_WITHDRAWAL,
      { id: published.id, a: true, n: '理由充分，同意撤销' },
      regulator,
    );
    expect(approved.data!.decideAnnouncementWithdrawal).toMatchObject({
      state: 'WITHDRAWN',
      withdrawal: { state: 'APPROVED' },
    });
    const told = await graphql(
      url,
      'query { myIntermediaryNotifications { recordId text } }',
      {},
      registrant.viewer,
    );
    expect(told.data!.myIntermediaryNotifications).toContainEqual({
      recordId: published.id,
      text: expect.stringContaining('服务内容需增加重大危险源辨识'),
    });
    const replacement = await publish(client, {
      replaces: published.id,
      registrationDeadline: '2026-10-12T09:00:00Z',
      selectionTime: '2026-10-12T10:00:00Z',
    });
    expect(replacement.errors).toBeUndefined();
    expect(replacement.data!.publishAnnouncement.state).toBe('PUBLISHED');
  });
});

describe('random selection, result notice, contract and evaluation', () => {
  let id: string;
  let winnerId = '';
  const selectedAgencyId = () => winnerId;

  it('checks eligibility at registration', async () => {
    id = await openAnnouncement({}, agencies);
    await certificateSignIn(url, healthAgency);
    const otherService = await graphql(
      url,
      REGISTER_FOR,
      { id },
      healthAgency.viewer,
    );
    expect(otherService.errors?.[0]?.extensions).toMatchObject({
      code: 'INELIGIBLE_AGENCY',
      reason: 'SERVICE_NOT_OFFERED',
    });
    await certificateSignIn(url, expiringAgency);
    const expiring = await graphql(
      url,
      REGISTER_FOR,
      { id },
      expiringAgency.viewer,
    );
    expect(expiring.errors?.[0]?.extensions).toMatchObject({
      code: 'INELIGIBLE_AGENCY',
      reason: 'QUALIFICATION_EXPIRED',
    });
    const notAgency = await graphql(url, REGISTER_FOR, { id }, client.viewer);
    expect(notAgency.errors?.[0]?.extensions?.code).toBe(
      'CERTIFICATE_REQUIRED',
    );
    at('2026-10-09T09:01:00Z');
    const closed = await graphql(
      url,
      REGISTER_FOR,
      { id },
      agencies[0]!.viewer,
    );
    expect(closed.errors?.[0]?.extensions?.code).toBe('REGISTRATION_CLOSED');
    expect((await current(id)).registrationCount).toBe(3);
  });

  it('draws a winner that anyone recomputes from the revealed seed', async () => {
    at('2026-10-09T09:10:00Z');
    await certificateSignIn(url, client);
    const before = await current(id);
    const early = await graphql(
      url,
      SELECT,
      { id, v: before.version },
      client.viewer,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const unrevealed = await graphql(url, VERIFY, { id });
    expect(unrevealed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    at('2026-10-09T09:30:00Z');
    const selected = await graphql(
      url,
      SELECT,
      { id, v: before.version },
      client.viewer,
    );
    expect(selected.errors).toBeUndefined();
    const result = selected.data!.performSelection;
    expect(result.state).toBe('SELECTED');
    expect(commitTo(result.revealedSeed)).toBe(before.seedCommitment);
    expect([...result.selection.drawCandidates].sort()).toEqual(
      agencies.map((a) => a.id).sort(),
    );
    expect(result.selection.agencyId).toBe(
      drawWinner(
        result.revealedSeed,
        id,
        agencies.map((a) => a.id),
      ),
    );
    expect(result.selection.priceFen).toBe(5_000_000);

    const verified = await graphql(url, VERIFY, { id });
    expect(verified.data!.verifyDraw).toEqual({
      commitmentMatches: true,
      recomputedWinner: result.selection.agencyId,
      valid: true,
    });
    const tampered = result.revealedSeed.replace(/^./, (c: string) =>
      c === 'a' ? 'b' : 'a',
    );
    const forged = await graphql(url, VERIFY, { id, s: tampered });
    expect(forged.data!.verifyDraw).toMatchObject({
      commitmentMatches: false,
      valid: false,
    });
  });

  it('publishes the result notice when the client confirms', async () => {
    const selected = await current(id);
    winnerId = selected.selection.agencyId;
    const confirmed = await graphql(
      url,
      CONFIRM,
      { id, v: selected.version },
      client.viewer,
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmSelection.state).toBe('CONFIRMED');
    expect(confirmed.data!.confirmSelection.resultNotice.text).toContain(
      selected.selection.agencyName,
    );
    const notices = await graphql(
      url,
      'query { resultNotices { announcementId text } }',
    );
    expect(
      notices.data!.resultNotices.map(
        (n: { announcementId: string }) => n.announcementId,
      ),
    ).toContain(id);
  });

  it('refuses a contract uploaded after 2 working days without a reason and flags a late one', async () => {
    const winner = agencies.find((a) => a.id === selectedAgencyId())!;
    // Signed Friday 9 October; Saturday 10 October is a make-up workday, so the upload is due Monday 12 October.
    at('2026-10-13T02:00:00Z');
    await certificateSignIn(url, winner);
    const doc = {
      kind: 'CONTRACT',
      fileName: '合同.pdf',
      contentBase64: PDF_BASE64,
    };
    const refused = await graphql(
      url,
      UPLOAD_CONTRACT,
      { id, d: '2026-10-09', doc },
      winner.viewer,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONTRACT_LATE',
      dueDate: '2026-10-12',
    });
    const byClient = await graphql(
      url,
      UPLOAD_CONTRACT,
      { id, d: '2026-10-09', doc },
      client.viewer,
    );
    expect(byClient.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const filed = await graphql(
      url,
      UPLOAD_CONTRACT,
      { id, d: '2026-10-09', doc, r: '法定代表人出差，盖章延误' },
      winner.viewer,
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.uploadContract).toMatchObject({
      state: 'CONTRACTED',
      contractDueDate: '2026-10-12',
      contractLate: true,
    });
    const flags = (await graphql(url, SUPERVISION, {}, supervisor)).data!
      .intermediarySupervision.lateness;
    expect(flags).toContainEqual({
      kind: 'CONTRACT',
      recordId: id,
      dueDate: '2026-10-12',
      open: false,
    });
  });

  it('registers completion with one evaluation that feeds the credit record', async () => {
    at('2026-10-16T02:00:00Z');
    await certificateSignIn(url, client);
    const evaluation = {
      quality: 5,
      timeliness: 4,
      attitude: 5,
      fees: 4,
      conduct: 5,
    };
    const future = await graphql(
      url,
      COMPLETE,
      { id, d: '2026-10-17', e: evaluation },
      client.viewer,
    );
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badScore = await graphql(
      url,
      COMPLETE,
      { id, d: '2026-10-14', e: { ...evaluation, fees: 6 } },
      client.viewer,
    );
    expect(badScore.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evaluation.fees',
    });
    // Received Monday 12 October: due Wednesday 14 October.
    const late = await graphql(
      url,
      COMPLETE,
      { id, d: '2026-10-12', e: evaluation },
      client.viewer,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'COMPLETION_LATE',
      dueDate: '2026-10-14',
    });
    const onTime = await graphql(
      url,
      COMPLETE,
      { id, d: '2026-10-14', e: evaluation },
      client.viewer,
    );
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data!.registerCompletion).toMatchObject({
      state: 'COMPLETED',
      completionDueDate: '2026-10-16',
      completionLate: false,
      evaluation: { quality: 5, conduct: 5 },
    });
    const twice = await graphql(
      url,
      COMPLETE,
      { id, d: '2026-10-14', e: evaluation },
      client.viewer,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('ALREADY_EVALUATED');

    const profile = await graphql(url, AGENCY, { id: selectedAgencyId() });
    expect(profile.data!.agency).toEqual({
      completedEngagements: 1,
      credit: {
        evaluations: 1,
        quality: 5,
        conduct: 5,
        lateContracts: 1,
        upheldComplaints: 0,
        entries: [{ kind: 'EVALUATION' }, { kind: 'LATE_CONTRACT' }],
      },
    });
  });
});

describe('lowest bid and direct selection', () => {
  it('opens a round only for tied lowest bids and draws among them', async () => {
    const id = await openAnnouncement(
      { method: 'LOWEST_BID', feeFen: 1_000_000 },
      agencies,
    );
    const early = await graphql(
      url,
      BID,
      { id, a: 900_000, k: randomUUID() },
      agencies[0]!.viewer,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    at('2026-10-09T09:05:00Z');
    for (const agency of agencies) await certificateSignIn(url, agency);
    const [a, b, c] = agencies as [Party, Party, Party];
    expect(
      (await graphql(url, BID, { id, a: 1_000_001, k: randomUUID() }, a.viewer))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await graphql(
          url,
          BID,
          { id, a: 900_000, k: 'bid-a-round-1' },
          a.viewer,
        )
      ).errors,
    ).toBeUndefined();
    const retriedBid = await graphql(
      url,
      BID,
      { id, a: 900_000, k: 'bid-a-round-1' },
      a.viewer,
    );
    expect(retriedBid.errors).toBeUndefined();
    expect(retriedBid.data!.submitBid).toEqual({
      round: 1,
      amountFen: 900_000,
    });
    expect(
      (
        await graphql(
          url,
          BID,
          { id, a: 890_000, k: 'bid-a-round-1' },
          a.viewer,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (
        await graphql(
          url,
          BID,
          { id, a: 900_000, k: 'bid-a-round-1' },
          b.viewer,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await graphql(url, BID, { id, a: 850_000, k: randomUUID() }, b.viewer))
        .errors,
    ).toBeUndefined();
    expect(
      (await graphql(url, BID, { id, a: 800_000, k: randomUUID() }, a.viewer))
        .errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (
        await graphql(
          url,
          BID,
          { id, a: 800_000, k: randomUUID() },
          healthAgency.viewer,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('CERTIFICATE_REQUIRED');

    // Round 1 stays open until every registered agency has bid.
    await certificateSignIn(url, client);
    const openRound = async () =>
      graphql(
        url,
        OPEN_ROUND,
        { id, v: (await current(id)).version },
        client.viewer,
      );
    expect((await openRound()).errors?.[0]?.extensions?.code).toBe(
      'BIDDING_CLOSED',
    );
    expect(
      (await graphql(url, BID, { id, a: 850_000, k: randomUUID() }, c.viewer))
        .errors,
    ).toBeUndefined();

    // Bids of the open round stay sealed, even for the client.
    expect(await registrantBids(id)).toEqual({
      [a.id]: [],
      [b.id]: [],
      [c.id]: [],
    });

    const round2 = await openRound();
    expect(round2.errors).toBeUndefined();
    expect(round2.data!.openBidRound.bidRound).toBe(2);
    expect(await registrantBids(id)).toEqual({
      [a.id]: [{ round: 1, amountFen: 900_000 }],
      [b.id]: [{ round: 1, amountFen: 850_000 }],
      [c.id]: [{ round: 1, amountFen: 850_000 }],
    });
    // Only the agencies tied at the lowest bid bid in round 2.
    expect(
      (await graphql(url, BID, { id, a: 700_000, k: randomUUID() }, a.viewer))
        .errors?.[0]?.extensions?.code,
    ).toBe('BIDDING_CLOSED');
    expect(
      (await graphql(url, BID, { id, a: 850_000, k: randomUUID() }, b.viewer))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await graphql(url, BID, { id, a: 800_000, k: randomUUID() }, b.viewer))
        .errors,
    ).toBeUndefined();
    expect(
      (await graphql(url, BID, { id, a: 800_000, k: randomUUID() }, c.viewer))
        .errors,
    ).toBeUndefined();
    const myBids = await graphql(
      url,
      'query($id: ID!) { myBids(announcementId: $id) { round amountFen } }',
      { id },
      b.viewer,
    );
    expect(myBids.data!.myBids).toEqual([
      { round: 1, amountFen: 850_000 },
      { round: 2, amountFen: 800_000 },
    ]);

    at('2026-10-09T09:30:00Z');
    expect(
      (await graphql(url, BID, { id, a: 700_000, k: randomUUID() }, b.viewer))
        .errors?.[0]?.extensions?.code,
    ).toBe('BIDDING_CLOSED');
    expect((await openRound()).errors?.[0]?.extensions?.code).toBe(
      'BIDDING_CLOSED',
    );
    const selected = (
      await graphql(
        url,
        SELECT,
        { id, v: (await current(id)).version },
        client.viewer,
      )
    ).data!.performSelection;
    const tied = [b.id, c.id].sort();
    expect(selected.selection).toMatchObject({
      priceFen: 800_000,
      method: 'LOWEST_BID',
      drawCandidates: tied,
    });
    expect(selected.selection.agencyId).toBe(
      drawWinner(selected.revealedSeed, id, tied),
    );
    expect((await graphql(url, VERIFY, { id })).data!.verifyDraw.valid).toBe(
      true,
    );
    // Selection closes the last round, so its bids are shown too.
    expect(await registrantBids(id)).toEqual({
      [a.id]: [{ round: 1, amountFen: 900_000 }],
      [b.id]: [
        { round: 1, amountFen: 850_000 },
        { round: 2, amountFen: 800_000 },
      ],
      [c.id]: [
        { round: 1, amountFen: 850_000 },
        { round: 2, amountFen: 800_000 },
      ],
    });
  });

  it('keeps a lower earlier bid against a later round', async () => {
    const id = await openAnnouncement(
      { method: 'LOWEST_BID', feeFen: 1_000_000 },
      agencies,
    );
    at('2026-10-09T09:05:00Z');
    for (const agency of agencies) await certificateSignIn(url, agency);
    await certificateSignIn(url, client);
    const [a, b, c] = agencies as [Party, Party, Party];
    for (const [agency, amountFen] of [
      [b, 700_000],
      [a, 900_000],
      [c, 950_000],
    ] as const)
      expect(
        (
          await graphql(
            url,
            BID,
            { id, a: amountFen, k: randomUUID() },
            agency.viewer,
          )
        ).errors,
      ).toBeUndefined();
    // No tie at the lowest bid, so the client cannot open round 2 for a colluding agency.
    const round2 = await graphql(
      url,
      OPEN_ROUND,
      { id, v: (await current(id)).version },
      client.viewer,
    );
    expect(round2.errors?.[0]?.extensions?.code).toBe('BIDDING_CLOSED');
    at('2026-10-09T09:30:00Z');
    const selected = await graphql(
      url,
      SELECT,
      { id, v: (await current(id)).version },
      client.viewer,
    );
    expect(selected.errors).toBeUndefined();
    expect(selected.data!.performSelection.selection).toMatchObject({
      agencyId: b.id,
      priceFen: 700_000,
    });
  });

  it('needs the certificate sign-in for every client step', async () => {
    const id = await openAnnouncement(
      { method: 'LOWEST_BID', feeFen: 1_000_000 },
      [],
    );
    const passwordOnly = { ...client.viewer, sessionId: 'password-only' };
    const withdrawal = await graphql(
      url,
      REQUEST_WITHDRAWAL,
      { id, c: 'PROJECT_CANCELLED', r: '项目已取消，不再采购。' },
      passwordOnly,
    );
    expect(withdrawal.errors?.[0]?.extensions?.code).toBe(
      'CERTIFICATE_REQUIRED',
    );
    const round = await graphql(
      url,
      OPEN_ROUND,
      { id, v: (await current(id)).version },
      passwordOnly,
    );
    expect(round.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_REQUIRED');
    expect((await current(id)).state).toBe('PUBLISHED');
  });

  it('ranks agencies by their lowest bid of any round', () => {
    const bid = (agencyId: string, round: number, amountFen: number) =>
      ({ agencyId, round, amountFen }) as BidDocument;
    expect(
      lowestBids([
        bid('B', 1, 700_000),
        bid('A', 1, 700_000),
        bid('A', 2, 699_999),
      ]),
    ).toEqual({ round: 2, amountFen: 699_999, agencyIds: ['A'] });
    expect(
      lowestBids([
        bid('B', 1, 700_000),
        bid('A', 1, 900_000),
        bid('A', 2, 899_999),
      ]),
    ).toEqual({ round: 2, amountFen: 700_000, agencyIds: ['B'] });
  });

  it('lists registrants to client and supervisors only', async () => {
    const [a, b] = agencies as [Party, Party];
    const id = await openAnnouncement({ method: 'DIRECT' }, [a]);
    at('2026-10-08T03:00:00Z');
    await certificateSignIn(url, b);
    expect((await graphql(url, REGISTER_FOR, { id }, b.viewer)).errors).toBe(
      undefined,
    );
    const asClient = await graphql(url, REGISTRANTS, { id }, client.viewer);
    expect(asClient.errors).toBeUndefined();
    expect(asClient.data!.announcementRegistrants).toEqual([
      {
        agencyId: a.id,
        agencyName: a.name,
        eligible: true,
        ineligibleReason: null,
        bids: [],
      },
      {
        agencyId: b.id,
        agencyName: b.name,
        eligible: true,
        ineligibleReason: null,
        bids: [],
      },
    ]);
    const paged = await graphql(
      url,
      'query($id: ID!) { announcementRegistrants(announcementId: $id, first: 1, offset: 1) { agencyId } }',
      { id },
      client.viewer,
    );
    expect(paged.data!.announcementRegistrants).toEqual([{ agencyId: b.id }]);
    const asSupervisor = await graphql(url, REGISTRANTS, { id }, supervisor);
    expect(asSupervisor.data!.announcementRegistrants).toHaveLength(2);

    const refusals: [string, Viewer | undefined, string][] = [
      ['registered agency', a.viewer, 'FORBIDDEN'],
      [
        'supervisor elsewhere',
        viewerOf(['SUPERVISOR'], { divisionCode: '500238' }),
        'FORBIDDEN',
      ],
      ['citizen', citizen, 'FORBIDDEN'],
      ['anonymous', undefined, 'UNAUTHENTICATED'],
    ];
    for (const [who, viewer, code] of refusals) {
      const result = await graphql(url, REGISTRANTS, { id }, viewer);
      expect(result.data, who).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, who).toBe(code);
    }

    // A qualification that lapses before the selection day makes the registrant ineligible.
    const parties = subgraph.connection.collection('parties');
    const stored = await parties.findOne({ _id: b.id as never });
    await parties.updateOne(
      { _id: b.id as never },
      { $set: { 'current.offers.0.validUntil': '2026-10-08' } },
    );
    try {
      const later = await graphql(url, REGISTRANTS, { id }, client.viewer);
      expect(later.data!.announcementRegistrants[1]).toMatchObject({
        agencyId: b.id,
        eligible: false,
        ineligibleReason: 'QUALIFICATION_EXPIRED',
      });

      // Confirmation checks the conditions again, so the lapsed agency cannot be confirmed.
      at('2026-10-09T09:30:00Z');
      await certificateSignIn(url, client);
      const selected = await graphql(
        url,
        SELECT,
        { id, v: (await current(id)).version, a: b.id },
        client.viewer,
      );
      expect(selected.errors).toBeUndefined();
      const confirmed = await graphql(
        url,
        CONFIRM,
        { id, v: selected.data!.performSelection.version },
        client.viewer,
      );
      expect(confirmed.errors?.[0]?.extensions).toMatchObject({
        code: 'INELIGIBLE_AGENCY',
        reason: 'QUALIFICATION_EXPIRED',
      });
      expect((await current(id)).state).toBe('SELECTED');
    } finally {
      await parties.replaceOne({ _id: b.id as never }, stored!);
    }
  });

  it('chooses a registered agency directly and keeps a confidential result unpublished', async () => {
    const id = await openAnnouncement(
      { method: 'DIRECT', confidential: true },
      agencies.slice(0, 2),
    );
    at('2026-10-09T09:30:00Z');
    await certificateSignIn(url, client);
    const version = (await current(id)).version;
    const outsider = await graphql(
      url,
      SELECT,
      { id, v: version, a: agencies[2]!.id },
      client.viewer,
    );
    expect(outsider.errors?.[0]?.extensions).toMatchObject({
      code: 'INELIGIBLE_AGENCY',
      reason: 'NOT_REGISTERED',
    });
    const selected = (
      await graphql(
        url,
        SELECT,
        { id, v: version, a: agencies[1]!.id },
        client.viewer,
      )
    ).data!.performSelection;
    expect(selected.selection).toMatchObject({
      agencyId: agencies[1]!.id,
      priceFen: 5_000_000,
      drawCandidates: [],
    });
    const confirmed = (
      await graphql(url, CONFIRM, { id, v: selected.version }, client.viewer)
    ).data!.confirmSelection;
    expect(confirmed).toMatchObject({ state: 'CONFIRMED', resultNotice: null });
    const notices = (
      await graphql(url, 'query { resultNotices { announcementId } }')
    ).data!.resultNotices;
    expect(
      notices.map((n: { announcementId: string }) => n.announcementId),
    ).not.toContain(id);
    // A confirmation whose engagement was lost (the process stopped in between) is finished by the job.
    await registerModels(subgraph.connection).Engagement.deleteOne({ _id: id });
    await runMarketplaceJob(registerModels(subgraph.connection), silent);
    const engagements = (
      await graphql(url, MY_ENGAGEMENTS, {}, agencies[1]!.viewer)
    ).data!.myEngagements;
    expect(engagements.map((e: { id: string }) => e.id)).toContain(id);

    // Signed Friday 9 October and uploaded Monday 12 October: on time, because Saturday 10 October is a make-up workday.
    const agency = agencies[1]!;
    at('2026-10-12T08:00:00Z');
    await certificateSignIn(url, agency);
    const contract = await graphql(
      url,
      UPLOAD_CONTRACT,
      {
        id,
        d: '2026-10-09',
        doc: {
          kind: 'CONTRACT',
          fileName: '合同.pdf',
          contentBase64: PDF_BASE64,
        },
      },
      agency.viewer,
    );
    expect(contract.data!.uploadContract).toMatchObject({
      state: 'CONTRACTED',
      contractDueDate: '2026-10-12',
      contractLate: false,
    });

    // Received Monday 12 October, registered Friday 16 October with a reason: accepted late and flagged.
    at('2026-10-16T08:00:00Z');
    await certificateSignIn(url, client);
    const completed = await graphql(
      url,
      COMPLETE,
      {
        id,
        d: '2026-10-12',
        e: { quality: 3, timeliness: 2, attitude: 4, fees: 3, conduct: 4 },
        r: '验收会议因故推迟',
      },
      client.viewer,
    );
    expect(completed.data!.registerCompletion).toMatchObject({
      state: 'COMPLETED',
      completionDueDate: '2026-10-14',
      completionLate: true,
    });
    const flags = (await graphql(url, SUPERVISION, {}, supervisor)).data!
      .intermediarySupervision.lateness;
    expect(flags).toContainEqual({
      kind: 'COMPLETION',
      recordId: id,
      dueDate: '2026-10-14',
      open: false,
    });
  });

  it('fails a draw without registrations', async () => {
    const id = await openAnnouncement({}, []);
    at('2026-10-09T09:30:00Z');
    await certificateSignIn(url, client);
    const failed = await graphql(
      url,
      SELECT,
      { id, v: (await current(id)).version },
      client.viewer,
    );
    expect(failed.data!.performSelection).toMatchObject({
      state: 'FAILED',
      selection: null,
    });
  });
});

describe('supervision (3.7.9)', () => {
  it('masks identifiers a complainant typed for everyone else', async () => {
    const text = '请联系我 13800138000，身份证 500238199003071015。';
    const filed = await graphql(
      url,
      COMPLAINT,
      { i: { agencyId: healthAgency.id, text }, k: 'complaint-with-contact' },
      citizen,
    );
    expect(filed.errors).toBeUndefined();
    const id = filed.data!.fileComplaint.id;
    const own = await graphql(
      url,
      'query { myComplaints { id text } }',
      {},
      citizen,
    );
    expect(own.data!.myComplaints).toContainEqual({ id, text });
    const supervised = await graphql(
      url,
      'query { intermediarySupervision { openComplaints { id text } } }',
      {},
      supervisor,
    );
    const seen = supervised.data!.intermediarySupervision.openComplaints.find(
      (c: { id: string }) => c.id === id,
    );
    expect(seen.text).not.toContain('13800138000');
    expect(seen.text).not.toContain('500238199003071015');
    expect(seen.text).toContain('请联系我');
    // The next test counts the complaints about this agency.
    await registerModels(subgraph.connection).Complaint.deleteOne({ _id: id });
  });

  it('publishes complaint channels and puts upheld complaints into the credit record', async () => {
    const channels = await graphql(
      url,
      'query { complaintChannels { name phone email address } }',
    );
    expect(channels.data!.complaintChannels.length).toBeGreaterThan(0);
    at('2026-10-20T02:00:00Z');
    const target = healthAgency;
    const filed = await graphql(
      url,
      COMPLAINT,
      {
        i: {
          agencyId: target.id,
          text: '该机构报告出具后多次拒绝解释评价结论。',
        },
        k: 'complaint-health-agency',
      },
      citizen,
    );
    expect(filed.errors).toBeUndefined();
    const complaintId = filed.data!.fileComplaint.id;
    const complaintRequest = {
      i: {
        agencyId: target.id,
        text: '该机构报告出具后多次拒绝解释评价结论。',
      },
      k: 'complaint-health-agency',
    };
    const retriedComplaint = await graphql(
      url,
      COMPLAINT,
      complaintRequest,
      citizen,
    );
    expect(retriedComplaint.data!.fileComplaint.id).toBe(complaintId);
    const editedComplaint = await graphql(
      url,
      COMPLAINT,
      {
        ...complaintRequest,
        i: {
          ...complaintRequest.i,
          text: '该机构报告出具后拒绝解释评价结论。',
        },
      },
      citizen,
    );
    expect(editedComplaint.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const otherFiler = await graphql(
      url,
      COMPLAINT,
      complaintRequest,
      supervisor,
    );
    expect(otherFiler.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      await registerModels(subgraph.connection).Complaint.countDocuments({
        agencyId: target.id,
      }),
    ).toBe(1);
    expect(
      (await graphql(url, SUPERVISION, {}, supervisor)).data!
        .intermediarySupervision.openComplaints,
    ).toContainEqual({ id: complaintId });
    const handled = await graphql(
      url,
      'mutation($id: ID!) { handleComplaint(id: $id, upheld: true, reply: "经核查属实，责令整改。") { state reply } }',
      { id: complaintId },
      supervisor,
    );
    expect(handled.data!.handleComplaint).toEqual({
      state: 'UPHELD',
      reply: '经核查属实，责令整改。',
    });
    const credit = await graphql(url, AGENCY, { id: target.id });
    expect(credit.data!.agency.credit).toMatchObject({
      upheldComplaints: 1,
      entries: [{ kind: 'COMPLAINT_UPHELD' }],
    });
    const mine = await graphql(
      url,
      'query { myComplaints { id state } }',
      {},
      citizen,
    );
    expect(mine.data!.myComplaints).toEqual([
      { id: complaintId, state: 'UPHELD' },
    ]);
  });
});

describe('eligibility of the client itself', () => {
  it('rejects the client as an agency for its own project', async () => {
    // The client's legal person also registers as an agency and is admitted after its notice.
    at('2026-09-01T02:00:00Z');
    await certificateSignIn(url, client);
    const registered = await graphql(
      url,
      REGISTER_AGENCY,
      { i: agencyInput('重庆示例化工有限公司', [SAFETY]), k: newKey() },
      client.viewer,
    );
    expect(registered.errors).toBeUndefined();
    const agency = registered.data!.registerAgency;
    const checked = await graphql(
      url,
      CHECK,
      { id: agency.id, v: agency.version },
      admin,
    );
    expect(checked.errors).toBeUndefined();
    at('2026-09-09T02:00:00Z');
    await runMarketplaceJob(registerModels(subgraph.connection), silent);

    const id = await openAnnouncement({}, []);
    await certificateSignIn(url, client);
    const own = await graphql(url, REGISTER_FOR, { id }, client.viewer);
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'INELIGIBLE_AGENCY',
      reason: 'OWN_PROJECT',
    });
    expect((await current(id)).registrationCount).toBe(0);
  });
});
