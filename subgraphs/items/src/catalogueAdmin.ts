import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  DEPARTMENTS,
  divisionLevel,
  ErrorCode,
  forbidden,
  isDuplicateKeyError,
  isDivisionCode,
  isWithinDivision,
} from '@ykb/common';
import { catalogueEntries } from './catalogue.js';
import type { CatalogueEntryInput } from './generated/resolvers-types.js';
import type {
  CatalogueEntryDocument,
  ItemDocument,
  ItemModels,
} from './model.js';
import { isItemOffice } from './permissions.js';
import type { ItemsContext } from './resolvers.js';

/** Inserts the catalogue entries of the seeded items that do not exist yet. */
export async function seedCatalogueEntries(models: ItemModels): Promise<void> {
  try {
    await models.CatalogueEntry.collection.insertMany(
      catalogueEntries() as never[],
      { ordered: false },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Creates or changes a basic catalogue entry; the city office only. */
export async function saveCatalogueEntry(
  ctx: ItemsContext,
  input: CatalogueEntryInput,
): Promise<CatalogueEntryDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.saveCatalogueEntry'],
  );
  if (!isItemOffice(viewer) || viewer.divisionCode !== '50')
    throw forbidden(
      'Only the city item administration office manages the catalogue.',
    );
  if (!/^\d{12}$/.test(input.basicCode))
    throw badInput('basicCode is 12 digits.', { field: 'basicCode' });
  const name = input.name.normalize('NFC').trim();
  if (Array.from(name).length < 2 || Array.from(name).length > 60)
    throw badInput('name has 2 to 60 characters.', { field: 'name' });
  const legalBasis = input.legalBasis.normalize('NFC').trim();
  if (legalBasis.length === 0 || Array.from(legalBasis).length > 2000)
    throw badInput('legalBasis has 1 to 2000 characters.', {
      field: 'legalBasis',
    });
  if (
    input.levels.length === 0 ||
    new Set(input.levels).size !== input.levels.length
  )
    throw badInput('levels lists at least one level, each once.', {
      field: 'levels',
    });
  if (
    !DEPARTMENTS.some((department) => department.code === input.departmentCode)
  )
    throw badInput(`Department ${input.departmentCode} does not exist.`, {
      field: 'departmentCode',
    });
  const fields = {
    name,
    type: input.type,
    legalBasis,
    levels: [...input.levels],
    departmentCode: input.departmentCode,
  };
  if (input.expectedRevision == null) {
    const document = { _id: input.basicCode, ...fields, version: 0 };
    try {
      await ctx.models.CatalogueEntry.collection.insertOne(document as never);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw appError(
        ErrorCode.Conflict,
        `Catalogue entry ${input.basicCode} exists already; send its revision to change it.`,
      );
    }
    return document as CatalogueEntryDocument;
  }
  const updated = await changeAtVersion<CatalogueEntryDocument>(
    ctx.models.CatalogueEntry,
    input.basicCode,
    input.expectedRevision,
    { set: fields },
    { log: ctx.log },
  );
  if (!updated)
    throw appError(
      ErrorCode.Conflict,
      `Catalogue entry ${input.basicCode} does not exist at revision ${input.expectedRevision}; reload it and try again.`,
    );
  return updated;
}

export interface CountByKey {
  key: string;
  count: number;
}

export interface ItemStatistics {
  total: number;
  byDepartment: CountByKey[];
  byType: CountByKey[];
  byDepth: CountByKey[];
  byLevel: CountByKey[];
}

function countBy(
  items: readonly ItemDocument[],
  keyOf: (item: ItemDocument) => string,
): CountByKey[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** Counts published items, optionally only those implemented in a division subtree. */
export function itemStatistics(
  published: readonly ItemDocument[],
  divisionCode?: string | null,
): ItemStatistics {
  if (divisionCode != null && !isDivisionCode(divisionCode))
    throw badInput(`divisionCode ${divisionCode} is not a division code.`, {
      field: 'divisionCode',
    });
  const items = divisionCode
    ? published.filter((item) =>
        isWithinDivision(divisionCode, item.divisionCode),
      )
    : published;
  return {
    total: items.length,
    byDepartment: countBy(items, (item) => item.departmentCode),
    byType: countBy(items, (item) => item.type),
    byDepth: countBy(items, (item) => String(item.onlineDepth)),
    byLevel: countBy(
      items,
      (item) => divisionLevel(item.divisionCode) ?? 'UNKNOWN',
    ),
  };
}
