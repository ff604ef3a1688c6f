import {
  badInput,
  CATALOGUE_EDITOR_ROLES,
  forbidden,
  hasRole,
  loaderBy,
  notFound,
  unauthenticated,
  type BaseResolverContext,
  type Viewer,
} from '@ykb/common';
import DataLoader from 'dataloader';
import {
  SERVICE_STATUSES,
  type ServiceStatus,
  type AgencyDocument,
  type IntermediaryModels,
  type IntermediaryServiceDocument,
} from './model.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { registerAgency } from './registerAgency.js';

export interface IntermediariesContext extends BaseResolverContext {
  models: IntermediaryModels;
  serviceById: DataLoader<string, IntermediaryServiceDocument | null>;
  /** Published services of each item id, in one query for all items of a response. */
  publishedServicesByItemId: DataLoader<string, IntermediaryServiceDocument[]>;
}

export function createContext(
  models: IntermediaryModels,
  base: BaseResolverContext,
): IntermediariesContext {
  const publishedServicesByItemId = new DataLoader<
    string,
    IntermediaryServiceDocument[]
  >(async (itemIds) => {
    const services = await models.IntermediaryService.find({
      itemIds: { $in: [...itemIds] },
      status: 'PUBLISHED',
    })
      .sort({ code: 1 })
      .lean<IntermediaryServiceDocument[]>();
    return itemIds.map((itemId) =>
      services.filter((s) => s.itemIds?.includes(itemId)),
    );
  });
  return {
    ...base,
    models,
    serviceById: loaderBy<IntermediaryServiceDocument>(
      models.IntermediaryService,
    ),
    publishedServicesByItemId,
  };
}

/** Catalogue administrators and supervisors also see draft and withdrawn services. */
function canReadUnpublished(viewer: Viewer | undefined): boolean {
  return hasRole(viewer, ...CATALOGUE_EDITOR_ROLES);
}

function visibleService(
  service: IntermediaryServiceDocument | null,
  viewer: Viewer | undefined,
): IntermediaryServiceDocument | null {
  if (!service) return null;
  return service.status === 'PUBLISHED' || canReadUnpublished(viewer)
    ? service
    : null;
}

async function findVisibleService(id: string, ctx: IntermediariesContext) {
  return visibleService(await ctx.serviceById.load(id), ctx.viewer);
}

function isServiceStatus(value: string): value is ServiceStatus {
  return (SERVICE_STATUSES as readonly string[]).includes(value);
}

const MAX_PAGE = 100;

/**
 * Intermediary service resolvers. The published service list and approved
 * agencies are a public showcase; drafts, withdrawn services and agencies
 * under review are not returned to the public.
 */
export const resolvers: Resolvers = {
  Query: {
    intermediaryServices: async (_parent, args, ctx) => {
      const status = args.status ?? 'PUBLISHED';
      if (!isServiceStatus(status))
        throw badInput(`Unknown service status ${status}.`, {
          field: 'status',
        });
      if (status !== 'PUBLISHED' && !ctx.viewer) throw unauthenticated();
      if (status !== 'PUBLISHED' && !canReadUnpublished(ctx.viewer)) {
        throw forbidden(
          `Only catalogue administrators and supervisors may list ${status} intermediary services.`,
        );
      }
      const services = await ctx.models.IntermediaryService.find({ status })
        .sort({ code: 1 })
        .lean<IntermediaryServiceDocument[]>();
      for (const service of services)
        ctx.serviceById.prime(service._id, service);
      return services;
    },
    intermediaryService: (_parent, args, ctx) =>
      findVisibleService(args.id, ctx),
    agencies: async (_parent, args, ctx) => {
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
        throw badInput(
          `first must be between 1 and ${MAX_PAGE}, got ${first}.`,
          { field: 'first' },
        );
      const filter: Record<string, unknown> = { status: 'APPROVED' };
      if (args.serviceId != null) {
        if (!(await findVisibleService(args.serviceId, ctx)))
          throw notFound('Intermediary service', args.serviceId);
        filter.serviceIds = args.serviceId;
      }
      return ctx.models.Agency.find(filter)
        .sort({ name: 1, _id: 1 })
        .limit(first)
        .lean<AgencyDocument[]>();
    },
  },
  Mutation: {
    registerAgency: async (_parent, args, ctx) => {
      const agency = await registerAgency(
        ctx.models,
        args.input,
        args.idempotencyKey,
        ctx.viewer,
      );
      ctx.log.info(
        { agencyId: agency._id, userId: ctx.viewer?.userId },
        'agency registered',
      );
      return agency;
    },
  },
  IntermediaryService: {
    __resolveReference: (ref, ctx) => findVisibleService(ref.id, ctx),
    id: (service) => service._id,
    // FerretDB 1.24 drops an empty array from a $setOnInsert upsert, so a seeded service without items has no itemIds field.
    items: (service) => (service.itemIds ?? []).map((id) => ({ id })),
  },
  Item: {
    intermediaryServices: (item, _args, ctx) =>
      ctx.publishedServicesByItemId.load(item.id),
  },
  Agency: {
    id: (agency) => agency._id,
    services: async (agency, _args, ctx) => {
      const services = await ctx.serviceById.loadMany(agency.serviceIds);
      return services.filter(
        (s): s is IntermediaryServiceDocument =>
          !(s instanceof Error) && visibleService(s, ctx.viewer) !== null,
      );
    },
  },
};
