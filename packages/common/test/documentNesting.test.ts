import { describe, expect, it } from 'vitest';
import { documentNestingDepth } from '../src/documentNesting.js';

describe('documentNestingDepth', () => {
  it('counts selections, lists and arguments', () => {
    expect(documentNestingDepth('{ a { b(x: [[1]]) } }')).toBe(5);
  });

  it('returns 0 for a document without brackets', () => {
    expect(documentNestingDepth('query')).toBe(0);
  });

  it('skips brackets inside strings', () => {
    expect(documentNestingDepth('{ a(s: "[[[{{{") }')).toBe(2);
  });

  it('skips escaped quotes inside strings', () => {
    expect(documentNestingDepth('{ a(s: "\\"[[[") }')).toBe(2);
  });

  it('skips brackets inside block strings', () => {
    expect(documentNestingDepth('{ a(s: """ [[[ \\""" {{{ """) }')).toBe(2);
  });

  it('skips brackets inside comments', () => {
    expect(documentNestingDepth('# [[[[\n{ a }')).toBe(1);
  });

  it('measures a deeply nested default value', () => {
    const nested = '['.repeat(5000) + ']'.repeat(5000);
    // The variable definitions' parenthesis adds one level.
    expect(documentNestingDepth(`query($x: [Int] = ${nested}) { a }`)).toBe(
      5001,
    );
  });
});
