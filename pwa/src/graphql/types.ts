// Result and variable types of the operations in this folder, written by
// hand against the cross-subgraph contract.
// TODO: replace with the types GraphQL Code Generator writes to generated.ts
// once the composed schema exists.

/** A user as returned by `signIn`. */
export interface SessionUser {
  id: string;
  name: string;
  roles: string[];
  divisionCode: string | null;
  departmentCode: string | null;
  hallId: string | null;
}

export interface SignInData {
  signIn: { token: string; user: SessionUser };
}
export interface SignInVariables {
  account: string;
  password: string;
}

export interface ItemSummary {
  id: string;
  name: string;
  department: { code: string; name: string };
  statutoryLimitDays: number;
  promisedLimitDays: number;
  onlineDepth: number;
}
export interface SearchItemsData {
  searchItems: ItemSummary[];
}
export interface SearchItemsVariables {
  keyword?: string | null;
  first?: number | null;
}

/** Value types of a form field, as in the items subgraph's `FormFieldType`. */
export type FormFieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'ID_CARD' | 'MOBILE' | 'SELECT';

export interface FormField {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  options: string[];
  maxLength: number | null;
}
export interface ItemMaterial {
  code: string;
  name: string;
  required: boolean;
}
export interface ItemDetail {
  id: string;
  name: string;
  conditions: string[];
  materials: ItemMaterial[];
  formFields: FormField[];
  statutoryLimitDays: number;
  promisedLimitDays: number;
  fees: { name: string; amountFen: number }[];
}
export interface ItemDetailData {
  item: ItemDetail | null;
}
export interface ItemDetailVariables {
  id: string;
}

export interface UploadMaterialInput {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}
export interface UploadMaterialData {
  uploadMaterial: { id: string; sha256: string; size: number };
}
export interface UploadMaterialVariables {
  input: UploadMaterialInput;
}

/** Form values keyed by `FormField.key`, sent as one JSON object. */
export type FormData = Record<string, string>;

export interface SubmitApplicationInput {
  itemId: string;
  divisionCode: string;
  formData: FormData;
  materials: { code: string; fileId: string }[];
  idempotencyKey: string;
}
export interface SubmittedCase {
  id: string;
  caseNumber: string;
  status: string;
}
export interface SubmitApplicationData {
  submitApplication: SubmittedCase;
}
export interface SubmitApplicationVariables {
  input: SubmitApplicationInput;
}

export interface Deadline {
  /** Calendar date `YYYY-MM-DD` in Asia/Shanghai. */
  date: string;
  /** True when a year's holiday schedule was not yet loaded. */
  provisional: boolean;
}
export interface MyCase {
  id: string;
  caseNumber: string;
  status: string;
  itemName: string;
  submittedAt: string;
  deadline: Deadline | null;
  licence: { id: string; identifier: string } | null;
}
export interface MyCasesData {
  myCases: MyCase[];
}
export interface MyCasesVariables {
  first?: number | null;
}

export interface Licence {
  id: string;
  identifier: string;
  type: { name: string };
  issuedAt: string;
  holderName: string;
}
export interface MyLicencesData {
  myLicences: Licence[];
}
export type MyLicencesVariables = Record<string, never>;

export interface WorklistCase {
  id: string;
  caseNumber: string;
  status: string;
  itemName: string;
  applicantName: string;
  divisionCode: string;
  submittedAt: string;
  timeLimitStatus: string;
}
export interface WorklistData {
  worklist: WorklistCase[];
}
export interface WorklistVariables {
  status?: string | null;
  first?: number | null;
}

export interface AcceptCaseData {
  acceptCase: { id: string; status: string };
}
export interface AcceptCaseVariables {
  id: string;
}

export interface ApproveCaseData {
  approveCase: {
    id: string;
    status: string;
    licence: { id: string; identifier: string } | null;
  };
}
export interface ApproveCaseVariables {
  id: string;
  opinion: string;
}

export interface SupervisedCase {
  id: string;
  caseNumber: string;
  itemName: string;
  status: string;
  timeLimitStatus: string;
  deadline: Deadline | null;
}
export interface SupervisedCasesData {
  supervisedCases: SupervisedCase[];
}
export interface SupervisedCasesVariables {
  first?: number | null;
}
