import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type {
  LicenceDocument,
  SealDocument,
} from '../../subgraphs/licenses/src/model';
import { verificationUrl } from '../../subgraphs/licenses/src/printout';
import {
  generateSealKeys,
  rawPublicKey,
} from '../../subgraphs/licenses/src/sealCrypto';
import {
  AUTOMATIC_SIGNER,
  sealSignature,
} from '../../subgraphs/licenses/src/signing';
import {
  acceptKeySet,
  cachedKeySet,
  statementFromQuery,
  verifyOffline,
  type KeySetPayload,
} from '../src/features/licences/offlineVerification';
import { MemoryStorage } from './memoryStorage';

const masterKey = randomBytes(32);

function seal(algorithm: 'Ed25519' | 'ECDSA-P256'): SealDocument {
  const id = `seal-${algorithm}`;
  const keys = generateSealKeys(id, masterKey, algorithm);
  return {
    _id: id,
    departmentCode: 'CQ-SCJG',
    name: '测试专用章',
    certificateSerial: 'A'.repeat(32),
    algorithm,
    publicKeyPem: keys.publicKeyPem,
    publicKeyFingerprint: keys.publicKeyFingerprint,
    encryptedPrivateKey: keys.encryptedPrivateKey,
    validFrom: new Date(Date.now() - 86400_000),
    validTo: new Date(Date.now() + 86400_000 * 365),
    status: 'ACTIVE',
    revokedAt: null,
    revocationReason: null,
  };
}

function signedLicence(
  by: SealDocument,
  validUntil: Date | null = null,
): LicenceDocument {
  const licence: Omit<LicenceDocument, 'signature'> = {
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
    data: {},
    issuedAt: new Date('2019-03-01T00:00:00Z'),
    validUntil,
    status: 'VALID',
  };
  return {
    ...licence,
    signature: sealSignature(licence, by, masterKey, AUTOMATIC_SIGNER),
  };
}

function keySetOf(...seals: SealDocument[]): KeySetPayload {
  return {
    version: 1,
    issuedAt: new Date().toISOString(),
    keys: seals.map((s) => ({
      sealId: s._id,
      departmentCode: s.departmentCode,
      algorithm: s.algorithm,
      publicKey: rawPublicKey(s.publicKeyPem),
      certificateSerial: s.certificateSerial,
      validFrom: s.validFrom.toISOString(),
      validTo: s.validTo.toISOString(),
      revokedAt: s.revokedAt?.toISOString() ?? null,
    })),
    revokedIdentifiers: [],
  };
}

function statementOf(licence: LicenceDocument) {
  const url = new URL(verificationUrl(licence));
  return statementFromQuery(Object.fromEntries(url.searchParams))!;
}

describe('offline verification', () => {
  it.each(['Ed25519', 'ECDSA-P256'] as const)(
    'accepts a %s statement made by the server',
    (algorithm) => {
      const by = seal(algorithm);
      expect(verifyOffline(statementOf(signedLicence(by)), keySetOf(by))).toBe(
        'AUTHENTIC',
      );
    },
  );

  it('detects a changed holder name', () => {
    const by = seal('Ed25519');
    const statement = { ...statementOf(signedLicence(by)), holderName: '李*' };
    expect(verifyOffline(statement, keySetOf(by))).toBe('TAMPERED');
  });

  it('reports a seal outside the key set', () => {
    const statement = statementOf(signedLicence(seal('Ed25519')));
    expect(verifyOffline(statement, keySetOf())).toBe('UNKNOWN_SEAL');
  });

  it('rejects a seal revoked before it signed', () => {
    const by = seal('Ed25519');
    const statement = statementOf(signedLicence(by));
    const set = keySetOf(by);
    set.keys[0]!.revokedAt = new Date(
      Date.parse(statement.signedAt) - 1000,
    ).toISOString();
    expect(verifyOffline(statement, set)).toBe('TAMPERED');
  });

  it('rejects a signature after key compromise', () => {
    const by = seal('Ed25519');
    const statement = statementOf(signedLicence(by));
    const signedAt = Date.parse(statement.signedAt);
    const set = keySetOf(by);
    set.keys[0]!.revokedAt = new Date(signedAt + 60_000).toISOString();
    set.keys[0]!.compromisedAt = new Date(signedAt).toISOString();
    expect(verifyOffline(statement, set)).toBe('TAMPERED');
    set.keys[0]!.compromisedAt = new Date(signedAt + 1).toISOString();
    expect(verifyOffline(statement, set)).toBe('AUTHENTIC');
  });

  it('reports revoked and expired licences', () => {
    const by = seal('Ed25519');
    const statement = statementOf(signedLicence(by));
    const set = keySetOf(by);
    set.revokedIdentifiers = [statement.identifier];
    expect(verifyOffline(statement, set)).toBe('REVOKED');
    const expiring = statementOf(
      signedLicence(by, new Date('2030-01-01T00:00:00Z')),
    );
    expect(
      verifyOffline(expiring, keySetOf(by), new Date('2031-01-01T00:00:00Z')),
    ).toBe('EXPIRED');
  });

  it('pins the key-set signer on first use', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const signer = generateKeyPairSync('ed25519');
    const payload = JSON.stringify(keySetOf(seal('Ed25519')));
    const signerPublicKey = rawPublicKey(
      signer.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    );
    const set = {
      payload,
      signerPublicKey,
      signature: sign(null, Buffer.from(payload), signer.privateKey).toString(
        'base64',
      ),
    };
    expect('payload' in acceptKeySet(set, storage)).toBe(true);
    expect(cachedKeySet(storage)?.keys).toHaveLength(1);

    const other = generateKeyPairSync('ed25519');
    const forged = {
      payload,
      signerPublicKey: rawPublicKey(
        other.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      ),
      signature: sign(null, Buffer.from(payload), other.privateKey).toString(
        'base64',
      ),
    };
    expect(acceptKeySet(forged, storage)).toEqual({
      problem: 'SIGNER_CHANGED',
    });
    expect(
      acceptKeySet(
        { ...set, payload: payload.replace('CQ-SCJG', 'CQ-GA') },
        storage,
      ),
    ).toEqual({ problem: 'SIGNATURE_INVALID' });
  });
});
