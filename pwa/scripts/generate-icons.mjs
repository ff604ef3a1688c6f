// Writes the PWA icons under public/icons: a red square with a white ring and
// a white five-pointed star. Uses only node:zlib, so no image tool is needed.
// Run with `node pwa/scripts/generate-icons.mjs`; the output is committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outputDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'public',
  'icons',
);
const RED = [0xc8, 0x10, 0x2e];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixelAt) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  let offset = 0;
  for (let y = 0; y < size; y++) {
    raw[offset++] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixelAt(x, y);
      raw[offset++] = r;
      raw[offset++] = g;
      raw[offset++] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function starPolygon(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

/** Draws the emblem; `scale` shrinks it into the safe zone of maskable icons. */
function drawIcon(size, scale) {
  const c = size / 2;
  const ringOuter = size * 0.4 * scale;
  const ringInner = size * 0.34 * scale;
  const star = starPolygon(
    c,
    c + size * 0.01 * scale,
    size * 0.26 * scale,
    size * 0.1 * scale,
  );
  return encodePng(size, (x, y) => {
    const px = x + 0.5;
    const py = y + 0.5;
    const distance = Math.hypot(px - c, py - c);
    if (distance <= ringOuter && distance >= ringInner) return WHITE;
    if (insidePolygon(px, py, star)) return WHITE;
    return RED;
  });
}

mkdirSync(outputDir, { recursive: true });
const icons = [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  ['maskable-512.png', 512, 0.8],
  ['apple-touch-icon-180.png', 180, 0.9],
];
for (const [name, size, scale] of icons) {
  writeFileSync(join(outputDir, name), drawIcon(size, scale));
}

const star = starPolygon(32, 32.6, 16.6, 6.4)
  .map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`)
  .join(' ');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="12" fill="#c8102e"/>
  <circle cx="32" cy="32" r="23.6" fill="none" stroke="#fff" stroke-width="3.8"/>
  <polygon points="${star}" fill="#fff"/>
</svg>
`;
writeFileSync(join(outputDir, 'icon.svg'), svg);
