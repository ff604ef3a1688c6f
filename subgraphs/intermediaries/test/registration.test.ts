import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import {
  auditRecordModel,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import {
  intermediariesSubgraph,
  runMarketplaceJob,
  serviceId,
  setClock,
} from '../src/index.js';
import { parsePublicKey, replacementMessage } from '../src/certificates.js';
import { registerModels } from '../src/model.js';
import {
  agencyInput,
  at,
  certificateSignIn,
  CHALLENGE,
  clientInput,
  type LegalPerson,
  newKey,
  newLegalPerson,
  REGISTER_CERTIFICATE,
  REGISTRATION_FIELDS,
  SIGN_IN,
  signInWithRegisteredKey,
  signNonce,
} from './support.js';

let subgraph: RunningSubgraph;
let url: string;

const admin = viewerOf(['ADMIN'], { divisionCode: '50' });
const districtAdmin = viewerOf(['ADMIN'], { divisionCode: '500238' });
const regulator = viewerOf(['SUPERVISOR'], {
  divisionCode: '50',
  departmentCode: 'CQ-YJ',
});
const otherRegulator = viewerOf(['SUPERVISOR'], {
  divisionCode: '50',
  departmentCode: 'CQ-WJ',
});
const supervisor = viewerOf(['SUPERVISOR'], { divisionCode: '50' });
const citizen = viewerOf(['CITIZEN'], { divisionCode: '500103' });
const SAFETY = serviceId('ZJFW001');

const REGISTER_CLIENT = `mutation($i: RegistrationInput!, $k: String!) { registerClient(input: $i, idempotencyKey: $k) { ${REGISTRATION_FIELDS} } }`;
const REGISTER_AGENCY = `mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { ${REGISTRATION_FIELDS} } }`;
const CHECK = `mutation($id: ID!, $v: Int!, $c: [CorrectionInput!]!) { checkRegistration(id: $id, expectedVersion: $v, corrections: $c) { ${REGISTRATION_FIELDS} } }`;
const CORRECT = `mutation($id: ID!, $v: Int!, $i: RegistrationInput!) { correctRegistration(id: $id, expectedVersion: $v, input: $i) { ${REGISTRATION_FIELDS} } }`;
const CHANGE = `mutation($id: ID!, $v: Int!, $i: RegistrationInput!) { changeRegistration(id: $id, expectedVersion: $v, input: $i) { ${REGISTRATION_FIELDS} } }`;
const REGISTRATION = `query($id: ID!) { registration(id: $id) { ${REGISTRATION_FIELDS} } }`;
const OBJECT =
  'mutation($id: ID!, $t: String!, $k: String!) { objectToRegistration(id: $id, text: $t, idempotencyKey: $k) { id state regulatorDepartmentCode } }';
const DECIDE =
  'mutation($id: ID!, $u: Boolean!, $n: String!) { decideObjection(id: $id, upheld: $u, note: $n) { id state } }';
const NOTIFICATIONS = 'query { myIntermediaryNotifications { recordId text } }';
const SHOWCASE = `query($s: ID, $k: String) { agencies(serviceId: $s, keyword: $k) { id name status serviceIds staff { name qualification certificateNo } credit { evaluations } } }`;
const ON_NOTICE = 'query { agenciesOnNotice { id name status } }';
const SUPERVISION =
  'query { intermediarySupervision { lateness { kind recordId dueDate open } openObjections { id } } }';

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_INTERMEDIARY_JOB_MS = '3600000';
  subgraph = await startTestSubgraph(intermediariesSubgraph);
  url = subgraph.url;
});

afterAll(async () => {
  setClock();
  await subgraph?.close();
});

const models = () => registerModels(subgraph.connection);
const silent = { info: () => {}, warn: () => {}, error: () => {} } as never;

/** Publishing with an unknown service: BAD_USER_INPUT for an admitted client, INVALID_STATE before the admission check. */
const PUBLISH_PROBE = `mutation($k: String!) { publishAnnouncement(input: {
  projectName: "探测", serviceId: "none", content: "探测客户是否可以发布公告。",
  registrationDeadline: "2030-01-01T00:00:00Z", selectionTime: "2030-01-02T00:00:00Z",
  method: RANDOM, feeFen: 1, conditions: [], confidential: false
}, idempotencyKey: $k) { id } }`;

/** Signs the replacement text of the successor's key with the holder's key. */
function signReplacement(holder: LegalPerson, successor: LegalPerson): string {
  const message = replacementMessage(
    parsePublicKey(successor.publicKeyPem).fingerprint,
  );
  const algorithm =
    holder.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return sign(algorithm, message, holder.privateKey).toString('base64');
}

/** Registers a new agency and puts it on public notice on 1 September 2026. */
async function agencyOnNotice(name: string) {
  at('2026-09-01T02:00:00Z');
  const agency = newLegalPerson();
  await certificateSignIn(url, agency);
  const party = (
    await graphql(
      url,
      REGISTER_AGENCY,
      { i: agencyInput(name, [SAFETY]), k: newKey() },
      agency.viewer,
    )
  ).data!.registerAgency;
  const checked = await graphql(
    url,
    CHECK,
    { id: party.id, v: party.version, c: [] },
    admin,
  );
  expect(checked.data!.checkRegistration.state).toBe('PUBLIC_NOTICE');
  return { agency, party };
}

/** Signs a new legal person in with its certificate and registers it as a client. */
async function registeredClient() {
  const client = newLegalPerson();
  await certificateSignIn(url, client);
  const result = await graphql(
    url,
    REGISTER_CLIENT,
    { i: clientInput(), k: newKey() },
    client.viewer,
  );
  expect(result.errors).toBeUndefined();
  return { client, party: result.data!.registerClient };
}

describe('certificate sign-in', () => {
  it('signs in with ECDSA P-256 and Ed25519 keys', async () => {
    at('2026-09-01T02:00:00Z');
    for (const algorithm of ['ec', 'ed25519'] as const) {
      const person = newLegalPerson(algorithm);
      await certificateSignIn(url, person);
    }
  });

  it('rejects a wrong signature, a reused challenge and an RSA key', async () => {
    at('2026-09-01T02:00:00Z');
    const person = newLegalPerson();
    const intruder = newLegalPerson();
    await graphql(
      url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: person.publicKeyPem,
          serialNumber: 'CA0001',
          validUntil: '2030-01-01',
        },
      },
      person.viewer,
    );
    const first = (await graphql(url, CHALLENGE, {}, person.viewer)).data!
      .certificateChallenge;
    const forged = await graphql(
      url,
      SIGN_IN,
      { c: first.id, s: signNonce(intruder, first.nonce) },
      person.viewer,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('SIGNATURE_INVALID');
    const reused = await graphql(
      url,
      SIGN_IN,
      { c: first.id, s: signNonce(person, first.nonce) },
      person.viewer,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('CODE_EXPIRED');

    const second = (await graphql(url, CHALLENGE, {}, person.viewer)).data!
      .certificateChallenge;
    at('2026-09-01T02:06:00Z');
    const late = await graphql(
      url,
      SIGN_IN,
      { c: second.id, s: signNonce(person, second.nonce) },
      person.viewer,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('CODE_EXPIRED');

    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .publicKey.export({ format: 'pem', type: 'spki' })
      .toString();
    const refused = await graphql(
      url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: rsa,
          serialNumber: 'CA0002',
          validUntil: '2030-01-01',
        },
      },
      person.viewer,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_INVALID');
  });

  it('refuses a registration without a certificate sign-in', async () => {
    at('2026-09-01T02:00:00Z');
    const person = newLegalPerson();
    const result = await graphql(
      url,
      REGISTER_CLIENT,
      { i: clientInput(), k: newKey() },
      person.viewer,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_REQUIRED');
    expect(
      await models().Party.countDocuments({
        ownerUserId: person.viewer.userId,
      }),
    ).toBe(0);
  });
});

describe('client registration (A.1)', () => {
  it('admits a consistent client at the check, due 1 working day later across National Day', async () => {
    // Wednesday 30 September 2026, 10:00 in Chongqing; 1 to 7 October are public holidays.
    at('2026-09-30T02:00:00Z');
    const client = newLegalPerson();
    await certificateSignIn(url, client);
    const key = newKey();
    const input = clientInput();
    const registered = await graphql(
      url,
      REGISTER_CLIENT,
      { i: input, k: key },
      client.viewer,
    );
    expect(registered.errors).toBeUndefined();
    const party = registered.data!.registerClient;
    expect(party).toMatchObject({
      kind: 'CLIENT',
      state: 'CHECKING',
      checkDueDate: '2026-10-08',
      contactMobile: '13800138001',
    });

    const replay = await graphql(
      url,
      REGISTER_CLIENT,
      { i: input, k: key },
      client.viewer,
    );
    expect(replay.data!.registerClient.id).toBe(party.id);
    const duplicate = await graphql(
      url,
      REGISTER_CLIENT,
      { i: input, k: newKey() },
      client.viewer,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const seen = await graphql(url, REGISTRATION, { id: party.id }, admin);
    expect(seen.data!.registration.contactMobile).toBe('13800138001');
    const masked = await graphql(
      url,
      REGISTRATION,
      { id: party.id },
      supervisor,
    );
    expect(masked.data!.registration.contactMobile).toBe('138****8001');
    const outside = await graphql(
      url,
      CHECK,
      { id: party.id, v: party.version, c: [] },
      districtAdmin,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    at('2026-10-08T08:00:00Z');
    const checked = await graphql(
      url,
      CHECK,
      { id: party.id, v: party.version, c: [] },
      admin,
    );
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.checkRegistration).toMatchObject({
      state: 'ADMITTED',
      admitted: true,
      checkLate: false,
    });
  });

  it('replaces a valid key only with proof by the old key (A.3)', async () => {
    at('2026-09-02T02:00:00Z');
    const { client, party: registered } = await registeredClient();
    const admitted = (
      await graphql(
        url,
        CHECK,
        { id: registered.id, v: registered.version, c: [] },
        admin,
      )
    ).data!.checkRegistration;
    expect(admitted.state).toBe('ADMITTED');
    const renewed = newLegalPerson();
    const renewedInput = {
      publicKeyPem: renewed.publicKeyPem,
      serialNumber: 'CA20260902',
      validUntil: '2030-12-31',
    };
    const proof = signReplacement(client, renewed);
    const codeOf = (result: Awaited<ReturnType<typeof graphql>>) =>
      result.errors?.[0]?.extensions?.code;

    // The password alone opens a platform session without a certificate sign-in.
    const passwordOnly = { ...client.viewer, sessionId: 'password-only' };
    expect(
      codeOf(
        await graphql(
          url,
          REGISTER_CERTIFICATE,
          { i: renewedInput },
          passwordOnly,
        ),
      ),
    ).toBe('CERTIFICATE_REPLACEMENT_UNPROVEN');
    expect(
      codeOf(
        await graphql(
          url,
          REGISTER_CERTIFICATE,
          { i: { ...renewedInput, previousKeySignature: proof } },
          passwordOnly,
        ),
      ),
    ).toBe('CERTIFICATE_REPLACEMENT_UNPROVEN');
    // In the session signed in with the old key, the old key must still sign the new one.
    expect(
      codeOf(
        await graphql(
          url,
          REGISTER_CERTIFICATE,
          { i: renewedInput },
          client.viewer,
        ),
      ),
    ).toBe('CERTIFICATE_REPLACEMENT_UNPROVEN');
    expect(
      codeOf(
        await graphql(
          url,
          REGISTER_CERTIFICATE,
          {
            i: {
              ...renewedInput,
              previousKeySignature: signReplacement(renewed, renewed),
            },
          },
          client.viewer,
        ),
      ),
    ).toBe('CERTIFICATE_REPLACEMENT_UNPROVEN');
    const untouched = (
      await graphql(url, REGISTRATION, { id: registered.id }, client.viewer)
    ).data!.registration;
    expect(untouched).toMatchObject({ state: 'ADMITTED', round: 1 });
    expect(
      codeOf(await graphql(url, PUBLISH_PROBE, { k: newKey() }, client.viewer)),
    ).toBe('BAD_USER_INPUT');

    const replaced = await graphql(
      url,
      REGISTER_CERTIFICATE,
      { i: { ...renewedInput, previousKeySignature: proof } },
      client.viewer,
    );
    expect(replaced.errors).toBeUndefined();
    const after = (
      await graphql(url, REGISTRATION, { id: registered.id }, client.viewer)
    ).data!.registration;
    expect(after).toMatchObject({
      state: 'CHECKING',
      round: 2,
      admitted: true,
    });

    // Signed in with the new key, the client still does not act until the check admits it again.
    renewed.viewer = client.viewer;
    await signInWithRegisteredKey(url, renewed);
    expect(
      codeOf(await graphql(url, PUBLISH_PROBE, { k: newKey() }, client.viewer)),
    ).toBe('INVALID_STATE');
    const readmitted = await graphql(
      url,
      CHECK,
      { id: after.id, v: after.version, c: [] },
      admin,
    );
    expect(readmitted.data!.checkRegistration.state).toBe('ADMITTED');
    expect(
      codeOf(await graphql(url, PUBLISH_PROBE, { k: newKey() }, client.viewer)),
    ).toBe('BAD_USER_INPUT');
  });

  it('replaces an expired key without proof', async () => {
    at('2026-09-02T02:00:00Z');
    const holder = newLegalPerson();
    const first = await graphql(
      url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: holder.publicKeyPem,
          serialNumber: 'CA20260101',
          validUntil: '2026-09-30',
        },
      },
      holder.viewer,
    );
    expect(first.errors).toBeUndefined();
    at('2026-10-10T02:00:00Z');
    const renewed = newLegalPerson();
    const replaced = await graphql(
      url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: renewed.publicKeyPem,
          serialNumber: 'CA20261010',
          validUntil: '2030-12-31',
        },
      },
      holder.viewer,
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.registerCertificate.fingerprint).toBe(
      parsePublicKey(renewed.publicKeyPem).fingerprint,
    );
  });
});

describe('certificate revocation by the administration', () => {
  const REVOKE = `mutation($id: ID!, $r: String!, $k: String!) {
    revokeCertificate(registrationId: $id, reason: $r, idempotencyKey: $k) { registrationId fingerprint serialNumber reason revokedAt }
  }`;
  const CERTIFICATE = `query($id: ID!) { registration(id: $id) { certificate { fingerprint revocation { reason } } } }`;
  const codeOf = (result: Awaited<ReturnType<typeof graphql>>) =>
    result.errors?.[0]?.extensions?.code;

  it('refuses viewers outside the jurisdiction and role', async () => {
    at('2026-09-02T02:00:00Z');
    const { client, party } = await registeredClient();
    for (const viewer of [citizen, client.viewer, supervisor, districtAdmin]) {
      const result = await graphql(
        url,
        REVOKE,
        { id: party.id, r: '密钥介质遗失', k: newKey() },
        viewer,
      );
      expect(result.data, viewer.roles.join()).toBeNull();
      expect(codeOf(result), viewer.roles.join()).toBe('FORBIDDEN');
    }
    const kept = await graphql(url, CERTIFICATE, { id: party.id }, admin);
    expect(kept.data!.registration.certificate.revocation).toBeNull();
    expect(
      await models().CertificateRevocation.countDocuments({
        registrationId: party.id,
      }),
    ).toBe(0);
  });

  it('revokes a lost key so the holder registers a new one', async () => {
    at('2026-09-02T02:00:00Z');
    const { client, party: registered } = await registeredClient();
    const checked = await graphql(
      url,
      CHECK,
      { id: registered.id, v: registered.version, c: [] },
      admin,
    );
    expect(checked.data!.checkRegistration.state).toBe('ADMITTED');
    const lostFingerprint = parsePublicKey(client.publicKeyPem).fingerprint;

    const key = newKey();
    const revoke = (reason: string, k = key) =>
      graphql(url, REVOKE, { id: registered.id, r: reason, k }, admin);
    const revoked = await revoke('法定代表人报告密钥介质遗失');
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeCertificate).toMatchObject({
      registrationId: registered.id,
      fingerprint: lostFingerprint,
      reason: '法定代表人报告密钥介质遗失',
    });
    const retried = await revoke('法定代表人报告密钥介质遗失');
    expect(retried.data!.revokeCertificate).toEqual(
      revoked.data!.revokeCertificate,
    );
    expect(codeOf(await revoke('另一个理由'))).toBe('CONFLICT');
    expect(codeOf(await revoke('再次吊销', newKey()))).toBe('INVALID_STATE');
    const audited = await auditRecordModel(subgraph.connection).find({
      action: 'revokeCertificate',
      'details.registrationId': registered.id,
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      outcome: 'SUCCEEDED',
      actorId: admin.userId,
      details: { reason: '法定代表人报告密钥介质遗失' },
    });

    // The session signed in with the lost key no longer acts, and the key signs in no more.
    expect(
      codeOf(await graphql(url, PUBLISH_PROBE, { k: newKey() }, client.viewer)),
    ).toBe('CERTIFICATE_REQUIRED');
    expect(codeOf(await graphql(url, CHALLENGE, {}, client.viewer))).toBe(
      'CERTIFICATE_INVALID',
    );
    const shown = await graphql(
      url,
      CERTIFICATE,
      { id: registered.id },
      client.viewer,
    );
    expect(shown.data!.registration.certificate).toEqual({
      fingerprint: lostFingerprint,
      revocation: { reason: '法定代表人报告密钥介质遗失' },
    });
    const again = await graphql(
      url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: client.publicKeyPem,
          serialNumber: 'CA20260903',
          validUntil: '2030-12-31',
        },
      },
      client.viewer,
    );
    expect(codeOf(again)).toBe('CERTIFICATE_INVALID');

    // A new key needs no proof, and the party acts again once the check admits it.
    const renewed = newLegalPerson();
    const replaced = await graphql(
      url,
      REGISTER_CERTIFICATE,
      {
        i: {
          publicKeyPem: renewed.publicKeyPem,
          serialNumber: 'CA20260904',
          validUntil: '2030-12-31',
        },
      },
      { ...client.viewer, sessionId: 'after-revocation' },
    );
    expect(replaced.errors).toBeUndefined();
    const after = (
      await graphql(url, REGISTRATION, { id: registered.id }, client.viewer)
    ).data!.registration;
    expect(after).toMatchObject({ state: 'CHECKING', round: 2 });
    renewed.viewer = client.viewer;
    await signInWithRegisteredKey(url, renewed);
    expect(
      codeOf(await graphql(url, PUBLISH_PROBE, { k: newKey() }, client.viewer)),
    ).toBe('INVALID_STATE');
    const readmitted = await graphql(
      url,
      CHECK,
      { id: after.id, v: after.version, c: [] },
      admin,
    );
    expect(readmitted.data!.checkRegistration.state).toBe('ADMITTED');
    expect(
      codeOf(await graphql(url, PUBLISH_PROBE, { k: newKey() }, client.viewer)),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('agency registration (A.2)', () => {
  it('walks correction, restart, public notice, objection and automatic admission across National Day', async () => {
    at('2026-09-30T02:00:00Z');
    const agency = newLegalPerson();
    await certificateSignIn(url, agency);
    const input = agencyInput('重庆国庆安全评价有限公司', [SAFETY]);
    const registered = await graphql(
      url,
      REGISTER_AGENCY,
      { i: input, k: newKey() },
      agency.viewer,
    );
    expect(registered.errors).toBeUndefined();
    const party = registered.data!.registerAgency;
    expect(party).toMatchObject({
      state: 'CHECKING',
      checkDueDate: '2026-10-08',
    });

    // Checked on Friday 9 October: one day late, with two corrections in one notice.
    at('2026-10-09T03:00:00Z');
    const corrections = [
      { field: 'BUSINESS_LICENCE', problem: '营业执照扫描件不清晰' },
      { field: 'staff', problem: '从业人员证书编号与证书不一致' },
    ];
    const flagged = await graphql(url, SUPERVISION, {}, supervisor);
    expect(flagged.data!.intermediarySupervision.lateness).toContainEqual({
      kind: 'CHECK',
      recordId: party.id,
      dueDate: '2026-10-08',
      open: true,
    });
    const checked = await graphql(
      url,
      CHECK,
      { id: party.id, v: party.version, c: corrections },
      admin,
    );
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.checkRegistration).toMatchObject({
      state: 'CORRECTION_REQUIRED',
      checkLate: true,
      correctionNotices: [{ round: 1, corrections }],
    });
    const told = await graphql(url, NOTIFICATIONS, {}, agency.viewer);
    const notice = told.data!.myIntermediaryNotifications.find(
      (n: { text: string }) => n.text.includes('补正'),
    );
    expect(notice.text).toContain('营业执照扫描件不清晰');
    expect(notice.text).toContain('从业人员证书编号与证书不一致');
    const again = await graphql(
      url,
      CHECK,
      {
        id: party.id,
        v: checked.data!.checkRegistration.version,
        c: corrections,
      },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');

    // Resubmitted on Friday 9 October: the check restarts and is due on Saturday 10 October, a make-up workday.
    await certificateSignIn(url, agency);
    const corrected = await graphql(
      url,
      CORRECT,
      { id: party.id, v: checked.data!.checkRegistration.version, i: input },
      agency.viewer,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctRegistration).toMatchObject({
      state: 'CHECKING',
      round: 2,
      checkDueDate: '2026-10-10',
      checkLate: false,
    });

    at('2026-10-10T02:00:00Z');
    const onNotice = await graphql(
      url,
      CHECK,
      { id: party.id, v: corrected.data!.correctRegistration.version, c: [] },
      admin,
    );
    const staffAsAdmin = await graphql(
      url,
      'query($id: ID!) { registration(id: $id) { staff { idCardNumber } } }',
      { id: party.id },
      admin,
    );
    const staffAsSupervisor = await graphql(
      url,
      'query($id: ID!) { registration(id: $id) { staff { idCardNumber } } }',
      { id: party.id },
      supervisor,
    );
    expect(staffAsAdmin.data!.registration.staff).toEqual([
      { idCardNumber: input.staff[0]!.idCardNumber },
    ]);
    expect(staffAsSupervisor.data!.registration.staff[0].idCardNumber).toMatch(
      /^5001\*{10}\d{3}[0-9X]$/,
    );
    expect(onNotice.data!.checkRegistration).toMatchObject({
      state: 'PUBLIC_NOTICE',
      checkLate: false,
      noticeEndsAt: '2026-10-16T16:00:00.000Z',
    });
    expect(
      (await graphql(url, ON_NOTICE)).data!.agenciesOnNotice,
    ).toContainEqual({ id: party.id, name: input.name, status: 'PENDING' });

    at('2026-10-12T02:00:00Z');
    const objection = await graphql(
      url,
      OBJECT,
      {
        id: party.id,
        t: '该机构从业人员存在挂靠情形，请核查。',
        k: 'objection-retry-1',
      },
      citizen,
    );
    expect(objection.errors).toBeUndefined();
    expect(objection.data!.objectToRegistration).toMatchObject({
      state: 'OPEN',
      regulatorDepartmentCode: 'CQ-YJ',
    });
    // A retry returns the first objection although the registration is no longer on notice.
    const retried = await graphql(
      url,
      OBJECT,
      {
        id: party.id,
        t: '该机构从业人员存在挂靠情形，请核查。',
        k: 'objection-retry-1',
      },
      citizen,
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.objectToRegistration.id).toBe(
      objection.data!.objectToRegistration.id,
    );
    const otherText = await graphql(
      url,
      OBJECT,
      {
        id: party.id,
        t: '该机构业绩材料与实际不符，请核查。',
        k: 'objection-retry-1',
      },
      citizen,
    );
    expect(otherText.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const otherViewer = await graphql(
      url,
      OBJECT,
      {
        id: party.id,
        t: '该机构从业人员存在挂靠情形，请核查。',
        k: 'objection-retry-1',
      },
      agency.viewer,
    );
    expect(otherViewer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badKey = await graphql(
      url,
      OBJECT,
      { id: party.id, t: '该机构从业人员存在挂靠情形，请核查。', k: 'short' },
      citizen,
    );
    expect(badKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await models().Objection.countDocuments({ partyId: party.id })).toBe(
      1,
    );
    expect(
      (await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)).data!
        .registration.state,
    ).toBe('OBJECTED');
    const informed = (await graphql(url, NOTIFICATIONS, {}, agency.viewer))
      .data!.myIntermediaryNotifications;
    expect(
      informed.some((n: { text: string }) => n.text.includes('异议')),
    ).toBe(true);

    // The notice would have ended, but the objection is open: nothing is admitted.
    at('2026-10-17T02:00:00Z');
    await runMarketplaceJob(models(), silent);
    expect(
      (await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)).data!
        .registration.state,
    ).toBe('OBJECTED');

    const objectionId = objection.data!.objectToRegistration.id;
    const wrongRegulator = await graphql(
      url,
      DECIDE,
      { id: objectionId, u: false, n: '不属实' },
      otherRegulator,
    );
    expect(wrongRegulator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dismissed = await graphql(
      url,
      DECIDE,
      { id: objectionId, u: false, n: '经核查人员社保关系真实，异议不成立。' },
      regulator,
    );
    expect(dismissed.data!.decideObjection.state).toBe('DISMISSED');

    // The objection came on the notice's first working day, so all 5 working
    // days are served again from Monday 19 October.
    const resumed = (
      await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)
    ).data!.registration;
    expect(resumed).toMatchObject({
      state: 'PUBLIC_NOTICE',
      noticeEndsAt: '2026-10-23T16:00:00.000Z',
    });
    await runMarketplaceJob(models(), silent);
    expect(
      (await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)).data!
        .registration.state,
    ).toBe('PUBLIC_NOTICE');

    // Two job runs at once, as after a restart with a second process: one admission, one message.
    at('2026-10-23T16:00:00Z');
    await Promise.all([
      runMarketplaceJob(models(), silent),
      runMarketplaceJob(models(), silent),
    ]);
    await runMarketplaceJob(models(), silent);
    const admitted = (
      await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)
    ).data!.registration;
    expect(admitted).toMatchObject({ state: 'ADMITTED', admitted: true });
    const messages = (await graphql(url, NOTIFICATIONS, {}, agency.viewer))
      .data!.myIntermediaryNotifications;
    expect(
      messages.filter((n: { text: string }) => n.text.includes('已自动入驻')),
    ).toHaveLength(1);

    const showcase = await graphql(url, SHOWCASE, { s: SAFETY, k: '国庆' });
    expect(showcase.errors).toBeUndefined();
    expect(showcase.data!.agencies).toEqual([
      {
        id: party.id,
        name: input.name,
        status: 'APPROVED',
        serviceIds: [SAFETY],
        staff: [
          {
            name: '孙***',
            qualification: '安全评价师',
            certificateNo: input.staff[0]!.certificateNo,
          },
        ],
        credit: { evaluations: 0 },
      },
    ]);
  });

  it('keeps the one notice of the check that won two concurrent checks', async () => {
    at('2026-09-01T02:00:00Z');
    const { client, party } = await registeredClient();
    const checks = await Promise.all(
      ['营业执照模糊', '法定代表人证明缺章'].map((problem) =>
        graphql(
          url,
          CHECK,
          {
            id: party.id,
            v: party.version,
            c: [{ field: 'documents', problem }],
          },
          admin,
        ),
      ),
    );
    const won = checks.filter((c) => !c.errors);
    expect(won).toHaveLength(1);
    expect(
      checks.filter((c) => c.errors?.[0]?.extensions?.code === 'CONFLICT'),
    ).toHaveLength(1);
    const after = (
      await graphql(url, REGISTRATION, { id: party.id }, client.viewer)
    ).data!.registration;
    expect(after.state).toBe('CORRECTION_REQUIRED');
    expect(after.correctionNotices).toEqual(
      won[0]!.data!.checkRegistration.correctionNotices,
    );
    expect(after.correctionNotices).toHaveLength(1);
  });

  it('extends the notice by the paused working days across National Day', async () => {
    // Checked on Thursday 24 September: notice on 28, 29, 30 September, 8 and 9 October.
    at('2026-09-24T02:00:00Z');
    const agency = newLegalPerson();
    await certificateSignIn(url, agency);
    const party = (
      await graphql(
        url,
        REGISTER_AGENCY,
        { i: agencyInput('重庆暂停公示检测有限公司', [SAFETY]), k: newKey() },
        agency.viewer,
      )
    ).data!.registerAgency;
    const checked = (
      await graphql(
        url,
        CHECK,
        { id: party.id, v: party.version, c: [] },
        admin,
      )
    ).data!.checkRegistration;
    expect(checked.noticeEndsAt).toBe('2026-10-09T16:00:00.000Z');

    // Objection on Tuesday 29 September: only 28 September was served, 4 working days remain.
    at('2026-09-29T02:00:00Z');
    const objection = (
      await graphql(
        url,
        OBJECT,
        {
          id: party.id,
          t: '该机构提交的业绩材料存在疑问，请核查。',
          k: randomUUID(),
        },
        citizen,
      )
    ).data!.objectToRegistration;
    at('2026-09-30T03:00:00Z');
    const dismissed = await graphql(
      url,
      DECIDE,
      { id: objection.id, u: false, n: '经核查业绩材料真实，异议不成立。' },
      regulator,
    );
    expect(dismissed.errors).toBeUndefined();

    // The rest is served on 8, 9, 10 (a make-up workday) and 12 October.
    const resumed = (
      await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)
    ).data!.registration;
    expect(resumed).toMatchObject({
      state: 'PUBLIC_NOTICE',
      noticeEndsAt: '2026-10-12T16:00:00.000Z',
    });
    const told = (await graphql(url, NOTIFICATIONS, {}, agency.viewer)).data!
      .myIntermediaryNotifications;
    expect(
      told.some((n: { text: string }) =>
        n.text.includes('公示继续 4 个工作日，至 2026-10-12 期满'),
      ),
    ).toBe(true);

    // The first notice end passes without admission.
    at('2026-10-09T16:00:00Z');
    await runMarketplaceJob(models(), silent);
    at('2026-10-12T15:59:00Z');
    await runMarketplaceJob(models(), silent);
    expect(
      (await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)).data!
        .registration.state,
    ).toBe('PUBLIC_NOTICE');

    at('2026-10-12T16:00:00Z');
    await runMarketplaceJob(models(), silent);
    expect(
      (await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)).data!
        .registration,
    ).toMatchObject({ state: 'ADMITTED', admitted: true });
  });

  it('returns CONFLICT for a reused key with another registration', async () => {
    at('2026-09-01T02:00:00Z');
    const client = newLegalPerson();
    await certificateSignIn(url, client);
    const key = newKey();
    const input = clientInput();
    const first = await graphql(
      url,
      REGISTER_CLIENT,
      { i: input, k: key },
      client.viewer,
    );
    expect(first.errors).toBeUndefined();
    const retried = await graphql(
      url,
      REGISTER_CLIENT,
      { i: input, k: key },
      client.viewer,
    );
    expect(retried.data!.registerClient.id).toBe(first.data!.registerClient.id);
    const changed = await graphql(
      url,
      REGISTER_CLIENT,
      { i: { ...input, address: '重庆市渝北区另一示例路 2 号' }, k: key },
      client.viewer,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'idempotencyKey',
    });
    const asAgency = await graphql(
      url,
      REGISTER_AGENCY,
      { i: agencyInput('重庆复用键检测有限公司', [SAFETY]), k: key },
      client.viewer,
    );
    expect(asAgency.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const mine = await graphql(
      url,
      'query { myRegistrations { id } }',
      {},
      client.viewer,
    );
    expect(mine.data!.myRegistrations).toEqual([
      { id: first.data!.registerClient.id },
    ]);
  });

  it('rejects a credit code with a wrong check character', async () => {
    at('2026-09-01T02:00:00Z');
    const client = newLegalPerson();
    await certificateSignIn(url, client);
    const valid = clientInput().creditCode;
    const lastChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const wrongLast = lastChars[(lastChars.indexOf(valid[17]!) + 1) % 31]!;
    const cases = [
      { code: valid.slice(0, 17) + wrongLast, problem: 'CHECK_DIGIT' },
      { code: valid.slice(0, 17), problem: 'FORMAT' },
      { code: `${valid.slice(0, 16)}I${valid[17]}`, problem: 'FORMAT' },
    ];
    for (const { code, problem } of cases) {
      const result = await graphql(
        url,
        REGISTER_CLIENT,
        { i: clientInput(code), k: newKey() },
        client.viewer,
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDIT_CODE');
      expect(result.errors?.[0]?.extensions?.problem).toBe(problem);
    }
    expect(
      (
        await graphql(
          url,
          'query { myRegistrations { id } }',
          {},
          client.viewer,
        )
      ).data!.myRegistrations,
    ).toEqual([]);

    // Full-width digits and lower case are normalised before the check.
    const fullWidth = valid
      .toLowerCase()
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const accepted = await graphql(
      url,
      REGISTER_CLIENT,
      { i: clientInput(fullWidth), k: newKey() },
      client.viewer,
    );
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses an agency whose objection the regulator upholds', async () => {
    at('2026-09-01T02:00:00Z');
    const agency = newLegalPerson();
    await certificateSignIn(url, agency);
    const party = (
      await graphql(
        url,
        REGISTER_AGENCY,
        { i: agencyInput('重庆异议检测有限公司', [SAFETY]), k: newKey() },
        agency.viewer,
      )
    ).data!.registerAgency;
    const checked = (
      await graphql(
        url,
        CHECK,
        { id: party.id, v: party.version, c: [] },
        admin,
      )
    ).data!.checkRegistration;
    expect(checked.state).toBe('PUBLIC_NOTICE');
    const objection = (
      await graphql(
        url,
        OBJECT,
        { id: party.id, t: '资质证书系借用他人资质。', k: randomUUID() },
        citizen,
      )
    ).data!.objectToRegistration;
    await graphql(
      url,
      DECIDE,
      { id: objection.id, u: true, n: '经核查资质借用属实。' },
      regulator,
    );
    at('2026-09-10T02:00:00Z');
    await runMarketplaceJob(models(), silent);
    const refused = (
      await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)
    ).data!.registration;
    expect(refused).toMatchObject({ state: 'REFUSED', admitted: false });
    const late = await graphql(
      url,
      OBJECT,
      { id: party.id, t: '再次提出异议内容示例。', k: randomUUID() },
      citizen,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('limits objections per user and notice', async () => {
    const { agency, party } = await agencyOnNotice('重庆重复异议检测有限公司');
    const objector = viewerOf(['CITIZEN'], { divisionCode: '500103' });
    const grounds = '该机构的评价师未在本单位执业。';
    const object = (viewer: typeof objector, text: string) =>
      graphql(url, OBJECT, { id: party.id, t: text, k: randomUUID() }, viewer);
    const codeOf = (result: Awaited<ReturnType<typeof graphql>>) =>
      result.errors?.[0]?.extensions?.code;

    const first = await object(objector, grounds);
    expect(first.errors).toBeUndefined();
    const dismissed = await graphql(
      url,
      DECIDE,
      {
        id: first.data!.objectToRegistration.id,
        u: false,
        n: '经核查评价师在本单位执业。',
      },
      regulator,
    );
    expect(dismissed.data!.decideObjection.state).toBe('DISMISSED');
    expect(codeOf(await object(objector, grounds))).toBe('OBJECTION_EXISTS');
    expect(codeOf(await object(objector, '另有新的异议理由示例。'))).toBe(
      'OBJECTION_EXISTS',
    );
    const resumed = (
      await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)
    ).data!.registration;
    expect(resumed.state).toBe('PUBLIC_NOTICE');

    // A later check round starts a new notice; the dismissed grounds stay dismissed.
    await models().Party.updateOne({ _id: party.id }, { $inc: { round: 1 } });
    expect(codeOf(await object(objector, ` ${grounds} `))).toBe(
      'OBJECTION_EXISTS',
    );
    const newGrounds = await object(objector, '该机构的资质证书已被注销。');
    expect(newGrounds.errors).toBeUndefined();
    expect(newGrounds.data!.objectToRegistration.state).toBe('OPEN');
  });

  it('accepts 5 of 8 concurrent objections per day', async () => {
    const parties: { id: string }[] = [];
    for (let i = 0; i < 8; i++)
      parties.push(
        (await agencyOnNotice(`重庆并发异议检测${i + 1}号有限公司`)).party,
      );
    const objector = viewerOf(['CITIZEN'], { divisionCode: '500103' });
    const text = '该机构的资质证书已被注销。';
    const keys = parties.map(() => randomUUID());
    const object = (i: number, key = keys[i]) =>
      graphql(url, OBJECT, { id: parties[i]!.id, t: text, k: key }, objector);
    const codeOf = (result: Awaited<ReturnType<typeof graphql>>) =>
      result.errors?.[0]?.extensions?.code ?? 'ACCEPTED';

    at('2026-09-02T02:00:00Z');
    const results = await Promise.all(parties.map((_, i) => object(i)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'ACCEPTED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'OBJECTION_RATE_LIMITED')).toHaveLength(3);
    const stored = await models().Objection.countDocuments({
      raisedBy: objector.userId,
    });
    expect(stored).toBe(5);

    // Retries of accepted objections replay them and take no slot.
    const accepted = codes.flatMap((c, i) => (c === 'ACCEPTED' ? [i] : []));
    const limited = codes.flatMap((c, i) => (c === 'ACCEPTED' ? [] : [i]));
    const retried = await Promise.all(accepted.map((i) => object(i)));
    expect(
      retried.map((r) => r.data?.objectToRegistration?.id ?? null),
    ).toEqual(accepted.map((i) => results[i]!.data!.objectToRegistration.id));
    expect(codeOf(await object(limited[0]!, randomUUID()))).toBe(
      'OBJECTION_RATE_LIMITED',
    );

    // The next day has 5 new slots, and two concurrent requests with one key take one.
    at('2026-09-03T02:00:00Z');
    const sameKey = randomUUID();
    const twice = await Promise.all([
      object(limited[0]!, sameKey),
      object(limited[0]!, sameKey),
    ]);
    expect(twice.map(codeOf)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(twice[1]!.data!.objectToRegistration.id).toBe(
      twice[0]!.data!.objectToRegistration.id,
    );
    const slots = await models()
      .ObjectionSlot.find({
        _id: { $regex: `^${objector.userId}:2026-09-03:` },
      })
      .lean<{ idempotencyKey: string }[]>();
    expect(slots.map((slot) => slot.idempotencyKey)).toEqual([sameKey]);
    // The first claim of the day removed the slots of the day before.
    expect(
      await models().ObjectionSlot.countDocuments({
        _id: { $regex: `^${objector.userId}:2026-09-02:` },
      }),
    ).toBe(0);
  });

  it('takes over only slots of stopped requests', async () => {
    const objector = viewerOf(['CITIZEN'], { divisionCode: '500103' });
    // Today's five slots were claimed by requests that never stored their
    // objections: ten minutes ago (stopped) or one minute ago (still running).
    const cases = [
      { day: '2026-09-04', claimed: '01:50', expected: 'OPEN' },
      {
        day: '2026-09-05',
        claimed: '01:59',
        expected: 'OBJECTION_RATE_LIMITED',
      },
    ];
    for (const { day, claimed, expected } of cases) {
      const { party } = await agencyOnNotice(`重庆中断异议检测${day}有限公司`);
      at(`${day}T02:00:00Z`);
      for (let slot = 1; slot <= 5; slot++)
        await models().ObjectionSlot.create({
          _id: `${objector.userId}:${day}:${slot}`,
          idempotencyKey: randomUUID(),
          claimedAt: new Date(`${day}T${claimed}:00Z`),
        });

      const result = await graphql(
        url,
        OBJECT,
        { id: party.id, t: '该机构的资质证书已被注销。', k: randomUUID() },
        objector,
      );
      const outcome =
        result.errors?.[0]?.extensions?.code ??
        result.data!.objectToRegistration.state;
      expect(outcome, day).toBe(expected);
    }
  });

  it('masks the representative outside owner and checking admin', async () => {
    const name = '重庆掩码检测有限公司';
    const { agency, party } = await agencyOnNotice(name);
    at('2026-09-10T02:00:00Z');
    await runMarketplaceJob(models(), silent);
    const representativeAs = async (viewer: Viewer) => {
      const result = await graphql(
        url,
        'query { registrations(state: ADMITTED, first: 100) { id representative } }',
        {},
        viewer,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.registrations.find(
        (r: { id: string }) => r.id === party.id,
      )?.representative;
    };
    expect(await representativeAs(admin)).toBe('赵评价');
    expect(await representativeAs(supervisor)).toBe('赵**');
    const own = await graphql(
      url,
      'query($id: ID!) { registration(id: $id) { representative } }',
      { id: party.id },
      agency.viewer,
    );
    expect(own.data!.registration.representative).toBe('赵评价');
    for (const viewer of [undefined, admin]) {
      const showcase = await graphql(
        url,
        'query($k: String) { agencies(keyword: $k) { id representative } }',
        { k: name },
        viewer,
      );
      expect(showcase.errors).toBeUndefined();
      expect(showcase.data!.agencies).toEqual([
        { id: party.id, representative: '赵**' },
      ]);
    }
  });

  it('masks contact and practitioner names outside owner and admin', async () => {
    const name = '重庆姓名掩码检测有限公司';
    const { agency, party } = await agencyOnNotice(name);
    const otherAgency = newLegalPerson();
    const NAMES =
      'query($id: ID!) { registration(id: $id) { contactName staff { name } } }';
    const namesAs = async (viewer: Viewer) => {
      const result = await graphql(url, NAMES, { id: party.id }, viewer);
      expect(result.errors).toBeUndefined();
      return result.data!.registration;
    };
    const raw = { contactName: '钱联络', staff: [{ name: '孙评价师' }] };
    const masked = { contactName: '钱**', staff: [{ name: '孙***' }] };
    expect(await namesAs(agency.viewer)).toEqual(raw);
    expect(await namesAs(admin)).toEqual(raw);
    expect(await namesAs(supervisor)).toEqual(masked);
    expect(await namesAs(districtAdmin)).toBeNull();

    const practitionersAs = async (viewer?: Viewer) => {
      const result = await graphql(
        url,
        'query { agenciesOnNotice(first: 100) { id staff { name } } }',
        {},
        viewer,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.agenciesOnNotice.find(
        (a: { id: string }) => a.id === party.id,
      )?.staff;
    };
    expect(await practitionersAs(agency.viewer)).toEqual(raw.staff);
    expect(await practitionersAs(admin)).toEqual(raw.staff);
    for (const viewer of [undefined, otherAgency.viewer, districtAdmin])
      expect(await practitionersAs(viewer)).toEqual(masked.staff);
  });

  it('rejects service items not covered by a valid qualification', async () => {
    at('2026-09-01T02:00:00Z');
    const agency = newLegalPerson();
    await certificateSignIn(url, agency);
    const input = agencyInput('重庆无资质评价有限公司', [SAFETY]);
    input.serviceIds = [SAFETY, serviceId('ZJFW002')];
    const uncovered = await graphql(
      url,
      REGISTER_AGENCY,
      { i: input, k: newKey() },
      agency.viewer,
    );
    expect(uncovered.errors?.[0]?.extensions).toMatchObject({
      code: 'QUALIFICATION_NOT_COVERED',
      serviceId: serviceId('ZJFW002'),
    });
    const expired = await graphql(
      url,
      REGISTER_AGENCY,
      {
        i: agencyInput('重庆过期评价有限公司', [SAFETY], '2026-08-31'),
        k: newKey(),
      },
      agency.viewer,
    );
    expect(expired.errors?.[0]?.extensions?.code).toBe(
      'QUALIFICATION_NOT_COVERED',
    );
    const missing = agencyInput('重庆缺件评价有限公司', [SAFETY]);
    missing.documents = missing.documents.filter(
      (d) => d.kind !== 'COMMITMENT',
    );
    const lacking = await graphql(
      url,
      REGISTER_AGENCY,
      { i: missing, k: newKey() },
      agency.viewer,
    );
    expect(lacking.errors?.[0]?.extensions).toMatchObject({
      code: 'MISSING_MATERIAL',
      missing: ['COMMITMENT'],
    });
    expect(
      await models().Party.countDocuments({
        ownerUserId: agency.viewer.userId,
      }),
    ).toBe(0);
    expect(
      await models().StoredFile.countDocuments({
        ownerUserId: agency.viewer.userId,
      }),
    ).toBe(0);
  });

  it('aligns the offer validity with the qualification and repeats the check on a change (A.4)', async () => {
    at('2026-09-01T02:00:00Z');
    const agency = newLegalPerson();
    await certificateSignIn(url, agency);
    const input = agencyInput('重庆变更评价有限公司', [SAFETY], '2027-06-30');
    const party = (
      await graphql(
        url,
        REGISTER_AGENCY,
        { i: input, k: newKey() },
        agency.viewer,
      )
    ).data!.registerAgency;
    const onNotice = (
      await graphql(
        url,
        CHECK,
        { id: party.id, v: party.version, c: [] },
        admin,
      )
    ).data!.checkRegistration;
    // Notice on 2, 3, 4, 7 and 8 September.
    at('2026-09-08T16:00:00Z');
    await runMarketplaceJob(models(), silent);
    const offers = await graphql(
      url,
      'query($id: ID!) { agency(id: $id) { offers { serviceId validUntil } } }',
      { id: party.id },
    );
    expect(offers.data!.agency.offers).toEqual([
      { serviceId: SAFETY, validUntil: '2027-06-30' },
    ]);

    await certificateSignIn(url, agency);
    const changed = {
      ...input,
      staff: [...input.staff, { ...input.staff[0]!, name: '周新增' }],
    };
    const admitted = (
      await graphql(url, REGISTRATION, { id: party.id }, agency.viewer)
    ).data!.registration;
    expect(admitted.version).toBeGreaterThan(onNotice.version);
    // Only the contact mobile changes: no new check, the change applies at once.
    const contactOnly = await graphql(
      url,
      CHANGE,
      {
        id: party.id,
        v: admitted.version,
        i: { ...input, contactMobile: '13700137000' },
      },
      agency.viewer,
    );
    expect(contactOnly.data!.changeRegistration).toMatchObject({
      state: 'ADMITTED',
      round: 1,
      contactMobile: '13700137000',
    });

    // A new practitioner repeats the check.
    const result = await graphql(
      url,
      CHANGE,
      {
        id: party.id,
        v: contactOnly.data!.changeRegistration.version,
        i: changed,
      },
      agency.viewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.changeRegistration).toMatchObject({
      state: 'CHECKING',
      admitted: true,
      round: 2,
      checkDueDate: '2026-09-10',
    });
    // The admitted profile stays in the showcase during the check.
    const still = await graphql(
      url,
      'query($id: ID!) { agency(id: $id) { staff { name } } }',
      { id: party.id },
    );
    expect(still.data!.agency.staff).toEqual([{ name: '孙***' }]);
  });
});
