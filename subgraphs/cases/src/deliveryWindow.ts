import { callSubgraph, subgraphUrl } from '@ykb/common';
import { now } from './clock.js';
import type { OutboxKind } from './outbox.js';
import { SYSTEM_ACTOR } from './outbox.js';

const REQUEST_MUTATION = `mutation RequestDeliveryWindow($input: DeliveryWindowRequestInput!) {
  requestDeliveryWindow(input: $input) { id }
}`;

/**
 * The request to a hall for a delivery window (出件窗口) when a case that the
 * hall accepted waits for delivery: delivered through the outbox to the
 * halls subgraph's `requestDeliveryWindow`, which assigns one window per
 * case id, so a retried request gets the first window back.
 */
export const deliveryWindowKind: OutboxKind<{ id: string }> = {
  path: 'deliveryWindowRequest',
  doneState: 'DONE',
  deliverable: (record) => record.status === 'AWAITING_DELIVERY',
  deliverableFilter: { status: 'AWAITING_DELIVERY' },
  deliver: async (record, requestId) => {
    const result = await callSubgraph<{
      requestDeliveryWindow: { id: string };
    }>(
      subgraphUrl('halls'),
      'cases',
      REQUEST_MUTATION,
      {
        input: {
          caseId: record._id,
          caseNumber: record.caseNumber,
          hallId: record.hallId,
          departmentCode: record.departmentCode,
          itemName: record.itemName,
          applicantUserId: record.applicantUserId,
        },
      },
      requestId,
    );
    return result.requestDeliveryWindow;
  },
  succeeded: (_record, window) => ({
    set: {},
    push: {
      history: {
        action: 'DELIVERY_WINDOW_REQUESTED',
        actorUserId: SYSTEM_ACTOR.userId,
        actorName: SYSTEM_ACTOR.name,
        at: now(),
        opinion: window.id,
      },
    },
  }),
};
