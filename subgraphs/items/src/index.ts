import { gql } from 'graphql-tag';
import {
  readSubgraphSchema,
  subgraphResolvers,
  type SubgraphDefinition,
} from '@ykb/common';
import { registerModels } from './model.js';
import { createContext, resolvers, type ItemsContext } from './resolvers.js';
import { seedItems } from './seed.js';
import { seedCatalogueEntries } from './catalogueAdmin.js';
import { seedDictionaries } from './dictionaries.js';
import { reconcileVersions } from './versions.js';
import { CatalogueIndex, refreshIntervalMs } from './searchIndex.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

export const itemsSubgraph: SubgraphDefinition<ItemsContext> = {
  name: 'items',
  typeDefs,
  resolvers: subgraphResolvers(resolvers),
  setup: (connection, log) => {
    const models = registerModels(connection);
    const searchIndex = new CatalogueIndex(models, {
      log,
      intervalMs: refreshIntervalMs(),
    });
    return {
      context: (base) => createContext(models, searchIndex, base),
      afterIndexes: async () => {
        await seedDictionaries(models);
        await seedCatalogueEntries(models);
        await seedItems(models, log);
        await reconcileVersions(models);
        await searchIndex.start();
      },
      stop: () => searchIndex.stop(),
    };
  },
};

export { catalogue, implementationCode, seededItemId } from './catalogue.js';
