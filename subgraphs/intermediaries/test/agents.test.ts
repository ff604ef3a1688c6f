import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  DEMO_ACCOUNTS,
  demoUserId,
  idCardCheckChar,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  verifyIssuedToken,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../../identity/src/index.js';
import { seededItemId } from '../../items/src/index.js';
import {
  intermediariesSubgraph,
  runMarketplaceJob,
  serviceId,
  setClock,
} from '../src/index.js';
import { registerModels } from '../src/model.js';
import {
  agencyInput,
  at,
  CHALLENGE,
  certificateSignIn,
  clientInput,
  newKey,
  newLegalPerson,
  PDF_BASE64,
  REGISTER_CERTIFICATE,
  SIGN_IN,
  signNonce,
  type LegalPerson,
} from './support.js';

const ZHANG = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
const CITIZEN: Viewer = {
  userId: demoUserId(ZHANG.account),
  name: ZHANG.name,
  roles: ZHANG.roles as Viewer['roles'],
  divisionCode: ZHANG.divisionCode,
  sessionId: 'agent-session',
};
const admin = viewerOf(['ADMIN'], { divisionCode: '50' });
const SAFETY = serviceId('ZJFW001');

let identity: RunningSubgraph;
let marketplace: RunningSubgraph;
let legalPerson: LegalPerson;
let agent: Viewer;
let grantId: string;

const PUBLISH = `mutation($i: AnnouncementInput!, $k: String!) {
  publishAnnouncement(input: $i, idempotencyKey: $k) { id state clientName agentName }
}`;
const ANNOUNCEMENT =
  'query($id: ID!) { announcement(id: $id) { id clientName agentName } }';

function newCreditCode(): string {
  const digits = BigInt(`0x${randomBytes(4).toString('hex')}`) % 10_000_000n;
  const first17 = `91500103MA${String(digits).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

function announcementInput() {
  return {
    projectName: '代理发布的安全评价项目',
    serviceId: SAFETY,
    content: '对危险化学品仓储项目开展安全评价并出具安全评价报告。',
    registrationDeadline: '2026-10-09T09:00:00Z',
    selectionTime: '2026-10-09T09:30:00Z',
    method: 'RANDOM',
    feeFen: 3_000_000,
    conditions: ['具有安全评价机构资质'],
    confidential: false,
  };
}

/** Signs the agent's session in with the legal person's certificate key. */
async function agentCertificateSignIn() {
  const challenge = await graphql(marketplace.url, CHALLENGE, {}, agent);
  expect(challenge.errors).toBeUndefined();
  const { id, nonce } = challenge.data!.certificateChallenge;
  const signedIn = await graphql(
    marketplace.url,
    SIGN_IN,
    { c: id, s: signNonce(legalPerson, nonce) },
    agent,
  );
  expect(signedIn.errors).toBeUndefined();
}

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_INTERMEDIARY_JOB_MS = '3600000';
  identity = await startTestSubgraph(identitySubgraph);
  process.env.YKB_IDENTITY_URL = identity.url;
  marketplace = await startTestSubgraph(intermediariesSubgraph);

  const registered = await graphql(
    identity.url,
    `
      mutation ($input: RegisterLegalPersonInput!) {
        registerLegalPerson(input: $input) {
          token
        }
      }
    `,
    {
      input: {
        name: '重庆代理委托测试有限公司',
        creditCode: newCreditCode(),
        legalRepresentativeName: '赵六',
        legalRepresentativeIdCard:
          '50010319780415301' + idCardCheckChar('50010319780415301'),
        contactMobile: '13700137000',
        password: 'Company-2026',
        divisionCode: '500103',
      },
    },
  );
  expect(registered.errors).toBeUndefined();
  const viewer = await verifyIssuedToken(
    identity.url,
    registered.data!.registerLegalPerson.token as string,
  );
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  legalPerson = {
    viewer,
    privateKey: pair.privateKey,
    publicKeyPem: pair.publicKey
      .export({ format: 'pem', type: 'spki' })
      .toString(),
  };
  const added = await graphql(
    identity.url,
    'mutation ($input: AddAgentInput!) { addAgent(input: $input) { addedAt } }',
    { input: { idCardNumber: ZHANG.idCardNumber, name: ZHANG.name } },
    viewer,
  );
  expect(added.errors).toBeUndefined();
  const granted = await graphql(
    identity.url,
    'mutation ($input: GrantAgentInput!) { grantAgent(input: $input) { id } }',
    {
      input: {
        agentId: CITIZEN.userId,
        // 危险化学品经营许可 is the item that the safety evaluation serves.
        itemCodes: [
          seededItemId('公司变更登记'),
          seededItemId('危险化学品经营许可'),
        ],
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        idempotencyKey: newKey(),
      },
    },
    viewer,
  );
  expect(granted.errors).toBeUndefined();
  grantId = granted.data!.grantAgent.id as string;
  agent = { ...CITIZEN, onBehalfOf: viewer.userId, grantId };

  // The legal person's own account registers its certificate and itself as a client.
  at('2026-09-01T02:00:00Z');
  await certificateSignIn(marketplace.url, legalPerson);
  const client = await graphql(
    marketplace.url,
    'mutation($i: RegistrationInput!, $k: String!) { registerClient(input: $i, idempotencyKey: $k) { id version } }',
    { i: { ...clientInput(), name: '重庆代理委托测试有限公司' }, k: newKey() },
    viewer,
  );
  expect(client.errors).toBeUndefined();
  const checked = await graphql(
    marketplace.url,
    'mutation($id: ID!, $v: Int!) { checkRegistration(id: $id, expectedVersion: $v, corrections: []) { state } }',
    {
      id: client.data!.registerClient.id,
      v: client.data!.registerClient.version,
    },
    admin,
  );
  expect(checked.data!.checkRegistration.state).toBe('ADMITTED');
});

afterAll(async () => {
  setClock();
  await marketplace?.close();
  await identity?.close();
});

describe('agent acting for a client', () => {
  it('publishes an announcement naming client and agent', async () => {
    at('2026-09-30T02:00:00Z');
    await agentCertificateSignIn();
    const published = await graphql(
      marketplace.url,
      PUBLISH,
      { i: announcementInput(), k: newKey() },
      agent,
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAnnouncement).toMatchObject({
      state: 'PUBLISHED',
      clientName: '重庆代理委托测试有限公司',
      agentName: ZHANG.name,
    });
    const id = published.data!.publishAnnouncement.id;

    const asClient = await graphql(
      marketplace.url,
      ANNOUNCEMENT,
      { id },
      legalPerson.viewer,
    );
    expect(asClient.data!.announcement.agentName).toBe(ZHANG.name);
    const asPublic = await graphql(marketplace.url, ANNOUNCEMENT, { id });
    expect(asPublic.data!.announcement).toEqual({
      id,
      clientName: '重庆代理委托测试有限公司',
      agentName: null,
    });
    const mine = await graphql(
      marketplace.url,
      'query { myAnnouncements { id agentName } }',
      {},
      agent,
    );
    expect(mine.data!.myAnnouncements).toEqual([{ id, agentName: ZHANG.name }]);
    const outsider = await graphql(
      marketplace.url,
      'query { myAnnouncements { id } }',
      {},
      viewerOf(['LEGAL_PERSON'], { divisionCode: '500103' }),
    );
    expect(outsider.data!.myAnnouncements).toEqual([]);
    const stored = await marketplace.connection
      .collection('announcements')
      .findOne({ _id: id as never });
    expect(stored).toMatchObject({
      ownerUserId: legalPerson.viewer.userId,
      agentUserId: CITIZEN.userId,
      agentName: ZHANG.name,
    });
  });

  it('needs the certificate sign-in in the agent session', async () => {
    at('2026-09-30T02:00:00Z');
    const otherSession = { ...agent, sessionId: 'agent-other-session' };
    const result = await graphql(
      marketplace.url,
      PUBLISH,
      { i: announcementInput(), k: newKey() },
      otherSession,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_REQUIRED');
  });

  it('leaves certificate and registration to the legal person', async () => {
    const certificate = await graphql(
      marketplace.url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: legalPerson.publicKeyPem,
          serialNumber: 'CA123456',
          validUntil: '2030-12-31',
        },
      },
      agent,
    );
    expect(certificate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const registration = await graphql(
      marketplace.url,
      'mutation($i: RegistrationInput!, $k: String!) { registerClient(input: $i, idempotencyKey: $k) { id } }',
      { i: clientInput(), k: newKey() },
      agent,
    );
    expect(registration.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('confirms and completes as the client', async () => {
    // An agency registered and admitted after its notice of 5 working days.
    at('2026-09-01T02:00:00Z');
    const agency = newLegalPerson();
    await certificateSignIn(marketplace.url, agency);
    const registered = (
      await graphql(
        marketplace.url,
        'mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { id version } }',
        {
          i: agencyInput('重庆代理流程安全评价有限公司', [SAFETY]),
          k: newKey(),
        },
        agency.viewer,
      )
    ).data!.registerAgency;
    await graphql(
      marketplace.url,
      'mutation($id: ID!, $v: Int!) { checkRegistration(id: $id, expectedVersion: $v, corrections: []) { state } }',
      { id: registered.id, v: registered.version },
      admin,
    );
    at('2026-09-09T02:00:00Z');
    const silent = { info: () => {}, warn: () => {}, error: () => {} } as never;
    await runMarketplaceJob(registerModels(marketplace.connection), silent);

    at('2026-09-30T02:00:00Z');
    await agentCertificateSignIn();
    const id = (
      await graphql(
        marketplace.url,
        PUBLISH,
        { i: { ...announcementInput(), method: 'DIRECT' }, k: newKey() },
        agent,
      )
    ).data!.publishAnnouncement.id;
    at('2026-10-08T02:00:00Z');
    await certificateSignIn(marketplace.url, agency);
    const joined = await graphql(
      marketplace.url,
      'mutation($id: ID!) { registerForAnnouncement(announcementId: $id) { id } }',
      { id },
      agency.viewer,
    );
    expect(joined.errors).toBeUndefined();

    at('2026-10-09T09:30:00Z');
    await agentCertificateSignIn();
    const version = (
      await graphql(
        marketplace.url,
        'query($id: ID!) { announcement(id: $id) { version } }',
        { id },
        agent,
      )
    ).data!.announcement.version;
    const selected = await graphql(
      marketplace.url,
      'mutation($id: ID!, $v: Int!, $a: ID) { performSelection(announcementId: $id, expectedVersion: $v, agencyId: $a) { version } }',
      { id, v: version, a: registered.id },
      agent,
    );
    expect(selected.errors).toBeUndefined();
    const confirmed = await graphql(
      marketplace.url,
      'mutation($id: ID!, $v: Int!) { confirmSelection(announcementId: $id, expectedVersion: $v) { state clientName confirmedByAgentName } }',
      { id, v: selected.data!.performSelection.version },
      agent,
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmSelection).toEqual({
      state: 'CONFIRMED',
      clientName: '重庆代理委托测试有限公司',
      confirmedByAgentName: ZHANG.name,
    });

    await certificateSignIn(marketplace.url, agency);
    const contract = await graphql(
      marketplace.url,
      'mutation($id: ID!, $d: String!, $doc: DocumentInput!) { uploadContract(engagementId: $id, signedOn: $d, document: $doc) { state } }',
      {
        id,
        d: '2026-10-09',
        doc: {
          kind: 'CONTRACT',
          fileName: 'contract.pdf',
          contentBase64: PDF_BASE64,
        },
      },
      agency.viewer,
    );
    expect(contract.errors).toBeUndefined();

    at('2026-10-12T02:00:00Z');
    await agentCertificateSignIn();
    const completed = await graphql(
      marketplace.url,
      'mutation($id: ID!, $d: String!, $e: EvaluationInput!) { registerCompletion(engagementId: $id, deliverableReceivedOn: $d, evaluation: $e) { state completionAgentName } }',
      {
        id,
        d: '2026-10-12',
        e: { quality: 5, timeliness: 4, attitude: 5, fees: 4, conduct: 5 },
      },
      agent,
    );
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.registerCompletion).toEqual({
      state: 'COMPLETED',
      completionAgentName: ZHANG.name,
    });
    const asOwner = await graphql(
      marketplace.url,
      'query { myEngagements { id completionAgentName } }',
      {},
      legalPerson.viewer,
    );
    expect(asOwner.data!.myEngagements).toContainEqual({
      id,
      completionAgentName: ZHANG.name,
    });
    const asAgency = await graphql(
      marketplace.url,
      'query { myEngagements { id completionAgentName } }',
      {},
      agency.viewer,
    );
    expect(asAgency.errors).toBeUndefined();
    expect(asAgency.data!.myEngagements).toContainEqual({
      id,
      completionAgentName: null,
    });
  });

  it('rejects a service outside the grant', async () => {
    at('2026-09-30T02:00:00Z');
    await agentCertificateSignIn();
    const hygiene = serviceId('ZJFW002');
    const outside = await graphql(
      marketplace.url,
      PUBLISH,
      { i: { ...announcementInput(), serviceId: hygiene }, k: newKey() },
      agent,
    );
    expect(outside.data).toBeNull();
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'GRANT_OUT_OF_SCOPE',
      serviceId: hygiene,
      itemIds: [seededItemId('公共场所卫生许可')],
    });
    const unlinked = await graphql(
      marketplace.url,
      PUBLISH,
      {
        i: { ...announcementInput(), serviceId: serviceId('ZJFW008') },
        k: newKey(),
      },
      agent,
    );
    expect(unlinked.errors?.[0]?.extensions).toMatchObject({
      code: 'GRANT_OUT_OF_SCOPE',
      itemIds: [],
    });
    const stored = await marketplace.connection
      .collection('announcements')
      .countDocuments({ agentUserId: CITIZEN.userId, serviceId: hygiene });
    expect(stored).toBe(0);
  });

  it('rejects steps on an announcement outside the grant', async () => {
    at('2026-09-30T02:00:00Z');
    await certificateSignIn(marketplace.url, legalPerson);
    const own = await graphql(
      marketplace.url,
      PUBLISH,
      {
        i: {
          ...announcementInput(),
          projectName: '自行发布的卫生检测项目',
          serviceId: serviceId('ZJFW002'),
          method: 'LOWEST_BID',
        },
        k: newKey(),
      },
      legalPerson.viewer,
    );
    expect(own.errors).toBeUndefined();
    const id = own.data!.publishAnnouncement.id as string;
    await agentCertificateSignIn();
    const steps: [string, Record<string, unknown>][] = [
      [
        'query($id: ID!) { announcementRegistrants(announcementId: $id) { agencyId } }',
        { id },
      ],
      [
        'mutation($id: ID!) { openBidRound(announcementId: $id, expectedVersion: 0) { id } }',
        { id },
      ],
      [
        'mutation($id: ID!) { performSelection(announcementId: $id, expectedVersion: 0) { id } }',
        { id },
      ],
      [
        'mutation($id: ID!) { requestAnnouncementWithdrawal(id: $id, reasonCode: "PROJECT_CANCELLED", reason: "项目取消") { id } }',
        { id },
      ],
      ['query($id: ID!) { myBids(announcementId: $id) { round } }', { id }],
      [
        'mutation($id: ID!, $k: String!) { fileComplaint(input: { announcementId: $id, text: "公告条件设置不合理。" }, idempotencyKey: $k) { id } }',
        { id, k: newKey() },
      ],
      // Steps that name no announcement are outside every grant.
      [
        'mutation($k: String!) { fileComplaint(input: { agencyId: "any-agency", text: "该机构服务态度差。" }, idempotencyKey: $k) { id } }',
        { k: newKey() },
      ],
      [
        'mutation($k: String!) { objectToRegistration(id: "any-registration", text: "该机构资质系借用。", idempotencyKey: $k) { id } }',
        { k: newKey() },
      ],
    ];
    for (const [operation, variables] of steps) {
      const result = await graphql(
        marketplace.url,
        operation,
        variables,
        agent,
      );
      expect(result.errors?.[0]?.extensions?.code, operation).toBe(
        'GRANT_OUT_OF_SCOPE',
      );
    }
    const asOwner = await graphql(
      marketplace.url,
      'query($id: ID!) { announcementRegistrants(announcementId: $id) { agencyId } }',
      { id },
      legalPerson.viewer,
    );
    expect(asOwner.errors).toBeUndefined();
    expect(asOwner.data!.announcementRegistrants).toEqual([]);
    const listed = async (viewer: Viewer) =>
      (
        await graphql(
          marketplace.url,
          'query { myAnnouncements { id } }',
          {},
          viewer,
        )
      ).data!.myAnnouncements.map((a: { id: string }) => a.id);
    expect(await listed(legalPerson.viewer)).toContain(id);
    expect(await listed(agent)).not.toContain(id);
  });

  it('reads registrations, complaints and messages only within the grant', async () => {
    at('2026-09-30T02:00:00Z');
    const announcements = marketplace.connection.collection('announcements');
    const ownedFor = async (service: string) =>
      (await announcements.findOne({
        ownerUserId: legalPerson.viewer.userId,
        serviceId: service,
      }))!._id as unknown as string;
    const covered = await ownedFor(SAFETY);
    const uncovered = await ownedFor(serviceId('ZJFW002'));
    const complaintIds: Record<string, string> = {};
    for (const id of [covered, uncovered]) {
      const filed = await graphql(
        marketplace.url,
        'mutation($id: ID!, $k: String!) { fileComplaint(input: { announcementId: $id, text: "公告的报名条件设置不合理。" }, idempotencyKey: $k) { id } }',
        { id, k: newKey() },
        legalPerson.viewer,
      );
      expect(filed.errors).toBeUndefined();
      complaintIds[id] = filed.data!.fileComplaint.id;
    }
    await marketplace.connection.collection('notifications').insertMany(
      [covered, uncovered].map((id) => ({
        _id: `test-message:${id}` as never,
        recipientUserId: legalPerson.viewer.userId,
        recordId: id,
        text: '采购公告的测试消息。',
        sentAt: new Date('2026-09-30T02:00:00Z'),
      })),
    );
    const clientId = (await marketplace.connection
      .collection('parties')
      .findOne({ ownerUserId: legalPerson.viewer.userId }))!
      ._id as unknown as string;

    // A second citizen's grant names only an item that no intermediary service serves.
    const LI = DEMO_ACCOUNTS.find((a) => a.account === '13900139000')!;
    const added = await graphql(
      identity.url,
      'mutation ($input: AddAgentInput!) { addAgent(input: $input) { addedAt } }',
      { input: { idCardNumber: LI.idCardNumber, name: LI.name } },
      legalPerson.viewer,
    );
    expect(added.errors).toBeUndefined();
    const granted = await graphql(
      identity.url,
      'mutation ($input: GrantAgentInput!) { grantAgent(input: $input) { id } }',
      {
        input: {
          agentId: demoUserId(LI.account),
          itemCodes: [seededItemId('公司变更登记')],
          validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          idempotencyKey: newKey(),
        },
      },
      legalPerson.viewer,
    );
    expect(granted.errors).toBeUndefined();
    const outsideAgent: Viewer = {
      userId: demoUserId(LI.account),
      name: LI.name,
      roles: LI.roles as Viewer['roles'],
      divisionCode: LI.divisionCode,
      sessionId: 'outside-agent-session',
      onBehalfOf: legalPerson.viewer.userId,
      grantId: granted.data!.grantAgent.id as string,
    };

    const READ = `query($id: ID!) {
      myRegistrations { id }
      registration(id: $id) { id }
      myComplaints { id }
      myIntermediaryNotifications { recordId }
    }`;
    const read = async (viewer: Viewer) => {
      const result = await graphql(
        marketplace.url,
        READ,
        { id: clientId },
        viewer,
      );
      expect(result.errors).toBeUndefined();
      const data = result.data!;
      return {
        registrations: data.myRegistrations.map((r: { id: string }) => r.id),
        registration: data.registration?.id ?? null,
        complaints: data.myComplaints.map((c: { id: string }) => c.id),
        messages: data.myIntermediaryNotifications.map(
          (n: { recordId: string }) => n.recordId,
        ),
      };
    };

    const own = await read(legalPerson.viewer);
    expect(own.registrations).toEqual([clientId]);
    expect(own.complaints).toEqual(
      expect.arrayContaining([complaintIds[covered], complaintIds[uncovered]]),
    );
    expect(own.messages).toEqual(
      expect.arrayContaining([clientId, covered, uncovered]),
    );

    const inside = await read(agent);
    expect(inside.registrations).toEqual([clientId]);
    expect(inside.registration).toBe(clientId);
    expect(inside.complaints).toEqual([complaintIds[covered]]);
    expect(inside.messages).toContain(clientId);
    expect(inside.messages).toContain(covered);
    expect(inside.messages).not.toContain(uncovered);

    expect(await read(outsideAgent)).toEqual({
      registrations: [],
      registration: null,
      complaints: [],
      messages: [],
    });
  });

  it('stops the agent once the grant is revoked', async () => {
    const revoked = await graphql(
      identity.url,
      'mutation ($g: ID!) { revokeGrant(grantId: $g, reason: "代理关系终止") { status } }',
      { g: grantId },
      legalPerson.viewer,
    );
    expect(revoked.data!.revokeGrant.status).toBe('REVOKED');
    at('2026-09-30T02:00:00Z');
    const result = await graphql(
      marketplace.url,
      PUBLISH,
      { i: announcementInput(), k: newKey() },
      agent,
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('GRANT_REVOKED');
    const read = await graphql(
      marketplace.url,
      'query { myEngagements { id } }',
      {},
      agent,
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('GRANT_REVOKED');
  });
});
