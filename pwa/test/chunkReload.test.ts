import { describe, expect, it } from 'vitest';
import { isChunkLoadError, reloadOnce } from '../src/pwa/chunkReload';
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
