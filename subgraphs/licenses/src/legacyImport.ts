import { randomUUID } from 'node:crypto';
import iconv from 'iconv-lite';
import { GraphQLError } from 'graphql';
import {
  appError,
  badInput,
  DEPARTMENTS,
  ErrorCode,
  hashRequest,
  reusedIdempotencyKey,
  escapeRegExp,
  isDivisionCode,
  isWithinDivision,
  shanghaiDate,
  type Logger,
} from '@ykb/common';
import {
  assertHolderAllowed,
  assertRequiredFaceElements,
  faceElementText,
  faceElementValue,
  orderedFaceElements,
  parseShanghaiDateEnd,
  validUntilFor,
} from './catalogue.js';
import { effectiveStatus } from './content.js';
import { isPlainObject, validateFaceData } from './faceData.js';
import { assertFaceValueTypes } from './licenceChange.js';
import {
  classifyHolderIdNumber,
  insertWithNextSerial,
  requireActiveSeal,
  type LicenceSpec,
} from './issue.js';
import type {
  FaceElementDocument,
  LicenceDocument,
  LicenceImportDocument,
  LicenceModels,
  LicenceTypeDocument,
} from './model.js';
import { recordLicenceEvent } from './propagation.js';
import { sameHolderName, type RegisteredHolder } from './registeredHolders.js';
import { requireIdempotencyKey } from './sharing.js';
import { AUTOMATIC_SIGNER } from './signing.js';

/**
 * Aggregation of existing licences (存量归集): a department's earlier register
 * imported from CSV or JSON, each accepted row sealed like a new licence, and
 * every rejected row reported with a reason code. Licences go out again as
 * CSV in UTF-8 with a byte-order mark, which Excel opens correctly.
 */

export const IMPORT_LIMITS = { maxBytes: 4 * 1024 * 1024, maxRows: 5000 };
export const EXPORT_MAX_ROWS = 10_000;

/** Column names of the fixed fields; Chinese headers are accepted as aliases. */
const FIXED_COLUMNS: Record<string, string[]> = {
  legacyNumber: ['legacyNumber', '原证照编号', '证照编号'],
  holderName: ['holderName', '持证人', '持证主体'],
  holderIdNumber: ['holderIdNumber', '证件号码', '持证主体代码'],
  holderUserId: ['holderUserId', '用户编号'],
  divisionCode: ['divisionCode', '行政区划代码'],
  issuedOn: ['issuedOn', '签发日期', '颁证日期'],
  validUntil: ['validUntil', '有效期至'],
};

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Decodes CSV bytes: UTF-8 when they start with a BOM or are valid UTF-8,
 * else GB18030, which Chinese Excel uses when it saves "CSV" without a BOM.
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.subarray(0, 3).equals(BOM))
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
    };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GB18030' };
  }
}

/**
 * Parses RFC 4180 CSV: quoted fields may contain commas, doubled quotes and
 * line breaks; lines end in CRLF or LF. Blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted)
    throw badInput('The CSV file ends inside a quoted field.', {
      field: 'contentBase64',
    });
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Quotes a CSV field when it contains a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Prefixes an apostrophe to a cell that a spreadsheet would read as a formula
 * (first character = + - @, tab or carriage return), so that Excel and WPS
 * show the text instead of running it (CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Reports whether a cell would run as a formula in a spreadsheet: it starts
 * with = + - or @ and is not a plain number such as -5 or +3.5.
 */
export function isFormulaCell(value: string): boolean {
  const text = value.trimStart();
  return /^[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text.trim());
}

/**
 * Throws FORMULA_CELL for a text face element whose value is a spreadsheet
 * formula, so that an imported licence never carries one into its signed
 * content. Numbers, dates and truth values are checked by their value type.
 */
function assertNoFormulaCells(
  type: LicenceTypeDocument,
  data: Record<string, unknown>,
): void {
  for (const face of type.faceElements) {
    if ((face.valueType ?? 'TEXT') !== 'TEXT') continue;
    const value = data[face.key];
    if (typeof value === 'string' && isFormulaCell(value))
      throw new RowRejected(
        'FORMULA_CELL',
        `data.${face.key}`,
        `Face element ${face.key} (${face.label}) starts with = + - or @, which a spreadsheet runs as a formula; remove the character or correct the cell.`,
      );
  }
}

/** Columns that every import file must have, by any of their aliases. */
const REQUIRED_COLUMNS = [
  'legacyNumber',
  'holderName',
  'holderIdNumber',
  'divisionCode',
  'issuedOn',
] as const;

/**
 * Throws CSV_HEADER_MISSING unless the first row names every required column,
 * because a file without a header would otherwise read its first licence as
 * the header and import nothing.
 */
function assertCsvHeader(header: string[]): void {
  const names = new Set(header.map((h) => h.trim()));
  const missing = REQUIRED_COLUMNS.filter(
    (column) => !FIXED_COLUMNS[column]!.some((alias) => names.has(alias)),
  );
  if (missing.length > 0)
    throw appError(
      ErrorCode.CsvHeaderMissing,
      `The first row of the CSV file is not a header naming the required columns; missing: ${missing
        .map((column) => `${column} (${FIXED_COLUMNS[column]![1]})`)
        .join(', ')}. Add a header row such as the one exportLicences writes.`,
      { field: 'contentBase64', missingColumns: [...missing] },
    );
}

/** Turns CSV rows into objects keyed by the header; a row with more fields than the header is kept for the rejection report. */
function csvRecords(rows: string[][]): Record<string, unknown>[] {
  const [header, ...body] = rows;
  if (!header)
    throw badInput('The CSV file has no header row.', {
      field: 'contentBase64',
    });
  assertCsvHeader(header);
  const names = header.map((h) => h.trim());
  return body.map((fields) => {
    const record: Record<string, unknown> = {};
    names.forEach((name, index) => {
      if (fields[index] !== undefined && fields[index]!.trim() !== '')
        record[name] = fields[index]!.trim();
    });
    if (fields.length > names.length)
      record.__extraFields = fields.length - names.length;
    return record;
  });
}

interface Rejection {
  row: number;
  legacyNumber: string | null;
  code: string;
  field: string | null;
  message: string;
}

class RowRejected extends Error {
  constructor(
    readonly code: string,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

function pick(record: Record<string, unknown>, column: string): string | null {
  for (const alias of FIXED_COLUMNS[column]!) {
    const value = record[alias];
    if (value !== undefined && value !== null && String(value).trim() !== '')
      return String(value).trim();
  }
  return null;
}

function requireColumn(
  record: Record<string, unknown>,
  column: string,
): string {
  const value = pick(record, column);
  if (value === null)
    throw new RowRejected(
      'MISSING_FIELD',
      column,
      `Column ${column} (${FIXED_COLUMNS[column]![1]}) is empty.`,
    );
  return value;
}

/** Start of a YYYY-MM-DD day in Asia/Shanghai, as a UTC instant. */
function shanghaiDayStart(text: string, column: string): Date {
  const end = parseShanghaiDateEnd(text);
  if (!end)
    throw new RowRejected(
      'INVALID_DATE',
      column,
      `Column ${column} must be a date YYYY-MM-DD, but is ${JSON.stringify(text.slice(0, 40))}.`,
    );
  return new Date(end.getTime() - 86400_000);
}

/**
 * Converts a CSV cell to a NUMBER or BOOLEAN element's type, because CSV
 * cells are text. Text that is no number or truth value stays text, so the
 * value-type check rejects the row naming the element.
 */
function typedCell(face: FaceElementDocument, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (face.valueType === 'NUMBER' && /^-?\d+(\.\d+)?$/.test(text))
    return Number(text);
  if (face.valueType === 'BOOLEAN') {
    if (text === 'true' || text === '是') return true;
    if (text === 'false' || text === '否') return false;
  }
  return value;
}

/** Face data of a row: every column named by a face element's key or label, converted to the element's value type. */
function rowFaceData(
  record: Record<string, unknown>,
  type: LicenceTypeDocument,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const face of type.faceElements) {
    const value = record[face.key] ?? record[face.label];
    if (value !== undefined && value !== null && value !== '')
      data[face.key] = typedCell(face, value);
  }
  return data;
}

/** Key of an imported licence's issuance; unique, so a legacy record is imported once. */
export function importIssuanceKey(
  type: LicenceTypeDocument,
  issuerCreditCode: string,
  legacyNumber: string,
): string {
  return `import:${type._id}:${issuerCreditCode}:${legacyNumber}`;
}

export interface ImportInput {
  idempotencyKey: string;
  licenceTypeCode: string;
  departmentCode: string;
  format: 'CSV' | 'JSON';
  contentBase64: string;
}

export interface ImportDependencies {
  models: LicenceModels;
  masterKey: Buffer;
  log: Logger;
  loadLicenceType: (code: string) => Promise<LicenceTypeDocument | null>;
  /** Finds the registered persons of normalised identity numbers in one call; unregistered numbers are absent. */
  lookupRegisteredHolders: (
    idNumbers: readonly string[],
  ) => Promise<Map<string, RegisteredHolder>>;
}

function readRecords(input: ImportInput): {
  records: Record<string, unknown>[];
  encoding: string;
} {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
    throw badInput('contentBase64 is not base64.', { field: 'contentBase64' });
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0)
    throw badInput('The file is empty.', { field: 'contentBase64' });
  if (bytes.length > IMPORT_LIMITS.maxBytes)
    throw badInput(
      `The file has ${bytes.length} bytes; the maximum is ${IMPORT_LIMITS.maxBytes}. Split it into several imports.`,
      { field: 'contentBase64' },
    );
  let records: Record<string, unknown>[];
  let encoding = 'JSON';
  if (input.format === 'CSV') {
    const decoded = decodeCsv(bytes);
    encoding = decoded.encoding;
    records = csvRecords(parseCsv(decoded.text));
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw badInput(`The JSON file is invalid: ${(error as Error).message}`, {
        field: 'contentBase64',
      });
    }
    if (!Array.isArray(parsed))
      throw badInput('The JSON file must contain an array of objects.', {
        field: 'contentBase64',
      });
    records = parsed.map((item) =>
      isPlainObject(item) ? item : { __notAnObject: true },
    );
  }
  if (records.length > IMPORT_LIMITS.maxRows)
    throw badInput(
      `The file has ${records.length} rows; the maximum is ${IMPORT_LIMITS.maxRows}. Split it into several imports.`,
      { field: 'contentBase64' },
    );
  return { records, encoding };
}

/**
 * Imports one row: validated, sealed and inserted under its issuance key.
 * Returns the licence, which is an earlier import of the same legacy record
 * when a previous attempt of this import stored it before failing.
 */
async function importRow(
  deps: ImportDependencies,
  spec: Omit<LicenceSpec, 'issuanceKey'>,
  record: Record<string, unknown>,
  seenNumbers: Set<string>,
  context: {
    type: LicenceTypeDocument;
    issuerCreditCode: string;
    now: Date;
    seal: Parameters<typeof insertWithNextSerial>[3];
    /** Division subtree the importer may import for; null for services. */
    divisionScope: string | null;
    /** Registered persons by normalised identity number, for the rows' numbers. */
    registeredHolders: ReadonlyMap<string, RegisteredHolder>;
  },
): Promise<LicenceDocument> {
  if (record.__notAnObject)
    throw new RowRejected(
      'NOT_AN_OBJECT',
      null,
      'The element is not a JSON object.',
    );
  if (record.__extraFields)
    throw new RowRejected(
      'EXTRA_FIELDS',
      null,
      `The row has ${String(record.__extraFields)} more fields than the header.`,
    );
  const legacyNumber = requireColumn(record, 'legacyNumber');
  if (!/^[\x21-\x7E]{1,64}$/.test(legacyNumber))
    throw new RowRejected(
      'INVALID_LEGACY_NUMBER',
      'legacyNumber',
      'legacyNumber must have 1 to 64 printable ASCII characters.',
    );
  if (seenNumbers.has(legacyNumber))
    throw new RowRejected(
      'DUPLICATE_IN_FILE',
      'legacyNumber',
      `legacyNumber ${legacyNumber} appears on an earlier row of this file.`,
    );
  seenNumbers.add(legacyNumber);

  const holderName = requireColumn(record, 'holderName');
  if (Array.from(holderName).length > 100 || /\p{Cc}/u.test(holderName))
    throw new RowRejected(
      'INVALID_HOLDER_NAME',
      'holderName',
      'holderName must have 1 to 100 characters and no control characters.',
    );
  if (isFormulaCell(holderName))
    throw new RowRejected(
      'FORMULA_CELL',
      'holderName',
      'holderName starts with = + - or @, which a spreadsheet runs as a formula; correct the cell.',
    );
  let holder: ReturnType<typeof classifyHolderIdNumber>;
  try {
    holder = classifyHolderIdNumber(requireColumn(record, 'holderIdNumber'));
  } catch (error) {
    if (error instanceof RowRejected) throw error;
    throw new RowRejected(
      'INVALID_ID_NUMBER',
      'holderIdNumber',
      (error as Error).message,
    );
  }
  // A mistyped number would put the licence, unmasked, into the wallet of the person registered with it.
  const registered = context.registeredHolders.get(holder.idNumber);
  if (
    registered &&
    registered.kind === holder.holderKind &&
    !sameHolderName(registered.name, holderName)
  )
    throw new RowRejected(
      'HOLDER_NAME_MISMATCH',
      'holderName',
      `holderName ${JSON.stringify(holderName)} is not the name registered with holderIdNumber; check both columns.`,
    );
  // A row without holderUserId reaches the holder's wallet through the identity number.
  const holderUserId = pick(record, 'holderUserId');
  if (holderUserId !== null && !/^[\x21-\x7E]{1,100}$/.test(holderUserId))
    throw new RowRejected(
      'INVALID_USER_ID',
      'holderUserId',
      'holderUserId must have 1 to 100 printable ASCII characters.',
    );
  // A wrong user id would put the licence, unmasked, into another user's wallet.
  if (
    holderUserId !== null &&
    (!registered ||
      registered.kind !== holder.holderKind ||
      registered.userId !== holderUserId)
  )
    throw new RowRejected(
      'HOLDER_USER_MISMATCH',
      'holderUserId',
      'holderUserId is not the user registered with holderIdNumber; correct it or leave it empty.',
    );
  const divisionCode = requireColumn(record, 'divisionCode');
  if (!isDivisionCode(divisionCode))
    throw new RowRejected(
      'INVALID_DIVISION',
      'divisionCode',
      `divisionCode ${JSON.stringify(String(divisionCode).slice(0, 20))} is not 2, 4, 6, 9 or 12 digits.`,
    );
  if (
    context.divisionScope &&
    !isWithinDivision(context.divisionScope, divisionCode)
  )
    throw new RowRejected(
      'OUT_OF_JURISDICTION',
      'divisionCode',
      `divisionCode ${divisionCode} lies outside your division ${context.divisionScope}.`,
    );
  const issuedAt = shanghaiDayStart(
    requireColumn(record, 'issuedOn'),
    'issuedOn',
  );
  if (issuedAt.getTime() > context.now.getTime())
    throw new RowRejected(
      'INVALID_DATE',
      'issuedOn',
      'issuedOn lies in the future.',
    );

  let data: Record<string, unknown>;
  let validUntil: Date | null;
  try {
    assertHolderAllowed(context.type, holder.holderKind);
    data = validateFaceData(rowFaceData(record, context.type));
    assertNoFormulaCells(context.type, data);
    assertFaceValueTypes(context.type, data);
    assertRequiredFaceElements(context.type, data);
    const explicit = pick(record, 'validUntil');
    if (explicit !== null) {
      validUntil = parseShanghaiDateEnd(explicit);
      if (!validUntil)
        throw new RowRejected(
          'INVALID_DATE',
          'validUntil',
          `Column validUntil must be a date YYYY-MM-DD, but is ${JSON.stringify(explicit.slice(0, 40))}.`,
        );
      if (validUntil.getTime() <= issuedAt.getTime())
        throw new RowRejected(
          'INVALID_DATE',
          'validUntil',
          'validUntil lies before issuedOn.',
        );
    } else validUntil = validUntilFor(context.type, data, issuedAt);
  } catch (error) {
    if (error instanceof RowRejected) throw error;
    if (!(error instanceof GraphQLError)) throw error;
    const field = (error.extensions.field as string | undefined) ?? null;
    throw new RowRejected(
      'INVALID_FACE_ELEMENT',
      field,
      (error as Error).message,
    );
  }

  const issuanceKey = importIssuanceKey(
    context.type,
    context.issuerCreditCode,
    legacyNumber,
  );
  const existing = await deps.models.Licence.findOne({
    caseId: issuanceKey,
  }).lean<LicenceDocument>();
  if (existing) {
    if (
      existing.holderIdNumber === holder.idNumber &&
      existing.legacyNumber === legacyNumber &&
      (await isFromUnfinishedImport(deps, existing))
    )
      return existing;
    throw new RowRejected(
      'ALREADY_IMPORTED',
      'legacyNumber',
      `legacyNumber ${legacyNumber} was imported before as ${existing.identifier}.`,
    );
  }
  const { licence, replayed } = await insertWithNextSerial(
    deps.models,
    deps.log,
    {
      ...spec,
      holderUserId,
      holderKind: holder.holderKind,
      holderName,
      holderIdNumber: holder.idNumber,
      divisionCode,
      data,
      issuedAt,
      validUntil,
      legacyNumber,
      issuanceKey,
    },
    context.seal,
  );
  if (replayed)
    throw new RowRejected(
      'ALREADY_IMPORTED',
      'legacyNumber',
      `legacyNumber ${legacyNumber} was imported concurrently as ${licence.identifier}.`,
    );
  await recordLicenceEvent(deps.models, deps.log, licence, 'ISSUED');
  return licence;
}

/** Returns the valid, normalised holder identity numbers of the records, each once. */
function holderIdNumbersOf(records: Record<string, unknown>[]): string[] {
  const numbers = new Set<string>();
  for (const record of records) {
    const raw = pick(record, 'holderIdNumber');
    if (raw === null) continue;
    try {
      numbers.add(classifyHolderIdNumber(raw).idNumber);
    } catch {
      // importRow rejects the row with INVALID_ID_NUMBER.
    }
  }
  return [...numbers];
}

/** Reports whether no stored import report lists the licence, so an earlier attempt of the current import stored it. */
async function isFromUnfinishedImport(
  deps: ImportDependencies,
  licence: LicenceDocument,
): Promise<boolean> {
  return !(await deps.models.LicenceImport.exists({
    identifiers: licence.identifier,
  }));
}

/** Returns the stored report of a retried import, or CONFLICT when the key came with another file or target. */
function replayImport(
  earlier: LicenceImportDocument,
  requestHash: string,
  idempotencyKey: string,
): LicenceImportDocument {
  // Reports stored before request hashes existed have none and replay as before.
  if (earlier.requestHash && earlier.requestHash !== requestHash)
    throw reusedIdempotencyKey(idempotencyKey);
  return earlier;
}

/**
 * Imports a legacy file. A retry with the same idempotency key returns the
 * stored report; a retry after a crash re-reads the file, and rows stored by
 * the failed attempt count as imported instead of as duplicates.
 */
export async function importLicences(
  deps: ImportDependencies,
  importer: { userId: string; divisionCode?: string },
  input: ImportInput,
  now = new Date(),
): Promise<LicenceImportDocument> {
  requireIdempotencyKey(input.idempotencyKey);
  const key = `${importer.userId}:${input.idempotencyKey}`;
  const requestHash = hashRequest({
    licenceTypeCode: input.licenceTypeCode,
    departmentCode: input.departmentCode,
    format: input.format,
    contentBase64: input.contentBase64,
  });
  const earlier = await deps.models.LicenceImport.findOne({
    idempotencyKey: key,
  }).lean<LicenceImportDocument>();
  if (earlier) return replayImport(earlier, requestHash, input.idempotencyKey);

  const type = await deps.loadLicenceType(input.licenceTypeCode);
  if (!type)
    throw badInput(
      `licenceTypeCode ${JSON.stringify(input.licenceTypeCode.slice(0, 40))} is not a known licence type.`,
      {
        field: 'licenceTypeCode',
      },
    );
  const department = DEPARTMENTS.find((d) => d.code === input.departmentCode);
  if (!department)
    throw badInput(
      `departmentCode ${JSON.stringify(input.departmentCode.slice(0, 40))} is not a known department.`,
      {
        field: 'departmentCode',
      },
    );
  const { records, encoding } = readRecords(input);
  const seal = await requireActiveSeal(deps.models, department.code, now);
  const registeredHolders = await deps.lookupRegisteredHolders(
    holderIdNumbersOf(records),
  );
  const plan = {
    kind: 'SIGN' as const,
    seal,
    masterKey: deps.masterKey,
    signer: AUTOMATIC_SIGNER,
  };

  const rejections: Rejection[] = [];
  const identifiers: string[] = [];
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const row = index + 1;
    try {
      const licence = await importRow(
        deps,
        {
          type,
          departmentCode: department.code,
          holderUserId: null,
          holderKind: 'PERSON',
          holderName: '',
          holderIdNumber: '',
          divisionCode: '',
          data: {},
          issuedAt: now,
          validUntil: null,
          origin: 'IMPORTED',
          itemId: null,
          legacyNumber: null,
          replaces: null,
          statusReason: null,
        },
        record,
        seen,
        {
          type,
          issuerCreditCode: department.creditCode,
          now,
          seal: plan,
          divisionScope: importer.divisionCode ?? null,
          registeredHolders,
        },
      );
      identifiers.push(licence.identifier);
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      const legacyNumber = pick(record, 'legacyNumber');
      rejections.push({
        row,
        legacyNumber:
          legacyNumber && legacyNumber.length <= 64 ? legacyNumber : null,
        code: error.code,
        field: error.field,
        message: error.message,
      });
    }
  }
  const report: LicenceImportDocument = {
    _id: randomUUID(),
    idempotencyKey: key,
    requestHash,
    licenceTypeCode: type._id,
    departmentCode: department.code,
    importedBy: importer.userId,
    encoding,
    total: records.length,
    imported: identifiers.length,
    identifiers,
    rejections,
    importedAt: now,
  };
  try {
    await deps.models.LicenceImport.create(report);
  } catch (error) {
    const first = await deps.models.LicenceImport.findOne({
      idempotencyKey: key,
    }).lean<LicenceImportDocument>();
    if (first) return replayImport(first, requestHash, input.idempotencyKey);
    throw error;
  }
  deps.log.info(
    {
      importId: report._id,
      typeCode: type._id,
      departmentCode: department.code,
      total: report.total,
      imported: report.imported,
      rejected: rejections.length,
    },
    'imported legacy licences',
  );
  return report;
}

/** Writes licences of one type and department as CSV in UTF-8 with a BOM; the header matches the import's Chinese aliases. */
export async function exportLicences(
  models: LicenceModels,
  type: LicenceTypeDocument,
  departmentCode: string,
  divisionPrefix: string,
  now = new Date(),
): Promise<{
  fileName: string;
  mediaType: string;
  contentBase64: string;
  rows: number;
}> {
  const licences = await models.Licence.find({
    typeCode: type._id,
    departmentCode,
    divisionCode: { $regex: `^${escapeRegExp(divisionPrefix)}` },
  })
    .sort({ issuedAt: 1, _id: 1 })
    .limit(EXPORT_MAX_ROWS)
    .lean<LicenceDocument[]>();
  const faces = orderedFaceElements(type);
  const header = [
    '证照标识',
    '原证照编号',
    '持证人',
    '证件号码',
    '行政区划代码',
    '签发日期',
    '有效期至',
    '状态',
    ...faces.map((f) => f.label),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const licence of licences) {
    const fields = [
      licence.identifier,
      licence.legacyNumber ?? '',
      licence.holderName,
      licence.holderIdNumber,
      licence.divisionCode,
      shanghaiDate(licence.issuedAt),
      licence.validUntil
        ? shanghaiDate(new Date(licence.validUntil.getTime() - 1))
        : '',
      effectiveStatus(licence, now),
      ...faces.map(
        (f) => faceElementText(faceElementValue(licence.data, f.key)) ?? '',
      ),
    ];
    lines.push(
      fields.map((field) => csvField(neutraliseFormula(field))).join(','),
    );
  }
  const content = Buffer.concat([
    BOM,
    Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
  ]);
  return {
    fileName: `licences-${type._id}-${departmentCode}-${shanghaiDate(now)}.csv`,
    mediaType: 'text/csv; charset=utf-8',
    contentBase64: content.toString('base64'),
    rows: licences.length,
  };
}
