// Fails the build when the generated service worker leaves out a file the
// app needs offline. Workbox precaches only what its glob patterns and size
// limit let through, and a file it skips (a chunk over the size limit, a new
// file type) would break the app offline without any error at build time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Built files the app needs offline; source maps and the worker itself are not. */
const NEEDED = /\.(js|css|html|svg|png|webmanifest|woff2?)$/;
const NOT_NEEDED = /^(sw\.js|workbox-[^/]+\.js)$|\.map$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Lists needed files of `distDir` missing from the precache manifest in `sw.js`. */
export function missingFromPrecache(distDir: string): string[] {
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const precached = new Set(
    // Minified workers write `url:"…"`, unminified ones `"url": "…"`.
    [...worker.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((match) => match[1]),
  );
  return filesUnder(distDir)
    .map((path) => relative(distDir, path).split('\\').join('/'))
    .filter((file) => NEEDED.test(file) && !NOT_NEEDED.test(file))
    .filter((file) => !precached.has(file));
}

/** Vite plugin running the check on the build folder after the service worker is written. */
export function precacheCheck(): Plugin {
  let distDir = '';
  return {
    name: 'ykb-precache-check',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      distDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const missing = missingFromPrecache(distDir);
        if (missing.length > 0)
          throw new Error(
            `The service worker does not precache these built files, so the app would break offline: ${missing.join(', ')}. Widen workbox.globPatterns or maximumFileSizeToCacheInBytes in pwa/vite.config.ts.`,
          );
      },
    },
  };
}
