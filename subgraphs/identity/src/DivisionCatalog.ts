import type { DivisionRecord } from './divisionSource.js';
import type { DivisionDocument, IdentityModels } from './model.js';

/**
 * In-process copy of the division table, read from the database once after
 * seeding. FerretDB 1.24 with the SQLite backend pushes down only `_id`
 * equality filters, so a `$in` or `parentCode` query scans all 12,000
 * divisions. Each such scan took about 0.2 s on the development container.
 * The table changes only when a new source release is seeded at start-up,
 * so reading it once is safe.
 */
export class DivisionCatalog {
  private byCode = new Map<string, DivisionRecord>();
  private byParent = new Map<string, DivisionRecord[]>();

  constructor(private readonly model: IdentityModels['Division']) {}

  /** Replaces the copy with the current contents of the divisions collection. */
  async load(): Promise<number> {
    const docs = await this.model
      .find({}, { name: 1, level: 1, parentCode: 1 })
      .lean<DivisionDocument[]>();
    const byCode = new Map<string, DivisionRecord>();
    const byParent = new Map<string, DivisionRecord[]>();

    for (const doc of docs) {
      const record: DivisionRecord = {
        code: doc._id,
        name: doc.name,
        level: doc.level as DivisionRecord['level'],
        parentCode: doc.parentCode ?? null,
      };
      byCode.set(record.code, record);
      const siblings = byParent.get(record.parentCode ?? '') ?? [];
      siblings.push(record);
      byParent.set(record.parentCode ?? '', siblings);
    }
    for (const siblings of byParent.values())
      siblings.sort((a, b) => a.code.localeCompare(b.code));

    this.byCode = byCode;
    this.byParent = byParent;
    return byCode.size;
  }

  get size(): number {
    return this.byCode.size;
  }

  find(code: string): DivisionRecord | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Divisions directly inside `parentCode`, ordered by code; the roots when `parentCode` is null. */
  childrenOf(parentCode: string | null): DivisionRecord[] {
    return this.byParent.get(parentCode ?? '') ?? [];
  }
}
