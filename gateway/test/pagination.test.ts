import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isListType,
  getNullableType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(
  readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
);

/**
 * Root list fields without a `first` or `limit` argument. The gateway's
 * cost counts each as 100 rows. Every other root list must take one.
 */
const UNPAGINATED = {
  // Reference data and configuration, bounded by what administrators define.
  catalogue: [
    'departments',
    'divisions',
    'holidaySchedules',
    'departmentSystems',
    'licenceTypes',
    'complaintChannels',
    'dictionaryEntries',
    'catalogueEntries',
    'implementationList',
    'catalogueImplementations',
    'intermediaryServices',
    'itemVersionDiff',
    'halls',
    'appointmentSlotRules',
    'appointmentSlots',
    'datasets',
    'openDatasets',
  ],
  // One row per key named in the request: at most 200 windows, 100 licence identifiers.
  requestBounded: ['windowCaseStats', 'licencesByIdentifier'],
};

/** Root lists of one user, hall or period: `first` 1 to 100 (50 by default) and `offset`. */
const OFFSET_PAGED = [
  'clearingReport',
  'satisfaction',
  'staffCaseStats',
  'myAppointments',
  'hallAppointments',
  'hallAttendance',
  'staffRequests',
  'hallStaff',
  'hallNotices',
  'dutyRosters',
  'myAgencies',
  'agenciesOnNotice',
  'myRegistrations',
  'myBids',
  'announcementRegistrants',
  'myEngagements',
  'myComplaints',
  'myIntermediaryNotifications',
  'seals',
  'licenceEventsForCase',
  'myAnnouncements',
  'exchangeJobs',
  'sharingRequests',
];

describe('root list pagination', () => {
  it('has a page argument on every other list', () => {
    const allowed = new Set(Object.values(UNPAGINATED).flat());
    const missing = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => isListType(getNullableType(field.type)))
      .filter(
        (field) => !field.args.some((a) => ['first', 'limit'].includes(a.name)),
      )
      .map((field) => field.name)
      .filter((name) => !allowed.has(name));
    expect(missing).toEqual([]);
  });

  it('pages per-user and per-hall lists by offset', () => {
    const fields = schema.getQueryType()!.getFields();
    for (const name of OFFSET_PAGED) {
      const args = fields[name]?.args ?? [];
      expect({
        name,
        first: args.find((a) => a.name === 'first')?.defaultValue,
        offset: args.find((a) => a.name === 'offset')?.defaultValue,
      }).toEqual({ name, first: 50, offset: 0 });
    }
  });

  it('lists only fields that exist', () => {
    const fields = schema.getQueryType()!.getFields();
    for (const name of Object.values(UNPAGINATED).flat())
      expect({ name, exists: name in fields }).toEqual({ name, exists: true });
  });

  it('gives every statistics list a page argument', () => {
    for (const typeName of [
      'CaseStatistics',
      'HallStatistics',
      'LicenceStatistics',
      'IntermediaryStatistics',
    ]) {
      const type = schema.getType(typeName);
      expect(type && 'getFields' in type).toBe(true);
      const fields = Object.values(
        (type as ReturnType<typeof schema.getQueryType> & object).getFields(),
      ).filter((field) => isListType(getNullableType(field.type)));
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields)
        expect({
          field: `${typeName}.${field.name}`,
          first: field.args.find((a) => a.name === 'first')?.defaultValue,
        }).toEqual({ field: `${typeName}.${field.name}`, first: 100 });
      expect(getNamedType(fields[0]!.type).name).toMatch(/Figures$/);
    }
  });
});
