import { GraphQLScalarType } from 'graphql';
import {
  DateTimeScalar,
  deriveTokenKey,
  integerFromEnv,
  subgraphUrl,
  type ExtraRoute,
  type Logger,
} from '@ykb/common';
import type { Connection } from 'mongoose';
import { canSeePersonalData } from '../caseAccess.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { caseQueryCode } from '../queryCode.js';
import { registerServicesModels, type ServicesRuntime } from './context.js';
import { evaluationResolvers } from './evaluation/resolvers.js';
import { windowStatsResolvers } from './evaluation/windowStats.js';
import { inquiryResolvers } from './inquiries/resolvers.js';
import { HttpCourier } from './logistics/courier.js';
import {
  COURIER_NOTIFY_PATH,
  CourierService,
} from './logistics/courierService.js';
import { logisticsResolvers, shipmentsOfCase } from './logistics/resolvers.js';
import {
  dropRetiredShipmentIndex,
  ensureWaybillIndex,
} from './logistics/model.js';
import { SandboxCourier } from './logistics/sandboxCourier.js';
import {
  PAYMENT_NOTIFY_PATH,
  PaymentService,
} from './payments/paymentService.js';
import { HttpPaymentProvider } from './payments/provider.js';
import { paymentResolvers } from './payments/resolvers.js';
import { SandboxPaymentProvider } from './payments/sandboxProvider.js';
import { publicityResolvers } from './publicity/resolvers.js';
import { sandboxStatePath } from './shared/sandboxState.js';

export { openPaymentOrderForCase } from './payments/resolvers.js';
export { createServicesContext, type ServicesContext } from './context.js';

/** Resolvers of services.graphql, merged into the subgraph's resolver map by mergeServicesResolvers. */
const servicesResolvers: Resolvers[] = [
  paymentResolvers,
  logisticsResolvers,
  evaluationResolvers,
  windowStatsResolvers,
  inquiryResolvers,
  publicityResolvers,
  {
    DateTime: DateTimeScalar,
    Case: {
      paymentOrder: (c, _args, ctx) =>
        ctx.services.loaders.orderByCase.load(c._id),
      delivery: (c, _args, ctx) =>
        ctx.services.loaders.deliveryByCase.load(c._id),
      shipments: (c, _args, ctx) => shipmentsOfCase(ctx, c),
      evaluation: (c, _args, ctx) =>
        ctx.services.loaders.evaluationByCase.load(c._id),
      queryCode: (c, _args, ctx) =>
        canSeePersonalData(ctx.viewer, c, ctx.agentReadableCases)
          ? caseQueryCode(c._id)
          : null,
    },
  },
];

/** Merges the services' resolvers into the cases subgraph's map, type by type. */
export function mergeServicesResolvers(base: Resolvers): Resolvers {
  const merged: Record<string, unknown> = { ...base };
  for (const part of servicesResolvers)
    for (const [type, fields] of Object.entries(part)) {
      const current = merged[type];
      merged[type] =
        current && !(fields instanceof GraphQLScalarType)
          ? { ...(current as object), ...(fields as object) }
          : fields;
    }
  return merged as Resolvers;
}

/** Where the callback endpoints of this subgraph are reached: YKB_CASES_PUBLIC_URL, else the cases subgraph URL. */
function callbackUrl(path: string): string {
  const base =
    process.env.YKB_CASES_PUBLIC_URL ??
    subgraphUrl('cases').replace(/\/graphql$/, '');
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The services' part of the subgraph runtime. */
export interface ServicesSetup {
  runtime: ServicesRuntime;
  routes: ExtraRoute[];
  /** Starts the sandboxes (unless real providers are configured) and the payment recovery loop. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Sets up payments, logistics, evaluation and inquiries. Without
 * YKB_PAYMENT_PROVIDER_URL and YKB_COURIER_URL it starts the sandbox payment
 * provider and sandbox courier on loopback ports YKB_PAYMENT_SANDBOX_PORT and
 * YKB_COURIER_SANDBOX_PORT. By default the courier takes a free port and the
 * payment sandbox the port of its state file (see its start()). Their addresses are
 * published in YKB_PAYMENT_SANDBOX_URL and YKB_COURIER_SANDBOX_URL of this
 * process, and the cashier address reaches payers with each order. With
 * YKB_DATA_DIR set, the sandboxes keep their state in
 * `<YKB_DATA_DIR>/sandboxes/payment.json` and `courier.json` across restarts.
 */
export function setupServices(
  connection: Connection,
  log: Logger,
): ServicesSetup {
  const models = registerServicesModels(connection);
  const paymentKey = () => deriveTokenKey('payment-sandbox-hmac');
  const courierKey = () => deriveTokenKey('courier-sandbox-hmac');
  const apiKey = (key: Uint8Array) =>
    Buffer.from(key).toString('hex').slice(0, 32);
  const timeoutMs = integerFromEnv(
    'YKB_PROVIDER_TIMEOUT_MS',
    5000,
    50,
    60_000,
    'milliseconds',
  );

  let paymentUrl = process.env.YKB_PAYMENT_PROVIDER_URL ?? '';
  let courierUrl = process.env.YKB_COURIER_URL ?? '';
  const payments = new PaymentService(
    models,
    {
      createOrder: (input) => provider().createOrder(input),
      queryOrder: (id) => provider().queryOrder(id),
      refund: (input) => provider().refund(input),
      statement: (date) => provider().statement(date),
      parseCallback: (headers, body) => provider().parseCallback(headers, body),
    },
    {
      notifyUrl: () => callbackUrl(PAYMENT_NOTIFY_PATH),
      pollMs: integerFromEnv(
        'YKB_PAYMENT_POLL_MS',
        10_000,
        10,
        3_600_000,
        'milliseconds',
      ),
      queryAfterMs: integerFromEnv(
        'YKB_PAYMENT_QUERY_AFTER_MS',
        60_000,
        0,
        86_400_000,
        'milliseconds',
      ),
    },
    log.child({ part: 'payments' }),
  );
  let httpProvider: HttpPaymentProvider | undefined;
  const provider = () =>
    (httpProvider ??= new HttpPaymentProvider(
      paymentUrl,
      apiKey(paymentKey()),
      paymentKey(),
      timeoutMs,
    ));
  let httpCourier: HttpCourier | undefined;
  const courierAdapter = () =>
    (httpCourier ??= new HttpCourier(
      courierUrl,
      apiKey(courierKey()),
      courierKey(),
      timeoutMs,
    ));
  const courier = new CourierService(
    models,
    {
      createWaybill: (input) => courierAdapter().createWaybill(input),
      trackingEvents: (waybill) => courierAdapter().trackingEvents(waybill),
      parseCallback: (headers, body) =>
        courierAdapter().parseCallback(headers, body),
    },
    () => callbackUrl(COURIER_NOTIFY_PATH),
    log.child({ part: 'courier' }),
  );

  let paymentSandbox: SandboxPaymentProvider | undefined;
  let courierSandbox: SandboxCourier | undefined;
  const routes: ExtraRoute[] = [
    async ({ req, res, url }) => {
      if (url.pathname !== PAYMENT_NOTIFY_PATH || req.method !== 'POST')
        return false;
      await payments.handleCallback(req, res);
      return true;
    },
    async ({ req, res, url }) => {
      if (url.pathname !== COURIER_NOTIFY_PATH || req.method !== 'POST')
        return false;
      await courier.handleCallback(req, res);
      return true;
    },
  ];

  return {
    runtime: { models, payments, courier },
    routes,
    start: async () => {
      await dropRetiredShipmentIndex(
        models.Shipment,
        log.child({ part: 'courier' }),
      );
      await ensureWaybillIndex(models.Shipment, log.child({ part: 'courier' }));
      if (!paymentUrl) {
        paymentSandbox = new SandboxPaymentProvider(
          paymentKey(),
          apiKey(paymentKey()),
          log.child({ part: 'payment-sandbox' }),
          sandboxStatePath('payment'),
        );
        paymentUrl = await paymentSandbox.start(
          integerFromEnv('YKB_PAYMENT_SANDBOX_PORT', 0, 0, 65535, 'port'),
        );
      }
      if (!courierUrl) {
        courierSandbox = new SandboxCourier(
          courierKey(),
          apiKey(courierKey()),
          log.child({ part: 'courier-sandbox' }),
          { stateFile: sandboxStatePath('courier') },
        );
        courierUrl = await courierSandbox.start(
          integerFromEnv('YKB_COURIER_SANDBOX_PORT', 0, 0, 65535, 'port'),
          integerFromEnv(
            'YKB_COURIER_SANDBOX_STEP_MS',
            0,
            0,
            86_400_000,
            'milliseconds',
          ),
        );
      }
      process.env.YKB_PAYMENT_SANDBOX_URL = paymentSandbox ? paymentUrl : '';
      process.env.YKB_COURIER_SANDBOX_URL = courierSandbox ? courierUrl : '';
      payments.start();
    },
    stop: async () => {
      await payments.stop();
      await paymentSandbox?.stop();
      await courierSandbox?.stop();
    },
  };
}
