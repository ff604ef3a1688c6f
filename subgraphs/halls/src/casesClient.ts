import { callSubgraph, MAX_PAGE_ROWS, subgraphUrl } from '@ykb/common';

/** Case figures of one staff member over a period, as the cases subgraph reports them. */
export interface StaffCaseStats {
  staffId: string;
  casesHandled: number;
  evaluations: number;
  satisfied: number;
  averageLevel: number | null;
}

const STAFF_CASE_STATS = `query HallStaffCaseStats($staffIds: [ID!]!, $from: DateTime!, $to: DateTime!, $first: Int!) {
  staffCaseStats(staffIds: $staffIds, from: $from, to: $to, first: $first) {
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
  const figures: StaffCaseStats[] = [];
  // staffCaseStats returns one page of MAX_PAGE_ROWS staff members, so larger halls are asked in several calls.
  for (let start = 0; start < staffIds.length; start += MAX_PAGE_ROWS) {
    const page = staffIds.slice(start, start + MAX_PAGE_ROWS);
    const data = await callSubgraph<{ staffCaseStats: StaffCaseStats[] }>(
      subgraphUrl('cases'),
      'halls',
      STAFF_CASE_STATS,
      {
        staffIds: page,
        from: from.toISOString(),
        to: to.toISOString(),
        first: MAX_PAGE_ROWS,
      },
      requestId,
    );
    figures.push(...data.staffCaseStats);
  }
  return figures;
};
