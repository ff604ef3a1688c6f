import { Kind, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_POLICY,
  authorize,
  readSubgraphSchema,
  Role,
  SUBGRAPHS,
  type Viewer,
} from '../src/index.js';

function schemaOf(subgraph: string): DocumentNode {
  return parse(
    readSubgraphSchema(
      new URL(`../../../subgraphs/${subgraph}/`, import.meta.url),
    ),
  );
}

/** Query and Mutation fields and resolvable entities of a subgraph schema, named as ACCESS_POLICY names them. */
function operationsOf(document: DocumentNode): string[] {
  const operations: string[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    )
      continue;
    const type = definition.name.value;
    if (type === 'Query' || type === 'Mutation') {
      for (const field of definition.fields ?? [])
        operations.push(`${type}.${field.name.value}`);
      continue;
    }
    const key = definition.directives?.find((d) => d.name.value === 'key');
    const unresolvable = key?.arguments?.some(
      (a) =>
        a.name.value === 'resolvable' &&
        a.value.kind === Kind.BOOLEAN &&
        !a.value.value,
    );
    if (key && !unresolvable) operations.push(`${type}.__resolveReference`);
  }
  return operations.sort();
}

describe('ACCESS_POLICY', () => {
  it.each(SUBGRAPHS)('covers every operation of %s', (subgraph) => {
    expect(Object.keys(ACCESS_POLICY[subgraph]).sort()).toEqual(
      operationsOf(schemaOf(subgraph)),
    );
  });
});

const viewer = (roles: Viewer['roles']): Viewer => ({
  userId: 'u-test',
  name: '测试',
  roles,
  sessionId: 's',
  divisionCode: '50',
});

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
}

describe('authorize', () => {
  const accept = ACCESS_POLICY.cases['Mutation.acceptCase'];

  it('lets anyone call a public operation', () => {
    expect(
      authorize(undefined, ACCESS_POLICY.halls['Query.halls']),
    ).toBeUndefined();
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', () => {
    expect(
      codeOf(() => authorize(undefined, ACCESS_POLICY.cases['Query.case'])),
    ).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorize(undefined, accept))).toBe('UNAUTHENTICATED');
  });

  it('refuses a role outside the audience with FORBIDDEN', () => {
    expect(codeOf(() => authorize(viewer([Role.Analyst]), accept))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => authorize(viewer([Role.System]), accept))).toBe(
      'FORBIDDEN',
    );
  });

  it('returns the viewer of a listed role', () => {
    const windowStaff = viewer([Role.WindowStaff]);
    expect(authorize(windowStaff, accept)).toBe(windowStaff);
  });
});
