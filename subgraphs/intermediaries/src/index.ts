import { gql } from 'graphql-tag';
import {
  readSubgraphSchema,
  subgraphResolvers,
  type SubgraphDefinition,
} from '@ykb/common';
import { startMarketplaceJob } from './admissionJob.js';
import { registerModels } from './model.js';
import {
  createContext,
  resolvers,
  type IntermediariesContext,
} from './resolvers.js';
import { seedIntermediaryServices } from './seed.js';
import { seedDemoMarketplace } from './demoSeed.js';
import { withAgentGrantCheck } from './agentResolvers.js';
import { assignLegacyKeys } from './legacyKeys.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

export const intermediariesSubgraph: SubgraphDefinition<IntermediariesContext> =
  {
    name: 'intermediaries',
    typeDefs,
    resolvers: subgraphResolvers(withAgentGrantCheck(resolvers)),
    setup: async (connection, log) => {
      const models = registerModels(connection);
      await assignLegacyKeys(models, log);
      let job: { stop: () => Promise<void> } | undefined;
      return {
        context: (base) => createContext(models, base),
        afterIndexes: async () => {
          await seedIntermediaryServices(models, log);
          await seedDemoMarketplace(models, log);
          job = startMarketplaceJob(models, log);
        },
        stop: async () => {
          await job?.stop();
        },
      };
    },
  };

export {
  serviceCatalogue,
  serviceId,
  SERVICE_SPECS,
} from './serviceCatalogue.js';
export { setClock } from './clock.js';
export { runMarketplaceJob } from './admissionJob.js';
