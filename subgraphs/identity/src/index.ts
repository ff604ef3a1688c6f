import { gql } from 'graphql-tag';
import {
  createAuthenticator,
  createTokenVerifier,
  remoteUserKeys,
  sendJson,
  subgraphResolvers,
  systemClock,
  type Clock,
  type ExtraRoute,
  type Logger,
  type SubgraphDefinition,
  readSubgraphSchema,
} from '@ykb/common';
import { createContext, type IdentityContext } from './context.js';
import { DivisionCatalog } from './DivisionCatalog.js';
import { registerModels, type IdentityModels } from './model.js';
import { createSandboxNotifier, type Notifier } from './notifier.js';
import { createOidcService } from './oidc/service.js';
import {
  createSandboxVerifier,
  findRegisteredName,
  type RealNameVerifier,
} from './realNameVerifier.js';
import { registrationLimitFromEnv } from './registrationLimit.js';
import { resolvers } from './resolvers.js';
import {
  backfillStaffVersions,
  seedDemoAgentGrant,
  seedDemoUsers,
  seedDepartments,
  seedDepartmentSystems,
  seedDivisions,
  seedLegalRepresentatives,
} from './seed.js';
import { isSessionOpen } from './sessions.js';
import { backfillSessionJurisdictions } from './statistics.js';
import { identityUserKeys, SigningKeyStore } from './signingKeys.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

export interface IdentitySubgraphOptions {
  /**
   * Builds the real-name verifier from the division table; the sandbox
   * verifier by default.
   */
  createVerifier?: (
    divisions: DivisionCatalog,
    models: IdentityModels,
  ) => RealNameVerifier;
  /** Builds the text-message gateway; the sandbox notifier by default. */
  createNotifier?: (models: IdentityModels, log: Logger) => Notifier;
  /** Time source of tokens, sessions and signing keys; the system clock by default. */
  clock?: Clock;
  /** Clock of one-time codes and reset rate limits; `clock` by default. */
  now?: () => Date;
  /** Registrations one client address may attempt per clock hour; YKB_REGISTRATION_HOURLY_LIMIT by default. */
  registrationLimit?: number;
}

/** Builds the identity subgraph: divisions, departments, users, sign-in, registration and holiday schedules. */
export function createIdentitySubgraph(
  options: IdentitySubgraphOptions = {},
): SubgraphDefinition<IdentityContext> {
  const createVerifier =
    options.createVerifier ??
    ((divisions, models) =>
      createSandboxVerifier({
        knowsDivision: (code) => divisions.has(code),
        registeredNameOf: (idCardNumber) =>
          findRegisteredName(models, idCardNumber),
      }));
  const registrationLimit =
    options.registrationLimit ?? registrationLimitFromEnv();
  const clock = options.clock ?? systemClock;
  const now = options.now ?? (() => new Date(clock()));
  const createNotifier =
    options.createNotifier ??
    ((models, log) => createSandboxNotifier({ models, log, now }));
  return {
    name: 'identity',
    typeDefs,
    resolvers: subgraphResolvers(resolvers),
    setup: (connection, log) => {
      const models = registerModels(connection);
      const divisions = new DivisionCatalog(models.Division);
      const oidc = createOidcService({ connection, models, log });
      const keys = new SigningKeyStore(models, clock, log);
      const services = {
        models,
        divisions,
        verifier: createVerifier(divisions, models),
        notifier: createNotifier(models, log),
        now,
        oidc,
        keys,
        clock,
        registrationLimit,
      };
      // Identity verifies with its own keys and checks sessions in its own database.
      const authenticator = createAuthenticator(
        createTokenVerifier({
          userKeys: identityUserKeys(
            keys,
            process.env.YKB_JWKS_URL ? remoteUserKeys() : undefined,
          ),
          clock,
        }),
        (viewer) => isSessionOpen(models, viewer.sessionId, clock()),
      );
      const jwks: ExtraRoute = async ({ req, url, res }) => {
        if (url.pathname !== '/.well-known/jwks.json' || req.method !== 'GET')
          return false;
        res.setHeader('cache-control', 'public, max-age=60');
        sendJson(res, 200, await keys.jwks());
        return true;
      };
      return {
        context: (base) => createContext(services, base),
        authenticator,
        routes: [jwks, oidc.route],
        stop: async () => oidc.stop(),
        afterIndexes: async () => {
          await oidc.prepare();
          await seedDivisions(models, log);
          await seedDepartments(models, log);
          await seedDemoUsers(models, log);
          await seedDepartmentSystems(models, log);
          await backfillStaffVersions(models, log);
          await backfillSessionJurisdictions(models, log);
          await seedLegalRepresentatives(models);
          await seedDemoAgentGrant(models, log);
          // Creates the first signing key, or agrees on the one another process created.
          await keys.activeKey();
          const loaded = await divisions.load();
          log.info({ divisions: loaded }, 'division table loaded');
        },
      };
    },
  };
}

export const identitySubgraph = createIdentitySubgraph();

export {
  checkHolidaySchedule,
  PRECEDING_DECEMBER_FROM_DAY,
  type HolidayScheduleInput,
} from './checkHolidaySchedule.js';
export { DivisionCatalog } from './DivisionCatalog.js';
export {
  listHolidaySchedules,
  loadHolidaySchedule,
  type HolidayScheduleView,
} from './holidaySchedules.js';
export {
  CHONGQING,
  divisionSourceVersion,
  readChongqingDivisions,
  type DivisionRecord,
} from './divisionSource.js';
export {
  registerModels,
  type IdentityModels,
  type UserDocument,
} from './model.js';
export {
  hashPassword,
  verifyPassword,
  findPasswordProblem,
} from './password.js';
export {
  findNameProblem,
  normalizeAccount,
  normalizeIdCardNumber,
  normalizePersonName,
} from './personInput.js';
export {
  createSandboxVerifier,
  isPlausibleCountyCode,
  type RealNameResult,
  type RealNameSubject,
  type RealNameVerifier,
} from './realNameVerifier.js';
export {
  demoUserId,
  seedDemoAgentGrant,
  seedDemoUsers,
  seedDepartments,
  seedDivisions,
} from './seed.js';
export { LOCK_DURATION_MS, MAX_FAILED_SIGN_INS } from './signIn.js';
export {
  createSandboxNotifier,
  defaultOutboxFile,
  NotifierError,
  renderSmsText,
  SMS_TEMPLATES,
  type Notifier,
  type NotifierFailureReason,
  type SandboxNotifierOptions,
  type SmsRequest,
  type SmsTemplateId,
} from './notifier.js';
export {
  ACTIVATION_CODE_TTL_MS,
  CODE_CHECK_LOCK_MS,
  MAX_CODE_CHECKS,
  RESET_CODE_TTL_MS,
} from './oneTimeCodes.js';
export {
  DEMO_CLIENT,
  departmentalClientsFromEnv,
  type DepartmentalClientConfig,
} from './oidc/clients.js';
export { maySeePersonalData, viewUser, type UserView } from './userView.js';
