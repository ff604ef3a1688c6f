import {
  STAFF_ROLES,
  requireRole,
  requireViewer,
  Role,
  type RoleValue,
  type Viewer,
} from './auth.js';
import type { SubgraphName } from './services.js';

/**
 * Callers of an operation: anyone (PUBLIC), any signed-in user (SIGNED_IN),
 * or viewers with one of the listed roles. SYSTEM service calls pass only
 * where SYSTEM is listed.
 */
export type Audience = 'PUBLIC' | 'SIGNED_IN' | readonly RoleValue[];

/** Access rule of one operation: a Query or Mutation field, or an entity's `__resolveReference`. */
export interface AccessRule {
  audience: Audience;
  /** Record-level check the resolver applies after the audience check, such as the jurisdiction. */
  scope: string;
}

/** Applicants: natural and legal persons acting through their own accounts. */
export const APPLICANT_ROLES: readonly RoleValue[] = [
  Role.Citizen,
  Role.LegalPerson,
];

/** Staff who take in applications and accept cases: village clerks and hall window staff. */
export const INTAKE_ROLES: readonly RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
];

/** Staff who decide accepted cases. */
export const DECISION_ROLES: readonly RoleValue[] = [
  Role.Reviewer,
  Role.Approver,
];

/**
 * Staff who read cases and licences in their jurisdiction. Those outside
 * PERSONAL_DATA_ROLES (hall managers, supervisors, analysts) see masked
 * values. Auditors, seal administrators and item administrators read none.
 */
export const RECORD_READER_ROLES: readonly RoleValue[] = [
  ...INTAKE_ROLES,
  ...DECISION_ROLES,
  Role.LicenceOfficer,
  Role.HallManager,
  Role.Supervisor,
  Role.Analyst,
  Role.Admin,
  Role.System,
];

/** Staff who read statistics: counts and averages without personal data. */
export const STATISTICS_ROLES: readonly RoleValue[] = [
  Role.Analyst,
  Role.Supervisor,
  Role.Admin,
];

const STATISTICS_SCOPE =
  "counts of records in the viewer's division subtree and, when the viewer has one, department; the filter narrows and never widens it";

/** Staff who read user accounts in their division subtree; masked unless ACCOUNT_PERSONAL_DATA_ROLES. */
export const USER_READER_ROLES: readonly RoleValue[] = RECORD_READER_ROLES;

/** Staff who read unpublished catalogue entries: draft items, and draft or withdrawn intermediary services. */
export const CATALOGUE_EDITOR_ROLES: readonly RoleValue[] = [
  Role.ItemAdmin,
  Role.Supervisor,
  Role.Admin,
  Role.System,
];

/** Staff who read unpublished item versions, each within a jurisdiction (see ITEM_DRAFT_READERS). */
export const ITEM_DRAFT_READER_ROLES: readonly RoleValue[] = [
  Role.ItemAdmin,
  Role.LegalReviewer,
  Role.Supervisor,
  Role.Admin,
  Role.System,
];

const ITEM_DRAFT_READERS =
  "ITEM_ADMIN, LEGAL_REVIEWER, SUPERVISOR and ADMIN with the record's division in their subtree and, when they have a department, the record's department equal to it; the item administration office (ITEM_ADMIN of CQ-ZWB) for every department in its subtree; SYSTEM";

/** Every person's role: applicants and staff, but not SYSTEM, which has no sessions. */
const APPLICANT_AND_STAFF: readonly RoleValue[] = [
  ...APPLICANT_ROLES,
  ...STAFF_ROLES,
];

/** Every staff role, and SYSTEM. */
const STAFF_AUDIENCE: readonly RoleValue[] = [...STAFF_ROLES, Role.System];

/** Scope of the window actions: calling, finishing, skipping, recalling and transferring tickets. */
const WINDOW_SCOPE =
  "the viewer's own hall or a hall in the viewer's subtree; a viewer with a department works only at its dedicated windows; a window with assigned staff admits only them and the hall manager";

/** Scope of a hall's performance report. */
const PERFORMANCE_SCOPE =
  "the hall manager's own hall, or a hall in the subtree of a supervisor or analyst; small case and evaluation figures withheld from readers with a department";

/** Viewers who read a dataset's rows (rowAccess in the data subgraph applies it). */
const DATASET_ROWS_READERS =
  'the viewer reads the rows: SYSTEM, staff of the owner department, ANALYST, SUPERVISOR and ADMIN without a department, or staff of a department with an approved, unexpired grant';

/** Scope of dataset rows: the readers and how SENSITIVE values are shown to them (rowAccess in the data subgraph applies it). */
const DATASET_ROWS_SCOPE =
  "rows in the viewer's division subtree; staff of the owner department, ANALYST, SUPERVISOR and ADMIN without a department, or staff of a department with an approved, unexpired grant; SENSITIVE values raw only for SYSTEM and PERSONAL_DATA_ROLES of the owner or granted department";

const IN_JURISDICTION =
  "record's division in the viewer's subtree and, when the viewer has a department, the record's department equals it";

/**
 * The platform's access table: for each subgraph, who may call each Query
 * and Mutation field and resolve each entity reference. Resolvers call
 * `authorize` with their entry, then apply the entry's scope check.
 * An entity field that is not listed has the access of its entity.
 */
export const ACCESS_POLICY = {
  identity: {
    'Query.userChanges': {
      audience: [Role.System],
      scope: 'every account, unmasked, for the data catalogue feed',
    },
    'Query.identityStatistics': {
      audience: STATISTICS_ROLES,
      scope: STATISTICS_SCOPE,
    },
    'Query.division': { audience: 'PUBLIC', scope: 'reference data' },
    'Query.divisions': { audience: 'PUBLIC', scope: 'reference data' },
    'Query.department': { audience: 'PUBLIC', scope: 'reference data' },
    'Query.departments': { audience: 'PUBLIC', scope: 'reference data' },
    'Query.me': {
      audience: 'PUBLIC',
      scope: 'the viewer only; null when anonymous',
    },
    'Query.user': {
      audience: 'SIGNED_IN',
      scope: `the user themself, or USER_READER_ROLES whose division subtree contains the user's division; else FORBIDDEN`,
    },
    'Query.userByIdCard': {
      audience: [Role.Clerk, Role.WindowStaff, Role.Admin],
      scope:
        "person's division in the viewer's subtree; null otherwise, so the lookup does not reveal who is registered",
    },
    'Query.holidaySchedules': { audience: 'PUBLIC', scope: 'public calendar' },
    'Query.activeSessions': { audience: [Role.System], scope: 'any session' },
    'Query.registeredHolders': {
      audience: [Role.System],
      scope: 'names of the users registered with the given identity numbers',
    },
    'Mutation.signIn': { audience: 'PUBLIC', scope: 'the account signed in' },
    'Mutation.signOut': { audience: 'SIGNED_IN', scope: 'own session' },
    'Mutation.signOutEverywhere': {
      audience: APPLICANT_AND_STAFF,
      scope: "every session of the viewer's own account",
    },
    'Mutation.refreshSession': {
      audience: 'PUBLIC',
      scope: 'holder of an unused refresh token of an open session',
    },
    'Mutation.rotateSigningKey': {
      audience: [Role.Admin],
      scope: 'city-wide administrators (division 50) only',
    },
    'Mutation.registerPerson': { audience: 'PUBLIC', scope: 'new account' },
    'Mutation.loadHolidaySchedule': {
      audience: [Role.Admin],
      scope:
        'administrators of the whole of Chongqing (division 50) only, because the schedule applies city-wide',
    },
    'Division.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'reference data',
    },
    'Department.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'reference data',
    },
    'User.__resolveReference': {
      audience: 'SIGNED_IN',
      scope: 'as Query.user',
    },
    'Query.staffAccounts': {
      audience: [Role.Admin],
      scope: "accounts in the viewer's division subtree",
    },
    'Query.departmentSystems': {
      audience: STAFF_AUDIENCE,
      scope: 'reference data for staff',
    },
    'Query.departmentAccountBinding': {
      audience: [Role.Admin, Role.System],
      scope:
        "administrators whose subtree covers the bound user and the system's department; SYSTEM any",
    },
    'Query.auditRecords': {
      audience: [Role.Auditor, Role.Admin],
      scope: "records of actors in the viewer's division subtree",
    },
    'Query.smsOutbox': {
      audience: [Role.System],
      scope:
        'messages of the sandbox SMS gateway; SYSTEM only, because they contain one-time codes',
    },
    'Query.legalPerson': {
      audience: 'PUBLIC',
      scope:
        'public registration data; agents and grants only for the legal person itself and administrators in jurisdiction',
    },
    'Query.myAgents': {
      audience: [Role.LegalPerson],
      scope: 'the legal person signed in with its own account',
    },
    'Query.myAgentGrants': {
      audience: [Role.LegalPerson],
      scope: 'the legal person signed in with its own account',
    },
    'Query.myAgentGrantUses': {
      audience: [Role.LegalPerson],
      scope: 'the legal person signed in with its own account',
    },
    'Query.myAgencies': {
      audience: [Role.Citizen],
      scope: 'legal persons whose active grants name the viewer',
    },
    'Mutation.createStaffAccount': {
      audience: [Role.Admin],
      scope:
        "a division in the viewer's subtree; an ADMIN account only strictly inside it",
    },
    'Mutation.updateStaffAccess': {
      audience: [Role.Admin],
      scope:
        "accounts and new jurisdictions in the viewer's subtree, never the viewer's own",
    },
    'Mutation.disableStaffAccount': {
      audience: [Role.Admin],
      scope: "accounts in the viewer's subtree, never the viewer's own",
    },
    'Mutation.enableStaffAccount': {
      audience: [Role.Admin],
      scope: "accounts in the viewer's subtree",
    },
    'Mutation.requestPasswordReset': {
      audience: 'PUBLIC',
      scope: 'same answer for every account; rate-limited',
    },
    'Mutation.resetPassword': {
      audience: 'PUBLIC',
      scope: 'holder of a valid one-time code',
    },
    'Mutation.bindDepartmentAccount': {
      audience: [Role.Admin],
      scope:
        "the user and the system's department in the viewer's jurisdiction",
    },
    'Mutation.unbindDepartmentAccount': {
      audience: [Role.Admin],
      scope:
        "the user and the system's department in the viewer's jurisdiction",
    },
    'Mutation.registerLegalPerson': {
      audience: 'PUBLIC',
      scope: 'new account',
    },
    'Mutation.addAgent': {
      audience: [Role.LegalPerson],
      scope: 'the legal person signed in with its own account',
    },
    'Mutation.grantAgent': {
      audience: [Role.LegalPerson],
      scope: "the legal person's own agents",
    },
    'Mutation.revokeGrant': {
      audience: [Role.LegalPerson],
      scope: "the legal person's own grants",
    },
    'Mutation.actForLegalPerson': {
      audience: [Role.Citizen],
      scope: 'an active grant of that legal person naming the viewer',
    },
    'Mutation.useAgentGrant': {
      audience: [Role.System],
      scope: 'any grant; each check is recorded',
    },
    'LegalPerson.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'as Query.legalPerson',
    },
  },
  items: {
    'Query.itemChanges': {
      audience: [Role.System],
      scope: 'every item in every status, for the data catalogue feed',
    },
    'Query.searchItems': { audience: 'PUBLIC', scope: 'published items' },
    'Query.item': {
      audience: 'PUBLIC',
      scope: `published and withdrawn items for everyone; draft heads only for ${ITEM_DRAFT_READERS}, null for others`,
    },
    'Query.itemVersion': {
      audience: 'PUBLIC',
      scope: `published and superseded versions for everyone; others only for ${ITEM_DRAFT_READERS}, null for others`,
    },
    'Query.itemVersionDiff': {
      audience: 'PUBLIC',
      scope:
        'both versions visible as in Query.itemVersion; BAD_USER_INPUT otherwise',
    },
    'Query.itemDrafts': {
      audience: ITEM_DRAFT_READER_ROLES,
      scope: `unpublished versions visible to the viewer: ${ITEM_DRAFT_READERS}`,
    },
    'Query.implementationList': {
      audience: 'PUBLIC',
      scope: 'published items',
    },
    'Query.catalogueImplementations': {
      audience: 'PUBLIC',
      scope: 'published items',
    },
    'Query.catalogueEntries': { audience: 'PUBLIC', scope: 'reference data' },
    'Query.itemStatistics': { audience: 'PUBLIC', scope: 'published items' },
    'Query.dictionaryEntries': { audience: 'PUBLIC', scope: 'reference data' },
    'Mutation.createItem': {
      audience: [Role.ItemAdmin, Role.System],
      scope: `the viewer's department, with the ${IN_JURISDICTION}`,
    },
    'Mutation.startItemDraft': {
      audience: [Role.ItemAdmin, Role.System],
      scope: `item's department, with the ${IN_JURISDICTION}`,
    },
    'Mutation.updateItemDraft': {
      audience: [Role.ItemAdmin, Role.System],
      scope: `item's department, with the ${IN_JURISDICTION}`,
    },
    'Mutation.submitItemDraft': {
      audience: [Role.ItemAdmin, Role.System],
      scope: `item's department, with the ${IN_JURISDICTION}`,
    },
    'Mutation.reviewItemDraftForDepartment': {
      audience: [Role.ItemAdmin, Role.System],
      scope: `item's department, with the ${IN_JURISDICTION}; never the draft's author (SELF_APPROVAL)`,
    },
    'Mutation.reviewItemDraftForLegality': {
      audience: [Role.LegalReviewer, Role.System],
      scope: IN_JURISDICTION,
    },
    'Mutation.publishItemVersion': {
      audience: [Role.ItemAdmin, Role.System],
      scope: `item's department with the ${IN_JURISDICTION}, or the item administration office (ITEM_ADMIN of CQ-ZWB) whose subtree contains the item`,
    },
    'Mutation.delegateItem': {
      audience: [Role.ItemAdmin, Role.System],
      scope:
        'the item administration office (ITEM_ADMIN of CQ-ZWB or without a department) whose subtree contains the item',
    },
    'Mutation.saveCatalogueEntry': {
      audience: [Role.ItemAdmin, Role.System],
      scope: 'the city item administration office (division 50) only',
    },
    'Mutation.saveDictionaryEntry': {
      audience: [Role.ItemAdmin, Role.System],
      scope: 'the city item administration office (division 50) only',
    },
    'Item.__resolveReference': { audience: 'PUBLIC', scope: 'as Query.item' },
    'ItemVersion.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'as Query.itemVersion',
    },
  },
  cases: {
    'Query.caseChanges': {
      audience: [Role.System],
      scope: 'every case, applicant unmasked, for the data catalogue feed',
    },
    'Query.case': {
      audience: 'SIGNED_IN',
      scope: `the applicant, or RECORD_READER_ROLES with the ${IN_JURISDICTION}; else FORBIDDEN`,
    },
    'Query.myCases': { audience: 'SIGNED_IN', scope: 'own applications' },
    'Query.worklist': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES, Role.LicenceOfficer],
      scope:
        "cases in the viewer's division subtree that the viewer's department handles at the viewer's division or above",
    },
    'Query.transferredCases': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES, Role.LicenceOfficer],
      scope:
        "cases in the viewer's division subtree that the viewer's department handled before a transfer and may no longer change",
    },
    'Query.supervisedCases': {
      audience: [Role.Supervisor, Role.Analyst, Role.Admin],
      scope: "cases in the viewer's division subtree, masked for non-admins",
    },
    'Mutation.uploadMaterial': {
      audience: [...APPLICANT_ROLES, ...INTAKE_ROLES],
      scope:
        'files stored under the uploader, who attaches them to applications they file',
    },
    'Mutation.submitApplication': {
      audience: [...APPLICANT_ROLES, ...INTAKE_ROLES],
      scope:
        'applicants for themselves; intake staff on behalf of an applicant registered in their subtree, at a division in their subtree',
    },
    'Mutation.acceptCase': { audience: INTAKE_ROLES, scope: IN_JURISDICTION },
    'Mutation.notAcceptCase': {
      audience: INTAKE_ROLES,
      scope: IN_JURISDICTION,
    },
    'Mutation.rejectCase': {
      audience: DECISION_ROLES,
      scope: `${IN_JURISDICTION}; APPROVER, or REVIEWER when the item's workflow assigns the decision to reviewers, else FORBIDDEN`,
    },
    'Mutation.approveCase': {
      audience: DECISION_ROLES,
      scope: `${IN_JURISDICTION}; APPROVER, or REVIEWER when the item's workflow assigns the decision to reviewers, else FORBIDDEN`,
    },
    'Mutation.retryLicenceIssue': {
      audience: [Role.LicenceOfficer],
      scope: IN_JURISDICTION,
    },
    'Query.itemWorkflow': {
      audience: [
        ...INTAKE_ROLES,
        ...DECISION_ROLES,
        Role.LicenceOfficer,
        Role.ItemAdmin,
        Role.Supervisor,
        Role.Admin,
      ],
      scope: 'any item; workflows are not personal data',
    },
    'Query.caseDocument': {
      audience: 'SIGNED_IN',
      scope:
        'the applicant, or staff who see its personal data (PERSONAL_DATA_ROLES with jurisdiction); null for others',
    },
    'Query.caseProgress': {
      audience: 'PUBLIC',
      scope:
        'the case whose number, applicant ID-number suffix and query code all match; masked, without staff names; rate-limited per client and locked per case number after repeated failures',
    },
    'Query.supervisionRules': {
      audience: [Role.Supervisor, Role.Admin],
      scope: "divisions in the viewer's subtree",
    },
    'Query.supervisionStats': {
      audience: [Role.Supervisor, Role.Analyst, Role.Admin],
      scope: "cases in the viewer's division subtree, counts only",
    },
    'Query.caseStatistics': {
      audience: STATISTICS_ROLES,
      scope: STATISTICS_SCOPE,
    },
    'Query.supervisionWarnings': {
      audience: [Role.Supervisor, Role.Admin],
      scope:
        "warnings of cases in the viewer's division subtree (and department, when the viewer has one)",
    },
    'Query.supervisionOrders': {
      audience: [
        Role.Supervisor,
        Role.Admin,
        ...DECISION_ROLES,
        Role.LicenceOfficer,
      ],
      scope:
        'supervisors: orders in their subtree; department staff: orders to their department in their subtree',
    },
    'Mutation.configureItemWorkflow': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope:
        "item's department and division in the viewer's jurisdiction; item administrators of the item's department only",
    },
    'Mutation.requestCorrection': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES],
      scope: `${IN_JURISDICTION}; intake roles before acceptance, decision roles after`,
    },
    'Mutation.submitCorrection': {
      audience: [...APPLICANT_ROLES, ...INTAKE_ROLES],
      scope:
        'the applicant or its agent (grant covering the item), or intake staff with the case in jurisdiction',
    },
    'Mutation.reviewCase': {
      audience: [Role.Reviewer],
      scope: IN_JURISDICTION,
    },
    'Mutation.suspendCase': {
      audience: DECISION_ROLES,
      scope: IN_JURISDICTION,
    },
    'Mutation.resumeCase': {
      audience: DECISION_ROLES,
      scope: IN_JURISDICTION,
    },
    'Mutation.transferCase': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES],
      scope: IN_JURISDICTION,
    },
    'Mutation.withdrawApplication': {
      audience: APPLICANT_ROLES,
      scope: 'own applications, or an agent whose grant covers the item',
    },
    'Mutation.deliverCase': {
      audience: INTAKE_ROLES,
      scope: IN_JURISDICTION,
    },
    'Mutation.configureSupervisionRules': {
      audience: [Role.Supervisor, Role.Admin],
      scope: "divisions in the viewer's subtree",
    },
    'Mutation.issueSupervisionOrder': {
      audience: [Role.Supervisor],
      scope: "cases and divisions in the viewer's subtree",
    },
    'Mutation.replySupervisionOrder': {
      audience: [...DECISION_ROLES, Role.LicenceOfficer, Role.Admin],
      scope: "orders to the viewer's department in the viewer's subtree",
    },
    'Case.__resolveReference': {
      audience: 'SIGNED_IN',
      scope: 'as Query.case',
    },
    'Query.myPaymentOrders': {
      audience: 'SIGNED_IN',
      scope: "orders of own cases; an agent's only for items its grant covers",
    },
    'Query.paymentOrder': {
      audience: 'SIGNED_IN',
      scope: 'the applicant, or viewers who may read the case; else FORBIDDEN',
    },
    'Query.reconciliation': {
      audience: [Role.Finance],
      scope:
        'city-wide viewers (division 50), because a statement covers every department',
    },
    'Query.clearingReport': {
      audience: [Role.Finance],
      scope: `payments of cases with the ${IN_JURISDICTION}`,
    },
    'Query.myShipments': {
      audience: 'SIGNED_IN',
      scope:
        "shipments of own cases; an agent's only for items its grant covers",
    },
    'Query.hallShipments': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope:
        "the viewer's own hall, or for hall managers a hall in their division subtree",
    },
    'Query.myEvaluations': {
      audience: 'SIGNED_IN',
      scope: "own evaluations; an agent's only for items its grant covers",
    },
    'Query.rectificationTasks': {
      audience: [
        ...DECISION_ROLES,
        ...INTAKE_ROLES,
        Role.Supervisor,
        Role.Admin,
      ],
      scope: `tasks with the ${IN_JURISDICTION}`,
    },
    'Query.satisfaction': {
      audience: [Role.Supervisor, Role.Analyst, Role.HallManager, Role.Admin],
      scope: `evaluations with the ${IN_JURISDICTION}`,
    },
    'Query.myInquiries': {
      audience: 'SIGNED_IN',
      scope:
        "own inquiries; an agent's only for items its grant covers, and general ones it submitted",
    },
    'Query.departmentInquiries': {
      audience: [
        ...INTAKE_ROLES,
        ...DECISION_ROLES,
        Role.Supervisor,
        Role.Admin,
      ],
      scope: `inquiries with the ${IN_JURISDICTION}`,
    },
    'Query.publicCases': {
      audience: 'PUBLIC',
      scope:
        'every case, with name, ID number and mobile masked by fixed rules',
    },
    'Query.staffCaseStats': {
      audience: [Role.System],
      scope: 'any staff member; the halls subgraph builds performance reports',
    },
    'Query.windowCaseStats': {
      audience: [Role.System],
      scope: 'any hall window; the halls subgraph builds performance reports',
    },
    'Mutation.openPaymentOrder': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES, Role.System],
      scope: IN_JURISDICTION,
    },
    'Mutation.startPayment': {
      audience: APPLICANT_ROLES,
      scope: "orders of own cases; an agent's only for items its grant covers",
    },
    'Mutation.refreshPaymentOrder': {
      audience: 'SIGNED_IN',
      scope: 'the applicant, or viewers who may read the case',
    },
    'Mutation.refundPayment': {
      audience: [Role.Finance],
      scope: IN_JURISDICTION,
    },
    'Mutation.reconcilePayments': {
      audience: [Role.Finance, Role.System],
      scope: 'city-wide viewers (division 50)',
    },
    'Mutation.chooseDelivery': {
      audience: APPLICANT_ROLES,
      scope: 'own open cases',
    },
    'Mutation.createShipment': {
      audience: [...APPLICANT_ROLES, ...INTAKE_ROLES, Role.HallManager],
      scope:
        "materials by the applicant of the case; results by staff of the hall that sends them, with the case in the viewer's division subtree",
    },
    'Mutation.refreshShipmentTracking': {
      audience: 'SIGNED_IN',
      scope: 'the applicant, or staff of the shipment’s hall',
    },
    'Mutation.evaluateCase': {
      audience: APPLICANT_ROLES,
      scope: 'the applicant of a closed case, once',
    },
    'Mutation.resolveRectification': {
      audience: [
        ...DECISION_ROLES,
        ...INTAKE_ROLES,
        Role.Supervisor,
        Role.Admin,
      ],
      scope: IN_JURISDICTION,
    },
    'Mutation.submitInquiry': {
      audience: APPLICANT_ROLES,
      scope: 'a new inquiry of the viewer; a case must be their own',
    },
    'Mutation.answerInquiry': {
      audience: [
        ...INTAKE_ROLES,
        ...DECISION_ROLES,
        Role.Supervisor,
        Role.Admin,
      ],
      scope: IN_JURISDICTION,
    },
  },
  licenses: {
    'Query.licenceTypes': { audience: 'PUBLIC', scope: 'catalogue' },
    'Query.licenceType': { audience: 'PUBLIC', scope: 'catalogue' },
    'Query.licenceStatistics': {
      audience: STATISTICS_ROLES,
      scope: STATISTICS_SCOPE,
    },
    'Query.myLicences': {
      audience: 'SIGNED_IN',
      scope:
        "own licences; an agent gets the legal person's licences after a grant check",
    },
    'Query.licence': {
      audience: 'SIGNED_IN',
      scope: `the holder, an agent of a legal person holder after a grant check, or RECORD_READER_ROLES with the ${IN_JURISDICTION} (issuing department); else FORBIDDEN`,
    },
    'Query.findLicences': {
      audience: [Role.LicenceOfficer, Role.Admin],
      scope: `licences in the ${IN_JURISDICTION} (issuing department); holder data masked unless the viewer may see personal data`,
    },
    'Query.verifyLicence': {
      audience: 'PUBLIC',
      scope: 'by identifier, holder masked',
    },
    'Query.seals': {
      audience: [Role.SealAdmin, Role.Admin],
      scope: "seals of departments in the viewer's jurisdiction",
    },
    'Mutation.issueLicence': {
      audience: [Role.System],
      scope:
        'the cases subgraph on approval; licence officers requeue a failed issuance with retryLicenceIssue',
    },
    'Mutation.revokeSeal': {
      audience: [Role.SealAdmin, Role.Admin],
      scope: "seal's department in the viewer's jurisdiction; else NOT_FOUND",
    },
    'LicenceType.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'catalogue',
    },
    'Licence.__resolveReference': {
      audience: 'SIGNED_IN',
      scope: 'as Query.licence',
    },
    'Case.__resolveReference': {
      audience: 'SIGNED_IN',
      scope:
        'only the id; Case.licenceEvents allows the applicant and its agents, SYSTEM and RECORD_READER_ROLES whose jurisdiction covers the case',
    },
    'Seal.__resolveReference': {
      audience: 'PUBLIC',
      scope:
        'public seal certificate: name, department, public key, validity and status',
    },
    'Query.licencesAwaitingSignature': {
      audience: [Role.LicenceOfficer, Role.Admin],
      scope: `licences of the ${IN_JURISDICTION} (issuing department)`,
    },
    'Query.myLicenceUses': {
      audience: 'SIGNED_IN',
      scope: "uses of the viewer's own licences",
    },
    'Query.licenceEventsForCase': {
      audience: [
        ...INTAKE_ROLES,
        ...DECISION_ROLES,
        Role.LicenceOfficer,
        Role.System,
      ],
      scope:
        'a case the viewer may handle now; else LICENCE_USE_PURPOSE_REQUIRED',
    },
    'Query.licenceEvents': { audience: [Role.System], scope: 'every licence' },
    'Query.licencesByIdentifier': {
      audience: [Role.System],
      scope: 'every licence',
    },
    'Query.exportLicences': {
      audience: [Role.LicenceOfficer, Role.Admin],
      scope: `department in the ${IN_JURISDICTION}; else FORBIDDEN`,
    },
    'Query.verificationKeySet': {
      audience: 'PUBLIC',
      scope: 'public keys of every seal and revoked identifiers',
    },
    'Query.hubVerifyLicence': {
      audience: [Role.System],
      scope: 'requests of other provinces through the national hub',
    },
    'Mutation.createSeal': {
      audience: [Role.SealAdmin, Role.Admin],
      scope: `department in the ${IN_JURISDICTION}; else FORBIDDEN`,
    },
    'Mutation.confirmLicenceSignature': {
      audience: [Role.LicenceOfficer],
      scope: `licence in the ${IN_JURISDICTION} (issuing department); else NOT_FOUND`,
    },
    'Mutation.revokeLicence': {
      audience: [Role.LicenceOfficer, Role.Admin],
      scope: `licence in the ${IN_JURISDICTION} (issuing department); else NOT_FOUND`,
    },
    'Mutation.changeLicence': {
      audience: [Role.LicenceOfficer, Role.Admin],
      scope: `licence in the ${IN_JURISDICTION} (issuing department); else NOT_FOUND`,
    },
    'Mutation.importLicences': {
      audience: [Role.LicenceOfficer, Role.Admin],
      scope: `department in the ${IN_JURISDICTION}; else FORBIDDEN`,
    },
    'Mutation.useLicence': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES, Role.LicenceOfficer],
      scope:
        'a case the viewer may handle now whose applicant holds the licence; else LICENCE_USE_PURPOSE_REQUIRED',
    },
    'Mutation.fetchRemoteLicence': {
      audience: [...INTAKE_ROLES, ...DECISION_ROLES, Role.LicenceOfficer],
      scope:
        'a case the viewer may handle now; else LICENCE_USE_PURPOSE_REQUIRED',
    },
    'Mutation.updateLicenceType': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope: 'catalogue',
    },
    'Mutation.createLicenceType': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope:
        "catalogue: the defining department must be the viewer's department (ADMIN without a department: any); else FORBIDDEN",
    },
    'Mutation.linkLicenceTypeItem': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope: 'catalogue',
    },
    'Mutation.unlinkLicenceTypeItem': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope: 'catalogue',
    },
    'Mutation.publishLicenceCatalogue': {
      audience: [Role.Admin, Role.System],
      scope: 'catalogue, to the national hub',
    },
  },
  intermediaries: {
    'Query.partyChanges': {
      audience: [Role.System],
      scope: 'every registered party, unmasked, for the data catalogue feed',
    },
    'Query.intermediaryStatistics': {
      audience: STATISTICS_ROLES,
      scope: STATISTICS_SCOPE,
    },
    'Query.intermediaryServices': {
      audience: 'PUBLIC',
      scope:
        'PUBLISHED for everyone; other statuses need CATALOGUE_EDITOR_ROLES, else FORBIDDEN',
    },
    'Query.intermediaryService': {
      audience: 'PUBLIC',
      scope:
        'PUBLISHED for everyone; other statuses for CATALOGUE_EDITOR_ROLES, null for others',
    },
    'Query.agencies': {
      audience: 'PUBLIC',
      scope: 'admitted agencies, public profile only',
    },
    'Query.agency': {
      audience: 'PUBLIC',
      scope: 'admitted agencies, public profile only',
    },
    'Query.agenciesOnNotice': {
      audience: 'PUBLIC',
      scope: 'agencies on public notice, public profile only',
    },
    'Query.myRegistrations': {
      audience: [Role.LegalPerson],
      scope:
        "the viewer's own registrations; an agent only those its grant covers (an agency offering a service linked to a granted item, the client when any service is covered)",
    },
    'Query.registration': {
      audience: [Role.LegalPerson, Role.Admin, Role.Supervisor],
      scope:
        "the owner (an agent only when its grant covers the registration, as Query.myRegistrations), or ADMIN and SUPERVISOR whose division subtree contains the registration's division; null otherwise",
    },
    'Query.registrations': {
      audience: [Role.Admin, Role.Supervisor],
      scope: "registrations whose division lies in the viewer's subtree",
    },
    'Query.announcements': {
      audience: 'PUBLIC',
      scope: 'published and decided announcements',
    },
    'Query.announcement': {
      audience: 'PUBLIC',
      scope:
        'published and decided announcements; one under review or refused only for its client and SUPERVISOR in jurisdiction',
    },
    'Query.verifyDraw': {
      audience: 'PUBLIC',
      scope: 'announcements visible as Query.announcement',
    },
    'Query.myBids': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own agency's bids",
    },
    'Query.announcementRegistrants': {
      audience: [Role.LegalPerson, Role.Supervisor, Role.Admin],
      scope:
        "the client's own announcement; SUPERVISOR and ADMIN: announcements in jurisdiction",
    },
    'Query.resultNotices': {
      audience: 'PUBLIC',
      scope: 'result notices of projects that are not confidential',
    },
    'Query.myEngagements': {
      audience: [Role.LegalPerson],
      scope: 'engagements where the viewer owns the client or the agency',
    },
    'Query.myAnnouncements': {
      audience: [Role.LegalPerson],
      scope:
        "the viewer's own announcements as a client; an agent sees those of the legal person it acts for",
    },
    'Query.complaintChannels': {
      audience: 'PUBLIC',
      scope: 'published channels',
    },
    'Query.myComplaints': {
      audience: APPLICANT_AND_STAFF,
      scope:
        "the viewer's own complaints; an agent only those about announcements of services its grant covers",
    },
    'Query.intermediarySupervision': {
      audience: [Role.Supervisor, Role.Admin],
      scope: `records with the ${IN_JURISDICTION}`,
    },
    'Query.myIntermediaryNotifications': {
      audience: [Role.LegalPerson],
      scope:
        "the viewer's own messages; an agent only those about registrations and announcements its grant covers",
    },
    'Mutation.createIntermediaryService': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope:
        "city-level viewers (division 50) whose department, if any, is the entry's industry authority",
    },
    'Mutation.publishIntermediaryService': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope: 'as Mutation.createIntermediaryService',
    },
    'Mutation.changeIntermediaryService': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope: 'as Mutation.createIntermediaryService',
    },
    'Mutation.withdrawIntermediaryService': {
      audience: [Role.ItemAdmin, Role.Admin],
      scope: 'as Mutation.createIntermediaryService',
    },
    'Mutation.registerCertificate': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own certificate",
    },
    'Mutation.revokeCertificate': {
      audience: [Role.Admin],
      scope:
        "the certificate key of a registration whose division lies in the viewer's subtree",
    },
    'Mutation.certificateChallenge': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own certificate",
    },
    'Mutation.certificateSignIn': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own challenge and platform session",
    },
    'Mutation.registerClient': {
      audience: [Role.LegalPerson],
      scope: 'a registration owned by the viewer, after a certificate sign-in',
    },
    'Mutation.registerAgency': {
      audience: [Role.LegalPerson],
      scope: 'a registration owned by the viewer, after a certificate sign-in',
    },
    'Mutation.checkRegistration': {
      audience: [Role.Admin],
      scope: "registrations whose division lies in the viewer's subtree",
    },
    'Mutation.correctRegistration': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own registration, after a certificate sign-in",
    },
    'Mutation.changeRegistration': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own registration, after a certificate sign-in",
    },
    'Mutation.objectToRegistration': {
      audience: APPLICANT_AND_STAFF,
      scope: 'any agency on public notice',
    },
    'Mutation.decideObjection': {
      audience: [Role.Supervisor],
      scope:
        "objections whose division lies in the viewer's subtree and, when the viewer has a department, referred to that department",
    },
    'Mutation.publishAnnouncement': {
      audience: [Role.LegalPerson],
      scope:
        "the viewer's admitted client registration, after a certificate sign-in",
    },
    'Mutation.reviewAnnouncement': {
      audience: [Role.Supervisor],
      scope: `announcements with the ${IN_JURISDICTION} (the service's industry authority)`,
    },
    'Mutation.requestAnnouncementWithdrawal': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own announcement",
    },
    'Mutation.decideAnnouncementWithdrawal': {
      audience: [Role.Supervisor],
      scope: 'as Mutation.reviewAnnouncement',
    },
    'Mutation.registerForAnnouncement': {
      audience: [Role.LegalPerson],
      scope: "the viewer's admitted agency, after a certificate sign-in",
    },
    'Mutation.submitBid': {
      audience: [Role.LegalPerson],
      scope: "the viewer's registered agency, after a certificate sign-in",
    },
    'Mutation.openBidRound': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own announcement",
    },
    'Mutation.performSelection': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own announcement, after a certificate sign-in",
    },
    'Mutation.confirmSelection': {
      audience: [Role.LegalPerson],
      scope: "the viewer's own announcement, after a certificate sign-in",
    },
    'Mutation.uploadContract': {
      audience: [Role.LegalPerson],
      scope: "engagements of the viewer's agency, after a certificate sign-in",
    },
    'Mutation.registerCompletion': {
      audience: [Role.LegalPerson],
      scope: "engagements of the viewer's client, after a certificate sign-in",
    },
    'Mutation.fileComplaint': {
      audience: APPLICANT_AND_STAFF,
      scope: 'a complaint filed by the viewer',
    },
    'Mutation.handleComplaint': {
      audience: [Role.Supervisor],
      scope: "complaints whose division lies in the viewer's subtree",
    },
    'IntermediaryService.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'as Query.intermediaryService',
    },
    'Item.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'published services of the item',
    },
  },
  halls: {
    'Query.hallChanges': {
      audience: [Role.System],
      scope: 'every hall, for the data catalogue feed',
    },
    'Query.ticketChanges': {
      audience: [Role.System],
      scope: 'every queue ticket, for the data catalogue feed',
    },
    'Query.halls': { audience: 'PUBLIC', scope: 'public hall directory' },
    'Division.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'public hall directory of the division',
    },
    'Query.hall': { audience: 'PUBLIC', scope: 'public hall directory' },
    'Query.queueStatus': { audience: 'PUBLIC', scope: 'queue length only' },
    'Mutation.takeTicket': { audience: 'PUBLIC', scope: 'a new ticket' },
    'Mutation.requestDeliveryWindow': {
      audience: [Role.System],
      scope: 'the cases subgraph assigns a delivery window per case',
    },
    'Mutation.callNext': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: WINDOW_SCOPE,
    },
    'Hall.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'public hall directory',
    },
    'Query.appointmentSlotRules': {
      audience: 'PUBLIC',
      scope: 'published appointment rules',
    },
    'Query.appointmentSlots': {
      audience: 'PUBLIC',
      scope: 'slots and free places only',
    },
    'Query.myAppointments': {
      audience: [Role.Citizen],
      scope: "the viewer's own bookings",
    },
    'Query.hallAppointments': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Query.hallAttendance': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Query.staffRequests': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope:
        "the viewer's own hall: all requests for its manager and window managers, one's own for other staff",
    },
    'Mutation.configureAppointmentSlots': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.bookAppointment': {
      audience: [Role.Citizen],
      scope: 'a booking of the viewer',
    },
    'Mutation.cancelAppointment': {
      audience: [Role.Citizen],
      scope: "the viewer's own booking",
    },
    'Mutation.checkInAppointment': {
      audience: [Role.Citizen, ...INTAKE_ROLES, Role.HallManager],
      scope: "the citizen's own booking, or staff of the booking's hall",
    },
    'Mutation.checkInAttendance': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.checkOutAttendance': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.requestLeave': {
      audience: INTAKE_ROLES,
      scope: "the viewer's own hall",
    },
    'Mutation.requestHallEntry': {
      audience: INTAKE_ROLES,
      scope: "the viewer's own hall or a hall in the viewer's subtree",
    },
    'Mutation.designateWindowManager': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.approveStaffRequest': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope:
        "the viewer's own hall, at the request's current level, never one's own request",
    },
    'Mutation.rejectStaffRequest': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope:
        "the viewer's own hall, at the request's current level, never one's own request",
    },
    'Window.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'public hall directory',
    },
    'Ticket.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'ticket number and state only; tickets hold no personal data',
    },
    'Query.queueMonitor': {
      audience: 'PUBLIC',
      scope: 'queue figures and ticket numbers only',
    },
    'Query.windowQueue': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: WINDOW_SCOPE,
    },
    'Mutation.finishTicket': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: WINDOW_SCOPE,
    },
    'Mutation.skipTicket': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: WINDOW_SCOPE,
    },
    'Mutation.recallTicket': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: WINDOW_SCOPE,
    },
    'Mutation.transferTicket': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: WINDOW_SCOPE,
    },
    'Query.hallStaff': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.configureHall': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.configureWindows': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Query.strandedAppointments': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.cancelStrandedAppointments': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Query.myAppointmentNotifications': {
      audience: [Role.Citizen],
      scope: "the viewer's own notifications",
    },
    'Query.hallNotices': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: 'a hall the viewer works at; receipts for its manager only',
    },
    'Mutation.publishNotice': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Mutation.markNoticeRead': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: 'a notice of a hall the viewer works at',
    },
    'Query.dutyRosters': {
      audience: [...INTAKE_ROLES, Role.HallManager],
      scope: 'a hall the viewer works at',
    },
    'Mutation.setDutyRoster': {
      audience: [Role.HallManager],
      scope: "the viewer's own hall",
    },
    'Query.hallStatistics': {
      audience: STATISTICS_ROLES,
      scope: STATISTICS_SCOPE,
    },
    'Query.hallPerformance': {
      audience: [Role.HallManager, Role.Supervisor, Role.Analyst],
      scope: PERFORMANCE_SCOPE,
    },
    'Query.hallPerformanceCsv': {
      audience: [Role.HallManager, Role.Supervisor, Role.Analyst],
      scope: PERFORMANCE_SCOPE,
    },
  },
  data: {
    'Query.datasets': {
      audience: 'PUBLIC',
      scope: 'the data catalogue is public; rows are not',
    },
    'Query.dataset': { audience: 'PUBLIC', scope: 'the data catalogue' },
    'Dataset.__resolveReference': {
      audience: 'PUBLIC',
      scope: 'the data catalogue',
    },
    'Query.datasetRows': {
      audience: STAFF_AUDIENCE,
      scope: DATASET_ROWS_SCOPE,
    },
    'DatasetRow.__resolveReference': {
      audience: STAFF_AUDIENCE,
      scope: DATASET_ROWS_SCOPE,
    },
    'Query.datasetStatistics': {
      audience: [Role.Analyst, Role.Supervisor, Role.Admin, Role.System],
      scope: `rows in the viewer's division subtree; counts only, no distinct counts of SENSITIVE fields; small counts withheld unless ${DATASET_ROWS_READERS}`,
    },
    'Query.applicationStatistics': {
      audience: 'PUBLIC',
      scope: `counts of cases.applications per division, month and item; small counts withheld except in divisions of the viewer's subtree when ${DATASET_ROWS_READERS}`,
    },
    'Query.sharingRequests': {
      audience: STAFF_AUDIENCE,
      scope:
        "requests the viewer's department made or owns; every request for ADMIN and SUPERVISOR without a department",
    },
    'Mutation.requestDatasetSharing': {
      audience: STAFF_ROLES,
      scope: "the viewer's department, for a dataset another department owns",
    },
    'Mutation.decideSharingRequest': {
      audience: [Role.Admin],
      scope: "ADMIN of the dataset's owner department",
    },
    'Query.openDatasets': {
      audience: 'PUBLIC',
      scope: 'PUBLIC fields of open datasets',
    },
    'Query.exchangeJobs': {
      audience: STAFF_AUDIENCE,
      scope:
        'ADMIN, ANALYST, SUPERVISOR, SYSTEM, or staff of the owner department',
    },
    'Query.exchangeJob': {
      audience: STAFF_AUDIENCE,
      scope:
        "ADMIN, ANALYST, SUPERVISOR, SYSTEM, or staff of the job's dataset's owner department",
    },
    'Mutation.startDatasetExport': {
      audience: STAFF_AUDIENCE,
      scope: `${DATASET_ROWS_SCOPE}; the file holds what the starter may read`,
    },
    'Mutation.startDatasetImport': {
      audience: [Role.Admin, Role.System],
      scope: "ADMIN of the dataset's owner department",
    },
    'Mutation.resumeExchangeJob': {
      audience: STAFF_AUDIENCE,
      scope: "the job's starter, or ADMIN of the dataset's owner department",
    },
  },
} as const satisfies Record<SubgraphName, Record<string, AccessRule>>;

/**
 * Checks a viewer against a rule's audience: UNAUTHENTICATED without a
 * viewer, FORBIDDEN without a listed role. Returns the viewer, or undefined
 * for an anonymous caller of a PUBLIC operation.
 */
export function authorize(
  viewer: Viewer | undefined,
  rule: AccessRule,
): Viewer | undefined {
  if (rule.audience === 'PUBLIC') return viewer;
  if (rule.audience === 'SIGNED_IN') return requireViewer(viewer);
  return requireRole(viewer, ...rule.audience);
}

/** Like `authorize`, for rules that need a signed-in viewer; returns that viewer. */
export function authorizeViewer(
  viewer: Viewer | undefined,
  rule: AccessRule & { audience: 'SIGNED_IN' | readonly RoleValue[] },
): Viewer {
  return authorize(viewer, rule) ?? requireViewer(viewer);
}
