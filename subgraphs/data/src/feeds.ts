import {
  callSubgraph,
  shanghaiDate,
  subgraphUrl,
  type Logger,
} from '@ykb/common';
import { DEMO_ROWS } from './catalogue.js';
import type {
  DataModels,
  FeedCursorDocument,
  RowValues,
} from './model.js';
import { OWNER_FEEDS, type FedRow, type OwnerFeed } from './ownerFeeds.js';

/**
 * Feeds of catalogue datasets from the subgraphs that own the records. A
 * feed reads its owner subgraph with a SYSTEM service token and replaces the
 * exchange copy's row of every record that changed, so datasetRows, exports
 * and open data show the platform's records. Rows are stored raw, and
 * desensitisation happens where rows are read, as for imported rows. Each
 * feed keeps its position in `feed_cursors`, so a restart continues after
 * the last change it stored. Two processes running one feed at once write
 * the same rows, which leaves the same result. The first run of a feed,
 * before its cursor exists, deletes the dataset's demo rows, because the
 * owner's records replace them.
 */

/** Events of the licences subgraph read per call. */
const EVENT_PAGE = 100;
/** Records of an owner's change feed read per call. */
const CHANGE_PAGE = 200;

interface LicenceEventPage {
  licenceEvents: {
    id: string;
    identifier: string;
    newIdentifier: string | null;
  }[];
}

export interface LicenceContent {
  identifier: string;
  type: { name: string };
  /** PERSON or LEGAL_PERSON. */
  holderKind: string;
  holderName: string;
  holderIdNumber: string;
  divisionCode: string;
  issuedAt: string;
  validUntil: string | null;
  status: string;
}

const EVENTS_QUERY = `query DataFeedLicenceEvents($after: ID, $first: Int) {
  licenceEvents(after: $after, first: $first) { id identifier newIdentifier }
}`;

const LICENCES_QUERY = `query DataFeedLicences($identifiers: [String!]!) {
  licencesByIdentifier(identifiers: $identifiers) {
    identifier type { name } holderKind holderName holderIdNumber divisionCode issuedAt validUntil status
  }
}`;

/**
 * Values of a licences.licences row, with dates in Asia/Shanghai. A
 * licence's `validUntil` is the instant it stops being valid, so the row
 * shows the day before that instant. The value is empty for a licence
 * without an end.
 */
export function licenceRow(licence: LicenceContent): RowValues {
  return {
    licenceNumber: licence.identifier,
    typeName: licence.type.name,
    holderKind: licence.holderKind,
    holderName: licence.holderName,
    holderIdCard: licence.holderIdNumber,
    issuedOn: shanghaiDate(new Date(licence.issuedAt)),
    validUntil: licence.validUntil
      ? shanghaiDate(new Date(Date.parse(licence.validUntil) - 1))
      : null,
  };
}

export class DatasetFeeds {
  constructor(
    private readonly models: DataModels,
    private readonly log: Logger,
    private readonly now: () => Date,
  ) {}

  /** Runs every feed once; a failing feed is logged and the others still run. */
  async refresh(): Promise<void> {
    const feeds: [string, () => Promise<number>][] = [
      ['licenses.licences', () => this.refreshLicences()],
      ...OWNER_FEEDS.map((feed): [string, () => Promise<number>] => [
        feed.datasetId,
        () => this.refreshOwner(feed),
      ]),
    ];
    for (const [datasetId, run] of feeds) {
      try {
        const rows = await run();
        if (rows > 0)
          this.log.info(
            { datasetId, rows },
            'dataset feed stored changed rows',
          );
      } catch (err) {
        this.log.error({ err, datasetId }, 'dataset feed failed');
      }
    }
  }

  /**
   * Deletes the demo rows of a dataset whose feed has no cursor yet. The
   * owner's records then replace them, so no demo row contradicts the
   * owner. Returns the stored cursor, null before the first run.
   */
  private async cursorAfterDemoRows(
    datasetId: string,
  ): Promise<FeedCursorDocument | null> {
    const cursor = await this.models.FeedCursor.findById(
      datasetId,
    ).lean<FeedCursorDocument>();
    if (cursor) return cursor;
    const demoIds = (DEMO_ROWS[datasetId] ?? []).map(
      (row) => `${datasetId}:${row.key}`,
    );
    if (demoIds.length > 0) {
      const { deletedCount } = await this.models.Row.deleteMany({
        _id: { $in: demoIds },
      });
      if (deletedCount > 0)
        this.log.info(
          { datasetId, rows: deletedCount },
          'dataset feed deleted the demo rows on its first run',
        );
    }
    return null;
  }

  /** Stores the cursor after the rows of its page are stored, so a crash repeats a page and never skips one. */
  private async storeCursor(
    datasetId: string,
    after: string | null,
    at: Date,
  ): Promise<void> {
    await this.models.FeedCursor.replaceOne(
      { _id: datasetId },
      { _id: datasetId, after, at },
      { upsert: true },
    );
  }

  /**
   * Follows an owner subgraph's change feed from the stored cursor and
   * writes or deletes the row of every changed record. Returns the rows
   * written or deleted.
   */
  async refreshOwner(feed: OwnerFeed): Promise<number> {
    const url = subgraphUrl(feed.subgraph);
    let cursor = await this.cursorAfterDemoRows(feed.datasetId);
    let changed = 0;
    for (;;) {
      const data = await callSubgraph<
        Record<
          string,
          { records: Record<string, unknown>[]; nextAfter: string | null }
        >
      >(url, 'data', feed.query, {
        after: cursor?.after ?? null,
        first: CHANGE_PAGE,
      });
      const page = data[feed.field]!;
      const rows = page.records
        .map((record) => feed.toRow(record))
        .filter((row): row is FedRow => row !== null);
      const at = this.now();
      if (rows.length > 0)
        await this.models.Row.bulkWrite(
          rows.map((row) => this.rowWrite(feed.datasetId, row, at)),
          { ordered: true },
        );
      changed += rows.length;
      // A first run over an owner without records still stores a cursor, so
      // that the demo rows are deleted once only.
      if (page.records.length > 0 || !cursor)
        await this.storeCursor(feed.datasetId, page.nextAfter, at);
      if (page.records.length < CHANGE_PAGE) return changed;
      cursor = { _id: feed.datasetId, after: page.nextAfter, at };
    }
  }

  private rowWrite(datasetId: string, row: FedRow, at: Date) {
    const _id = `${datasetId}:${row.key}`;
    if (row.values === null) return { deleteOne: { filter: { _id } } };
    return {
      replaceOne: {
        filter: { _id },
        replacement: {
          _id,
          datasetId,
          key: row.key,
          divisionCode: row.divisionCode,
          values: row.values,
          updatedAt: at,
        },
        upsert: true,
      },
    };
  }

  /**
   * Follows the licences subgraph's event feed from the stored cursor and
   * stores the current content of every licence that an event names,
   * including the new version of a changed licence. Returns the rows written.
   */
  async refreshLicences(): Promise<number> {
    const datasetId = 'licenses.licences';
    const url = subgraphUrl('licenses');
    let written = 0;
    let cursor = await this.cursorAfterDemoRows(datasetId);
    for (;;) {
      const page = await callSubgraph<LicenceEventPage>(
        url,
        'data',
        EVENTS_QUERY,
        { after: cursor?.after ?? null, first: EVENT_PAGE },
      );
      const events = page.licenceEvents;
      if (events.length === 0) {
        if (!cursor) await this.storeCursor(datasetId, null, this.now());
        return written;
      }
      const identifiers = [
        ...new Set(
          events.flatMap((event) =>
            event.newIdentifier
              ? [event.identifier, event.newIdentifier]
              : [event.identifier],
          ),
        ),
      ];
      const licences: (LicenceContent | null)[] = [];
      for (let i = 0; i < identifiers.length; i += 100) {
        const data = await callSubgraph<{
          licencesByIdentifier: (LicenceContent | null)[];
        }>(url, 'data', LICENCES_QUERY, {
          identifiers: identifiers.slice(i, i + 100),
        });
        licences.push(...data.licencesByIdentifier);
      }
      const at = this.now();
      const present = licences.filter((l): l is LicenceContent => l !== null);
      if (present.length > 0)
        await this.models.Row.bulkWrite(
          present.map((licence) => {
            const _id = `${datasetId}:${licence.identifier}`;
            return {
              replaceOne: {
                filter: { _id },
                replacement: {
                  _id,
                  datasetId,
                  key: licence.identifier,
                  divisionCode: licence.divisionCode,
                  values: licenceRow(licence),
                  updatedAt: at,
                },
                upsert: true,
              },
            };
          }),
          { ordered: true },
        );
      written += present.length;
      const after = events[events.length - 1]!.id;
      await this.storeCursor(datasetId, after, at);
      if (events.length < EVENT_PAGE) return written;
      cursor = { _id: datasetId, after, at };
    }
  }
}
