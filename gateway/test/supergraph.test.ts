import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/compose.js';

describe('supergraph', () => {
  it('composes without errors', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('matches the checked-in file (run `npm run compose` when this fails)', () => {
    const checkedIn = readFileSync(SUPERGRAPH_PATH, 'utf8');
    expect(checkedIn).toBe(composeSupergraph());
  });

  it('joins all six subgraphs', () => {
    const sdl = composeSupergraph();
    for (const name of ['IDENTITY', 'ITEMS', 'CASES', 'LICENSES', 'INTERMEDIARIES', 'HALLS']) {
      expect(sdl).toContain(`${name} @join__graph`);
    }
  });
});
