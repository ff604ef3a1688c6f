// An open app from an older build asks for a lazily loaded chunk that the
// new deployment no longer has (and the new service worker no longer
// precaches). Instead of a blank page, the app reloads once onto the new
// build. A marker per build in sessionStorage keeps a chunk that is missing
// from the new build too from reloading the page over and over.

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
