/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Status of an agent grant. */
export type AgentGrantStatus =
  /** Valid: not revoked and not expired. */
  | 'ACTIVE'
  /** Past its validUntil. */
  | 'EXPIRED'
  /** Revoked by the legal person. */
  | 'REVOKED';

/** Input of publishAnnouncement. */
export type AnnouncementInput = {
  /** Conditions on registrants, each 1 to 500 characters, 0 to 20. */
  conditions: Array<string>;
  /** True for a confidential project: no result notice is published. */
  confidential: boolean;
  /** Service content, 10 to 2000 characters. */
  content: string;
  /** Fee in fen: the price for RANDOM and DIRECT, the ceiling of bids for LOWEST_BID. */
  feeFen: number;
  /** Selection method. */
  method: SelectionMethod;
  /** Project name, 2 to 100 characters. */
  projectName: string;
  /** Registration deadline (ISO 8601); its Asia/Shanghai date must be at least 2 working days after publication. */
  registrationDeadline: string;
  /** Id of a withdrawn announcement this one replaces after a change. */
  replaces?: string | number | null | undefined;
  /** Selection time (ISO 8601), after the registration deadline. */
  selectionTime: string;
  /** Intermediary service bought. */
  serviceId: string | number;
};

/** Where a procurement announcement stands. */
export type AnnouncementState =
  /** The client confirmed the selection; the engagement began. */
  | 'CONFIRMED'
  /** No agency registered, so none could be selected. */
  | 'FAILED'
  /** Published; agencies register until the deadline. */
  | 'PUBLISHED'
  /** Refused by a supervisor's review. */
  | 'REFUSED'
  /** An agency was selected and waits for the client's confirmation. */
  | 'SELECTED'
  /** Held for a supervisor's review because a rule flagged a condition that may be discriminatory. */
  | 'UNDER_REVIEW'
  /** The client asked to withdraw it; a supervisor decides. */
  | 'WITHDRAWAL_REQUESTED'
  /** Withdrawn with an approved reason. */
  | 'WITHDRAWN';

/** Party that cancels an appointment. */
export type AppointmentCanceller =
  /** The citizen who booked it, with cancelAppointment. */
  | 'CITIZEN'
  /** The hall, because no window serving the category opens during the slot any more; the citizen got an AppointmentNotification. */
  | 'HALL';

/** Kind of appointment notification. */
export type AppointmentNotificationKind =
  /** The hall cancelled the booking because no window of its category opens during the slot any more. */
  | 'CANCELLED_BY_HALL';

/** State of an appointment. */
export type AppointmentStatus =
  /** Booked and not yet checked in; the slot has not ended. */
  | 'BOOKED'
  /** Cancelled before the slot started, by the citizen or by the hall (see cancelledBy). */
  | 'CANCELLED'
  /** Checked in at the hall; a priority ticket was issued. */
  | 'CHECKED_IN'
  /** Not checked in by the slot end; recorded when the slot ends. */
  | 'NO_SHOW';

/** Business category a queue ticket is taken for; the letter in brackets starts the ticket number. */
export type BusinessCategory =
  /** 民政与社会救助 (F) */
  | 'CIVIL_AFFAIRS'
  /** 工程建设项目 (D) */
  | 'CONSTRUCTION'
  /** 综合业务 (A) */
  | 'GENERAL'
  /** 企业开办与市场准入 (B) */
  | 'MARKET_ENTRY'
  /** 户籍与出入境 (E) */
  | 'PUBLIC_SECURITY'
  /** 社保医保与就业 (C) */
  | 'SOCIAL_SECURITY';

/** Handling status of a case. */
export type CaseStatus =
  /** Accepted (受理); the time limits run and the case waits for review or decision. */
  | 'ACCEPTED'
  /** Approved; waiting for the electronic licence. */
  | 'APPROVED'
  /** Approved and made; waiting for delivery of the result to the applicant. */
  | 'AWAITING_DELIVERY'
  /** Approved; waiting for payment of the item's fees (charging step). */
  | 'AWAITING_PAYMENT'
  /** Completed (办结). */
  | 'COMPLETED'
  /** Waiting for the applicant to submit the corrections listed in a correction notice; after acceptance the time limit is paused. */
  | 'CORRECTION_REQUIRED'
  /** Not accepted (不予受理). */
  | 'NOT_ACCEPTED'
  /** Refused after examination (不予许可). */
  | 'REJECTED'
  /** Reviewed (审查); waiting for the decision. */
  | 'REVIEWED'
  /** Submitted, waiting for a clerk to accept it. */
  | 'SUBMITTED'
  /** Suspended for a special procedure (hearing, inspection, expert review and the like); the time limit is paused. */
  | 'SUSPENDED'
  /** Withdrawn by the applicant before the decision. */
  | 'WITHDRAWN';

/** Input of registerCertificate. */
export type CertificateInput = {
  /** Replacing a registered key that is still valid: the old key's signature (base64) over the UTF-8 text ykb-certificate-replacement: followed by the new key's fingerprint, sent from a session signed in with the old key. */
  previousKeySignature?: string | null | undefined;
  /** Public key in PEM (SPKI), ECDSA P-256 or Ed25519. */
  publicKeyPem: string;
  /** Serial number given by the certificate authority, 4 to 64 letters and digits. */
  serialNumber: string;
  /** Last day of validity (YYYY-MM-DD), not in the past. */
  validUntil: string;
};

/** An applicant's choice of mail delivery for a case. */
export type ChooseDeliveryInput = {
  /** Address for the results. */
  address?: MailAddressInput | null | undefined;
  /** Case id. */
  caseId: string | number;
  /** Mail the materials to the hall. */
  mailMaterials: boolean;
  /** Have the results mailed; needs `address`. */
  mailResults: boolean;
};

/** Input of fileComplaint; name an agency, an announcement or both. */
export type ComplaintInput = {
  /** Agency complained about. */
  agencyId?: string | number | null | undefined;
  /** Announcement complained about. */
  announcementId?: string | number | null | undefined;
  /** What happened, 10 to 2000 characters. */
  text: string;
};

/** A correction to request. */
export type CorrectionItemInput = {
  /** What is wrong and what to supply, 1 to 500 characters. */
  description: string;
  /** Key of a field of the item's form. */
  fieldKey?: string | null | undefined;
  /** Code of a material of the item's material list. */
  materialCode?: string | null | undefined;
};

/** Input of createLicenceType. */
export type CreateLicenceTypeInput = {
  /** Type code: the unified social credit code of departmentCode (18 characters) followed by a 3-digit sequence, such as 11500000MB0000001X004. */
  code: string;
  /** Code of the department that defines and issues the type; must be the item administrator's department. */
  departmentCode: string;
  /** Face elements in catalogue order, 1 to 50, with unique keys. */
  faceElements: Array<LicenceFaceElementInput>;
  /** Who may hold a licence of this type. */
  holderRule: LicenceHolderRule;
  /** Client key of 8 to 100 characters from A-Z, a-z, 0-9, _ and -; a retry with the same key and input returns the first type, the same key with another input fails with CONFLICT. */
  idempotencyKey: string;
  /** Items that issue the type or accept it in place of a material, at most 50. */
  itemLinks?: Array<LicenceItemLinkInput>;
  /** Name in Chinese, 1 to 40 characters. */
  name: string;
  /** Name in English, 1 to 80 characters. */
  nameEn: string;
  /** Print layout. */
  printLayout: LicencePrintLayoutInput;
  /** How licences of this type are signed. */
  signingMode?: LicenceSigningMode;
  /** Face element holding an explicit expiry date; null for none. */
  validUntilElement?: string | null | undefined;
  /** Validity in years, 1 to 100; null for no expiry. */
  validYears?: number | null | undefined;
};

/** Input of createSeal. */
export type CreateSealInput = {
  /** Signature algorithm. */
  algorithm: SealAlgorithm;
  /** Code of the department that will hold the seal. */
  departmentCode: string;
  /** Seal name, 2 to 60 characters, such as 重庆市市场监督管理局行政审批专用章. */
  name: string;
  /** Start of validity, as an ISO 8601 instant; at most 10 years before validTo. */
  validFrom: string;
  /** End of validity, as an ISO 8601 instant after validFrom and in the future. */
  validTo: string;
};

/** A new shipment. */
export type CreateShipmentInput = {
  /** Case id. */
  caseId: string | number;
  /** Direction; MATERIALS_TO_HALL is created by the applicant, RESULTS_TO_APPLICANT by staff. */
  direction: ShipmentDirection;
  /** Hall whose mail window sends or receives it, `hall-` and a division code; defaults to the hall that accepted the case. */
  hallId?: string | number | null | undefined;
  /** Client-generated key of 8 to 100 characters from A-Z a-z 0-9 _ -; a retry with the same key returns the first shipment. */
  idempotencyKey: string;
};

/** Role that makes the decision (决定) of an item's cases in the platform. */
export type DecisionRole =
  /** Approvers decide; the default. */
  | 'APPROVER'
  /** Reviewers decide, and approvers may too. */
  | 'REVIEWER';

/** How a result reaches the applicant. */
export type DeliveryMethod =
  /** 电子送达: delivered electronically. */
  | 'ELECTRONIC'
  /** 邮寄: sent by post. */
  | 'MAIL'
  /** 出件窗口: collected at the hall's delivery window. */
  | 'WINDOW';

/** A scanned document to attach, base64 encoded; JPEG, PNG or PDF up to 5 MiB. */
export type DocumentInput = {
  /** File content, base64 encoded. */
  contentBase64: string;
  /** File name, 1 to 255 characters. */
  fileName: string;
  /** What the document is. */
  kind: DocumentKind;
};

/** Kinds of scanned documents a registration carries. */
export type DocumentKind =
  /** 营业执照 (or the registration certificate of a social or public institution), with the credit code. */
  | 'BUSINESS_LICENCE'
  /** 入驻服务承诺书, sealed. */
  | 'COMMITMENT'
  /** 签订的中介服务合同, for uploadContract. */
  | 'CONTRACT'
  /** 资质(资格)证书 of the agency or of its staff serving in Chongqing. */
  | 'QUALIFICATION'
  /** 法定代表人身份证明, sealed. */
  | 'REPRESENTATIVE_ID';

/** One duty of a roster. */
export type DutyInput = {
  /** Part of the day. */
  shift: DutyShift;
  /** A staff member of the hall (see hallStaff). */
  staffUserId: string | number;
  /** Number of a window of the hall. */
  windowNumber: number;
};

/** Part of a day a duty covers. */
export type DutyShift =
  /** 下午 afternoon */
  | 'AFTERNOON'
  /** 全天 the whole day */
  | 'FULL_DAY'
  /** 上午 morning */
  | 'MORNING';

/** Where an engagement stands. */
export type EngagementState =
  /** Confirmed; the agency uploads the contract within 2 working days of signing. */
  | 'AWAITING_CONTRACT'
  /** The client registered completion and evaluated the agency. */
  | 'COMPLETED'
  /** Contract filed; work under way. */
  | 'CONTRACTED';

/** An evaluation of a closed case. */
export type EvaluateCaseInput = {
  /** Case id. */
  caseId: string | number;
  /** Free comment of at most 500 characters. */
  comment?: string | null | undefined;
  /** Client-generated key of 8 to 100 characters; a retry with the same key returns the first evaluation. */
  idempotencyKey: string;
  /** Level chosen. */
  level: EvaluationLevel;
  /** Reasons chosen, at most 10 of at most 50 characters each. */
  reasons?: Array<string> | null | undefined;
};

/** Scores of 1 (very dissatisfied) to 5 (very satisfied) on the five dimensions of 3.7.8.1. */
export type EvaluationInput = {
  /** 服务态度. */
  attitude: number;
  /** Comment, up to 500 characters. */
  comment?: string | null | undefined;
  /** 服务规范. */
  conduct: number;
  /** 服务收费. */
  fees: number;
  /** 服务质量. */
  quality: number;
  /** 服务时效. */
  timeliness: number;
};

/** The five national evaluation levels of the 好差评 system. */
export type EvaluationLevel =
  /** 基本满意, level 3. */
  | 'BASICALLY_SATISFIED'
  /** 不满意, level 2. */
  | 'DISSATISFIED'
  /** 满意, level 4. */
  | 'SATISFIED'
  /** 非常不满意, level 1. */
  | 'VERY_DISSATISFIED'
  /** 非常满意, level 5. */
  | 'VERY_SATISFIED';

/** A fee. */
export type FeeInput = {
  /** Amount in fen, 0 or more. */
  amountFen: number;
  /** Legal basis of the fee. */
  basis: string;
  /** Fee name. */
  name: string;
};

/** Who may see a dataset field's value. */
export type FieldClassification =
  /** Government staff; never published. */
  | 'INTERNAL'
  /** Anyone, including the open-data portal. */
  | 'PUBLIC'
  /** Personal data: raw only for SYSTEM and for staff in PERSONAL_DATA_ROLES of the owner department or of a department with a grant; desensitised for everyone else. */
  | 'SENSITIVE';

/** State of a rectification task or an inquiry. */
export type FollowUpStatus =
  /** Closed by the department. */
  | 'DONE'
  /** Waiting for the department. */
  | 'OPEN';

/** A field of the application form. */
export type FormFieldInput = {
  /** Key of the value in form data: a letter, then up to 39 letters, digits or underscores; unique. */
  key: string;
  /** Label, 1 to 50 characters. */
  label: string;
  /** Maximum length of a TEXT field, 1 to 10000; null for none. */
  maxLength?: number | null | undefined;
  /** Allowed values of a SELECT field; empty for other types. */
  options?: Array<string>;
  /** Whether the field must be filled. */
  required: boolean;
  /** Value type. */
  type: FormFieldType;
};

/** Value type of a form field. */
export type FormFieldType =
  /** An ISO date (YYYY-MM-DD). */
  | 'DATE'
  /** A resident ID-card number, checked by its GB 11643 check digit. */
  | 'ID_CARD'
  /** A mainland mobile number. */
  | 'MOBILE'
  /** A number. */
  | 'NUMBER'
  /** One of the listed options. */
  | 'SELECT'
  /** Free text. */
  | 'TEXT';

/** Administrative level of a hall. */
export type HallLevel =
  /** 市级政务服务中心 city centre */
  | 'CITY'
  /** 区县政务服务中心 district or county centre */
  | 'DISTRICT'
  /** 乡镇（街道）便民服务中心 township or street centre */
  | 'TOWNSHIP'
  /** 村（社区）便民服务站 village or community service point */
  | 'VILLAGE';

/** Public details of a hall that its manager sets. */
export type HallSettingsInput = {
  /** Codes of the departments stationed in the hall; dedicated windows serve one of them. */
  departmentCodes: Array<string>;
  /** Opening hours as published, in Chinese, 1 to 200 characters. */
  openingHours: string;
  /** Consultation phone number: digits and hyphens, 5 to 20 characters. */
  phone: string;
};

/** A handling step of an item's workflow. ACCEPTANCE, DECISION and COMPLETION are always present; LICENCE is present exactly when the item issues a licence. */
export type HandlingStep =
  /** 受理: accept, decline, or issue one correction notice. */
  | 'ACCEPTANCE'
  /** 收费: waits for the item's fees to be paid. */
  | 'CHARGING'
  /** 办结: the case is closed. */
  | 'COMPLETION'
  /** 决定: approve or reject. */
  | 'DECISION'
  /** 送达: the result is delivered to the applicant. */
  | 'DELIVERY'
  /** 制证: the electronic licence is made by the licences subgraph. */
  | 'LICENCE'
  /** 审查: a reviewer examines the accepted case before the decision. */
  | 'REVIEW';

/** Where an item's accepted cases are examined and decided. */
export type HandlingSystem =
  /** In the department's own system, which receives accepted cases and reports process and result back. */
  | 'DEPARTMENT_SYSTEM'
  /** In the platform, by its reviewers and approvers. */
  | 'PLATFORM';

/** Input of importLicences. */
export type ImportLicencesInput = {
  /** The file's bytes in base64, at most 4 MiB decoded and 5000 rows. */
  contentBase64: string;
  /** Issuing department of every row, whose seal signs the imported licences. */
  departmentCode: string;
  /** File format. */
  format: LicenceImportFormat;
  /** Client-generated key; a retry with the same key returns the first report. */
  idempotencyKey: string;
  /** Licence type of every row. */
  licenceTypeCode: string;
};

/** Kind of inquiry. */
export type InquiryKind =
  /** 投诉 complaint. */
  | 'COMPLAINT'
  /** 咨询 consultation. */
  | 'CONSULTATION'
  /** 建议 suggestion. */
  | 'SUGGESTION';

/** Kind of document issued to the applicant. */
export type IssuedDocumentKind =
  /** 受理通知书 */
  | 'ACCEPTANCE_NOTICE'
  /** 准予许可决定书 */
  | 'APPROVAL_DECISION'
  /** 补正告知书 */
  | 'CORRECTION_NOTICE'
  /** 不予受理决定书 */
  | 'NOT_ACCEPTED_DECISION'
  /** 不予许可决定书 */
  | 'REJECTION_DECISION';

/** Kind of a field change. */
export type ItemChangeKind =
  /** The field or list entry exists only in the newer version. */
  | 'ADDED'
  /** The value differs. */
  | 'CHANGED'
  /** The field or list entry exists only in the older version. */
  | 'REMOVED';

/** The content of an item version; every field is replaced. */
export type ItemContentInput = {
  /** Other names, each 1 to 30 characters, at most 20. */
  aliases?: Array<string>;
  /** Conditions. */
  conditions?: Array<string>;
  /** Consultation phone: digits with an optional area code and hyphen, 5 to 20 characters. */
  consultationPhone: string;
  /** Delivery methods; at least one. */
  deliveryMethods: Array<ItemDeliveryMethod>;
  /** FAQs. */
  faqs?: Array<ItemFaqInput>;
  /** Fees. */
  fees?: Array<FeeInput>;
  /** Form fields. */
  formFields?: Array<FormFieldInput>;
  /** Places and hours. */
  handlingPlaces?: Array<ItemHandlingPlaceInput>;
  /** Search keywords, each 1 to 30 characters, at most 30. */
  keywords?: Array<string>;
  /** Legal basis, 1 to 2000 characters. */
  legalBasis: string;
  /** Code of the electronic licence type issued, if any. */
  licenceTypeCode?: string | null | undefined;
  /** Materials. */
  materials?: Array<ItemMaterialInput>;
  /** Item name in Chinese, 2 to 60 characters. */
  name: string;
  /** Item name in English, 1 to 200 characters. */
  nameEn: string;
  /** Online-handling depth, 1 to 4. */
  onlineDepth: number;
  /** Process steps. */
  processSteps?: Array<ItemProcessStepInput>;
  /** Promised limit in working days, 0 to the statutory limit. */
  promisedLimitDays: number;
  /** Statutory limit in working days, 0 to 365. */
  statutoryLimitDays: number;
  /** Who may apply; at least one. */
  subjectTypes: Array<SubjectType>;
  /** Life-event theme codes from the THEME dictionary. */
  themes?: Array<string>;
};

/** How the result of a case reaches the applicant. */
export type ItemDeliveryMethod =
  /** 电子送达 delivered electronically */
  | 'ELECTRONIC'
  /** 邮政寄递 sent by post */
  | 'POST'
  /** 窗口领取 collected at the window */
  | 'WINDOW';

/** A frequently asked question. */
export type ItemFaqInput = {
  /** Answer. */
  answer: string;
  /** Question. */
  question: string;
};

/** A place and the hours where an item is handled. */
export type ItemHandlingPlaceInput = {
  /** Address. */
  address: string;
  /** Opening hours. */
  hours: string;
  /** Name of the hall or window. */
  name: string;
};

/** A material of an item version as entered by its department. */
export type ItemMaterialInput = {
  /** Address (http or https) of the blank form. */
  blankFormUrl?: string | null | undefined;
  /** Material code, unique within the item, 1 to 20 letters, digits, `-` or `_`. */
  code: string;
  /** Number of copies, 1 to 99. */
  count: number;
  /** Address (http or https) of a filled-in example. */
  exampleUrl?: string | null | undefined;
  /** Original, copy or electronic. */
  form: MaterialForm;
  /** Licence type whose electronic licence can replace this material. */
  licenceTypeCode?: string | null | undefined;
  /** Material name, 1 to 100 characters. */
  name: string;
  /** Whether the application is rejected without it. */
  required: boolean;
};

/** A step of the handling process. */
export type ItemProcessStepInput = {
  /** What happens in the step. */
  description: string;
  /** Working days the step takes at most. */
  limitDays?: number | null | undefined;
  /** Step name. */
  name: string;
};

/** Review stage of an item version. */
export type ItemReviewStage =
  /** 部门审核 by an item administrator of the department other than the author. */
  | 'DEPARTMENT'
  /** 法制审核 by a legal reviewer. */
  | 'LEGAL';

/** Workflow status of an item version. */
export type ItemVersionStatus =
  /** Approved by legal review; ready to be published. */
  | 'APPROVED'
  /** Submitted; waiting for departmental review. */
  | 'DEPARTMENT_REVIEW'
  /** Being edited by the department. */
  | 'DRAFT'
  /** Approved by the department; waiting for legal review. */
  | 'LEGAL_REVIEW'
  /** Published and immutable; the item serves it, or served it before a newer version. */
  | 'PUBLISHED'
  /** Sent back by a reviewer with reasons; edit it and submit it again. */
  | 'REJECTED'
  /** Published earlier and replaced by a newer published version; still immutable and still resolvable by cases. */
  | 'SUPERSEDED';

/** Input of configureItemWorkflow. */
export type ItemWorkflowInput = {
  /** Role that decides the item's cases; APPROVER when omitted. */
  decisionRole?: DecisionRole | null | undefined;
  /** Departmental system of the item's department, required when handledBy is DEPARTMENT_SYSTEM. */
  departmentSystemId?: string | number | null | undefined;
  /** Where accepted cases are examined and decided. */
  handledBy: HandlingSystem;
  /** Implementation code of the item. */
  itemId: string | number;
  /** Steps in handling order: a subsequence of ACCEPTANCE, REVIEW, DECISION, CHARGING, LICENCE, DELIVERY, COMPLETION with ACCEPTANCE, DECISION and COMPLETION, and LICENCE exactly when the item issues a licence. */
  steps: Array<HandlingStep>;
  /** Version read before editing; 0 when no configuration was saved yet. A stale version fails with CONFLICT. */
  version: number;
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

/** A face element of updateLicenceType. */
export type LicenceFaceElementInput = {
  /** Key: a letter, then letters or digits, at most 64. */
  key: string;
  /** Label in Chinese, 1 to 40 characters. */
  label: string;
  /** Label in English, 1 to 80 characters. */
  labelEn: string;
  /** Whether issuance and import reject a licence without this value. */
  required: boolean;
  /** Kind of value; TEXT when left out. */
  valueType?: LicenceFaceElementType | null | undefined;
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

/** Electronic licence issuance state. */
export type LicenceIssueState =
  /** The licenses subgraph rejected the request; staff must fix the cause and call retryLicenceIssue. */
  | 'FAILED'
  /** The licence was issued. */
  | 'ISSUED'
  /** The item issues no licence, or the case is not approved yet. */
  | 'NONE'
  /** Approved; the licence is being issued and failed calls are retried in the background. */
  | 'PENDING';

/** A link between an item and a licence type in createLicenceType. */
export type LicenceItemLinkInput = {
  /** Implementation code of the item: 1 to 50 letters, digits or hyphens. */
  itemId: string | number;
  /** Code of the item's material that the licence replaces; required for ACCEPTS links and not allowed for ISSUES links. */
  materialCode?: string | null | undefined;
  /** How the item relates to the licence type. */
  relation: LicenceItemRelation;
};

/** How an item relates to a licence type. */
export type LicenceItemRelation =
  /** Cases of the item accept a licence of the type in place of a material, which the applicant then need not upload. */
  | 'ACCEPTS'
  /** Cases of the item issue licences of the type. */
  | 'ISSUES';

/** The print layout of updateLicenceType. */
export type LicencePrintLayoutInput = {
  /** Face-element keys in printed order; every key must be a face element. */
  elementOrder: Array<string>;
  /** Paper orientation. */
  orientation: PrintOrientation;
  /** Title, 1 to 40 characters. */
  title: string;
};

/** How a licence of a type gets its seal signature. */
export type LicenceSigningMode =
  /** The server signs with the issuing department's seal as soon as the licence is made, without a person. */
  | 'AUTOMATIC'
  /** A licence officer of the issuing department reviews the content in the PWA and confirms the signature. */
  | 'STAFF_CONFIRMED';

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

/** Purpose of a licence use, always tied to a case the staff member may handle. */
export type LicenceUsePurpose =
  /** Read chosen face elements (照面要素查询). */
  | 'FACE_ELEMENT_QUERY'
  /** Check given values against the licence (核验). */
  | 'INFORMATION_CHECK'
  /** Fetch the licence copy (副本) so that the applicant need not upload it as a material (免提交). */
  | 'MATERIAL_EXEMPTION';

/** Who used a licence. */
export type LicenceUserKind =
  /** Staff of this platform, handling a local case. */
  | 'LOCAL_STAFF'
  /** Another province through the national licence-sharing hub. */
  | 'OTHER_REGION';

/** A postal address for mailed results. */
export type MailAddressInput = {
  /** Division code of the address: 6, 9 or 12 digits. */
  divisionCode: string;
  /** Recipient mobile number. */
  mobile: string;
  /** Recipient name, 1 to 50 characters. */
  recipient: string;
  /** Street address, 5 to 200 characters. */
  street: string;
};

/** Form in which a material is submitted. */
export type MaterialForm =
  /** 复印件 copy */
  | 'COPY'
  /** 电子 electronic */
  | 'ELECTRONIC'
  /** 原件 original */
  | 'ORIGINAL';

/** A material attached to an application. */
export type MaterialInput = {
  /** Material code from the item's material list. */
  code: string;
  /** The applicant's consent to fetch the licence from the licences subgraph; required with licenceId. */
  consent?: boolean | null | undefined;
  /** Id of a file uploaded by the applicant or by the filing clerk; omit when licenceId is given. */
  fileId?: string | number | null | undefined;
  /** Id of the applicant's electronic licence that replaces an upload (免提交); the material must name that licence type, and consent must be true. */
  licenceId?: string | number | null | undefined;
};

/** Kind of reconciliation difference. */
export type MismatchKind =
  /** On both, with different amounts. */
  | 'AMOUNT_MISMATCH'
  /** Recorded by the platform, but not on the provider's statement. */
  | 'MISSING_AT_PROVIDER'
  /** On the provider's statement, but the platform has no matching payment or refund. */
  | 'MISSING_ON_PLATFORM';

/** Which side of the marketplace a registration is for. */
export type PartyKind =
  /** 中介服务机构: provides intermediary services. */
  | 'AGENCY'
  /** 委托人: buys intermediary services. */
  | 'CLIENT';

/** Where the applicant pays. */
export type PaymentChannel =
  /** Self-service kiosk (自助终端) in a hall. */
  | 'KIOSK'
  /** Mobile phone. */
  | 'MOBILE'
  /** Web browser on a computer. */
  | 'PC';

/** State of a payment order. */
export type PaymentStatus =
  /** Paid; a receipt was issued. */
  | 'PAID'
  /** Paid, and part of the amount was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Paid, and the whole amount was refunded. */
  | 'REFUNDED'
  /** Waiting for payment; a failed attempt leaves the order here so the applicant can pay again. */
  | 'UNPAID';

/** A case or evaluation figure of a performance report row. */
export type PerformanceCaseFigure =
  /** averageLevel */
  | 'AVERAGE_LEVEL'
  /** casesHandled */
  | 'CASES_HANDLED'
  /** evaluations */
  | 'EVALUATIONS'
  /** satisfied */
  | 'SATISFIED';

/** Kind of personal data in a field, which chooses its desensitisation rule. */
export type PersonalDataKind =
  /** Address: generalised to the township (街道, 镇 or 乡). */
  | 'ADDRESS'
  /** Exact birth date: generalised to the year. */
  | 'BIRTH_DATE'
  /** Resident ID-card number: first 4 and last 4 characters. */
  | 'ID_CARD'
  /** Mobile number: first 3 and last 4 digits. */
  | 'MOBILE'
  /** Person's name: the surname and one * per remaining character. */
  | 'NAME'
  /** Not personal data; a sensitive field of this kind is hidden entirely. */
  | 'NONE'
  /** Other personal data: hidden entirely. */
  | 'OTHER';

/** Paper orientation of a printed licence. */
export type PrintOrientation =
  /** Landscape A4. */
  | 'LANDSCAPE'
  /** Portrait A4. */
  | 'PORTRAIT';

/**
 * Proof of a priority claim at the kiosk. The document number is checked and
 * then discarded: tickets never store it.
 */
export type PriorityClaimInput = {
  /**
   * For ELDERLY, the 18-character resident ID-card number of a person aged 60
   * or more on the service date. For DISABILITY, the 20-character number of a
   * disability certificate: the holder's ID-card number, the disability
   * category (1 to 7) and the grade (1 to 4).
   */
  document: string;
  /** ELDERLY or DISABILITY; APPOINTMENT priority comes only from checkInAppointment. */
  reason: PriorityReason;
};

/** Why a ticket is called before ordinary tickets. */
export type PriorityReason =
  /** Issued at the check-in of an appointment (办事预约). */
  | 'APPOINTMENT'
  /** The holder has a disability, shown by a disability certificate (残疾人证). */
  | 'DISABILITY'
  /** The holder is 60 or older, shown by a resident ID card. */
  | 'ELDERLY';

/** A qualification certificate of an agency. */
export type QualificationInput = {
  /** Certificate number. */
  certificateNo: string;
  /** Name of the qualification, such as 安全评价机构资质. */
  name: string;
  /** Intermediary service the qualification covers. */
  serviceId: string | number;
  /** First day of validity (YYYY-MM-DD). */
  validFrom: string;
  /** Last day of validity (YYYY-MM-DD). */
  validUntil: string;
};

/** State of a refund. */
export type RefundStatus =
  /** Rejected by the provider. */
  | 'FAILED'
  /** Sent to the provider and not yet confirmed. */
  | 'PENDING'
  /** Confirmed by the provider. */
  | 'SUCCEEDED';

/** What a client or an agency registers. */
export type RegistrationInput = {
  /** Registered address. */
  address: string;
  /** Agencies: the prior commitment (事前承诺) shown in the showcase. */
  commitment?: string | null | undefined;
  /** Mobile number of the contact person; never shown publicly. */
  contactMobile: string;
  /** Contact person who maintains the account (专人). */
  contactName: string;
  /** Unified social credit code; full-width characters and lower case are accepted and normalised. */
  creditCode: string;
  /** Scanned documents: every registration needs BUSINESS_LICENCE and REPRESENTATIVE_ID, agencies also QUALIFICATION and COMMITMENT. */
  documents: Array<DocumentInput>;
  /** Registered name, 2 to 100 characters. */
  name: string;
  /** Agencies: qualification certificates; empty for clients. */
  qualifications?: Array<QualificationInput> | null | undefined;
  /** Name of the legal representative. */
  representative: string;
  /** Agencies: the service items offered, each covered by a qualification. */
  serviceIds?: Array<string | number> | null | undefined;
  /** Agencies: practitioners; empty for clients. */
  staff?: Array<StaffInput> | null | undefined;
};

/** Where a registration stands in the admission procedure of Appendix A. */
export type RegistrationState =
  /** Admitted to the marketplace. */
  | 'ADMITTED'
  /** Waiting for the consistency check by the administration, due within 1 working day. */
  | 'CHECKING'
  /** The check found differences; one correction notice lists them all. */
  | 'CORRECTION_REQUIRED'
  /** Agencies only: an objection paused admission and was referred to the industry regulator. */
  | 'OBJECTED'
  /** Agencies only: checked, on public notice for 5 working days. */
  | 'PUBLIC_NOTICE'
  /** Refused after an upheld objection. */
  | 'REFUSED';

/** A sharing request to create. */
export type RequestDatasetSharingInput = {
  /** Dataset to read. */
  datasetId: string | number;
  /** Why the department needs the data, 5 to 500 characters. */
  purpose: string;
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

/** How the agency is selected (3.7.5.2). */
export type SelectionMethod =
  /** 直接选取: the client chooses one registered agency; the announced fee is the price. */
  | 'DIRECT'
  /** 竞价选取: lowest bid in one or more rounds; ties are broken by the verifiable draw. */
  | 'LOWEST_BID'
  /** 随机选取: a verifiable random draw among the registered agencies; the announced fee is the price. */
  | 'RANDOM';

/** State of a sharing request. */
export type SharingRequestStatus =
  /** Approved until expiresAt. */
  | 'APPROVED'
  /** Waiting for the owner department. */
  | 'PENDING'
  /** Rejected by the owner department. */
  | 'REJECTED';

/** Direction of a shipment. */
export type ShipmentDirection =
  /** Application materials from the applicant to the hall. */
  | 'MATERIALS_TO_HALL'
  /** Results, such as a licence, from the hall to the applicant. */
  | 'RESULTS_TO_APPLICANT';

/** Tracking state of a shipment. */
export type ShipmentStatus =
  /** Ordered from the courier; not picked up yet. */
  | 'CREATED'
  /** Delivered and signed for. */
  | 'DELIVERED'
  /** The courier could not deliver it. */
  | 'EXCEPTION'
  /** On its way. */
  | 'IN_TRANSIT'
  /** Out for delivery. */
  | 'OUT_FOR_DELIVERY'
  /** Picked up by the courier. */
  | 'PICKED_UP';

/** Who or what made a seal signature. */
export type SigningMethod =
  /** The server signed automatically, without a person. */
  | 'AUTOMATIC'
  /** A licence officer reviewed the content and confirmed the signature. */
  | 'STAFF_CONFIRMED';

/** Special procedure (特别程序) during which a case's time limit does not run. */
export type SpecialProcedure =
  /** 鉴定 appraisal */
  | 'APPRAISAL'
  /** 专家评审 expert review */
  | 'EXPERT_REVIEW'
  /** 听证 hearing */
  | 'HEARING'
  /** 检验、检测、检疫 inspection, testing or quarantine */
  | 'INSPECTION'
  /** 现场核查 on-site check */
  | 'ON_SITE_CHECK'
  /** 招标、拍卖 tender or auction */
  | 'TENDER_OR_AUCTION';

/** A practitioner of an agency who serves in Chongqing. */
export type StaffInput = {
  /** Practising certificate number. */
  certificateNo: string;
  /** Resident identity card number (18 characters); never shown publicly. */
  idCardNumber: string;
  /** Name. */
  name: string;
  /** Practising qualification, such as 安全评价师. */
  qualification: string;
};

/** Period and jurisdiction of a statistics query; the viewer's own division subtree and department always bound it. */
export type StatisticsFilter = {
  /** Department counted; every department when omitted. A viewer who belongs to a department always counts only it. */
  departmentCode?: string | null | undefined;
  /** Root of the division subtree counted; the viewer's own division when omitted. */
  divisionCode?: string | null | undefined;
  /** First day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive. */
  from: string;
  /** Last day of the period, YYYY-MM-DD in Asia/Shanghai, inclusive; at most 731 days after `from`. */
  to: string;
};

/**
 * Action configureWindows takes on booked appointments that the new windows
 * leave without any open window of their category during their slot
 * (stranded bookings). A stranded booking could be checked in, but no
 * window would ever call its ticket.
 */
export type StrandedAppointmentAction =
  /** Save the change, then cancel every booking the new windows cannot serve and notify each citizen. */
  | 'CANCEL_AND_NOTIFY'
  /** Reject the change with APPOINTMENTS_STRANDED; its extensions give `count`, `categories` and up to 10 `dates` (YYYY-MM-DD, Asia/Shanghai). */
  | 'REJECT';

/** Kind of applicant. */
export type SubjectType =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'NATURAL_PERSON';

/** An application for an item. */
export type SubmitApplicationInput = {
  /** When a clerk or window staff member files on someone's behalf and the applicant already has a SUBMITTED or ACCEPTED case of the item that another clerk or window staff member filed for them, the filing fails with DUPLICATE_APPLICATION (extensions caseNumber and submittedAt) unless this is true. The filer sets it after checking that the application is a different one. */
  allowDuplicate?: boolean | null | undefined;
  /** Optional kind of the applicant; when given, it must match the kind registered in the identity subgraph, which decides the kind. */
  applicantSubjectType?: SubjectType | null | undefined;
  /** Applicant when a clerk or window staff member files on someone's behalf: a natural or legal person registered in their jurisdiction; omit when applying for oneself. */
  applicantUserId?: string | number | null | undefined;
  /** Chongqing division where the application is handled; it must exist in the identity subgraph's division table. */
  divisionCode: string;
  /** Values of the item's form fields by key. Unknown keys are rejected. For a natural-person applicant, applicantIdCard and applicantName must match the registered ID-card number and name. */
  formData: Record<string, unknown>;
  /** Client-generated key of 8 to 100 characters from A-Z a-z 0-9 _ -. A retry with the same key and the same request returns the first case. The same key with a different request fails with CONFLICT. */
  idempotencyKey: string;
  /** Implementation code of the item. */
  itemId: string | number;
  /** Attached materials; every required material of the item must be present. */
  materials: Array<MaterialInput>;
};

/** A consultation, complaint or suggestion. */
export type SubmitInquiryInput = {
  /** Case concerned; must be the submitter's own case, and its department and division receive the inquiry. One of caseId, itemId and departmentCode is required. */
  caseId?: string | number | null | undefined;
  /** Text of 1 to 2000 characters. */
  content: string;
  /** Department to route to when neither an item nor a case is given. */
  departmentCode?: string | null | undefined;
  /** Division to route to: 6, 9 or 12 digits under Chongqing (50). Required when no case is given; ignored when caseId is given, because the case's division receives the inquiry. */
  divisionCode?: string | null | undefined;
  /** Client-generated key of 8 to 100 characters; a retry with the same key returns the first inquiry. */
  idempotencyKey: string;
  /** Item concerned; its department receives the inquiry when no case is given. */
  itemId?: string | number | null | undefined;
  /** Kind. */
  kind: InquiryKind;
  /** Subject of 1 to 100 characters. */
  subject: string;
};

/** Input of issueSupervisionOrder. */
export type SupervisionOrderInput = {
  /** Case concerned; its department and division are used. Omit to address a department directly. */
  caseId?: string | number | null | undefined;
  /** What the department must look into, 1 to 500 characters. */
  content: string;
  /** Department that must reply; required without caseId. */
  departmentCode?: string | null | undefined;
  /** Division concerned, within the supervisor's subtree; required without caseId. */
  divisionCode?: string | null | undefined;
  /** Client-generated key of 8 to 100 characters; a retry returns the first order. */
  idempotencyKey: string;
  /** Working days the department has to reply, 1 to 30. */
  replyWithinWorkingDays: number;
};

/** Status of a supervision order. */
export type SupervisionOrderStatus =
  /** Sent; waiting for the department's reply. */
  | 'OPEN'
  /** Replied by the department. */
  | 'REPLIED';

/** Input of configureSupervisionRules. */
export type SupervisionRulesInput = {
  /** Raise a warning for charges outside the fee list. */
  checkCharges: boolean;
  /** Raise a warning for handling by someone without the role. */
  checkHandlerRoles: boolean;
  /** Raise a warning for skipped steps. */
  checkSkippedSteps: boolean;
  /** Division code within the supervisor's subtree. */
  divisionCode: string;
  /** Version read before editing; 0 when the division has no saved rules. */
  version: number;
  /** Working days left at or below which an open case is in WARNING, 0 to 20. */
  warningWorkingDays: number;
};

/** Kind of supervision warning. */
export type SupervisionWarningKind =
  /** A charge outside the item's fee list. */
  | 'CHARGE_OUTSIDE_FEE_LIST'
  /** The case passed its promised deadline while open. */
  | 'OVERDUE'
  /** A result was reported without a configured step. */
  | 'SKIPPED_STEP'
  /** The case entered the warning period of its time limit. */
  | 'TIME_LIMIT_WARNING'
  /** A step was handled by someone without its role. */
  | 'UNAUTHORIZED_HANDLER';

/**
 * Reason a published statistic is withheld. Viewers who may not read the
 * underlying records get counts from 1 to `threshold` − 1 withheld, together
 * with the cells that would let a reader recompute them from a total.
 */
export type SuppressionReason =
  /** The rate or average is computed from a withheld count, which it would give back. */
  | 'DERIVED'
  /** The count is from 1 to threshold − 1, so it could point to a person. */
  | 'PRIMARY'
  /** The count is withheld so that a PRIMARY count of the same group cannot be derived as the total minus the other published counts. */
  | 'SECONDARY';

/** State of a queue ticket. */
export type TicketStatus =
  /** Called to a window and being served there. */
  | 'CALLED'
  /** Served; the window finished it or called the next ticket. */
  | 'SERVED'
  /** Skipped (过号) because the holder did not come when called; a recall brings it back to a window the same day. */
  | 'SKIPPED'
  /** Waiting to be called, also after a transfer to another window. */
  | 'WAITING';

/** Time-limit status of a case. */
export type TimeLimitStatus =
  /** Decided after the promised deadline. */
  | 'LATE'
  /** Open, with more working days left than the warning threshold of the supervision rules (2 by default). */
  | 'NORMAL'
  /** Not accepted yet, so no time limit runs. */
  | 'NOT_STARTED'
  /** Decided on or before the promised deadline. */
  | 'ON_TIME'
  /** Open after the promised deadline. */
  | 'OVERDUE'
  /** Open, with the clock stopped for a correction or a special procedure. */
  | 'PAUSED'
  /** Open, with as many working days left as the warning threshold or fewer. */
  | 'WARNING';

/** A time range of a day in Asia/Shanghai wall-clock time, such as 09:00 to 12:00. */
export type TimeWindowInput = {
  /** End, HH:MM (Asia/Shanghai), after the start. */
  end: string;
  /** Start, HH:MM (Asia/Shanghai). */
  start: string;
};

/** How often the owner department refreshes a dataset. */
export type UpdateFrequency =
  /** Once a day. */
  | 'DAILY'
  /** Once a month. */
  | 'MONTHLY'
  /** Continuously, as records change. */
  | 'REALTIME'
  /** Once a week. */
  | 'WEEKLY';

/** Input of updateLicenceType. */
export type UpdateLicenceTypeInput = {
  /** Code of the licence type to change. */
  code: string;
  /** Face elements in catalogue order, 1 to 50, with unique keys. */
  faceElements: Array<LicenceFaceElementInput>;
  /** Who may hold a licence of this type. */
  holderRule: LicenceHolderRule;
  /** Print layout. */
  printLayout: LicencePrintLayoutInput;
  /** How licences of this type are signed. */
  signingMode: LicenceSigningMode;
  /** Face element holding an explicit expiry date; null for none. */
  validUntilElement?: string | null | undefined;
  /** Validity in years, 1 to 100; null for no expiry. */
  validYears?: number | null | undefined;
};

/** A material file to upload, base64-encoded. */
export type UploadMaterialInput = {
  /** File content in base64 (RFC 4648 with padding); at most 5 MiB after decoding. */
  contentBase64: string;
  /** File name, 1 to 255 characters, without path separators. */
  fileName: string;
  /** Declared MIME type: image/jpeg, image/png or application/pdf; it must match the content. */
  mimeType: string;
};

/** Kind of user. */
export type UserKind =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'PERSON'
  /** 工作人员 staff member of a department, hall or service point */
  | 'STAFF';

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

/** Kind of service window. */
export type WindowCategory =
  /** 综合窗口: accepts several business categories (一窗综办). */
  | 'COMPREHENSIVE'
  /** 专窗: serves the business of one department. */
  | 'DEDICATED';

/** One window of a hall as its manager configures it. */
export type WindowInput = {
  /** Staff members of the hall (see hallStaff) assigned to the window; may be empty. */
  assignedStaffUserIds: Array<string | number>;
  /** Business categories the window calls; at least one. A dedicated window serves one department's business. */
  businessCategories: Array<BusinessCategory>;
  /** COMPREHENSIVE or DEDICATED. */
  category: WindowCategory;
  /** For a DEDICATED window, a department stationed in the hall; null for a COMPREHENSIVE window. */
  departmentCode?: string | null | undefined;
  /** Whether the window is a mail window (邮寄窗口). */
  mail: boolean;
  /** Window name, 1 to 50 characters. */
  name: string;
  /** Window number, unique within the hall, 1 to 99. */
  number: number;
  /** Whether the window also opens on public holidays of the holiday calendar. Default: false. */
  openOnHolidays?: boolean | null | undefined;
  /** Opening hours of each open day, HH:MM in Asia/Shanghai, not overlapping; an end may be 24:00. */
  openingTimes: Array<TimeWindowInput>;
  /** ISO weekdays the window opens, 1 to 7. */
  weekdays: Array<number>;
};

export type AcceptCaseMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type AcceptCaseMutation = { acceptCase: { id: string, status: CaseStatus, version: number } };

export type AcceptCaseFromOutboxMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AcceptCaseFromOutboxMutation = { acceptCase: { id: string, caseNumber: string, status: CaseStatus } };

export type ActForLegalPersonMutationVariables = Exact<{
  legalPersonId: string | number;
  grantId?: string | number | null | undefined;
}>;


export type ActForLegalPersonMutation = { actForLegalPerson: { auth: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, name: string, roles: Array<string>, divisionCode: string | null, departmentCode: string | null, hallId: string | null } }, legalPerson: { id: string, name: string }, grant: { id: string, validUntilLocal: string } } };

export type AnnouncementRegistrantsQueryVariables = Exact<{
  announcementId: string | number;
}>;


export type AnnouncementRegistrantsQuery = { announcementRegistrants: Array<{ agencyId: string, agencyName: string, registeredAt: string, eligible: boolean, ineligibleReason: string | null, bids: Array<{ round: number, amountFen: number, submittedAt: string }> }> };

export type AnswerInquiryMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type AnswerInquiryMutation = { answerInquiry: { id: string, status: FollowUpStatus, answer: string | null } };

export type ApplicantByIdCardQueryVariables = Exact<{
  idCardNumber: string;
}>;


export type ApplicantByIdCardQuery = { userByIdCard: { id: string } | null };

export type ApplicantProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicantProfileQuery = { me: { id: string, kind: UserKind, name: string, idCardNumber: string | null, mobile: string | null, masked: boolean } | null };

export type ApplicationStatisticsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ApplicationStatisticsQuery = { applicationStatistics: { id: string, name: string, nameEn: string, description: string, threshold: number, csvPath: string, jsonPath: string, publishedAt: string | null, lineCount: number, lines: Array<{ divisionCode: string, itemName: string | null, month: string, submitted: { value: number | null, suppressed: boolean, reason: SuppressionReason | null, marker: string | null }, decided: { value: number | null, suppressed: boolean, reason: SuppressionReason | null, marker: string | null }, decisionRate: { value: number | null, suppressed: boolean, reason: SuppressionReason | null, marker: string | null } }> } };

export type AppointmentSlotsQueryVariables = Exact<{
  hallId: string | number;
  category: BusinessCategory;
  date: string;
}>;


export type AppointmentSlotsQuery = { appointmentSlots: Array<{ startsAt: string, localStart: string, localEnd: string, capacity: number, freePlaces: number }> };

export type ApproveCaseMutationVariables = Exact<{
  id: string | number;
  opinion: string;
  version?: number | null | undefined;
}>;


export type ApproveCaseMutation = { approveCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type BookAppointmentMutationVariables = Exact<{
  hallId: string | number;
  category: BusinessCategory;
  startsAt: string;
  idempotencyKey: string;
}>;


export type BookAppointmentMutation = { bookAppointment: { id: string, localDate: string, localStart: string, placeNumber: number } };

export type CallNextMutationVariables = Exact<{
  hallId: string | number;
  windowNumber: number;
}>;


export type CallNextMutation = { callNext: { id: string, number: string } | null };

export type CancelAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { id: string, status: AppointmentStatus, lateCancellation: boolean } };

export type CancelStrandedAppointmentsMutationVariables = Exact<{
  hallId: string | number;
  idempotencyKey: string;
}>;


export type CancelStrandedAppointmentsMutation = { cancelStrandedAppointments: { id: string, cancelledCount: number } };

export type CaseAcceptanceQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseAcceptanceQuery = { case: { id: string, caseNumber: string, status: CaseStatus, history: Array<{ action: string, actorId: string }> } | null };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
  withFees: boolean;
}>;


export type CaseDetailQuery = { case: { id: string, caseNumber: string, queryCode: string | null, status: CaseStatus, version: number, itemName: string, itemNameEn: string | null, applicantName: string, submittedAt: string, timeLimitStatus: TimeLimitStatus, remainingWorkingDays: number | null, steps: Array<HandlingStep>, item?: { id: string, fees: Array<{ amountFen: number }> }, deadline: { date: string, provisional: boolean } | null, correctionNotices: Array<{ stage: string, issuedAt: string, resolvedAt: string | null, items: Array<{ materialCode: string | null, fieldKey: string | null, description: string }> }>, pauses: Array<{ reason: string, procedure: SpecialProcedure | null, from: string, to: string | null, excludedWorkingDays: number | null }>, documents: Array<{ id: string, kind: IssuedDocumentKind, fileName: string, issuedAt: string }>, history: Array<{ action: string, actorName: string, at: string, opinion: string | null }>, licence: { id: string, identifier: string } | null, paymentOrder: { id: string, status: PaymentStatus, totalFen: number } | null, licenceIssue: { state: LicenceIssueState, attempts: number, lastErrorCode: string | null }, licenceEvents: Array<{ id: string, kind: LicenceEventKind, identifier: string, newIdentifier: string | null, reason: string | null, changedElements: Array<string>, at: string }> } | null };

export type CaseDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDocumentQuery = { caseDocument: { id: string, fileName: string, mimeType: string, contentBase64: string } | null };

export type CaseProgressQueryVariables = Exact<{
  caseNumber: string;
  idNumberSuffix: string;
  queryCode: string;
}>;


export type CaseProgressQuery = { caseProgress: { caseNumber: string, itemName: string, itemNameEn: string | null, applicantName: string, status: CaseStatus, submittedAt: string, timeLimitStatus: TimeLimitStatus, deadline: { date: string, provisional: boolean } | null, steps: Array<{ action: string, at: string }> } | null };

export type CaseServicesQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseServicesQuery = { case: { id: string, caseNumber: string, itemName: string, status: CaseStatus, paymentOrder: { id: string, status: PaymentStatus, totalFen: number } | null, delivery: { mailMaterials: boolean, mailResults: boolean, address: { recipient: string, mobile: string, street: string, divisionCode: string } | null } | null, shipments: Array<{ id: string, direction: ShipmentDirection, waybillNumber: string | null, status: ShipmentStatus, tracking: Array<{ status: ShipmentStatus, description: string, at: string }> }>, evaluation: { level: EvaluationLevel, reasons: Array<string>, comment: string | null, createdAt: string } | null } | null };

export type ChangeLicenceMutationVariables = Exact<{
  id: string | number;
  data: Record<string, unknown>;
  reason: string;
}>;


export type ChangeLicenceMutation = { changeLicence: { id: string, identifier: string } };

export type CheckInAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckInAppointmentMutation = { checkInAppointment: { id: string, status: AppointmentStatus, ticket: { id: string, number: string } | null } };

export type ChooseDeliveryMutationVariables = Exact<{
  input: ChooseDeliveryInput;
  idempotencyKey: string;
}>;


export type ChooseDeliveryMutation = { chooseDelivery: { mailMaterials: boolean, mailResults: boolean } };

export type ClearingReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ClearingReportQuery = { clearingReport: Array<{ fiscalAccount: string, payments: number, paidFen: number, refundedFen: number, netFen: number }> };

export type ConfigureAppointmentSlotsMutationVariables = Exact<{
  hallId: string | number;
  category: BusinessCategory;
  weekdays: Array<number> | number;
  timeWindows: Array<TimeWindowInput> | TimeWindowInput;
  slotMinutes: number;
  capacity: number;
}>;


export type ConfigureAppointmentSlotsMutation = { configureAppointmentSlots: { category: BusinessCategory } };

export type ConfigureHallMutationVariables = Exact<{
  hallId: string | number;
  input: HallSettingsInput;
}>;


export type ConfigureHallMutation = { configureHall: { id: string, openingHours: string, phone: string, departmentCodes: Array<string> } };

export type ConfigureItemWorkflowMutationVariables = Exact<{
  input: ItemWorkflowInput;
}>;


export type ConfigureItemWorkflowMutation = { configureItemWorkflow: { itemId: string, steps: Array<HandlingStep>, handledBy: HandlingSystem, departmentSystemId: string | null, isDefault: boolean, version: number } };

export type ConfigureSupervisionRulesMutationVariables = Exact<{
  input: SupervisionRulesInput;
}>;


export type ConfigureSupervisionRulesMutation = { configureSupervisionRules: { divisionCode: string, warningWorkingDays: number, checkSkippedSteps: boolean, checkCharges: boolean, checkHandlerRoles: boolean, isDefault: boolean, version: number } };

export type ConfigureWindowsMutationVariables = Exact<{
  hallId: string | number;
  windows: Array<WindowInput> | WindowInput;
  strandedAppointments?: StrandedAppointmentAction | null | undefined;
}>;


export type ConfigureWindowsMutation = { configureWindows: { id: string, cancelledAppointmentCount: number | null, windows: Array<{ id: string, number: number }> } };

export type ConfirmLicenceSignatureMutationVariables = Exact<{
  id: string | number;
  contentDigest: string;
}>;


export type ConfirmLicenceSignatureMutation = { confirmLicenceSignature: { id: string, status: LicenceStatus } };

export type ConfirmMarketplaceSelectionMutationVariables = Exact<{
  announcementId: string | number;
  expectedVersion: number;
}>;


export type ConfirmMarketplaceSelectionMutation = { confirmSelection: { id: string, state: AnnouncementState } };

export type CorrectMarketplaceRegistrationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: RegistrationInput;
}>;


export type CorrectMarketplaceRegistrationMutation = { correctRegistration: { id: string, state: RegistrationState } };

export type CountyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountyChoicesQuery = { divisions: Array<{ code: string, children: Array<{ code: string, name: string, nameEn: string }> }> };

export type CreateLicenceTypeMutationVariables = Exact<{
  input: CreateLicenceTypeInput;
}>;


export type CreateLicenceTypeMutation = { createLicenceType: { code: string } };

export type CreateSealMutationVariables = Exact<{
  input: CreateSealInput;
}>;


export type CreateSealMutation = { createSeal: { id: string, status: SealStatus } };

export type CreateShipmentMutationVariables = Exact<{
  input: CreateShipmentInput;
}>;


export type CreateShipmentMutation = { createShipment: { id: string, waybillNumber: string | null, status: ShipmentStatus } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, name: string, roles: Array<string>, divisionCode: string | null, departmentCode: string | null, hallId: string | null } | null };

export type DataCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type DataCatalogueQuery = { datasets: Array<{ id: string, name: string, nameEn: string, description: string, ownerDepartmentCode: string, updateFrequency: UpdateFrequency, open: boolean, rowCount: number, fields: Array<{ name: string, description: string, classification: FieldClassification, personalDataKind: PersonalDataKind }> }> };

export type DatasetRowsQueryVariables = Exact<{
  datasetId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DatasetRowsQuery = { datasetRows: { nextAfter: string | null, rows: Array<{ key: string, divisionCode: string, values: Array<{ field: string, value: string | null, masked: boolean }> }> } };

export type DecideSharingRequestMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  expiresAt?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type DecideSharingRequestMutation = { decideSharingRequest: { id: string, status: SharingRequestStatus, active: boolean, expiresAt: string | null } };

export type DelegateItemMutationVariables = Exact<{
  itemId: string | number;
  divisionCodes: Array<string> | string;
  reason: string;
}>;


export type DelegateItemMutation = { delegateItem: Array<{ id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } }> };

export type DeliverCaseMutationVariables = Exact<{
  id: string | number;
  method: DeliveryMethod;
  version?: number | null | undefined;
}>;


export type DeliverCaseMutation = { deliverCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ code: string, name: string, nameEn: string }> };

export type DesignateWindowManagerMutationVariables = Exact<{
  hallId: string | number;
  staffUserId: string | number;
}>;


export type DesignateWindowManagerMutation = { designateWindowManager: boolean };

export type DivisionChildrenQueryVariables = Exact<{
  parentCode: string;
}>;


export type DivisionChildrenQuery = { divisions: Array<{ code: string, name: string, nameEn: string }> };

export type DutyRostersQueryVariables = Exact<{
  hallId: string | number;
  from: string;
  to: string;
}>;


export type DutyRostersQuery = { dutyRosters: Array<{ date: string, duties: Array<{ staffUserId: string, staffName: string, shift: DutyShift, window: { number: number, name: string } }> }> };

export type EvaluateCaseMutationVariables = Exact<{
  input: EvaluateCaseInput;
}>;


export type EvaluateCaseMutation = { evaluateCase: { id: string, level: EvaluationLevel } };

export type ExportLicencesQueryVariables = Exact<{
  licenceTypeCode: string;
  departmentCode: string;
}>;


export type ExportLicencesQuery = { exportLicences: { fileName: string, mediaType: string, contentBase64: string, rows: number } };

export type FileComplaintMutationVariables = Exact<{
  input: ComplaintInput;
  idempotencyKey: string;
}>;


export type FileComplaintMutation = { fileComplaint: { id: string, state: string } };

export type FindLicencesQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type FindLicencesQuery = { findLicences: Array<{ id: string, identifier: string, version: number, status: LicenceStatus, statusReason: string | null, holderName: string, holderIdNumber: string, issuedAt: string, validUntil: string | null, type: { name: string, faceElements: Array<{ key: string, label: string, valueType: LicenceFaceElementType, required: boolean }> }, faceElements: Array<{ key: string, label: string, value: string | null }>, versions: Array<{ identifier: string, version: number, status: LicenceStatus, issuedAt: string, reason: string | null, changedElements: Array<string> }>, events: Array<{ id: string, kind: LicenceEventKind, reason: string | null, newIdentifier: string | null, at: string }> }> };

export type FinishTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type FinishTicketMutation = { finishTicket: { id: string, status: TicketStatus } };

export type HallAdministrationQueryVariables = Exact<{
  hallId: string | number;
}>;


export type HallAdministrationQuery = { hallStaff: Array<{ staffUserId: string, staffName: string, windowManager: boolean }>, appointmentSlotRules: Array<{ category: BusinessCategory, weekdays: Array<number>, slotMinutes: number, capacity: number, timeWindows: Array<{ start: string, end: string }> }>, strandedAppointments: Array<{ id: string, category: BusinessCategory, localDate: string, localStart: string, placeNumber: number }> };

export type HallDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type HallDetailQuery = { hall: { id: string, name: string, nameEn: string, address: string, openingHours: string, phone: string, departmentCodes: Array<string>, windows: Array<{ id: string, number: number, name: string, category: WindowCategory, businessCategories: Array<BusinessCategory>, departmentCode: string | null, mail: boolean, weekdays: Array<number>, openOnHolidays: boolean, assignedStaffUserIds: Array<string>, openingTimes: Array<{ start: string, end: string }> }> } | null };

export type HallNoticesQueryVariables = Exact<{
  hallId: string | number;
}>;


export type HallNoticesQuery = { hallNotices: Array<{ id: string, title: string, body: string, publishedAt: string, publishedByName: string, readByMe: boolean, readCount: number, receipts: Array<{ staffUserId: string, staffName: string, readAt: string }> | null }> };

export type HallPerformanceQueryVariables = Exact<{
  hallId: string | number;
  from: string;
  to: string;
}>;


export type HallPerformanceQuery = { hallPerformance: { from: string, to: string, caseStatsAvailable: boolean, hall: { id: string, name: string, nameEn: string }, staff: Array<{ staffUserId: string, staffName: string, ticketsServed: number, ticketsSkipped: number, ticketsTransferred: number, averageWaitSeconds: number | null, averageServiceSeconds: number | null, daysPresent: number, leaveDays: number, casesHandled: number | null, evaluations: number | null, satisfied: number | null, averageLevel: number | null, withheld: Array<{ figure: PerformanceCaseFigure, reason: SuppressionReason, marker: string, threshold: number }> }>, windows: Array<{ ticketsServed: number, ticketsSkipped: number, ticketsTransferred: number, averageWaitSeconds: number | null, averageServiceSeconds: number | null, daysStaffed: number, window: { id: string, number: number, name: string } }> } };

export type HallPerformanceCsvQueryVariables = Exact<{
  hallId: string | number;
  from: string;
  to: string;
}>;


export type HallPerformanceCsvQuery = { hallPerformanceCsv: string };

export type HallsDirectoryQueryVariables = Exact<{
  divisionCode?: string | null | undefined;
}>;


export type HallsDirectoryQuery = { halls: Array<{ id: string, name: string, nameEn: string, level: HallLevel }> };

export type HandleComplaintMutationVariables = Exact<{
  id: string | number;
  upheld: boolean;
  reply: string;
}>;


export type HandleComplaintMutation = { handleComplaint: { id: string, state: string } };

export type HeldLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type HeldLicencesQuery = { myLicences: Array<{ id: string, identifier: string, status: LicenceStatus, type: { code: string, name: string } }> };

export type ImportLicencesMutationVariables = Exact<{
  input: ImportLicencesInput;
}>;


export type ImportLicencesMutation = { importLicences: { id: string, encoding: string, total: number, imported: number, identifiers: Array<string>, rejections: Array<{ row: number, legacyNumber: string | null, code: string, field: string | null, message: string }> } };

export type IntermediaryAnnouncementsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IntermediaryAnnouncementsQuery = { announcements: Array<{ id: string, projectName: string, clientName: string, state: AnnouncementState, method: SelectionMethod, feeFen: number, registrationDeadline: string, selectionTime: string, registrationCount: number, seedCommitment: string, revealedSeed: string | null, service: { name: string } | null, selection: { agencyId: string, agencyName: string, priceFen: number } | null }>, resultNotices: Array<{ announcementId: string, text: string, publishedAt: string }> };

export type IntermediaryShowcaseQueryVariables = Exact<{
  serviceId?: string | number | null | undefined;
  keyword?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type IntermediaryShowcaseQuery = { intermediaryServices: Array<{ id: string, code: string, name: string }>, agencies: Array<{ id: string, name: string, creditCode: string, representative: string, address: string, commitment: string | null, completedEngagements: number, qualifications: Array<{ name: string, certificateNo: string, validUntil: string }>, staff: Array<{ name: string, qualification: string }>, offers: Array<{ serviceId: string, validUntil: string, service: { name: string } | null }>, credit: { evaluations: number, quality: number | null, timeliness: number | null, attitude: number | null, fees: number | null, conduct: number | null, lateContracts: number, upheldComplaints: number } }>, agenciesOnNotice: Array<{ id: string, name: string, creditCode: string, offers: Array<{ serviceId: string, service: { name: string } | null }> }>, complaintChannels: Array<{ name: string, phone: string, email: string, address: string }> };

export type IntermediarySupervisionQueryVariables = Exact<{ [key: string]: never; }>;


export type IntermediarySupervisionQuery = { intermediarySupervision: { lateness: Array<{ kind: string, recordId: string, partyName: string, dueDate: string, open: boolean }>, openObjections: Array<{ id: string, text: string, raisedAt: string }>, announcementsUnderReview: Array<{ id: string, projectName: string, flags: Array<{ clause: string, reason: string }> }>, withdrawalRequests: Array<{ id: string, projectName: string, withdrawal: { reasonCode: string, reason: string } | null }>, openComplaints: Array<{ id: string, text: string, filedAt: string }> } };

export type IssueSupervisionOrderMutationVariables = Exact<{
  input: SupervisionOrderInput;
}>;


export type IssueSupervisionOrderMutation = { issueSupervisionOrder: { id: string, status: SupervisionOrderStatus, replyDueDate: string } };

export type ItemDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemDetailQuery = { item: { id: string, name: string, nameEn: string, version: number, legalBasis: string, conditions: Array<string>, statutoryLimitDays: number, promisedLimitDays: number, deliveryMethods: Array<ItemDeliveryMethod>, onlineDepth: number, consultationPhone: string, department: { code: string, name: string, nameEn: string }, materials: Array<{ code: string, name: string, required: boolean, form: MaterialForm, count: number, licenceTypeCode: string | null, blankFormUrl: string | null, exampleUrl: string | null }>, formFields: Array<{ key: string, label: string, type: FormFieldType, required: boolean, options: Array<string>, maxLength: number | null }>, fees: Array<{ name: string, amountFen: number }>, processSteps: Array<{ name: string, description: string, limitDays: number | null }>, handlingPlaces: Array<{ name: string, address: string, hours: string }>, faqs: Array<{ question: string, answer: string }> } | null };

export type ItemDraftsQueryVariables = Exact<{
  status?: ItemVersionStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type ItemDraftsQuery = { itemDrafts: Array<{ id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, basedOnVersion: number | null, createdByName: string, createdAt: string, publishedAt: string | null, delegation: { sourceItemId: string, sourceVersion: number, reason: string } | null, reviews: Array<{ stage: ItemReviewStage, approved: boolean, reasons: Array<string>, reviewerName: string, at: string }>, content: { name: string } }> };

export type ItemStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ItemStatisticsQuery = { itemStatistics: { total: number, byDepartment: Array<{ key: string, count: number }>, byType: Array<{ key: string, count: number }>, byDepth: Array<{ key: string, count: number }>, byLevel: Array<{ key: string, count: number }> } };

export type ItemVersionDetailQueryVariables = Exact<{
  itemId: string | number;
  version: number;
}>;


export type ItemVersionDetailQuery = { itemVersion: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, basedOnVersion: number | null, createdByName: string, createdAt: string, publishedAt: string | null, delegation: { sourceItemId: string, sourceVersion: number, reason: string } | null, reviews: Array<{ stage: ItemReviewStage, approved: boolean, reasons: Array<string>, reviewerName: string, at: string }>, content: { name: string, nameEn: string, aliases: Array<string>, themes: Array<string>, keywords: Array<string>, subjectTypes: Array<SubjectType>, legalBasis: string, conditions: Array<string>, statutoryLimitDays: number, promisedLimitDays: number, deliveryMethods: Array<ItemDeliveryMethod>, onlineDepth: number, consultationPhone: string, licenceTypeCode: string | null, materials: Array<{ code: string, name: string, required: boolean, form: MaterialForm, count: number, licenceTypeCode: string | null, blankFormUrl: string | null, exampleUrl: string | null }>, formFields: Array<{ key: string, label: string, type: FormFieldType, required: boolean, options: Array<string>, maxLength: number | null }>, fees: Array<{ name: string, amountFen: number, basis: string }>, processSteps: Array<{ name: string, description: string, limitDays: number | null }>, handlingPlaces: Array<{ name: string, address: string, hours: string }>, faqs: Array<{ question: string, answer: string }> } } | null, item: { id: string, version: number, versions: Array<{ version: number, status: ItemVersionStatus }> } | null };

export type ItemVersionDiffQueryVariables = Exact<{
  itemId: string | number;
  fromVersion: number;
  toVersion: number;
}>;


export type ItemVersionDiffQuery = { itemVersionDiff: Array<{ path: string, kind: ItemChangeKind, before: string | null, after: string | null }> };

export type ItemWorkflowQueryVariables = Exact<{
  itemId: string | number;
}>;


export type ItemWorkflowQuery = { itemWorkflow: { itemId: string, steps: Array<HandlingStep>, handledBy: HandlingSystem, departmentSystemId: string | null, isDefault: boolean, version: number } };

export type LicenceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type LicenceCatalogueQuery = { licenceTypes: Array<{ code: string, name: string, validYears: number | null, department: { code: string }, faceElements: Array<{ label: string }> }> };

export type LicenceDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type LicenceDownloadQuery = { licence: { id: string, identifier: string, printHtml: string, signedContent: string, signature: { sealId: string, algorithm: string, certificateSerial: string, value: string | null, signedAt: string } | null } | null };

export type LicenceTypeDetailQueryVariables = Exact<{
  code: string;
}>;


export type LicenceTypeDetailQuery = { licenceType: { code: string, name: string, nameEn: string, validYears: number | null, validUntilElement: string | null, holderRule: LicenceHolderRule, signingMode: LicenceSigningMode, department: { code: string }, faceElements: Array<{ key: string, label: string, labelEn: string, required: boolean, valueType: LicenceFaceElementType }>, printLayout: { title: string, orientation: PrintOrientation, elementOrder: Array<string> }, itemLinks: Array<{ itemId: string, relation: LicenceItemRelation, materialCode: string | null }> } | null };

export type LicenceTypesForImportQueryVariables = Exact<{ [key: string]: never; }>;


export type LicenceTypesForImportQuery = { licenceTypes: Array<{ code: string, name: string, department: { code: string } }> };

export type LicencesAwaitingSignatureQueryVariables = Exact<{ [key: string]: never; }>;


export type LicencesAwaitingSignatureQuery = { licencesAwaitingSignature: Array<{ id: string, identifier: string, holderName: string, issuerDepartmentCode: string, issuedAt: string, validUntil: string | null, contentDigest: string, type: { name: string }, faceElements: Array<{ key: string, label: string, value: string | null }> }> };

export type LinkLicenceTypeItemMutationVariables = Exact<{
  licenceTypeCode: string;
  itemId: string | number;
  relation: LicenceItemRelation;
  materialCode?: string | null | undefined;
}>;


export type LinkLicenceTypeItemMutation = { linkLicenceTypeItem: { code: string } };

export type MarkNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNoticeReadMutation = { markNoticeRead: { id: string, readByMe: boolean, readCount: number } };

export type MarketplaceChallengeMutationVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceChallengeMutation = { certificateChallenge: { id: string, nonce: string } };

export type MarketplaceRegistrationQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceRegistrationQuery = { registration: { id: string, kind: PartyKind, version: number, name: string, creditCode: string, representative: string, contactName: string, contactMobile: string, address: string, commitment: string | null, qualifications: Array<{ serviceId: string, name: string, certificateNo: string, validFrom: string, validUntil: string }>, staff: Array<{ name: string, idCardNumber: string, qualification: string, certificateNo: string }>, offers: Array<{ serviceId: string }> } | null };

export type MarketplaceSignInMutationVariables = Exact<{
  challengeId: string | number;
  signature: string;
}>;


export type MarketplaceSignInMutation = { certificateSignIn: { fingerprint: string, expiresAt: string } };

export type MyAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgenciesQuery = { myAgencies: Array<{ legalPerson: { id: string, name: string, creditCode: string }, grants: Array<{ id: string, itemCodes: Array<string>, validUntil: string, validUntilLocal: string, status: AgentGrantStatus }> }> };

export type MyAppointmentNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppointmentNotificationsQuery = { myAppointmentNotifications: Array<{ id: string, kind: AppointmentNotificationKind, text: string, sentAt: string, appointment: { id: string, category: BusinessCategory, localDate: string, localStart: string, localEnd: string, hall: { id: string, name: string, nameEn: string } } }> };

export type MyAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppointmentsQuery = { myAppointments: Array<{ id: string, category: BusinessCategory, localDate: string, localStart: string, placeNumber: number, status: AppointmentStatus, lateCancellation: boolean, cancelledBy: AppointmentCanceller | null, hall: { id: string, name: string, nameEn: string }, ticket: { id: string, number: string } | null }> };

export type MyCasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyCasesQuery = { myCases: Array<{ id: string, caseNumber: string, status: CaseStatus, itemName: string, itemNameEn: string | null, submittedAt: string, deadline: { date: string, provisional: boolean } | null, licence: { id: string, identifier: string } | null }> };

export type MyLicenceUsesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLicenceUsesQuery = { myLicenceUses: Array<{ id: string, identifier: string, purpose: LicenceUsePurpose, userKind: LicenceUserKind, caseReference: string, userName: string, organisation: string, usedAt: string }> };

export type MyLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLicencesQuery = { myLicences: Array<{ id: string, identifier: string, issuedAt: string, validUntil: string | null, status: LicenceStatus, holderName: string, verificationUrl: string, verificationQrSvg: string, type: { name: string } }> };

export type MyMarketplaceQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMarketplaceQuery = { intermediaryServices: Array<{ id: string, code: string, name: string }>, myRegistrations: Array<{ id: string, kind: PartyKind, state: RegistrationState, admitted: boolean, version: number, name: string, creditCode: string, checkDueDate: string, correctionNotices: Array<{ round: number, corrections: Array<{ field: string, problem: string }> }>, certificate: { fingerprint: string, validUntil: string, revocation: { reason: string, revokedAt: string } | null } | null }>, myAnnouncements: Array<{ id: string, projectName: string, state: AnnouncementState, version: number, method: SelectionMethod, registrationCount: number, bidRound: number, selection: { agencyName: string, priceFen: number, confirmedAt: string | null } | null }>, myEngagements: Array<{ id: string, state: EngagementState, priceFen: number, clientId: string, agencyId: string, contractDueDate: string | null, completionDueDate: string | null, announcement: { id: string, projectName: string } }> };

export type MyServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyServicesQuery = { myPaymentOrders: Array<{ id: string, caseNumber: string, itemName: string, totalFen: number, status: PaymentStatus, paidAt: string | null, refundedFen: number, receipt: { number: string } | null }>, myShipments: Array<{ id: string, caseNumber: string, direction: ShipmentDirection, waybillNumber: string | null, status: ShipmentStatus, tracking: Array<{ status: ShipmentStatus, description: string, at: string }> }>, myEvaluations: Array<{ id: string, caseNumber: string, itemName: string, level: EvaluationLevel, comment: string | null, createdAt: string }>, myInquiries: Array<{ id: string, kind: InquiryKind, subject: string, status: FollowUpStatus, answer: string | null, overdue: boolean, createdAt: string, deadline: { date: string } }> };

export type NotAcceptCaseMutationVariables = Exact<{
  id: string | number;
  reason: string;
  version?: number | null | undefined;
}>;


export type NotAcceptCaseMutation = { notAcceptCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type ObjectToRegistrationMutationVariables = Exact<{
  id: string | number;
  text: string;
  idempotencyKey: string;
}>;


export type ObjectToRegistrationMutation = { objectToRegistration: { id: string, state: string } };

export type OpenDatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenDatasetsQuery = { openDatasets: Array<{ csvPath: string, jsonPath: string, publishedAt: string | null, rowCount: number, dataset: { id: string, name: string, nameEn: string, description: string, ownerDepartmentCode: string, updateFrequency: UpdateFrequency }, fields: Array<{ name: string, description: string }> }> };

export type OpenMarketplaceBidRoundMutationVariables = Exact<{
  announcementId: string | number;
  expectedVersion: number;
}>;


export type OpenMarketplaceBidRoundMutation = { openBidRound: { id: string, state: AnnouncementState, version: number, bidRound: number } };

export type OpenPaymentOrderMutationVariables = Exact<{
  caseId: string | number;
  idempotencyKey: string;
}>;


export type OpenPaymentOrderMutation = { openPaymentOrder: { id: string, status: PaymentStatus, totalFen: number } };

export type PaymentOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentOrderQuery = { paymentOrder: { id: string, caseNumber: string, itemName: string, totalFen: number, status: PaymentStatus, channel: PaymentChannel | null, payUrl: string | null, paidAt: string | null, lastFailure: string | null, refundedFen: number, lines: Array<{ name: string, amountFen: number, basis: string }>, receipt: { number: string, payerName: string, amountFen: number, issuedAt: string } | null, refunds: Array<{ id: string, amountFen: number, status: RefundStatus }> } | null };

export type PerformMarketplaceSelectionMutationVariables = Exact<{
  announcementId: string | number;
  expectedVersion: number;
  agencyId?: string | number | null | undefined;
}>;


export type PerformMarketplaceSelectionMutation = { performSelection: { id: string, state: AnnouncementState } };

export type PublicCasesQueryVariables = Exact<{
  itemId?: string | number | null | undefined;
  first?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PublicCasesQuery = { publicCases: Array<{ caseNumber: string, itemName: string, itemNameEn: string | null, applicantName: string, applicantIdNumber: string | null, applicantPhone: string | null, status: CaseStatus, submittedAt: string, decidedAt: string | null, completedAt: string | null }> };

export type PublishItemVersionMutationVariables = Exact<{
  itemId: string | number;
  version: number;
}>;


export type PublishItemVersionMutation = { publishItemVersion: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } } };

export type PublishMarketplaceAnnouncementMutationVariables = Exact<{
  input: AnnouncementInput;
  idempotencyKey: string;
}>;


export type PublishMarketplaceAnnouncementMutation = { publishAnnouncement: { id: string, state: AnnouncementState, flags: Array<{ clause: string, reason: string }> } };

export type PublishNoticeMutationVariables = Exact<{
  hallId: string | number;
  title: string;
  body: string;
  idempotencyKey: string;
}>;


export type PublishNoticeMutation = { publishNotice: { id: string } };

export type QueueMonitorQueryVariables = Exact<{
  hallId: string | number;
}>;


export type QueueMonitorQuery = { queueMonitor: { waitingCount: number, maxWaitSeconds: number, asOf: string, hall: { id: string, name: string, nameEn: string }, categories: Array<{ category: BusinessCategory, waitingCount: number, maxWaitSeconds: number }>, windows: Array<{ waitingCount: number, servedToday: number, averageServiceSeconds: number | null, currentServiceSeconds: number | null, window: { id: string, number: number, name: string }, currentTicket: { id: string, number: string } | null }>, recentCalls: Array<{ id: string, number: string, windowNumber: number | null }> } };

export type RecallTicketMutationVariables = Exact<{
  id: string | number;
  windowNumber: number;
}>;


export type RecallTicketMutation = { recallTicket: { id: string, status: TicketStatus, recallCount: number } };

export type ReconcilePaymentsMutationVariables = Exact<{
  date: string;
}>;


export type ReconcilePaymentsMutation = { reconcilePayments: { date: string, statementLines: number, platformRecords: number, mismatches: Array<{ kind: MismatchKind, orderId: string, refundId: string | null, platformFen: number | null, providerFen: number | null }> } };

export type RefreshPaymentOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type RefreshPaymentOrderMutation = { refreshPaymentOrder: { id: string, status: PaymentStatus, paidAt: string | null, lastFailure: string | null, receipt: { number: string, payerName: string, amountFen: number, issuedAt: string } | null } };

export type RefreshShipmentTrackingMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshShipmentTrackingMutation = { refreshShipmentTracking: { id: string, status: ShipmentStatus, tracking: Array<{ status: ShipmentStatus, description: string, at: string }> } };

export type RefundPaymentMutationVariables = Exact<{
  orderId: string | number;
  amountFen: number;
  reason: string;
  idempotencyKey: string;
}>;


export type RefundPaymentMutation = { refundPayment: { id: string, totalFen: number, refundedFen: number, status: PaymentStatus, refunds: Array<{ id: string, amountFen: number, reason: string, status: RefundStatus }> } };

export type RegisterForMarketplaceAnnouncementMutationVariables = Exact<{
  announcementId: string | number;
}>;


export type RegisterForMarketplaceAnnouncementMutation = { registerForAnnouncement: { id: string, registrationCount: number } };

export type RegisterMarketplaceAgencyMutationVariables = Exact<{
  input: RegistrationInput;
  idempotencyKey: string;
}>;


export type RegisterMarketplaceAgencyMutation = { registerAgency: { id: string, state: RegistrationState } };

export type RegisterMarketplaceCertificateMutationVariables = Exact<{
  input: CertificateInput;
}>;


export type RegisterMarketplaceCertificateMutation = { registerCertificate: { fingerprint: string, validUntil: string } };

export type RegisterMarketplaceClientMutationVariables = Exact<{
  input: RegistrationInput;
  idempotencyKey: string;
}>;


export type RegisterMarketplaceClientMutation = { registerClient: { id: string, state: RegistrationState } };

export type RegisterMarketplaceCompletionMutationVariables = Exact<{
  engagementId: string | number;
  deliverableReceivedOn: string;
  evaluation: EvaluationInput;
  lateReason?: string | null | undefined;
}>;


export type RegisterMarketplaceCompletionMutation = { registerCompletion: { id: string, state: EngagementState } };

export type RejectCaseMutationVariables = Exact<{
  id: string | number;
  reason: string;
  version?: number | null | undefined;
}>;


export type RejectCaseMutation = { rejectCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type ReplySupervisionOrderMutationVariables = Exact<{
  id: string | number;
  reply: string;
  version: number;
}>;


export type ReplySupervisionOrderMutation = { replySupervisionOrder: { id: string, status: SupervisionOrderStatus, reply: string | null, version: number } };

export type RequestCorrectionMutationVariables = Exact<{
  id: string | number;
  corrections: Array<CorrectionItemInput> | CorrectionItemInput;
  version?: number | null | undefined;
}>;


export type RequestCorrectionMutation = { requestCorrection: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type RequestDatasetSharingMutationVariables = Exact<{
  input: RequestDatasetSharingInput;
  idempotencyKey: string;
}>;


export type RequestDatasetSharingMutation = { requestDatasetSharing: { id: string, status: SharingRequestStatus } };

export type RequestPasswordResetMutationVariables = Exact<{
  account: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { message: string, codeValidMinutes: number } };

export type ResetPasswordMutationVariables = Exact<{
  account: string;
  code: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ResolveRectificationMutationVariables = Exact<{
  id: string | number;
  resolution: string;
}>;


export type ResolveRectificationMutation = { resolveRectification: { id: string, status: FollowUpStatus, resolution: string | null } };

export type ResumeCaseMutationVariables = Exact<{
  id: string | number;
  opinion?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ResumeCaseMutation = { resumeCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type ReviewCaseMutationVariables = Exact<{
  id: string | number;
  opinion: string;
  version?: number | null | undefined;
}>;


export type ReviewCaseMutation = { reviewCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type ReviewItemDraftForDepartmentMutationVariables = Exact<{
  itemId: string | number;
  version: number;
  expectedRevision: number;
  approve: boolean;
  reasons: Array<string> | string;
}>;


export type ReviewItemDraftForDepartmentMutation = { reviewItemDraftForDepartment: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } } };

export type ReviewItemDraftForLegalityMutationVariables = Exact<{
  itemId: string | number;
  version: number;
  expectedRevision: number;
  approve: boolean;
  reasons: Array<string> | string;
}>;


export type ReviewItemDraftForLegalityMutation = { reviewItemDraftForLegality: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } } };

export type RevokeLicenceMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeLicenceMutation = { revokeLicence: { id: string, status: LicenceStatus } };

export type RevokeSealMutationVariables = Exact<{
  id: string | number;
  reason: string;
  reasonCode?: SealRevocationReason | null | undefined;
  compromisedAt?: string | null | undefined;
}>;


export type RevokeSealMutation = { revokeSeal: { id: string, status: SealStatus, revocationReasonCode: SealRevocationReason | null, compromisedAt: string | null } };

export type SealsQueryVariables = Exact<{ [key: string]: never; }>;


export type SealsQuery = { seals: Array<{ id: string, name: string, departmentCode: string, algorithm: string, certificateSerial: string, publicKeyFingerprint: string, validFrom: string, validTo: string, status: SealStatus, revokedAt: string | null, revocationReason: string | null, revocationReasonCode: SealRevocationReason | null, compromisedAt: string | null }> };

export type SearchItemsQueryVariables = Exact<{
  keyword?: string | null | undefined;
  first?: number | null | undefined;
  departmentCode?: string | null | undefined;
  subjectType?: SubjectType | null | undefined;
  minOnlineDepth?: number | null | undefined;
  divisionCode?: string | null | undefined;
}>;


export type SearchItemsQuery = { searchItems: Array<{ id: string, name: string, nameEn: string, statutoryLimitDays: number, promisedLimitDays: number, onlineDepth: number, department: { code: string, name: string, nameEn: string } }> };

export type ServiceDeskQueryVariables = Exact<{
  hallId: string | number;
  withHall: boolean;
  withDepartment: boolean;
}>;


export type ServiceDeskQuery = { hallShipments?: Array<{ id: string, caseNumber: string, direction: ShipmentDirection, waybillNumber: string | null, status: ShipmentStatus, createdAt: string }>, departmentInquiries?: Array<{ id: string, kind: InquiryKind, subject: string, content: string, submitterName: string, status: FollowUpStatus, overdue: boolean, answer: string | null, deadline: { date: string } }>, rectificationTasks?: Array<{ id: string, caseNumber: string, status: FollowUpStatus, overdue: boolean, resolution: string | null, deadline: { date: string } }> };

export type SetDutyRosterMutationVariables = Exact<{
  hallId: string | number;
  date: string;
  duties: Array<DutyInput> | DutyInput;
}>;


export type SetDutyRosterMutation = { setDutyRoster: { date: string } };

export type SharingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharingRequestsQuery = { sharingRequests: Array<{ id: string, requestingDepartmentCode: string, purpose: string, status: SharingRequestStatus, active: boolean, requestedAt: string, expiresAt: string | null, decisionNote: string | null, dataset: { id: string, name: string, ownerDepartmentCode: string } }> };

export type SignInMutationVariables = Exact<{
  account: string;
  password: string;
}>;


export type SignInMutation = { signIn: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, name: string, roles: Array<string>, divisionCode: string | null, departmentCode: string | null, hallId: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SkipTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type SkipTicketMutation = { skipTicket: { id: string, status: TicketStatus } };

export type StartItemDraftMutationVariables = Exact<{
  itemId: string | number;
}>;


export type StartItemDraftMutation = { startItemDraft: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } } };

export type StartPaymentMutationVariables = Exact<{
  orderId: string | number;
  channel: PaymentChannel;
}>;


export type StartPaymentMutation = { startPayment: { id: string, status: PaymentStatus, channel: PaymentChannel | null, payUrl: string | null } };

export type StatisticsQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;


export type StatisticsQuery = { caseStatistics: { total: { submitted: number, accepted: number, decided: number, onTimeRate: number | null, averageHandlingWorkingDays: number | null, evaluations: number, satisfactionRate: number | null }, byItem: Array<{ submitted: number, decided: number, onTimeRate: number | null, averageHandlingWorkingDays: number | null, satisfactionRate: number | null, item: { id: string, name: string, nameEn: string } | null }>, byDivision: Array<{ submitted: number, decided: number, onTimeRate: number | null, averageHandlingWorkingDays: number | null, division: { code: string, name: string, nameEn: string } | null }>, byMonth: Array<{ month: string | null, submitted: number, decided: number, onTimeRate: number | null, averageHandlingWorkingDays: number | null, satisfactionRate: number | null }> }, hallStatistics: { total: { served: number, skipped: number, transferred: number, averageWaitSeconds: number | null, averageServiceSeconds: number | null }, byHall: Array<{ served: number, skipped: number, averageWaitSeconds: number | null, averageServiceSeconds: number | null, hall: { id: string, name: string, nameEn: string } | null }> }, licenceStatistics: { total: { issued: number, used: number, usedForMaterialExemption: number }, byType: Array<{ issued: number, used: number, usedForMaterialExemption: number, type: { code: string, name: string, nameEn: string } | null }> }, intermediaryStatistics: { total: { engagements: number, contracted: number, contractOnTimeRate: number | null, completed: number, completionOnTimeRate: number | null } } };

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, caseNumber: string, status: CaseStatus } };

export type SubmitInquiryMutationVariables = Exact<{
  input: SubmitInquiryInput;
}>;


export type SubmitInquiryMutation = { submitInquiry: { id: string, kind: InquiryKind, status: FollowUpStatus, deadline: { date: string } } };

export type SubmitItemDraftMutationVariables = Exact<{
  itemId: string | number;
  version: number;
  expectedRevision: number;
}>;


export type SubmitItemDraftMutation = { submitItemDraft: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } } };

export type SubmitMarketplaceBidMutationVariables = Exact<{
  announcementId: string | number;
  amountFen: number;
  idempotencyKey: string;
}>;


export type SubmitMarketplaceBidMutation = { submitBid: { round: number, amountFen: number } };

export type SupervisedCasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SupervisedCasesQuery = { supervisedCases: Array<{ id: string, caseNumber: string, itemName: string, itemNameEn: string | null, status: CaseStatus, timeLimitStatus: TimeLimitStatus, deadline: { date: string, provisional: boolean } | null }> };

export type SupervisionOrdersQueryVariables = Exact<{
  status?: SupervisionOrderStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type SupervisionOrdersQuery = { supervisionOrders: Array<{ id: string, departmentCode: string, divisionCode: string, content: string, issuedByName: string, issuedAt: string, replyDueDate: string, overdue: boolean, status: SupervisionOrderStatus, reply: string | null, repliedAt: string | null, version: number, case: { id: string, caseNumber: string } | null }> };

export type SupervisionOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type SupervisionOverviewQuery = { supervisionStats: { divisionCode: string, total: number, normal: number, warning: number, overdue: number, paused: number, byStatus: Array<{ key: string, count: number }>, byDepartment: Array<{ key: string, count: number }>, byDivision: Array<{ key: string, count: number }> }, supervisionWarnings: Array<{ id: string, kind: SupervisionWarningKind, caseNumber: string, departmentCode: string, divisionCode: string, detail: string, raisedAt: string }> };

export type SupervisionRulesQueryVariables = Exact<{
  divisionCode: string;
}>;


export type SupervisionRulesQuery = { supervisionRules: { divisionCode: string, warningWorkingDays: number, checkSkippedSteps: boolean, checkCharges: boolean, checkHandlerRoles: boolean, isDefault: boolean, version: number } };

export type SuspendCaseMutationVariables = Exact<{
  id: string | number;
  procedure: SpecialProcedure;
  reason: string;
  version?: number | null | undefined;
}>;


export type SuspendCaseMutation = { suspendCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type TakeTicketMutationVariables = Exact<{
  hallId: string | number;
  category: BusinessCategory;
  idempotencyKey: string;
  priority?: PriorityClaimInput | null | undefined;
}>;


export type TakeTicketMutation = { takeTicket: { id: string, number: string, category: BusinessCategory, priority: boolean, priorityReason: PriorityReason | null, takenAt: string } };

export type TransferCaseMutationVariables = Exact<{
  id: string | number;
  departmentCode: string;
  reason: string;
  version?: number | null | undefined;
}>;


export type TransferCaseMutation = { transferCase: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type TransferTicketMutationVariables = Exact<{
  id: string | number;
  toWindowNumber: number;
}>;


export type TransferTicketMutation = { transferTicket: { id: string, status: TicketStatus, windowNumber: number | null } };

export type TransferredCasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TransferredCasesQuery = { transferredCases: Array<{ id: string, caseNumber: string, status: CaseStatus, itemName: string, itemNameEn: string | null, departmentCode: string, submittedAt: string }> };

export type UnlinkLicenceTypeItemMutationVariables = Exact<{
  licenceTypeCode: string;
  itemId: string | number;
  relation: LicenceItemRelation;
}>;


export type UnlinkLicenceTypeItemMutation = { unlinkLicenceTypeItem: { code: string } };

export type UpdateItemDraftMutationVariables = Exact<{
  itemId: string | number;
  version: number;
  expectedRevision: number;
  content: ItemContentInput;
}>;


export type UpdateItemDraftMutation = { updateItemDraft: { id: string, itemId: string, version: number, status: ItemVersionStatus, revision: number, content: { name: string } } };

export type UpdateLicenceTypeMutationVariables = Exact<{
  input: UpdateLicenceTypeInput;
}>;


export type UpdateLicenceTypeMutation = { updateLicenceType: { code: string } };

export type UploadMarketplaceContractMutationVariables = Exact<{
  engagementId: string | number;
  signedOn: string;
  document: DocumentInput;
  lateReason?: string | null | undefined;
}>;


export type UploadMarketplaceContractMutation = { uploadContract: { id: string, state: EngagementState } };

export type UploadMaterialMutationVariables = Exact<{
  input: UploadMaterialInput;
}>;


export type UploadMaterialMutation = { uploadMaterial: { id: string, sha256: string, size: number } };

export type VerificationKeySetQueryVariables = Exact<{ [key: string]: never; }>;


export type VerificationKeySetQuery = { verificationKeySet: { payload: string, signature: string, signerPublicKey: string, issuedAt: string } };

export type VerifyDrawQueryVariables = Exact<{
  announcementId: string | number;
  seed?: string | null | undefined;
}>;


export type VerifyDrawQuery = { verifyDraw: { commitmentMatches: boolean, recomputedWinner: string | null, valid: boolean } };

export type VerifyLicenceQueryVariables = Exact<{
  identifier: string;
}>;


export type VerifyLicenceQuery = { verifyLicence: { identifier: string, identifierCheckValid: boolean, found: boolean, authentic: boolean, sealValid: boolean | null, contentIntact: boolean | null, signedAt: string | null, holderName: string | null, issuedAt: string | null, validUntil: string | null, status: LicenceStatus | null, signer: { sealName: string, certificateSerial: string, algorithm: string, method: SigningMethod, signedByName: string | null, department: { code: string } } | null, licenceType: { name: string } | null, warnings: Array<{ code: VerificationWarningCode, message: string }> } };

export type WindowQueueQueryVariables = Exact<{
  hallId: string | number;
  windowNumber: number;
}>;


export type WindowQueueQuery = { windowQueue: { waitingCount: number, window: { id: string, number: number, name: string }, currentTicket: { id: string, number: string, category: BusinessCategory, status: TicketStatus, priority: boolean, priorityReason: PriorityReason | null, windowNumber: number | null, recallCount: number, transferCount: number, calledAt: string | null } | null, skippedTickets: Array<{ id: string, number: string, category: BusinessCategory, status: TicketStatus, priority: boolean, priorityReason: PriorityReason | null, windowNumber: number | null, recallCount: number, transferCount: number, calledAt: string | null }> } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  reason: string;
  version?: number | null | undefined;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, status: CaseStatus, version: number, licence: { id: string, identifier: string } | null } };

export type WorklistQueryVariables = Exact<{
  status?: CaseStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type WorklistQuery = { worklist: Array<{ id: string, caseNumber: string, status: CaseStatus, version: number, itemName: string, itemNameEn: string | null, applicantName: string, divisionCode: string, departmentCode: string, submittedAt: string, timeLimitStatus: TimeLimitStatus, remainingWorkingDays: number | null, steps: Array<HandlingStep>, decisionRole: DecisionRole, deadline: { date: string, provisional: boolean } | null, licenceIssue: { state: LicenceIssueState } }> };


export const AcceptCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const AcceptCaseFromOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCaseFromOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptCaseFromOutboxMutation, AcceptCaseFromOutboxMutationVariables>;
export const ActForLegalPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActForLegalPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legalPersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actForLegalPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"legalPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legalPersonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"hallId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilLocal"}}]}}]}}]}}]} as unknown as DocumentNode<ActForLegalPersonMutation, ActForLegalPersonMutationVariables>;
export const AnnouncementRegistrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementRegistrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementRegistrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementRegistrantsQuery, AnnouncementRegistrantsQueryVariables>;
export const AnswerInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<AnswerInquiryMutation, AnswerInquiryMutationVariables>;
export const ApplicantByIdCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantByIdCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idCardNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userByIdCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idCardNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idCardNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApplicantByIdCardQuery, ApplicantByIdCardQueryVariables>;
export const ApplicantProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<ApplicantProfileQuery, ApplicantProfileQueryVariables>;
export const ApplicationStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"jsonPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"marker"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decided"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"marker"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"marker"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationStatisticsQuery, ApplicationStatisticsQueryVariables>;
export const AppointmentSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"localStart"}},{"kind":"Field","name":{"kind":"Name","value":"localEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}}]} as unknown as DocumentNode<AppointmentSlotsQuery, AppointmentSlotsQueryVariables>;
export const ApproveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveCaseMutation, ApproveCaseMutationVariables>;
export const BookAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"localStart"}},{"kind":"Field","name":{"kind":"Name","value":"placeNumber"}}]}}]}}]} as unknown as DocumentNode<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const CallNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callNext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CallNextMutation, CallNextMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const CancelStrandedAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelStrandedAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelStrandedAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledCount"}}]}}]}}]} as unknown as DocumentNode<CancelStrandedAppointmentsMutation, CancelStrandedAppointmentsMutationVariables>;
export const CaseAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}}]}}]} as unknown as DocumentNode<CaseAcceptanceQuery, CaseAcceptanceQueryVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFees"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFees"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materialCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"excludedWorkingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenceEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"newIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedElements"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<CaseDocumentQuery, CaseDocumentQueryVariables>;
export const CaseProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumberSuffix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"idNumberSuffix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumberSuffix"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CaseProgressQuery, CaseProgressQueryVariables>;
export const CaseServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"mailResults"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"waybillNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseServicesQuery, CaseServicesQueryVariables>;
export const ChangeLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<ChangeLicenceMutation, ChangeLicenceMutationVariables>;
export const CheckInAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInAppointmentMutation, CheckInAppointmentMutationVariables>;
export const ChooseDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChooseDeliveryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"mailResults"}}]}}]}}]} as unknown as DocumentNode<ChooseDeliveryMutation, ChooseDeliveryMutationVariables>;
export const ClearingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClearingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearingReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalAccount"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"netFen"}}]}}]}}]} as unknown as DocumentNode<ClearingReportQuery, ClearingReportQueryVariables>;
export const ConfigureAppointmentSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureAppointmentSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekdays"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeWindows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeWindowInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureAppointmentSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekdays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekdays"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeWindows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeWindows"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"capacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<ConfigureAppointmentSlotsMutation, ConfigureAppointmentSlotsMutationVariables>;
export const ConfigureHallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureHall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HallSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureHall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}}]}}]}}]} as unknown as DocumentNode<ConfigureHallMutation, ConfigureHallMutationVariables>;
export const ConfigureItemWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureItemWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemWorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureItemWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"departmentSystemId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConfigureItemWorkflowMutation, ConfigureItemWorkflowMutationVariables>;
export const ConfigureSupervisionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureSupervisionRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureSupervisionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"warningWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"checkSkippedSteps"}},{"kind":"Field","name":{"kind":"Name","value":"checkCharges"}},{"kind":"Field","name":{"kind":"Name","value":"checkHandlerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConfigureSupervisionRulesMutation, ConfigureSupervisionRulesMutationVariables>;
export const ConfigureWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureWindows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strandedAppointments"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StrandedAppointmentAction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureWindows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"windows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windows"}}},{"kind":"Argument","name":{"kind":"Name","value":"strandedAppointments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strandedAppointments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAppointmentCount"}}]}}]}}]} as unknown as DocumentNode<ConfigureWindowsMutation, ConfigureWindowsMutationVariables>;
export const ConfirmLicenceSignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmLicenceSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentDigest"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLicenceSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentDigest"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentDigest"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmLicenceSignatureMutation, ConfirmLicenceSignatureMutationVariables>;
export const ConfirmMarketplaceSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMarketplaceSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConfirmMarketplaceSelectionMutation, ConfirmMarketplaceSelectionMutationVariables>;
export const CorrectMarketplaceRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMarketplaceRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CorrectMarketplaceRegistrationMutation, CorrectMarketplaceRegistrationMutationVariables>;
export const CountyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"StringValue","value":"50","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<CountyChoicesQuery, CountyChoicesQueryVariables>;
export const CreateLicenceTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLicenceType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLicenceTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLicenceType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateLicenceTypeMutation, CreateLicenceTypeMutationVariables>;
export const CreateSealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateSealMutation, CreateSealMutationVariables>;
export const CreateShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShipmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waybillNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateShipmentMutation, CreateShipmentMutationVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"hallId"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const DataCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataKind"}}]}}]}}]}}]} as unknown as DocumentNode<DataCatalogueQuery, DataCatalogueQueryVariables>;
export const DatasetRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAfter"}}]}}]}}]} as unknown as DocumentNode<DatasetRowsQuery, DatasetRowsQueryVariables>;
export const DecideSharingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSharingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSharingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<DecideSharingRequestMutation, DecideSharingRequestMutationVariables>;
export const DelegateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegateItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCodes"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DelegateItemMutation, DelegateItemMutationVariables>;
export const DeliverCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliverCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<DeliverCaseMutation, DeliverCaseMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const DesignateWindowManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateWindowManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateWindowManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}}}]}]}}]} as unknown as DocumentNode<DesignateWindowManagerMutation, DesignateWindowManagerMutationVariables>;
export const DivisionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DivisionChildrenQuery, DivisionChildrenQueryVariables>;
export const DutyRostersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRosters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRosters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyRostersQuery, DutyRostersQueryVariables>;
export const EvaluateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<EvaluateCaseMutation, EvaluateCaseMutationVariables>;
export const ExportLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportLicences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceTypeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLicences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceTypeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceTypeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<ExportLicencesQuery, ExportLicencesQueryVariables>;
export const FileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<FileComplaintMutation, FileComplaintMutationVariables>;
export const FindLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindLicences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findLicences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"faceElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holderIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"faceElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedElements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"newIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<FindLicencesQuery, FindLicencesQueryVariables>;
export const FinishTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinishTicketMutation, FinishTicketMutationVariables>;
export const HallAdministrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HallAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hallStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"windowManager"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentSlotRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"timeWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strandedAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"localStart"}},{"kind":"Field","name":{"kind":"Name","value":"placeNumber"}}]}}]}}]} as unknown as DocumentNode<HallAdministrationQuery, HallAdministrationQueryVariables>;
export const HallDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HallDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"openingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openOnHolidays"}},{"kind":"Field","name":{"kind":"Name","value":"assignedStaffUserIds"}}]}}]}}]}}]} as unknown as DocumentNode<HallDetailQuery, HallDetailQueryVariables>;
export const HallNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HallNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hallNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<HallNoticesQuery, HallNoticesQueryVariables>;
export const HallPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HallPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hallPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserId"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsServed"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTransferred"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"daysPresent"}},{"kind":"Field","name":{"kind":"Name","value":"leaveDays"}},{"kind":"Field","name":{"kind":"Name","value":"casesHandled"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"averageLevel"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"marker"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketsServed"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsTransferred"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"daysStaffed"}}]}}]}}]}}]} as unknown as DocumentNode<HallPerformanceQuery, HallPerformanceQueryVariables>;
export const HallPerformanceCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HallPerformanceCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hallPerformanceCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<HallPerformanceCsvQuery, HallPerformanceCsvQueryVariables>;
export const HallsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HallsDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<HallsDirectoryQuery, HallsDirectoryQueryVariables>;
export const HandleComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandleComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<HandleComplaintMutation, HandleComplaintMutationVariables>;
export const HeldLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeldLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLicences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HeldLicencesQuery, HeldLicencesQueryVariables>;
export const ImportLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLicences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLicencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLicences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"legacyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportLicencesMutation, ImportLicencesMutationVariables>;
export const IntermediaryAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntermediaryAnnouncements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"feeFen"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"selectionTime"}},{"kind":"Field","name":{"kind":"Name","value":"registrationCount"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"revealedSeed"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<IntermediaryAnnouncementsQuery, IntermediaryAnnouncementsQueryVariables>;
export const IntermediaryShowcaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntermediaryShowcase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediaryServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keyword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"completedEngagements"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"attitude"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"lateContracts"}},{"kind":"Field","name":{"kind":"Name","value":"upheldComplaints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesOnNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<IntermediaryShowcaseQuery, IntermediaryShowcaseQueryVariables>;
export const IntermediarySupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntermediarySupervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediarySupervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openObjections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcementsUnderReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IntermediarySupervisionQuery, IntermediarySupervisionQueryVariables>;
export const IssueSupervisionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueSupervisionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSupervisionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}}]}}]}}]} as unknown as DocumentNode<IssueSupervisionOrderMutation, IssueSupervisionOrderMutationVariables>;
export const ItemDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"licenceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"blankFormUrl"}},{"kind":"Field","name":{"kind":"Name","value":"exampleUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethods"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDepth"}},{"kind":"Field","name":{"kind":"Name","value":"faqs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultationPhone"}}]}}]}}]} as unknown as DocumentNode<ItemDetailQuery, ItemDetailQueryVariables>;
export const ItemDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceItemId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ItemDraftsQuery, ItemDraftsQueryVariables>;
export const ItemStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ItemStatisticsQuery, ItemStatisticsQueryVariables>;
export const ItemVersionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemVersionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceItemId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTypes"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"licenceTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"blankFormUrl"}},{"kind":"Field","name":{"kind":"Name","value":"exampleUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMethods"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDepth"}},{"kind":"Field","name":{"kind":"Name","value":"faqs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultationPhone"}},{"kind":"Field","name":{"kind":"Name","value":"licenceTypeCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ItemVersionDetailQuery, ItemVersionDetailQueryVariables>;
export const ItemVersionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemVersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ItemVersionDiffQuery, ItemVersionDiffQueryVariables>;
export const ItemWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"departmentSystemId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ItemWorkflowQuery, ItemWorkflowQueryVariables>;
export const LicenceCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validYears"}},{"kind":"Field","name":{"kind":"Name","value":"faceElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceCatalogueQuery, LicenceCatalogueQueryVariables>;
export const LicenceDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"printHtml"}},{"kind":"Field","name":{"kind":"Name","value":"signedContent"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sealId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"certificateSerial"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceDownloadQuery, LicenceDownloadQueryVariables>;
export const LicenceTypeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceTypeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenceType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validYears"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilElement"}},{"kind":"Field","name":{"kind":"Name","value":"holderRule"}},{"kind":"Field","name":{"kind":"Name","value":"signingMode"}},{"kind":"Field","name":{"kind":"Name","value":"faceElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printLayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orientation"}},{"kind":"Field","name":{"kind":"Name","value":"elementOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"materialCode"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceTypeDetailQuery, LicenceTypeDetailQueryVariables>;
export const LicenceTypesForImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceTypesForImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceTypesForImportQuery, LicenceTypesForImportQueryVariables>;
export const LicencesAwaitingSignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicencesAwaitingSignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licencesAwaitingSignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"issuerDepartmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contentDigest"}},{"kind":"Field","name":{"kind":"Name","value":"faceElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LicencesAwaitingSignatureQuery, LicencesAwaitingSignatureQueryVariables>;
export const LinkLicenceTypeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkLicenceTypeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceTypeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LicenceItemRelation"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkLicenceTypeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceTypeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceTypeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}},{"kind":"Argument","name":{"kind":"Name","value":"materialCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<LinkLicenceTypeItemMutation, LinkLicenceTypeItemMutationVariables>;
export const MarkNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}}]}}]}}]} as unknown as DocumentNode<MarkNoticeReadMutation, MarkNoticeReadMutationVariables>;
export const MarketplaceChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nonce"}}]}}]}}]} as unknown as DocumentNode<MarketplaceChallengeMutation, MarketplaceChallengeMutationVariables>;
export const MarketplaceRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactMobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}}]}}]}}]} as unknown as DocumentNode<MarketplaceRegistrationQuery, MarketplaceRegistrationQueryVariables>;
export const MarketplaceSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signature"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"signature"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signature"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<MarketplaceSignInMutation, MarketplaceSignInMutationVariables>;
export const MyAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilLocal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyAgenciesQuery, MyAgenciesQueryVariables>;
export const MyAppointmentNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppointmentNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAppointmentNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"localStart"}},{"kind":"Field","name":{"kind":"Name","value":"localEnd"}}]}}]}}]}}]} as unknown as DocumentNode<MyAppointmentNotificationsQuery, MyAppointmentNotificationsQueryVariables>;
export const MyAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"localStart"}},{"kind":"Field","name":{"kind":"Name","value":"placeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<MyAppointmentsQuery, MyAppointmentsQueryVariables>;
export const MyCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const MyLicenceUsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLicenceUses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLicenceUses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"userKind"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}}]}}]}}]} as unknown as DocumentNode<MyLicenceUsesQuery, MyLicenceUsesQueryVariables>;
export const MyLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"verificationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verificationQrSvg"}}]}}]}}]} as unknown as DocumentNode<MyLicencesQuery, MyLicencesQueryVariables>;
export const MyMarketplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMarketplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediaryServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"correctionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAnnouncements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"registrationCount"}},{"kind":"Field","name":{"kind":"Name","value":"bidRound"}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEngagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"contractDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}}]}}]}}]} as unknown as DocumentNode<MyMarketplaceQuery, MyMarketplaceQueryVariables>;
export const MyServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPaymentOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"waybillNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myInquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyServicesQuery, MyServicesQueryVariables>;
export const NotAcceptCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotAcceptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notAcceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<NotAcceptCaseMutation, NotAcceptCaseMutationVariables>;
export const ObjectToRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectToRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ObjectToRegistrationMutation, ObjectToRegistrationMutationVariables>;
export const OpenDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"jsonPath"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<OpenDatasetsQuery, OpenDatasetsQueryVariables>;
export const OpenMarketplaceBidRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMarketplaceBidRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBidRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bidRound"}}]}}]}}]} as unknown as DocumentNode<OpenMarketplaceBidRoundMutation, OpenMarketplaceBidRoundMutationVariables>;
export const OpenPaymentOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPaymentOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPaymentOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}}]} as unknown as DocumentNode<OpenPaymentOrderMutation, OpenPaymentOrderMutationVariables>;
export const PaymentOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}}]}}]}}]} as unknown as DocumentNode<PaymentOrderQuery, PaymentOrderQueryVariables>;
export const PerformMarketplaceSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformMarketplaceSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PerformMarketplaceSelectionMutation, PerformMarketplaceSelectionMutationVariables>;
export const PublicCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<PublicCasesQuery, PublicCasesQueryVariables>;
export const PublishItemVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishItemVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishItemVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishItemVersionMutation, PublishItemVersionMutationVariables>;
export const PublishMarketplaceAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMarketplaceAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PublishMarketplaceAnnouncementMutation, PublishMarketplaceAnnouncementMutationVariables>;
export const PublishNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const QueueMonitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxWaitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"servedToday"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"currentServiceSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"windowNumber"}}]}}]}}]}}]} as unknown as DocumentNode<QueueMonitorQuery, QueueMonitorQueryVariables>;
export const RecallTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recallCount"}}]}}]}}]} as unknown as DocumentNode<RecallTicketMutation, RecallTicketMutationVariables>;
export const ReconcilePaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconcilePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconcilePayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"statementLines"}},{"kind":"Field","name":{"kind":"Name","value":"platformRecords"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"refundId"}},{"kind":"Field","name":{"kind":"Name","value":"platformFen"}},{"kind":"Field","name":{"kind":"Name","value":"providerFen"}}]}}]}}]}}]} as unknown as DocumentNode<ReconcilePaymentsMutation, ReconcilePaymentsMutationVariables>;
export const RefreshPaymentOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshPaymentOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshPaymentOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshPaymentOrderMutation, RefreshPaymentOrderMutationVariables>;
export const RefreshShipmentTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshShipmentTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshShipmentTracking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshShipmentTrackingMutation, RefreshShipmentTrackingMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amountFen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"refundedFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const RegisterForMarketplaceAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForMarketplaceAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationCount"}}]}}]}}]} as unknown as DocumentNode<RegisterForMarketplaceAnnouncementMutation, RegisterForMarketplaceAnnouncementMutationVariables>;
export const RegisterMarketplaceAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMarketplaceAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RegisterMarketplaceAgencyMutation, RegisterMarketplaceAgencyMutationVariables>;
export const RegisterMarketplaceCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMarketplaceCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RegisterMarketplaceCertificateMutation, RegisterMarketplaceCertificateMutationVariables>;
export const RegisterMarketplaceClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMarketplaceClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RegisterMarketplaceClientMutation, RegisterMarketplaceClientMutationVariables>;
export const RegisterMarketplaceCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMarketplaceCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliverableReceivedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evaluation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lateReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deliverableReceivedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliverableReceivedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"evaluation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evaluation"}}},{"kind":"Argument","name":{"kind":"Name","value":"lateReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lateReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RegisterMarketplaceCompletionMutation, RegisterMarketplaceCompletionMutationVariables>;
export const RejectCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<RejectCaseMutation, RejectCaseMutationVariables>;
export const ReplySupervisionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplySupervisionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replySupervisionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReplySupervisionOrderMutation, ReplySupervisionOrderMutationVariables>;
export const RequestCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionItemInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"corrections"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCorrectionMutation, RequestCorrectionMutationVariables>;
export const RequestDatasetSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDatasetSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDatasetSharingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDatasetSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestDatasetSharingMutation, RequestDatasetSharingMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"codeValidMinutes"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ResolveRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<ResolveRectificationMutation, ResolveRectificationMutationVariables>;
export const ResumeCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeCaseMutation, ResumeCaseMutationVariables>;
export const ReviewCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewCaseMutation, ReviewCaseMutationVariables>;
export const ReviewItemDraftForDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewItemDraftForDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItemDraftForDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewItemDraftForDepartmentMutation, ReviewItemDraftForDepartmentMutationVariables>;
export const ReviewItemDraftForLegalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewItemDraftForLegality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItemDraftForLegality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewItemDraftForLegalityMutation, ReviewItemDraftForLegalityMutationVariables>;
export const RevokeLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeLicenceMutation, RevokeLicenceMutationVariables>;
export const RevokeSealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SealRevocationReason"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compromisedAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"compromisedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compromisedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeSealMutation, RevokeSealMutationVariables>;
export const SealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Seals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"certificateSerial"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"compromisedAt"}}]}}]}}]} as unknown as DocumentNode<SealsQuery, SealsQueryVariables>;
export const SearchItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minOnlineDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keyword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"minOnlineDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minOnlineDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineDepth"}}]}}]}}]} as unknown as DocumentNode<SearchItemsQuery, SearchItemsQueryVariables>;
export const ServiceDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withHall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDepartment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hallShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHall"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"waybillNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentInquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDepartment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"submitterName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDepartment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<ServiceDeskQuery, ServiceDeskQueryVariables>;
export const SetDutyRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDutyRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"duties"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"duties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"duties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<SetDutyRosterMutation, SetDutyRosterMutationVariables>;
export const SharingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestingDepartmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]} as unknown as DocumentNode<SharingRequestsQuery, SharingRequestsQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"hallId"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SkipTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SkipTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skipTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SkipTicketMutation, SkipTicketMutationVariables>;
export const StartItemDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartItemDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startItemDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StartItemDraftMutation, StartItemDraftMutationVariables>;
export const StartPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}}]}}]}}]} as unknown as DocumentNode<StartPaymentMutation, StartPaymentMutationVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandlingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandlingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandlingWorkingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandlingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hallStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"averageWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceSeconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenceStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"usedForMaterialExemption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"usedForMaterialExemption"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"contracted"}},{"kind":"Field","name":{"kind":"Name","value":"contractOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionOnTimeRate"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const SubmitInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitInquiryMutation, SubmitInquiryMutationVariables>;
export const SubmitItemDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitItemDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitItemDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitItemDraftMutation, SubmitItemDraftMutationVariables>;
export const SubmitMarketplaceBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMarketplaceBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amountFen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amountFen"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<SubmitMarketplaceBidMutation, SubmitMarketplaceBidMutationVariables>;
export const SupervisedCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisedCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisedCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisedCasesQuery, SupervisedCasesQueryVariables>;
export const SupervisionOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionOrderStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionOrdersQuery, SupervisionOrdersQueryVariables>;
export const SupervisionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"normal"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDivision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]} as unknown as DocumentNode<SupervisionOverviewQuery, SupervisionOverviewQueryVariables>;
export const SupervisionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"warningWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"checkSkippedSteps"}},{"kind":"Field","name":{"kind":"Name","value":"checkCharges"}},{"kind":"Field","name":{"kind":"Name","value":"checkHandlerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SupervisionRulesQuery, SupervisionRulesQueryVariables>;
export const SuspendCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialProcedure"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"procedure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendCaseMutation, SuspendCaseMutationVariables>;
export const TakeTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityClaimInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]} as unknown as DocumentNode<TakeTicketMutation, TakeTicketMutationVariables>;
export const TransferCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<TransferCaseMutation, TransferCaseMutationVariables>;
export const TransferTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWindowNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toWindowNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWindowNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowNumber"}}]}}]}}]} as unknown as DocumentNode<TransferTicketMutation, TransferTicketMutationVariables>;
export const TransferredCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferredCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferredCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<TransferredCasesQuery, TransferredCasesQueryVariables>;
export const UnlinkLicenceTypeItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkLicenceTypeItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenceTypeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LicenceItemRelation"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkLicenceTypeItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"licenceTypeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenceTypeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UnlinkLicenceTypeItemMutation, UnlinkLicenceTypeItemMutationVariables>;
export const UpdateItemDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateItemDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateItemDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedRevision"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateItemDraftMutation, UpdateItemDraftMutationVariables>;
export const UpdateLicenceTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLicenceType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLicenceTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLicenceType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateLicenceTypeMutation, UpdateLicenceTypeMutationVariables>;
export const UploadMarketplaceContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadMarketplaceContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lateReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"signedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"lateReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lateReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UploadMarketplaceContractMutation, UploadMarketplaceContractMutationVariables>;
export const UploadMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<UploadMaterialMutation, UploadMaterialMutationVariables>;
export const VerificationKeySetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationKeySet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationKeySet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signerPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<VerificationKeySetQuery, VerificationKeySetQueryVariables>;
export const VerifyDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"announcementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"announcementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentMatches"}},{"kind":"Field","name":{"kind":"Name","value":"recomputedWinner"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<VerifyDrawQuery, VerifyDrawQueryVariables>;
export const VerifyLicenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyLicence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyLicence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"identifierCheckValid"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"authentic"}},{"kind":"Field","name":{"kind":"Name","value":"sealValid"}},{"kind":"Field","name":{"kind":"Name","value":"contentIntact"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sealName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateSerial"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"licenceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyLicenceQuery, VerifyLicenceQueryVariables>;
export const WindowQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hallId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hallId"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"windowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recallCount"}},{"kind":"Field","name":{"kind":"Name","value":"transferCount"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"windowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recallCount"}},{"kind":"Field","name":{"kind":"Name","value":"transferCount"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}}]}}]}}]}}]} as unknown as DocumentNode<WindowQueueQuery, WindowQueueQueryVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"itemNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitStatus"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRole"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenceIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;