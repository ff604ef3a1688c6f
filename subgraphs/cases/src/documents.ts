import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, ObjectId, type Db } from 'mongodb';
import { shanghaiDate } from '@ykb/common';
import { caseQueryCode } from './queryCode.js';
import type {
  CaseDocument,
  CorrectionItem,
  DocumentKind,
  IssuedDocument,
} from './model.js';

const BUCKET = 'case_documents';

const TITLES: Record<DocumentKind, string> = {
  ACCEPTANCE_NOTICE: '受理通知书',
  CORRECTION_NOTICE: '补正材料告知书',
  NOT_ACCEPTED_DECISION: '不予受理决定书',
  REJECTION_DECISION: '不予许可决定书',
  APPROVAL_DECISION: '准予许可决定书',
};

/** Facts a document states besides the case's own data. */
export interface DocumentFacts {
  kind: DocumentKind;
  issuedAt: Date;
  /** Department issuing the document. */
  departmentCode: string;
  opinion?: string | null;
  deadline?: string | null;
  corrections?: CorrectionItem[];
}

/** Lines of a document, in Chinese, in the order printed. */
export function documentLines(
  record: Pick<
    CaseDocument,
    '_id' | 'caseNumber' | 'itemName' | 'applicantName' | 'submittedAt'
  >,
  facts: DocumentFacts,
): string[] {
  const lines = [
    TITLES[facts.kind],
    `办件编号：${record.caseNumber}`,
    `申请人：${record.applicantName}`,
    `申请事项：${record.itemName}`,
    `申请日期：${shanghaiDate(record.submittedAt)}`,
  ];
  switch (facts.kind) {
    case 'ACCEPTANCE_NOTICE':
      lines.push(
        '你（单位）提出的申请材料齐全、符合法定形式，本机关决定予以受理。',
      );
      lines.push(
        `查询码：${caseQueryCode(record._id)}（凭办件编号、证件号码后六位和查询码查询办理进度）`,
      );
      if (facts.deadline) lines.push(`承诺办结日期：${facts.deadline}`);
      break;
    case 'CORRECTION_NOTICE':
      lines.push('你（单位）提出的申请需补正以下内容，现一次性告知：');
      (facts.corrections ?? []).forEach((item, i) => {
        const subject = item.materialCode
          ? `材料 ${item.materialCode}`
          : item.fieldKey
            ? `表单项 ${item.fieldKey}`
            : '其他';
        lines.push(`${i + 1}. ${subject}：${item.description}`);
      });
      break;
    case 'NOT_ACCEPTED_DECISION':
      lines.push('经审查，你（单位）提出的申请本机关决定不予受理。');
      break;
    case 'REJECTION_DECISION':
      lines.push('经审查，你（单位）提出的申请本机关决定不予许可。');
      lines.push('如不服本决定，可依法申请行政复议或者提起行政诉讼。');
      break;
    case 'APPROVAL_DECISION':
      lines.push(
        '经审查，你（单位）提出的申请符合法定条件，本机关决定准予许可。',
      );
      break;
  }
  if (facts.opinion) lines.push(`理由或意见：${facts.opinion}`);
  lines.push(`出具部门：${facts.departmentCode}`);
  lines.push(`日期：${shanghaiDate(facts.issuedAt)}`);
  return lines;
}

/** Splits a line into pieces of at most `width` characters. */
function wrap(line: string, width: number): string[] {
  const chars = Array.from(line);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += width)
    pieces.push(chars.slice(i, i + width).join(''));
  return pieces.length ? pieces : [''];
}

function utf16Hex(text: string): string {
  const buffer = Buffer.from(text, 'utf16le');
  buffer.swap16();
  return buffer.toString('hex').toUpperCase();
}

/**
 * Renders lines as a one-page A4 PDF 1.4. The text uses the Adobe standard
 * CJK font STSong-Light with the UniGB-UTF16-H encoding, which PDF readers
 * supply themselves, so no font is embedded. The output depends on the lines
 * only, so the same facts give the same bytes and hash.
 */
export function renderPdf(lines: string[]): Buffer {
  const text = lines
    .flatMap((line) => wrap(line, 36))
    .slice(0, 45)
    .map((line) => `<${utf16Hex(line)}> Tj T*`)
    .join('\n');
  const content = `BT\n/F1 13 Tf\n18 TL\n60 780 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets)
    body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Issued documents as PDF files in the GridFS bucket `case_documents`, with the case id in their metadata. */
export class DocumentStore {
  private readonly bucket: GridFSBucket;

  constructor(private readonly db: Db) {
    this.bucket = new GridFSBucket(db, { bucketName: BUCKET });
  }

  async createIndexes(): Promise<void> {
    await this.db
      .collection(`${BUCKET}.chunks`)
      .createIndex({ files_id: 1, n: 1 }, { unique: true });
    await this.db
      .collection(`${BUCKET}.files`)
      .createIndex({ 'metadata.caseId': 1 });
  }

  /** Generates and stores a document; the caller records the returned entry on the case. */
  async issue(
    record: CaseDocument,
    facts: DocumentFacts,
  ): Promise<IssuedDocument> {
    const pdf = renderPdf(documentLines(record, facts));
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const id = new ObjectId();
    const fileName = `${record.caseNumber}-${TITLES[facts.kind]}.pdf`;
    await pipeline(
      Readable.from([pdf]),
      this.bucket.openUploadStream(fileName, {
        id,
        metadata: { caseId: record._id, kind: facts.kind, sha256 },
      }),
    );
    return {
      id: id.toHexString(),
      kind: facts.kind,
      fileName,
      sha256,
      issuedAt: facts.issuedAt,
    };
  }

  /** Deletes a stored document whose state change lost a race and was never recorded. */
  async discard(id: string): Promise<void> {
    await this.bucket.delete(new ObjectId(id)).catch(() => undefined);
  }

  /** Reads a document's bytes, or null when no file has the id. */
  async read(id: string): Promise<Buffer | null> {
    if (!/^[0-9a-f]{24}$/.test(id)) return null;
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of this.bucket.openDownloadStream(
        new ObjectId(id),
      ))
        chunks.push(chunk as Buffer);
    } catch {
      return null;
    }
    return Buffer.concat(chunks);
  }
}
