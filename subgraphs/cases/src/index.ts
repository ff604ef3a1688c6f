import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import {
  startCalendarSync,
  subgraphResolvers,
  type SubgraphDefinition,
} from '@ykb/common';
import { createContext, type CasesContext } from './context.js';
import { LicenceIssuer } from './licenceIssuer.js';
import { MaterialStore } from './materialStore.js';
import { registerModels } from './model.js';
import { resolvers } from './resolvers.js';
import { mergeServicesResolvers, setupServices } from './services/index.js';

export const typeDefs = gql(
  ['../schema.graphql', '../services.graphql']
    .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
    .join('\n'),
);

/** Interval of the licence issuance retry loop in milliseconds, from YKB_OUTBOX_INTERVAL_MS (default 5000). */
function outboxIntervalMs(): number {
  const raw = process.env.YKB_OUTBOX_INTERVAL_MS ?? '5000';
  const interval = Number(raw);
  if (!Number.isInteger(interval) || interval < 10 || interval > 3_600_000) {
    throw new Error(
      `YKB_OUTBOX_INTERVAL_MS must be an integer number of milliseconds from 10 to 3600000, got ${raw}.`,
    );
  }
  return interval;
}

export const casesSubgraph: SubgraphDefinition<CasesContext> = {
  name: 'cases',
  typeDefs,
  resolvers: subgraphResolvers(mergeServicesResolvers(resolvers)),
  setup: (connection, log) => {
    const models = registerModels(connection);
    const materials = new MaterialStore(connection.db!);
    const issuer = new LicenceIssuer(models, log, outboxIntervalMs());
    const services = setupServices(connection, log);
    let stopCalendarSync: (() => Promise<void>) | undefined;
    return {
      context: (base) =>
        createContext(
          { models, materials, issuer, services: services.runtime },
          base,
        ),
      routes: services.routes,
      afterIndexes: async () => {
        await services.start();
        await materials.createIndexes();
        issuer.start();
        // YKB_CALENDAR_SYNC=off runs on the packaged holiday years only (tests without identity).
        if (process.env.YKB_CALENDAR_SYNC !== 'off')
          stopCalendarSync = startCalendarSync({ log, caller: 'cases' });
      },
      stop: async () => {
        await stopCalendarSync?.();
        await issuer.stop();
        await services.stop();
      },
    };
  },
};

export { setClock } from './clock.js';
