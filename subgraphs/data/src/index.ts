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
import { ExchangeRunner } from './exchange.js';
import { registerModels, type DataModels } from './model.js';
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
        batchSize: options.batchSize,
        afterCheckpoint: options.afterCheckpoint,
      });
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
        },
        stop: async () => {
          for (const timer of timers) clearInterval(timer);
        },
      };
    },
  };
}

export const dataSubgraph = createDataSubgraph();
