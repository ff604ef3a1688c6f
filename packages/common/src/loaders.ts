import DataLoader from 'dataloader';
import type { Model } from 'mongoose';

/**
 * Creates a per-request loader that fetches documents by a key field in one
 * `$in` query per tick, returning null for keys that do not exist.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- accepts any mongoose model shape
export function loaderBy<T extends object>(
  model: Model<any, any, any, any, any, any>,
  field = '_id',
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const docs = (await model
      .find({ [field]: { $in: [...keys] } })
      .lean()) as unknown as T[];
    const byKey = new Map<string, T>();
    for (const doc of docs)
      byKey.set(String((doc as Record<string, unknown>)[field]), doc);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
