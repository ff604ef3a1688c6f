import { appError, changeAtVersion, ErrorCode, type Logger } from '@ykb/common';
import type { Model } from 'mongoose';

/** Errors and version-guarded writes shared by the marketplace's state machines. */

/** CONFLICT for a record that another change moved past the version the caller read. */
export function stale(what: string, id: string) {
  return appError(
    ErrorCode.Conflict,
    `${what} ${id} changed since you read it; reload it and try again.`,
    { id },
  );
}

/** INVALID_STATE for a step that the record's state does not allow. */
export function wrongState(what: string, state: string, needed: string) {
  return appError(
    ErrorCode.InvalidState,
    `The ${what} is ${state}; this step needs ${needed}.`,
    { state },
  );
}

/** Applies `set` at the record's version; CONFLICT when another change took that version first. */
export async function changeRecord<T extends { _id: string; version: number }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any model of this subgraph
  model: Model<any>,
  what: string,
  record: T,
  set: Record<string, unknown>,
  log?: Logger,
): Promise<T> {
  const updated = await changeAtVersion<T>(
    model,
    record._id,
    record.version,
    { set },
    { log },
  );
  if (!updated) throw stale(what, record._id);
  return updated;
}
