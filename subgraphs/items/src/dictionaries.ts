import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  changeAtVersion,
  ErrorCode,
  forbidden,
  FORM_FIELD_TYPES,
  isDuplicateKeyError,
} from '@ykb/common';
import { THEMES } from './catalogue.js';
import type { ItemDictionaryEntryInput } from './generated/resolvers-types.js';
import type { DictionaryEntryDocument, ItemModels } from './model.js';
import { isItemOffice } from './permissions.js';
import type { ItemsContext } from './resolvers.js';

/**
 * Configuration dictionaries of the catalogue. THEME (life events) is kept
 * in the database and edited by the item administration office. The others
 * name the values of the schema's enums in Chinese and English and are
 * fixed, because code branches on those values.
 */

/** Dictionaries stored in the database and editable. */
export const EDITABLE_DICTIONARIES = ['THEME'] as const;

type Entry = [code: string, name: string, nameEn: string];

const FIXED: Record<string, Entry[]> = {
  ITEM_TYPE: [
    ['ADMINISTRATIVE_LICENSING', '行政许可', 'Administrative licensing'],
    ['ADMINISTRATIVE_CONFIRMATION', '行政确认', 'Administrative confirmation'],
    ['ADMINISTRATIVE_PAYMENT', '行政给付', 'Administrative payment'],
    ['PUBLIC_SERVICE', '公共服务', 'Public service'],
    ['OTHER', '其他行政权力', 'Other administrative power'],
  ],
  SUBJECT_TYPE: [
    ['NATURAL_PERSON', '自然人', 'Natural person'],
    ['LEGAL_PERSON', '法人', 'Legal person'],
  ],
  MATERIAL_FORM: [
    ['ORIGINAL', '原件', 'Original'],
    ['COPY', '复印件', 'Copy'],
    ['ELECTRONIC', '电子', 'Electronic'],
  ],
  ONLINE_DEPTH: [
    ['1', '一级：在线查询办事指南', 'Level 1: guide online'],
    ['2', '二级：在线下载表格', 'Level 2: forms online'],
    ['3', '三级：在线预审，到现场一次', 'Level 3: one visit'],
    ['4', '四级：全程网办，不见面', 'Level 4: fully online'],
  ],
  DELIVERY_METHOD: [
    ['WINDOW', '窗口领取', 'Collected at the window'],
    ['POST', '邮政寄递', 'Sent by post'],
    ['ELECTRONIC', '电子送达', 'Delivered electronically'],
  ],
  FORM_FIELD_TYPE: FORM_FIELD_TYPES.map((type) => {
    const names: Record<string, [string, string]> = {
      TEXT: ['文本', 'Text'],
      NUMBER: ['数字', 'Number'],
      DATE: ['日期', 'Date'],
      ID_CARD: ['身份证号码', 'ID-card number'],
      MOBILE: ['手机号码', 'Mobile number'],
      SELECT: ['选项', 'Choice'],
    };
    const [name, nameEn] = names[type]!;
    return [type, name, nameEn] as Entry;
  }),
};

function fixedEntries(dictionary: string): DictionaryEntryDocument[] {
  return (FIXED[dictionary] ?? []).map(
    ([code, name, nameEn], order) =>
      ({
        _id: `${dictionary}:${code}`,
        dictionary,
        code,
        name,
        nameEn,
        order: order + 1,
        enabled: true,
        version: 0,
      }) as DictionaryEntryDocument,
  );
}

/** Inserts the seeded themes that do not exist yet. */
export async function seedDictionaries(models: ItemModels): Promise<void> {
  const documents = THEMES.map(([code, name, nameEn], index) => ({
    _id: `THEME:${code}`,
    dictionary: 'THEME',
    code,
    name,
    nameEn,
    order: (index + 1) * 10,
    enabled: true,
    version: 0,
  }));
  try {
    await models.DictionaryEntry.collection.insertMany(documents as never[], {
      ordered: false,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Entries of one dictionary, or of all, in order. */
export async function dictionaryEntries(
  models: ItemModels,
  dictionary?: string | null,
): Promise<DictionaryEntryDocument[]> {
  const stored = (
    await models.DictionaryEntry.find(dictionary ? { dictionary } : {}).lean<
      DictionaryEntryDocument[]
    >()
  ).sort((a, b) => a.order - b.order || (a.code < b.code ? -1 : 1));
  const fixed = dictionary
    ? fixedEntries(dictionary)
    : Object.keys(FIXED).flatMap(fixedEntries);
  return [...fixed, ...stored];
}

/** Codes of the enabled THEME entries. */
export async function enabledThemeCodes(
  models: ItemModels,
): Promise<Set<string>> {
  const entries = await models.DictionaryEntry.find(
    { dictionary: 'THEME', enabled: true },
    { code: 1 },
  ).lean<{ code: string }[]>();
  return new Set(entries.map((entry) => entry.code));
}

/** Chinese names of theme codes, for search terms; unknown codes are skipped. */
export async function themeNames(
  models: ItemModels,
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) return [];
  const entries = await models.DictionaryEntry.find(
    { _id: { $in: codes.map((code) => `THEME:${code}`) } },
    { name: 1 },
  ).lean<{ name: string }[]>();
  return entries.map((entry) => entry.name);
}

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * Creates or changes an entry of an editable dictionary.
 * NOTE: items store the search terms of their theme names when they are
 * published, so a renamed theme finds items under its new name only after
 * their next publication.
 */
export async function saveDictionaryEntry(
  ctx: ItemsContext,
  input: ItemDictionaryEntryInput,
): Promise<DictionaryEntryDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.saveDictionaryEntry'],
  );
  if (!isItemOffice(viewer) || viewer.divisionCode !== '50')
    throw forbidden(
      'Only the city item administration office edits the dictionaries.',
    );
  if (!(EDITABLE_DICTIONARIES as readonly string[]).includes(input.dictionary))
    throw badInput(
      `Dictionary ${input.dictionary} is fixed; only ${EDITABLE_DICTIONARIES.join(', ')} can be edited.`,
      { field: 'dictionary' },
    );
  if (!CODE.test(input.code))
    throw badInput(
      'A code is an upper-case letter followed by up to 39 upper-case letters, digits or underscores.',
      { field: 'code' },
    );
  const name = input.name.trim();
  const nameEn = input.nameEn.trim();
  if (name.length === 0 || Array.from(name).length > 30)
    throw badInput('A name has 1 to 30 characters.', { field: 'name' });
  if (nameEn.length === 0 || nameEn.length > 100)
    throw badInput('An English name has 1 to 100 characters.', {
      field: 'nameEn',
    });
  if (
    !Number.isInteger(input.order) ||
    input.order < 0 ||
    input.order > 100_000
  )
    throw badInput('order is a whole number from 0 to 100000.', {
      field: 'order',
    });
  const id = `${input.dictionary}:${input.code}`;
  const fields = {
    dictionary: input.dictionary,
    code: input.code,
    name,
    nameEn,
    order: input.order,
    enabled: input.enabled,
  };
  const existing =
    await ctx.models.DictionaryEntry.findById(
      id,
    ).lean<DictionaryEntryDocument>();
  if (!existing) {
    try {
      const document = { _id: id, ...fields, version: 0 };
      await ctx.models.DictionaryEntry.collection.insertOne(document as never);
      return document as DictionaryEntryDocument;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw appError(
        ErrorCode.Conflict,
        `Entry ${id} was created by someone else at the same time; reload and try again.`,
      );
    }
  }
  const updated = await changeAtVersion<DictionaryEntryDocument>(
    ctx.models.DictionaryEntry,
    id,
    existing.version,
    { set: fields },
    { log: ctx.log },
  );
  if (!updated)
    throw appError(
      ErrorCode.Conflict,
      `Entry ${id} was changed by someone else at the same time; reload and try again.`,
    );
  return updated;
}
