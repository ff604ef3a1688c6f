import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingFromPrecache } from '../precacheCheck';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a build folder with these files and a sw.js precaching `precached`. */
function build(files: string[], precached: string[]): string {
  dist = mkdtempSync(join(tmpdir(), 'ykb-precache-'));
  for (const file of [...files, 'sw.js']) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), '');
  }
  const manifest = precached
    .map((url) => `{url:"${url}",revision:"1"}`)
    .join(',');
  writeFileSync(join(dist, 'sw.js'), `precacheAndRoute([${manifest}])`);
  return dist;
}

describe('precache check', () => {
  it('passes when every needed file is precached', () => {
    const dir = build(
      ['index.html', 'assets/index-a1.js', 'assets/index-a1.css'],
      ['index.html', 'assets/index-a1.js', 'assets/index-a1.css'],
    );
    expect(missingFromPrecache(dir)).toEqual([]);
  });

  it('names a chunk the service worker left out', () => {
    const dir = build(
      ['index.html', 'assets/index-a1.js', 'assets/GraphiQL-b2.js'],
      ['index.html', 'assets/index-a1.js'],
    );
    expect(missingFromPrecache(dir)).toEqual(['assets/GraphiQL-b2.js']);
  });

  it('reads an unminified worker too', () => {
    const dir = build(['index.html', 'assets/index-a1.js'], []);
    writeFileSync(
      join(dir, 'sw.js'),
      'precacheAndRoute([{\n  "url": "index.html",\n  "revision": "1"\n}, {\n  "url": "assets/index-a1.js",\n  "revision": null\n}])',
    );
    expect(missingFromPrecache(dir)).toEqual([]);
  });

  it('ignores source maps and the worker files themselves', () => {
    const dir = build(
      ['index.html', 'assets/index-a1.js.map', 'workbox-12ab.js'],
      ['index.html'],
    );
    expect(missingFromPrecache(dir)).toEqual([]);
  });
});
