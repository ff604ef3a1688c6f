import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import {
  isolateDatabase,
  startTestSubgraph,
  testToken,
  viewerOf,
} from '../../tests/support/harness.js';
import { casesSubgraph } from '../../subgraphs/cases/src/index.js';
import { MAX_VARIABLE_NESTING, variableNesting } from '../src/limits.js';
import { startGateway, type RunningGateway } from '../src/server.js';

/**
 * The real gateway in front of the real cases subgraph: what a caller sees
 * when that subgraph stops, and when variables nest deeper than the gateway
 * can forward.
 */

const UNREACHABLE_URL = 'http://127.0.0.1:1/graphql';
const WORKLIST = 'query { worklist(first: 5) { id status } }';
const CORRECTION = `mutation($f: JSON) { submitCorrection(id: "case-1", materials: [], formData: $f) { id } }`;

let cases: RunningSubgraph | undefined;
let gateway: RunningGateway;

const clerk = viewerOf([Role.Clerk], { divisionCode: '500238100205' });

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await testToken(clerk)}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** JSON text of objects nested `levels` deep, built without recursion. */
function nestedJson(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_CALENDAR_SYNC = 'off';
  process.env.YKB_OUTBOX_INTERVAL_MS = '3600000';
  for (const name of [
    'IDENTITY',
    'ITEMS',
    'LICENSES',
    'HALLS',
    'INTERMEDIARIES',
    'DATA',
  ])
    process.env[`YKB_${name}_URL`] = UNREACHABLE_URL;
  cases = await startTestSubgraph(casesSubgraph);
  process.env.YKB_CASES_URL = cases.url;
  gateway = await startGateway(0);
});

afterAll(async () => {
  await gateway?.close();
  await cases?.close();
});

describe('variables nested too deep', () => {
  it('measures nesting without recursion, stopping past the limit', () => {
    expect(variableNesting('text')).toBe(0);
    expect(variableNesting({ a: [1, { b: 2 }] })).toBe(3);
    expect(variableNesting(JSON.parse(nestedJson(100_000)))).toBe(
      MAX_VARIABLE_NESTING + 1,
    );
  });

  it('rejects a formData nested 50,000 levels with BAD_USER_INPUT before any subgraph call', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await testToken(clerk)}`,
      },
      body: `{"query":${JSON.stringify(CORRECTION)},"variables":{"f":${nestedJson(50_000)}}}`,
    });
    const body = (await response.json()) as {
      errors?: { extensions?: Record<string, unknown> }[];
    };
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(body.errors?.[0]?.extensions?.variable).toBe('f');
  });

  it('forwards variables at the nesting limit to the subgraph', async () => {
    const body = await post(CORRECTION, {
      f: JSON.parse(nestedJson(MAX_VARIABLE_NESTING)),
    });
    expect(body.errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.code).not.toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });
});

describe('a subgraph that stops under the gateway', () => {
  it('answers UPSTREAM_FAILED with the service name and no internal URL', async () => {
    const before = await post(WORKLIST);
    expect(before.errors).toBeUndefined();

    await cases!.close();
    cases = undefined;

    const after = await post(WORKLIST);
    expect(after.errors?.map((e) => e.extensions)).toEqual([
      { code: 'UPSTREAM_FAILED', serviceName: 'cases' },
    ]);
    expect(JSON.stringify(after)).not.toMatch(/127\.0\.0\.1|http:/);
  });
});
