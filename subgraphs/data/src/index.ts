import { resolve } from 'node:path';
import { gql } from 'graphql-tag';
import {
  integerFromEnv,
  readSubgraphSchema,
  subgraphResolvers,
  type SubgraphDefinition,
} from '@ykb/common';
import { DEMO_ROWS } from './catalogue.js';
import { createContext, type DataContext } from './context.js';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_JOB_LEASE_MS,
  ExchangeRunner,
} from './exchange.js';
import { registerModels, type DataModels } from './model.js';
import { DatasetFeeds } from './feeds.js';
import { openDataRoute, publishOpenData } from './openData.js';
import { resolvers } from './resolvers.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

export interface DataOptions {
  /** Clock of grant expiry and jobs; tests move it past an expiry. Default: the system clock. */
  now?: () => Date;
  /** Folder of exchange and open-data files. Default: YKB_DATA_DIR or ./data. */
  dataDir?: string;
  /** Rows per exchange batch. Default: DEFAULT_BATCH_SIZE. */
  batchSize?: number;
  /** How often open data is republished, in ms; 0 turns the timer off. Default: YKB_OPEN_DATA_REFRESH_MS. */
  openDataRefreshMs?: number;
  /** How often the exchange schedule runs, in ms; 0 turns it off. Default: YKB_EXCHANGE_SCHEDULE_MS. */
  exchangeScheduleMs?: number;
  /** How often the exchange worker looks for queued jobs and jobs whose lease ran out, in ms; 0 turns the timer off. Default: YKB_EXCHANGE_WORKER_MS. */
  exchangeWorkerMs?: number;
  /** How often the dataset feeds read the owner subgraphs, in ms; 0 turns the timer off. Default: YKB_DATA_FEED_MS. */
  feedRefreshMs?: number;
  /** Lease of a running exchange job, in ms. Default: YKB_EXCHANGE_LEASE_MS. */
  jobLeaseMs?: number;
  /** Called after each exchange checkpoint; tests throw here to stop a job mid-way. */
  afterCheckpoint?: ConstructorParameters<typeof ExchangeRunner>[1]['afterCheckpoint'];
}

/** Inserts the demo rows of each dataset that holds no rows yet. */
async function seedRows(models: DataModels, now: Date): Promise<number> {
  let inserted = 0;
  for (const [datasetId, rows] of Object.entries(DEMO_ROWS)) {
    if (await models.Row.exists({ datasetId })) continue;
    await models.Row.bulkWrite(
      rows.map((row) => ({
        replaceOne: {
          filter: { _id: `${datasetId}:${row.key}` },
          replacement: {
            _id: `${datasetId}:${row.key}`,
            datasetId,
            ...row,
            updatedAt: now,
          },
          upsert: true,
        },
      })),
    );
    inserted += rows.length;
  }
  return inserted;
}

/** Builds the data subgraph: the data catalogue, sharing, desensitised rows, open data and the exchange. */
export function createDataSubgraph(
  options: DataOptions = {},
): SubgraphDefinition<DataContext> {
  const now = options.now ?? (() => new Date());
  const dataDir = resolve(
    options.dataDir ?? process.env.YKB_DATA_DIR ?? 'data',
  );
  return {
    name: 'data',
    typeDefs,
    resolvers: subgraphResolvers(resolvers),
    setup: (connection, log) => {
      const models = registerModels(connection);
      const exchange = new ExchangeRunner(models, {
        now,
        dataDir,
        log,
        batchSize:
          options.batchSize ??
          integerFromEnv('YKB_EXCHANGE_BATCH_SIZE', DEFAULT_BATCH_SIZE, 1, 10_000, 'rows'),
        leaseMs:
          options.jobLeaseMs ??
          integerFromEnv('YKB_EXCHANGE_LEASE_MS', DEFAULT_JOB_LEASE_MS, 1000, 86_400_000),
        afterCheckpoint: options.afterCheckpoint,
      });
      const feeds = new DatasetFeeds(models, log, now);
      const timers: NodeJS.Timeout[] = [];
      const every = (ms: number, name: string, work: () => Promise<void>) => {
        if (ms <= 0) return;
        const timer = setInterval(() => {
          work().catch((err: unknown) => log.error({ err }, `${name} failed`));
        }, ms);
        timer.unref();
        timers.push(timer);
      };
      const settings = { now, dataDir };
      return {
        context: (base) => createContext(models, settings, exchange, base),
        routes: [openDataRoute(dataDir)],
        afterIndexes: async () => {
          const seeded = await seedRows(models, now());
          if (seeded > 0) log.info({ rows: seeded }, 'demo dataset rows seeded');
          await publishOpenData(models, dataDir, now(), log);
          every(
            options.feedRefreshMs ??
              integerFromEnv('YKB_DATA_FEED_MS', 300_000, 1000, 86_400_000),
            'dataset feeds',
            () => feeds.refresh(),
          );
          every(
            options.openDataRefreshMs ??
              integerFromEnv('YKB_OPEN_DATA_REFRESH_MS', 3_600_000, 1000, 86_400_000),
            'open-data refresh',
            () => publishOpenData(models, dataDir, now(), log),
          );
          every(
            options.exchangeScheduleMs ??
              integerFromEnv('YKB_EXCHANGE_SCHEDULE_MS', 3_600_000, 1000, 86_400_000),
            'exchange schedule',
            () => exchange.runSchedule(),
          );
          every(
            options.exchangeWorkerMs ??
              integerFromEnv('YKB_EXCHANGE_WORKER_MS', 5000, 100, 3_600_000),
            'exchange worker',
            async () => exchange.wake(),
          );
          // Jobs queued or left running by an earlier process.
          exchange.wake();
        },
        stop: async () => {
          for (const timer of timers) clearInterval(timer);
          await exchange.stop();
        },
      };
    },
  };
}

export const dataSubgraph = createDataSubgraph();
