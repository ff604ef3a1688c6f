import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LicenceTypeDocument, FaceElementDocument, SealDocument, LicenceItemLinkDocument, LicenceUseDocument, LicenceEventDocument, LicenceImportDocument } from '../model.js';
import type { CaseReference } from '../caseEvents.js';
import type { LicenceView, LicenceSignatureView } from '../access.js';
import type { VerificationReport } from '../verify.js';
import type { VerificationSignerView, LicensesContext } from '../resolvers.js';
import type { VerificationKeySetView } from '../keySet.js';
import type { LicenceUseResultView, RemoteLicenceView } from '../sharingResolvers.js';
import type { LicenceStatisticsParent } from '../statistics.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A JSON value. Inputs must be JSON objects (face elements keyed by name);
   * arrays, strings, numbers and null are rejected with BAD_USER_INPUT.
   */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A case, owned by the cases subgraph; the licences subgraph adds the licence events of the case. */
export type Case = {
  __typename?: 'Case';
  /** Case id. */
  id: Scalars['ID']['output'];
  /**
   * Changes (new versions, revocations, expiry) of the licences that the case
   * issued or used, oldest first. For the applicant and agents acting for it,
   * SYSTEM callers and staff who read cases whose jurisdiction covers the case;
   * FORBIDDEN for others.
   */
  licenceEvents: Array<LicenceEvent>;
};

/** Input of createLicenceType. */
export type CreateLicenceTypeInput = {
  /** Type code: the unified social credit code of departmentCode (18 characters) followed by a 3-digit sequence, such as 11500000MB0000001X004. */
  code: Scalars['String']['input'];
  /** Code of the department that defines and issues the type; must be the item administrator's department. */
  departmentCode: Scalars['String']['input'];
  /** Face elements in catalogue order, 1 to 50, with unique keys. */
  faceElements: Array<LicenceFaceElementInput>;
  /** Who may hold a licence of this type. */
  holderRule: LicenceHolderRule;
  /** Client key of 8 to 100 characters from A-Z, a-z, 0-9, _ and -; a retry with the same key and input returns the first type, the same key with another input fails with CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Items that issue the type or accept it in place of a material, at most 50. */
  itemLinks?: Array<LicenceItemLinkInput>;
  /** Name in Chinese, 1 to 40 characters. */
  name: Scalars['String']['input'];
  /** Name in English, 1 to 80 characters. */
  nameEn: Scalars['String']['input'];
  /** Print layout. */
  printLayout: LicencePrintLayoutInput;
  /** How licences of this type are signed. */
  signingMode?: LicenceSigningMode;
  /** Face element holding an explicit expiry date; null for none. */
  validUntilElement?: InputMaybe<Scalars['String']['input']>;
  /** Validity in years, 1 to 100; null for no expiry. */
  validYears?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of createSeal. */
export type CreateSealInput = {
  /** Signature algorithm. */
  algorithm: SealAlgorithm;
  /** Code of the department that will hold the seal. */
  departmentCode: Scalars['String']['input'];
  /** Seal name, 2 to 60 characters, such as 重庆市市场监督管理局行政审批专用章. */
  name: Scalars['String']['input'];
  /** Start of validity, as an ISO 8601 instant; at most 10 years before validTo. */
  validFrom: Scalars['String']['input'];
  /** End of validity, as an ISO 8601 instant after validFrom and in the future. */
  validTo: Scalars['String']['input'];
};

/** A government department, owned by the identity subgraph. */
export type Department = {
  __typename?: 'Department';
  /** Department code. */
  code: Scalars['String']['output'];
};

/** An administrative division, owned by the identity subgraph. */
export type Division = {
  __typename?: 'Division';
  /** Division code of 2, 4, 6, 9 or 12 digits. */
  code: Scalars['String']['output'];
};

/** Input of importLicences. */
export type ImportLicencesInput = {
  /** The file's bytes in base64, at most 4 MiB decoded and 5000 rows. */
  contentBase64: Scalars['String']['input'];
  /** Issuing department of every row, whose seal signs the imported licences. */
  departmentCode: Scalars['String']['input'];
  /** File format. */
  format: LicenceImportFormat;
  /** Client-generated key; a retry with the same key returns the first report. */
  idempotencyKey: Scalars['String']['input'];
  /** Licence type of every row. */
  licenceTypeCode: Scalars['String']['input'];
};

/** Input of issueLicence, sent by the cases subgraph when a case is approved. */
export type IssueLicenceInput = {
  /** Id of the approved case; issuance is idempotent per case. */
  caseId: Scalars['String']['input'];
  /** True for a change item (变更): the licence issued is the next version of the holder's current licence of the type, with the case's face elements merged over it; NO_CURRENT_LICENCE when the holder holds none. */
  changesCurrent?: InputMaybe<Scalars['Boolean']['input']>;
  /** With changesCurrent, the licence the applicant attached as the one to change; when null, the holder's only valid licence of the type. */
  currentLicenceId?: InputMaybe<Scalars['ID']['input']>;
  /** Face elements as a JSON object: at most 200 keys, 5 levels, 32 KiB; no array directly inside an array. */
  data: Scalars['JSON']['input'];
  /** Code of the issuing department, whose seal signs the licence. */
  departmentCode: Scalars['String']['input'];
  /** Division code where the case was handled (2, 4, 6, 9 or 12 digits). */
  divisionCode: Scalars['String']['input'];
  /** Holder's resident ID-card number or unified social credit code; checked by its check character. */
  holderIdNumber: Scalars['String']['input'];
  /** Holder's name: a person's name or a legal person's registered name. */
  holderName: Scalars['String']['input'];
  /** User id of the holder. */
  holderUserId: Scalars['String']['input'];
  /** Implementation code of the item handled. */
  itemId: Scalars['String']['input'];
  /** Code of the licence type to issue. */
  licenceTypeCode: Scalars['String']['input'];
};

/** A government-service item, owned by the items subgraph. */
export type Item = {
  __typename?: 'Item';
  /** Implementation code of the item. */
  id: Scalars['ID']['output'];
};

/** A legal person, owned by the identity subgraph. */
export type LegalPerson = {
  __typename?: 'LegalPerson';
  /** Legal person id. */
  id: Scalars['ID']['output'];
};

/**
 * An electronic licence, certificate or approval (电子证照) issued when a case
 * is approved. Visible to its holder, to SYSTEM callers, and to clerks, window
 * staff, reviewers, approvers, licence officers, hall managers, supervisors,
 * analysts and administrators whose jurisdiction covers its division and
 * issuing department. Hall managers, supervisors, analysts and SYSTEM callers
 * see personal data masked; everyone else gets FORBIDDEN.
 */
export type Licence = {
  __typename?: 'Licence';
  /** The case that produced the licence; null for imported licences. */
  case?: Maybe<Case>;
  /** Id of the case that produced the licence; null for imported licences. */
  caseId?: Maybe<Scalars['String']['output']>;
  /** Face-element keys this version changed from the version it replaces; empty for a first version. */
  changedElements: Array<Scalars['String']['output']>;
  /** SHA-256 of the canonical content to be signed, lower-case hexadecimal; a licence officer confirms a signature by sending it back. */
  contentDigest: Scalars['String']['output'];
  /** Face elements (票面要素) keyed by name; personal values are masked for viewers without the right to them. */
  data: Scalars['JSON']['output'];
  /** Division code where the case was handled; decides which staff may see the licence. */
  divisionCode: Scalars['String']['output'];
  /** Events of this licence version (issuance, signature, revocation, change, expiry), oldest first. For the holder, and licence officers and administrators of the issuing department; FORBIDDEN for others. */
  events: Array<LicenceEvent>;
  /** Face elements of the licence type with this licence's values, in printed order; personal values masked as in data. */
  faceElements: Array<LicenceFaceValue>;
  /** User who holds the licence; null for an imported licence whose holder has no platform account yet. */
  holder?: Maybe<User>;
  /** Holder's ID-card number or unified social credit code; an ID-card number is masked (5001**********123X) for viewers without the right to it. */
  holderIdNumber: Scalars['String']['output'];
  /** Whether the holder is a natural or a legal person. */
  holderKind: LicenceHolderKind;
  /** The holder as a legal person; null for natural persons and for legal persons without a platform account. */
  holderLegalPerson?: Maybe<LegalPerson>;
  /** Holder's name; a natural person's name is masked (张*) for viewers without the right to it. */
  holderName: Scalars['String']['output'];
  /** Licence id. */
  id: Scalars['ID']['output'];
  /** Electronic licence identifier: 1.2.156.3005.2.<type code>.<issuer credit code>.<serial>.<version>.<check character>. */
  identifier: Scalars['String']['output'];
  /** When the licence was issued, as an ISO 8601 instant in UTC. */
  issuedAt: Scalars['String']['output'];
  /** Issuing department. */
  issuer: Department;
  /** Code of the issuing department. */
  issuerDepartmentCode: Scalars['String']['output'];
  /** Item whose case produced the licence; null for imported licences. */
  item?: Maybe<Item>;
  /** Number of the licence in the department's earlier register; null unless imported. */
  legacyNumber?: Maybe<Scalars['String']['output']>;
  /** Whether personal fields of this licence are masked for the viewer. */
  masked: Scalars['Boolean']['output'];
  /** How the licence entered the platform. */
  origin: LicenceOrigin;
  /** Print-ready HTML of the licence with its face elements, seal details and verification QR code. */
  printHtml: Scalars['String']['output'];
  /** Identifier of the version that replaced this one; null while current. */
  replacedBy?: Maybe<Scalars['String']['output']>;
  /** Identifier of the licence version this one replaces; null for a first version. */
  replaces?: Maybe<Scalars['String']['output']>;
  /** Seal signature; null while the licence waits for a licence officer to confirm it. */
  signature?: Maybe<LicenceSignature>;
  /** Canonical JSON of the signed content, which anyone can check against the signature and the seal's public key. */
  signedContent: Scalars['String']['output'];
  /** Effective status. */
  status: LicenceStatus;
  /** Reason given when the licence was revoked or changed; null otherwise. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Licence type. */
  type: LicenceType;
  /** Uses of this licence by staff and other regions (用证记录), newest first; for the holder, administrators and licence officers of the issuing department. */
  uses: Array<LicenceUse>;
  /** When the licence expires, as an ISO 8601 instant in UTC; null for licences without expiry. */
  validUntil?: Maybe<Scalars['String']['output']>;
  /** The verification QR code as an SVG image. */
  verificationQrSvg: Scalars['String']['output'];
  /** URL that the verification QR code encodes: the PWA's verification page with the identifier and the signed statement. */
  verificationUrl: Scalars['String']['output'];
  /** Version of the licence; the first issuance is 1. */
  version: Scalars['Int']['output'];
  /** Every version of this licence, oldest first, including this one. */
  versions: Array<LicenceVersion>;
};


/**
 * An electronic licence, certificate or approval (电子证照) issued when a case
 * is approved. Visible to its holder, to SYSTEM callers, and to clerks, window
 * staff, reviewers, approvers, licence officers, hall managers, supervisors,
 * analysts and administrators whose jurisdiction covers its division and
 * issuing department. Hall managers, supervisors, analysts and SYSTEM callers
 * see personal data masked; everyone else gets FORBIDDEN.
 */
export type LicenceUsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of checking one claimed value against a licence. */
export type LicenceClaimCheck = {
  __typename?: 'LicenceClaimCheck';
  /** Face-element key. */
  key: Scalars['String']['output'];
  /** Whether the claimed value equals the licence's value. */
  matches: Scalars['Boolean']['output'];
};

/** A change of a licence, propagated to the cases that used it and to the national hub. */
export type LicenceEvent = {
  __typename?: 'LicenceEvent';
  /** When the change happened, as an ISO 8601 instant in UTC. */
  at: Scalars['String']['output'];
  /** Ids of the local cases that had used the licence when the change was recorded. */
  caseIds: Array<Scalars['String']['output']>;
  /** For CHANGED: face-element keys the new version changed; empty otherwise. */
  changedElements: Array<Scalars['String']['output']>;
  /** Event id; ids sort in the order the events were recorded. */
  id: Scalars['ID']['output'];
  /** Identifier of the licence that changed. */
  identifier: Scalars['String']['output'];
  /** Kind of change. */
  kind: LicenceEventKind;
  /** Identifier of the new version for CHANGED; null otherwise. */
  newIdentifier?: Maybe<Scalars['String']['output']>;
  /** Reason given by staff; null for ISSUED, SIGNED and EXPIRED. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Kind of a change that reaches every consumer of a licence. */
export type LicenceEventKind =
  /** A new version replaced the licence. */
  | 'CHANGED'
  /** The licence passed its validUntil instant. */
  | 'EXPIRED'
  /** The licence was issued or imported. */
  | 'ISSUED'
  /** The issuing department revoked the licence. */
  | 'REVOKED'
  /** A licence officer confirmed the licence's signature. */
  | 'SIGNED';

/** A file prepared for download. */
export type LicenceExportFile = {
  __typename?: 'LicenceExportFile';
  /** The file's bytes in base64: UTF-8 with a byte-order mark, so Excel opens Chinese text correctly. */
  contentBase64: Scalars['String']['output'];
  /** Suggested file name. */
  fileName: Scalars['String']['output'];
  /** Media type. */
  mediaType: Scalars['String']['output'];
  /** Licences written. */
  rows: Scalars['Int']['output'];
};

/** A face element (照面要素) of a licence type: one named value printed on the licence. */
export type LicenceFaceElement = {
  __typename?: 'LicenceFaceElement';
  /** Key of the value in the licence data, such as businessName; also looked up inside data.formData. */
  key: Scalars['String']['output'];
  /** Label in Chinese, printed on the licence. */
  label: Scalars['String']['output'];
  /** Label in English. */
  labelEn: Scalars['String']['output'];
  /** Whether issuance and import reject a licence without this value. */
  required: Scalars['Boolean']['output'];
  /** Kind of value; changeLicence rejects a value of another kind. */
  valueType: LicenceFaceElementType;
};

/** A face element of updateLicenceType. */
export type LicenceFaceElementInput = {
  /** Key: a letter, then letters or digits, at most 64. */
  key: Scalars['String']['input'];
  /** Label in Chinese, 1 to 40 characters. */
  label: Scalars['String']['input'];
  /** Label in English, 1 to 80 characters. */
  labelEn: Scalars['String']['input'];
  /** Whether issuance and import reject a licence without this value. */
  required: Scalars['Boolean']['input'];
  /** Kind of value; TEXT when left out. */
  valueType?: InputMaybe<LicenceFaceElementType>;
};

/** Kind of value a face element holds. */
export type LicenceFaceElementType =
  /** true or false. */
  | 'BOOLEAN'
  /** A calendar date YYYY-MM-DD. */
  | 'DATE'
  /** A finite number. */
  | 'NUMBER'
  /** Text of 1 to 2000 characters without control characters other than line breaks. */
  | 'TEXT';

/** A face element with a licence's value. */
export type LicenceFaceValue = {
  __typename?: 'LicenceFaceValue';
  /** Key of the face element. */
  key: Scalars['String']['output'];
  /** Label in Chinese. */
  label: Scalars['String']['output'];
  /** Label in English. */
  labelEn: Scalars['String']['output'];
  /** Value as printed; null when the licence has none. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Licence figures of one group. Uses count the use log of this platform's licences; uses of other regions' licences are not counted. */
export type LicenceFigures = {
  __typename?: 'LicenceFigures';
  /** Issuing department code of the row; set on rows by department. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Issuing division of the row; set on rows by division. */
  division?: Maybe<Division>;
  /** Licences issued, imported or reissued on change in the period. */
  issued: Scalars['Int']['output'];
  /** Month of the row, YYYY-MM in Asia/Shanghai; set on rows by month. */
  month?: Maybe<Scalars['String']['output']>;
  /** Licence type of the row; set on rows by type. */
  type?: Maybe<LicenceType>;
  /** Uses of the licences recorded in the period, by staff here or by other regions through the national hub. */
  used: Scalars['Int']['output'];
  /** Uses in place of an application material (免提交). */
  usedForMaterialExemption: Scalars['Int']['output'];
};

/** Kind of licence holder, decided by the holder's identity number. */
export type LicenceHolderKind =
  /** A legal person identified by a unified social credit code. */
  | 'LEGAL_PERSON'
  /** A natural person identified by a resident ID-card number. */
  | 'PERSON';

/** Who may hold a licence of a type. */
export type LicenceHolderRule =
  /** Natural and legal persons. */
  | 'ANY'
  /** Only legal persons. */
  | 'LEGAL_PERSON'
  /** Only natural persons. */
  | 'PERSON';

/** Format of a legacy licence file. */
export type LicenceImportFormat =
  /** Comma-separated values with a header row: UTF-8 with or without BOM, or GB18030 as saved by Chinese Excel. */
  | 'CSV'
  /** A JSON array of objects keyed like the CSV header. */
  | 'JSON';

/** A rejected row of a legacy import. */
export type LicenceImportRejection = {
  __typename?: 'LicenceImportRejection';
  /** Stable reason code, such as MISSING_FIELD, INVALID_ID_NUMBER, HOLDER_NAME_MISMATCH (the name registered with the identity number differs), HOLDER_USER_MISMATCH (holderUserId is not the user registered with the identity number), FORMULA_CELL (a cell starts with = + - or @), INVALID_DATE, DUPLICATE_IN_FILE or ALREADY_IMPORTED. */
  code: Scalars['String']['output'];
  /** Column the reason refers to; null when the whole row is at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** The row's legacyNumber when it has one. */
  legacyNumber?: Maybe<Scalars['String']['output']>;
  /** Explanation in English. */
  message: Scalars['String']['output'];
  /** Row number: 1 is the first data row after the CSV header or the first element of the JSON array. */
  row: Scalars['Int']['output'];
};

/** Report of a legacy import (存量归集). */
export type LicenceImportReport = {
  __typename?: 'LicenceImportReport';
  /** Character encoding the CSV was read in: UTF-8 or GB18030; JSON for JSON files. */
  encoding: Scalars['String']['output'];
  /** Import id. */
  id: Scalars['ID']['output'];
  /** Identifiers of the imported licences, in row order. */
  identifiers: Array<Scalars['String']['output']>;
  /** Rows imported and sealed. */
  imported: Scalars['Int']['output'];
  /** When the import ran, as an ISO 8601 instant in UTC. */
  importedAt: Scalars['String']['output'];
  /** Every rejected row and why. */
  rejections: Array<LicenceImportRejection>;
  /** Rows read. */
  total: Scalars['Int']['output'];
};

/** A link between an item of the catalogue and a licence type. */
export type LicenceItemLink = {
  __typename?: 'LicenceItemLink';
  /** The item. */
  item: Item;
  /** Implementation code of the item. */
  itemId: Scalars['ID']['output'];
  /** Code of the item's material that the licence replaces; null for ISSUES links. */
  materialCode?: Maybe<Scalars['String']['output']>;
  /** How the item relates to the licence type. */
  relation: LicenceItemRelation;
};

/** A link between an item and a licence type in createLicenceType. */
export type LicenceItemLinkInput = {
  /** Implementation code of the item: 1 to 50 letters, digits or hyphens. */
  itemId: Scalars['ID']['input'];
  /** Code of the item's material that the licence replaces; required for ACCEPTS links and not allowed for ISSUES links. */
  materialCode?: InputMaybe<Scalars['String']['input']>;
  /** How the item relates to the licence type. */
  relation: LicenceItemRelation;
};

/** How an item relates to a licence type. */
export type LicenceItemRelation =
  /** Cases of the item accept a licence of the type in place of a material, which the applicant then need not upload. */
  | 'ACCEPTS'
  /** Cases of the item issue licences of the type. */
  | 'ISSUES';

/** How a licence entered the platform. */
export type LicenceOrigin =
  /** Made as a new version of an earlier licence after a change. */
  | 'CHANGED'
  /** Imported from a department's earlier register (存量归集) and sealed on import. */
  | 'IMPORTED'
  /** Issued by the platform when a case was approved. */
  | 'ISSUED';

/** How a licence of a type is printed. */
export type LicencePrintLayout = {
  __typename?: 'LicencePrintLayout';
  /** Face-element keys in printed order; elements not listed follow in catalogue order. */
  elementOrder: Array<Scalars['String']['output']>;
  /** Paper orientation. */
  orientation: PrintOrientation;
  /** Title printed at the top, such as 食品经营许可证. */
  title: Scalars['String']['output'];
};

/** The print layout of updateLicenceType. */
export type LicencePrintLayoutInput = {
  /** Face-element keys in printed order; every key must be a face element. */
  elementOrder: Array<Scalars['String']['input']>;
  /** Paper orientation. */
  orientation: PrintOrientation;
  /** Title, 1 to 40 characters. */
  title: Scalars['String']['input'];
};

/** The seal signature on a licence. */
export type LicenceSignature = {
  __typename?: 'LicenceSignature';
  /** Signature algorithm: Ed25519 or ECDSA-P256. */
  algorithm: Scalars['String']['output'];
  /** Certificate serial of the seal that signed. */
  certificateSerial: Scalars['String']['output'];
  /** Whether the server signed automatically or a licence officer confirmed. */
  method: SigningMethod;
  /** The seal that signed, with its public key and current status. */
  seal?: Maybe<Seal>;
  /** Id of the seal that signed. */
  sealId: Scalars['ID']['output'];
  /** Name of the seal that signed. */
  sealName: Scalars['String']['output'];
  /** When the licence was signed, as an ISO 8601 instant in UTC. */
  signedAt: Scalars['String']['output'];
  /** Licence officer who confirmed the signature; null for automatic signatures. */
  signedBy?: Maybe<User>;
  /** Name of the licence officer who confirmed the signature; null for automatic signatures. */
  signedByName?: Maybe<Scalars['String']['output']>;
  /** Base64 signature over the compact verification statement that the QR code carries for offline verification. */
  statementValue?: Maybe<Scalars['String']['output']>;
  /**
   * Base64 signature over the canonical JSON of the raw licence content. Null
   * when the licence is masked for the viewer: with the masked content, the
   * value would let anyone test guesses of the hidden personal data. The
   * verification report (verifyLicence) checks it on the server.
   */
  value?: Maybe<Scalars['String']['output']>;
};

/** How a licence of a type gets its seal signature. */
export type LicenceSigningMode =
  /** The server signs with the issuing department's seal as soon as the licence is made, without a person. */
  | 'AUTOMATIC'
  /** A licence officer of the issuing department reviews the content in the PWA and confirms the signature. */
  | 'STAFF_CONFIRMED';

/** Licence figures of one period and jurisdiction: licences by their issuing division and department. */
export type LicenceStatistics = {
  __typename?: 'LicenceStatistics';
  /** Figures per issuing department, by department code. */
  byDepartment: Array<LicenceFigures>;
  /** Figures per child division of the counted division (the counted division itself for licences issued at it), by code. */
  byDivision: Array<LicenceFigures>;
  /** Figures per Asia/Shanghai month of the period, oldest first. */
  byMonth: Array<LicenceFigures>;
  /** Figures per licence type, by type code. */
  byType: Array<LicenceFigures>;
  /** Department counted, or null for every department. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Root of the division subtree counted. */
  division: Division;
  /** First day of the period (Asia/Shanghai). */
  from: Scalars['String']['output'];
  /** Last day of the period (Asia/Shanghai). */
  to: Scalars['String']['output'];
  /** Figures of the whole jurisdiction. */
  total: LicenceFigures;
};


/** Licence figures of one period and jurisdiction: licences by their issuing division and department. */
export type LicenceStatisticsByDepartmentArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Licence figures of one period and jurisdiction: licences by their issuing division and department. */
export type LicenceStatisticsByDivisionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Licence figures of one period and jurisdiction: licences by their issuing division and department. */
export type LicenceStatisticsByMonthArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Licence figures of one period and jurisdiction: licences by their issuing division and department. */
export type LicenceStatisticsByTypeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Effective status of a licence. */
export type LicenceStatus =
  /** Past its validUntil instant. */
  | 'EXPIRED'
  /** Made but not signed yet: waits for a licence officer to confirm the seal signature. */
  | 'PENDING_SIGNATURE'
  /** Revoked by the issuing department. */
  | 'REVOKED'
  /** Replaced by a newer version after a change; the newer version's replaces field names this identifier. */
  | 'SUPERSEDED'
  /** In force. */
  | 'VALID';

/** A type of electronic licence in the licence catalogue, such as 营业执照. */
export type LicenceType = {
  __typename?: 'LicenceType';
  /** Type code: the defining department's unified social credit code plus a 3-digit sequence (21 characters). */
  code: Scalars['String']['output'];
  /** Department that defines the licence type. */
  department: Department;
  /** Face elements in catalogue order. */
  faceElements: Array<LicenceFaceElement>;
  /** Who may hold a licence of this type. */
  holderRule: LicenceHolderRule;
  /** Items that issue this licence or accept it in place of a material. */
  itemLinks: Array<LicenceItemLink>;
  /** Name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** How the licence is printed. */
  printLayout: LicencePrintLayout;
  /** How licences of this type are signed. */
  signingMode: LicenceSigningMode;
  /** Face element holding an explicit expiry date (YYYY-MM-DD, Asia/Shanghai) that overrides validYears when present; null when none. */
  validUntilElement?: Maybe<Scalars['String']['output']>;
  /** Validity of a licence of this type in years from issuance; null when licences of this type do not expire. */
  validYears?: Maybe<Scalars['Int']['output']>;
};

/** A recorded use of a licence (用证记录). */
export type LicenceUse = {
  __typename?: 'LicenceUse';
  /** The case the use was for; null for uses by other regions. */
  case?: Maybe<Case>;
  /** Id of the local case, or the other region's case reference. */
  caseReference: Scalars['String']['output'];
  /** Face-element keys read or checked; empty for a whole copy. */
  elements: Array<Scalars['String']['output']>;
  /** Use id. */
  id: Scalars['ID']['output'];
  /** Identifier of the licence used. */
  identifier: Scalars['String']['output'];
  /** Department of the staff member, or the requesting region's code. */
  organisation: Scalars['String']['output'];
  /** Purpose of the use. */
  purpose: LicenceUsePurpose;
  /** When the licence was used, as an ISO 8601 instant in UTC. */
  usedAt: Scalars['String']['output'];
  /** Staff member who used the licence; null for uses by other regions. */
  user?: Maybe<User>;
  /** Whether local staff or another region used the licence. */
  userKind: LicenceUserKind;
  /** Name of the staff member, or of the requesting region's system. */
  userName: Scalars['String']['output'];
};

/** Purpose of a licence use, always tied to a case the staff member may handle. */
export type LicenceUsePurpose =
  /** Read chosen face elements (照面要素查询). */
  | 'FACE_ELEMENT_QUERY'
  /** Check given values against the licence (核验). */
  | 'INFORMATION_CHECK'
  /** Fetch the licence copy (副本) so that the applicant need not upload it as a material (免提交). */
  | 'MATERIAL_EXEMPTION';

/** Result of useLicence. */
export type LicenceUseResult = {
  __typename?: 'LicenceUseResult';
  /** For INFORMATION_CHECK: one result per claimed value; empty otherwise. */
  checks: Array<LicenceClaimCheck>;
  /** For MATERIAL_EXEMPTION: the licence copy (副本) with its signature; null otherwise. */
  copy?: Maybe<Licence>;
  /** For FACE_ELEMENT_QUERY: the requested face elements; empty otherwise. */
  elements: Array<LicenceFaceValue>;
  /** Effective status of the licence at the time of use. */
  status: LicenceStatus;
  /** The logged use. */
  use: LicenceUse;
};

/** Who used a licence. */
export type LicenceUserKind =
  /** Staff of this platform, handling a local case. */
  | 'LOCAL_STAFF'
  /** Another province through the national licence-sharing hub. */
  | 'OTHER_REGION';

/**
 * Public verification report of a licence identifier. A licence is authentic
 * when it is found, its seal was valid at signing, and its stored content
 * still matches the signature.
 */
export type LicenceVerification = {
  __typename?: 'LicenceVerification';
  /** Whether the licence is found, its seal was valid at signing and its content is intact. */
  authentic: Scalars['Boolean']['output'];
  /** When the verification ran, as an ISO 8601 instant in UTC. */
  checkedAt: Scalars['String']['output'];
  /** Whether the stored content still matches the seal signature; null when the licence is not found. */
  contentIntact?: Maybe<Scalars['Boolean']['output']>;
  /** Check character of the identifier when it matches; null when it is wrong, so the service does not complete guessed identifiers. */
  expectedCheckCharacter?: Maybe<Scalars['String']['output']>;
  /** Whether a licence with this identifier exists; false when the check character is wrong. */
  found: Scalars['Boolean']['output'];
  /** Holder's name; a natural person's name is always masked here. */
  holderName?: Maybe<Scalars['String']['output']>;
  /** The identifier checked, normalised to upper case. */
  identifier: Scalars['String']['output'];
  /** Whether the check character matches. An identifier with a wrong check character is invalid and is not looked up. */
  identifierCheckValid: Scalars['Boolean']['output'];
  /** When the licence was issued, as an ISO 8601 instant in UTC. */
  issuedAt?: Maybe<Scalars['String']['output']>;
  /** Licence type. */
  licenceType?: Maybe<LicenceType>;
  /** Whether the seal was active and inside its validity when it signed; null when the licence is not found. */
  sealValid?: Maybe<Scalars['Boolean']['output']>;
  /** When the licence was signed, as an ISO 8601 instant in UTC. */
  signedAt?: Maybe<Scalars['String']['output']>;
  /** Seal that signed; null when the licence is not found. */
  signer?: Maybe<VerificationSigner>;
  /** Effective status; null when the licence is not found. */
  status?: Maybe<LicenceStatus>;
  /** When the licence expires, as an ISO 8601 instant in UTC; null when it does not expire or is not found. */
  validUntil?: Maybe<Scalars['String']['output']>;
  /** Notes that do not make the licence forged by themselves. */
  warnings: Array<VerificationWarning>;
};

/** One version of a licence in its version history. */
export type LicenceVersion = {
  __typename?: 'LicenceVersion';
  /** Face-element keys this version changed from the previous one; empty for the first version. */
  changedElements: Array<Scalars['String']['output']>;
  /** Electronic licence identifier of the version. */
  identifier: Scalars['String']['output'];
  /** When the version was issued, as an ISO 8601 instant in UTC. */
  issuedAt: Scalars['String']['output'];
  /** Reason given for the change that made this version; null for a first version. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Effective status of the version. */
  status: LicenceStatus;
  /** Version number; the first issuance is 1. */
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Makes a new signed version of a licence with some face elements changed;
   * its replaces field names the old identifier. `data` holds only the changed
   * elements, keyed by face-element key: each must be a face element of the
   * licence type with a value of its valueType, or null to remove an element
   * that is not required. Other values are kept. Needs LICENCE_OFFICER or ADMIN
   * with the issuing department in jurisdiction.
   */
  changeLicence: Licence;
  /** Signs a licence that waits for a confirmed signature; contentDigest must equal the digest the officer reviewed. Needs LICENCE_OFFICER of the issuing department. */
  confirmLicenceSignature: Licence;
  /** Adds a licence type to the catalogue. Needs ITEM_ADMIN or ADMIN acting for the defining department; a type code already in the catalogue fails with CONFLICT. */
  createLicenceType: LicenceType;
  /** Makes a new seal with a fresh key pair for a department in the viewer's jurisdiction. Needs the SEAL_ADMIN or ADMIN role. */
  createSeal: Seal;
  /** Fetches a licence of another province through the national licence-sharing hub for a local case; logged like useLicence. */
  fetchRemoteLicence: RemoteLicence;
  /** Imports licences from a department's earlier register and seals each one; every rejected row is reported. Needs LICENCE_OFFICER or ADMIN with the department in jurisdiction. */
  importLicences: LicenceImportReport;
  /** Issues and signs a licence for an approved case. Needs the SYSTEM role; a retry with the same caseId returns the first licence. */
  issueLicence: Licence;
  /** Links an item to a licence type as issuing it or accepting it in place of a material. Needs ITEM_ADMIN or ADMIN. */
  linkLicenceTypeItem: LicenceType;
  /** Publishes this city's licence catalogue to the national licence-sharing hub. Needs ADMIN or SYSTEM. */
  publishLicenceCatalogue: Scalars['Int']['output'];
  /** Revokes a licence; every case that used it and the national hub learn of it. Needs LICENCE_OFFICER or ADMIN with the issuing department in jurisdiction. */
  revokeLicence: Licence;
  /**
   * Revokes a seal so that it signs no more licences. Signatures made before the
   * revocation stay valid, except that for KEY_COMPROMISE every signature made at
   * or after compromisedAt fails verification. Needs the SEAL_ADMIN or ADMIN role.
   */
  revokeSeal: Seal;
  /** Removes a link between an item and a licence type. Needs ITEM_ADMIN or ADMIN. */
  unlinkLicenceTypeItem: LicenceType;
  /** Changes a licence type's face elements, validity rule, holder rule, signing mode and print layout. Needs ITEM_ADMIN or ADMIN. */
  updateLicenceType: LicenceType;
  /** Uses a licence for a case: copy, check or face-element query; rejected without a case the viewer may handle, and logged. Needs CLERK, WINDOW_STAFF, REVIEWER, APPROVER or LICENCE_OFFICER. */
  useLicence: LicenceUseResult;
};


export type MutationChangeLicenceArgs = {
  data: Scalars['JSON']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationConfirmLicenceSignatureArgs = {
  contentDigest: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateLicenceTypeArgs = {
  input: CreateLicenceTypeInput;
};


export type MutationCreateSealArgs = {
  input: CreateSealInput;
};


export type MutationFetchRemoteLicenceArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  identifier: Scalars['String']['input'];
  purpose: LicenceUsePurpose;
};


export type MutationImportLicencesArgs = {
  input: ImportLicencesInput;
};


export type MutationIssueLicenceArgs = {
  input: IssueLicenceInput;
};


export type MutationLinkLicenceTypeItemArgs = {
  itemId: Scalars['ID']['input'];
  licenceTypeCode: Scalars['String']['input'];
  materialCode?: InputMaybe<Scalars['String']['input']>;
  relation: LicenceItemRelation;
};


export type MutationRevokeLicenceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeSealArgs = {
  compromisedAt?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reasonCode?: InputMaybe<SealRevocationReason>;
};


export type MutationUnlinkLicenceTypeItemArgs = {
  itemId: Scalars['ID']['input'];
  licenceTypeCode: Scalars['String']['input'];
  relation: LicenceItemRelation;
};


export type MutationUpdateLicenceTypeArgs = {
  input: UpdateLicenceTypeInput;
};


export type MutationUseLicenceArgs = {
  input: UseLicenceInput;
};

/** Paper orientation of a printed licence. */
export type PrintOrientation =
  /** Landscape A4. */
  | 'LANDSCAPE'
  /** Portrait A4. */
  | 'PORTRAIT';

export type Query = {
  __typename?: 'Query';
  /** Licences of a type issued by a department as a CSV file (UTF-8 with BOM). Needs LICENCE_OFFICER or ADMIN with the department in jurisdiction. */
  exportLicences: LicenceExportFile;
  /**
   * Licences of the viewer's department and division subtree whose identifier,
   * holder ID-card number or credit code, or holder name equals `query`, newest
   * first; `first` is 1 to 100. Holder data is masked for viewers without the
   * right to it. Needs LICENCE_OFFICER or ADMIN.
   */
  findLicences: Array<Licence>;
  /** Answers a verification request of another province arriving through the national hub; the sandbox hub calls it. SYSTEM only. */
  hubVerifyLicence: LicenceVerification;
  /** One licence by id, for its holder and for clerks, window staff, reviewers, approvers, licence officers, hall managers, supervisors, analysts and administrators whose division subtree and department cover it; null when it does not exist, FORBIDDEN for other viewers. */
  licence?: Maybe<Licence>;
  /** Changes of every licence after the event id `after`, oldest first, for consumers that follow the feed. SYSTEM only. */
  licenceEvents: Array<LicenceEvent>;
  /** Changes of licences used by a case: revocations, new versions and expiry. For staff who may handle the case, and SYSTEM. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  licenceEventsForCase: Array<LicenceEvent>;
  /** Licence figures of a period and jurisdiction, by licence type, department, division and month. ANALYST, SUPERVISOR and ADMIN, within their own jurisdiction; counts only, no personal data. */
  licenceStatistics: LicenceStatistics;
  /** One licence type of the catalogue by code; null when no type has the code. Public. */
  licenceType?: Maybe<LicenceType>;
  /** Every licence type of the catalogue, ordered by code. Public. */
  licenceTypes: Array<LicenceType>;
  /** Licences of the viewer's departments that wait for a confirmed signature, oldest first. Needs LICENCE_OFFICER or ADMIN. */
  licencesAwaitingSignature: Array<Licence>;
  /** Licences by identifier, in the order of `identifiers` (1 to 100), null for an unknown identifier, with the holder unmasked; for the data catalogue's feed, which desensitises the holder for readers without the right. SYSTEM only. */
  licencesByIdentifier: Array<Maybe<Licence>>;
  /** Uses of the signed-in holder's licences (用证记录), newest first; `first` is 1 to 100. */
  myLicenceUses: Array<LicenceUse>;
  /** The signed-in user's licences (the licence wallet), newest first; `first` is 1 to 100. */
  myLicences: Array<Licence>;
  /** Every department seal within the viewer's jurisdiction. Needs the SEAL_ADMIN or ADMIN role. `first` is 1 to 100 (50 by default) and `offset` skips that many rows. */
  seals: Array<Seal>;
  /** The signed verification key set for offline verification. Public. */
  verificationKeySet: VerificationKeySet;
  /** Verifies a licence by its identifier. Public: needs no sign-in and masks the holder's name. */
  verifyLicence: LicenceVerification;
};


export type QueryExportLicencesArgs = {
  departmentCode: Scalars['String']['input'];
  licenceTypeCode: Scalars['String']['input'];
};


export type QueryFindLicencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryHubVerifyLicenceArgs = {
  identifier: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type QueryLicenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLicenceEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLicenceEventsForCaseArgs = {
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLicenceStatisticsArgs = {
  filter: StatisticsFilter;
};


export type QueryLicenceTypeArgs = {
  code: Scalars['String']['input'];
};


export type QueryLicencesAwaitingSignatureArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLicencesByIdentifierArgs = {
  identifiers: Array<Scalars['String']['input']>;
};


export type QueryMyLicenceUsesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyLicencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyLicenceArgs = {
  identifier: Scalars['String']['input'];
};

/** A licence of another province fetched through the national licence-sharing hub. */
export type RemoteLicence = {
  __typename?: 'RemoteLicence';
  /** Face elements as the hub returned them. */
  data: Scalars['JSON']['output'];
  /** Holder's name. */
  holderName: Scalars['String']['output'];
  /** Electronic licence identifier. */
  identifier: Scalars['String']['output'];
  /** Issuing authority's name. */
  issuerName: Scalars['String']['output'];
  /** Province code (2 digits) of the issuing region. */
  regionCode: Scalars['String']['output'];
  /** Whether the hub's signature over the copy verified. */
  signatureValid: Scalars['Boolean']['output'];
  /** Effective status reported by the issuing region. */
  status: LicenceStatus;
  /** Licence type name. */
  typeName: Scalars['String']['output'];
  /** The logged use. */
  use: LicenceUse;
};

/**
 * A department's electronic seal (电子公章): an Ed25519 or ECDSA P-256 key pair
 * whose private key is stored only encrypted with AES-256-GCM under a master key
 * kept outside the database, and never leaves the server. The licences subgraph
 * signs licences with it automatically on issuance, or when a licence officer
 * confirms the signature.
 */
export type Seal = {
  __typename?: 'Seal';
  /** Signature algorithm: Ed25519 or ECDSA-P256. */
  algorithm: Scalars['String']['output'];
  /** Serial number of the seal certificate, 32 hexadecimal characters. */
  certificateSerial: Scalars['String']['output'];
  /** For a seal revoked for KEY_COMPROMISE, the instant from which its key counts as leaked, as an ISO 8601 instant in UTC; null otherwise. */
  compromisedAt?: Maybe<Scalars['String']['output']>;
  /** Seal administrator who made the seal; null for seals the platform made at first start. */
  createdBy?: Maybe<User>;
  /** Department that holds the seal. */
  department: Department;
  /** Code of the department that holds the seal. */
  departmentCode: Scalars['String']['output'];
  /** Seal id. */
  id: Scalars['ID']['output'];
  /** Seal name, such as 重庆市公安局电子公章. */
  name: Scalars['String']['output'];
  /** SHA-256 of the DER-encoded public key, lower-case hexadecimal. */
  publicKeyFingerprint: Scalars['String']['output'];
  /** Public key as a PEM-encoded SubjectPublicKeyInfo, for verifying signatures outside the platform. */
  publicKeyPem: Scalars['String']['output'];
  /** Reason given for the revocation; null while active. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** Reason code of the revocation; null while active. */
  revocationReasonCode?: Maybe<SealRevocationReason>;
  /** When the seal was revoked, as an ISO 8601 instant in UTC; null while active. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Effective status: REVOKED when revoked, EXPIRED past validTo, else ACTIVE. */
  status: SealStatus;
  /** Start of the certificate validity, as an ISO 8601 instant in UTC. */
  validFrom: Scalars['String']['output'];
  /** End of the certificate validity, as an ISO 8601 instant in UTC. */
  validTo: Scalars['String']['output'];
};

/** Signature algorithm of a seal. */
export type SealAlgorithm =
  /** ECDSA over NIST P-256 with SHA-256; signatures are the 64-byte r||s form. */
  | 'ECDSA_P256'
  /** EdDSA over Curve25519 (RFC 8032). */
  | 'ED25519';

/** Reason code of a seal revocation, named after the CRL reason codes of RFC 5280. */
export type SealRevocationReason =
  /** The department stopped using the seal, for example after a reorganisation. */
  | 'CESSATION_OF_OPERATION'
  /** The private key leaked or may have leaked; signatures from compromisedAt on are invalid. */
  | 'KEY_COMPROMISE'
  /** A new seal replaced this one. */
  | 'SUPERSEDED'
  /** No reason code given. */
  | 'UNSPECIFIED';

/** Status of an electronic seal. */
export type SealStatus =
  /** The seal signs new licences while inside its validity period. */
  | 'ACTIVE'
  /** The seal is past its validTo instant and signs nothing more; signatures it made while valid stay valid. */
  | 'EXPIRED'
  /** The seal signs nothing more; signatures it made before revocation stay valid. */
  | 'REVOKED';

/** Who or what made a seal signature. */
export type SigningMethod =
  /** The server signed automatically, without a person. */
  | 'AUTOMATIC'
  /** A licence officer reviewed the content and confirmed the signature. */
  | 'STAFF_CONFIRMED';

/** Period and jurisdiction of a statistics query; the viewer's own division subtree and department always bound it. */
export type StatisticsFilter = {
  /** Department counted; every department when omitted. A viewer who belongs to a department always counts only it. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Root of the division subtree counted; the viewer's own division when omitted. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive. */
  from: Scalars['String']['input'];
  /** Last day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive; at most 731 days after `from`. */
  to: Scalars['String']['input'];
};

/** Input of updateLicenceType. */
export type UpdateLicenceTypeInput = {
  /** Code of the licence type to change. */
  code: Scalars['String']['input'];
  /** Face elements in catalogue order, 1 to 50, with unique keys. */
  faceElements: Array<LicenceFaceElementInput>;
  /** Who may hold a licence of this type. */
  holderRule: LicenceHolderRule;
  /** Print layout. */
  printLayout: LicencePrintLayoutInput;
  /** How licences of this type are signed. */
  signingMode: LicenceSigningMode;
  /** Face element holding an explicit expiry date; null for none. */
  validUntilElement?: InputMaybe<Scalars['String']['input']>;
  /** Validity in years, 1 to 100; null for no expiry. */
  validYears?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of useLicence. */
export type UseLicenceInput = {
  /** Id of the case the use is for; the viewer must be allowed to handle it and its applicant must hold the licence. */
  caseId?: InputMaybe<Scalars['String']['input']>;
  /** For INFORMATION_CHECK: face-element values to check, as a JSON object keyed by face-element key. */
  claims?: InputMaybe<Scalars['JSON']['input']>;
  /** For FACE_ELEMENT_QUERY: face-element keys to read; for INFORMATION_CHECK: ignored. */
  elements?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Client-generated key; a retry with the same key returns the first result and logs the use once. */
  idempotencyKey: Scalars['String']['input'];
  /** Identifier of the licence to use. */
  identifier: Scalars['String']['input'];
  /** Purpose of the use. */
  purpose: LicenceUsePurpose;
};

/** A user, owned by the identity subgraph. */
export type User = {
  __typename?: 'User';
  /** User id. */
  id: Scalars['ID']['output'];
};

/** A public key of a seal in the verification key set. */
export type VerificationKey = {
  __typename?: 'VerificationKey';
  /** Signature algorithm: Ed25519 or ECDSA-P256. */
  algorithm: Scalars['String']['output'];
  /** Certificate serial of the seal. */
  certificateSerial: Scalars['String']['output'];
  /** Instant from which the seal's key counts as leaked; signatures made at or after it are invalid. Null unless revoked for KEY_COMPROMISE. */
  compromisedAt?: Maybe<Scalars['String']['output']>;
  /** Department code. */
  departmentCode: Scalars['String']['output'];
  /** Raw public key in base64: 32 bytes for Ed25519, 65 uncompressed bytes for ECDSA-P256. */
  publicKey: Scalars['String']['output'];
  /** When the seal was revoked; null while not revoked. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Seal id. */
  sealId: Scalars['ID']['output'];
  /** Start of validity, as an ISO 8601 instant in UTC. */
  validFrom: Scalars['String']['output'];
  /** End of validity, as an ISO 8601 instant in UTC. */
  validTo: Scalars['String']['output'];
};

/**
 * The public keys of every seal and the identifiers of every revoked or
 * superseded licence, signed by the platform's key-set key, which the PWA caches
 * to verify licences offline.
 */
export type VerificationKeySet = {
  __typename?: 'VerificationKeySet';
  /** When the set was made, as an ISO 8601 instant in UTC. */
  issuedAt: Scalars['String']['output'];
  /** Canonical JSON of the set; the signature covers exactly these characters. */
  payload: Scalars['String']['output'];
  /** Base64 Ed25519 signature over payload. */
  signature: Scalars['String']['output'];
  /** Raw Ed25519 public key of the key-set key in base64; the PWA pins it on first use. */
  signerPublicKey: Scalars['String']['output'];
};

/** Who signed a licence, as recorded by the seal. */
export type VerificationSigner = {
  __typename?: 'VerificationSigner';
  /** Signature algorithm of the seal. */
  algorithm: Scalars['String']['output'];
  /** Certificate serial of the seal. */
  certificateSerial: Scalars['String']['output'];
  /** Department that holds the seal. */
  department: Department;
  /** Whether the server signed automatically or a licence officer confirmed. */
  method: SigningMethod;
  /** SHA-256 of the seal's DER-encoded public key, lower-case hexadecimal. */
  publicKeyFingerprint?: Maybe<Scalars['String']['output']>;
  /** Id of the seal that signed. */
  sealId: Scalars['ID']['output'];
  /** Seal name. */
  sealName: Scalars['String']['output'];
  /** Current status of the seal. */
  sealStatus?: Maybe<SealStatus>;
  /** Name of the licence officer who confirmed the signature, masked to the surname; null for automatic signatures. */
  signedByName?: Maybe<Scalars['String']['output']>;
  /** Start of the seal certificate's validity, as an ISO 8601 instant in UTC. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** End of the seal certificate's validity, as an ISO 8601 instant in UTC. */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** A note in a verification report. */
export type VerificationWarning = {
  __typename?: 'VerificationWarning';
  /** Kind of note. */
  code: VerificationWarningCode;
  /** Explanation in English. */
  message: Scalars['String']['output'];
};

/** Kind of a note in a verification report that does not by itself make a licence forged. */
export type VerificationWarningCode =
  /** The identifier's check character is wrong, so the identifier is invalid and no licence was looked up. */
  | 'CHECK_CHARACTER_MISMATCH'
  /** The licence is past its validity. */
  | 'LICENCE_EXPIRED'
  /** The licence waits for a licence officer to confirm its signature. */
  | 'LICENCE_NOT_SIGNED'
  /** The issuing department revoked the licence. */
  | 'LICENCE_REVOKED'
  /** A newer version of the licence replaced this one. */
  | 'LICENCE_SUPERSEDED'
  /** The seal's private key leaked at or before the signing time, so the signature proves nothing and the licence is not authentic. */
  | 'SEAL_KEY_COMPROMISED'
  /** The seal was revoked after it signed the licence; the signature stays valid. */
  | 'SEAL_REVOKED_AFTER_SIGNING';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Case: Case;
  Licence: Licence;
  LicenceType: LicenceType;
  Seal: Seal;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
  Licence:
    ( { __typename: 'Licence' }
    & GraphQLRecursivePick<FederationTypes['Licence'], {"id":true}> );
  LicenceType:
    ( { __typename: 'LicenceType' }
    & GraphQLRecursivePick<FederationTypes['LicenceType'], {"code":true}> );
  Seal:
    ( { __typename: 'Seal' }
    & GraphQLRecursivePick<FederationTypes['Seal'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Case: ResolverTypeWrapper<CaseReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateLicenceTypeInput: CreateLicenceTypeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateSealInput: CreateSealInput;
  Department: ResolverTypeWrapper<Department>;
  Division: ResolverTypeWrapper<Division>;
  ImportLicencesInput: ImportLicencesInput;
  IssueLicenceInput: IssueLicenceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Item: ResolverTypeWrapper<Item>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LegalPerson: ResolverTypeWrapper<LegalPerson>;
  Licence: ResolverTypeWrapper<LicenceView>;
  LicenceClaimCheck: ResolverTypeWrapper<LicenceClaimCheck>;
  LicenceEvent: ResolverTypeWrapper<LicenceEventDocument>;
  LicenceEventKind: LicenceEventKind;
  LicenceExportFile: ResolverTypeWrapper<LicenceExportFile>;
  LicenceFaceElement: ResolverTypeWrapper<FaceElementDocument>;
  LicenceFaceElementInput: LicenceFaceElementInput;
  LicenceFaceElementType: LicenceFaceElementType;
  LicenceFaceValue: ResolverTypeWrapper<LicenceFaceValue>;
  LicenceFigures: ResolverTypeWrapper<Omit<LicenceFigures, 'type'> & { type?: Maybe<ResolversTypes['LicenceType']> }>;
  LicenceHolderKind: LicenceHolderKind;
  LicenceHolderRule: LicenceHolderRule;
  LicenceImportFormat: LicenceImportFormat;
  LicenceImportRejection: ResolverTypeWrapper<LicenceImportRejection>;
  LicenceImportReport: ResolverTypeWrapper<LicenceImportDocument>;
  LicenceItemLink: ResolverTypeWrapper<LicenceItemLinkDocument>;
  LicenceItemLinkInput: LicenceItemLinkInput;
  LicenceItemRelation: LicenceItemRelation;
  LicenceOrigin: LicenceOrigin;
  LicencePrintLayout: ResolverTypeWrapper<LicencePrintLayout>;
  LicencePrintLayoutInput: LicencePrintLayoutInput;
  LicenceSignature: ResolverTypeWrapper<LicenceSignatureView>;
  LicenceSigningMode: LicenceSigningMode;
  LicenceStatistics: ResolverTypeWrapper<LicenceStatisticsParent>;
  LicenceStatus: LicenceStatus;
  LicenceType: ResolverTypeWrapper<LicenceTypeDocument>;
  LicenceUse: ResolverTypeWrapper<LicenceUseDocument>;
  LicenceUsePurpose: LicenceUsePurpose;
  LicenceUseResult: ResolverTypeWrapper<LicenceUseResultView>;
  LicenceUserKind: LicenceUserKind;
  LicenceVerification: ResolverTypeWrapper<VerificationReport>;
  LicenceVersion: ResolverTypeWrapper<LicenceVersion>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PrintOrientation: PrintOrientation;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoteLicence: ResolverTypeWrapper<RemoteLicenceView>;
  Seal: ResolverTypeWrapper<SealDocument>;
  SealAlgorithm: SealAlgorithm;
  SealRevocationReason: SealRevocationReason;
  SealStatus: SealStatus;
  SigningMethod: SigningMethod;
  StatisticsFilter: StatisticsFilter;
  UpdateLicenceTypeInput: UpdateLicenceTypeInput;
  UseLicenceInput: UseLicenceInput;
  User: ResolverTypeWrapper<User>;
  VerificationKey: ResolverTypeWrapper<VerificationKey>;
  VerificationKeySet: ResolverTypeWrapper<VerificationKeySetView>;
  VerificationSigner: ResolverTypeWrapper<VerificationSignerView>;
  VerificationWarning: ResolverTypeWrapper<VerificationWarning>;
  VerificationWarningCode: VerificationWarningCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Case: CaseReference;
  ID: Scalars['ID']['output'];
  CreateLicenceTypeInput: CreateLicenceTypeInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CreateSealInput: CreateSealInput;
  Department: Department;
  Division: Division;
  ImportLicencesInput: ImportLicencesInput;
  IssueLicenceInput: IssueLicenceInput;
  Boolean: Scalars['Boolean']['output'];
  Item: Item;
  JSON: Scalars['JSON']['output'];
  LegalPerson: LegalPerson;
  Licence: LicenceView;
  LicenceClaimCheck: LicenceClaimCheck;
  LicenceEvent: LicenceEventDocument;
  LicenceExportFile: LicenceExportFile;
  LicenceFaceElement: FaceElementDocument;
  LicenceFaceElementInput: LicenceFaceElementInput;
  LicenceFaceValue: LicenceFaceValue;
  LicenceFigures: Omit<LicenceFigures, 'type'> & { type?: Maybe<ResolversParentTypes['LicenceType']> };
  LicenceImportRejection: LicenceImportRejection;
  LicenceImportReport: LicenceImportDocument;
  LicenceItemLink: LicenceItemLinkDocument;
  LicenceItemLinkInput: LicenceItemLinkInput;
  LicencePrintLayout: LicencePrintLayout;
  LicencePrintLayoutInput: LicencePrintLayoutInput;
  LicenceSignature: LicenceSignatureView;
  LicenceStatistics: LicenceStatisticsParent;
  LicenceType: LicenceTypeDocument;
  LicenceUse: LicenceUseDocument;
  LicenceUseResult: LicenceUseResultView;
  LicenceVerification: VerificationReport;
  LicenceVersion: LicenceVersion;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RemoteLicence: RemoteLicenceView;
  Seal: SealDocument;
  StatisticsFilter: StatisticsFilter;
  UpdateLicenceTypeInput: UpdateLicenceTypeInput;
  UseLicenceInput: UseLicenceInput;
  User: User;
  VerificationKey: VerificationKey;
  VerificationKeySet: VerificationKeySetView;
  VerificationSigner: VerificationSignerView;
  VerificationWarning: VerificationWarning;
};

export type CaseResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licenceEvents?: Resolver<Array<ResolversTypes['LicenceEvent']>, ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LegalPersonResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LegalPerson'] = ResolversParentTypes['LegalPerson']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LicenceResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Licence'] = ResolversParentTypes['Licence'], FederationReferenceType extends FederationReferenceTypes['Licence'] = FederationReferenceTypes['Licence']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Licence']> | FederationReferenceType, FederationReferenceType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedElements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contentDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['LicenceEvent']>, ParentType, ContextType>;
  faceElements?: Resolver<Array<ResolversTypes['LicenceFaceValue']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  holderIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderKind?: Resolver<ResolversTypes['LicenceHolderKind'], ParentType, ContextType>;
  holderLegalPerson?: Resolver<Maybe<ResolversTypes['LegalPerson']>, ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  issuerDepartmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  legacyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['LicenceOrigin'], ParentType, ContextType>;
  printHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replaces?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['LicenceSignature']>, ParentType, ContextType>;
  signedContent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LicenceType'], ParentType, ContextType>;
  uses?: Resolver<Array<ResolversTypes['LicenceUse']>, ParentType, ContextType, RequireFields<LicenceUsesArgs, 'first'>>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationQrSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['LicenceVersion']>, ParentType, ContextType>;
};

export type LicenceClaimCheckResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceClaimCheck'] = ResolversParentTypes['LicenceClaimCheck']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LicenceEventResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceEvent'] = ResolversParentTypes['LicenceEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  changedElements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LicenceEventKind'], ParentType, ContextType>;
  newIdentifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LicenceExportFileResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceExportFile'] = ResolversParentTypes['LicenceExportFile']> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenceFaceElementResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceFaceElement'] = ResolversParentTypes['LicenceFaceElement']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['LicenceFaceElementType'], ParentType, ContextType>;
};

export type LicenceFaceValueResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceFaceValue'] = ResolversParentTypes['LicenceFaceValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LicenceFiguresResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceFigures'] = ResolversParentTypes['LicenceFigures']> = {
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['LicenceType']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedForMaterialExemption?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenceImportRejectionResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceImportRejection'] = ResolversParentTypes['LicenceImportRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legacyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenceImportReportResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceImportReport'] = ResolversParentTypes['LicenceImportReport']> = {
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['LicenceImportRejection']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenceItemLinkResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceItemLink'] = ResolversParentTypes['LicenceItemLink']> = {
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  materialCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['LicenceItemRelation'], ParentType, ContextType>;
};

export type LicencePrintLayoutResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicencePrintLayout'] = ResolversParentTypes['LicencePrintLayout']> = {
  elementOrder?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  orientation?: Resolver<ResolversTypes['PrintOrientation'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenceSignatureResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceSignature'] = ResolversParentTypes['LicenceSignature']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['SigningMethod'], ParentType, ContextType>;
  seal?: Resolver<Maybe<ResolversTypes['Seal']>, ParentType, ContextType>;
  sealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sealName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  signedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statementValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LicenceStatisticsResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceStatistics'] = ResolversParentTypes['LicenceStatistics']> = {
  byDepartment?: Resolver<Array<ResolversTypes['LicenceFigures']>, ParentType, ContextType, RequireFields<LicenceStatisticsByDepartmentArgs, 'first'>>;
  byDivision?: Resolver<Array<ResolversTypes['LicenceFigures']>, ParentType, ContextType, RequireFields<LicenceStatisticsByDivisionArgs, 'first'>>;
  byMonth?: Resolver<Array<ResolversTypes['LicenceFigures']>, ParentType, ContextType, RequireFields<LicenceStatisticsByMonthArgs, 'first'>>;
  byType?: Resolver<Array<ResolversTypes['LicenceFigures']>, ParentType, ContextType, RequireFields<LicenceStatisticsByTypeArgs, 'first'>>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['LicenceFigures'], ParentType, ContextType>;
};

export type LicenceTypeResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceType'] = ResolversParentTypes['LicenceType'], FederationReferenceType extends FederationReferenceTypes['LicenceType'] = FederationReferenceTypes['LicenceType']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LicenceType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  faceElements?: Resolver<Array<ResolversTypes['LicenceFaceElement']>, ParentType, ContextType>;
  holderRule?: Resolver<ResolversTypes['LicenceHolderRule'], ParentType, ContextType>;
  itemLinks?: Resolver<Array<ResolversTypes['LicenceItemLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  printLayout?: Resolver<ResolversTypes['LicencePrintLayout'], ParentType, ContextType>;
  signingMode?: Resolver<ResolversTypes['LicenceSigningMode'], ParentType, ContextType>;
  validUntilElement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LicenceUseResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceUse'] = ResolversParentTypes['LicenceUse']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['LicenceUsePurpose'], ParentType, ContextType>;
  usedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userKind?: Resolver<ResolversTypes['LicenceUserKind'], ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenceUseResultResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceUseResult'] = ResolversParentTypes['LicenceUseResult']> = {
  checks?: Resolver<Array<ResolversTypes['LicenceClaimCheck']>, ParentType, ContextType>;
  copy?: Resolver<Maybe<ResolversTypes['Licence']>, ParentType, ContextType>;
  elements?: Resolver<Array<ResolversTypes['LicenceFaceValue']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  use?: Resolver<ResolversTypes['LicenceUse'], ParentType, ContextType>;
};

export type LicenceVerificationResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceVerification'] = ResolversParentTypes['LicenceVerification']> = {
  authentic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentIntact?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  expectedCheckCharacter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  identifierCheckValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licenceType?: Resolver<Maybe<ResolversTypes['LicenceType']>, ParentType, ContextType>;
  sealValid?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signer?: Resolver<Maybe<ResolversTypes['VerificationSigner']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['LicenceStatus']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['VerificationWarning']>, ParentType, ContextType>;
};

export type LicenceVersionResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['LicenceVersion'] = ResolversParentTypes['LicenceVersion']> = {
  changedElements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeLicence?: Resolver<ResolversTypes['Licence'], ParentType, ContextType, RequireFields<MutationChangeLicenceArgs, 'data' | 'id' | 'reason'>>;
  confirmLicenceSignature?: Resolver<ResolversTypes['Licence'], ParentType, ContextType, RequireFields<MutationConfirmLicenceSignatureArgs, 'contentDigest' | 'id'>>;
  createLicenceType?: Resolver<ResolversTypes['LicenceType'], ParentType, ContextType, RequireFields<MutationCreateLicenceTypeArgs, 'input'>>;
  createSeal?: Resolver<ResolversTypes['Seal'], ParentType, ContextType, RequireFields<MutationCreateSealArgs, 'input'>>;
  fetchRemoteLicence?: Resolver<ResolversTypes['RemoteLicence'], ParentType, ContextType, RequireFields<MutationFetchRemoteLicenceArgs, 'caseId' | 'idempotencyKey' | 'identifier' | 'purpose'>>;
  importLicences?: Resolver<ResolversTypes['LicenceImportReport'], ParentType, ContextType, RequireFields<MutationImportLicencesArgs, 'input'>>;
  issueLicence?: Resolver<ResolversTypes['Licence'], ParentType, ContextType, RequireFields<MutationIssueLicenceArgs, 'input'>>;
  linkLicenceTypeItem?: Resolver<ResolversTypes['LicenceType'], ParentType, ContextType, RequireFields<MutationLinkLicenceTypeItemArgs, 'itemId' | 'licenceTypeCode' | 'relation'>>;
  publishLicenceCatalogue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokeLicence?: Resolver<ResolversTypes['Licence'], ParentType, ContextType, RequireFields<MutationRevokeLicenceArgs, 'id' | 'reason'>>;
  revokeSeal?: Resolver<ResolversTypes['Seal'], ParentType, ContextType, RequireFields<MutationRevokeSealArgs, 'id' | 'reason' | 'reasonCode'>>;
  unlinkLicenceTypeItem?: Resolver<ResolversTypes['LicenceType'], ParentType, ContextType, RequireFields<MutationUnlinkLicenceTypeItemArgs, 'itemId' | 'licenceTypeCode' | 'relation'>>;
  updateLicenceType?: Resolver<ResolversTypes['LicenceType'], ParentType, ContextType, RequireFields<MutationUpdateLicenceTypeArgs, 'input'>>;
  useLicence?: Resolver<ResolversTypes['LicenceUseResult'], ParentType, ContextType, RequireFields<MutationUseLicenceArgs, 'input'>>;
};

export type QueryResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exportLicences?: Resolver<ResolversTypes['LicenceExportFile'], ParentType, ContextType, RequireFields<QueryExportLicencesArgs, 'departmentCode' | 'licenceTypeCode'>>;
  findLicences?: Resolver<Array<ResolversTypes['Licence']>, ParentType, ContextType, RequireFields<QueryFindLicencesArgs, 'first' | 'query'>>;
  hubVerifyLicence?: Resolver<ResolversTypes['LicenceVerification'], ParentType, ContextType, RequireFields<QueryHubVerifyLicenceArgs, 'identifier' | 'regionCode'>>;
  licence?: Resolver<Maybe<ResolversTypes['Licence']>, ParentType, ContextType, RequireFields<QueryLicenceArgs, 'id'>>;
  licenceEvents?: Resolver<Array<ResolversTypes['LicenceEvent']>, ParentType, ContextType, RequireFields<QueryLicenceEventsArgs, 'first'>>;
  licenceEventsForCase?: Resolver<Array<ResolversTypes['LicenceEvent']>, ParentType, ContextType, RequireFields<QueryLicenceEventsForCaseArgs, 'caseId' | 'first' | 'offset'>>;
  licenceStatistics?: Resolver<ResolversTypes['LicenceStatistics'], ParentType, ContextType, RequireFields<QueryLicenceStatisticsArgs, 'filter'>>;
  licenceType?: Resolver<Maybe<ResolversTypes['LicenceType']>, ParentType, ContextType, RequireFields<QueryLicenceTypeArgs, 'code'>>;
  licenceTypes?: Resolver<Array<ResolversTypes['LicenceType']>, ParentType, ContextType>;
  licencesAwaitingSignature?: Resolver<Array<ResolversTypes['Licence']>, ParentType, ContextType, RequireFields<QueryLicencesAwaitingSignatureArgs, 'first'>>;
  licencesByIdentifier?: Resolver<Array<Maybe<ResolversTypes['Licence']>>, ParentType, ContextType, RequireFields<QueryLicencesByIdentifierArgs, 'identifiers'>>;
  myLicenceUses?: Resolver<Array<ResolversTypes['LicenceUse']>, ParentType, ContextType, RequireFields<QueryMyLicenceUsesArgs, 'first'>>;
  myLicences?: Resolver<Array<ResolversTypes['Licence']>, ParentType, ContextType, RequireFields<QueryMyLicencesArgs, 'first'>>;
  seals?: Resolver<Array<ResolversTypes['Seal']>, ParentType, ContextType, RequireFields<QuerySealsArgs, 'first' | 'offset'>>;
  verificationKeySet?: Resolver<ResolversTypes['VerificationKeySet'], ParentType, ContextType>;
  verifyLicence?: Resolver<ResolversTypes['LicenceVerification'], ParentType, ContextType, RequireFields<QueryVerifyLicenceArgs, 'identifier'>>;
};

export type RemoteLicenceResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['RemoteLicence'] = ResolversParentTypes['RemoteLicence']> = {
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signatureValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  use?: Resolver<ResolversTypes['LicenceUse'], ParentType, ContextType>;
};

export type SealResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['Seal'] = ResolversParentTypes['Seal'], FederationReferenceType extends FederationReferenceTypes['Seal'] = FederationReferenceTypes['Seal']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  compromisedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKeyFingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKeyPem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revocationReasonCode?: Resolver<Maybe<ResolversTypes['SealRevocationReason']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SealStatus'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type VerificationKeyResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['VerificationKey'] = ResolversParentTypes['VerificationKey']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  compromisedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationKeySetResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['VerificationKeySet'] = ResolversParentTypes['VerificationKeySet']> = {
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signerPublicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationSignerResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['VerificationSigner'] = ResolversParentTypes['VerificationSigner']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certificateSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['SigningMethod'], ParentType, ContextType>;
  publicKeyFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sealName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sealStatus?: Resolver<Maybe<ResolversTypes['SealStatus']>, ParentType, ContextType>;
  signedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VerificationWarningResolvers<ContextType = LicensesContext, ParentType extends ResolversParentTypes['VerificationWarning'] = ResolversParentTypes['VerificationWarning']> = {
  code?: Resolver<ResolversTypes['VerificationWarningCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = LicensesContext> = {
  Case?: CaseResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LegalPerson?: LegalPersonResolvers<ContextType>;
  Licence?: LicenceResolvers<ContextType>;
  LicenceClaimCheck?: LicenceClaimCheckResolvers<ContextType>;
  LicenceEvent?: LicenceEventResolvers<ContextType>;
  LicenceExportFile?: LicenceExportFileResolvers<ContextType>;
  LicenceFaceElement?: LicenceFaceElementResolvers<ContextType>;
  LicenceFaceValue?: LicenceFaceValueResolvers<ContextType>;
  LicenceFigures?: LicenceFiguresResolvers<ContextType>;
  LicenceImportRejection?: LicenceImportRejectionResolvers<ContextType>;
  LicenceImportReport?: LicenceImportReportResolvers<ContextType>;
  LicenceItemLink?: LicenceItemLinkResolvers<ContextType>;
  LicencePrintLayout?: LicencePrintLayoutResolvers<ContextType>;
  LicenceSignature?: LicenceSignatureResolvers<ContextType>;
  LicenceStatistics?: LicenceStatisticsResolvers<ContextType>;
  LicenceType?: LicenceTypeResolvers<ContextType>;
  LicenceUse?: LicenceUseResolvers<ContextType>;
  LicenceUseResult?: LicenceUseResultResolvers<ContextType>;
  LicenceVerification?: LicenceVerificationResolvers<ContextType>;
  LicenceVersion?: LicenceVersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoteLicence?: RemoteLicenceResolvers<ContextType>;
  Seal?: SealResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VerificationKey?: VerificationKeyResolvers<ContextType>;
  VerificationKeySet?: VerificationKeySetResolvers<ContextType>;
  VerificationSigner?: VerificationSignerResolvers<ContextType>;
  VerificationWarning?: VerificationWarningResolvers<ContextType>;
};

