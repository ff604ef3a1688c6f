import { gql } from 'graphql-tag';
import {
  readSubgraphSchema,
  sharedCountersCollection,
  subgraphResolvers,
  type SubgraphDefinition,
} from '@ykb/common';
import { readSealMasterKey } from './config.js';
import { lookupCaseOverHttp, lookupCasesOverHttp } from './casesClient.js';
import {
  cachedHolderIdentities,
  lookupHolderIdentitiesOverHttp,
} from './holderIdentity.js';
import { backgroundIntervalMs, LicenceBackground } from './background.js';
import { lookupRegisteredHoldersOverHttp } from './registeredHolders.js';
import { ensureKeySetSigner } from './keySet.js';
import { registerModels } from './model.js';
import { SandboxNationalHub } from './nationalHub.js';
import {
  verifyRateLimitFromEnv,
  VerifyRateLimiter,
} from './verifyRateLimit.js';
import { createContext, resolvers, type LicensesContext } from './resolvers.js';
import {
  assertSealsMatchMasterKey,
  seedLicenceTypes,
  seedSeals,
} from './seed.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

export const licensesSubgraph: SubgraphDefinition<LicensesContext> = {
  name: 'licenses',
  typeDefs,
  resolvers: subgraphResolvers(resolvers),
  setup: async (connection, log) => {
    let masterKey: Buffer;
    let verifyLimit: number;
    try {
      masterKey = readSealMasterKey();
      verifyLimit = verifyRateLimitFromEnv();
    } catch (error) {
      // startSubgraph opened the connection before setup; close it so that a failed start leaves nothing open.
      await connection.close();
      throw error;
    }
    const models = registerModels(connection);
    const hub = new SandboxNationalHub(models, masterKey);
    const verifyLimiter = new VerifyRateLimiter(verifyLimit, {
      collection: sharedCountersCollection(connection),
      log,
    });
    verifyLimiter.counters.start();
    const lookupHolderIdentities = cachedHolderIdentities(
      lookupHolderIdentitiesOverHttp,
    );
    const background = new LicenceBackground(
      models,
      hub,
      log,
      backgroundIntervalMs(),
    );
    return {
      context: (base) =>
        createContext(
          {
            models,
            masterKey,
            lookupCase: lookupCaseOverHttp,
            hub,
            verifyLimiter,
            lookupHolderIdentities,
            lookupCases: lookupCasesOverHttp,
            lookupRegisteredHolders: lookupRegisteredHoldersOverHttp,
          },
          base,
        ),
      afterIndexes: async () => {
        try {
          await seedLicenceTypes(models, log);
          await seedSeals(models, masterKey, log);
          await assertSealsMatchMasterKey(models, masterKey);
          await ensureKeySetSigner(models, masterKey);
          await hub.open();
        } catch (error) {
          await connection.close();
          throw error;
        }
        background.start();
      },
      stop: async () => {
        await background.stop();
        await verifyLimiter.counters.stop();
      },
    };
  },
};

export { readSealMasterKey, SEAL_MASTER_KEY_ENV } from './config.js';
export { licenceContent } from './content.js';
