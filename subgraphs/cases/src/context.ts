import DataLoader from 'dataloader';
import { loaderBy, type BaseResolverContext } from '@ykb/common';
import type { LicenceIssuer } from './licenceIssuer.js';
import type { MaterialStore, StoredFile } from './materialStore.js';
import type { CaseDocument, CaseModels } from './model.js';
import {
  createServicesContext,
  type ServicesContext,
  type ServicesRuntime,
} from './services/context.js';

/** Long-lived parts shared by every request. */
export interface CasesRuntime {
  models: CaseModels;
  materials: MaterialStore;
  issuer: LicenceIssuer;
  services: ServicesRuntime;
}

export interface CasesContext
  extends BaseResolverContext, Omit<CasesRuntime, 'services'>, ServicesContext {
  caseById: DataLoader<string, CaseDocument | null>;
  fileById: DataLoader<string, StoredFile | null>;
  /** Ids of the cases an agent's grant allowed reading in this request. */
  agentReadableCases: Set<string>;
}

export function createContext(
  runtime: CasesRuntime,
  base: BaseResolverContext,
): CasesContext {
  return {
    ...base,
    ...runtime,
    ...createServicesContext(runtime.services),
    caseById: loaderBy<CaseDocument>(runtime.models.Case),
    fileById: new DataLoader((ids) => runtime.materials.findByIds(ids)),
    agentReadableCases: new Set(),
  };
}
