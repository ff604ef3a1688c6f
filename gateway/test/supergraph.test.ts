import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  API_SCHEMA_PATH,
  composeSupergraph,
  SUPERGRAPH_PATH,
} from '../src/compose.js';

describe('supergraph', () => {
  it('composes without errors', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('matches the checked-in files (run `npm run compose` when this fails)', () => {
    const composed = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed.supergraphSdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  it('joins all seven subgraphs', () => {
    const sdl = composeSupergraph().supergraphSdl;
    for (const name of [
      'IDENTITY',
      'ITEMS',
      'CASES',
      'LICENSES',
      'INTERMEDIARIES',
      'HALLS',
      'DATA',
    ]) {
      expect(sdl).toContain(`${name} @join__graph`);
    }
  });
});
