import {
  generateKeyPairSync,
  randomBytes,
  randomInt,
  sign,
  type KeyObject,
} from 'node:crypto';
import { expect } from 'vitest';
import { creditCodeCheckChar, idCardCheckChar, type Viewer } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { setClock } from '../src/index.js';

/** Places every business timestamp of the subgraph at one instant. */
export function at(instant: string): void {
  const fixed = new Date(instant);
  setClock(() => fixed);
}

export function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

/** A random credit code with a correct GB 32100 check character. */
export function newCreditCode(): string {
  const first17 = `91500103MA${String(randomInt(10_000_000)).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export function newIdCard(): string {
  const first17 = `50010319850101${String(randomInt(1000)).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

/** A small PDF, so the type check finds PDF magic bytes. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n% test scan\n').toString(
  'base64',
);

export function documents(kinds: string[]) {
  return kinds.map((kind) => ({
    kind,
    fileName: `${kind}.pdf`,
    contentBase64: PDF_BASE64,
  }));
}

export interface LegalPerson {
  viewer: Viewer;
  privateKey: KeyObject;
  publicKeyPem: string;
}

export function newLegalPerson(
  algorithm: 'ec' | 'ed25519' = 'ec',
  divisionCode = '500103',
): LegalPerson {
  const pair =
    algorithm === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('ed25519');
  return {
    viewer: viewerOf(['LEGAL_PERSON'], { divisionCode }),
    privateKey: pair.privateKey,
    publicKeyPem: pair.publicKey
      .export({ format: 'pem', type: 'spki' })
      .toString(),
  };
}

export function signNonce(person: LegalPerson, nonceBase64: string): string {
  const nonce = Buffer.from(nonceBase64, 'base64');
  const algorithm =
    person.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return sign(algorithm, nonce, person.privateKey).toString('base64');
}

export const REGISTER_CERTIFICATE = `mutation($i: CertificateInput!) {
  registerCertificate(input: $i) { serialNumber algorithm fingerprint validUntil }
}`;
export const CHALLENGE =
  'mutation { certificateChallenge { id nonce expiresAt } }';
export const SIGN_IN = `mutation($c: ID!, $s: String!) { certificateSignIn(challengeId: $c, signature: $s) { fingerprint expiresAt } }`;

/** Registers the person's key and signs in with it. */
export async function certificateSignIn(
  url: string,
  person: LegalPerson,
): Promise<void> {
  const registered = await graphql(
    url,
    REGISTER_CERTIFICATE,
    {
      i: {
        publicKeyPem: person.publicKeyPem,
        serialNumber: `CA${randomInt(1e9)}`,
        validUntil: '2030-12-31',
      },
    },
    person.viewer,
  );
  expect(registered.errors).toBeUndefined();
  await signInWithRegisteredKey(url, person);
}

/** Signs the person in with its registered key, without registering it. */
export async function signInWithRegisteredKey(
  url: string,
  person: LegalPerson,
): Promise<void> {
  const challenge = await graphql(url, CHALLENGE, {}, person.viewer);
  expect(challenge.errors).toBeUndefined();
  const { id, nonce } = challenge.data!.certificateChallenge;
  const signedIn = await graphql(
    url,
    SIGN_IN,
    { c: id, s: signNonce(person, nonce) },
    person.viewer,
  );
  expect(signedIn.errors).toBeUndefined();
}

export function clientInput(creditCode = newCreditCode()) {
  return {
    name: '重庆示例建设有限公司',
    creditCode,
    representative: '王建国',
    contactName: '李联络',
    contactMobile: '13800138001',
    address: '重庆市渝中区解放碑示例路 1 号',
    documents: documents(['BUSINESS_LICENCE', 'REPRESENTATIVE_ID']),
  };
}

export function agencyInput(
  name: string,
  serviceIds: string[],
  validUntil = '2029-12-31',
  creditCode = newCreditCode(),
) {
  return {
    name,
    creditCode,
    representative: '赵评价',
    contactName: '钱联络',
    contactMobile: '13900139001',
    address: '重庆市江北区示例大道 8 号',
    qualifications: serviceIds.map((serviceId, i) => ({
      serviceId,
      name: '安全评价机构资质',
      certificateNo: `APJ-${i}-${randomInt(1e6)}`,
      validFrom: '2024-01-01',
      validUntil,
    })),
    staff: [
      {
        name: '孙评价师',
        idCardNumber: newIdCard(),
        qualification: '安全评价师',
        certificateNo: `S-${randomInt(1e6)}`,
      },
    ],
    serviceIds,
    commitment: '本机构承诺所填信息真实有效，依法依规提供中介服务。',
    documents: documents([
      'BUSINESS_LICENCE',
      'REPRESENTATIVE_ID',
      'QUALIFICATION',
      'COMMITMENT',
    ]),
  };
}

export const REGISTRATION_FIELDS =
  'id kind state version round checkDueDate checkLate checkedAt noticeEndsAt admitted contactMobile correctionNotices { round corrections { field problem } } objections { id state }';
