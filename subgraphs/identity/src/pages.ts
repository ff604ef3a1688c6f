import { badInput } from '@ykb/common';

/** Encodes the sort key of a page's last record as an opaque cursor. */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor from encodeCursor; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): string[] {
  try {
    const key: unknown = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (
      Array.isArray(key) &&
      key.length > 0 &&
      key.every((part) => typeof part === 'string')
    )
      return key as string[];
  } catch {
    // Not JSON: reported below like any other malformed cursor.
  }
  throw badInput('after is not a cursor returned by this list.', {
    field: 'after',
  });
}

/** One page of a list, in the order the query sorted it. */
export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Builds a page from up to `first + 1` sorted records: the extra record only
 * tells whether another page follows. `sortKey` gives the cursor key of a record.
 */
export function toPage<T>(
  found: T[],
  first: number,
  sortKey: (record: T) => string[],
): Page<T> {
  const nodes = found.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    endCursor: last === undefined ? null : encodeCursor(sortKey(last)),
    hasNextPage: found.length > first,
  };
}
