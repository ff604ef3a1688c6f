import {
  ACCESS_POLICY,
  authorize,
  authorizeViewer,
  DateTimeScalar,
  forbidden,
  hasRole,
  notFound,
  Role,
  offsetPage,
  offsetPageWindow,
  SMALL_CELL_THRESHOLD,
  suppressionMarker,
} from '@ykb/common';
import { presentValues, rowAccess } from './access.js';
import {
  APPLICATION_COUNTS_ID,
  APPLICATION_COUNTS_META,
  applicationStatistics,
} from './applicationCounts.js';
import { CATALOGUE, datasetEntry } from './catalogue.js';
import type { DataContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type { ExchangeJobDocument } from './model.js';
import { DOWNLOAD_PREFIX, openFields } from './openData.js';
import { datasetRows, resolveRowReference } from './rows.js';
import {
  checkIdempotencyKey,
  decideSharingRequest,
  isActive,
  listSharingRequests,
  requestDatasetSharing,
  requireDataset,
} from './sharing.js';
import { datasetStatistics } from './statistics.js';

const POLICY = ACCESS_POLICY.data;

/** Whether a viewer may list or read the exchange jobs of a dataset. */
function requireJobReader(
  context: DataContext,
  ownerDepartmentCode: string,
  rule: (typeof POLICY)['Query.exchangeJobs' | 'Query.exchangeJob'],
): void {
  const viewer = authorizeViewer(context.viewer, rule);
  if (
    hasRole(viewer, Role.System, Role.Admin, Role.Analyst, Role.Supervisor) ||
    viewer.departmentCode === ownerDepartmentCode
  )
    return;
  throw forbidden(
    `Exchange jobs of this dataset are visible to ADMIN, ANALYST, SUPERVISOR and staff of ${ownerDepartmentCode}.`,
  );
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    datasets: (_parent, _args, context) => {
      authorize(context.viewer, POLICY['Query.datasets']);
      return [...CATALOGUE];
    },
    dataset: (_parent, { id }, context) => {
      authorize(context.viewer, POLICY['Query.dataset']);
      return datasetEntry(id) ?? null;
    },
    datasetRows: (_parent, args, context) => datasetRows(context, args),
    datasetStatistics: (_parent, { datasetId }, context) =>
      datasetStatistics(context, datasetId),
    applicationStatistics: (_parent, _args, context) =>
      applicationStatistics(context),
    sharingRequests: (_parent, { status, ...page }, context) =>
      listSharingRequests(context, status, page),
    openDatasets: async (_parent, _args, context) => {
      authorize(context.viewer, POLICY['Query.openDatasets']);
      const entries = CATALOGUE.filter((entry) => entry.open);
      const publications = await context.models.Publication.find({
        _id: { $in: entries.map((entry) => entry.id) },
      }).lean();
      return entries.map((entry) => {
        const published = publications.find((p) => p._id === entry.id);
        return {
          entry,
          fields: openFields(entry),
          publishedAt: published?.publishedAt ?? null,
          rowCount: published?.rowCount ?? 0,
        };
      });
    },
    exchangeJobs: async (_parent, { datasetId, ...page }, context) => {
      const { skip, limit } = offsetPageWindow(page);
      const entry = requireDataset(datasetId);
      requireJobReader(
        context,
        entry.ownerDepartmentCode,
        POLICY['Query.exchangeJobs'],
      );
      return context.models.Job.find({ datasetId })
        .sort({ startedAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .lean<ExchangeJobDocument[]>();
    },
    exchangeJob: async (_parent, { id }, context) => {
      authorizeViewer(context.viewer, POLICY['Query.exchangeJob']);
      const job = await context.models.Job.findById(
        id,
      ).lean<ExchangeJobDocument>();
      if (!job) return null;
      requireJobReader(
        context,
        requireDataset(job.datasetId).ownerDepartmentCode,
        POLICY['Query.exchangeJob'],
      );
      return job;
    },
  },
  Mutation: {
    requestDatasetSharing: (_parent, { input, idempotencyKey }, context) =>
      requestDatasetSharing(context, input, idempotencyKey),
    decideSharingRequest: (_parent, args, context) =>
      decideSharingRequest(context, args),
    startDatasetExport: async (
      _parent,
      { datasetId, idempotencyKey },
      context,
    ) => {
      const viewer = authorizeViewer(
        context.viewer,
        POLICY['Mutation.startDatasetExport'],
      );
      checkIdempotencyKey(idempotencyKey);
      const entry = requireDataset(datasetId);
      const access = await rowAccess(context, viewer, entry);
      return context.exchange.startExport(entry, {
        userId: viewer.userId,
        idempotencyKey,
        access,
      });
    },
    startDatasetImport: async (
      _parent,
      { datasetId, fileName, idempotencyKey },
      context,
    ) => {
      const viewer = authorizeViewer(
        context.viewer,
        POLICY['Mutation.startDatasetImport'],
      );
      checkIdempotencyKey(idempotencyKey);
      const entry = requireDataset(datasetId);
      if (
        !hasRole(viewer, Role.System) &&
        viewer.departmentCode !== entry.ownerDepartmentCode
      )
        throw forbidden(
          `Only an administrator of ${entry.ownerDepartmentCode} may import into ${entry.id}.`,
        );
      return context.exchange.startImport(entry, fileName, {
        userId: viewer.userId,
        idempotencyKey,
        access: { rawSensitiveValues: true },
      });
    },
    resumeExchangeJob: async (_parent, { id }, context) => {
      const viewer = authorizeViewer(
        context.viewer,
        POLICY['Mutation.resumeExchangeJob'],
      );
      const job = await context.models.Job.findById(
        id,
      ).lean<ExchangeJobDocument>();
      if (!job) throw notFound('Exchange job', id);
      const entry = requireDataset(job.datasetId);
      const owner =
        hasRole(viewer, Role.System) ||
        (hasRole(viewer, Role.Admin) &&
          viewer.departmentCode === entry.ownerDepartmentCode);
      if (!owner && job.startedBy !== viewer.userId)
        throw forbidden(
          `Only the starter of job ${id} or an administrator of ${entry.ownerDepartmentCode} may resume it.`,
        );
      return context.exchange.resume(job);
    },
  },
  Dataset: {
    __resolveReference: (reference, context) => {
      authorize(context.viewer, POLICY['Dataset.__resolveReference']);
      return datasetEntry(reference.id) ?? null;
    },
    rowCount: (entry, _args, context) =>
      context.loaders.rowCount.load(entry.id),
  },
  DatasetRow: {
    __resolveReference: (reference, context) =>
      resolveRowReference(context, reference.id),
    id: (view) => view.row._id,
    dataset: (view) => view.entry,
    key: (view) => view.row.key,
    divisionCode: (view) => view.row.divisionCode,
    values: (view) => presentValues(view.entry, view.row.values, view.access),
  },
  DatasetStatistics: {
    dataset: (view) => view.entry,
  },
  SharingRequest: {
    id: (request) => request._id,
    dataset: (request) => requireDataset(request.datasetId),
    active: (request, _args, context) =>
      isActive(request, context.settings.now()),
  },
  ApplicationStatistics: {
    id: () => APPLICATION_COUNTS_META.id,
    name: () => APPLICATION_COUNTS_META.name,
    nameEn: () => APPLICATION_COUNTS_META.nameEn,
    description: () => APPLICATION_COUNTS_META.description,
    threshold: () => SMALL_CELL_THRESHOLD,
    csvPath: () => `${DOWNLOAD_PREFIX}${APPLICATION_COUNTS_ID}.csv`,
    jsonPath: () => `${DOWNLOAD_PREFIX}${APPLICATION_COUNTS_ID}.json`,
    lineCount: (view) => view.lines.length,
    lines: (view, page) => offsetPage(view.lines, page),
  },
  ProtectedCount: {
    marker: (value) => suppressionMarker(value),
  },
  ProtectedRate: {
    marker: (value) => suppressionMarker(value),
  },
  OpenDataset: {
    dataset: (view) => view.entry,
    csvPath: (view) => `${DOWNLOAD_PREFIX}${view.entry.id}.csv`,
    jsonPath: (view) => `${DOWNLOAD_PREFIX}${view.entry.id}.json`,
  },
  ExchangeJob: {
    id: (job) => job._id,
    dataset: (job) => requireDataset(job.datasetId),
    batchesDone: async (job, _args, context) =>
      (await context.loaders.checkpoints.load(job._id)).length,
    rowsDone: async (job, _args, context) =>
      (await context.loaders.checkpoints.load(job._id)).reduce(
        (sum, checkpoint) => sum + checkpoint.rows,
        0,
      ),
    log: (job, _args, context) => context.loaders.jobLog.load(job._id),
  },
};

