/**
 * Deepest bracket nesting a request document may have. graphql-js parses
 * nested selections, lists and objects recursively, so a document of a few
 * thousand `[` overflows the call stack (about 1950 levels with graphql
 * 16.15 on Node 20) before any token limit stops it. Real operations nest
 * far less: the gateway allows a selection depth of 10.
 */
export const MAX_DOCUMENT_NESTING = 200;

/**
 * Returns the deepest nesting of `{`, `[` and `(` in a GraphQL document,
 * skipping comments and string values, without parsing it. Unbalanced
 * brackets are left for the parser to report.
 */
export function documentNestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (source.startsWith('"""', i)) {
      i += 3;
      while (i < source.length && !source.startsWith('"""', i))
        i += source.startsWith('\\"""', i) ? 4 : 1;
      i += 2;
    } else if (char === '"') {
      i++;
      while (i < source.length && source[i] !== '"' && source[i] !== '\n')
        i += source[i] === '\\' ? 2 : 1;
    } else if (char === '{' || char === '[' || char === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === '}' || char === ']' || char === ')') {
      depth--;
    }
    i++;
  }
  return deepest;
}
