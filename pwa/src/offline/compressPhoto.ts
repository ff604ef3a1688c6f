// Material photos taken at a service point are several megabytes each. They
// are scaled down and re-encoded as JPEG in the browser before they are
// stored, so a morning of applications fits the device and the upload.

/** Longest side of a stored photo, in pixels. */
export const MAX_PHOTO_SIDE = 1600;
/** Upper bound of a stored photo in bytes; the server accepts 5 MiB. */
export const MAX_PHOTO_BYTES = 400 * 1024;
/** JPEG qualities tried in turn until the photo fits `MAX_PHOTO_BYTES`. */
const QUALITIES = [0.82, 0.7, 0.55, 0.4];
/** Each further pass scales the photo down by this factor. */
const SHRINK = 0.75;

/** Drawing surface used for the re-encoding; a canvas in the browser. */
export interface PhotoCanvas {
  /** Decodes an image file; throws when it is not an image. */
  decode(
    file: Blob,
  ): Promise<{ width: number; height: number; source: unknown }>;
  /** Draws `source` at the given size and encodes it as JPEG. */
  encode(
    source: unknown,
    width: number,
    height: number,
    quality: number,
  ): Promise<Blob>;
  /** Frees the decoded image; a camera photo's bitmap takes tens of megabytes. */
  release(source: unknown): void;
}

/** Size of an image scaled so that its longest side is at most `maxSide`. */
export function fitWithin(
  width: number,
  height: number,
  maxSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Returns a JPEG of at most `maxBytes`: the photo is scaled to `maxSide`,
 * then encoded at falling qualities and, if still too large, scaled down
 * further. Throws when even a small version does not fit.
 */
export async function compressPhoto(
  file: Blob,
  canvas: PhotoCanvas,
  limits: { maxSide?: number; maxBytes?: number } = {},
): Promise<Blob> {
  const maxBytes = limits.maxBytes ?? MAX_PHOTO_BYTES;
  const image = await canvas.decode(file);
  try {
    return await encodeWithin(canvas, image, limits.maxSide, maxBytes);
  } finally {
    canvas.release(image.source);
  }
}

/** Minimum longest side, in pixels, of a scaled-down pass. */
const MIN_SHRUNK_SIDE = 64;

/**
 * Encodes the decoded image at falling qualities and sizes until it fits
 * `maxBytes`. The first size is always tried, even below MIN_SHRUNK_SIDE,
 * so a small image is kept as it is.
 */
async function encodeWithin(
  canvas: PhotoCanvas,
  image: { width: number; height: number; source: unknown },
  maxSide: number | undefined,
  maxBytes: number,
): Promise<Blob> {
  let size = fitWithin(image.width, image.height, maxSide ?? MAX_PHOTO_SIDE);
  for (;;) {
    for (const quality of QUALITIES) {
      const blob = await canvas.encode(
        image.source,
        size.width,
        size.height,
        quality,
      );
      if (blob.size <= maxBytes) return blob;
    }
    const next = fitWithin(
      size.width,
      size.height,
      Math.floor(Math.max(size.width, size.height) * SHRINK),
    );
    if (Math.max(next.width, next.height) < MIN_SHRUNK_SIDE) break;
    size = next;
  }
  throw new Error(`The photo cannot be compressed below ${maxBytes} bytes.`);
}

/** The browser's canvas: `createImageBitmap` decodes, an OffscreenCanvas or a canvas element encodes. */
export const browserCanvas: PhotoCanvas = {
  async decode(file) {
    const bitmap = await createImageBitmap(file);
    return { width: bitmap.width, height: bitmap.height, source: bitmap };
  },
  async encode(source, width, height, quality) {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas context is available.');
      context.drawImage(source as ImageBitmap, 0, 0, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas context is available.');
    context.drawImage(source as ImageBitmap, 0, 0, width, height);
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob
            ? resolve(blob)
            : reject(new Error('The canvas produced no image.')),
        'image/jpeg',
        quality,
      ),
    );
  },
  release(source) {
    (source as ImageBitmap).close();
  },
};
