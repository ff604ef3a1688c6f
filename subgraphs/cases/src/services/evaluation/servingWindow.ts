import { callSubgraph, subgraphUrl, type Logger } from '@ykb/common';

const HALL_WINDOWS = `query EvaluationWindows($id: ID!) {
  hall(id: $id) { windows { id assignedStaffUserIds } }
}`;

/**
 * Window of a hall that served a case, read from the halls subgraph: the
 * one window whose assigned staff include the staff member who accepted
 * the case. Returns null when the hall lists no such window or several.
 * It also returns null, and logs the failure, when halls cannot be reached,
 * because a rating must not fail for that.
 */
// NOTE: the assignment is read when the case is rated, so a staff member moved to another window since acceptance is counted there.
export async function servingWindow(
  hallId: string,
  staffUserId: string,
  requestId: string,
  log: Logger,
): Promise<string | null> {
  try {
    const data = await callSubgraph<{
      hall: {
        windows: { id: string; assignedStaffUserIds: string[] }[];
      } | null;
    }>(subgraphUrl('halls'), 'cases', HALL_WINDOWS, { id: hallId }, requestId);
    const serving = (data.hall?.windows ?? []).filter((window) =>
      window.assignedStaffUserIds.includes(staffUserId),
    );
    return serving.length === 1 ? serving[0]!.id : null;
  } catch (error) {
    log.warn(
      { err: error, hallId, staffUserId },
      'serving window not read from halls; the evaluation records none',
    );
    return null;
  }
}
