import {
  ACCESS_POLICY,
  authorizeViewer,
  badInput,
  insertOnce,
  type Viewer,
} from '@ykb/common';
import type {
  DeliveryWindowDocument,
  HallDocument,
  HallModels,
  HallWindow,
} from './model.js';
import { checkLength } from './admin.js';
import { getHall } from './queue.js';

/**
 * Delivery windows (出件窗口). When a case accepted at a hall reaches its
 * delivery step, the cases subgraph requests through its outbox the window of
 * that hall that hands the result to the applicant. The assignment is stored
 * under the case id, so the outbox's retries and duplicates get the
 * first window back and never a second one.
 */

/** Request the cases subgraph sends for one case. */
export interface DeliveryWindowRequest {
  caseId: string;
  caseNumber: string;
  hallId: string;
  departmentCode: string;
  itemName: string;
  applicantUserId: string;
}

/**
 * Picks the window that hands out a department's results: its dedicated window,
 * else the first comprehensive window, else the lowest-numbered window.
 * Mail windows are left out while another window exists, because they send
 * results by post.
 */
export function chooseDeliveryWindow(
  hall: HallDocument,
  departmentCode: string,
): HallWindow | null {
  const byNumber = [...hall.windows].sort((a, b) => a.number - b.number);
  const counters = byNumber.filter((w) => !w.mail);
  const candidates = counters.length > 0 ? counters : byNumber;
  return (
    candidates.find(
      (w) => w.category === 'DEDICATED' && w.departmentCode === departmentCode,
    ) ??
    candidates.find((w) => w.category === 'COMPREHENSIVE') ??
    candidates[0] ??
    null
  );
}

/** Assigns the delivery window of one case, once; SYSTEM only. */
export async function requestDeliveryWindow(
  models: HallModels,
  viewer: Viewer | undefined,
  input: DeliveryWindowRequest,
): Promise<DeliveryWindowDocument> {
  authorizeViewer(
    viewer,
    ACCESS_POLICY.halls['Mutation.requestDeliveryWindow'],
  );
  const caseId = checkLength(input.caseId, 'caseId', 100);
  const existing = () =>
    models.DeliveryWindow.findById(caseId).lean<DeliveryWindowDocument>();
  const first = await existing();
  if (first) return first;
  const hall = await getHall(models, input.hallId);
  const departmentCode = checkLength(
    input.departmentCode,
    'departmentCode',
    40,
  );
  const window = chooseDeliveryWindow(hall, departmentCode);
  if (!window)
    throw badInput(`Hall ${hall._id} has no window to hand out results.`, {
      field: 'hallId',
    });
  const { record } = await insertOnce<DeliveryWindowDocument>(
    async () =>
      (
        await models.DeliveryWindow.create({
          _id: caseId,
          caseNumber: checkLength(input.caseNumber, 'caseNumber', 100),
          hallId: hall._id,
          windowNumber: window.number,
          departmentCode,
          itemName: checkLength(input.itemName, 'itemName', 200),
          applicantUserId: checkLength(
            input.applicantUserId,
            'applicantUserId',
            100,
          ),
          requestedAt: new Date(),
        })
      ).toObject() as DeliveryWindowDocument,
    existing,
  );
  return record;
}
