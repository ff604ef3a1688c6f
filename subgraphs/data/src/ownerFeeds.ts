import { shanghaiDate, type SubgraphName } from '@ykb/common';
import type { RowValues } from './model.js';

/**
 * Change feeds of the owner subgraphs and how each record becomes a row of
 * its catalogue dataset. Every owner query is SYSTEM-only, reads records in
 * the order of their last change and returns a `nextAfter` cursor (see
 * readChangeFeed in @ykb/common). Values are stored raw, and datasetRows,
 * exports and open data desensitise them when they are read.
 */

/** Row written for a record, or `values: null` when the record has left the dataset and its row is deleted. */
export interface FedRow {
  key: string;
  divisionCode: string;
  values: RowValues | null;
}

export interface OwnerFeed {
  datasetId: string;
  subgraph: SubgraphName;
  /** Root field of the change-feed query. */
  field: string;
  /** Query with `$after: String` and `$first: Int` that selects `records { … } nextAfter` of `field`. */
  query: string;
  /** Maps a record to its row; null for a record that never belongs to the dataset, which is skipped. */
  toRow(record: Record<string, unknown>): FedRow | null;
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** Birth date YYYY-MM-DD read from an 18-digit resident ID number, null for another value. */
export function birthDateOf(idCardNumber: string | null): string | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/i.exec(
    idCardNumber ?? '',
  );
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function changeQuery(name: string, field: string, selection: string): string {
  return `query ${name}($after: String, $first: Int) {
  ${field}(after: $after, first: $first) { records { ${selection} } nextAfter }
}`;
}

/** Division code used for rows whose record has none: the whole of Chongqing. */
const CITY_DIVISION = '50';

export const OWNER_FEEDS: readonly OwnerFeed[] = [
  {
    datasetId: 'identity.users',
    subgraph: 'identity',
    field: 'userChanges',
    query: changeQuery(
      'DataFeedUsers',
      'userChanges',
      'id kind name idCardNumber mobile divisionCode registeredAt',
    ),
    // Only natural persons belong to the dataset. Identity stores no address,
    // so the address field stays empty.
    toRow: (user) => {
      if (user.kind !== 'PERSON') return null;
      const idCardNumber = text(user.idCardNumber);
      const divisionCode = text(user.divisionCode) ?? CITY_DIVISION;
      return {
        key: String(user.id),
        divisionCode,
        values: {
          userId: String(user.id),
          name: text(user.name),
          idCardNumber,
          birthDate: birthDateOf(idCardNumber),
          mobile: text(user.mobile),
          address: null,
          divisionCode,
          registeredOn: shanghaiDate(new Date(String(user.registeredAt))),
        },
      };
    },
  },
  {
    datasetId: 'cases.applications',
    subgraph: 'cases',
    field: 'caseChanges',
    query: changeQuery(
      'DataFeedCases',
      'caseChanges',
      'id caseNumber itemName departmentCode divisionCode applicantName applicantIdNumber status submittedAt',
    ),
    // Cases store no applicant mobile or address, so those fields stay empty.
    toRow: (found) => ({
      key: String(found.caseNumber),
      divisionCode: String(found.divisionCode),
      values: {
        caseNumber: String(found.caseNumber),
        itemName: text(found.itemName),
        departmentCode: text(found.departmentCode),
        applicantName: text(found.applicantName),
        applicantIdCard: text(found.applicantIdNumber),
        applicantMobile: null,
        applicantAddress: null,
        status: text(found.status),
        submittedOn: shanghaiDate(new Date(String(found.submittedAt))),
      },
    }),
  },
  {
    datasetId: 'items.catalogue',
    subgraph: 'items',
    field: 'itemChanges',
    query: changeQuery(
      'DataFeedItems',
      'itemChanges',
      'id status name departmentCode divisionCode statutoryLimitDays promisedLimitDays drafterName',
    ),
    // The dataset lists published items, so a draft or withdrawn item's row is deleted.
    toRow: (item) => ({
      key: String(item.id),
      divisionCode: String(item.divisionCode),
      values:
        item.status !== 'PUBLISHED'
          ? null
          : {
              itemCode: String(item.id),
              name: text(item.name),
              departmentCode: text(item.departmentCode),
              legalTimeLimitDays: text(item.statutoryLimitDays),
              promisedTimeLimitDays: text(item.promisedLimitDays),
              drafter: text(item.drafterName),
            },
    }),
  },
  {
    datasetId: 'halls.directory',
    subgraph: 'halls',
    field: 'hallChanges',
    query: changeQuery(
      'DataFeedHalls',
      'hallChanges',
      'id name divisionCode address phone openingHours',
    ),
    toRow: (hall) => ({
      key: String(hall.id),
      divisionCode: String(hall.divisionCode),
      values: {
        hallId: String(hall.id),
        name: text(hall.name),
        address: text(hall.address),
        phone: text(hall.phone),
        openingHours: text(hall.openingHours),
      },
    }),
  },
  {
    datasetId: 'halls.tickets',
    subgraph: 'halls',
    field: 'ticketChanges',
    query: changeQuery(
      'DataFeedTickets',
      'ticketChanges',
      'id hallId divisionCode category number serviceDate waitedMinutes',
    ),
    // Tickets store no taker's mobile, so the mobile field stays empty.
    toRow: (ticket) => ({
      key: `${String(ticket.hallId)}:${String(ticket.serviceDate)}:${String(ticket.number)}`,
      divisionCode: text(ticket.divisionCode) ?? CITY_DIVISION,
      values: {
        ticketNumber: text(ticket.number),
        hallId: text(ticket.hallId),
        category: text(ticket.category),
        mobile: null,
        waitedMinutes: text(ticket.waitedMinutes),
        serviceDate: text(ticket.serviceDate),
      },
    }),
  },
  {
    datasetId: 'intermediaries.agencies',
    subgraph: 'intermediaries',
    field: 'partyChanges',
    query: changeQuery(
      'DataFeedParties',
      'partyChanges',
      'id kind creditCode divisionCode admitted name legalRepresentative contactMobile qualification',
    ),
    // Only admitted agencies belong to the dataset, so clients are skipped and
    // an agency that is no longer admitted loses its row. The intermediaries
    // subgraph keeps no credit level, so that field stays empty.
    toRow: (party) =>
      party.kind !== 'AGENCY' ? null : {
      key: String(party.creditCode),
      divisionCode: String(party.divisionCode),
      values:
        party.admitted !== true
          ? null
          : {
              creditCode: String(party.creditCode),
              name: text(party.name),
              legalRepresentative: text(party.legalRepresentative),
              contactMobile: text(party.contactMobile),
              qualification: text(party.qualification),
              creditLevel: null,
            },
    },
  },
];
