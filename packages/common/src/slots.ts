import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError } from './errors.js';

/**
 * A reserved slot of a limit. Each slot is inserted under the unique `_id`
 * `<limit>:<key>:<window>:<n>`, so two concurrent requests never take the
 * same slot, even on FerretDB, where counting and `$inc` are not atomic.
 */
export interface SlotDocument {
  _id: string;
  expiresAt: Date;
}

const slotSchema = new Schema<SlotDocument>(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
slotSchema.index({ expiresAt: 1 });

/** Returns the model of limit slots `modelName` in `collection`, registering it on first use. */
export function slotModel(
  connection: Connection,
  modelName: string,
  collection: string,
): Model<SlotDocument> {
  return (
    (connection.models[modelName] as Model<SlotDocument> | undefined) ??
    connection.model<SlotDocument>(modelName, slotSchema, collection)
  );
}

/**
 * Takes a free slot 1..limit of `prefix` that expires at `expiresAt`;
 * returns its id, or null when all are taken. The count of existing slots
 * is only a hint where to start, so a released slot is found again.
 */
export async function reserveSlot(
  slots: Model<SlotDocument>,
  prefix: string,
  limit: number,
  expiresAt: Date,
): Promise<string | null> {
  const takenCount = await slots.countDocuments({
    _id: { $gte: `${prefix}:`, $lt: `${prefix};` },
  });
  const order = [
    ...Array.from(
      { length: limit - Math.min(takenCount, limit) },
      (_, i) => takenCount + i + 1,
    ),
    ...Array.from({ length: Math.min(takenCount, limit) }, (_, i) => i + 1),
  ];
  for (const n of order) {
    const id = `${prefix}:${n}`;
    try {
      await slots.create({ _id: id, expiresAt });
      if (n === 1) await slots.deleteMany({ expiresAt: { $lt: new Date() } });
      return id;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return null;
}
