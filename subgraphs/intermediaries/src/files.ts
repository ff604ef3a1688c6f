import { createHash, randomUUID } from 'node:crypto';
import { appError, badInput, ErrorCode } from '@ykb/common';
import { now } from './clock.js';
import type { IntermediaryModels, StoredFileDocument } from './model.js';

/** Largest accepted scan after base64 decoding: 5 MiB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const MAGIC: { type: string; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
];

export interface FileInput {
  kind: StoredFileDocument['kind'];
  fileName: string;
  contentBase64: string;
}

/** Decodes and checks a scan without storing it: JPEG, PNG or PDF, 1 byte to 5 MiB. */
export function readFile(input: FileInput, owner: string): StoredFileDocument {
  const fileName = input.fileName.trim();
  if (fileName.length < 1 || fileName.length > 255)
    throw badInput('fileName must be 1 to 255 characters.', {
      field: 'fileName',
    });
  const text = input.contentBase64.replace(/\s/g, '');
  if (!BASE64.test(text))
    throw badInput(`${fileName} is not base64 encoded.`, {
      field: 'contentBase64',
    });
  const data = Buffer.from(text, 'base64');
  if (data.length === 0 || data.length > MAX_FILE_BYTES)
    throw badInput(
      `${fileName} must be 1 byte to 5 MiB, got ${data.length} bytes.`,
      {
        field: 'contentBase64',
      },
    );
  const mimeType = MAGIC.find((m) =>
    m.bytes.every((b, i) => data[i] === b),
  )?.type;
  if (!mimeType)
    throw appError(
      ErrorCode.BadUserInput,
      `${fileName} is not a JPEG, PNG or PDF file.`,
      { field: 'contentBase64' },
    );
  return {
    _id: randomUUID(),
    ownerUserId: owner,
    kind: input.kind,
    fileName,
    mimeType,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
    uploadedAt: now(),
  };
}

/** Stores checked files; on failure removes the ones already stored, so none is left behind. */
export async function storeFiles(
  models: IntermediaryModels,
  files: StoredFileDocument[],
): Promise<void> {
  try {
    await models.StoredFile.insertMany(files, { ordered: true });
  } catch (error) {
    await models.StoredFile.deleteMany({
      _id: { $in: files.map((f) => f._id) },
    });
    throw error;
  }
}
