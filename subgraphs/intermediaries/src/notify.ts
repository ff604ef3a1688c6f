import { now } from './clock.js';
import type { IntermediaryModels } from './model.js';

/**
 * Sends a message to a party's owner. The id names the event, so a step that
 * is retried, or repeated by the scheduled job after a restart, sends it once.
 */
export async function notify(
  models: IntermediaryModels,
  id: string,
  recipientUserId: string,
  recordId: string,
  text: string,
): Promise<void> {
  await models.Notification.updateOne(
    { _id: id },
    { $setOnInsert: { recipientUserId, recordId, text, sentAt: now() } },
    { upsert: true },
  );
}
