import { readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import { subgraphResolvers, type SubgraphDefinition } from '@ykb/common';
import { registerModels } from './model.js';
import { createContext, resolvers, type HallsContext } from './resolvers.js';
import { seedHalls } from './seed.js';

export const typeDefs = gql(
  readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
);

export interface HallsOptions {
  /** Clock of the queue; tests replace it to cross an Asia/Shanghai midnight. Default: the system clock. */
  now?: () => Date;
}

/** Builds the halls subgraph definition. */
export function createHallsSubgraph(
  options: HallsOptions = {},
): SubgraphDefinition<HallsContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'halls',
    typeDefs,
    resolvers: subgraphResolvers(resolvers),
    setup: (connection, log) => {
      const models = registerModels(connection);
      return {
        context: (base) => createContext(models, now, base),
        afterIndexes: async () => {
          await seedHalls(models, log);
        },
      };
    },
  };
}

export const hallsSubgraph = createHallsSubgraph();

export { hallDirectory } from './hallDirectory.js';
export { formatTicketNumber } from './queue.js';
