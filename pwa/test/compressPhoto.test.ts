import { describe, expect, it } from 'vitest';
import {
  compressPhoto,
  fitWithin,
  type PhotoCanvas,
} from '../src/offline/compressPhoto';

/**
 * A canvas whose JPEG size grows with the pixel count and the quality, like
 * a real encoder, and that records every encoding it was asked for.
 */
function fakeCanvas(width: number, height: number, bytesPerPixel: number) {
  const encodings: { width: number; height: number; quality: number }[] = [];
  const released: unknown[] = [];
  const canvas: PhotoCanvas = {
    async decode() {
      return { width, height, source: 'bitmap' };
    },
    async encode(_source, w, h, quality) {
      encodings.push({ width: w, height: h, quality });
      const size = Math.round(w * h * bytesPerPixel * quality);
      return new Blob([new Uint8Array(size)], { type: 'image/jpeg' });
    },
    release(source) {
      released.push(source);
    },
  };
  return { canvas, encodings, released };
}

const photo = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });

describe('compressPhoto', () => {
  it('scales a camera photo to the longest side and keeps its shape', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('returns the first encoding under the byte cap', async () => {
    const { canvas, encodings, released } = fakeCanvas(4000, 3000, 0.25);

    const blob = await compressPhoto(photo, canvas, { maxBytes: 400_000 });

    expect(blob.size).toBeLessThanOrEqual(400_000);
    expect(released).toEqual(['bitmap']);
    expect(encodings[0]).toMatchObject({ width: 1600, height: 1200 });
    expect(encodings.every((e) => e.width <= 1600 && e.height <= 1600)).toBe(
      true,
    );
  });

  it('lowers quality, then size, until the photo fits', async () => {
    const { canvas, encodings } = fakeCanvas(4000, 3000, 2);

    const blob = await compressPhoto(photo, canvas, { maxBytes: 200_000 });

    expect(blob.size).toBeLessThanOrEqual(200_000);
    const qualities = encodings
      .filter((e) => e.width === 1600)
      .map((e) => e.quality);
    expect(qualities).toEqual([0.82, 0.7, 0.55, 0.4]);
    expect(encodings.at(-1)!.width).toBeLessThan(1600);
  });

  it('encodes an image under 64 pixels', async () => {
    const { canvas, encodings, released } = fakeCanvas(40, 30, 0.5);

    const blob = await compressPhoto(photo, canvas);

    expect(blob.size).toBe(Math.round(40 * 30 * 0.5 * 0.82));
    expect(encodings).toEqual([{ width: 40, height: 30, quality: 0.82 }]);
    expect(released).toEqual(['bitmap']);
  });

  it('tries every quality of a tiny image once', async () => {
    const { canvas, encodings } = fakeCanvas(40, 30, 0.5);

    await expect(
      compressPhoto(photo, canvas, { maxBytes: 10 }),
    ).rejects.toThrow(/cannot be compressed/);
    expect(encodings.map((e) => e.quality)).toEqual([0.82, 0.7, 0.55, 0.4]);
    expect(encodings.every((e) => e.width === 40 && e.height === 30)).toBe(
      true,
    );
  });

  it('stops shrinking at 64 pixels', async () => {
    const { canvas, encodings } = fakeCanvas(4000, 3000, 0.01);

    await expect(
      compressPhoto(photo, canvas, { maxBytes: 10 }),
    ).rejects.toThrow(/cannot be compressed/);
    const longest = encodings.map((e) => Math.max(e.width, e.height));
    expect(longest[0]).toBe(1600);
    expect(Math.min(...longest)).toBeGreaterThanOrEqual(64);
    expect(Math.floor(Math.min(...longest) * 0.75)).toBeLessThan(64);
  });

  it('gives up when even a thumbnail does not fit', async () => {
    const { canvas, released } = fakeCanvas(4000, 3000, 0.01);

    await expect(
      compressPhoto(photo, canvas, { maxBytes: 10 }),
    ).rejects.toThrow(/cannot be compressed/);
    expect(released).toEqual(['bitmap']);
  });
});
