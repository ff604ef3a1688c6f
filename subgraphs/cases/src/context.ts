import DataLoader from 'dataloader';
import { loaderBy, type BaseResolverContext } from '@ykb/common';
import type { DepartmentSystemEndpoint } from './departmentSystems.js';
import type { DocumentStore } from './documents.js';
import type { MaterialStore, StoredFile } from './materialStore.js';
import type { CaseDocument, CaseModels } from './model.js';
import type { OutboxWorker } from './outbox.js';
import {
  createServicesContext,
  type ServicesContext,
  type ServicesRuntime,
} from './services/context.js';
import type { SupervisionRuleBook } from './supervision.js';

/** Long-lived parts shared by every request. */
export interface CasesRuntime {
  models: CaseModels;
  materials: MaterialStore;
  documents: DocumentStore;
  outbox: OutboxWorker;
  rules: SupervisionRuleBook;
  /** Departmental systems this deployment pushes cases to. */
  departmentEndpoints: readonly DepartmentSystemEndpoint[];
  /** Fees, logistics, evaluation, inquiries and publicity. */
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
