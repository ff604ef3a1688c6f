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
 * halls subgraph's `requestDeliveryWindow`, which must be idempotent per
 * case id. A halls subgraph without that mutation answers
 * GRAPHQL_VALIDATION_FAILED, which marks the request FAILED for staff to see.
 */
// NOTE: the halls subgraph does not offer requestDeliveryWindow yet, so on a running platform these requests end FAILED.
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
