import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import {
  installChunkReload,
  isChunkLoadError,
  reloadOnce,
} from '../src/pwa/chunkReload';
import { MemoryStorage } from './memoryStorage';

describe('reload for a missing chunk', () => {
  it('recognises the browser errors of a missing module script', () => {
    expect(
      isChunkLoadError(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1/assets/Page-abc.js',
        ),
      ),
    ).toBe(true);
    expect(
      isChunkLoadError(new Error('Unable to preload CSS for /a.css')),
    ).toBe(true);
    expect(isChunkLoadError(new Error('NOT_FOUND'))).toBe(false);
  });

  it('reloads once per build', () => {
    const storage = new MemoryStorage();
    let reloads = 0;
    const reload = () => void (reloads += 1);

    expect(reloadOnce(storage, 'build-1', reload)).toBe(true);
    expect(reloadOnce(storage, 'build-1', reload)).toBe(false);
    expect(reloadOnce(storage, 'build-2', reload)).toBe(true);
    expect(reloads).toBe(2);
  });
});

describe('installChunkReload', () => {
  const missingChunk = () =>
    Promise.reject(
      new TypeError(
        'Failed to fetch dynamically imported module: http://127.0.0.1/assets/Lazy-abc.js',
      ),
    );

  function setUp() {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { template: '<p />' } },
        { path: '/lazy', component: missingChunk },
      ],
    });
    const calls: string[] = [];
    const events = new EventTarget();
    installChunkReload({
      router,
      storage: new MemoryStorage(),
      buildId: 'build-1',
      location: {
        assign: (url: string | URL) => void calls.push(`assign ${url}`),
        reload: () => void calls.push('reload'),
      },
      events,
    });
    return { router, calls, events };
  }

  it('reloads at the target of the failed navigation', async () => {
    const { router, calls } = setUp();
    await router.push('/');
    await router.push('/lazy?tab=2').catch(() => undefined);
    expect(calls).toEqual(['assign /lazy?tab=2']);
    expect(router.currentRoute.value.fullPath).toBe('/');

    await router.push('/lazy').catch(() => undefined);
    expect(calls).toEqual(['assign /lazy?tab=2']);
  });

  it('reloads the page for a preload failure outside navigation', async () => {
    const { router, calls, events } = setUp();
    await router.push('/');
    const event = new Event('vite:preloadError', { cancelable: true });
    events.dispatchEvent(event);
    expect(calls).toEqual(['reload']);
    expect(event.defaultPrevented).toBe(true);
  });
});
