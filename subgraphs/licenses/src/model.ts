import { Schema, type Connection } from 'mongoose';
import type { EncryptedPrivateKey } from './sealCrypto.js';

/** A licence type of the catalogue; the id is the 21-character type code. */
export interface LicenceTypeDocument {
  _id: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  /** Validity in years; null for licences without expiry. */
  validYears: number | null;
}

export type SealStatus = 'ACTIVE' | 'REVOKED';

/** An electronic seal of one department. */
export interface SealDocument {
  _id: string;
  departmentCode: string;
  name: string;
  certificateSerial: string;
  algorithm: string;
  publicKeyPem: string;
  publicKeyFingerprint: string;
  encryptedPrivateKey: EncryptedPrivateKey;
  validFrom: Date;
  validTo: Date;
  status: SealStatus;
  revokedAt: Date | null;
  revocationReason: string | null;
}

/** The signature stored with a licence. */
export interface LicenceSignatureDocument {
  sealId: string;
  sealName: string;
  certificateSerial: string;
  algorithm: string;
  /** Base64 Ed25519 signature over the canonical licence content. */
  value: string;
  signedAt: Date;
}

export type LicenceHolderKind = 'PERSON' | 'LEGAL_PERSON';

/** An issued electronic licence. */
export interface LicenceDocument {
  _id: string;
  identifier: string;
  /** The identifier without its check character, so a mistyped check character still finds the licence. */
  identifierBase: string;
  /** Serial part of the identifier: the 4-digit issue year and a zero-padded counter. */
  serial: string;
  version: number;
  typeCode: string;
  holderUserId: string;
  holderKind: LicenceHolderKind;
  holderName: string;
  holderIdNumber: string;
  departmentCode: string;
  issuerCreditCode: string;
  divisionCode: string;
  caseId: string;
  itemId: string;
  data: Record<string, unknown>;
  issuedAt: Date;
  validUntil: Date | null;
  status: 'VALID' | 'REVOKED';
  signature: LicenceSignatureDocument;
}

const licenceTypeSchema = new Schema<LicenceTypeDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    nameEn: { type: String, required: true },
    departmentCode: { type: String, required: true },
    validYears: { type: Number, default: null, min: 1 },
  },
  { timestamps: true },
);

const encryptedKeySchema = new Schema<EncryptedPrivateKey>(
  {
    cipher: { type: String, required: true, enum: ['aes-256-gcm'] },
    masterKeyId: { type: String, required: true },
    iv: { type: String, required: true },
    authTag: { type: String, required: true },
    ciphertext: { type: String, required: true },
  },
  { _id: false },
);

const sealSchema = new Schema<SealDocument>(
  {
    _id: { type: String, required: true },
    departmentCode: { type: String, required: true, index: true },
    name: { type: String, required: true },
    certificateSerial: { type: String, required: true, unique: true },
    algorithm: { type: String, required: true },
    publicKeyPem: { type: String, required: true },
    publicKeyFingerprint: { type: String, required: true },
    encryptedPrivateKey: { type: encryptedKeySchema, required: true },
    validFrom: { type: Date, required: true },
    validTo: { type: Date, required: true },
    status: {
      type: String,
      required: true,
      enum: ['ACTIVE', 'REVOKED'],
      default: 'ACTIVE',
    },
    revokedAt: { type: Date, default: null },
    revocationReason: { type: String, default: null },
  },
  { timestamps: true },
);

const signatureSchema = new Schema<LicenceSignatureDocument>(
  {
    sealId: { type: String, required: true },
    sealName: { type: String, required: true },
    certificateSerial: { type: String, required: true },
    algorithm: { type: String, required: true },
    value: { type: String, required: true },
    signedAt: { type: Date, required: true },
  },
  { _id: false },
);

const licenceSchema = new Schema<LicenceDocument>(
  {
    _id: { type: String, required: true },
    identifier: { type: String, required: true, unique: true },
    identifierBase: { type: String, required: true, unique: true },
    serial: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
    typeCode: { type: String, required: true },
    holderUserId: { type: String, required: true, index: true },
    holderKind: {
      type: String,
      required: true,
      enum: ['PERSON', 'LEGAL_PERSON'],
    },
    holderName: { type: String, required: true },
    holderIdNumber: { type: String, required: true },
    departmentCode: { type: String, required: true },
    issuerCreditCode: { type: String, required: true },
    divisionCode: { type: String, required: true },
    // The unique index makes issuance idempotent per case.
    caseId: { type: String, required: true, unique: true },
    itemId: { type: String, required: true },
    data: { type: Schema.Types.Mixed, required: true },
    issuedAt: { type: Date, required: true },
    validUntil: { type: Date, default: null },
    status: {
      type: String,
      required: true,
      enum: ['VALID', 'REVOKED'],
      default: 'VALID',
    },
    signature: { type: signatureSchema, required: true },
  },
  // minimize: false keeps empty objects inside `data`, which the signature covers.
  { timestamps: true, minimize: false },
);

licenceSchema.index({ holderUserId: 1, issuedAt: -1 });
licenceSchema.index({ typeCode: 1, issuerCreditCode: 1, serial: -1 });

export function registerModels(connection: Connection) {
  return {
    LicenceType: connection.model<LicenceTypeDocument>(
      'LicenceType',
      licenceTypeSchema,
      'licence_types',
    ),
    Seal: connection.model<SealDocument>('Seal', sealSchema, 'seals'),
    Licence: connection.model<LicenceDocument>(
      'Licence',
      licenceSchema,
      'licences',
    ),
  };
}

export type LicenceModels = ReturnType<typeof registerModels>;
