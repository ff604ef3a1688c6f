import {
  badInput,
  CATALOGUE_EDITOR_ROLES,
  DEPARTMENTS,
  hasRole,
  loaderBy,
  type BaseResolverContext,
} from '@ykb/common';
import type DataLoader from 'dataloader';
import type { Resolvers } from './generated/resolvers-types.js';
import type { ItemDocument, ItemModels } from './model.js';
import type { CatalogueIndex } from './searchIndex.js';

export interface ItemsContext extends BaseResolverContext {
  models: ItemModels;
  searchIndex: CatalogueIndex;
  itemById: DataLoader<string, ItemDocument | null>;
}

export function createContext(
  models: ItemModels,
  searchIndex: CatalogueIndex,
  base: BaseResolverContext,
): ItemsContext {
  return {
    ...base,
    models,
    searchIndex,
    itemById: loaderBy<ItemDocument>(models.Item),
  };
}

/** Code and names of a department from the shared reference data, which identity seeds the same way. */
function departmentNames(code: string): {
  code: string;
  name: string;
  nameEn: string;
} {
  const department = DEPARTMENTS.find((d) => d.code === code);
  if (!department)
    throw new Error(`Item refers to unknown department ${code}.`);
  return { code, name: department.name, nameEn: department.nameEn };
}

/**
 * Loads an item for `item(id)` and entity references. Published and
 * withdrawn items are public, because cases keep referring to an item after
 * it is withdrawn. A draft is returned to CATALOGUE_EDITOR_ROLES only.
 */
async function loadVisibleItem(
  ctx: ItemsContext,
  id: string,
): Promise<ItemDocument | null> {
  const item = await ctx.itemById.load(id);
  if (
    item?.status === 'DRAFT' &&
    !hasRole(ctx.viewer, ...CATALOGUE_EDITOR_ROLES)
  )
    return null;
  return item;
}

/**
 * Item catalogue resolvers. The published catalogue is public, so reading
 * needs no sign-in. searchItems returns published entries only, from the
 * in-process search index; `item(id)` and entity references read the database.
 */
export const resolvers: Resolvers = {
  Query: {
    searchItems: async (_parent, args, ctx) => {
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 1 || first > 100)
        throw badInput('`first` must be between 1 and 100.', {
          field: 'first',
        });
      const keyword = args.keyword?.normalize('NFKC').trim();
      if (keyword && Array.from(keyword).length > 50)
        throw badInput('Keyword must be at most 50 characters.', {
          field: 'keyword',
        });
      const items = await ctx.searchIndex.search({
        keyword,
        subjectType: args.subjectType,
        departmentCode: args.departmentCode,
        first,
      });
      for (const item of items) ctx.itemById.prime(item._id, item);
      return items;
    },
    item: (_parent, args, ctx) => loadVisibleItem(ctx, args.id),
  },
  Item: {
    __resolveReference: (ref, ctx) => loadVisibleItem(ctx, ref.id),
    id: (item) => item._id,
    department: (item) => departmentNames(item.departmentCode),
  },
};
