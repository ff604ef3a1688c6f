import {
  ACCESS_POLICY,
  authorizeViewer,
  readChangeFeed,
  type ChangeFeedArguments,
} from '@ykb/common';
import type { ItemVersionDocument } from './model.js';
import type { ItemsContext } from './resolvers.js';

interface ItemRecord {
  _id: string;
  status: string;
  name: string;
  departmentCode: string;
  divisionCode: string;
  statutoryLimitDays: number;
  promisedLimitDays: number;
  version: number;
  updatedAt?: Date | null;
}

/** Reads one page of the service items change feed for a SYSTEM caller. */
export async function itemChanges(
  ctx: ItemsContext,
  args: ChangeFeedArguments,
) {
  authorizeViewer(ctx.viewer, ACCESS_POLICY.items['Query.itemChanges']);
  const page = await readChangeFeed<ItemRecord>(ctx.models.Item, args);
  const versions = await ctx.models.ItemVersion.find(
    { itemId: { $in: page.records.map((item) => item._id) } },
    { itemId: 1, number: 1, createdByName: 1 },
  ).lean<Pick<ItemVersionDocument, 'itemId' | 'number' | 'createdByName'>[]>();
  const drafters = new Map(
    versions.map((v) => [`${v.itemId}#${v.number}`, v.createdByName]),
  );
  return {
    nextAfter: page.nextAfter,
    records: page.records.map((item) => ({
      id: item._id,
      status: item.status,
      name: item.name,
      departmentCode: item.departmentCode,
      divisionCode: item.divisionCode,
      statutoryLimitDays: item.statutoryLimitDays,
      promisedLimitDays: item.promisedLimitDays,
      drafterName: drafters.get(`${item._id}#${item.version}`) ?? null,
    })),
  };
}
