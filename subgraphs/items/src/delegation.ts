import {
  ACCESS_POLICY,
  appError,
  authorizeViewer,
  badInput,
  divisionLevel,
  ErrorCode,
  forbidden,
  isDuplicateKeyError,
  isWithinDivision,
  notFound,
} from '@ykb/common';
import { implementationCode } from './catalogue.js';
import type { ItemDocument, ItemVersionDocument } from './model.js';
import { isItemOffice } from './permissions.js';
import type { ItemsContext } from './resolvers.js';
import {
  checkImplementingDivision,
  newDraftRecord,
  versionId,
} from './versions.js';

/**
 * Delegation (事项下放): the item administration office hands a published
 * item to lower levels. For each receiving county or township it makes
 * version 1 of an implementation by the same department there, as a draft
 * holding the content of the source's published version. The receiving
 * level's item administrators then edit it and it passes departmental and
 * legal review like any draft before it is published. The draft's `_id` is
 * unique, so delegating to a division twice returns the first draft.
 */
export async function delegateItem(
  ctx: ItemsContext,
  itemId: string,
  divisionCodes: readonly string[],
  reasonInput: string,
): Promise<ItemVersionDocument[]> {
  const viewer = authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.items['Mutation.delegateItem'],
  );
  if (!isItemOffice(viewer))
    throw forbidden('Only the item administration office delegates items.');
  const reason = reasonInput.normalize('NFC').trim();
  if (reason.length === 0 || Array.from(reason).length > 500)
    throw badInput('reason has 1 to 500 characters.', { field: 'reason' });
  if (divisionCodes.length === 0 || divisionCodes.length > 50)
    throw badInput('Delegate to 1 to 50 divisions at once.', {
      field: 'divisionCodes',
    });
  if (new Set(divisionCodes).size !== divisionCodes.length)
    throw badInput('divisionCodes lists a division twice.', {
      field: 'divisionCodes',
    });
  const source = await ctx.models.Item.findById(itemId).lean<ItemDocument>();
  if (!source || source.status !== 'PUBLISHED')
    throw notFound('Published item', itemId);
  if (
    !viewer.divisionCode ||
    !isWithinDivision(viewer.divisionCode, source.divisionCode)
  )
    throw forbidden(
      `Item ${itemId} is implemented in division ${source.divisionCode}, outside your jurisdiction.`,
    );
  for (const [index, code] of divisionCodes.entries()) {
    const field = `divisionCodes[${index}]`;
    await checkImplementingDivision(ctx, code, field);
    if (
      code === source.divisionCode ||
      !isWithinDivision(source.divisionCode, code)
    )
      throw badInput(
        `${field} ${code} is not below division ${source.divisionCode} of item ${itemId}.`,
        { field },
      );
  }
  const sourceVersion = await ctx.models.ItemVersion.findById(
    versionId(itemId, source.version),
  ).lean<ItemVersionDocument>();
  if (!sourceVersion)
    throw appError(
      ErrorCode.InvalidState,
      `Item ${itemId} has no record of its published version ${source.version}.`,
    );
  const delegatedAt = new Date();
  const results: ItemVersionDocument[] = [];
  for (const code of divisionCodes) {
    const targetId = implementationCode(
      source.departmentCode,
      code,
      source.basicCode,
      source.type,
    );
    const document = newDraftRecord(
      {
        itemId: targetId,
        number: 1,
        basicCode: source.basicCode,
        type: source.type,
        departmentCode: source.departmentCode,
        divisionCode: code,
        content: sourceVersion.content,
        basedOn: null,
        delegation: {
          sourceItemId: itemId,
          sourceVersion: source.version,
          reason,
          delegatedBy: viewer.userId,
          delegatedAt,
        },
      },
      viewer,
      delegatedAt,
    );
    try {
      if (await ctx.models.Item.exists({ _id: targetId }))
        throw Object.assign(new Error('exists'), { code: 11000 });
      await ctx.models.ItemVersion.collection.insertOne(document as never);
      results.push(document);
      ctx.log.info(
        { itemId, targetId, divisionCode: code, by: viewer.userId },
        'item delegated',
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const first = await ctx.models.ItemVersion.findById(
        document._id,
      ).lean<ItemVersionDocument>();
      if (first?.delegation?.sourceItemId !== itemId)
        throw appError(
          ErrorCode.Conflict,
          `Division ${code} already implements this catalogue entry as item ${targetId}.`,
          { field: 'divisionCodes' },
        );
      results.push(first);
    }
  }
  return results;
}
