import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { licenceContent } from '../src/content.js';
import type { LicenceDocument, SealDocument } from '../src/model.js';
import { generateSealKeys, verifyContent } from '../src/sealCrypto.js';
import { AUTOMATIC_SIGNER, sealSignature } from '../src/signing.js';
import {
  foodLicence,
  issueAsSystem,
  issueInput,
  LICENCE_FIELDS,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;
const masterKey = randomBytes(32);

beforeAll(async () => {
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
});

/** A seal document with fresh keys, valid from a day ago for a year unless overridden. */
function sealOf(
  algorithm: 'Ed25519' | 'ECDSA-P256',
  overrides: Partial<SealDocument> = {},
): SealDocument {
  const id = `seal-test-${randomBytes(4).toString('hex')}`;
  const keys = generateSealKeys(id, masterKey, algorithm);
  return {
    _id: id,
    departmentCode: 'CQ-SCJG',
    name: '测试专用章',
    certificateSerial: randomBytes(16).toString('hex').toUpperCase(),
    algorithm,
    publicKeyPem: keys.publicKeyPem,
    publicKeyFingerprint: keys.publicKeyFingerprint,
    encryptedPrivateKey: keys.encryptedPrivateKey,
    validFrom: new Date(Date.now() - 86400_000),
    validTo: new Date(Date.now() + 365 * 86400_000),
    status: 'ACTIVE',
    revokedAt: null,
    revocationReason: null,
    ...overrides,
  };
}

function unsignedLicence(): Omit<LicenceDocument, 'signature'> {
  return {
    _id: 'l-1',
    identifier:
      '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U',
    identifierBase:
      '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001',
    serial: '20230000403',
    version: 1,
    typeCode: '11100000000013338W011',
    holderUserId: 'u-1',
    holderKind: 'PERSON',
    holderName: '张三',
    holderIdNumber: '11010519491231002X',
    departmentCode: 'CQ-SCJG',
    issuerCreditCode: '11430000006122244L',
    divisionCode: '500238',
    caseId: 'case-1',
    itemId: 'item-1',
    data: { businessName: '城北村小吃店' },
    issuedAt: new Date('2026-01-05T02:00:00Z'),
    validUntil: null,
    status: 'VALID',
  };
}

describe('seal signatures', () => {
  it.each(['Ed25519', 'ECDSA-P256'] as const)(
    'verifies a %s signature',
    (algorithm) => {
      const seal = sealOf(algorithm);
      const licence = unsignedLicence();
      const signature = sealSignature(
        licence,
        seal,
        masterKey,
        AUTOMATIC_SIGNER,
      );
      expect(
        verifyContent(
          licenceContent(licence),
          signature.value,
          seal.publicKeyPem,
        ),
      ).toBe(true);
    },
  );

  it.each(['Ed25519', 'ECDSA-P256'] as const)(
    'detects a one-byte change under %s',
    (algorithm) => {
      const seal = sealOf(algorithm);
      const licence = unsignedLicence();
      const signature = sealSignature(
        licence,
        seal,
        masterKey,
        AUTOMATIC_SIGNER,
      );
      const content = Buffer.from(licenceContent(licence), 'utf8');
      for (const position of [
        0,
        Math.floor(content.length / 2),
        content.length - 1,
      ]) {
        const tampered = Buffer.from(content);
        tampered[position] = tampered[position]! ^ 0x01;
        expect(
          verifyContent(
            tampered.toString('utf8'),
            signature.value,
            seal.publicKeyPem,
          ),
          `byte ${position}`,
        ).toBe(false);
      }
    },
  );

  it('refuses to sign with a revoked seal', () => {
    const seal = sealOf('Ed25519', {
      status: 'REVOKED',
      revokedAt: new Date(),
    });
    expect(() =>
      sealSignature(unsignedLicence(), seal, masterKey, AUTOMATIC_SIGNER),
    ).toThrowError(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SEAL_REVOKED' }),
      }),
    );
  });

  it('refuses to sign with an expired seal', () => {
    const seal = sealOf('Ed25519', {
      validFrom: new Date('2020-01-01T00:00:00Z'),
      validTo: new Date('2021-01-01T00:00:00Z'),
    });
    expect(() =>
      sealSignature(unsignedLicence(), seal, masterKey, AUTOMATIC_SIGNER),
    ).toThrowError(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SEAL_EXPIRED' }),
      }),
    );
  });

  it('refuses to sign with a seal not yet valid', () => {
    const seal = sealOf('Ed25519', {
      validFrom: new Date(Date.now() + 86400_000),
    });
    expect(() =>
      sealSignature(unsignedLicence(), seal, masterKey, AUTOMATIC_SIGNER),
    ).toThrowError(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SEAL_EXPIRED' }),
      }),
    );
  });
});

const CREATE = `mutation($input: CreateSealInput!) { createSeal(input: $input) { id name algorithm status departmentCode createdBy { id } validFrom validTo publicKeyPem } }`;
const sealAdmin = viewerOf([Role.SealAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-GA',
});

function createInput(overrides: Record<string, unknown> = {}) {
  return {
    departmentCode: 'CQ-GA',
    name: '重庆市公安局行政审批专用章',
    algorithm: 'ECDSA_P256',
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validTo: new Date(Date.now() + 2 * 365 * 86400_000).toISOString(),
    ...overrides,
  };
}

describe('seal administration', () => {
  it('makes a P-256 seal for a department in jurisdiction', async () => {
    const result = await graphql(
      subgraph.url,
      CREATE,
      { input: createInput() },
      sealAdmin,
    );
    expect(result.errors).toBeUndefined();
    const seal = result.data!.createSeal;
    expect(seal.algorithm).toBe('ECDSA-P256');
    expect(seal.status).toBe('ACTIVE');
    expect(seal.createdBy).toEqual({ id: sealAdmin.userId });
    expect(seal.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    const stored = await subgraph.connection
      .db!.collection('seals')
      .findOne({ _id: seal.id as never });
    expect(JSON.stringify(stored)).not.toContain('PRIVATE KEY');
  });

  it('rejects a department outside jurisdiction', async () => {
    const result = await graphql(
      subgraph.url,
      CREATE,
      { input: createInput({ departmentCode: 'CQ-SCJG' }) },
      sealAdmin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    [{ validTo: new Date(Date.now() - 1000).toISOString() }, 'validTo'],
    [{ validFrom: 'yesterday' }, 'validFrom'],
    [
      { validTo: new Date(Date.now() + 11 * 365 * 86400_000).toISOString() },
      'validTo',
    ],
    [{ name: 'x' }, 'name'],
  ])('rejects invalid input %j', async (override, field) => {
    const result = await graphql(
      subgraph.url,
      CREATE,
      { input: createInput(override) },
      sealAdmin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('shows a seal past its validity as EXPIRED', async () => {
    const created = await graphql(
      subgraph.url,
      CREATE,
      { input: createInput() },
      sealAdmin,
    );
    await subgraph.connection
      .db!.collection('seals')
      .updateOne(
        { _id: created.data!.createSeal.id as never },
        { $set: { validTo: new Date(Date.now() - 1000) } },
      );
    const list = await graphql(
      subgraph.url,
      'query { seals { id status } }',
      {},
      sealAdmin,
    );
    expect(
      list.data!.seals.find(
        (s: { id: string }) => s.id === created.data!.createSeal.id,
      ).status,
    ).toBe('EXPIRED');
  });
});

const UPDATE_TYPE = `mutation($input: UpdateLicenceTypeInput!) { updateLicenceType(input: $input) { code signingMode } }`;
const PENDING = `query { licencesAwaitingSignature { id contentDigest status signature { value } } }`;
const CONFIRM = `mutation($id: ID!, $digest: String!) { confirmLicenceSignature(id: $id, contentDigest: $digest) { ${LICENCE_FIELDS} signature { method signedBy { id } signedByName } } }`;

describe('staff-confirmed signing', () => {
  const officer = viewerOf([Role.LicenceOfficer], {
    name: '李发证',
    divisionCode: '500238',
    departmentCode: 'CQ-SCJG',
  });
  const itemAdmin = viewerOf([Role.ItemAdmin], {
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
  });

  beforeAll(async () => {
    const type = await graphql(
      subgraph.url,
      `
        query {
          licenceTypes {
            code
            faceElements {
              key
              label
              labelEn
              required
            }
            printLayout {
              title
              orientation
              elementOrder
            }
            validYears
            holderRule
          }
        }
      `,
    );
    const food = type.data!.licenceTypes.find(
      (t: { code: string }) => t.code === foodLicence.code,
    );
    const result = await graphql(
      subgraph.url,
      UPDATE_TYPE,
      {
        input: {
          code: foodLicence.code,
          validYears: food.validYears,
          holderRule: food.holderRule,
          signingMode: 'STAFF_CONFIRMED',
          faceElements: food.faceElements,
          printLayout: food.printLayout,
        },
      },
      itemAdmin,
    );
    expect(result.errors).toBeUndefined();
  });

  afterAll(async () => {
    await subgraph.connection
      .db!.collection('licence_types')
      .updateOne(
        { _id: foodLicence.code as never },
        { $set: { signingMode: 'AUTOMATIC' } },
      );
  });

  it('leaves the licence unsigned until an officer confirms', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueLicence.status).toBe('PENDING_SIGNATURE');
    expect(issued.data!.issueLicence.signature).toBeNull();

    const pending = await graphql(subgraph.url, PENDING, {}, officer);
    const entry = pending.data!.licencesAwaitingSignature.find(
      (l: { id: string }) => l.id === issued.data!.issueLicence.id,
    );
    expect(entry.status).toBe('PENDING_SIGNATURE');

    const wrong = await graphql(
      subgraph.url,
      CONFIRM,
      { id: entry.id, digest: '0'.repeat(64) },
      officer,
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const confirmed = await graphql(
      subgraph.url,
      CONFIRM,
      { id: entry.id, digest: entry.contentDigest },
      officer,
    );
    expect(confirmed.errors).toBeUndefined();
    const licence = confirmed.data!.confirmLicenceSignature;
    expect(licence.status).toBe('VALID');
    expect(licence.signature.method).toBe('STAFF_CONFIRMED');
    expect(licence.signature.signedBy).toEqual({ id: officer.userId });

    const report = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { authentic signer { method signedByName algorithm sealStatus publicKeyFingerprint } } }',
      { i: licence.identifier },
    );
    expect(report.data!.verifyLicence.authentic).toBe(true);
    expect(report.data!.verifyLicence.signer).toMatchObject({
      method: 'STAFF_CONFIRMED',
      signedByName: '李**',
      sealStatus: 'ACTIVE',
    });

    const again = await graphql(
      subgraph.url,
      CONFIRM,
      { id: entry.id, digest: entry.contentDigest },
      officer,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('reports an unsigned licence as not authentic', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const report = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { found authentic status warnings { code } } }',
      { i: issued.data!.issueLicence.identifier },
    );
    expect(report.data!.verifyLicence).toEqual({
      found: true,
      authentic: false,
      status: 'PENDING_SIGNATURE',
      warnings: [{ code: 'LICENCE_NOT_SIGNED' }],
    });
  });

  it('hides another department licence from the officer', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const stranger = viewerOf([Role.LicenceOfficer], {
      divisionCode: '500238',
      departmentCode: 'CQ-GA',
    });
    const result = await graphql(
      subgraph.url,
      CONFIRM,
      { id: issued.data!.issueLicence.id, digest: '0'.repeat(64) },
      stranger,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Seal entity', () => {
  it('resolves a seal reference', async () => {
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Seal { id departmentCode algorithm status publicKeyPem } } }',
      { r: [{ __typename: 'Seal', id: 'seal-CQ-SCJG-1' }] },
      viewerOf([Role.System], { name: 'gateway' }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]).toMatchObject({
      id: 'seal-CQ-SCJG-1',
      departmentCode: 'CQ-SCJG',
      algorithm: 'Ed25519',
      status: 'ACTIVE',
    });
  });

  it('links a signature to its seal', async () => {
    const issued = await issueAsSystem(subgraph.url, issueInput());
    const result = await graphql(
      subgraph.url,
      'query($id: ID!) { licence(id: $id) { signature { sealId seal { id name publicKeyPem } } } }',
      { id: issued.data!.issueLicence.id },
      viewerOf([Role.LicenceOfficer], {
        divisionCode: '500238',
        departmentCode: 'CQ-SCJG',
      }),
    );
    expect(result.errors).toBeUndefined();
    const signature = result.data!.licence.signature;
    expect(signature.seal.id).toBe(signature.sealId);
    expect(signature.seal.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });
});
