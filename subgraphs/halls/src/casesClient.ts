import { callSubgraph, MAX_PAGE_ROWS, subgraphUrl } from '@ykb/common';

/** Case figures of one staff member over a period, as the cases subgraph reports them. */
export interface StaffCaseStats {
  staffId: string;
  casesHandled: number;
  evaluations: number;
  satisfied: number;
  averageLevel: number | null;
}

/** Case figures of one hall window over a period, as the cases subgraph reports them. */
export interface WindowCaseStats {
  windowId: string;
  casesHandled: number;
  evaluations: number;
  satisfied: number;
  averageLevel: number | null;
}

/** Staff and windows whose case figures a performance report needs. */
export interface CaseStatsRequest {
  hallId: string;
  staffIds: string[];
  windows: { windowId: string; staffIds: string[] }[];
  from: Date;
  to: Date;
}

export interface CaseStats {
  staff: StaffCaseStats[];
  windows: WindowCaseStats[];
}

const CASE_STATS = `query HallCaseStats($hallId: ID!, $staffIds: [ID!]!, $windows: [WindowStaffInput!]!, $from: DateTime!, $to: DateTime!, $first: Int!) {
  staffCaseStats(staffIds: $staffIds, from: $from, to: $to, first: $first) {
    staffId casesHandled evaluations satisfied averageLevel
  }
  windowCaseStats(hallId: $hallId, windows: $windows, from: $from, to: $to) {
    windowId casesHandled evaluations satisfied averageLevel
  }
}`;

/** Source of case figures; tests and the platform both use the HTTP client below. */
export type CaseStatsSource = (
  request: CaseStatsRequest,
  requestId?: string,
) => Promise<CaseStats>;

/**
 * Fetches the case figures of staff members and windows from the cases
 * subgraph (YKB_CASES_URL, or the cases port of the platform) in one
 * request with a SYSTEM token. Throws UPSTREAM_FAILED when the call fails.
 */
export const fetchCaseStats: CaseStatsSource = async (request, requestId) => {
  if (request.staffIds.length === 0 && request.windows.length === 0)
    return { staff: [], windows: [] };
  const staff: StaffCaseStats[] = [];
  let windows: WindowCaseStats[] = [];
  // staffCaseStats returns at most MAX_PAGE_ROWS staff members, so a larger
  // hall is asked in several calls; the window figures come with the first.
  for (
    let start = 0;
    start === 0 || start < request.staffIds.length;
    start += MAX_PAGE_ROWS
  ) {
    const data = await callSubgraph<{
      staffCaseStats: StaffCaseStats[];
      windowCaseStats: WindowCaseStats[];
    }>(
      subgraphUrl('cases'),
      'halls',
      CASE_STATS,
      {
        hallId: request.hallId,
        staffIds: request.staffIds.slice(start, start + MAX_PAGE_ROWS),
        windows: start === 0 ? request.windows : [],
        from: request.from.toISOString(),
        to: request.to.toISOString(),
        first: MAX_PAGE_ROWS,
      },
      requestId,
    );
    staff.push(...data.staffCaseStats);
    if (start === 0) windows = data.windowCaseStats;
  }
  return { staff, windows };
};
