import {
  ACCESS_POLICY,
  authorizeViewer,
  readChangeFeed,
  type ChangeFeedArguments,
} from '@ykb/common';
import type { IdentityContext } from './context.js';

interface UserRecord {
  _id: string;
  kind: string;
  name: string;
  idCardNumber?: string | null;
  mobile?: string | null;
  divisionCode?: string | null;
  createdAt: Date;
  updatedAt?: Date | null;
}

/** Reads one page of the users change feed for a SYSTEM caller. */
export async function userChanges(
  ctx: IdentityContext,
  args: ChangeFeedArguments,
) {
  authorizeViewer(ctx.viewer, ACCESS_POLICY.identity['Query.userChanges']);
  const page = await readChangeFeed<UserRecord>(ctx.models.User, args);
  return {
    nextAfter: page.nextAfter,
    records: page.records.map((user) => ({
      id: user._id,
      kind: user.kind,
      name: user.name,
      idCardNumber: user.idCardNumber ?? null,
      mobile: user.mobile ?? null,
      divisionCode: user.divisionCode ?? null,
      registeredAt: user.createdAt.toISOString(),
    })),
  };
}
