import {
  ACCESS_POLICY,
  authorizeViewer,
  readChangeFeed,
  type ChangeFeedArguments,
} from '@ykb/common';
import type { PartyDocument } from './model.js';
import type { IntermediariesContext } from './resolvers.js';

/** Reads one page of the parties change feed for a SYSTEM caller. */
export async function partyChanges(
  ctx: IntermediariesContext,
  args: ChangeFeedArguments,
) {
  authorizeViewer(
    ctx.viewer,
    ACCESS_POLICY.intermediaries['Query.partyChanges'],
  );
  const page = await readChangeFeed<
    PartyDocument & { updatedAt?: Date | null }
  >(ctx.models.Party, args);
  return {
    nextAfter: page.nextAfter,
    records: page.records.map((party) => ({
      id: party._id,
      kind: party.kind,
      creditCode: party.creditCode,
      divisionCode: party.divisionCode,
      admitted: party.admitted,
      name: party.current?.name ?? null,
      legalRepresentative: party.current?.representative ?? null,
      contactMobile: party.current?.contactMobile ?? null,
      qualification: party.current
        ? party.current.qualifications.map((q) => q.name).join('、')
        : null,
    })),
  };
}
