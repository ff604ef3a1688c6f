import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  citizen,
  holderViewer,
  issueAsSystem,
  issueInput,
  startCasesStub,
  startLicenses,
  stubCase,
  windowStaff,
} from './fixtures.js';

let subgraph: RunningSubgraph;
let casesStub: Awaited<ReturnType<typeof startCasesStub>>;

beforeAll(async () => {
  casesStub = await startCasesStub();
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
  await casesStub?.close();
  delete process.env.YKB_CASES_URL;
});

const USE = `mutation($input: UseLicenceInput!) {
  useLicence(input: $input) {
    status
    use { id identifier purpose userKind caseReference case { id } user { id } userName organisation elements usedAt }
    copy { id identifier holderName holderIdNumber masked signature { value } }
    elements { key label value }
    checks { key matches }
  }
}`;

const MY_USES = `query { myLicenceUses { identifier purpose userKind caseReference userName organisation usedAt } }`;

async function issue(): Promise<{ id: string; identifier: string }> {
  const result = await issueAsSystem(subgraph.url, issueInput());
  expect(result.errors).toBeUndefined();
  return result.data!.issueLicence;
}

function key(): string {
  return `use-${randomBytes(8).toString('hex')}`;
}

function useAs(
  viewer: Parameters<typeof graphql>[3],
  input: Record<string, unknown>,
) {
  return graphql(subgraph.url, USE, { input }, viewer);
}

describe('useLicence purpose check', () => {
  it('rejects a use without a case', async () => {
    const licence = await issue();
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe(
      'LICENCE_USE_PURPOSE_REQUIRED',
    );
    expect(result.data).toBeNull();
    const uses = await subgraph.connection
      .db!.collection('licence_uses')
      .countDocuments({ licenceId: licence.id });
    expect(uses).toBe(0);
  });

  it('rejects a case outside the viewer jurisdiction', async () => {
    const licence = await issue();
    const elsewhere = stubCase({ divisionCode: '500101001001' });
    casesStub.cases.set(elsewhere.id, elsewhere);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: elsewhere.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe(
      'LICENCE_USE_PURPOSE_REQUIRED',
    );
  });

  it('rejects a closed case', async () => {
    const licence = await issue();
    const closed = stubCase({ status: 'COMPLETED' });
    casesStub.cases.set(closed.id, closed);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: closed.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe(
      'LICENCE_USE_PURPOSE_REQUIRED',
    );
  });

  it('rejects an unknown case', async () => {
    const licence = await issue();
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: 'case-that-does-not-exist',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe(
      'LICENCE_USE_PURPOSE_REQUIRED',
    );
  });

  it('hides a licence the applicant does not hold', async () => {
    const licence = await issue();
    const other = stubCase({
      applicant: { id: 'u-someone-else' },
      applicantIdNumber: '11010519491231002X',
    });
    casesStub.cases.set(other.id, other);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: other.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses roles that do not handle cases', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const supervisor = viewerOf([Role.Supervisor], { divisionCode: '500238' });
    const result = await useAs(supervisor, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: theCase.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('useLicence with a case purpose', () => {
  it('returns the copy, logs the use and shows it to the holder', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: theCase.id,
    });
    expect(result.errors).toBeUndefined();
    const used = result.data!.useLicence;
    expect(used.status).toBe('VALID');
    expect(used.copy.identifier).toBe(licence.identifier);
    expect(used.copy.masked).toBe(false);
    expect(used.copy.signature.value).toBeTruthy();
    expect(used.use.case).toEqual({ id: theCase.id });
    expect(used.use.caseReference).toBe(theCase.caseNumber);
    expect(used.use.userName).toBe('王窗口');
    expect(used.use.organisation).toBe('重庆市市场监督管理局');
    expect(casesStub.tokens.at(-1)).toMatch(/^Bearer ey/);

    const mine = await graphql(subgraph.url, MY_USES, {}, holderViewer);
    expect(mine.errors).toBeUndefined();
    const entry = mine.data!.myLicenceUses.find(
      (u: { caseReference: string }) => u.caseReference === theCase.caseNumber,
    );
    expect(entry).toMatchObject({
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      userKind: 'LOCAL_STAFF',
      userName: '王窗口',
    });

    const perLicence = await graphql(
      subgraph.url,
      'query($id: ID!) { licence(id: $id) { uses { caseReference purpose } } }',
      { id: licence.id },
      holderViewer,
    );
    expect(perLicence.data!.licence.uses).toEqual([
      { caseReference: theCase.caseNumber, purpose: 'MATERIAL_EXEMPTION' },
    ]);
  });

  it('logs a retried use once', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const input = {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: theCase.id,
    };
    const first = await useAs(windowStaff, input);
    const second = await useAs(windowStaff, input);
    expect(second.data!.useLicence.use.id).toBe(first.data!.useLicence.use.id);
    const uses = await subgraph.connection
      .db!.collection('licence_uses')
      .countDocuments({ licenceId: licence.id });
    expect(uses).toBe(1);
  });

  it('rejects a key reused with another purpose', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const reused = key();
    const check = await useAs(windowStaff, {
      idempotencyKey: reused,
      identifier: licence.identifier,
      purpose: 'INFORMATION_CHECK',
      caseId: theCase.id,
      claims: { businessName: '城北村小吃店' },
    });
    expect(check.errors).toBeUndefined();
    const copy = await useAs(windowStaff, {
      idempotencyKey: reused,
      identifier: licence.identifier,
      purpose: 'MATERIAL_EXEMPTION',
      caseId: theCase.id,
    });
    expect(copy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(copy.data?.useLicence ?? null).toBeNull();
    expect(JSON.stringify(copy)).not.toContain(citizen.idCardNumber);
    const uses = await subgraph.connection
      .db!.collection('licence_uses')
      .find({ licenceId: licence.id })
      .toArray();
    expect(uses.map((u) => u.purpose)).toEqual(['INFORMATION_CHECK']);
  });

  it('rejects a key reused with other claims', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const input = {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'INFORMATION_CHECK',
      caseId: theCase.id,
      claims: { businessName: '城北村小吃店' },
    };
    expect((await useAs(windowStaff, input)).errors).toBeUndefined();
    const other = await useAs(windowStaff, {
      ...input,
      claims: { foodCategory: '热食类食品制售' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('replays a check with its first result', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const input = {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'INFORMATION_CHECK',
      caseId: theCase.id,
      claims: { businessName: '城北村小吃店' },
    };
    const first = await useAs(windowStaff, input);
    expect(first.errors).toBeUndefined();
    const changed = await graphql(
      subgraph.url,
      CHANGE,
      { id: licence.id, data: { businessName: '城北村面馆' }, reason: '更名' },
      licenceOfficer,
    );
    expect(changed.errors).toBeUndefined();
    const second = await useAs(windowStaff, input);
    expect(second.errors).toBeUndefined();
    // The status is read now, so only what the use recorded is compared.
    const { status: _firstStatus, ...firstResult } = first.data!.useLicence;
    const { status: _secondStatus, ...secondResult } = second.data!.useLicence;
    expect(secondResult).toEqual(firstResult);
    expect(second.data!.useLicence.checks).toEqual([
      { key: 'businessName', matches: true },
    ]);
  });

  it('checks claimed values against the face elements', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'INFORMATION_CHECK',
      caseId: theCase.id,
      claims: { businessName: '城北村小吃店', foodCategory: '冷食类' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.useLicence.checks).toEqual([
      { key: 'businessName', matches: true },
      { key: 'foodCategory', matches: false },
    ]);
    expect(result.data!.useLicence.copy).toBeNull();
    expect(result.data!.useLicence.use.elements).toEqual([
      'businessName',
      'foodCategory',
    ]);
  });

  it('returns only the requested face elements', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'FACE_ELEMENT_QUERY',
      caseId: theCase.id,
      elements: ['foodCategory'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.useLicence.elements).toEqual([
      { key: 'foodCategory', label: '经营项目', value: '热食类食品制售' },
    ]);
  });

  it('rejects an element that is not a face element', async () => {
    const licence = await issue();
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const result = await useAs(windowStaff, {
      idempotencyKey: key(),
      identifier: licence.identifier,
      purpose: 'FACE_ELEMENT_QUERY',
      caseId: theCase.id,
      elements: ['password'],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const REVOKE = `mutation($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { status statusReason } }`;
const CHANGE = `mutation($id: ID!, $data: JSON!, $reason: String!) { changeLicence(id: $id, data: $data, reason: $reason) { id identifier version replaces origin status signature { method signedByName } } }`;
const CASE_EVENTS = `query($caseId: ID!) { licenceEventsForCase(caseId: $caseId) { kind identifier newIdentifier reason caseIds } }`;

const licenceOfficer = viewerOf([Role.LicenceOfficer], {
  name: '李发证',
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

async function useForCase(identifier: string) {
  const theCase = stubCase();
  casesStub.cases.set(theCase.id, theCase);
  const result = await useAs(windowStaff, {
    idempotencyKey: key(),
    identifier,
    purpose: 'MATERIAL_EXEMPTION',
    caseId: theCase.id,
  });
  expect(result.errors).toBeUndefined();
  return theCase;
}

describe('propagation to consumers', () => {
  it('tells a case that used a licence of its revocation', async () => {
    const licence = await issue();
    const theCase = await useForCase(licence.identifier);
    const revoked = await graphql(
      subgraph.url,
      REVOKE,
      { id: licence.id, reason: '以欺骗手段取得' },
      licenceOfficer,
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeLicence).toEqual({
      status: 'REVOKED',
      statusReason: '以欺骗手段取得',
    });
    const events = await graphql(
      subgraph.url,
      CASE_EVENTS,
      { caseId: theCase.id },
      windowStaff,
    );
    expect(events.errors).toBeUndefined();
    expect(events.data!.licenceEventsForCase).toEqual([
      {
        kind: 'REVOKED',
        identifier: licence.identifier,
        newIdentifier: null,
        reason: '以欺骗手段取得',
        caseIds: [theCase.id],
      },
    ]);
    const verification = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { status warnings { code } } }',
      { i: licence.identifier },
    );
    expect(verification.data!.verifyLicence.status).toBe('REVOKED');
  });

  it('replaces a changed licence with a signed new version', async () => {
    const licence = await issue();
    const theCase = await useForCase(licence.identifier);
    const changed = await graphql(
      subgraph.url,
      CHANGE,
      {
        id: licence.id,
        data: {
          businessName: '城北村小吃店（更名）',
          foodCategory: '热食类食品制售',
        },
        reason: '名称变更',
      },
      licenceOfficer,
    );
    expect(changed.errors).toBeUndefined();
    const next = changed.data!.changeLicence;
    expect(next.version).toBe(2);
    expect(next.replaces).toBe(licence.identifier);
    expect(next.identifier.split('.').slice(0, -2)).toEqual(
      licence.identifier.split('.').slice(0, -2),
    );
    expect(next.identifier.split('.').at(-2)).toBe('002');
    expect(next.origin).toBe('CHANGED');
    expect(next.signature).toEqual({
      method: 'STAFF_CONFIRMED',
      signedByName: '李发证',
    });
    const events = await graphql(
      subgraph.url,
      CASE_EVENTS,
      { caseId: theCase.id },
      windowStaff,
    );
    expect(events.data!.licenceEventsForCase).toEqual([
      {
        kind: 'CHANGED',
        identifier: licence.identifier,
        newIdentifier: next.identifier,
        reason: '名称变更',
        caseIds: [theCase.id],
      },
    ]);
    const old = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { status authentic warnings { code } } }',
      { i: licence.identifier },
    );
    expect(old.data!.verifyLicence.status).toBe('SUPERSEDED');
    expect(
      old.data!.verifyLicence.warnings.map((w: { code: string }) => w.code),
    ).toContain('LICENCE_SUPERSEDED');
    const fresh = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { status authentic } }',
      { i: next.identifier },
    );
    expect(fresh.data!.verifyLicence).toEqual({
      status: 'VALID',
      authentic: true,
    });
  });

  it('rejects revoking a licence that was changed', async () => {
    const licence = await issue();
    await graphql(
      subgraph.url,
      CHANGE,
      { id: licence.id, data: { businessName: '新名称' }, reason: '名称变更' },
      licenceOfficer,
    );
    const revoked = await graphql(
      subgraph.url,
      REVOKE,
      { id: licence.id, reason: '撤销' },
      licenceOfficer,
    );
    expect(revoked.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('records expiry once for every consumer', async () => {
    const licence = await issue();
    const theCase = await useForCase(licence.identifier);
    await subgraph.connection
      .db!.collection('licences')
      .updateOne(
        { _id: licence.id as never },
        { $set: { validUntil: new Date(Date.now() - 1000) } },
      );
    const { sweepExpiredLicences } = await import('../src/propagation.js');
    const { registerModels } = await import('../src/model.js');
    const models = registerModels(subgraph.connection);
    const log = {
      info: () => {},
      debug: () => {},
      warn: () => {},
      error: () => {},
    } as never;
    expect(await sweepExpiredLicences(models, log)).toBeGreaterThanOrEqual(1);
    await sweepExpiredLicences(models, log);
    const events = await graphql(
      subgraph.url,
      CASE_EVENTS,
      { caseId: theCase.id },
      windowStaff,
    );
    expect(
      events.data!.licenceEventsForCase.filter(
        (e: { kind: string }) => e.kind === 'EXPIRED',
      ),
    ).toHaveLength(1);
  });

  it('lists every change in the SYSTEM feed in order', async () => {
    const licence = await issue();
    await graphql(
      subgraph.url,
      REVOKE,
      { id: licence.id, reason: '注销' },
      licenceOfficer,
    );
    const feed = await graphql(
      subgraph.url,
      'query { licenceEvents(first: 100) { id kind identifier } }',
      {},
      viewerOf([Role.System], { name: 'cases' }),
    );
    expect(feed.errors).toBeUndefined();
    const ids = feed.data!.licenceEvents.map((e: { id: string }) => e.id);
    expect([...ids].sort()).toEqual(ids);
    const mine = feed.data!.licenceEvents.filter(
      (e: { identifier: string }) => e.identifier === licence.identifier,
    );
    expect(mine.map((e: { kind: string }) => e.kind)).toEqual([
      'ISSUED',
      'REVOKED',
    ]);
  });
});

describe('licenceEventsForCase pages', () => {
  it('returns each event once in order', async () => {
    const theCase = stubCase();
    casesStub.cases.set(theCase.id, theCase);
    const revokedInOrder: string[] = [];
    for (let n = 0; n < 7; n += 1) {
      const licence = await issue();
      const used = await useAs(windowStaff, {
        idempotencyKey: key(),
        identifier: licence.identifier,
        purpose: 'MATERIAL_EXEMPTION',
        caseId: theCase.id,
      });
      expect(used.errors).toBeUndefined();
      const revoked = await graphql(
        subgraph.url,
        REVOKE,
        { id: licence.id, reason: '分页测试' },
        licenceOfficer,
      );
      expect(revoked.errors).toBeUndefined();
      revokedInOrder.push(licence.identifier);
    }

    const identifiers: string[] = [];
    for (let offset = 0; ; offset += 3) {
      const page = await graphql(
        subgraph.url,
        `
          query ($caseId: ID!, $offset: Int) {
            licenceEventsForCase(caseId: $caseId, first: 3, offset: $offset) {
              identifier
            }
          }
        `,
        { caseId: theCase.id, offset },
        windowStaff,
      );
      expect(page.errors).toBeUndefined();
      const rows = page.data!.licenceEventsForCase as { identifier: string }[];
      identifiers.push(...rows.map((row) => row.identifier));
      if (rows.length < 3) break;
    }

    expect(identifiers).toEqual(revokedInOrder);
  });
});
