import DataLoader from 'dataloader';
import {
  loaderBy,
  type AuditEvent,
  type BaseResolverContext,
  type Clock,
  type Viewer,
} from '@ykb/common';
import type { DivisionCatalog } from './DivisionCatalog.js';
import type { DivisionRecord } from './divisionSource.js';
import type {
  DepartmentDocument,
  IdentityModels,
  UserDocument,
} from './model.js';
import type { Notifier } from './notifier.js';
import type { OidcService } from './oidc/service.js';
import type { RealNameVerifier } from './realNameVerifier.js';
import { reserveRegistration } from './registrationLimit.js';
import type { SigningKeyStore } from './signingKeys.js';

/** Long-lived services shared by every request. */
export interface IdentityServices {
  models: IdentityModels;
  divisions: DivisionCatalog;
  verifier: RealNameVerifier;
  /** Text-message gateway for activation and reset codes. */
  notifier: Notifier;
  /** Clock of code expiry, code-check locks and reset rate limits; injectable so tests need not wait. */
  now: () => Date;
  /** The OpenID Provider, whose single sign-on sessions a platform sign-out ends. */
  oidc: Pick<OidcService, 'endAccountSessions'>;
  /** Keys that sign access tokens. */
  keys: SigningKeyStore;
  /** Time source of tokens, sessions and keys; tests pass their own. */
  clock: Clock;
  /** Registrations one client address may attempt per clock hour. */
  registrationLimit: number;
}

/** Writes one audit record of the current request, adding its request id. */
export type RecordAudit = (event: AuditEvent) => Promise<void>;

export interface IdentityContext extends BaseResolverContext, IdentityServices {
  divisionByCode: DataLoader<string, DivisionRecord | null>;
  divisionsByParent: DataLoader<string, DivisionRecord[]>;
  departmentByCode: DataLoader<string, DepartmentDocument | null>;
  userById: DataLoader<string, UserDocument | null>;
  /** The viewer from the token; startSubgraph has already refused tokens of closed sessions. */
  activeViewer: () => Promise<Viewer | undefined>;
  recordAudit: RecordAudit;
  /** Counts one registration attempt from the request's client address. */
  countRegistrationAttempt: () => Promise<void>;
}

export function createContext(
  services: IdentityServices,
  base: BaseResolverContext,
): IdentityContext {
  const { models, divisions } = services;

  return {
    ...base,
    ...services,
    divisionByCode: new DataLoader(async (codes) =>
      codes.map((code) => divisions.find(code) ?? null),
    ),
    divisionsByParent: new DataLoader(async (parents) =>
      parents.map((parent) => divisions.childrenOf(parent)),
    ),
    departmentByCode: loaderBy<DepartmentDocument>(models.Department),
    userById: loaderBy<UserDocument>(models.User),
    recordAudit: (event) =>
      base.audit.record({ requestId: base.requestId, ...event }),
    activeViewer: () => Promise.resolve(base.viewer),
    countRegistrationAttempt: () =>
      reserveRegistration(
        models,
        base.clientAddress,
        services.registrationLimit,
        services.now(),
      ),
  };
}
