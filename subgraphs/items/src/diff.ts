import type { ItemContent } from './model.js';

/** A change of one field between two versions. */
export interface FieldChange {
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: string | null;
  after: string | null;
}

/**
 * List fields whose entries have a key, so entries are compared by key and
 * not by position: moving a material does not show as changes to all of them.
 */
const KEYED_LISTS: Record<string, string> = {
  materials: 'code',
  formFields: 'key',
  fees: 'name',
  processSteps: 'name',
  handlingPlaces: 'name',
  faqs: 'question',
};

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function compareValues(
  path: string,
  before: unknown,
  after: unknown,
  changes: FieldChange[],
): void {
  if (json(before) !== json(after))
    changes.push({
      path,
      kind: 'CHANGED',
      before: json(before),
      after: json(after),
    });
}

function compareKeyed(
  field: string,
  key: string,
  before: readonly Record<string, unknown>[],
  after: readonly Record<string, unknown>[],
  changes: FieldChange[],
): void {
  const older = new Map(before.map((entry) => [String(entry[key]), entry]));
  const newer = new Map(after.map((entry) => [String(entry[key]), entry]));
  for (const [name, entry] of older) {
    const path = `${field}[${name}]`;
    const next = newer.get(name);
    if (!next) {
      changes.push({ path, kind: 'REMOVED', before: json(entry), after: null });
      continue;
    }
    const properties = new Set([...Object.keys(entry), ...Object.keys(next)]);
    for (const property of properties)
      compareValues(
        `${path}.${property}`,
        entry[property],
        next[property],
        changes,
      );
  }
  for (const [name, entry] of newer)
    if (!older.has(name))
      changes.push({
        path: `${field}[${name}]`,
        kind: 'ADDED',
        before: null,
        after: json(entry),
      });
}

/**
 * Field-level differences from `before` to `after`. Scalar fields and lists
 * of plain values (aliases, conditions, …) compare as whole values; keyed
 * lists compare entry by entry and property by property.
 */
export function diffContent(
  before: ItemContent,
  after: ItemContent,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const older = before as unknown as Record<string, unknown>;
  const newer = after as unknown as Record<string, unknown>;
  const fields = new Set([...Object.keys(older), ...Object.keys(newer)]);
  for (const field of fields) {
    const key = KEYED_LISTS[field];
    if (key)
      compareKeyed(
        field,
        key,
        (older[field] ?? []) as Record<string, unknown>[],
        (newer[field] ?? []) as Record<string, unknown>[],
        changes,
      );
    else compareValues(field, older[field], newer[field], changes);
  }
  return changes;
}
