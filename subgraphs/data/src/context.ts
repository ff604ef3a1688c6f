import DataLoader from 'dataloader';
import { loaderBy, type BaseResolverContext } from '@ykb/common';
import type {
  CheckpointDocument,
  DataModels,
  ExchangeLogDocument,
  DatasetRowDocument,
  SharingRequestDocument,
} from './model.js';
import type { ExchangeRunner } from './exchange.js';

export interface DataSettings {
  now: () => Date;
  /** Folder of the exchange files and the open-data files. */
  dataDir: string;
}

export interface DataContext extends BaseResolverContext {
  models: DataModels;
  settings: DataSettings;
  exchange: ExchangeRunner;
  loaders: {
    row: DataLoader<string, DatasetRowDocument | null>;
    /** Approved, unexpired grant by `datasetId|departmentCode`. */
    activeGrant: DataLoader<string, SharingRequestDocument | null>;
    /** Rows held per dataset id. */
    rowCount: DataLoader<string, number>;
    /** Checkpoints per exchange job id. */
    checkpoints: DataLoader<string, CheckpointDocument[]>;
    /** Log entries per exchange job id, oldest first. */
    jobLog: DataLoader<string, ExchangeLogDocument[]>;
  };
}

export function createContext(
  models: DataModels,
  settings: DataSettings,
  exchange: ExchangeRunner,
  base: BaseResolverContext,
): DataContext {
  return {
    ...base,
    models,
    settings,
    exchange,
    loaders: {
      row: loaderBy<DatasetRowDocument>(models.Row),
      activeGrant: new DataLoader(async (keys) => {
        const pairs = keys.map((key) => key.split('|') as [string, string]);
        const grants = await models.SharingRequest.find({
          datasetId: { $in: pairs.map(([datasetId]) => datasetId) },
          requestingDepartmentCode: {
            $in: pairs.map(([, department]) => department),
          },
          status: 'APPROVED',
          expiresAt: { $gt: settings.now() },
        }).lean<SharingRequestDocument[]>();
        return keys.map(
          (key) =>
            grants.find(
              (g) => `${g.datasetId}|${g.requestingDepartmentCode}` === key,
            ) ?? null,
        );
      }),
      rowCount: new DataLoader(async (ids) => {
        const counts = await models.Row.aggregate<{
          _id: string;
          rows: number;
        }>([
          { $match: { datasetId: { $in: [...ids] } } },
          { $group: { _id: '$datasetId', rows: { $sum: 1 } } },
        ]);
        return ids.map((id) => counts.find((c) => c._id === id)?.rows ?? 0);
      }),
      checkpoints: new DataLoader(async (jobIds) => {
        const all = await models.Checkpoint.find({
          jobId: { $in: [...jobIds] },
        }).lean<CheckpointDocument[]>();
        return jobIds.map((id) => all.filter((c) => c.jobId === id));
      }),
      jobLog: new DataLoader(async (jobIds) => {
        const all = await models.ExchangeLog.find({
          jobId: { $in: [...jobIds] },
        })
          .sort({ at: 1, _id: 1 })
          .lean<ExchangeLogDocument[]>();
        return jobIds.map((id) => all.filter((entry) => entry.jobId === id));
      }),
    },
  };
}
