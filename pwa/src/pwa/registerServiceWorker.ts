import { registerSW } from 'virtual:pwa-register';

type ReloadHandler = () => Promise<void>;

let pendingReload: ReloadHandler | null = null;
let listener: ((reload: ReloadHandler) => void) | null = null;

/**
 * Registers the Workbox service worker. A new version waits until the user
 * chooses to reload, so a half-filled application form is never lost to an
 * automatic reload.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      pendingReload = () => updateServiceWorker(true);
      listener?.(pendingReload);
    },
  });
}

/** Calls `handler` once a new service worker version is waiting. */
export function onServiceWorkerUpdate(
  handler: (reload: ReloadHandler) => void,
): void {
  listener = handler;
  if (pendingReload) handler(pendingReload);
}
