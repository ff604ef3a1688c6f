import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvDocument, sendJson, type ExtraRoute, type Logger } from '@ykb/common';
import {
  APPLICATION_COUNTS_ID,
  applicationCountFiles,
  protectApplicationCounts,
  readApplicationCounts,
} from './applicationCounts.js';
import {
  CATALOGUE,
  type DatasetEntry,
  type DatasetFieldEntry,
} from './catalogue.js';
import type { DataModels, DatasetRowDocument } from './model.js';

/**
 * The open-data portal (开放数据): for each dataset marked open, its PUBLIC
 * fields are written as CSV (UTF-8 with a byte-order mark, formula cells
 * neutralised) and as JSON with the dataset's metadata. A timer rewrites
 * them every YKB_OPEN_DATA_REFRESH_MS; anyone downloads them over HTTP
 * under DOWNLOAD_PREFIX without signing in. The application statistics
 * (applicationCounts.ts) are written alongside, with small counts withheld.
 */

export const DOWNLOAD_PREFIX = '/downloads/open-data/';

export interface OpenDatasetView {
  entry: DatasetEntry;
  fields: DatasetFieldEntry[];
  publishedAt: Date | null;
  rowCount: number;
}

export function openFields(entry: DatasetEntry): DatasetFieldEntry[] {
  return entry.fields.filter((field) => field.classification === 'PUBLIC');
}

export function openDataDir(dataDir: string): string {
  return join(dataDir, 'open-data');
}

/** Writes the CSV and JSON files of every open dataset; each file is replaced whole by a rename. */
export async function publishOpenData(
  models: DataModels,
  dataDir: string,
  now: Date,
  log: Logger,
): Promise<void> {
  const dir = openDataDir(dataDir);
  await mkdir(dir, { recursive: true });
  for (const entry of CATALOGUE.filter((e) => e.open)) {
    const fields = openFields(entry);
    const rows = await models.Row.find({ datasetId: entry.id })
      .sort({ key: 1 })
      .lean<DatasetRowDocument[]>();
    const table = rows.map((row) =>
      fields.map((field) => row.values[field.name] ?? null),
    );
    const csv = csvDocument([fields.map((field) => field.name), ...table]);
    const json = JSON.stringify(
      {
        id: entry.id,
        name: entry.name,
        nameEn: entry.nameEn,
        description: entry.description,
        ownerDepartmentCode: entry.ownerDepartmentCode,
        updateFrequency: entry.updateFrequency,
        publishedAt: now.toISOString(),
        fields: fields.map(({ name, description }) => ({ name, description })),
        rows: table.map((values) =>
          Object.fromEntries(fields.map((field, i) => [field.name, values[i]])),
        ),
      },
      null,
      2,
    );
    await replaceFile(join(dir, `${entry.id}.csv`), csv);
    await replaceFile(join(dir, `${entry.id}.json`), json);
    await models.Publication.replaceOne(
      { _id: entry.id },
      { _id: entry.id, publishedAt: now, rowCount: rows.length },
      { upsert: true },
    );
    log.info({ datasetId: entry.id, rows: rows.length }, 'open data published');
  }
  await publishApplicationCounts(models, dir, now, log);
}

/** Writes the application statistics with small counts withheld for every division. */
async function publishApplicationCounts(
  models: DataModels,
  dir: string,
  now: Date,
  log: Logger,
): Promise<void> {
  const lines = protectApplicationCounts(
    await readApplicationCounts(models),
    () => false,
  );
  const { csv, json } = applicationCountFiles(lines, now);
  await replaceFile(join(dir, `${APPLICATION_COUNTS_ID}.csv`), csv);
  await replaceFile(join(dir, `${APPLICATION_COUNTS_ID}.json`), json);
  await models.Publication.replaceOne(
    { _id: APPLICATION_COUNTS_ID },
    { _id: APPLICATION_COUNTS_ID, publishedAt: now, rowCount: lines.length },
    { upsert: true },
  );
  const withheld = lines.filter((line) => line.submitted.suppressed).length;
  log.info(
    { datasetId: APPLICATION_COUNTS_ID, rows: lines.length, withheld },
    'open statistics published',
  );
}

async function replaceFile(path: string, content: string): Promise<void> {
  await writeFile(`${path}.tmp`, content);
  await rename(`${path}.tmp`, path);
}

const FILE = /^([a-z]+\.[a-z]+)\.(csv|json)$/;

/** Serves the published files: GET /downloads/open-data/<dataset id>.csv or .json, without sign-in. */
export function openDataRoute(dataDir: string): ExtraRoute {
  return async ({ req, res, url }) => {
    if (!url.pathname.startsWith(DOWNLOAD_PREFIX)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'Open-data files are read with GET.' });
      return true;
    }
    const match = FILE.exec(url.pathname.slice(DOWNLOAD_PREFIX.length));
    const published =
      match &&
      (match[1] === APPLICATION_COUNTS_ID ||
        CATALOGUE.some((e) => e.open && e.id === match[1]));
    if (!match || !published) {
      sendJson(res, 404, {
        error: `No open dataset file at ${url.pathname}; openDatasets lists the files.`,
      });
      return true;
    }
    let body: Buffer;
    try {
      body = await readFile(join(openDataDir(dataDir), match[0]));
    } catch {
      sendJson(res, 404, {
        error: `${match[0]} is not published yet; try again after the next refresh.`,
      });
      return true;
    }
    const csv = match[2] === 'csv';
    res.writeHead(200, {
      'content-type': csv
        ? 'text/csv; charset=utf-8'
        : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${match[0]}"`,
      'content-length': body.length,
      'cache-control': 'public, max-age=300',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
