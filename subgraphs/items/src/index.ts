import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import { subgraphResolvers, type SubgraphDefinition } from '@ykb/common';
import { registerModels } from './model.js';
import { createContext, resolvers, type ItemsContext } from './resolvers.js';
import { seedItems } from './seed.js';
import { CatalogueIndex, refreshIntervalMs } from './searchIndex.js';

export const typeDefs = gql(
  readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
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
        await seedItems(models, log);
        await searchIndex.start();
      },
      stop: () => searchIndex.stop(),
    };
  },
};

export { catalogue, seededItemId } from './catalogue.js';
