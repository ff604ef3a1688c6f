import DataLoader from 'dataloader';
import { loaderBy } from '@ykb/common';
import type { Connection } from 'mongoose';
import type { CourierService } from './logistics/courierService.js';
import {
  registerLogisticsModels,
  type DeliveryChoiceDocument,
  type ShipmentDocument,
} from './logistics/model.js';
import {
  registerEvaluationModels,
  type EvaluationDocument,
  type RectificationDocument,
} from './evaluation/model.js';
import { registerInquiryModels } from './inquiries/model.js';
import {
  registerPaymentModels,
  type PaymentOrderDocument,
} from './payments/model.js';
import type { PaymentService } from './payments/paymentService.js';

export function registerServicesModels(connection: Connection) {
  return {
    ...registerPaymentModels(connection),
    ...registerLogisticsModels(connection),
    ...registerEvaluationModels(connection),
    ...registerInquiryModels(connection),
  };
}

export type ServicesModels = ReturnType<typeof registerServicesModels>;

/** Long-lived parts of fees, logistics, evaluation and inquiries. */
export interface ServicesRuntime {
  models: ServicesModels;
  payments: PaymentService;
  courier: CourierService;
}

/** Per-request loaders of the records hung on a case, so case lists cost one query per field. */
export interface ServicesLoaders {
  orderByCase: DataLoader<string, PaymentOrderDocument | null>;
  deliveryByCase: DataLoader<string, DeliveryChoiceDocument | null>;
  evaluationByCase: DataLoader<string, EvaluationDocument | null>;
  rectificationByEvaluation: DataLoader<string, RectificationDocument | null>;
  shipmentsByCase: DataLoader<string, ShipmentDocument[]>;
}

export interface ServicesContext {
  services: ServicesRuntime & { loaders: ServicesLoaders };
}

export function createServicesContext(
  runtime: ServicesRuntime,
): ServicesContext {
  const { models } = runtime;
  return {
    services: {
      ...runtime,
      loaders: {
        orderByCase: loaderBy<PaymentOrderDocument>(
          models.PaymentOrder,
          'caseId',
        ),
        deliveryByCase: loaderBy<DeliveryChoiceDocument>(models.DeliveryChoice),
        evaluationByCase: loaderBy<EvaluationDocument>(
          models.Evaluation,
          'caseId',
        ),
        rectificationByEvaluation: loaderBy<RectificationDocument>(
          models.Rectification,
          'evaluationId',
        ),
        shipmentsByCase: new DataLoader(async (caseIds) => {
          const shipments = await models.Shipment.find({
            caseId: { $in: [...caseIds] },
          })
            .sort({ createdAt: 1, _id: 1 })
            .lean<ShipmentDocument[]>();
          return caseIds.map((id) => shipments.filter((s) => s.caseId === id));
        }),
      },
    },
  };
}
