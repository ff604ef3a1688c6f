import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGE_FEED_SETTLE_MS,
  createLogger,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { casesSubgraph } from '../../cases/src/index.js';
import { hallsSubgraph } from '../../halls/src/index.js';
import { identitySubgraph } from '../../identity/src/index.js';
import { intermediariesSubgraph } from '../../intermediaries/src/index.js';
import { itemsSubgraph } from '../../items/src/index.js';
import { DEMO_ROWS } from '../src/catalogue.js';
import { DatasetFeeds } from '../src/feeds.js';
import { createDataSubgraph } from '../src/index.js';
import type { DataModels, FeedCursorDocument } from '../src/model.js';
import { OWNER_FEEDS, type OwnerFeed } from '../src/ownerFeeds.js';

// The real owner subgraphs hold the records. Each test changes records
// through the owner's own mongoose model, which stamps updatedAt as the
// owner's resolvers do, waits until the change feed releases the change,
// then runs the data subgraph's feed once.

/* eslint-disable @typescript-eslint/no-explicit-any -- owner models are read by name from their connections */
type AnyModel = Model<any>;

let identity: RunningSubgraph;
let items: RunningSubgraph;
let cases: RunningSubgraph;
let halls: RunningSubgraph;
let intermediaries: RunningSubgraph;
let data: RunningSubgraph;
let feeds: DatasetFeeds;
let models: DataModels;

const analyst = viewerOf(['ANALYST'], { divisionCode: '50' });
const zwbReviewer = viewerOf(['REVIEWER'], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
});

interface Row {
  key: string;
  divisionCode: string;
  values: { field: string; value: string | null; masked: boolean }[];
}

const ROWS = `query($id: ID!, $after: String) { datasetRows(datasetId: $id, first: 200, after: $after) { rows { key divisionCode values { field value masked } } nextAfter } }`;

async function rowsOf(
  datasetId: string,
  viewer: ReturnType<typeof viewerOf>,
): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    const result = await graphql(data.url, ROWS, { id: datasetId, after }, viewer);
    expect(result.errors).toBeUndefined();
    rows.push(...(result.data!.datasetRows.rows as Row[]));
    after = result.data!.datasetRows.nextAfter as string | null;
  } while (after);
  return rows;
}

async function rowOf(
  datasetId: string,
  key: string,
  viewer: ReturnType<typeof viewerOf>,
): Promise<Row | undefined> {
  return (await rowsOf(datasetId, viewer)).find((row) => row.key === key);
}

function valueOf(row: Row, field: string) {
  return row.values.find((v) => v.field === field);
}

function feedOf(datasetId: string): OwnerFeed {
  return OWNER_FEEDS.find((feed) => feed.datasetId === datasetId)!;
}

/** Waits until changes made so far are older than the change feeds' settle time. */
async function settle(): Promise<void> {
  await new Promise((done) => setTimeout(done, CHANGE_FEED_SETTLE_MS + 200));
}

const model = (subgraph: RunningSubgraph, name: string): AnyModel =>
  subgraph.connection.model(name) as unknown as AnyModel;

beforeAll(async () => {
  isolateDatabase();
  identity = await startTestSubgraph(identitySubgraph);
  items = await startTestSubgraph(itemsSubgraph);
  cases = await startTestSubgraph(casesSubgraph);
  halls = await startTestSubgraph(hallsSubgraph);
  intermediaries = await startTestSubgraph(intermediariesSubgraph);
  process.env.YKB_IDENTITY_URL = identity.url;
  process.env.YKB_ITEMS_URL = items.url;
  process.env.YKB_CASES_URL = cases.url;
  process.env.YKB_HALLS_URL = halls.url;
  process.env.YKB_INTERMEDIARIES_URL = intermediaries.url;
  data = await startTestSubgraph(
    createDataSubgraph({
      dataDir: mkdtempSync(join(tmpdir(), 'ykb-data-owner-feed-')),
      feedRefreshMs: 0,
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
      exchangeWorkerMs: 0,
    }),
  );
  models = {
    Row: data.connection.model('DatasetRow'),
    FeedCursor: data.connection.model('DatasetFeedCursor'),
  } as unknown as DataModels;
  feeds = new DatasetFeeds(models, createLogger('data-feed-test'), () => new Date());
}, 120_000);

afterAll(async () => {
  await data?.close();
  await intermediaries?.close();
  await halls?.close();
  await cases?.close();
  await items?.close();
  await identity?.close();
});

describe('owner change feeds', () => {
  it('feeds a registered user, masked for analysts', async () => {
    const User = model(identity, 'User');
    await User.create({
      _id: 'u-feed-person',
      account: 'feed-person',
      kind: 'PERSON',
      name: '李小龙',
      idCardNumber: '500103199201011234',
      mobile: '13600136000',
      roles: ['CITIZEN'],
      divisionCode: '500103001',
    });
    await User.create({
      _id: 'u-feed-staff',
      account: 'feed-staff',
      kind: 'STAFF',
      name: '王窗口',
      roles: ['CLERK'],
      divisionCode: '500103',
      departmentCode: 'CQ-ZWB',
    });
    await settle();
    await feeds.refreshOwner(feedOf('identity.users'));

    const masked = (await rowOf('identity.users', 'u-feed-person', analyst))!;
    expect(masked.divisionCode).toBe('500103001');
    expect(valueOf(masked, 'idCardNumber')?.masked).toBe(true);
    expect(valueOf(masked, 'idCardNumber')?.value).not.toBe('500103199201011234');
    expect(valueOf(masked, 'mobile')?.value).not.toBe('13600136000');
    expect(valueOf(masked, 'birthDate')?.value).toBe('1992');

    const raw = (await rowOf('identity.users', 'u-feed-person', zwbReviewer))!;
    expect(valueOf(raw, 'name')?.value).toBe('李小龙');
    expect(valueOf(raw, 'idCardNumber')?.value).toBe('500103199201011234');
    expect(valueOf(raw, 'birthDate')?.value).toBe('1992-01-01');
    expect(valueOf(raw, 'mobile')?.masked).toBe(false);
    expect(await rowOf('identity.users', 'u-feed-staff', zwbReviewer)).toBeUndefined();
  });

  it('replaces the demo rows with the owner records', async () => {
    await feeds.refreshOwner(feedOf('identity.users'));
    const rows = await rowsOf('identity.users', zwbReviewer);
    const demoKeys = DEMO_ROWS['identity.users']!.map((row) => row.key);
    const registered = await model(identity, 'User')
      .find({ kind: 'PERSON' })
      .lean<{ _id: string; idCardNumber?: string }[]>();
    const byId = new Map(registered.map((user) => [user._id, user]));
    for (const row of rows) {
      const user = byId.get(row.key);
      expect(user, `row ${row.key} has no registered user`).toBeDefined();
      expect(valueOf(row, 'idCardNumber')?.value).toBe(user!.idCardNumber ?? null);
    }
    for (const key of demoKeys)
      if (!byId.has(key)) expect(rows.map((row) => row.key)).not.toContain(key);
    expect(rows.length).toBe(registered.length);
  });

  it('feeds a changed user mobile', async () => {
    await model(identity, 'User').updateOne(
      { _id: 'u-feed-person' },
      { $set: { mobile: '13600136999' } },
    );
    await settle();
    await feeds.refreshOwner(feedOf('identity.users'));
    const raw = (await rowOf('identity.users', 'u-feed-person', zwbReviewer))!;
    expect(valueOf(raw, 'mobile')?.value).toBe('13600136999');
  });

  it('feeds a case, masked for analysts', async () => {
    await model(cases, 'Case').create({
      _id: 'case-feed-1',
      caseNumber: 'YKB-FEED-0001',
      itemId: 'item-feed',
      itemName: '最低生活保障申请',
      itemVersion: 1,
      statutoryLimitDays: 20,
      promisedLimitDays: 10,
      applicantUserId: 'u-feed-person',
      applicantName: '李小龙',
      applicantIdNumber: '500103199201011234',
      submittedBy: 'u-feed-person',
      idempotencyKey: 'feed-case-1',
      divisionCode: '500103001',
      departmentCode: 'CQ-MZ',
      formData: {},
      status: 'SUBMITTED',
      submittedAt: new Date('2026-03-05T02:00:00Z'),
      licenceIssue: {},
      version: 1,
    });
    await settle();
    await feeds.refreshOwner(feedOf('cases.applications'));

    const masked = (await rowOf('cases.applications', 'YKB-FEED-0001', analyst))!;
    expect(valueOf(masked, 'status')?.value).toBe('SUBMITTED');
    expect(valueOf(masked, 'submittedOn')?.value).toBe('2026-03-05');
    expect(valueOf(masked, 'applicantIdCard')?.masked).toBe(true);
    expect(valueOf(masked, 'applicantIdCard')?.value).not.toBe('500103199201011234');
    expect(valueOf(masked, 'applicantName')?.value).not.toBe('李小龙');

    const raw = (await rowOf('cases.applications', 'YKB-FEED-0001', zwbReviewer))!;
    expect(valueOf(raw, 'applicantIdCard')?.value).toBe('500103199201011234');
    expect(valueOf(raw, 'applicantName')?.value).toBe('李小龙');
    const demoKeys = DEMO_ROWS['cases.applications']!.map((row) => row.key);
    const keys = (await rowsOf('cases.applications', zwbReviewer)).map((row) => row.key);
    for (const key of demoKeys) expect(keys).not.toContain(key);
  });

  it('feeds changed and withdrawn items', async () => {
    const Item = model(items, 'Item');
    const [renamed, withdrawn] = await Item.find({ status: 'PUBLISHED' })
      .sort({ _id: 1 })
      .limit(2)
      .lean<{ _id: string }[]>();
    await Item.updateOne({ _id: renamed!._id }, { $set: { name: '改名后的事项' } });
    await Item.updateOne({ _id: withdrawn!._id }, { $set: { status: 'WITHDRAWN' } });
    await settle();
    await feeds.refreshOwner(feedOf('items.catalogue'));

    const row = (await rowOf('items.catalogue', renamed!._id, analyst))!;
    expect(valueOf(row, 'name')?.value).toBe('改名后的事项');
    expect(await rowOf('items.catalogue', withdrawn!._id, analyst)).toBeUndefined();
    const published = await Item.countDocuments({ status: 'PUBLISHED' });
    expect((await rowsOf('items.catalogue', analyst)).length).toBe(published);
  });

  it('feeds a changed hall and a called ticket', async () => {
    const Hall = model(halls, 'Hall');
    const hall = (await Hall.findOne().sort({ _id: 1 }).lean<{
      _id: string;
      divisionCode: string;
    }>())!;
    await Hall.updateOne({ _id: hall._id }, { $set: { phone: '023-60000001' } });
    const Ticket = model(halls, 'Ticket');
    await Ticket.create({
      _id: 'ticket-feed-1',
      hallId: hall._id,
      category: 'GENERAL',
      serviceDate: '2026-03-05',
      sequence: 7,
      number: 'A007',
      idempotencyKey: 'feed-ticket-1',
      takenAt: new Date('2026-03-05T01:00:00Z'),
    });
    await settle();
    await feeds.refreshOwner(feedOf('halls.directory'));
    await feeds.refreshOwner(feedOf('halls.tickets'));
    const key = `${hall._id}:2026-03-05:A007`;
    const waiting = (await rowOf('halls.tickets', key, analyst))!;
    expect(waiting.divisionCode).toBe(hall.divisionCode);
    expect(valueOf(waiting, 'waitedMinutes')?.value).toBeNull();

    await Ticket.updateOne(
      { _id: 'ticket-feed-1' },
      { $set: { firstCalledAt: new Date('2026-03-05T01:17:30Z') } },
    );
    await settle();
    await feeds.refreshOwner(feedOf('halls.tickets'));
    const called = (await rowOf('halls.tickets', key, analyst))!;
    expect(valueOf(called, 'waitedMinutes')?.value).toBe('17');
    const hallRow = (await rowOf('halls.directory', hall._id, analyst))!;
    expect(valueOf(hallRow, 'phone')?.value).toBe('023-60000001');
  });

  it('feeds an admitted agency, masked for analysts', async () => {
    const Party = model(intermediaries, 'Party');
    const profile = {
      name: '重庆测绘服务有限公司',
      creditCode: '91500103MA5UFEED01',
      representative: '赵法人',
      contactName: '钱联系',
      contactMobile: '13500135000',
      address: '重庆市渝中区',
      qualifications: [
        { serviceId: 's1', name: '测绘乙级', certificateNo: 'C1', validFrom: '2026-01-01', validUntil: '2030-01-01' },
      ],
      staff: [],
      offers: [],
      commitment: null,
      documents: [],
      certificateFingerprint: 'f',
    };
    await Party.create({
      _id: 'party-feed-1',
      kind: 'AGENCY',
      ownerUserId: 'u-feed-agency',
      divisionCode: '500103',
      creditCode: profile.creditCode,
      idempotencyKey: 'feed-party-1',
      version: 1,
      state: 'ADMITTED',
      round: 1,
      submittedAt: new Date(),
      admitted: true,
      submission: profile,
      current: profile,
      offeredServiceIds: ['s1'],
    });
    await Party.create({
      _id: 'party-feed-2',
      kind: 'CLIENT',
      ownerUserId: 'u-feed-client',
      divisionCode: '500103',
      creditCode: profile.creditCode,
      idempotencyKey: 'feed-party-2',
      version: 1,
      state: 'ADMITTED',
      round: 1,
      submittedAt: new Date(),
      admitted: false,
      submission: profile,
      current: null,
      offeredServiceIds: [],
    });
    await settle();
    await feeds.refreshOwner(feedOf('intermediaries.agencies'));

    const masked = (await rowOf('intermediaries.agencies', profile.creditCode, analyst))!;
    expect(valueOf(masked, 'name')?.value).toBe(profile.name);
    expect(valueOf(masked, 'qualification')?.value).toBe('测绘乙级');
    expect(valueOf(masked, 'legalRepresentative')?.masked).toBe(true);
    expect(valueOf(masked, 'contactMobile')?.value).not.toBe('13500135000');
    const raw = (await rowOf('intermediaries.agencies', profile.creditCode, zwbReviewer))!;
    expect(valueOf(raw, 'legalRepresentative')?.value).toBe('赵法人');
    expect(valueOf(raw, 'contactMobile')?.value).toBe('13500135000');

    await Party.updateOne({ _id: 'party-feed-1' }, { $set: { admitted: false } });
    await settle();
    await feeds.refreshOwner(feedOf('intermediaries.agencies'));
    expect(
      await rowOf('intermediaries.agencies', profile.creditCode, analyst),
    ).toBeUndefined();
  });

  it('rejects non-SYSTEM callers of each feed', async () => {
    const owners: [RunningSubgraph, string][] = [
      [identity, 'userChanges'],
      [items, 'itemChanges'],
      [cases, 'caseChanges'],
      [halls, 'hallChanges'],
      [halls, 'ticketChanges'],
      [intermediaries, 'partyChanges'],
    ];
    const admin = viewerOf(['ADMIN'], { divisionCode: '50' });
    for (const [owner, field] of owners) {
      for (const viewer of [analyst, admin, zwbReviewer]) {
        const result = await graphql(
          owner.url,
          `query { ${field}(first: 1) { nextAfter } }`,
          {},
          viewer,
        );
        expect(result.errors?.[0]?.extensions?.code, `${field} as ${viewer.roles[0]}`).toBe(
          'FORBIDDEN',
        );
        expect(result.data?.[field] ?? null).toBeNull();
      }
    }
  });
});

describe('owner feed crash', () => {
  it('repeats a page after a crash', async () => {
    // A first run stores a cursor, so the crashed run starts from one.
    await feeds.refreshOwner(feedOf('identity.users'));
    const User = model(identity, 'User');
    const ids = ['u-crash-1', 'u-crash-2', 'u-crash-3'];
    for (const [i, id] of ids.entries())
      await User.create({
        _id: id,
        account: id,
        kind: 'PERSON',
        name: `崩溃${i}`,
        idCardNumber: `50010319900101${1000 + i}`,
        roles: ['CITIZEN'],
        divisionCode: '500103001',
      });
    await settle();
    const cursorBefore = await models.FeedCursor.findById(
      'identity.users',
    ).lean<FeedCursorDocument>();
    expect(cursorBefore?.after).toBeTruthy();

    // The page is read, then storing its rows fails.
    const storeRows = models.Row.bulkWrite;
    models.Row.bulkWrite = (() => {
      throw new Error('crash before the rows are stored');
    }) as never;
    try {
      await expect(
        feeds.refreshOwner(feedOf('identity.users')),
      ).rejects.toThrow('crash before the rows are stored');
    } finally {
      models.Row.bulkWrite = storeRows;
    }
    const cursorAfterCrash = await models.FeedCursor.findById(
      'identity.users',
    ).lean<FeedCursorDocument>();
    expect(cursorAfterCrash?.after).toBe(cursorBefore!.after);
    for (const id of ids)
      expect(await rowOf('identity.users', id, zwbReviewer), id).toBeUndefined();

    // Only a rerun that reads the page again from the old cursor stores the rows.
    const written = await feeds.refreshOwner(feedOf('identity.users'));
    expect(written).toBe(ids.length);
    for (const id of ids)
      expect(await rowOf('identity.users', id, zwbReviewer), id).toBeDefined();
    const cursorAfterRerun = await models.FeedCursor.findById(
      'identity.users',
    ).lean<FeedCursorDocument>();
    expect(cursorAfterRerun?.after).not.toBe(cursorBefore!.after);
  });
});
