import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  DEMO_ACCOUNTS,
  demoUserId,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { decodeCsv, neutraliseFormula, parseCsv } from '../src/legacyImport.js';
import { businessLicence, citizen, startLicenses } from './fixtures.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  subgraph = await startLicenses();
  // Most tests here import rows with few face elements, so no element of the type is required.
  const type = await subgraph.connection
    .collection('licence_types')
    .findOne({ _id: businessLicence.code as never });
  await subgraph.connection.collection('licence_types').updateOne(
    { _id: businessLicence.code as never },
    {
      $set: {
        faceElements: (type!.faceElements as { required: boolean }[]).map(
          (face) => ({ ...face, required: false }),
        ),
      },
    },
  );
});

afterAll(async () => {
  await subgraph?.close();
});

const IMPORT = `mutation($input: ImportLicencesInput!) {
  importLicences(input: $input) {
    id encoding total imported identifiers
    rejections { row legacyNumber code field message }
  }
}`;
const EXPORT = `query($type: String!, $department: String!) {
  exportLicences(licenceTypeCode: $type, departmentCode: $department) { fileName mediaType contentBase64 rows }
}`;

const officer = viewerOf([Role.LicenceOfficer], {
  name: '李发证',
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

/** A valid unified social credit code of a company, with its GB 32100 check character. */
const COMPANY_CODE = `92500238MA0000001${creditCodeCheckChar('92500238MA0000001')}`;

function uniqueNumber(): string {
  return `YX-${randomBytes(4).toString('hex')}`;
}

function importAs(
  viewer: Parameters<typeof graphql>[3],
  content: Buffer,
  format: 'CSV' | 'JSON',
  idempotencyKey = `imp-${randomBytes(6).toString('hex')}`,
) {
  return graphql(
    subgraph.url,
    IMPORT,
    {
      input: {
        idempotencyKey,
        licenceTypeCode: businessLicence.code,
        departmentCode: 'CQ-SCJG',
        format,
        contentBase64: content.toString('base64'),
      },
    },
    viewer,
  );
}

function csv(lines: string[]): string {
  return lines.join('\r\n') + '\r\n';
}

describe('CSV decoding', () => {
  it('reads GB18030 without a BOM', () => {
    const bytes = iconv.encode(
      '持证人,名称\r\n张三,城北村小吃店\r\n',
      'gb18030',
    );
    expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    expect(decodeCsv(bytes)).toEqual({
      text: '持证人,名称\r\n张三,城北村小吃店\r\n',
      encoding: 'GB18030',
    });
  });

  it('reads UTF-8 with and without a BOM', () => {
    const text = '持证人\n张三\n';
    expect(decodeCsv(Buffer.from(text, 'utf8')).encoding).toBe('UTF-8');
    const withBom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text, 'utf8'),
    ]);
    expect(decodeCsv(withBom)).toEqual({ text, encoding: 'UTF-8' });
  });

  it('neutralises formula cells only', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+86')).toBe("'+86");
    expect(neutraliseFormula('-5')).toBe("'-5");
    expect(neutraliseFormula('@A1')).toBe("'@A1");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('\rx')).toBe("'\rx");
    expect(neutraliseFormula('城北村=1')).toBe('城北村=1');
    expect(neutraliseFormula('')).toBe('');
  });

  it('parses quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
});

describe('importLicences', () => {
  it('imports good rows and reports each bad one', async () => {
    const good = uniqueNumber();
    const good2 = uniqueNumber();
    const content = Buffer.from(
      csv([
        '原证照编号,持证人,证件号码,行政区划代码,签发日期,有效期至,名称,法定代表人,住所',
        `${good},城北村小吃店,${COMPANY_CODE},500238100205,2019-03-01,,城北村小吃店,${citizen.name},重庆市巫溪县城厢镇`,
        `${good2},${citizen.name},${citizen.idCardNumber},500238,2020-06-30,2030-06-29,个体户张三,,`,
        `,无编号,${COMPANY_CODE},500238,2019-03-01,,,,`,
        `${uniqueNumber()},坏证件号,110105194912310021,500238,2019-03-01,,,,`,
        `${uniqueNumber()},坏日期,${COMPANY_CODE},500238,2019-02-30,,,,`,
        `${uniqueNumber()},坏区划,${COMPANY_CODE},50023,2019-03-01,,,,`,
        `${uniqueNumber()},外区县,${COMPANY_CODE},500101,2019-03-01,,,,`,
        `${good},重复,${COMPANY_CODE},500238,2019-03-01,,,,`,
        `${uniqueNumber()},过期早于签发,${COMPANY_CODE},500238,2019-03-01,2018-01-01,,,`,
      ]),
      'utf8',
    );
    const result = await importAs(officer, content, 'CSV');
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLicences;
    expect(report.encoding).toBe('UTF-8');
    expect(report.total).toBe(9);
    expect(report.imported).toBe(2);
    expect(report.identifiers).toHaveLength(2);
    expect(
      report.rejections.map(
        (r: { row: number; code: string; field: string }) => [
          r.row,
          r.code,
          r.field,
        ],
      ),
    ).toEqual([
      [3, 'MISSING_FIELD', 'legacyNumber'],
      [4, 'INVALID_ID_NUMBER', 'holderIdNumber'],
      [5, 'INVALID_DATE', 'issuedOn'],
      [6, 'INVALID_DIVISION', 'divisionCode'],
      [7, 'OUT_OF_JURISDICTION', 'divisionCode'],
      [8, 'DUPLICATE_IN_FILE', 'legacyNumber'],
      [9, 'INVALID_DATE', 'validUntil'],
    ]);
    for (const rejection of report.rejections)
      expect(rejection.message.length).toBeGreaterThan(10);

    const first = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { authentic status issuedAt validUntil } }',
      { i: report.identifiers[0] },
    );
    expect(first.data!.verifyLicence).toEqual({
      authentic: true,
      status: 'VALID',
      issuedAt: '2019-02-28T16:00:00.000Z',
      validUntil: null,
    });
    const second = await graphql(
      subgraph.url,
      'query($i: String!) { verifyLicence(identifier: $i) { authentic validUntil } }',
      { i: report.identifiers[1] },
    );
    expect(second.data!.verifyLicence).toEqual({
      authentic: true,
      validUntil: '2030-06-29T16:00:00.000Z',
    });
    expect(report.identifiers[0]).toMatch(/\.2019\d{7}\.001\.[0-9A-Z]$/);

    const stored = await subgraph.connection
      .db!.collection('licences')
      .findOne({ identifier: report.identifiers[0] });
    expect(stored).toMatchObject({
      origin: 'IMPORTED',
      legacyNumber: good,
      holderKind: 'LEGAL_PERSON',
      data: {
        businessName: '城北村小吃店',
        legalRepresentative: citizen.name,
        premisesAddress: '重庆市巫溪县城厢镇',
      },
    });
    expect(stored!.signature.value).toBeTruthy();
  });

  it('reports a face element of the wrong value type', async () => {
    const good = uniqueNumber();
    const text = uniqueNumber();
    const number = uniqueNumber();
    const content = Buffer.from(
      csv([
        '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称,注册资本（万元）',
        `${good},城北村小吃店,${COMPANY_CODE},500238,2019-03-01,城北村小吃店,100.5`,
        `${text},城南小吃店,${COMPANY_CODE},500238,2019-03-01,城南小吃店,一百万`,
        `${number},城西小吃店,${COMPANY_CODE},500238,2019-03-01,城西小吃店,`,
      ]),
      'utf8',
    );
    const result = await importAs(officer, content, 'CSV');
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLicences;
    expect(report.imported).toBe(2);
    expect(report.rejections).toEqual([
      expect.objectContaining({
        row: 2,
        legacyNumber: text,
        code: 'INVALID_FACE_ELEMENT',
        field: 'data.registeredCapital',
      }),
    ]);
    const stored = await subgraph.connection
      .db!.collection('licences')
      .findOne({ legacyNumber: good });
    expect(stored!.data.registeredCapital).toBe(100.5);

    const json = await importAs(
      officer,
      Buffer.from(
        JSON.stringify([
          {
            legacyNumber: uniqueNumber(),
            holderName: '城北村小吃店',
            holderIdNumber: COMPANY_CODE,
            divisionCode: '500238',
            issuedOn: '2021-01-04',
            businessName: 42,
          },
        ]),
        'utf8',
      ),
      'JSON',
    );
    expect(json.errors).toBeUndefined();
    expect(json.data!.importLicences.rejections).toEqual([
      expect.objectContaining({
        row: 1,
        code: 'INVALID_FACE_ELEMENT',
        field: 'data.businessName',
      }),
    ]);
  });

  it('imports a GB18030 CSV saved by Chinese Excel', async () => {
    const number = uniqueNumber();
    const text = csv([
      '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称,住所',
      `${number},城北村小吃店,${COMPANY_CODE},500238100205,2018-11-20,城北村小吃店,重庆市巫溪县城厢镇城北村3组`,
    ]);
    const result = await importAs(
      officer,
      iconv.encode(text, 'gb18030'),
      'CSV',
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.importLicences;
    expect(report.encoding).toBe('GB18030');
    expect(report.rejections).toEqual([]);
    expect(report.imported).toBe(1);
    const stored = await subgraph.connection
      .db!.collection('licences')
      .findOne({ identifier: report.identifiers[0] });
    expect(stored!.holderName).toBe('城北村小吃店');
    expect(stored!.data).toEqual({
      businessName: '城北村小吃店',
      premisesAddress: '重庆市巫溪县城厢镇城北村3组',
    });
  });

  it('imports JSON and reports a non-object element', async () => {
    const number = uniqueNumber();
    const content = Buffer.from(
      JSON.stringify([
        {
          legacyNumber: number,
          holderName: '城北村小吃店',
          holderIdNumber: COMPANY_CODE,
          divisionCode: '500238',
          issuedOn: '2021-01-04',
          businessName: '城北村小吃店',
        },
        'not an object',
      ]),
      'utf8',
    );
    const result = await importAs(officer, content, 'JSON');
    expect(result.errors).toBeUndefined();
    expect(result.data!.importLicences.imported).toBe(1);
    expect(result.data!.importLicences.rejections).toEqual([
      expect.objectContaining({ row: 2, code: 'NOT_AN_OBJECT' }),
    ]);
  });

  it('returns the first report on a retry and rejects a re-import', async () => {
    const number = uniqueNumber();
    const content = Buffer.from(
      csv([
        '原证照编号,持证人,证件号码,行政区划代码,签发日期',
        `${number},城北村小吃店,${COMPANY_CODE},500238,2019-03-01`,
      ]),
      'utf8',
    );
    const key = `imp-${randomBytes(6).toString('hex')}`;
    const first = await importAs(officer, content, 'CSV', key);
    const retry = await importAs(officer, content, 'CSV', key);
    expect(retry.data!.importLicences).toEqual(first.data!.importLicences);
    const again = await importAs(officer, content, 'CSV');
    expect(again.data!.importLicences.imported).toBe(0);
    expect(again.data!.importLicences.rejections).toEqual([
      expect.objectContaining({
        row: 1,
        code: 'ALREADY_IMPORTED',
        legacyNumber: number,
      }),
    ]);
    const count = await subgraph.connection
      .db!.collection('licences')
      .countDocuments({ legacyNumber: number });
    expect(count).toBe(1);
  });

  it('rejects a reused key with another file', async () => {
    const key = `imp-${randomBytes(6).toString('hex')}`;
    const header = '原证照编号,持证人,证件号码,行政区划代码,签发日期';
    const first = await importAs(
      officer,
      Buffer.from(
        csv([
          header,
          `${uniqueNumber()},甲店,${COMPANY_CODE},500238,2019-03-01`,
        ]),
        'utf8',
      ),
      'CSV',
      key,
    );
    expect(first.errors).toBeUndefined();
    const otherNumber = uniqueNumber();
    const reused = await importAs(
      officer,
      Buffer.from(
        csv([header, `${otherNumber},乙店,${COMPANY_CODE},500238,2019-03-01`]),
        'utf8',
      ),
      'CSV',
      key,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(reused.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
    const stored = await subgraph.connection
      .db!.collection('licences')
      .countDocuments({ legacyNumber: otherNumber });
    expect(stored).toBe(0);
  });

  it('rejects a CSV without a header row', async () => {
    const number = uniqueNumber();
    const result = await importAs(
      officer,
      Buffer.from(
        csv([
          `${number},城北村小吃店,${COMPANY_CODE},500238,2019-03-01`,
          `${uniqueNumber()},城南小吃店,${COMPANY_CODE},500238,2019-03-02`,
        ]),
        'utf8',
      ),
      'CSV',
    );
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('CSV_HEADER_MISSING');
    expect(error?.extensions?.missingColumns).toEqual([
      'legacyNumber',
      'holderName',
      'holderIdNumber',
      'divisionCode',
      'issuedOn',
    ]);
    expect(error?.message).toContain('legacyNumber (原证照编号)');
    expect(error?.message).toContain('issuedOn (签发日期)');
    const stored = await subgraph.connection
      .db!.collection('licence_imports')
      .countDocuments({ total: 0, importedBy: officer.userId });
    expect(stored).toBe(0);
  });

  it('names only the missing columns of a header', async () => {
    const result = await importAs(
      officer,
      Buffer.from(
        csv([
          '原证照编号,持证人,证件号码,签发日期',
          `${uniqueNumber()},城北村小吃店,${COMPANY_CODE},2019-03-01`,
        ]),
        'utf8',
      ),
      'CSV',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CSV_HEADER_MISSING');
    expect(result.errors?.[0]?.extensions?.missingColumns).toEqual([
      'divisionCode',
    ]);
  });

  it('rejects a file that is not a table', async () => {
    const result = await importAs(
      officer,
      Buffer.from('{"a":1}', 'utf8'),
      'JSON',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const quoted = await importAs(
      officer,
      Buffer.from('a,b\n"open', 'utf8'),
      'CSV',
    );
    expect(quoted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a department outside jurisdiction', async () => {
    const stranger = viewerOf([Role.LicenceOfficer], {
      divisionCode: '500238',
      departmentCode: 'CQ-GA',
    });
    const result = await importAs(
      stranger,
      Buffer.from('a\n1\n', 'utf8'),
      'CSV',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("refuses another department's licence type under the importer's own seal", async () => {
    const gaOfficer = viewerOf([Role.LicenceOfficer], {
      divisionCode: '50',
      departmentCode: 'CQ-GA',
    });
    const result = await graphql(
      subgraph.url,
      IMPORT,
      {
        input: {
          idempotencyKey: `imp-${randomBytes(6).toString('hex')}`,
          licenceTypeCode: businessLicence.code,
          departmentCode: 'CQ-GA',
          format: 'CSV',
          contentBase64: Buffer.from('a\n1\n', 'utf8').toString('base64'),
        },
      },
      gaOfficer,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('CQ-SCJG');
  });

  it('refuses citizens', async () => {
    const result = await importAs(
      viewerOf([Role.Citizen]),
      Buffer.from('a\n1\n', 'utf8'),
      'CSV',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('exportLicences', () => {
  it('writes UTF-8 with a BOM that imports back', async () => {
    const number = uniqueNumber();
    await importAs(
      officer,
      Buffer.from(
        csv([
          '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称',
          `${number},"城北村小吃店, 二店",${COMPANY_CODE},500238,2019-03-01,"城北村小吃店, 二店"`,
        ]),
        'utf8',
      ),
      'CSV',
    );
    const result = await graphql(
      subgraph.url,
      EXPORT,
      { type: businessLicence.code, department: 'CQ-SCJG' },
      officer,
    );
    expect(result.errors).toBeUndefined();
    const file = result.data!.exportLicences;
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parseCsv(decodeCsv(bytes).text);
    expect(rows[0]!.slice(0, 8)).toEqual([
      '证照标识',
      '原证照编号',
      '持证人',
      '证件号码',
      '行政区划代码',
      '签发日期',
      '有效期至',
      '状态',
    ]);
    const row = rows.find((r) => r[1] === number)!;
    expect(row[2]).toBe('城北村小吃店, 二店');
    expect(row[5]).toBe('2019-03-01');
    expect(file.rows).toBe(rows.length - 1);
  });

  const payloads = [
    '=HYPERLINK("http://127.0.0.1/","x")',
    '+1+2',
    '-3+4',
    '@SUM(A1)',
    "=cmd|' /C calc'!A0",
  ];
  const formulaColumns: [label: string, key: string][] = [
    ['名称', 'businessName'],
    ['法定代表人', 'legalRepresentative'],
    ['住所', 'premisesAddress'],
    ['经营范围', 'businessScope'],
    ['事项名称', 'itemName'],
  ];

  it('rejects formula cells on import', async () => {
    const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const numbers = Array.from({ length: 8 }, () => uniqueNumber());
    const row = (index: number, holder: string, cells: string[]) =>
      [numbers[index]!, holder, COMPANY_CODE, '500238', '2019-03-01', ...cells]
        .map(quoted)
        .join(',');
    const plain = ['城北村小吃店', '刘一', '巫溪县城厢镇', '小吃服务', '登记'];
    const result = await importAs(
      officer,
      Buffer.from(
        csv([
          `原证照编号,持证人,证件号码,行政区划代码,签发日期,${formulaColumns.map(([label]) => label).join(',')},注册资本（万元）`,
          row(0, '=1+1', [...plain, '10']),
          ...payloads.map((payload, index) =>
            row(index + 1, '城北村小吃店', [
              ...plain.map((cell, column) =>
                column === index ? payload : cell,
              ),
              '10',
            ]),
          ),
          // A plain negative number is no formula, in a number or a text element.
          row(6, '城北村小吃店', ['-5', ...plain.slice(1), '-5']),
          row(7, '@城北村小吃店', [...plain, '10']),
        ]),
        'utf8',
      ),
      'CSV',
    );

    expect(result.errors).toBeUndefined();
    const report = result.data!.importLicences;
    expect(report.imported).toBe(1);
    expect(
      report.rejections.map(
        (r: { row: number; code: string; field: string }) => [
          r.row,
          r.code,
          r.field,
        ],
      ),
    ).toEqual([
      [1, 'FORMULA_CELL', 'holderName'],
      ...formulaColumns.map(([, key], index) => [
        index + 2,
        'FORMULA_CELL',
        `data.${key}`,
      ]),
      [8, 'FORMULA_CELL', 'holderName'],
    ]);

    const stored = await subgraph.connection
      .collection('licences')
      .findOne({ legacyNumber: numbers[6] });
    expect(stored!.data.businessName).toBe('-5');
    expect(stored!.data.registeredCapital).toBe(-5);
  });

  it('neutralises spreadsheet formulas in exported cells', async () => {
    const number = uniqueNumber();
    const imported = await importAs(
      officer,
      Buffer.from(
        csv([
          `原证照编号,持证人,证件号码,行政区划代码,签发日期,${formulaColumns.map(([label]) => label).join(',')}`,
          [
            number,
            '城北村小吃店',
            COMPANY_CODE,
            '500238',
            '2019-03-01',
            '城北村小吃店',
            '刘一',
            '巫溪县城厢镇',
            '小吃服务',
            '登记',
          ].join(','),
        ]),
        'utf8',
      ),
      'CSV',
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importLicences.imported).toBe(1);
    // Licences stored before the import rejected formula cells may still hold them.
    await subgraph.connection.collection('licences').updateOne(
      { legacyNumber: number },
      {
        $set: {
          holderName: '=1+1',
          data: Object.fromEntries(
            formulaColumns.map(([, key], index) => [key, payloads[index]]),
          ),
        },
      },
    );

    const result = await graphql(
      subgraph.url,
      EXPORT,
      { type: businessLicence.code, department: 'CQ-SCJG' },
      officer,
    );
    const bytes = Buffer.from(
      result.data!.exportLicences.contentBase64,
      'base64',
    );
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');

    const rows = parseCsv(decodeCsv(bytes).text);
    const header = rows[0]!;
    const row = rows.find((r) => r[1] === number)!;
    expect(row[2]).toBe("'=1+1");
    for (const [index, [label]] of formulaColumns.entries()) {
      const column = header.indexOf(label);
      expect(column, label).toBeGreaterThan(7);
      expect(row[column], label).toBe(`'${payloads[index]}`);
    }
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('holder names on import', () => {
  const demoCitizen = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
  const demoCompany = DEMO_ACCOUNTS.find((a) => a.account === 'company.demo')!;

  it('rejects a name not registered with the number', async () => {
    const numbers = Array.from({ length: 5 }, () => uniqueNumber());
    const result = await importAs(
      officer,
      Buffer.from(
        csv([
          '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称',
          `${numbers[0]},李四,${demoCitizen.idCardNumber},500238,2019-03-01,李四小吃店`,
          `${numbers[1]},${demoCitizen.name},${demoCitizen.idCardNumber!.toLowerCase()},500238,2019-03-01,张三小吃店`,
          `${numbers[2]},城北村小吃店,${demoCompany.creditCode},500238,2019-03-01,城北村小吃店`,
          // White space does not make another name.
          `${numbers[3]},${demoCompany.name.replace('科技', ' 科技 ')},${demoCompany.creditCode},500238,2019-03-01,山城科技`,
          // No user is registered with this number, so no name is checked.
          `${numbers[4]},孙五,${COMPANY_CODE},500238,2019-03-01,孙五小吃店`,
        ]),
        'utf8',
      ),
      'CSV',
    );

    expect(result.errors).toBeUndefined();
    const report = result.data!.importLicences;
    expect(
      report.rejections.map(
        (r: { row: number; code: string; field: string }) => [
          r.row,
          r.code,
          r.field,
        ],
      ),
    ).toEqual([
      [1, 'HOLDER_NAME_MISMATCH', 'holderName'],
      [3, 'HOLDER_NAME_MISMATCH', 'holderName'],
    ]);
    // The message does not reveal the registered name.
    for (const rejection of report.rejections)
      expect(rejection.message).not.toContain(demoCitizen.name);
    expect(report.imported).toBe(3);

    const licences = subgraph.connection.collection('licences');
    expect(await licences.countDocuments({ legacyNumber: numbers[0] })).toBe(0);
    expect(await licences.countDocuments({ legacyNumber: numbers[2] })).toBe(0);
    expect(await licences.countDocuments({ legacyNumber: numbers[1] })).toBe(1);
  });

  it('rejects a user id not registered with the number', async () => {
    const numbers = Array.from({ length: 3 }, () => uniqueNumber());
    const result = await importAs(
      officer,
      Buffer.from(
        csv([
          '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称,用户编号',
          // The citizen's own user id: imported.
          `${numbers[0]},${demoCitizen.name},${demoCitizen.idCardNumber},500238,2019-03-01,张三小吃店,${demoUserId(demoCitizen.account)}`,
          // The company's user id on the citizen's licence.
          `${numbers[1]},${demoCitizen.name},${demoCitizen.idCardNumber},500238,2019-03-01,张三小吃店,${demoUserId(demoCompany.account)}`,
          // No user is registered with this number, so no user id fits it.
          `${numbers[2]},孙五,${COMPANY_CODE},500238,2019-03-01,孙五小吃店,${demoUserId(demoCitizen.account)}`,
        ]),
        'utf8',
      ),
      'CSV',
    );

    expect(result.errors).toBeUndefined();
    const report = result.data!.importLicences;
    expect(
      report.rejections.map(
        (r: { row: number; code: string; field: string }) => [
          r.row,
          r.code,
          r.field,
        ],
      ),
    ).toEqual([
      [2, 'HOLDER_USER_MISMATCH', 'holderUserId'],
      [3, 'HOLDER_USER_MISMATCH', 'holderUserId'],
    ]);
    expect(report.imported).toBe(1);
    const licences = subgraph.connection.collection('licences');
    expect(await licences.countDocuments({ legacyNumber: numbers[1] })).toBe(0);
    expect(await licences.countDocuments({ legacyNumber: numbers[2] })).toBe(0);
  });

  it('rejects the file when identity is unreachable', async () => {
    const number = uniqueNumber();
    const saved = process.env.YKB_IDENTITY_URL;
    process.env.YKB_IDENTITY_URL = 'http://127.0.0.1:9/graphql';
    try {
      const result = await importAs(
        officer,
        Buffer.from(
          csv([
            '原证照编号,持证人,证件号码,行政区划代码,签发日期,名称',
            `${number},城北村小吃店,${COMPANY_CODE},500238,2019-03-01,城北村小吃店`,
          ]),
          'utf8',
        ),
        'CSV',
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    } finally {
      process.env.YKB_IDENTITY_URL = saved;
    }
    const licences = subgraph.connection.collection('licences');
    expect(await licences.countDocuments({ legacyNumber: number })).toBe(0);
  });
});
