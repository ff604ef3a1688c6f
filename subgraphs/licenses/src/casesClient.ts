import { callSubgraph, subgraphUrl } from '@ykb/common';

/** What the licences subgraph needs to know of a case to check a licence use. */
export interface CaseFacts {
  id: string;
  caseNumber: string;
  status: string;
  divisionCode: string;
  departmentCode: string;
  applicantUserId: string;
  applicantIdNumber: string | null;
}

/** Looks a case up; null when it does not exist. */
export type CaseLookup = (
  caseId: string,
  requestId?: string,
) => Promise<CaseFacts | null>;

const CASE_QUERY = `query LicenceUseCase($id: ID!) {
  case(id: $id) { id caseNumber status divisionCode departmentCode applicant { id } applicantIdNumber }
}`;

/**
 * Reads a case from the cases subgraph with a SYSTEM service token, which
 * sees every case with raw personal data.
 */
export const lookupCaseOverHttp: CaseLookup = async (caseId, requestId) => {
  const data = await callSubgraph<{
    case: {
      id: string;
      caseNumber: string;
      status: string;
      divisionCode: string;
      departmentCode: string;
      applicant: { id: string };
      applicantIdNumber: string | null;
    } | null;
  }>(subgraphUrl('cases'), 'licenses', CASE_QUERY, { id: caseId }, requestId);
  if (!data.case) return null;
  return {
    id: data.case.id,
    caseNumber: data.case.caseNumber,
    status: data.case.status,
    divisionCode: data.case.divisionCode,
    departmentCode: data.case.departmentCode,
    applicantUserId: data.case.applicant.id,
    applicantIdNumber: data.case.applicantIdNumber,
  };
};

/** Looks several cases up at once; a missing case maps to null. */
export type CasesLookup = (
  caseIds: readonly string[],
  requestId?: string,
) => Promise<Map<string, CaseFacts | null>>;

const CASES_QUERY = `query LicenceEventCases($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Case { id caseNumber status divisionCode departmentCode applicant { id } applicantIdNumber }
  }
}`;

/** Reads cases from the cases subgraph in one `_entities` call with a SYSTEM service token. */
export const lookupCasesOverHttp: CasesLookup = async (caseIds, requestId) => {
  const data = await callSubgraph<{
    _entities: ({
      id: string;
      caseNumber: string;
      status: string;
      divisionCode: string;
      departmentCode: string;
      applicant: { id: string };
      applicantIdNumber: string | null;
    } | null)[];
  }>(
    subgraphUrl('cases'),
    'licenses',
    CASES_QUERY,
    { representations: caseIds.map((id) => ({ __typename: 'Case', id })) },
    requestId,
  );
  const facts = new Map<string, CaseFacts | null>();
  caseIds.forEach((id, index) => {
    const found = data._entities[index];
    facts.set(
      id,
      found
        ? {
            id: found.id,
            caseNumber: found.caseNumber,
            status: found.status,
            divisionCode: found.divisionCode,
            departmentCode: found.departmentCode,
            applicantUserId: found.applicant.id,
            applicantIdNumber: found.applicantIdNumber,
          }
        : null,
    );
  });
  return facts;
};
