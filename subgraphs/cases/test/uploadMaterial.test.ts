import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../../tests/support/harness.js';
import { CITIZEN, demo, pdfBase64, startStack, type Stack } from './stack.js';

const UPLOAD = `mutation($input: UploadMaterialInput!) { uploadMaterial(input: $input) { id fileName mimeType size sha256 uploadedAt } }`;
const PNG_HEADER = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
]);
const JPEG_HEADER = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ identity: false });
});

afterAll(async () => {
  await stack?.close();
});

function upload(input: Record<string, unknown>, viewer = CITIZEN) {
  return graphql(
    stack.url,
    UPLOAD,
    { input: { fileName: 'scan.pdf', mimeType: 'application/pdf', ...input } },
    viewer,
  );
}

async function storedFileCount(): Promise<number> {
  return stack.cases.connection
    .db!.collection('materials.files')
    .countDocuments();
}

describe('uploadMaterial', () => {
  it('stores a PDF with its size and SHA-256', async () => {
    const content = pdfBase64('first');
    const result = await upload({ contentBase64: content });
    expect(result.errors).toBeUndefined();
    const file = result.data!.uploadMaterial;
    const bytes = Buffer.from(content, 'base64');
    expect(file.size).toBe(bytes.length);
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toBe('scan.pdf');
    expect(Date.parse(file.uploadedAt)).not.toBeNaN();
  });

  it('returns the same file when the same user uploads the same bytes twice', async () => {
    const content = pdfBase64('twice');
    const first = await upload({ contentBase64: content });
    const before = await storedFileCount();
    const second = await upload({
      contentBase64: content,
      fileName: 'again.pdf',
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.uploadMaterial.id).toBe(first.data!.uploadMaterial.id);
    expect(await storedFileCount()).toBe(before);
  });

  it('stores one file when identical uploads race', async () => {
    const content = pdfBase64('race');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => upload({ contentBase64: content })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data!.uploadMaterial.id));
    expect(ids.size).toBe(1);
    const chunks = await stack.cases.connection
      .db!.collection('materials.chunks')
      .countDocuments({ files_id: { $exists: true } });
    const files = await stack.cases.connection
      .db!.collection('materials.files')
      .find()
      .toArray();
    expect(chunks).toBe(files.length);
  });

  it('keeps the same bytes of two users apart', async () => {
    const content = pdfBase64('shared');
    const mine = await upload({ contentBase64: content });
    const theirs = await upload(
      { contentBase64: content },
      demo('13900139000'),
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.uploadMaterial.id).not.toBe(
      mine.data!.uploadMaterial.id,
    );
  });

  it('accepts PNG and JPEG by their leading bytes', async () => {
    const png = await upload({
      fileName: 'photo.png',
      mimeType: 'image/png',
      contentBase64: Buffer.concat([
        PNG_HEADER,
        Buffer.from('png body'),
      ]).toString('base64'),
    });
    expect(png.errors).toBeUndefined();
    const jpeg = await upload({
      fileName: 'photo.jpg',
      mimeType: 'image/jpeg',
      contentBase64: Buffer.concat([
        JPEG_HEADER,
        Buffer.from('jpeg body'),
      ]).toString('base64'),
    });
    expect(jpeg.errors).toBeUndefined();
  });

  it('rejects content that does not match the declared type', async () => {
    const before = await storedFileCount();
    const result = await upload({
      mimeType: 'image/png',
      contentBase64: pdfBase64(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.reason).toBe('TYPE_MISMATCH');
    const disguised = await upload({
      contentBase64: Buffer.from('MZ executable').toString('base64'),
    });
    expect(disguised.errors?.[0]?.extensions?.reason).toBe('TYPE_MISMATCH');
    expect(await storedFileCount()).toBe(before);
  });

  it('rejects types outside JPEG, PNG and PDF', async () => {
    const result = await upload({
      fileName: 'a.gif',
      mimeType: 'image/gif',
      contentBase64: Buffer.from('GIF89a').toString('base64'),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.reason).toBe('TYPE_NOT_ALLOWED');
  });

  it('rejects a file over 5 MiB and accepts exactly 5 MiB', async () => {
    const header = Buffer.from('%PDF-1.7\n');
    const tooBig = Buffer.concat([
      header,
      Buffer.alloc(5 * 1024 * 1024 + 1 - header.length, 0x20),
    ]);
    const rejected = await upload({ contentBase64: tooBig.toString('base64') });
    expect(rejected.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rejected.errors?.[0]?.extensions?.reason).toBe('TOO_LARGE');
    const limit = Buffer.concat([
      header,
      Buffer.alloc(5 * 1024 * 1024 - header.length, 0x20),
    ]);
    const accepted = await upload({ contentBase64: limit.toString('base64') });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.uploadMaterial.size).toBe(5 * 1024 * 1024);
  });

  it('rejects malformed base64 and empty content', async () => {
    const malformed = await upload({ contentBase64: 'JVBERi0x*' });
    expect(malformed.errors?.[0]?.extensions?.reason).toBe('INVALID_BASE64');
    const empty = await upload({ contentBase64: '' });
    expect(empty.errors?.[0]?.extensions?.reason).toBe('EMPTY');
  });

  it('rejects a file name with a path', async () => {
    const result = await upload({
      fileName: '../etc/passwd',
      contentBase64: pdfBase64(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('fileName');
  });

  it('rejects anonymous uploads with UNAUTHENTICATED', async () => {
    const result = await graphql(stack.url, UPLOAD, {
      input: {
        fileName: 'a.pdf',
        mimeType: 'application/pdf',
        contentBase64: pdfBase64(),
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
