// An open app from an older build asks for a lazily loaded chunk that the
// new deployment no longer has (and the new service worker no longer
// precaches). Instead of a blank page, the app reloads once onto the new
// build. A marker per build in sessionStorage keeps a chunk that is missing
// from the new build too from reloading the page over and over.

import type { Router } from 'vue-router';

const MARKER_PREFIX = 'ykb.chunkReload:';

/** Whether an error is the browser's failure to load a module script. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    message,
  );
}

/**
 * Reloads the page unless this build already reloaded for a missing chunk
 * in this browser session; returns whether it reloaded.
 */
export function reloadOnce(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  buildId: string,
  reload: () => void,
): boolean {
  const key = MARKER_PREFIX + buildId;
  if (storage.getItem(key)) return false;
  storage.setItem(key, new Date().toISOString());
  reload();
  return true;
}

/**
 * Reloads onto the new build, once per build, when a lazily loaded chunk
 * or its preloaded dependency is missing. A chunk fails while the router
 * resolves a navigation, before the address bar shows its target, so the
 * reload opens that target rather than the page the user was leaving.
 */
export function installChunkReload(options: {
  router: Router;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  buildId: string;
  location: Pick<Location, 'assign' | 'reload'>;
  events: Pick<EventTarget, 'addEventListener'>;
}): void {
  const { router, storage, buildId, location } = options;
  let navigationTarget: string | null = null;
  const reloadForMissingChunk = () =>
    reloadOnce(storage, buildId, () => {
      if (navigationTarget) location.assign(navigationTarget);
      else location.reload();
    });

  options.events.addEventListener('vite:preloadError', (event) => {
    if (reloadForMissingChunk()) event.preventDefault();
  });
  router.beforeEach((to) => {
    navigationTarget = to.fullPath;
  });
  router.afterEach(() => {
    navigationTarget = null;
  });
  router.onError((error) => {
    if (isChunkLoadError(error)) reloadForMissingChunk();
  });
}
