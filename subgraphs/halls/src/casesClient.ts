import { callSubgraph, subgraphUrl } from '@ykb/common';

/** Case figures of one staff member over a period, as the cases subgraph reports them. */
export interface StaffCaseStats {
  staffId: string;
  casesHandled: number;
  evaluations: number;
  satisfied: number;
  averageLevel: number | null;
}

const STAFF_CASE_STATS = `query HallStaffCaseStats($staffIds: [ID!]!, $from: DateTime!, $to: DateTime!) {
  staffCaseStats(staffIds: $staffIds, from: $from, to: $to) {
    staffId casesHandled evaluations satisfied averageLevel
  }
}`;

/** Source of case figures; tests and the platform both use the HTTP client below. */
export type CaseStatsSource = (
  staffIds: string[],
  from: Date,
  to: Date,
  requestId?: string,
) => Promise<StaffCaseStats[]>;

/**
 * Asks the cases subgraph (YKB_CASES_URL, or the cases port of the
 * platform) for the case figures of staff members with a SYSTEM token.
 * Throws UPSTREAM_FAILED when the call fails.
 */
export const fetchStaffCaseStats: CaseStatsSource = async (
  staffIds,
  from,
  to,
  requestId,
) => {
  if (staffIds.length === 0) return [];
  const data = await callSubgraph<{ staffCaseStats: StaffCaseStats[] }>(
    subgraphUrl('cases'),
    'halls',
    STAFF_CASE_STATS,
    { staffIds, from: from.toISOString(), to: to.toISOString() },
    requestId,
  );
  return data.staffCaseStats;
};
