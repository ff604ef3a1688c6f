import { gql } from 'graphql-tag';
import {
  startCalendarSync,
  subgraphResolvers,
  type SubgraphDefinition,
  readSubgraphSchema,
} from '@ykb/common';
import { sweepCharging } from './charging.js';
import { createContext, type CasesContext } from './context.js';
import {
  departmentPushKind,
  departmentUpdateRoute,
  endpointsFromEnv,
} from './departmentSystems.js';
import { deliveryWindowKind } from './deliveryWindow.js';
import { DocumentStore } from './documents.js';
import { licenceKind } from './licenceIssuer.js';
import { MaterialStore } from './materialStore.js';
import { registerModels } from './model.js';
import { OutboxWorker } from './outbox.js';
import { resolvers } from './resolvers.js';
import { mergeServicesResolvers, setupServices } from './services/index.js';
import { sweepMailedResults } from './services/logistics/mailedResults.js';
import { SupervisionRuleBook, sweepTimeLimits } from './supervision.js';
import { seedWorkflows } from './workflow.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

/** Interval of the outbox loop (licence issuance, departmental pushes, delivery windows, supervision sweep) in milliseconds, from YKB_OUTBOX_INTERVAL_MS (default 5000). */
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
    const documents = new DocumentStore(connection.db!);
    const endpoints = endpointsFromEnv();
    const outbox = new OutboxWorker(models, log, outboxIntervalMs(), [
      licenceKind,
      departmentPushKind(endpoints),
      deliveryWindowKind,
    ]);
    const services = setupServices(connection, log);
    const rules = new SupervisionRuleBook(models);
    outbox.onTick(() => sweepTimeLimits(models, rules, log));
    const runtime = {
      models,
      materials,
      documents,
      outbox,
      rules,
      departmentEndpoints: endpoints,
      services: services.runtime,
    };
    outbox.onTick(() => sweepCharging({ ...runtime, log }));
    outbox.onTick(() => sweepMailedResults({ ...runtime, log }));
    let stopCalendarSync: (() => Promise<void>) | undefined;
    return {
      context: (base) => createContext(runtime, base),
      routes: [
        departmentUpdateRoute(() => ({ ...runtime, log }), endpoints),
        ...services.routes,
      ],
      afterIndexes: async () => {
        await services.start();
        await materials.createIndexes();
        await documents.createIndexes();
        await seedWorkflows(models, log);
        await rules.reload();
        outbox.start();
        // YKB_CALENDAR_SYNC=off runs on the packaged holiday years only (tests without identity).
        if (process.env.YKB_CALENDAR_SYNC !== 'off')
          stopCalendarSync = startCalendarSync({ log, caller: 'cases' });
      },
      stop: async () => {
        await stopCalendarSync?.();
        await outbox.stop();
        await services.stop();
      },
    };
  },
};

export { setClock } from './clock.js';
