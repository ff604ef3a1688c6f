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
  const canvas: PhotoCanvas = {
    async decode() {
      return { width, height, source: 'bitmap' };
    },
    async encode(_source, w, h, quality) {
      encodings.push({ width: w, height: h, quality });
      const size = Math.round(w * h * bytesPerPixel * quality);
      return new Blob([new Uint8Array(size)], { type: 'image/jpeg' });
    },
  };
  return { canvas, encodings };
}

const photo = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });

describe('compressPhoto', () => {
  it('scales a camera photo to the longest side and keeps its shape', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('returns the first encoding under the byte cap', async () => {
    const { canvas, encodings } = fakeCanvas(4000, 3000, 0.25);

    const blob = await compressPhoto(photo, canvas, { maxBytes: 400_000 });

    expect(blob.size).toBeLessThanOrEqual(400_000);
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

  it('gives up when even a thumbnail does not fit', async () => {
    const { canvas } = fakeCanvas(4000, 3000, 0.01);

    await expect(
      compressPhoto(photo, canvas, { maxBytes: 10 }),
    ).rejects.toThrow(/cannot be compressed/);
  });
});
