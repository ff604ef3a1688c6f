import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  GraphQLError,
  Kind,
  parse,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { describe, expect, it } from 'vitest';
import {
  checkOperation,
  CostRateLimiter,
  DEFAULT_LIMITS,
  limitsFor,
  MAX_DEPTH,
  MAX_FIELDS,
  MAX_TOKENS,
  operationCost,
  operationLimitError,
  ROLE_LIMITS,
} from '../src/limits.js';

const schema = buildSchema(
  readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'),
);

/** Returns schema validation errors plus the limit error, as the gateway would report them. */
function errorsOf(source: string) {
  const document = parse(source);
  const errors = [...validate(schema, document)];
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const limitError = operation && operationLimitError(document, operation);
  if (limitError) errors.push(limitError);
  return errors;
}

describe('operation limits', () => {
  it('accepts every operation the PWA sends', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    const files = readdirSync(folder).filter((file) =>
      file.endsWith('.graphql'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(errorsOf(readFileSync(new URL(file, folder), 'utf8'))).toEqual([]);
    }
  });

  it('rejects more fields than the maximum', () => {
    const aliases = Array.from(
      { length: MAX_FIELDS + 1 },
      (_, i) => `a${i}: searchItems { id }`,
    ).join(' ');
    const errors = errorsOf(`query { ${aliases} }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts fields inside fragments', () => {
    const fields = Array.from(
      { length: MAX_FIELDS },
      (_, i) => `f${i}: id`,
    ).join(' ');
    const errors = errorsOf(
      `query { searchItems { ...F } } fragment F on Item { ${fields} }`,
    );
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rejects an operation deeper than the maximum', () => {
    let selection = 'code';
    for (let i = 0; i < MAX_DEPTH; i++) selection = `parent { ${selection} }`;
    const errors = errorsOf(
      `query { division(code: "500238100205") { ${selection} } }`,
    );
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('token limit', () => {
  it('parses every PWA operation within the limit', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    for (const file of readdirSync(folder).filter((f) =>
      f.endsWith('.graphql'),
    )) {
      expect(() =>
        parse(readFileSync(new URL(file, folder), 'utf8'), {
          maxTokens: MAX_TOKENS,
        }),
      ).not.toThrow();
    }
  });

  it('stops parsing a deeply nested document early', () => {
    const nested = `${'{ a '.repeat(5000)}${'}'.repeat(5000)}`;
    expect(() => parse(nested, { maxTokens: MAX_TOKENS })).toThrow(
      `${MAX_TOKENS} tokens`,
    );
  });
});

describe('operation cost', () => {
  const operationOf = (source: string) => {
    const document = parse(source);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return { document, operation };
  };
  const pwaOperation = (file: string) =>
    operationOf(
      readFileSync(
        new URL(`../../pwa/src/graphql/${file}`, import.meta.url),
        'utf8',
      ),
    );

  it('counts the clerk worklist per requested row', () => {
    const { document, operation } = pwaOperation('worklist.graphql');
    // worklist 1 + rows x (14 scalar fields + deadline 3 + licenceIssue 2).
    expect(operationCost(schema, document, operation, { first: 100 })).toBe(
      1901,
    );
    expect(operationCost(schema, document, operation, {})).toBe(381);
  });

  it('fits the clerk worklist in the clerk budget', () => {
    const { document, operation } = pwaOperation('worklist.graphql');
    const result = checkOperation(schema, document, operation, { first: 100 }, [
      'CLERK',
    ]);
    expect(result.error).toBeUndefined();
    expect(result.limits).toEqual(DEFAULT_LIMITS);
  });

  it('fits the statistics page in the analyst budget', () => {
    const { document, operation } = pwaOperation('statistics.graphql');
    // Four statistics queries (cases, halls, licences, intermediaries), each
    // with its 250, and byMonth at its bound of 25 months without a filter.
    const result = checkOperation(schema, document, operation, {}, ['ANALYST']);
    expect(result.cost).toBe(2513);
    expect(result.error).toBeUndefined();
  });

  it('counts byMonth rows from the period', () => {
    const { document, operation } = pwaOperation('statistics.graphql');
    const costOf = (from: string, to: string) =>
      operationCost(schema, document, operation, { filter: { from, to } });
    // byMonth rows select 6 fields: the default period of 12 months saves
    // 13 rows x 6 against the bound of 25.
    expect(costOf('2026-01-01', '2026-12-31')).toBe(2435);
    expect(costOf('2026-03-01', '2026-03-31')).toBe(2369);
    expect(costOf('2025-01-01', '2026-12-31')).toBe(2507);
    expect(costOf('2025-01-01', '2027-01-01')).toBe(2513);
    expect(costOf('2026-12-31', '2026-01-01')).toBe(2513);
  });

  it('bounds statistics lists by their real size', () => {
    const { document, operation } = operationOf(
      `{ caseStatistics(filter: { from: "2026-01-01", to: "2026-03-31" }) {
          byMonth(first: 500) { submitted }
          byDivision(first: 500) { submitted }
          byItem(first: 500) { submitted } } }`,
    );
    // 1 + 250 + (1 + 3 months) + (1 + 53 divisions) + (1 + 500 items).
    expect(operationCost(schema, document, operation)).toBe(810);
  });

  it('lets an analyst change filters every five seconds', () => {
    const { document, operation } = pwaOperation('statistics.graphql');
    const pageCost = operationCost(schema, document, operation, {
      filter: { from: '2026-01-01', to: '2026-12-31' },
    });
    const budget = ROLE_LIMITS.ANALYST!.costPerMinute;
    let now = 0;
    const limiter = new CostRateLimiter(() => now);
    for (let query = 0; query < 12; query++) {
      now = query * 5000;
      expect(() =>
        limiter.charge('user:analyst', pageCost, budget),
      ).not.toThrow();
    }
    // A thirteenth query within the same minute is a flood and is rejected.
    now = 59_000;
    let error: GraphQLError | undefined;
    try {
      limiter.charge('user:analyst', pageCost, budget);
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error?.extensions.code).toBe('REQUEST_RATE_LIMITED');
    expect(error?.extensions.limit).toBe(31_000);
    expect(error?.extensions.actual).toBe(13 * pageCost);

    // The longest period (2,513 a query) still fits twelve times a minute.
    const widestCost = operationCost(schema, document, operation, {});
    for (let query = 0; query < 12; query++) {
      now = 60_000 + query * 5000;
      expect(() =>
        limiter.charge('user:wide', widestCost, budget),
      ).not.toThrow();
    }
  });

  it('fits every PWA operation in the default budget', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    for (const file of readdirSync(folder).filter((f) =>
      f.endsWith('.graphql'),
    )) {
      const { document, operation } = pwaOperation(file);
      const cost = operationCost(schema, document, operation, {});
      expect({ file, fits: cost <= DEFAULT_LIMITS.cost }).toEqual({
        file,
        fits: true,
      });
    }
  });

  /**
   * Variables the pages send with operations that take a page size: the
   * PAGE_SIZE constants and literal `first` values of the PWA pages, and the
   * device cache's MAX_CACHED_ITEMS and MAX_CACHED_CASES.
   */
  const PAGE_VARIABLES: Readonly<Record<string, Record<string, unknown>>> = {
    'applicationStatistics.graphql': { first: 50 },
    'datasetRows.graphql': { datasetId: 'items.catalogue', first: 20 },
    'findLicences.graphql': { first: 20 },
    'intermediaryAnnouncements.graphql': { first: 50 },
    'intermediaryShowcase.graphql': { first: 50 },
    'itemDrafts.graphql': { first: 100 },
    'myCases.graphql': { first: 50 },
    'publicCases.graphql': { first: 20 },
    'searchItems.graphql': { first: 100 },
    'supervisedCases.graphql': { first: 100 },
    'supervisionOrders.graphql': { first: 50 },
    'supervisionOverview.graphql': { first: 100 },
    'transferredCases.graphql': { first: 50 },
    'worklist.graphql': { first: 100 },
  };
  /** Operations of pages an analyst opens (statistics, hall performance, data catalogue): the analyst budget applies. */
  const ANALYST_OPERATIONS = new Set([
    'dataCatalogue.graphql',
    'datasetRows.graphql',
    'decideSharingRequest.graphql',
    'hallPerformance.graphql',
    'hallPerformanceCsv.graphql',
    'requestDatasetSharing.graphql',
    'sharingRequests.graphql',
    'statistics.graphql',
  ]);

  it('does not charge __typename or other meta fields', () => {
    const plain = operationOf('{ worklist(first: 100) { id status } }');
    const withTypename = operationOf(
      '{ __typename worklist(first: 100) { __typename id status } }',
    );
    expect(
      operationCost(schema, withTypename.document, withTypename.operation),
    ).toBe(operationCost(schema, plain.document, plain.operation));
  });

  it('fits every PWA operation as Apollo Client sends it in the budget of the role that uses it', () => {
    const folder = new URL('../../pwa/src/graphql/', import.meta.url);
    const files = readdirSync(folder).filter((f) => f.endsWith('.graphql'));
    const results = files.map((file) => {
      const sent = addTypenameToDocument(pwaOperation(file).document);
      const operation = sent.definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const pageSized = (operation.variableDefinitions ?? []).some((v) =>
        ['first', 'limit'].includes(v.variable.name.value),
      );
      const roles = ANALYST_OPERATIONS.has(file) ? ['ANALYST'] : ['CLERK'];
      const result = checkOperation(
        schema,
        sent,
        operation,
        PAGE_VARIABLES[file] ?? {},
        roles,
      );
      return {
        file,
        pageSizeKnown: !pageSized || file in PAGE_VARIABLES,
        error: result.error?.message,
      };
    });
    expect(results.filter((r) => !r.pageSizeKnown || r.error)).toEqual([]);
    expect(results.length).toBe(files.length);
  });

  it('gives a viewer the largest limits of its roles', () => {
    expect(limitsFor(['ANALYST']).limits).toEqual(ROLE_LIMITS.ANALYST);
    expect(limitsFor(['ANALYST', 'ADMIN']).limits).toEqual(DEFAULT_LIMITS);
    expect(limitsFor(undefined).limits).toEqual(DEFAULT_LIMITS);
  });
});

describe('cost rate limiter', () => {
  it('rejects the operation that passes the budget', () => {
    let now = 0;
    const limiter = new CostRateLimiter(() => now);
    limiter.charge('user:a', 600, 1000);
    limiter.charge('user:b', 900, 1000);
    now = 30_000;
    let error: GraphQLError | undefined;
    try {
      limiter.charge('user:a', 500, 1000);
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error?.extensions.code).toBe('REQUEST_RATE_LIMITED');
    expect(error?.extensions.limit).toBe(1000);
    expect(error?.extensions.actual).toBe(1100);
    expect(error?.extensions.retryAfterSeconds).toBe(30);
    expect(() => limiter.charge('user:a', 400, 1000)).not.toThrow();
  });

  it('opens a new window after a minute', () => {
    let now = 0;
    const limiter = new CostRateLimiter(() => now);
    limiter.charge('user:a', 1000, 1000);
    now = 60_000;
    expect(() => limiter.charge('user:a', 1000, 1000)).not.toThrow();
  });
});
