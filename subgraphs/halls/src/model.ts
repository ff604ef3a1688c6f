import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** Hall levels in display order: a city centre first, village service points last. */
export const HALL_LEVELS = ['CITY', 'DISTRICT', 'TOWNSHIP', 'VILLAGE'] as const;
export type HallLevel = (typeof HALL_LEVELS)[number];

/**
 * Business categories that a queue ticket is taken for and a window calls.
 * The letter starts the ticket number, so 综合业务 tickets read A001, A002...
 */
export const BUSINESS_CATEGORIES = {
  GENERAL: 'A',
  MARKET_ENTRY: 'B',
  SOCIAL_SECURITY: 'C',
  CONSTRUCTION: 'D',
  PUBLIC_SECURITY: 'E',
  CIVIL_AFFAIRS: 'F',
} as const;
export type BusinessCategory = keyof typeof BUSINESS_CATEGORIES;

const windowSchema = new Schema(
  {
    number: { type: Number, required: true, min: 1 },
    name: { type: String, required: true },
    category: {
      type: String,
      required: true,
      enum: ['COMPREHENSIVE', 'DEDICATED'],
    },
    businessCategories: {
      type: [String],
      required: true,
      enum: Object.keys(BUSINESS_CATEGORIES),
    },
    departmentCode: { type: String, default: null },
  },
  { _id: false },
);

const hallSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    level: { type: String, required: true, enum: HALL_LEVELS },
    /** Position of `level` in HALL_LEVELS, stored so that the database sorts by level. */
    levelRank: {
      type: Number,
      required: true,
      min: 0,
      max: HALL_LEVELS.length - 1,
    },
    divisionCode: { type: String, required: true },
    address: { type: String, required: true },
    openingHours: { type: String, required: true },
    phone: { type: String, required: true },
    windows: { type: [windowSchema], default: [] },
  },
  { timestamps: true },
);

hallSchema.index({ divisionCode: 1 });
hallSchema.index({ levelRank: 1, _id: 1 });

const ticketSchema = new Schema(
  {
    _id: { type: String, required: true },
    hallId: { type: String, required: true },
    category: {
      type: String,
      required: true,
      enum: Object.keys(BUSINESS_CATEGORIES),
    },
    /** Calendar date in Asia/Shanghai (YYYY-MM-DD); numbering restarts every day. */
    serviceDate: { type: String, required: true },
    /** Position in the day's sequence of this hall and category, from 1. */
    sequence: { type: Number, required: true, min: 1 },
    number: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['WAITING', 'CALLED'],
      default: 'WAITING',
    },
    idempotencyKey: { type: String, required: true },
    /** User id of a signed-in taker; null for anonymous kiosk or phone requests. */
    takenBy: { type: String, default: null },
    takenAt: { type: Date, required: true },
    calledAt: { type: Date, default: null },
    windowNumber: { type: Number, default: null },
    calledBy: { type: String, default: null },
  },
  { timestamps: false },
);

ticketSchema.index({ idempotencyKey: 1 }, { unique: true });
// Guarantees that no two tickets of one hall, day and category share a number,
// whatever the counter returned.
ticketSchema.index(
  { hallId: 1, serviceDate: 1, category: 1, sequence: 1 },
  { unique: true },
);
ticketSchema.index({ hallId: 1, serviceDate: 1, status: 1, takenAt: 1 });

/**
 * The claim of a ticket by a window. Its _id is the ticket id, so the unique
 * _id index lets exactly one window claim each ticket.
 */
const ticketCallSchema = new Schema({
  _id: { type: String, required: true },
  hallId: { type: String, required: true },
  windowNumber: { type: Number, required: true },
  calledBy: { type: String, required: true },
  calledAt: { type: Date, required: true },
});

export type HallDocument = InferSchemaType<typeof hallSchema> & { _id: string };
export type HallWindow = HallDocument['windows'][number];
export type TicketDocument = InferSchemaType<typeof ticketSchema> & {
  _id: string;
};

export function registerModels(connection: Connection) {
  return {
    Hall: connection.model('Hall', hallSchema, 'halls'),
    Ticket: connection.model('Ticket', ticketSchema, 'tickets'),
    TicketCall: connection.model(
      'TicketCall',
      ticketCallSchema,
      'ticket_calls',
    ),
  };
}

export type HallModels = ReturnType<typeof registerModels>;
