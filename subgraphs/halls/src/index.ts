import { gql } from 'graphql-tag';
import {
  integerFromEnv,
  readSubgraphSchema,
  subgraphResolvers,
  type SubgraphDefinition,
} from '@ykb/common';
import { recordNoShows } from './appointments.js';
import { notifyPendingHallCancellations } from './strandedAppointments.js';
import type { CaseStatsSource } from './casesClient.js';
import { registerModels } from './model.js';
import { ANONYMOUS_TICKETS_PER_ADDRESS_PER_DAY } from './queue.js';
import { createContext, resolvers, type HallsContext } from './resolvers.js';
import { seedAppointmentSlotRules, seedHalls, upgradeTickets } from './seed.js';

export const typeDefs = gql(
  readSubgraphSchema(new URL('../', import.meta.url)),
);

export interface HallsOptions {
  /** Clock of the queue; tests replace it to cross an Asia/Shanghai midnight. Default: the system clock. */
  now?: () => Date;
  /** Anonymous tickets a hall issues per minute. Default: ANONYMOUS_TICKETS_PER_MINUTE. */
  anonymousTicketsPerMinute?: number;
  /** Anonymous tickets one client address may take at one hall on one day. Default: YKB_ANON_TICKETS_PER_ADDRESS, else ANONYMOUS_TICKETS_PER_ADDRESS_PER_DAY. */
  anonymousTicketsPerAddressPerDay?: number;
  /** Anonymous tickets one client address may take at one hall in one minute. Default: ANONYMOUS_TICKETS_PER_ADDRESS_PER_MINUTE. */
  anonymousTicketsPerAddressPerMinute?: number;
  /** Source of staff case figures. Default: the cases subgraph over HTTP. */
  caseStats?: CaseStatsSource;
  /** How often bookings past their slot end are recorded as no-shows, and missing notifications of hall cancellations written, in ms; 0 turns the sweep off. Default: 60000. */
  noShowSweepMs?: number;
}

/** Builds the halls subgraph definition. */
export function createHallsSubgraph(
  options: HallsOptions = {},
): SubgraphDefinition<HallsContext> {
  const now = options.now ?? (() => new Date());
  const settings = {
    now,
    anonymousTicketsPerMinute: options.anonymousTicketsPerMinute,
    anonymousTicketsPerAddressPerDay: options.anonymousTicketsPerAddressPerDay,
    anonymousTicketsPerAddressPerMinute:
      options.anonymousTicketsPerAddressPerMinute,
    caseStats: options.caseStats,
  };
  return {
    name: 'halls',
    typeDefs,
    resolvers: subgraphResolvers(resolvers),
    setup: (connection, log) => {
      settings.anonymousTicketsPerAddressPerDay ??= integerFromEnv(
        'YKB_ANON_TICKETS_PER_ADDRESS',
        ANONYMOUS_TICKETS_PER_ADDRESS_PER_DAY,
        1,
        100_000,
        'tickets',
      );
      const models = registerModels(connection);
      let sweep: NodeJS.Timeout | undefined;
      return {
        context: (base) => createContext(models, settings, base),
        afterIndexes: async () => {
          await seedHalls(models, log);
          await seedAppointmentSlotRules(models, log);
          await upgradeTickets(models, log);
          const every = options.noShowSweepMs ?? 60_000;
          if (every > 0)
            sweep = setInterval(() => {
              recordNoShows(models, {}, now()).then(
                (count) => {
                  if (count > 0) log.info({ count }, 'no-shows recorded');
                },
                (err: unknown) => log.error({ err }, 'no-show sweep failed'),
              );
              notifyPendingHallCancellations(models, now()).then(
                (count) => {
                  if (count > 0)
                    log.info({ count }, 'pending hall cancellations notified');
                },
                (err: unknown) =>
                  log.error({ err }, 'hall cancellation notification failed'),
              );
            }, every);
        },
        stop: async () => {
          clearInterval(sweep);
        },
      };
    },
  };
}

export const hallsSubgraph = createHallsSubgraph();

export { hallDirectory } from './hallDirectory.js';
export { formatTicketNumber } from './queue.js';
export { performanceCsv } from './performance.js';
