import {
  ACCESS_POLICY,
  authorize,
  authorizeViewer,
  badInput,
  DEPARTMENTS,
  divisionLevel,
  isDivisionCode,
  isWithinDivision,
  loaderBy,
  type BaseResolverContext,
  pageRows,
} from '@ykb/common';
import DataLoader from 'dataloader';
import { itemStatistics, saveCatalogueEntry } from './catalogueAdmin.js';
import { delegateItem } from './delegation.js';
import { dictionaryEntries, saveDictionaryEntry } from './dictionaries.js';
import { diffContent } from './diff.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type {
  CatalogueEntryDocument,
  ItemContent,
  ItemDocument,
  ItemModels,
  ItemVersionDocument,
  ItemVersionStatus,
} from './model.js';
import { canReadUnpublished } from './permissions.js';
import type { CatalogueIndex } from './searchIndex.js';
import {
  canSeeVersion,
  createItem,
  parseVersionId,
  publishVersion,
  reviewDraft,
  startDraft,
  submitDraft,
  updateDraft,
  versionId,
} from './versions.js';
import { itemChanges } from './changeFeed.js';

export interface ItemsContext extends BaseResolverContext {
  models: ItemModels;
  searchIndex: CatalogueIndex;
  itemById: DataLoader<string, ItemDocument | null>;
  versionById: DataLoader<string, ItemVersionDocument | null>;
  versionsByItem: DataLoader<string, ItemVersionDocument[]>;
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
    versionById: loaderBy<ItemVersionDocument>(models.ItemVersion),
    versionsByItem: versionsLoader(models),
  };
}

/** Loads the versions of many items in one query, newest first. */
function versionsLoader(
  models: ItemModels,
): DataLoader<string, ItemVersionDocument[]> {
  return new DataLoader<string, ItemVersionDocument[]>(async (itemIds) => {
    const versions = await models.ItemVersion.find({
      itemId: { $in: [...itemIds] },
    }).lean<ItemVersionDocument[]>();
    return itemIds.map((itemId) =>
      versions
        .filter((version) => version.itemId === itemId)
        .sort((a, b) => b.number - a.number),
    );
  });
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
 * it is withdrawn. A draft head is returned only to viewers who may read
 * unpublished versions in its jurisdiction.
 */
async function loadVisibleItem(
  ctx: ItemsContext,
  id: string,
): Promise<ItemDocument | null> {
  const item = await ctx.itemById.load(id);
  if (item?.status === 'DRAFT' && !canReadUnpublished(ctx.viewer, item))
    return null;
  return item;
}

async function loadVisibleVersion(
  ctx: ItemsContext,
  itemId: string,
  version: number,
): Promise<ItemVersionDocument | null> {
  if (!Number.isInteger(version) || version < 1) return null;
  const found = await ctx.versionById.load(versionId(itemId, version));
  return found && canSeeVersion(ctx.viewer, found) ? found : null;
}

const UNPUBLISHED: readonly ItemVersionStatus[] = [
  'DRAFT',
  'DEPARTMENT_REVIEW',
  'LEGAL_REVIEW',
  'APPROVED',
  'REJECTED',
];

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/**
 * Item catalogue resolvers. The published catalogue is public, so reading
 * it needs no sign-in. searchItems, implementationList and itemStatistics
 * read the in-process index of published items; everything else reads the
 * database.
 */
export const resolvers: Resolvers = {
  Query: {
    itemChanges: (_parent, args, ctx) => itemChanges(ctx, args),
    searchItems: async (_parent, args, ctx) => {
      const first = args.first ?? 20;
      pageRows(first);
      const keyword = args.keyword?.normalize('NFKC').trim();
      if (keyword && Array.from(keyword).length > 50)
        throw badInput('Keyword must be at most 50 characters.', {
          field: 'keyword',
        });
      if (args.divisionCode != null && !isDivisionCode(args.divisionCode))
        throw badInput(
          `divisionCode ${args.divisionCode} is not a division code.`,
          {
            field: 'divisionCode',
          },
        );
      if (
        args.minOnlineDepth != null &&
        (!Number.isInteger(args.minOnlineDepth) ||
          args.minOnlineDepth < 1 ||
          args.minOnlineDepth > 4)
      )
        throw badInput('minOnlineDepth is 1 to 4.', {
          field: 'minOnlineDepth',
        });
      const items = await ctx.searchIndex.search({
        keyword,
        subjectType: args.subjectType,
        departmentCode: args.departmentCode,
        divisionCode: args.divisionCode,
        minOnlineDepth: args.minOnlineDepth,
        type: args.type,
        first,
      });
      for (const item of items) ctx.itemById.prime(item._id, item);
      return items;
    },
    item: (_parent, args, ctx) => loadVisibleItem(ctx, args.id),
    itemVersion: (_parent, args, ctx) =>
      loadVisibleVersion(ctx, args.itemId, args.version),
    itemVersionDiff: async (_parent, args, ctx) => {
      const [from, to] = await Promise.all([
        loadVisibleVersion(ctx, args.itemId, args.fromVersion),
        loadVisibleVersion(ctx, args.itemId, args.toVersion),
      ]);
      if (!from)
        throw badInput(
          `Item ${args.itemId} has no version ${args.fromVersion} you may see.`,
          {
            field: 'fromVersion',
          },
        );
      if (!to)
        throw badInput(
          `Item ${args.itemId} has no version ${args.toVersion} you may see.`,
          {
            field: 'toVersion',
          },
        );
      return diffContent(from.content, to.content);
    },
    itemDrafts: async (_parent, args, ctx) => {
      const viewer = authorizeViewer(
        ctx.viewer,
        ACCESS_POLICY.items['Query.itemDrafts'],
      );
      const first = args.first ?? 50;
      pageRows(first);
      if (args.status && !UNPUBLISHED.includes(args.status))
        throw badInput('itemDrafts lists unpublished versions only.', {
          field: 'status',
        });
      const filter: Record<string, unknown> = {
        status: args.status ?? { $in: UNPUBLISHED },
      };
      if (viewer.divisionCode && viewer.divisionCode !== '50')
        filter.divisionCode = new RegExp(`^${viewer.divisionCode}`);
      const found =
        await ctx.models.ItemVersion.find(filter).lean<ItemVersionDocument[]>();
      return found
        .filter((version) => canReadUnpublished(viewer, version))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, first);
    },
    implementationList: async (_parent, args, ctx) => {
      if (!DEPARTMENTS.some((d) => d.code === args.departmentCode))
        throw badInput(`Department ${args.departmentCode} does not exist.`, {
          field: 'departmentCode',
        });
      if (!isDivisionCode(args.divisionCode))
        throw badInput(
          `divisionCode ${args.divisionCode} is not a division code.`,
          {
            field: 'divisionCode',
          },
        );
      const items = (await ctx.searchIndex.publishedItems()).filter(
        (item) =>
          item.departmentCode === args.departmentCode &&
          item.divisionCode === args.divisionCode,
      );
      return [...items].sort((a, b) =>
        (a.pinyinKey ?? '') < (b.pinyinKey ?? '') ? -1 : 1,
      );
    },
    catalogueImplementations: async (_parent, args, ctx) => {
      if (!/^\d{12}$/.test(args.basicCode))
        throw badInput(`basicCode ${args.basicCode} is not 12 digits.`, {
          field: 'basicCode',
        });
      if (!isDivisionCode(args.divisionCode))
        throw badInput(
          `divisionCode ${args.divisionCode} is not a division code.`,
          { field: 'divisionCode' },
        );
      const items = (await ctx.searchIndex.publishedItems()).filter(
        (item) =>
          item.basicCode === args.basicCode &&
          isWithinDivision(item.divisionCode, args.divisionCode),
      );
      return [...items].sort(
        (a, b) =>
          b.divisionCode.length - a.divisionCode.length ||
          (a.departmentCode < b.departmentCode ? -1 : 1),
      );
    },
    catalogueEntries: async (_parent, _args, ctx) =>
      ctx.models.CatalogueEntry.find({})
        .sort({ _id: 1 })
        .lean<CatalogueEntryDocument[]>(),
    itemStatistics: async (_parent, args, ctx) =>
      itemStatistics(await ctx.searchIndex.publishedItems(), args.divisionCode),
    dictionaryEntries: (_parent, args, ctx) =>
      dictionaryEntries(ctx.models, args.dictionary),
  },
  Mutation: {
    createItem: (_parent, args, ctx) => createItem(ctx, args.input),
    startItemDraft: (_parent, args, ctx) => startDraft(ctx, args.itemId),
    updateItemDraft: (_parent, args, ctx) =>
      updateDraft(
        ctx,
        args.itemId,
        args.version,
        args.expectedRevision,
        args.content,
      ),
    submitItemDraft: (_parent, args, ctx) =>
      submitDraft(ctx, args.itemId, args.version, args.expectedRevision),
    reviewItemDraftForDepartment: (_parent, args, ctx) =>
      reviewDraft(ctx, 'DEPARTMENT', { ...args, reasons: args.reasons ?? [] }),
    reviewItemDraftForLegality: (_parent, args, ctx) =>
      reviewDraft(ctx, 'LEGAL', { ...args, reasons: args.reasons ?? [] }),
    publishItemVersion: (_parent, args, ctx) =>
      publishVersion(ctx, args.itemId, args.version),
    delegateItem: (_parent, args, ctx) =>
      delegateItem(ctx, args.itemId, args.divisionCodes, args.reason),
    saveCatalogueEntry: (_parent, args, ctx) =>
      saveCatalogueEntry(ctx, args.input),
    saveDictionaryEntry: (_parent, args, ctx) =>
      saveDictionaryEntry(ctx, args.input),
  },
  Item: {
    __resolveReference: (ref, ctx) => {
      authorize(ctx.viewer, ACCESS_POLICY.items['Item.__resolveReference']);
      return loadVisibleItem(ctx, ref.id);
    },
    id: (item) => item._id,
    department: (item) => departmentNames(item.departmentCode),
    aliases: (item) => item.aliases ?? [],
    themes: (item) => item.themes ?? [],
    keywords: (item) => item.keywords ?? [],
    processSteps: (item) => item.processSteps ?? [],
    handlingPlaces: (item) => item.handlingPlaces ?? [],
    deliveryMethods: (item) =>
      (item.deliveryMethods ?? []) as ItemContent['deliveryMethods'],
    faqs: (item) => item.faqs ?? [],
    level: (item) => divisionLevel(item.divisionCode) ?? 'PROVINCE',
    pinyinKey: (item) => item.pinyinKey ?? '',
    delegatedFrom: (item, _args, ctx) =>
      item.delegatedFrom ? loadVisibleItem(ctx, item.delegatedFrom) : null,
    currentVersion: (item, _args, ctx) =>
      ctx.versionById.load(versionId(item._id, item.version)),
    versions: async (item, _args, ctx) =>
      (await ctx.versionsByItem.load(item._id)).filter((version) =>
        canSeeVersion(ctx.viewer, version),
      ),
  },
  ItemVersion: {
    __resolveReference: async (ref, ctx) => {
      authorize(
        ctx.viewer,
        ACCESS_POLICY.items['ItemVersion.__resolveReference'],
      );
      const key =
        'itemId' in ref && ref.itemId && typeof ref.version === 'number'
          ? { itemId: ref.itemId, version: ref.version }
          : 'id' in ref && ref.id
            ? parseVersionId(ref.id)
            : undefined;
      return key ? loadVisibleVersion(ctx, key.itemId, key.version) : null;
    },
    id: (version) => version._id,
    version: (version) => version.number,
    revision: (version) => version.version,
    basedOnVersion: (version) => version.basedOn ?? null,
    createdAt: (version) => version.createdAt.toISOString(),
    publishedAt: (version) => iso(version.publishedAt),
    item: (version, _args, ctx) => loadVisibleItem(ctx, version.itemId),
    reviews: (version) =>
      version.reviews.map((review) => ({
        ...review,
        at: review.at.toISOString(),
      })),
    delegation: (version) =>
      version.delegation
        ? {
            ...version.delegation,
            delegatedAt: version.delegation.delegatedAt.toISOString(),
          }
        : null,
  },
  CatalogueEntry: {
    basicCode: (entry) => entry._id,
    revision: (entry) => entry.version,
  },
};
