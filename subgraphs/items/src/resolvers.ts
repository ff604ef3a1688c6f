import { badInput, DEPARTMENTS, loaderBy, type BaseResolverContext } from '@ykb/common';
import type DataLoader from 'dataloader';
import type { Resolvers } from './generated/resolvers-types.js';
import type { ItemDocument, ItemModels } from './model.js';

export interface ItemsContext extends BaseResolverContext {
  models: ItemModels;
  itemById: DataLoader<string, ItemDocument | null>;
}

export function createContext(models: ItemModels, base: BaseResolverContext): ItemsContext {
  return { ...base, models, itemById: loaderBy<ItemDocument>(models.Item) };
}

/** Code and names of a department from the shared reference data, which identity seeds the same way. */
function departmentNames(code: string): { code: string; name: string; nameEn: string } {
  const department = DEPARTMENTS.find((d) => d.code === code);
  if (!department) throw new Error(`Item refers to unknown department ${code}.`);
  return { code, name: department.name, nameEn: department.nameEn };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Item catalogue resolvers. The published catalogue is public, so reading
 * needs no sign-in; drafts and withdrawn entries are never returned here.
 */
export const resolvers: Resolvers = {
  Query: {
    searchItems: async (_parent, args, ctx) => {
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('`first` must be between 1 and 100.', { field: 'first' });
      const filter: Record<string, unknown> = { status: 'PUBLISHED' };
      const keyword = args.keyword?.normalize('NFKC').trim();
      if (keyword) {
        if (Array.from(keyword).length > 50) throw badInput('Keyword must be at most 50 characters.', { field: 'keyword' });
        const pattern = new RegExp(escapeRegExp(keyword), 'i');
        filter.$or = [{ name: pattern }, { keywords: pattern }, { nameEn: pattern }];
      }
      if (args.subjectType) filter.subjectTypes = args.subjectType;
      if (args.departmentCode) filter.departmentCode = args.departmentCode;
      const items = await ctx.models.Item.find(filter).sort({ _id: 1 }).limit(first).lean<ItemDocument[]>();
      for (const item of items) ctx.itemById.prime(item._id, item);
      return items;
    },
    item: (_parent, args, ctx) => ctx.itemById.load(args.id),
  },
  Item: {
    __resolveReference: (ref, ctx) => ctx.itemById.load(ref.id),
    id: (item) => item._id,
    department: (item) => departmentNames(item.departmentCode),
  },
};
