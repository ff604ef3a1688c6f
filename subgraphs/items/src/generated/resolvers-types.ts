import type { GraphQLResolveInfo } from 'graphql';
import type { ItemDocument, ItemVersionDocument, CatalogueEntryDocument, DictionaryEntryDocument } from '../model.js';
import type { ItemsContext } from '../resolvers.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * An entry of the basic catalogue (目录清单), managed by the item
 * administration office. Departments implement entries as items.
 */
export type CatalogueEntry = {
  __typename?: 'CatalogueEntry';
  /** Basic code of the national item coding structure (12 digits). */
  basicCode: Scalars['String']['output'];
  /** Department responsible for the entry city-wide. */
  departmentCode: Scalars['String']['output'];
  /** Laws and regulations the entry rests on. */
  legalBasis: Scalars['String']['output'];
  /** Division levels that implement the entry. */
  levels: Array<DivisionLevel>;
  /** Name of the catalogue entry. */
  name: Scalars['String']['output'];
  /** Change counter; saveCatalogueEntry takes it to refuse stale writes. */
  revision: Scalars['Int']['output'];
  /** Legal category. */
  type: ItemType;
};

/** A catalogue entry to create or change. */
export type CatalogueEntryInput = {
  /** Basic code: 12 digits. */
  basicCode: Scalars['String']['input'];
  /** Responsible department. */
  departmentCode: Scalars['String']['input'];
  /** Revision the change is based on; omit to create a new entry. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Legal basis. */
  legalBasis: Scalars['String']['input'];
  /** Levels that implement it; at least one. */
  levels: Array<DivisionLevel>;
  /** Name, 2 to 60 characters. */
  name: Scalars['String']['input'];
  /** Legal category. */
  type: ItemType;
};

/** A government department, owned by the identity subgraph. */
export type Department = {
  __typename?: 'Department';
  /** Department code. */
  code: Scalars['String']['output'];
  /** Official name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
};

/** Level of an administrative division. */
export type DivisionLevel =
  /** 县级 county, district or autonomous county (6 digits) */
  | 'COUNTY'
  /** 地级 prefecture level; in Chongqing only the groupings 5001 (districts) and 5002 (counties) */
  | 'PREFECTURE'
  /** 省级 province-level (Chongqing, code 50) */
  | 'PROVINCE'
  /** 乡级 township, town or street (9 digits) */
  | 'TOWNSHIP'
  /** 村级 village or residents' community (12 digits) */
  | 'VILLAGE';

/** A fee item of an item. */
export type Fee = {
  __typename?: 'Fee';
  /** Amount in fen (0.01 yuan). */
  amountFen: Scalars['Int']['output'];
  /** Legal basis of the fee. */
  basis: Scalars['String']['output'];
  /** Fee name. */
  name: Scalars['String']['output'];
};

/** A fee. */
export type FeeInput = {
  /** Amount in fen, 0 or more. */
  amountFen: Scalars['Int']['input'];
  /** Legal basis of the fee. */
  basis: Scalars['String']['input'];
  /** Fee name. */
  name: Scalars['String']['input'];
};

/** A field of an item's application form. */
export type FormField = {
  __typename?: 'FormField';
  /** Key under which the value is stored in the application's form data. */
  key: Scalars['String']['output'];
  /** Label shown to the applicant. */
  label: Scalars['String']['output'];
  /** Maximum length in code points of a TEXT field. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** Allowed values of a SELECT field. */
  options: Array<Scalars['String']['output']>;
  /** Whether the field must be filled. */
  required: Scalars['Boolean']['output'];
  /** Value type, which decides the validation. */
  type: FormFieldType;
};

/** A field of the application form. */
export type FormFieldInput = {
  /** Key of the value in form data: a letter, then up to 39 letters, digits or underscores; unique. */
  key: Scalars['String']['input'];
  /** Label, 1 to 50 characters. */
  label: Scalars['String']['input'];
  /** Maximum length of a TEXT field, 1 to 10000; null for none. */
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  /** Allowed values of a SELECT field; empty for other types. */
  options?: Array<Scalars['String']['input']>;
  /** Whether the field must be filled. */
  required: Scalars['Boolean']['input'];
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

/**
 * A government-service item (政务服务事项) as implemented by one department: the
 * catalogue entry a citizen applies for. The id is the implementation code.
 */
export type Item = {
  __typename?: 'Item';
  /** Other names people use for the item, searched like the name. */
  aliases: Array<Scalars['String']['output']>;
  /** Code of the item in the national basic catalogue. */
  basicCode: Scalars['String']['output'];
  /** Conditions an applicant must meet. */
  conditions: Array<Scalars['String']['output']>;
  /** Consultation phone number. */
  consultationPhone: Scalars['String']['output'];
  /** The published version this entry serves; null only for an entry written without the version workflow and not yet backfilled, which happens when the subgraph starts. */
  currentVersion?: Maybe<ItemVersion>;
  /** The item this implementation was delegated from (事项下放); null when it was not delegated. */
  delegatedFrom?: Maybe<Item>;
  /** How the result reaches the applicant. */
  deliveryMethods: Array<ItemDeliveryMethod>;
  /** Implementing department; its names come with the item, so an item search needs no call to the identity subgraph. */
  department: Department;
  /** Code of the implementing department. */
  departmentCode: Scalars['String']['output'];
  /** Division code of the implementing level; 50 means city-wide. */
  divisionCode: Scalars['String']['output'];
  /** Frequently asked questions. */
  faqs: Array<ItemFaq>;
  /** Fees; empty when the item is free of charge. */
  fees: Array<Fee>;
  /** Fields of the application form. */
  formFields: Array<FormField>;
  /** Where and when the item is handled in person. */
  handlingPlaces: Array<ItemHandlingPlace>;
  /** Implementation code: the implementing department's credit code followed by 13 characters. */
  id: Scalars['ID']['output'];
  /** Search keywords, including colloquial words. */
  keywords: Array<Scalars['String']['output']>;
  /** Laws and regulations the item rests on. */
  legalBasis: Scalars['String']['output'];
  /** Division level of the implementing body, from the length of divisionCode. */
  level: DivisionLevel;
  /** Code of the electronic licence type this item issues, if any. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Materials to submit. */
  materials: Array<ItemMaterial>;
  /** Item name in Chinese. */
  name: Scalars['String']['output'];
  /** Item name in English. */
  nameEn: Scalars['String']['output'];
  /** Online-handling depth from 1 (information only) to 4 (fully online, no visit). */
  onlineDepth: Scalars['Int']['output'];
  /** Full pinyin of the name without tones, the key by which item lists are sorted. */
  pinyinKey: Scalars['String']['output'];
  /** Steps of the handling process, in order. */
  processSteps: Array<ItemProcessStep>;
  /** Promised time limit in working days after acceptance, never longer than the statutory limit. */
  promisedLimitDays: Scalars['Int']['output'];
  /** Publication status; only PUBLISHED items accept applications and appear in search. */
  status: ItemStatus;
  /** Statutory time limit in working days after acceptance. */
  statutoryLimitDays: Scalars['Int']['output'];
  /** Who may apply: natural persons, legal persons or both. */
  subjectTypes: Array<SubjectType>;
  /** Life-event themes (codes of the THEME dictionary), such as BIRTH or BUSINESS_START. */
  themes: Array<Scalars['String']['output']>;
  /** Legal category of the item, such as administrative licensing or public service. */
  type: ItemType;
  /** Version number of the published version this entry serves; a case records it at submission. */
  version: Scalars['Int']['output'];
  /** Versions of the item, newest first: published ones for everyone, drafts and rejected ones also for item staff and legal reviewers in the item's jurisdiction. */
  versions: Array<ItemVersion>;
};

/** A service item as the change feed returns it: the served version's content. */
export type ItemChange = {
  __typename?: 'ItemChange';
  /** Code of the implementing department. */
  departmentCode: Scalars['String']['output'];
  /** Code of the implementing division. */
  divisionCode: Scalars['String']['output'];
  /** Display name of the author of the served version; null when the version has no stored record. */
  drafterName?: Maybe<Scalars['String']['output']>;
  /** Item code. */
  id: Scalars['ID']['output'];
  /** Item name. */
  name: Scalars['String']['output'];
  /** Promised time limit in working days. */
  promisedLimitDays: Scalars['Int']['output'];
  /** DRAFT, PUBLISHED or WITHDRAWN. */
  status: Scalars['String']['output'];
  /** Statutory time limit in working days. */
  statutoryLimitDays: Scalars['Int']['output'];
};

/** Kind of a field change. */
export type ItemChangeKind =
  /** The field or list entry exists only in the newer version. */
  | 'ADDED'
  /** The value differs. */
  | 'CHANGED'
  /** The field or list entry exists only in the older version. */
  | 'REMOVED';

/** One page of the service items change feed. */
export type ItemChangePage = {
  __typename?: 'ItemChangePage';
  /** Cursor to pass as `after` for the next page: the last record's position, or the request's `after` when the page is empty. */
  nextAfter?: Maybe<Scalars['String']['output']>;
  /** Items, oldest change first. */
  records: Array<ItemChange>;
};

/** The editable content of an implementation list entry, as one version holds it. */
export type ItemContent = {
  __typename?: 'ItemContent';
  /** Other names people use for the item. */
  aliases: Array<Scalars['String']['output']>;
  /** Conditions an applicant must meet. */
  conditions: Array<Scalars['String']['output']>;
  /** Consultation phone number. */
  consultationPhone: Scalars['String']['output'];
  /** How the result reaches the applicant. */
  deliveryMethods: Array<ItemDeliveryMethod>;
  /** Frequently asked questions. */
  faqs: Array<ItemFaq>;
  /** Fees; empty when the item is free of charge. */
  fees: Array<Fee>;
  /** Fields of the application form. */
  formFields: Array<FormField>;
  /** Where and when the item is handled in person. */
  handlingPlaces: Array<ItemHandlingPlace>;
  /** Search keywords, including colloquial words. */
  keywords: Array<Scalars['String']['output']>;
  /** Laws and regulations the item rests on. */
  legalBasis: Scalars['String']['output'];
  /** Code of the electronic licence type this item issues, if any. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Materials to submit. */
  materials: Array<ItemMaterial>;
  /** Item name in Chinese. */
  name: Scalars['String']['output'];
  /** Item name in English. */
  nameEn: Scalars['String']['output'];
  /** Online-handling depth from 1 to 4. */
  onlineDepth: Scalars['Int']['output'];
  /** Steps of the handling process, in order. */
  processSteps: Array<ItemProcessStep>;
  /** Promised time limit in working days, never longer than the statutory limit. */
  promisedLimitDays: Scalars['Int']['output'];
  /** Statutory time limit in working days after acceptance. */
  statutoryLimitDays: Scalars['Int']['output'];
  /** Who may apply. */
  subjectTypes: Array<SubjectType>;
  /** Life-event themes (codes of the THEME dictionary). */
  themes: Array<Scalars['String']['output']>;
};

/** The content of an item version; every field is replaced. */
export type ItemContentInput = {
  /** Other names, each 1 to 30 characters, at most 20. */
  aliases?: Array<Scalars['String']['input']>;
  /** Conditions. */
  conditions?: Array<Scalars['String']['input']>;
  /** Consultation phone: digits with an optional area code and hyphen, 5 to 20 characters. */
  consultationPhone: Scalars['String']['input'];
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
  keywords?: Array<Scalars['String']['input']>;
  /** Legal basis, 1 to 2000 characters. */
  legalBasis: Scalars['String']['input'];
  /** Code of the electronic licence type issued, if any. */
  licenceTypeCode?: InputMaybe<Scalars['String']['input']>;
  /** Materials. */
  materials?: Array<ItemMaterialInput>;
  /** Item name in Chinese, 2 to 60 characters. */
  name: Scalars['String']['input'];
  /** Item name in English, 1 to 200 characters. */
  nameEn: Scalars['String']['input'];
  /** Online-handling depth, 1 to 4. */
  onlineDepth: Scalars['Int']['input'];
  /** Process steps. */
  processSteps?: Array<ItemProcessStepInput>;
  /** Promised limit in working days, 0 to the statutory limit. */
  promisedLimitDays: Scalars['Int']['input'];
  /** Statutory limit in working days, 0 to 365. */
  statutoryLimitDays: Scalars['Int']['input'];
  /** Who may apply; at least one. */
  subjectTypes: Array<SubjectType>;
  /** Life-event theme codes from the THEME dictionary. */
  themes?: Array<Scalars['String']['input']>;
};

/** A count under one key. */
export type ItemCount = {
  __typename?: 'ItemCount';
  /** Number of items. */
  count: Scalars['Int']['output'];
  /** Key: a department code, item type, depth or division level. */
  key: Scalars['String']['output'];
};

/** Where a delegated implementation came from. */
export type ItemDelegation = {
  __typename?: 'ItemDelegation';
  /** When the item was delegated (ISO 8601, UTC). */
  delegatedAt: Scalars['String']['output'];
  /** User id of the office staff member who delegated. */
  delegatedBy: Scalars['ID']['output'];
  /** Reason or decision document of the delegation. */
  reason: Scalars['String']['output'];
  /** Item delegated. */
  sourceItemId: Scalars['ID']['output'];
  /** Published version of the source item the implementation was made from. */
  sourceVersion: Scalars['Int']['output'];
};

/** How the result of a case reaches the applicant. */
export type ItemDeliveryMethod =
  /** 电子送达 delivered electronically */
  | 'ELECTRONIC'
  /** 邮政寄递 sent by post */
  | 'POST'
  /** 窗口领取 collected at the window */
  | 'WINDOW';

/** An entry of a configuration dictionary. */
export type ItemDictionaryEntry = {
  __typename?: 'ItemDictionaryEntry';
  /** Code, unique within the dictionary. */
  code: Scalars['String']['output'];
  /** Dictionary: THEME (life events), DELIVERY_METHOD, ITEM_TYPE, SUBJECT_TYPE, MATERIAL_FORM, ONLINE_DEPTH or FORM_FIELD_TYPE. */
  dictionary: Scalars['String']['output'];
  /** Disabled entries stay on records that use them but cannot be chosen for new versions. */
  enabled: Scalars['Boolean']['output'];
  /** Name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Position in lists, ascending. */
  order: Scalars['Int']['output'];
};

/** A dictionary entry to create or change. */
export type ItemDictionaryEntryInput = {
  /** Code: upper-case letters, digits and underscores, 1 to 40. */
  code: Scalars['String']['input'];
  /** Dictionary; only THEME and DELIVERY_METHOD are editable, the others follow the schema's enums. */
  dictionary: Scalars['String']['input'];
  /** Whether the entry can be chosen. */
  enabled: Scalars['Boolean']['input'];
  /** Name in Chinese. */
  name: Scalars['String']['input'];
  /** Name in English. */
  nameEn: Scalars['String']['input'];
  /** Position in lists. */
  order: Scalars['Int']['input'];
};

/** A frequently asked question and its answer. */
export type ItemFaq = {
  __typename?: 'ItemFaq';
  /** Answer. */
  answer: Scalars['String']['output'];
  /** Question. */
  question: Scalars['String']['output'];
};

/** A frequently asked question. */
export type ItemFaqInput = {
  /** Answer. */
  answer: Scalars['String']['input'];
  /** Question. */
  question: Scalars['String']['input'];
};

/** A change of one field between two versions. */
export type ItemFieldChange = {
  __typename?: 'ItemFieldChange';
  /** Value in the newer version as JSON; null when removed. */
  after?: Maybe<Scalars['String']['output']>;
  /** Value in the older version as JSON; null when added. */
  before?: Maybe<Scalars['String']['output']>;
  /** ADDED, REMOVED or CHANGED. */
  kind: ItemChangeKind;
  /** Path of the field, with list entries named by their key, such as `materials[M2].required` or `formFields[contactMobile].maxLength`. */
  path: Scalars['String']['output'];
};

/** A place and the hours where an item is handled in person. */
export type ItemHandlingPlace = {
  __typename?: 'ItemHandlingPlace';
  /** Address. */
  address: Scalars['String']['output'];
  /** Opening hours, such as 周一至周五 9:00-12:00, 13:30-17:00. */
  hours: Scalars['String']['output'];
  /** Name of the hall or window. */
  name: Scalars['String']['output'];
};

/** A place and the hours where an item is handled. */
export type ItemHandlingPlaceInput = {
  /** Address. */
  address: Scalars['String']['input'];
  /** Opening hours. */
  hours: Scalars['String']['input'];
  /** Name of the hall or window. */
  name: Scalars['String']['input'];
};

/** A material an applicant submits for an item. */
export type ItemMaterial = {
  __typename?: 'ItemMaterial';
  /** Address of the blank form to fill in; null when there is none. */
  blankFormUrl?: Maybe<Scalars['String']['output']>;
  /** Material code, unique within the item. */
  code: Scalars['String']['output'];
  /** Number of copies. */
  count: Scalars['Int']['output'];
  /** Address of a filled-in example; null when there is none. */
  exampleUrl?: Maybe<Scalars['String']['output']>;
  /** Original, copy or electronic. */
  form: MaterialForm;
  /** Licence type whose electronic licence can replace this material. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Material name. */
  name: Scalars['String']['output'];
  /** Whether the application is rejected without it. */
  required: Scalars['Boolean']['output'];
};

/** A material of an item version as entered by its department. */
export type ItemMaterialInput = {
  /** Address (http or https) of the blank form. */
  blankFormUrl?: InputMaybe<Scalars['String']['input']>;
  /** Material code, unique within the item, 1 to 20 letters, digits, `-` or `_`. */
  code: Scalars['String']['input'];
  /** Number of copies, 1 to 99. */
  count: Scalars['Int']['input'];
  /** Address (http or https) of a filled-in example. */
  exampleUrl?: InputMaybe<Scalars['String']['input']>;
  /** Original, copy or electronic. */
  form: MaterialForm;
  /** Licence type whose electronic licence can replace this material. */
  licenceTypeCode?: InputMaybe<Scalars['String']['input']>;
  /** Material name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Whether the application is rejected without it. */
  required: Scalars['Boolean']['input'];
};

/** A step of the handling process. */
export type ItemProcessStep = {
  __typename?: 'ItemProcessStep';
  /** What happens in the step. */
  description: Scalars['String']['output'];
  /** Working days the step takes at most; null when not fixed. */
  limitDays?: Maybe<Scalars['Int']['output']>;
  /** Step name, such as 受理, 审查, 决定. */
  name: Scalars['String']['output'];
};

/** A step of the handling process. */
export type ItemProcessStepInput = {
  /** What happens in the step. */
  description: Scalars['String']['input'];
  /** Working days the step takes at most. */
  limitDays?: InputMaybe<Scalars['Int']['input']>;
  /** Step name. */
  name: Scalars['String']['input'];
};

/** One review decision on an item version. */
export type ItemReview = {
  __typename?: 'ItemReview';
  /** Whether the reviewer approved the version. */
  approved: Scalars['Boolean']['output'];
  /** When the decision was made (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Reasons given; at least one for a rejection. */
  reasons: Array<Scalars['String']['output']>;
  /** User id of the reviewer. */
  reviewerId: Scalars['ID']['output'];
  /** Name of the reviewer. */
  reviewerName: Scalars['String']['output'];
  /** Review stage. */
  stage: ItemReviewStage;
};

/** Review stage of an item version. */
export type ItemReviewStage =
  /** 部门审核 by an item administrator of the department other than the author. */
  | 'DEPARTMENT'
  /** 法制审核 by a legal reviewer. */
  | 'LEGAL';

/** Counts of published items. */
export type ItemStatistics = {
  __typename?: 'ItemStatistics';
  /** Counts by implementing department. */
  byDepartment: Array<ItemCount>;
  /** Counts by online-handling depth (1 to 4). */
  byDepth: Array<ItemCount>;
  /** Counts by division level of the implementing body. */
  byLevel: Array<ItemCount>;
  /** Counts by legal category. */
  byType: Array<ItemCount>;
  /** Published items counted. */
  total: Scalars['Int']['output'];
};

/** Publication status of an item. */
export type ItemStatus =
  /** Being prepared; not visible to applicants. */
  | 'DRAFT'
  /** Published in the catalogue and open for applications. */
  | 'PUBLISHED'
  /** Withdrawn from the catalogue; existing cases continue, new applications are rejected. */
  | 'WITHDRAWN';

/** Legal category of an item. */
export type ItemType =
  /** 行政确认 administrative confirmation */
  | 'ADMINISTRATIVE_CONFIRMATION'
  /** 行政许可 administrative licensing */
  | 'ADMINISTRATIVE_LICENSING'
  /** 行政给付 administrative payment */
  | 'ADMINISTRATIVE_PAYMENT'
  /** 其他行政权力 other administrative power */
  | 'OTHER'
  /** 公共服务 public service */
  | 'PUBLIC_SERVICE';

/**
 * One version of an item's implementation list entry. A draft is edited by
 * the department, passes departmental review and legal review (法制审核), and
 * is then published. A published version never changes: a later edit makes a
 * new draft. A case records the version it was filed under and resolves it
 * with the key (itemId, version).
 */
export type ItemVersion = {
  __typename?: 'ItemVersion';
  /** Version this draft was started from; null for a first version. */
  basedOnVersion?: Maybe<Scalars['Int']['output']>;
  /** Content of the implementation list entry in this version. */
  content: ItemContent;
  /** When the draft was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** User id of the author of the draft. */
  createdBy: Scalars['ID']['output'];
  /** Name of the author of the draft. */
  createdByName: Scalars['String']['output'];
  /** Source of a delegated implementation: item and version it was made from. */
  delegation?: Maybe<ItemDelegation>;
  /** Item id and version number joined by `@v`, such as `<implementation code>@v2`. */
  id: Scalars['ID']['output'];
  /** The item as currently published; null while the item has never been published or for viewers who may not see it. */
  item?: Maybe<Item>;
  /** Implementation code of the item. */
  itemId: Scalars['ID']['output'];
  /** When the version was published (ISO 8601, UTC); null before. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Reviews of this version, oldest first; a rejected draft keeps its rejections after it is resubmitted. */
  reviews: Array<ItemReview>;
  /** Change counter of this version record; every edit, review or publication increments it, and mutations take it to refuse stale writes. */
  revision: Scalars['Int']['output'];
  /** Workflow status of this version. */
  status: ItemVersionStatus;
  /** Version number, from 1. */
  version: Scalars['Int']['output'];
};

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

/** Form in which a material is submitted. */
export type MaterialForm =
  /** 复印件 copy */
  | 'COPY'
  /** 电子 electronic */
  | 'ELECTRONIC'
  /** 原件 original */
  | 'ORIGINAL';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the first version, as a draft, of a new implementation by the viewer's department. The implementation code is derived from the department, the division and the basic code. */
  createItem: ItemVersion;
  /** Delegates (事项下放) a published item to lower levels: makes for each division a draft implementation by the same department, which passes its own reviews. Delegating to a division again returns the implementation made the first time. */
  delegateItem: Array<ItemVersion>;
  /** Publishes an approved version: it becomes immutable, the item serves it and search shows it. Publishing an already published version again completes an interrupted publication. */
  publishItemVersion: ItemVersion;
  /** Departmental review by an item administrator of the department other than the author. A rejection needs at least one reason. */
  reviewItemDraftForDepartment: ItemVersion;
  /** Legal review (法制审核) by a legal reviewer whose jurisdiction contains the item. A rejection needs at least one reason. */
  reviewItemDraftForLegality: ItemVersion;
  /** Creates or changes a catalogue entry (item administration office). */
  saveCatalogueEntry: CatalogueEntry;
  /** Creates or changes a configuration dictionary entry (item administration office). */
  saveDictionaryEntry: ItemDictionaryEntry;
  /** Starts a draft from the published version of an item; returns the open draft when one exists already. The published version stays served until the draft is published. */
  startItemDraft: ItemVersion;
  /** Submits a draft for departmental review. */
  submitItemDraft: ItemVersion;
  /** Replaces the content of a draft or of a rejected version, which becomes a draft again. */
  updateItemDraft: ItemVersion;
};


export type MutationCreateItemArgs = {
  input: NewItemInput;
};


export type MutationDelegateItemArgs = {
  divisionCodes: Array<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPublishItemVersionArgs = {
  itemId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReviewItemDraftForDepartmentArgs = {
  approve: Scalars['Boolean']['input'];
  expectedRevision: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  reasons?: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationReviewItemDraftForLegalityArgs = {
  approve: Scalars['Boolean']['input'];
  expectedRevision: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  reasons?: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSaveCatalogueEntryArgs = {
  input: CatalogueEntryInput;
};


export type MutationSaveDictionaryEntryArgs = {
  input: ItemDictionaryEntryInput;
};


export type MutationStartItemDraftArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationSubmitItemDraftArgs = {
  expectedRevision: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateItemDraftArgs = {
  content: ItemContentInput;
  expectedRevision: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A new item: a department's implementation of a catalogue entry in a division. */
export type NewItemInput = {
  /** Basic code of the catalogue entry implemented. */
  basicCode: Scalars['String']['input'];
  /** Content of the first version. */
  content: ItemContentInput;
  /** Implementing department. */
  departmentCode: Scalars['String']['input'];
  /** Division of the implementing body: 50 for the city, or a county or township code. */
  divisionCode: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The basic catalogue (目录清单), sorted by basic code. */
  catalogueEntries: Array<CatalogueEntry>;
  /** Published implementations of one catalogue entry whose division contains `divisionCode` (implemented there or at an enclosing level), by every department, deepest division first. Cases use it to find where a case may be transferred. */
  catalogueImplementations: Array<Item>;
  /** Entries of a configuration dictionary, or of all dictionaries, in order; disabled entries included. */
  dictionaryEntries: Array<ItemDictionaryEntry>;
  /** The implementation list (实施清单) of a department in one division: its published items implemented exactly there, sorted by pinyin. */
  implementationList: Array<Item>;
  /** One item by its implementation code; null when it does not exist, or when it is a draft and the viewer is no item administrator, supervisor or administrator. */
  item?: Maybe<Item>;
  /** Service items in the order of their last change, after the cursor `after`, in every status; changes younger than 2 seconds wait for a later call. For the data catalogue's feed of the items.catalogue dataset. SYSTEM only. */
  itemChanges: ItemChangePage;
  /** Unpublished versions in the viewer's jurisdiction, oldest first, optionally of one status: what departments edit and review, and what legal reviewers review. */
  itemDrafts: Array<ItemVersion>;
  /** Counts of published items, optionally only those implemented in a division subtree. */
  itemStatistics: ItemStatistics;
  /** One version of an item; null when it does not exist or the viewer may not see it (unpublished versions need item staff or a legal reviewer in the item's jurisdiction). */
  itemVersion?: Maybe<ItemVersion>;
  /** Field-level differences between two versions of an item, from the older to the newer; both must be visible to the viewer. */
  itemVersionDiff: Array<ItemFieldChange>;
  /**
   * Searches published items. A keyword (at most 50 characters) matches names,
   * aliases, keywords and life-event themes by Chinese character n-grams, and
   * pinyin or pinyin initials (such as `sbk` for 社会保障卡); an exact name
   * or alias match ranks first. Without a keyword, items are sorted by the
   * pinyin of their names. Returns at most `first` items (1 to 100).
   */
  searchItems: Array<Item>;
};


export type QueryCatalogueImplementationsArgs = {
  basicCode: Scalars['String']['input'];
  divisionCode: Scalars['String']['input'];
};


export type QueryDictionaryEntriesArgs = {
  dictionary?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImplementationListArgs = {
  departmentCode: Scalars['String']['input'];
  divisionCode: Scalars['String']['input'];
};


export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryItemChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryItemDraftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ItemVersionStatus>;
};


export type QueryItemStatisticsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryItemVersionArgs = {
  itemId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type QueryItemVersionDiffArgs = {
  fromVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  toVersion: Scalars['Int']['input'];
};


export type QuerySearchItemsArgs = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  minOnlineDepth?: InputMaybe<Scalars['Int']['input']>;
  subjectType?: InputMaybe<SubjectType>;
  type?: InputMaybe<ItemType>;
};

/** Kind of applicant. */
export type SubjectType =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'NATURAL_PERSON';



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
  Item: Item;
  ItemVersion: ItemVersion;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
  ItemVersion:
    ( { __typename: 'ItemVersion' }
    & ( GraphQLRecursivePick<FederationTypes['ItemVersion'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['ItemVersion'], {"itemId":true,"version":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CatalogueEntry: ResolverTypeWrapper<CatalogueEntryDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CatalogueEntryInput: CatalogueEntryInput;
  Department: ResolverTypeWrapper<Department>;
  DivisionLevel: DivisionLevel;
  Fee: ResolverTypeWrapper<Fee>;
  FeeInput: FeeInput;
  FormField: ResolverTypeWrapper<FormField>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FormFieldInput: FormFieldInput;
  FormFieldType: FormFieldType;
  Item: ResolverTypeWrapper<ItemDocument>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ItemChange: ResolverTypeWrapper<ItemChange>;
  ItemChangeKind: ItemChangeKind;
  ItemChangePage: ResolverTypeWrapper<ItemChangePage>;
  ItemContent: ResolverTypeWrapper<ItemContent>;
  ItemContentInput: ItemContentInput;
  ItemCount: ResolverTypeWrapper<ItemCount>;
  ItemDelegation: ResolverTypeWrapper<ItemDelegation>;
  ItemDeliveryMethod: ItemDeliveryMethod;
  ItemDictionaryEntry: ResolverTypeWrapper<DictionaryEntryDocument>;
  ItemDictionaryEntryInput: ItemDictionaryEntryInput;
  ItemFaq: ResolverTypeWrapper<ItemFaq>;
  ItemFaqInput: ItemFaqInput;
  ItemFieldChange: ResolverTypeWrapper<ItemFieldChange>;
  ItemHandlingPlace: ResolverTypeWrapper<ItemHandlingPlace>;
  ItemHandlingPlaceInput: ItemHandlingPlaceInput;
  ItemMaterial: ResolverTypeWrapper<ItemMaterial>;
  ItemMaterialInput: ItemMaterialInput;
  ItemProcessStep: ResolverTypeWrapper<ItemProcessStep>;
  ItemProcessStepInput: ItemProcessStepInput;
  ItemReview: ResolverTypeWrapper<ItemReview>;
  ItemReviewStage: ItemReviewStage;
  ItemStatistics: ResolverTypeWrapper<ItemStatistics>;
  ItemStatus: ItemStatus;
  ItemType: ItemType;
  ItemVersion: ResolverTypeWrapper<ItemVersionDocument>;
  ItemVersionStatus: ItemVersionStatus;
  MaterialForm: MaterialForm;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewItemInput: NewItemInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubjectType: SubjectType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CatalogueEntry: CatalogueEntryDocument;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CatalogueEntryInput: CatalogueEntryInput;
  Department: Department;
  Fee: Fee;
  FeeInput: FeeInput;
  FormField: FormField;
  Boolean: Scalars['Boolean']['output'];
  FormFieldInput: FormFieldInput;
  Item: ItemDocument;
  ID: Scalars['ID']['output'];
  ItemChange: ItemChange;
  ItemChangePage: ItemChangePage;
  ItemContent: ItemContent;
  ItemContentInput: ItemContentInput;
  ItemCount: ItemCount;
  ItemDelegation: ItemDelegation;
  ItemDictionaryEntry: DictionaryEntryDocument;
  ItemDictionaryEntryInput: ItemDictionaryEntryInput;
  ItemFaq: ItemFaq;
  ItemFaqInput: ItemFaqInput;
  ItemFieldChange: ItemFieldChange;
  ItemHandlingPlace: ItemHandlingPlace;
  ItemHandlingPlaceInput: ItemHandlingPlaceInput;
  ItemMaterial: ItemMaterial;
  ItemMaterialInput: ItemMaterialInput;
  ItemProcessStep: ItemProcessStep;
  ItemProcessStepInput: ItemProcessStepInput;
  ItemReview: ItemReview;
  ItemStatistics: ItemStatistics;
  ItemVersion: ItemVersionDocument;
  Mutation: Record<PropertyKey, never>;
  NewItemInput: NewItemInput;
  Query: Record<PropertyKey, never>;
};

export type CatalogueEntryResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['CatalogueEntry'] = ResolversParentTypes['CatalogueEntry']> = {
  basicCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['DivisionLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ItemType'], ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeeResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Fee'] = ResolversParentTypes['Fee']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FormFieldResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['FormField'] = ResolversParentTypes['FormField']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FormFieldType'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basicCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['ItemVersion']>, ParentType, ContextType>;
  delegatedFrom?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  deliveryMethods?: Resolver<Array<ResolversTypes['ItemDeliveryMethod']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  faqs?: Resolver<Array<ResolversTypes['ItemFaq']>, ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['Fee']>, ParentType, ContextType>;
  formFields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
  handlingPlaces?: Resolver<Array<ResolversTypes['ItemHandlingPlace']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  licenceTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ItemMaterial']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pinyinKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processSteps?: Resolver<Array<ResolversTypes['ItemProcessStep']>, ParentType, ContextType>;
  promisedLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  statutoryLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjectTypes?: Resolver<Array<ResolversTypes['SubjectType']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ItemType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ItemVersion']>, ParentType, ContextType>;
};

export type ItemChangeResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemChange'] = ResolversParentTypes['ItemChange']> = {
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drafterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statutoryLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemChangePageResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemChangePage'] = ResolversParentTypes['ItemChangePage']> = {
  nextAfter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ItemChange']>, ParentType, ContextType>;
};

export type ItemContentResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemContent'] = ResolversParentTypes['ItemContent']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryMethods?: Resolver<Array<ResolversTypes['ItemDeliveryMethod']>, ParentType, ContextType>;
  faqs?: Resolver<Array<ResolversTypes['ItemFaq']>, ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['Fee']>, ParentType, ContextType>;
  formFields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
  handlingPlaces?: Resolver<Array<ResolversTypes['ItemHandlingPlace']>, ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ItemMaterial']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  processSteps?: Resolver<Array<ResolversTypes['ItemProcessStep']>, ParentType, ContextType>;
  promisedLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statutoryLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjectTypes?: Resolver<Array<ResolversTypes['SubjectType']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ItemCountResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemCount'] = ResolversParentTypes['ItemCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemDelegationResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemDelegation'] = ResolversParentTypes['ItemDelegation']> = {
  delegatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegatedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemDictionaryEntryResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemDictionaryEntry'] = ResolversParentTypes['ItemDictionaryEntry']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dictionary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemFaqResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemFaq'] = ResolversParentTypes['ItemFaq']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemFieldChangeResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemFieldChange'] = ResolversParentTypes['ItemFieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemChangeKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemHandlingPlaceResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemHandlingPlace'] = ResolversParentTypes['ItemHandlingPlace']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemMaterialResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemMaterial'] = ResolversParentTypes['ItemMaterial']> = {
  blankFormUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exampleUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MaterialForm'], ParentType, ContextType>;
  licenceTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ItemProcessStepResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemProcessStep'] = ResolversParentTypes['ItemProcessStep']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ItemReviewResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemReview'] = ResolversParentTypes['ItemReview']> = {
  approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ItemReviewStage'], ParentType, ContextType>;
};

export type ItemStatisticsResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemStatistics'] = ResolversParentTypes['ItemStatistics']> = {
  byDepartment?: Resolver<Array<ResolversTypes['ItemCount']>, ParentType, ContextType>;
  byDepth?: Resolver<Array<ResolversTypes['ItemCount']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['ItemCount']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['ItemCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemVersionResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemVersion'] = ResolversParentTypes['ItemVersion'], FederationReferenceType extends FederationReferenceTypes['ItemVersion'] = FederationReferenceTypes['ItemVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ItemVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  basedOnVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['ItemContent'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegation?: Resolver<Maybe<ResolversTypes['ItemDelegation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['ItemReview']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemVersionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createItem?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationCreateItemArgs, 'input'>>;
  delegateItem?: Resolver<Array<ResolversTypes['ItemVersion']>, ParentType, ContextType, RequireFields<MutationDelegateItemArgs, 'divisionCodes' | 'itemId' | 'reason'>>;
  publishItemVersion?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationPublishItemVersionArgs, 'itemId' | 'version'>>;
  reviewItemDraftForDepartment?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationReviewItemDraftForDepartmentArgs, 'approve' | 'expectedRevision' | 'itemId' | 'reasons' | 'version'>>;
  reviewItemDraftForLegality?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationReviewItemDraftForLegalityArgs, 'approve' | 'expectedRevision' | 'itemId' | 'reasons' | 'version'>>;
  saveCatalogueEntry?: Resolver<ResolversTypes['CatalogueEntry'], ParentType, ContextType, RequireFields<MutationSaveCatalogueEntryArgs, 'input'>>;
  saveDictionaryEntry?: Resolver<ResolversTypes['ItemDictionaryEntry'], ParentType, ContextType, RequireFields<MutationSaveDictionaryEntryArgs, 'input'>>;
  startItemDraft?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationStartItemDraftArgs, 'itemId'>>;
  submitItemDraft?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationSubmitItemDraftArgs, 'expectedRevision' | 'itemId' | 'version'>>;
  updateItemDraft?: Resolver<ResolversTypes['ItemVersion'], ParentType, ContextType, RequireFields<MutationUpdateItemDraftArgs, 'content' | 'expectedRevision' | 'itemId' | 'version'>>;
};

export type QueryResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  catalogueEntries?: Resolver<Array<ResolversTypes['CatalogueEntry']>, ParentType, ContextType>;
  catalogueImplementations?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryCatalogueImplementationsArgs, 'basicCode' | 'divisionCode'>>;
  dictionaryEntries?: Resolver<Array<ResolversTypes['ItemDictionaryEntry']>, ParentType, ContextType, Partial<QueryDictionaryEntriesArgs>>;
  implementationList?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryImplementationListArgs, 'departmentCode' | 'divisionCode'>>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  itemChanges?: Resolver<ResolversTypes['ItemChangePage'], ParentType, ContextType, RequireFields<QueryItemChangesArgs, 'first'>>;
  itemDrafts?: Resolver<Array<ResolversTypes['ItemVersion']>, ParentType, ContextType, RequireFields<QueryItemDraftsArgs, 'first'>>;
  itemStatistics?: Resolver<ResolversTypes['ItemStatistics'], ParentType, ContextType, Partial<QueryItemStatisticsArgs>>;
  itemVersion?: Resolver<Maybe<ResolversTypes['ItemVersion']>, ParentType, ContextType, RequireFields<QueryItemVersionArgs, 'itemId' | 'version'>>;
  itemVersionDiff?: Resolver<Array<ResolversTypes['ItemFieldChange']>, ParentType, ContextType, RequireFields<QueryItemVersionDiffArgs, 'fromVersion' | 'itemId' | 'toVersion'>>;
  searchItems?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QuerySearchItemsArgs, 'first'>>;
};

export type Resolvers<ContextType = ItemsContext> = {
  CatalogueEntry?: CatalogueEntryResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  Fee?: FeeResolvers<ContextType>;
  FormField?: FormFieldResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemChange?: ItemChangeResolvers<ContextType>;
  ItemChangePage?: ItemChangePageResolvers<ContextType>;
  ItemContent?: ItemContentResolvers<ContextType>;
  ItemCount?: ItemCountResolvers<ContextType>;
  ItemDelegation?: ItemDelegationResolvers<ContextType>;
  ItemDictionaryEntry?: ItemDictionaryEntryResolvers<ContextType>;
  ItemFaq?: ItemFaqResolvers<ContextType>;
  ItemFieldChange?: ItemFieldChangeResolvers<ContextType>;
  ItemHandlingPlace?: ItemHandlingPlaceResolvers<ContextType>;
  ItemMaterial?: ItemMaterialResolvers<ContextType>;
  ItemProcessStep?: ItemProcessStepResolvers<ContextType>;
  ItemReview?: ItemReviewResolvers<ContextType>;
  ItemStatistics?: ItemStatisticsResolvers<ContextType>;
  ItemVersion?: ItemVersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

