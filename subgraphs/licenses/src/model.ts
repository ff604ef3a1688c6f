import { Schema, type Connection } from 'mongoose';
import type { EncryptedPrivateKey } from './sealCrypto.js';

export type LicenceHolderRule = 'PERSON' | 'LEGAL_PERSON' | 'ANY';
export type LicenceSigningMode = 'AUTOMATIC' | 'STAFF_CONFIRMED';
export type LicenceItemRelation = 'ISSUES' | 'ACCEPTS';

/** Kind of value a face element holds; changeLicence checks values against it. */
export type FaceElementValueType = 'TEXT' | 'DATE' | 'NUMBER' | 'BOOLEAN';

/** A face element (照面要素) of a licence type. */
export interface FaceElementDocument {
  key: string;
  label: string;
  labelEn: string;
  required: boolean;
  /** Absent on types stored before value types existed, which count as TEXT. */
  valueType?: FaceElementValueType;
}

export interface PrintLayoutDocument {
  title: string;
  orientation: 'PORTRAIT' | 'LANDSCAPE';
  elementOrder: string[];
}

export interface LicenceItemLinkDocument {
  itemId: string;
  relation: LicenceItemRelation;
  /** Material of the item that the licence replaces; null for ISSUES links. */
  materialCode: string | null;
}

/** A licence type of the catalogue; the id is the 21-character type code. */
export interface LicenceTypeDocument {
  _id: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  /** Validity in years; null for licences without expiry. */
  validYears: number | null;
  /** Face element whose YYYY-MM-DD value overrides validYears when present. */
  validUntilElement: string | null;
  holderRule: LicenceHolderRule;
  signingMode: LicenceSigningMode;
  faceElements: FaceElementDocument[];
  printLayout: PrintLayoutDocument;
  itemLinks: LicenceItemLinkDocument[];
  /**
   * Id of the createLicenceType claim (creator and idempotency key) that
   * inserted the type; absent on seeded types and types stored before it.
   */
  creationClaimId?: string;
}

/**
 * The claim of an idempotency key by createLicenceType. The id is the
 * creator's user id and the key, so the unique _id index lets one request
 * per key create a type.
 */
export interface LicenceTypeCreationDocument {
  _id: string;
  /** hashRequest of the input without the idempotency key. */
  requestHash: string;
  typeCode: string;
  createdAt: Date;
}

export type SealStatus = 'ACTIVE' | 'REVOKED';

/** Reason code of a seal revocation, after the CRL reason codes of RFC 5280. */
export type SealRevocationReason =
  'UNSPECIFIED' | 'KEY_COMPROMISE' | 'SUPERSEDED' | 'CESSATION_OF_OPERATION';

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
  /** Reason code of the revocation; null while active and for seals revoked before codes existed. */
  revocationReasonCode?: SealRevocationReason | null;
  /**
   * Instant from which the seal's private key counts as leaked; null unless it
   * was revoked for key compromise. Signatures dated at or after it fail
   * verification, and earlier ones stay valid.
   */
  compromisedAt?: Date | null;
  /** Seal administrator who made the seal; null for seals made at first start. */
  createdBy?: string | null;
}

export type SigningMethod = 'AUTOMATIC' | 'STAFF_CONFIRMED';

/** The signature stored with a licence. */
export interface LicenceSignatureDocument {
  sealId: string;
  sealName: string;
  certificateSerial: string;
  algorithm: string;
  /** Base64 signature over the canonical licence content. */
  value: string;
  signedAt: Date;
  /** Absent on licences signed before signing methods were recorded, which were all automatic. */
  method?: SigningMethod;
  signedBy?: string | null;
  signedByName?: string | null;
  /** Base64 signature over the compact statement the QR code carries; absent on older licences. */
  statementValue?: string | null;
}

export type LicenceOrigin = 'ISSUED' | 'IMPORTED' | 'CHANGED';
export type StoredLicenceStatus =
  'PENDING_SIGNATURE' | 'VALID' | 'REVOKED' | 'SUPERSEDED';

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
  /** Null for an imported licence whose holder has no platform account. */
  holderUserId: string | null;
  holderKind: LicenceHolderKind;
  holderName: string;
  holderIdNumber: string;
  departmentCode: string;
  issuerCreditCode: string;
  divisionCode: string;
  /**
   * Key of the issuance under a unique index: the case id for ISSUED,
   * `import:<type>:<issuer>:<legacy number>` for IMPORTED and
   * `change:<old licence id>` for CHANGED, so each issuance happens once.
   */
  caseId: string;
  /** Null for imported licences. */
  itemId: string | null;
  /** Absent on licences stored before origins were recorded, which were all ISSUED. */
  origin?: LicenceOrigin;
  legacyNumber?: string | null;
  replaces?: string | null;
  replacedBy?: string | null;
  statusReason?: string | null;
  /** Face-element keys that this version changed from the one it replaces; absent on first versions. */
  changedElements?: string[];
  /** Reason of the change that made this version; statusReason later contains the reason it ended. */
  changeReason?: string | null;
  data: Record<string, unknown>;
  issuedAt: Date;
  validUntil: Date | null;
  status: StoredLicenceStatus;
  /** Null while the licence waits for a licence officer to confirm the signature. */
  signature: LicenceSignatureDocument | null;
  /** Set once the EXPIRED event is recorded, so the expiry sweep skips the licence. */
  expiryRecorded?: boolean;
}

export type LicenceUsePurpose =
  'MATERIAL_EXEMPTION' | 'INFORMATION_CHECK' | 'FACE_ELEMENT_QUERY';

/** A recorded use of a licence (用证记录); insert-only. */
export interface LicenceUseDocument {
  _id: string;
  /** Client key, or `hub:<region>:<request id>` for other regions; unique. */
  idempotencyKey: string;
  licenceId: string | null;
  identifier: string;
  holderUserId: string | null;
  purpose: LicenceUsePurpose;
  userKind: 'LOCAL_STAFF' | 'OTHER_REGION';
  caseId: string | null;
  caseReference: string;
  userId: string | null;
  userName: string;
  organisation: string;
  elements: string[];
  usedAt: Date;
  /** hashRequest of the request that made the use, compared on a replay to reject a key reused for another request. Absent on older uses and on other regions' requests. */
  requestHash?: string;
  /** Results of an INFORMATION_CHECK's comparisons, returned again when the request is replayed. */
  checks?: { key: string; matches: boolean }[];
  /** Type, division and department of the used licence, copied for statistics; absent on uses of other regions' licences and on uses stored before they were copied. */
  typeCode?: string;
  divisionCode?: string;
  departmentCode?: string;
}

export type LicenceEventKind =
  'ISSUED' | 'SIGNED' | 'CHANGED' | 'REVOKED' | 'EXPIRED';

/** A change of a licence that consumers follow; insert-only, one per licence and kind. */
export interface LicenceEventDocument {
  /** Zero-padded sequence number, so ids sort in recording order. */
  _id: string;
  /** `<licence id>:<kind>`, unique, so a change is recorded once. */
  dedupeKey: string;
  kind: LicenceEventKind;
  licenceId: string;
  identifier: string;
  newIdentifier: string | null;
  reason: string | null;
  /** Face-element keys the new version changed; empty for other kinds. */
  changedElements?: string[];
  /** hashRequest of a CHANGED event's issuance key, new data and reason, so only a request for the same change may complete it. Absent on other kinds and older events. */
  changeHash?: string;
  caseIds: string[];
  at: Date;
  /** Whether the national hub has acknowledged the event. */
  hubDelivered: boolean;
}

/** A legacy import and its report, stored under the client's idempotency key. */
export interface LicenceImportDocument {
  _id: string;
  idempotencyKey: string;
  /** hashRequest of the type, department, format and file, so a reused key with another file is a CONFLICT. */
  requestHash?: string;
  licenceTypeCode: string;
  departmentCode: string;
  importedBy: string;
  encoding: string;
  total: number;
  imported: number;
  identifiers: string[];
  rejections: {
    row: number;
    legacyNumber: string | null;
    code: string;
    field: string | null;
    message: string;
  }[];
  importedAt: Date;
}

/** A platform key other than a seal, such as the key that signs the verification key set. */
export interface PlatformKeyDocument {
  _id: string;
  algorithm: string;
  publicKeyPem: string;
  encryptedPrivateKey: EncryptedPrivateKey;
  createdAt: Date;
}

const licenceTypeSchema = new Schema<LicenceTypeDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    nameEn: { type: String, required: true },
    departmentCode: { type: String, required: true },
    validYears: { type: Number, default: null, min: 1 },
    validUntilElement: { type: String, default: null },
    holderRule: {
      type: String,
      enum: ['PERSON', 'LEGAL_PERSON', 'ANY'],
      default: 'ANY',
    },
    signingMode: {
      type: String,
      enum: ['AUTOMATIC', 'STAFF_CONFIRMED'],
      default: 'AUTOMATIC',
    },
    faceElements: {
      type: [
        new Schema<FaceElementDocument>(
          {
            key: { type: String, required: true },
            label: { type: String, required: true },
            labelEn: { type: String, required: true },
            required: { type: Boolean, required: true },
            valueType: {
              type: String,
              enum: ['TEXT', 'DATE', 'NUMBER', 'BOOLEAN'],
              default: 'TEXT',
            },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    printLayout: {
      type: new Schema<PrintLayoutDocument>(
        {
          title: { type: String, required: true },
          orientation: {
            type: String,
            enum: ['PORTRAIT', 'LANDSCAPE'],
            required: true,
          },
          elementOrder: { type: [String], default: [] },
        },
        { _id: false },
      ),
      default: null,
    },
    itemLinks: {
      type: [
        new Schema<LicenceItemLinkDocument>(
          {
            itemId: { type: String, required: true },
            relation: {
              type: String,
              enum: ['ISSUES', 'ACCEPTS'],
              required: true,
            },
            materialCode: { type: String, default: null },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    creationClaimId: { type: String },
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
    revocationReasonCode: {
      type: String,
      enum: [
        'UNSPECIFIED',
        'KEY_COMPROMISE',
        'SUPERSEDED',
        'CESSATION_OF_OPERATION',
        null,
      ],
      default: null,
    },
    compromisedAt: { type: Date, default: null },
    createdBy: { type: String, default: null },
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
    method: {
      type: String,
      enum: ['AUTOMATIC', 'STAFF_CONFIRMED'],
      default: 'AUTOMATIC',
    },
    signedBy: { type: String, default: null },
    signedByName: { type: String, default: null },
    statementValue: { type: String, default: null },
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
    holderUserId: { type: String, default: null, index: true },
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
    itemId: { type: String, default: null },
    origin: {
      type: String,
      enum: ['ISSUED', 'IMPORTED', 'CHANGED'],
      default: 'ISSUED',
    },
    legacyNumber: { type: String, default: null },
    replaces: { type: String, default: null },
    replacedBy: { type: String, default: null },
    statusReason: { type: String, default: null },
    changedElements: { type: [String], default: undefined },
    changeReason: { type: String, default: null },
    data: { type: Schema.Types.Mixed, required: true },
    issuedAt: { type: Date, required: true },
    validUntil: { type: Date, default: null },
    status: {
      type: String,
      required: true,
      enum: ['PENDING_SIGNATURE', 'VALID', 'REVOKED', 'SUPERSEDED'],
      default: 'VALID',
    },
    signature: { type: signatureSchema, default: null },
    expiryRecorded: { type: Boolean, default: false },
  },
  // minimize: false keeps empty objects inside `data`, which the signature covers.
  { timestamps: true, minimize: false },
);

licenceSchema.index({ holderUserId: 1, issuedAt: -1 });
licenceSchema.index({ typeCode: 1, issuerCreditCode: 1, serial: -1 });
licenceSchema.index({ status: 1, departmentCode: 1 });
// findLicences looks licences up by holder.
licenceSchema.index({ holderIdNumber: 1 });
licenceSchema.index({ holderName: 1 });
licenceSchema.index({ status: 1, validUntil: 1 });

const licenceUseSchema = new Schema<LicenceUseDocument>({
  _id: { type: String, required: true },
  idempotencyKey: { type: String, required: true, unique: true },
  licenceId: { type: String, default: null, index: true },
  identifier: { type: String, required: true },
  holderUserId: { type: String, default: null },
  purpose: {
    type: String,
    required: true,
    enum: ['MATERIAL_EXEMPTION', 'INFORMATION_CHECK', 'FACE_ELEMENT_QUERY'],
  },
  userKind: {
    type: String,
    required: true,
    enum: ['LOCAL_STAFF', 'OTHER_REGION'],
  },
  caseId: { type: String, default: null },
  caseReference: { type: String, required: true },
  userId: { type: String, default: null },
  userName: { type: String, required: true },
  organisation: { type: String, required: true },
  elements: { type: [String], default: [] },
  usedAt: { type: Date, required: true },
  requestHash: { type: String },
  checks: {
    type: [{ _id: false, key: String, matches: Boolean }],
    default: undefined,
  },
  typeCode: { type: String },
  divisionCode: { type: String },
  departmentCode: { type: String },
});
licenceUseSchema.index({ holderUserId: 1, usedAt: -1 });
licenceUseSchema.index({ usedAt: 1, divisionCode: 1 });

const licenceEventSchema = new Schema<LicenceEventDocument>({
  _id: { type: String, required: true },
  dedupeKey: { type: String, required: true, unique: true },
  kind: {
    type: String,
    required: true,
    enum: ['ISSUED', 'SIGNED', 'CHANGED', 'REVOKED', 'EXPIRED'],
  },
  licenceId: { type: String, required: true, index: true },
  identifier: { type: String, required: true },
  newIdentifier: { type: String, default: null },
  reason: { type: String, default: null },
  changedElements: { type: [String], default: [] },
  changeHash: { type: String },
  caseIds: { type: [String], default: [] },
  at: { type: Date, required: true },
  hubDelivered: { type: Boolean, default: false, index: true },
});
licenceEventSchema.index({ caseIds: 1 });

const licenceImportSchema = new Schema<LicenceImportDocument>({
  _id: { type: String, required: true },
  idempotencyKey: { type: String, required: true, unique: true },
  requestHash: { type: String },
  licenceTypeCode: { type: String, required: true },
  departmentCode: { type: String, required: true },
  importedBy: { type: String, required: true },
  encoding: { type: String, required: true },
  total: { type: Number, required: true },
  imported: { type: Number, required: true },
  identifiers: { type: [String], default: [] },
  rejections: {
    type: [
      new Schema(
        {
          row: { type: Number, required: true },
          legacyNumber: { type: String, default: null },
          code: { type: String, required: true },
          field: { type: String, default: null },
          message: { type: String, required: true },
        },
        { _id: false },
      ),
    ],
    default: [],
  },
  importedAt: { type: Date, required: true },
});

const platformKeySchema = new Schema<PlatformKeyDocument>({
  _id: { type: String, required: true },
  algorithm: { type: String, required: true },
  publicKeyPem: { type: String, required: true },
  encryptedPrivateKey: { type: encryptedKeySchema, required: true },
  createdAt: { type: Date, required: true },
});

/** A catalogue entry this city published to the sandbox national hub. */
export interface SandboxHubCatalogueDocument {
  /** Licence type code. */
  _id: string;
  name: string;
  departmentCode: string;
  faceElements: string[];
  publishedAt: Date;
}

/** A licence event the sandbox national hub received; the id is the event id, so a re-push is stored once. */
export interface SandboxHubEventDocument {
  _id: string;
  kind: string;
  identifier: string;
  newIdentifier: string | null;
  receivedAt: Date;
}

const sandboxHubCatalogueSchema = new Schema<SandboxHubCatalogueDocument>({
  _id: { type: String, required: true },
  name: { type: String, required: true },
  departmentCode: { type: String, required: true },
  faceElements: { type: [String], default: [] },
  publishedAt: { type: Date, required: true },
});

const licenceTypeCreationSchema = new Schema<LicenceTypeCreationDocument>({
  _id: { type: String, required: true },
  requestHash: { type: String, required: true },
  typeCode: { type: String, required: true },
  createdAt: { type: Date, required: true },
});

const sandboxHubEventSchema = new Schema<SandboxHubEventDocument>({
  _id: { type: String, required: true },
  kind: { type: String, required: true },
  identifier: { type: String, required: true },
  newIdentifier: { type: String, default: null },
  receivedAt: { type: Date, required: true },
});

export function registerModels(connection: Connection) {
  return {
    LicenceType: connection.model<LicenceTypeDocument>(
      'LicenceType',
      licenceTypeSchema,
      'licence_types',
    ),
    LicenceTypeCreation: connection.model<LicenceTypeCreationDocument>(
      'LicenceTypeCreation',
      licenceTypeCreationSchema,
      'licence_type_creations',
    ),
    Seal: connection.model<SealDocument>('Seal', sealSchema, 'seals'),
    Licence: connection.model<LicenceDocument>(
      'Licence',
      licenceSchema,
      'licences',
    ),
    LicenceUse: connection.model<LicenceUseDocument>(
      'LicenceUse',
      licenceUseSchema,
      'licence_uses',
    ),
    LicenceEvent: connection.model<LicenceEventDocument>(
      'LicenceEvent',
      licenceEventSchema,
      'licence_events',
    ),
    LicenceImport: connection.model<LicenceImportDocument>(
      'LicenceImport',
      licenceImportSchema,
      'licence_imports',
    ),
    PlatformKey: connection.model<PlatformKeyDocument>(
      'PlatformKey',
      platformKeySchema,
      'platform_keys',
    ),
    SandboxHubCatalogue: connection.model<SandboxHubCatalogueDocument>(
      'SandboxHubCatalogue',
      sandboxHubCatalogueSchema,
      'sandbox_hub_catalogue',
    ),
    SandboxHubEvent: connection.model<SandboxHubEventDocument>(
      'SandboxHubEvent',
      sandboxHubEventSchema,
      'sandbox_hub_events',
    ),
  };
}

export type LicenceModels = ReturnType<typeof registerModels>;
