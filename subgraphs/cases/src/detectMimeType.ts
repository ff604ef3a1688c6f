/** MIME types accepted for application materials. */
export const ALLOWED_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'application/pdf',
] as const;
export type AllowedMimeType = (typeof ALLOWED_MIME_TYPES)[number];

const SIGNATURES: { type: AllowedMimeType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  {
    type: 'image/png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  // "%PDF-"
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/** Detects the material type from the file's leading bytes; undefined when none matches. */
export function detectMimeType(
  content: Uint8Array,
): AllowedMimeType | undefined {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => content[i] === byte))
      return signature.type;
  }
  return undefined;
}
