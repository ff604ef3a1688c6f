import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import { createDataSubgraph } from '../src/index.js';

let subgraph: RunningSubgraph;
let origin: string;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(
    createDataSubgraph({
      dataDir: mkdtempSync(join(tmpdir(), 'ykb-data-')),
      openDataRefreshMs: 0,
      exchangeScheduleMs: 0,
    }),
  );
  origin = new URL(subgraph.url).origin;
});

afterAll(async () => {
  await subgraph?.close();
});

describe('open-data portal', () => {
  it('lists open datasets without sign-in', async () => {
    const result = await graphql(
      subgraph.url,
      `{ openDatasets { dataset { id } fields { name } csvPath jsonPath publishedAt rowCount } }`,
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.openDatasets.map(
      (d: { dataset: { id: string } }) => d.dataset.id,
    );
    expect(ids).toEqual([
      'items.catalogue',
      'halls.directory',
      'intermediaries.agencies',
    ]);
    const agencies = result.data!.openDatasets[2];
    expect(agencies.fields.map((f: { name: string }) => f.name)).not.toContain(
      'legalRepresentative',
    );
    expect(agencies.publishedAt).not.toBeNull();
    expect(agencies.rowCount).toBe(1);
  });

  it('serves CSV with a byte-order mark and neutralised formulas', async () => {
    const response = await fetch(
      `${origin}/downloads/open-data/items.catalogue.csv`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'text/csv; charset=utf-8',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'itemCode,name,departmentCode,legalTimeLimitDays,promisedTimeLimitDays',
    );
    expect(text).toContain(`"'=HYPERLINK(`);
    expect(text).not.toContain(',=HYPERLINK');
    expect(text).not.toContain('许事项');
  });

  it('serves JSON with metadata and public fields only', async () => {
    const response = await fetch(
      `${origin}/downloads/open-data/intermediaries.agencies.json`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      id: string;
      ownerDepartmentCode: string;
      updateFrequency: string;
      fields: { name: string }[];
      rows: Record<string, string | null>[];
    };
    expect(body.id).toBe('intermediaries.agencies');
    expect(body.ownerDepartmentCode).toBe('CQ-ZWB');
    expect(body.updateFrequency).toBe('WEEKLY');
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).not.toHaveProperty('contactMobile');
    expect(JSON.stringify(body)).not.toContain('13700137000');
    expect(JSON.stringify(body)).not.toContain('王五');
  });

  it('refuses closed datasets and unknown paths', async () => {
    for (const path of [
      'identity.users.csv',
      'identity.users.json',
      '..%2Fsecrets.json',
      'items.catalogue.xlsx',
    ]) {
      const response = await fetch(`${origin}/downloads/open-data/${path}`);
      expect(response.status).toBe(404);
    }
    const post = await fetch(
      `${origin}/downloads/open-data/items.catalogue.csv`,
      { method: 'POST' },
    );
    expect(post.status).toBe(405);
  });
});
