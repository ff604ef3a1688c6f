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
  notFound,
  type Viewer,
} from '@ykb/common';
import { implementationCode } from './catalogue.js';
import { checkContent, contentOf } from './content.js';
import { enabledThemeCodes, themeNames } from './dictionaries.js';
import { isKnownDivision } from './identityClient.js';
import type {
  ItemContent,
  ItemDocument,
  ItemModels,
  ItemVersionDocument,
  ItemVersionStatus,
} from './model.js';
import {
  canEditItem,
  canPublishItem,
  canReadUnpublished,
  requireAllowed,
} from './permissions.js';
import type { ItemsContext } from './resolvers.js';
import { searchTermsOf } from './searchTerms.js';
import type {
  ItemContentInput,
  NewItemInput,
} from './generated/resolvers-types.js';

/**
 * The version workflow of an item. Every change is a draft version:
 *
 *   DRAFT -submit-> DEPARTMENT_REVIEW -approve-> LEGAL_REVIEW -approve-> APPROVED -publish-> PUBLISHED
 *                        |reject                     |reject
 *                        v                           v
 *                     REJECTED -edit-> DRAFT      REJECTED
 *
 * A version record `<itemId>@v<n>` contains its content. The item head (the
 * `items` collection) holds the content of the latest published version,
 * which search, `item(id)` and the cases subgraph read, so editing a draft
 * never changes what is served. An item has at most one open draft: the
 * draft of the next number is inserted under its unique `_id`. Each
 * transition claims the record's change counter (`changeAtVersion`), so two
 * concurrent reviews of one draft cannot both win. Published records are
 * never written again except to mark them SUPERSEDED.
 */

export const PUBLISHED_STATUSES: readonly ItemVersionStatus[] = [
  'PUBLISHED',
  'SUPERSEDED',
];

export function versionId(itemId: string, version: number): string {
  return `${itemId}@v${version}`;
}

/** Parses `<itemId>@v<n>`; undefined when the id has another form. */
export function parseVersionId(
  id: string,
): { itemId: string; version: number } | undefined {
  const match = /^(.+)@v([1-9]\d{0,5})$/.exec(id);
  return match ? { itemId: match[1]!, version: Number(match[2]) } : undefined;
}

/** Reports whether the viewer may see a version record. */
export function canSeeVersion(
  viewer: Viewer | undefined,
  version: ItemVersionDocument,
): boolean {
  return (
    PUBLISHED_STATUSES.includes(version.status) ||
    canReadUnpublished(viewer, version)
  );
}

function conflict(message: string) {
  return appError(ErrorCode.Conflict, message);
}

function invalidState(version: ItemVersionDocument, action: string) {
  return appError(
    ErrorCode.InvalidState,
    `Version ${version.number} of item ${version.itemId} is ${version.status}; it cannot be ${action}.`,
    { status: version.status },
  );
}

async function loadVersion(
  ctx: ItemsContext,
  itemId: string,
  version: number,
): Promise<ItemVersionDocument> {
  const found = await ctx.models.ItemVersion.findById(
    versionId(itemId, version),
  ).lean<ItemVersionDocument>();
  if (!found || !canSeeVersion(ctx.viewer, found))
    throw notFound('Item version', versionId(itemId, version));
  return found;
}

async function checkedContent(
  ctx: ItemsContext,
  input: ItemContentInput,
): Promise<ItemContent> {
  return checkContent(input, await enabledThemeCodes(ctx.models));
}

/**
 * Applies a transition to a version record at `expectedRevision`: CONFLICT
 * when the record changed since the caller read it, INVALID_STATE when its
 * status does not allow the transition.
 */
async function transition(
  ctx: ItemsContext,
  current: ItemVersionDocument,
  expectedRevision: number,
  from: readonly ItemVersionStatus[],
  action: string,
  change: { set: Record<string, unknown>; push?: Record<string, unknown> },
): Promise<ItemVersionDocument> {
  if (current.version !== expectedRevision)
    throw conflict(
      `Version ${current.number} of item ${current.itemId} is at revision ${current.version}, not ${expectedRevision}; reload it and try again.`,
    );
  if (!from.includes(current.status)) throw invalidState(current, action);
  const updated = await changeAtVersion<ItemVersionDocument>(
    ctx.models.ItemVersion,
    current._id,
    expectedRevision,
    change,
    { log: ctx.log },
  );
  if (!updated)
    throw conflict(
      `Version ${current.number} of item ${current.itemId} was changed by someone else at the same time; reload it and try again.`,
    );
  return updated;
}

/** Checks a department code against the reference data. */
function checkDepartment(code: string): void {
  if (!DEPARTMENTS.some((department) => department.code === code))
    throw badInput(`Department ${code} does not exist.`, {
      field: 'departmentCode',
    });
}

/** Checks that a code names an existing Chongqing division at a level that implements items. */
export async function checkImplementingDivision(
  ctx: ItemsContext,
  code: string,
  field: string,
): Promise<void> {
  const level = divisionLevel(code);
  if (
    !code.startsWith('50') ||
    !level ||
    level === 'PREFECTURE' ||
    level === 'VILLAGE'
  )
    throw badInput(
      `${field} ${code} is not the code of Chongqing (50), a county (6 digits) or a township (9 digits).`,
      { field },
    );
  if (code !== '50' && !(await isKnownDivision(code, ctx.requestId)))
    throw badInput(
      `${field} ${code} is not in the division table of Chongqing.`,
      { field },
    );
}

/** Item, place and starting content of a new draft record. */
export interface DraftOrigin {
  itemId: string;
  number: number;
  basicCode: string;
  type: string;
  departmentCode: string;
  divisionCode: string;
  content: ItemContent;
  basedOn: number | null;
  delegation: ItemVersionDocument['delegation'];
}

/** Builds the record of a new draft by `author`, not yet reviewed or published. */
export function newDraftRecord(
  origin: DraftOrigin,
  author: { userId: string; name: string },
  createdAt = new Date(),
): ItemVersionDocument {
  return {
    _id: versionId(origin.itemId, origin.number),
    ...origin,
    status: 'DRAFT',
    version: 0,
    createdBy: author.userId,
    createdByName: author.name,
    createdAt,
    reviews: [],
    publishedAt: null,
    publishedBy: null,
  };
}

/** Creates version 1 of a new implementation as a draft. */
export async function createItem(
  ctx: ItemsContext,
  input: NewItemInput,
): Promise<ItemVersionDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.createItem'],
  );
  checkDepartment(input.departmentCode);
  const record = {
    departmentCode: input.departmentCode,
    divisionCode: input.divisionCode,
  };
  requireAllowed(
    canEditItem(viewer, record),
    record,
    'create implementation list entries',
  );
  await checkImplementingDivision(ctx, input.divisionCode, 'divisionCode');
  const entry = await ctx.models.CatalogueEntry.findById(
    input.basicCode,
  ).lean();
  if (!entry)
    throw badInput(
      `Basic code ${input.basicCode} is not in the catalogue; the item administration office adds catalogue entries.`,
      { field: 'basicCode' },
    );
  if (entry.departmentCode !== input.departmentCode)
    throw badInput(
      `Catalogue entry ${input.basicCode} belongs to department ${entry.departmentCode}, not ${input.departmentCode}.`,
      { field: 'departmentCode' },
    );
  const level = divisionLevel(input.divisionCode)!;
  if (!entry.levels.includes(level))
    throw badInput(
      `Catalogue entry ${input.basicCode} is implemented at ${entry.levels.join(', ')}, not at ${level}.`,
      { field: 'divisionCode' },
    );
  const content = await checkedContent(ctx, input.content);
  const itemId = implementationCode(
    input.departmentCode,
    input.divisionCode,
    input.basicCode,
    entry.type,
  );
  if (await ctx.models.Item.exists({ _id: itemId }))
    throw conflict(
      `Item ${itemId} exists already; start a draft of it instead.`,
    );
  const document = newDraftRecord(
    {
      itemId,
      number: 1,
      basicCode: input.basicCode,
      type: entry.type,
      departmentCode: input.departmentCode,
      divisionCode: input.divisionCode,
      content,
      basedOn: null,
      delegation: null,
    },
    viewer,
  );
  try {
    await ctx.models.ItemVersion.collection.insertOne(document as never);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const first = await ctx.models.ItemVersion.findById(
      document._id,
    ).lean<ItemVersionDocument>();
    // A retried request of the same author gets the draft it created.
    if (first && first.createdBy === viewer.userId && !first.delegation)
      return first;
    throw conflict(`Item ${itemId} exists already as a draft.`);
  }
  ctx.log.info({ itemId, by: viewer.userId }, 'item created as a draft');
  return document;
}

/** Starts the next draft of a published item, or returns the open draft. */
export async function startDraft(
  ctx: ItemsContext,
  itemId: string,
): Promise<ItemVersionDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.startItemDraft'],
  );
  const head = await ctx.models.Item.findById(itemId).lean<ItemDocument>();
  if (!head) throw notFound('Item', itemId);
  requireAllowed(canEditItem(viewer, head), head, 'edit this item');
  if (head.status !== 'PUBLISHED')
    throw appError(
      ErrorCode.InvalidState,
      `Item ${itemId} is ${head.status}; only a published item gets a new draft.`,
    );
  const number = head.version + 1;
  const existing = await ctx.models.ItemVersion.findById(
    versionId(itemId, number),
  ).lean<ItemVersionDocument>();
  if (existing) return existing;
  const base = await ctx.models.ItemVersion.findById(
    versionId(itemId, head.version),
  ).lean<ItemVersionDocument>();
  const document = newDraftRecord(
    {
      itemId,
      number,
      basicCode: head.basicCode,
      type: head.type,
      departmentCode: head.departmentCode,
      divisionCode: head.divisionCode,
      content: base ? base.content : contentOf(head as never),
      basedOn: head.version,
      delegation: null,
    },
    viewer,
  );
  try {
    await ctx.models.ItemVersion.collection.insertOne(document as never);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // Someone started the same draft at the same time; both get that one.
    return ctx.models.ItemVersion.findById(document._id)
      .orFail()
      .lean<ItemVersionDocument>();
  }
  ctx.log.info({ itemId, number, by: viewer.userId }, 'item draft started');
  return document;
}

/** Replaces the content of a draft or a rejected version. */
export async function updateDraft(
  ctx: ItemsContext,
  itemId: string,
  number: number,
  expectedRevision: number,
  input: ItemContentInput,
): Promise<ItemVersionDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.updateItemDraft'],
  );
  const current = await loadVersion(ctx, itemId, number);
  requireAllowed(canEditItem(viewer, current), current, 'edit this item');
  const content = await checkedContent(ctx, input);
  return transition(
    ctx,
    current,
    expectedRevision,
    ['DRAFT', 'REJECTED'],
    'edited',
    { set: { content, status: 'DRAFT' }, push: { editorIds: viewer.userId } },
  );
}

export async function submitDraft(
  ctx: ItemsContext,
  itemId: string,
  number: number,
  expectedRevision: number,
): Promise<ItemVersionDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.submitItemDraft'],
  );
  const current = await loadVersion(ctx, itemId, number);
  requireAllowed(canEditItem(viewer, current), current, 'submit this item');
  return transition(ctx, current, expectedRevision, ['DRAFT'], 'submitted', {
    set: { status: 'DEPARTMENT_REVIEW' },
    push: { editorIds: viewer.userId },
  });
}

function checkReasons(approve: boolean, reasons: readonly string[]): string[] {
  const trimmed = reasons.map((reason) => reason.normalize('NFC').trim());
  if (
    trimmed.some((reason) => reason === '' || Array.from(reason).length > 500)
  )
    throw badInput('Each reason has 1 to 500 characters.', {
      field: 'reasons',
    });
  if (trimmed.length > 20)
    throw badInput('Give at most 20 reasons.', { field: 'reasons' });
  if (!approve && trimmed.length === 0)
    throw badInput('A rejection needs at least one reason.', {
      field: 'reasons',
    });
  return trimmed;
}

/** Departmental or legal review of a version. */
export async function reviewDraft(
  ctx: ItemsContext,
  stage: 'DEPARTMENT' | 'LEGAL',
  args: {
    itemId: string;
    version: number;
    expectedRevision: number;
    approve: boolean;
    reasons: readonly string[];
  },
): Promise<ItemVersionDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    stage === 'DEPARTMENT'
      ? ACCESS_POLICY.items['Mutation.reviewItemDraftForDepartment']
      : ACCESS_POLICY.items['Mutation.reviewItemDraftForLegality'],
  );
  const reasons = checkReasons(args.approve, args.reasons);
  const current = await loadVersion(ctx, args.itemId, args.version);
  if (stage === 'DEPARTMENT') {
    requireAllowed(
      canEditItem(viewer, current),
      current,
      'review drafts of this department',
    );
    if (
      current.createdBy === viewer.userId ||
      (current.editorIds ?? []).includes(viewer.userId)
    )
      throw appError(
        ErrorCode.SelfApproval,
        'Whoever wrote, edited or submitted a draft cannot review it; another item administrator of the department reviews it.',
      );
  } else if (!canReadUnpublished(viewer, current)) {
    throw forbidden(
      `Item ${current.itemId} lies outside your jurisdiction for legal review.`,
    );
  }
  const from: ItemVersionStatus =
    stage === 'DEPARTMENT' ? 'DEPARTMENT_REVIEW' : 'LEGAL_REVIEW';
  const next: ItemVersionStatus = !args.approve
    ? 'REJECTED'
    : stage === 'DEPARTMENT'
      ? 'LEGAL_REVIEW'
      : 'APPROVED';
  const updated = await transition(
    ctx,
    current,
    args.expectedRevision,
    [from],
    `reviewed at the ${stage.toLowerCase()} stage`,
    {
      set: { status: next },
      push: {
        reviews: {
          stage,
          approved: args.approve,
          reasons,
          reviewerId: viewer.userId,
          reviewerName: viewer.name,
          at: new Date(),
        },
      },
    },
  );
  ctx.log.info(
    {
      itemId: current.itemId,
      number: current.number,
      stage,
      approved: args.approve,
    },
    'item version reviewed',
  );
  return updated;
}

/**
 * Writes a published version to the item head, unless the head already
 * serves it or a newer one, and marks the version before it SUPERSEDED.
 * Safe to repeat: publication and the start-up repair both call it.
 */
export async function applyToHead(
  models: ItemModels,
  version: ItemVersionDocument,
): Promise<void> {
  const terms = searchTermsOf({
    ...version.content,
    themeNames: await themeNames(models, version.content.themes),
  });
  const head = {
    basicCode: version.basicCode,
    type: version.type,
    departmentCode: version.departmentCode,
    divisionCode: version.divisionCode,
    ...version.content,
    ...terms,
    version: version.number,
    status: 'PUBLISHED',
    delegatedFrom: version.delegation?.sourceItemId ?? null,
  };
  const existing = await models.Item.findById(
    version.itemId,
  ).lean<ItemDocument>();
  if (!existing) {
    try {
      await models.Item.create({ _id: version.itemId, ...head } as never);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  } else if (existing.version < version.number) {
    // Each number is published once, because a version record is published
    // once and numbers follow each other. The filter keeps a late repeat of
    // an older publication from overwriting a newer one.
    await models.Item.updateOne(
      { _id: version.itemId, version: { $lt: version.number } },
      { $set: head as never },
    );
  }
  if (version.number > 1)
    await models.ItemVersion.updateOne(
      {
        _id: versionId(version.itemId, version.number - 1),
        status: 'PUBLISHED',
      },
      { $set: { status: 'SUPERSEDED' } },
    );
}

/** Publishes an approved version; repeating it completes an interrupted publication. */
export async function publishVersion(
  ctx: ItemsContext,
  itemId: string,
  number: number,
): Promise<ItemVersionDocument> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.publishItemVersion'],
  );
  const current = await loadVersion(ctx, itemId, number);
  requireAllowed(canPublishItem(viewer, current), current, 'publish this item');
  let published = current;
  if (current.status === 'APPROVED') {
    const head = await ctx.models.Item.findById(itemId, {
      version: 1,
    }).lean<{ version: number }>();
    const served = head?.version ?? 0;
    if (number !== served + 1)
      throw conflict(
        `Item ${itemId} serves version ${served}; only version ${served + 1} can be published next.`,
      );
    published = await transition(
      ctx,
      current,
      current.version,
      ['APPROVED'],
      'published',
      {
        set: {
          status: 'PUBLISHED',
          publishedAt: new Date(),
          publishedBy: viewer.userId,
        },
      },
    );
  } else if (current.status !== 'PUBLISHED') {
    throw invalidState(current, 'published');
  }
  await applyToHead(ctx.models, published);
  ctx.log.info({ itemId, number, by: viewer.userId }, 'item version published');
  return published;
}

/**
 * Repairs and backfills at start-up. Every head without a version record
 * gets one of its served content, as catalogues seeded before versions
 * existed need. Published versions that a crash kept from reaching their
 * head are applied, and heads without search terms get them.
 */
export async function reconcileVersions(models: ItemModels): Promise<void> {
  const heads = await models.Item.find({}).lean<ItemDocument[]>();
  const records = await models.ItemVersion.find(
    { status: { $in: ['PUBLISHED', 'SUPERSEDED'] } },
    { _id: 1, itemId: 1, number: 1, status: 1 },
  ).lean<Pick<ItemVersionDocument, '_id' | 'itemId' | 'number' | 'status'>[]>();
  const have = new Set(records.map((record) => record._id));
  const served = new Map(heads.map((head) => [head._id, head.version]));
  for (const head of heads) {
    if (head.status === 'DRAFT') continue;
    const id = versionId(head._id, head.version);
    if (!have.has(id)) {
      const record = {
        _id: id,
        itemId: head._id,
        number: head.version,
        basicCode: head.basicCode,
        type: head.type,
        departmentCode: head.departmentCode,
        divisionCode: head.divisionCode,
        status: 'PUBLISHED',
        content: contentOf(head as never),
        basedOn: null,
        version: 0,
        createdBy: 'system',
        createdByName: '系统',
        createdAt: new Date(),
        reviews: [],
        publishedAt: new Date(),
        publishedBy: 'system',
        delegation: null,
      };
      try {
        await models.ItemVersion.collection.insertOne(record as never);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    if (!head.searchTokens || !head.pinyinKey) {
      const terms = searchTermsOf({
        ...contentOf(head as never),
        themeNames: await themeNames(models, head.themes ?? []),
      });
      await models.Item.collection.updateOne({ _id: head._id } as never, {
        $set: terms,
      });
    }
  }
  for (const record of records) {
    if (record.status !== 'PUBLISHED') continue;
    if ((served.get(record.itemId) ?? 0) >= record.number) continue;
    const full = await models.ItemVersion.findById(
      record._id,
    ).lean<ItemVersionDocument>();
    if (full) await applyToHead(models, full);
  }
}
