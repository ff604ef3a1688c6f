import {
  appError,
  ErrorCode,
  forbidden,
  inJurisdiction,
  notFound,
  shanghaiDate,
  type Logger,
  type Viewer,
} from '@ykb/common';
import type { Model } from 'mongoose';
import { now } from '../../clock.js';
import { jurisdictionFilter } from './jurisdiction.js';
import { mutateVersioned } from './mutate.js';

/** The fields every follow-up record (rectification task, inquiry) has. */
interface FollowUp {
  _id: string;
  version: number;
  status: 'OPEN' | 'DONE';
  divisionCode: string;
  departmentCode: string;
}

/**
 * Filter for follow-ups in a staff viewer's jurisdiction: open ones past
 * their deadline when `overdueOnly`, else those of `status` when given.
 */
export function followUpFilter(
  viewer: Viewer,
  status: 'OPEN' | 'DONE' | null | undefined,
  overdueOnly: boolean | null | undefined,
): Record<string, unknown> {
  const filter = jurisdictionFilter(viewer);
  if (overdueOnly) {
    filter.status = 'OPEN';
    filter['deadline.date'] = { $lt: shanghaiDate(now()) };
  } else if (status) filter.status = status;
  return filter;
}

/**
 * Closes an open follow-up in the viewer's jurisdiction and sets `fields`.
 * Throws INVALID_STATE when it is closed already.
 */
export async function closeFollowUp<T extends FollowUp>(
  model: Model<T>,
  id: string,
  label: string,
  viewer: Viewer,
  fields: Record<string, unknown>,
  log: Logger,
): Promise<T> {
  const record = (await model.findById(id).lean()) as T | null;
  if (!record) throw notFound(label, id);
  if (!inJurisdiction(viewer, record))
    throw forbidden(`${label} ${id} lies outside your division or department.`);
  const updated = await mutateVersioned(
    model,
    id,
    (current) => {
      if (current.status === 'DONE')
        throw appError(
          ErrorCode.InvalidState,
          `${label} ${id} is already closed.`,
        );
      return { set: { status: 'DONE', ...fields } };
    },
    log,
  );
  return updated!;
}
