import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, ObjectId, type Collection, type Db } from 'mongodb';
import {
  appError,
  badInput,
  ErrorCode,
  isDuplicateKeyError,
} from '@ykb/common';
import { ALLOWED_MIME_TYPES, detectMimeType } from './detectMimeType.js';

/** Largest accepted material after base64 decoding: 5 MiB. */
export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;
const MAX_FILE_NAME_LENGTH = 255;
const BUCKET = 'materials';

/** A stored material file as resolvers see it. */
export interface StoredFile {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  ownerUserId: string;
}

export interface UploadInput {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

interface FileMetadata {
  ownerUserId: string;
  sha256: string;
  mimeType: string;
}

interface GridFsFileDocument {
  _id: ObjectId;
  filename: string;
  length: number;
  uploadDate: Date;
  metadata: FileMetadata;
}

function toStoredFile(doc: GridFsFileDocument): StoredFile {
  return {
    id: doc._id.toHexString(),
    fileName: doc.filename,
    mimeType: doc.metadata.mimeType,
    size: doc.length,
    sha256: doc.metadata.sha256,
    uploadedAt: doc.uploadDate,
    ownerUserId: doc.metadata.ownerUserId,
  };
}

function normalizeFileName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  const length = Array.from(name).length;
  if (length === 0 || length > MAX_FILE_NAME_LENGTH) {
    throw badInput(
      `fileName must be 1 to ${MAX_FILE_NAME_LENGTH} characters, got ${length}.`,
      { field: 'fileName' },
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name)) {
    throw badInput(
      'fileName must be a bare file name without path separators or control characters.',
      { field: 'fileName' },
    );
  }
  return name;
}

/** Decodes strict base64, checking the decoded size before allocating it. */
function decodeContent(contentBase64: string): Buffer {
  if (contentBase64.length === 0)
    throw badInput('contentBase64 is empty; upload a file with content.', {
      field: 'contentBase64',
      reason: 'EMPTY',
    });
  if (
    contentBase64.length % 4 !== 0 ||
    !/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)
  ) {
    throw badInput(
      'contentBase64 is not valid base64 (RFC 4648, with padding, no line breaks).',
      { field: 'contentBase64', reason: 'INVALID_BASE64' },
    );
  }
  const padding = contentBase64.endsWith('==')
    ? 2
    : contentBase64.endsWith('=')
      ? 1
      : 0;
  const size = (contentBase64.length / 4) * 3 - padding;
  if (size > MAX_MATERIAL_BYTES) {
    throw badInput(
      `The file is ${size} bytes; materials may be at most ${MAX_MATERIAL_BYTES} bytes (5 MiB).`,
      {
        field: 'contentBase64',
        reason: 'TOO_LARGE',
        maxBytes: MAX_MATERIAL_BYTES,
      },
    );
  }
  return Buffer.from(contentBase64, 'base64');
}

/**
 * Application materials in GridFS (bucket `materials`). A file belongs to the
 * user who uploaded it, and the same bytes uploaded twice by the same user
 * are stored once: a unique index on (owner, SHA-256) guards that even when
 * two uploads race.
 */
export class MaterialStore {
  private readonly bucket: GridFSBucket;
  private readonly files: Collection<GridFsFileDocument>;

  constructor(private readonly db: Db) {
    this.bucket = new GridFSBucket(db, { bucketName: BUCKET });
    this.files = db.collection<GridFsFileDocument>(`${BUCKET}.files`);
  }

  /** Creates the GridFS indexes and the de-duplication index. */
  async createIndexes(): Promise<void> {
    await this.files.createIndex({ filename: 1, uploadDate: 1 });
    await this.db
      .collection(`${BUCKET}.chunks`)
      .createIndex({ files_id: 1, n: 1 }, { unique: true });
    await this.files.createIndex(
      { 'metadata.ownerUserId': 1, 'metadata.sha256': 1 },
      { unique: true },
    );
  }

  /** Validates and stores an upload, or returns the owner's earlier file with the same content. */
  async upload(
    ownerUserId: string,
    input: UploadInput,
  ): Promise<{ file: StoredFile; deduplicated: boolean }> {
    const fileName = normalizeFileName(input.fileName);
    if (!(ALLOWED_MIME_TYPES as readonly string[]).includes(input.mimeType)) {
      throw badInput(
        `mimeType ${input.mimeType} is not accepted; use one of ${ALLOWED_MIME_TYPES.join(', ')}.`,
        { field: 'mimeType', reason: 'TYPE_NOT_ALLOWED' },
      );
    }
    const content = decodeContent(input.contentBase64);
    const detected = detectMimeType(content);
    if (detected !== input.mimeType) {
      throw badInput(
        `The file content is ${detected ?? 'of no accepted type'}, not the declared ${input.mimeType}.`,
        { field: 'contentBase64', reason: 'TYPE_MISMATCH' },
      );
    }
    const sha256 = createHash('sha256').update(content).digest('hex');

    const existing = await this.findByOwnerAndHash(ownerUserId, sha256);
    if (existing) return { file: existing, deduplicated: true };

    const id = new ObjectId();
    const metadata: FileMetadata = { ownerUserId, sha256, mimeType: detected };
    try {
      await pipeline(
        Readable.from([content]),
        this.bucket.openUploadStream(fileName, { id, metadata }),
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.removeOrphanedChunks(id);
      const first = await this.findByOwnerAndHash(ownerUserId, sha256);
      if (!first) throw error;
      return { file: first, deduplicated: true };
    }

    const stored = await this.files.findOne({ _id: id });
    if (!stored)
      throw appError(
        ErrorCode.Internal,
        `Stored file ${id.toHexString()} is missing right after upload.`,
      );
    return { file: toStoredFile(stored), deduplicated: false };
  }

  /** Loads files by id; ids that are malformed or unknown map to null. */
  async findByIds(ids: readonly string[]): Promise<(StoredFile | null)[]> {
    const valid = ids
      .filter((id) => /^[0-9a-f]{24}$/.test(id))
      .map((id) => new ObjectId(id));
    const docs = valid.length
      ? await this.files.find({ _id: { $in: valid } }).toArray()
      : [];
    const byId = new Map(
      docs.map((doc) => [doc._id.toHexString(), toStoredFile(doc)]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async findByOwnerAndHash(
    ownerUserId: string,
    sha256: string,
  ): Promise<StoredFile | null> {
    const doc = await this.files.findOne({
      'metadata.ownerUserId': ownerUserId,
      'metadata.sha256': sha256,
    });
    return doc ? toStoredFile(doc) : null;
  }

  /** Deletes the chunks of an upload whose files document lost the de-duplication race. */
  private async removeOrphanedChunks(id: ObjectId): Promise<void> {
    await this.db.collection(`${BUCKET}.chunks`).deleteMany({ files_id: id });
  }
}
