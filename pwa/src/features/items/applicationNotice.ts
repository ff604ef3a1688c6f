import {
  NETWORK_ERROR_CODE,
  type OutboxEntry,
  type SubmitOutcome,
} from '../../offline/outbox';

/** Message key and values of the notice shown after an application is submitted. */
export type ApplicationNotice =
  | { key: 'item.submitted'; caseNumber: string }
  | {
      key: 'item.queued' | 'item.retrying' | 'item.needsAttention';
      localId: string;
    };

/**
 * Chooses the notice shown under the application form. A queued application is
 * followed in the outbox `entries`: once a retry sends it the notice shows
 * its case number, and one the server then refuses points to the cases page,
 * where it waits under 需处理. A queued one tells whether it waits for a
 * network or for a retry after a server failure.
 */
export function applicationNotice(
  outcome: SubmitOutcome | null,
  entries: readonly OutboxEntry[],
): ApplicationNotice | null {
  if (!outcome) return null;
  if (outcome.kind === 'submitted')
    return { key: 'item.submitted', caseNumber: outcome.result.caseNumber };
  const entry =
    entries.find((e) => e.localId === outcome.entry.localId) ?? outcome.entry;
  if (entry.state === 'synced' && entry.result)
    return { key: 'item.submitted', caseNumber: entry.result.caseNumber };
  if (entry.state !== 'pending')
    return { key: 'item.needsAttention', localId: entry.localId };
  const offline =
    !entry.lastError || entry.lastError.code === NETWORK_ERROR_CODE;
  return {
    key: offline ? 'item.queued' : 'item.retrying',
    localId: entry.localId,
  };
}
