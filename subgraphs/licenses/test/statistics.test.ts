import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'mongoose';
import { connectDatabase, Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { businessLicence, foodLicence, startLicenses } from './fixtures.js';

// Licences and use records are written straight into the database; every
// expected number was worked out by hand from them.

const BUSINESS = businessLicence.code;
const FOOD = foodLicence.code;

function licence(
  id: string,
  typeCode: string,
  divisionCode: string,
  issuedAt: string,
) {
  return {
    _id: id,
    identifier: `stat-${id}`,
    identifierBase: `stat-${id}`,
    serial: `2026${id}`,
    version: 0,
    typeCode,
    holderUserId: `holder-${id}`,
    holderKind: 'NATURAL_PERSON',
    holderName: '王某某',
    holderIdNumber: '500238199001011234',
    departmentCode: 'CQ-SCJG',
    issuerCreditCode: '11500000MB1234567X',
    divisionCode,
    caseId: `case-${id}`,
    itemId: null,
    data: {},
    issuedAt: new Date(issuedAt),
    validUntil: null,
    status: 'VALID',
    signature: null,
  };
}

function use(
  id: string,
  licenceId: string | null,
  purpose: 'MATERIAL_EXEMPTION' | 'INFORMATION_CHECK',
  usedAt: string,
  copied?: { typeCode: string; divisionCode: string },
) {
  return {
    _id: id,
    idempotencyKey: `key-${id}`,
    licenceId,
    identifier: `stat-${licenceId}`,
    holderUserId: null,
    purpose,
    userKind: 'LOCAL_STAFF',
    caseId: null,
    caseReference: 'N-1',
    userId: 'u-clerk',
    userName: '张窗口',
    organisation: '市场监管局',
    elements: [],
    usedAt: new Date(usedAt),
    ...(copied ? { ...copied, departmentCode: 'CQ-SCJG' } : {}),
  };
}

const LICENCES = [
  licence('l1', BUSINESS, '500238', '2026-04-15T02:00:00Z'),
  licence('l2', BUSINESS, '500103', '2026-05-10T02:00:00Z'),
  // 00:30 on 1 May in Asia/Shanghai.
  licence('l3', FOOD, '500238', '2026-04-30T16:30:00Z'),
  // 23:00 on 31 March in Asia/Shanghai: before the period.
  licence('l4', FOOD, '500238', '2026-03-31T15:00:00Z'),
];

const USES = [
  // Stored before licence fields were copied: the query fills them in.
  use('u1', 'l1', 'MATERIAL_EXEMPTION', '2026-04-20T02:00:00Z'),
  use('u2', 'l1', 'INFORMATION_CHECK', '2026-05-02T02:00:00Z', {
    typeCode: BUSINESS,
    divisionCode: '500238',
  }),
  use('u3', 'l4', 'MATERIAL_EXEMPTION', '2026-05-15T02:00:00Z', {
    typeCode: FOOD,
    divisionCode: '500238',
  }),
  // Another region's licence: not counted.
  use('u4', null, 'INFORMATION_CHECK', '2026-05-03T02:00:00Z'),
  // 08:00 on 1 June in Asia/Shanghai: after the period.
  use('u5', 'l2', 'INFORMATION_CHECK', '2026-06-01T00:00:00Z', {
    typeCode: BUSINESS,
    divisionCode: '500103',
  }),
];

const FIGURES = 'issued used usedForMaterialExemption';
const STATISTICS = `query($filter: StatisticsFilter!) { licenceStatistics(filter: $filter) {
  from to division { code } departmentCode
  total { ${FIGURES} }
  byType { type { code } ${FIGURES} }
  byDepartment { departmentCode ${FIGURES} }
  byDivision { division { code } ${FIGURES} }
  byMonth { month ${FIGURES} }
} }`;
const PERIOD = { from: '2026-04-01', to: '2026-05-31' };

const cityAnalyst = viewerOf([Role.Analyst], { divisionCode: '50' });
const wuxiAdmin = viewerOf([Role.Admin], { divisionCode: '500238' });
const civilAffairsSupervisor = viewerOf([Role.Supervisor], {
  divisionCode: '50',
  departmentCode: 'CQ-MZ',
});
const licenceOfficer = viewerOf([Role.LicenceOfficer], {
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

let subgraph: RunningSubgraph;
let connection: Connection;

beforeAll(async () => {
  subgraph = await startLicenses();
  connection = await connectDatabase('licenses');
  await connection.db!.collection('licences').insertMany(LICENCES as never[]);
  await connection.db!.collection('licence_uses').insertMany(USES as never[]);
});

afterAll(async () => {
  await connection?.close();
  await subgraph?.close();
});

async function statistics(
  viewer: ReturnType<typeof viewerOf>,
  filter: Record<string, unknown>,
) {
  const result = await graphql(subgraph.url, STATISTICS, { filter }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.licenceStatistics;
}

describe('licenceStatistics', () => {
  it('counts the city by type, department, division and month', async () => {
    const stats = await statistics(cityAnalyst, PERIOD);
    expect(stats.total).toEqual({
      issued: 3,
      used: 3,
      usedForMaterialExemption: 2,
    });
    const byType = [
      {
        type: { code: BUSINESS },
        issued: 2,
        used: 2,
        usedForMaterialExemption: 1,
      },
      { type: { code: FOOD }, issued: 1, used: 1, usedForMaterialExemption: 1 },
    ].sort((a, b) => (a.type.code < b.type.code ? -1 : 1));
    expect(stats.byType).toEqual(byType);
    expect(stats.byDepartment).toEqual([
      {
        departmentCode: 'CQ-SCJG',
        issued: 3,
        used: 3,
        usedForMaterialExemption: 2,
      },
    ]);
    expect(stats.byDivision).toEqual([
      {
        division: { code: '5001' },
        issued: 1,
        used: 0,
        usedForMaterialExemption: 0,
      },
      {
        division: { code: '5002' },
        issued: 2,
        used: 3,
        usedForMaterialExemption: 2,
      },
    ]);
    expect(stats.byMonth).toEqual([
      { month: '2026-04', issued: 1, used: 1, usedForMaterialExemption: 1 },
      { month: '2026-05', issued: 2, used: 2, usedForMaterialExemption: 1 },
    ]);
  });

  it('copies licence fields onto older uses', async () => {
    const stored = await connection
      .db!.collection('licence_uses')
      .findOne({ _id: 'u1' as never });
    expect(stored?.typeCode).toBe(BUSINESS);
    expect(stored?.divisionCode).toBe('500238');
    expect(stored?.departmentCode).toBe('CQ-SCJG');
  });

  it('bounds a county administrator to the county', async () => {
    const stats = await statistics(wuxiAdmin, PERIOD);
    expect(stats.division).toEqual({ code: '500238' });
    expect(stats.total).toEqual({
      issued: 2,
      used: 3,
      usedForMaterialExemption: 2,
    });
  });

  it('bounds a departmental supervisor to the department', async () => {
    const stats = await statistics(civilAffairsSupervisor, PERIOD);
    expect(stats.departmentCode).toBe('CQ-MZ');
    expect(stats.total).toEqual({
      issued: 0,
      used: 0,
      usedForMaterialExemption: 0,
    });
  });

  it('rejects licence officers', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: PERIOD },
      licenceOfficer,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a division outside the jurisdiction', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...PERIOD, divisionCode: '500103' } },
      wuxiAdmin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects an unknown department', async () => {
    const result = await graphql(
      subgraph.url,
      STATISTICS,
      { filter: { ...PERIOD, departmentCode: 'NOPE' } },
      cityAnalyst,
    );
    expect(result.data?.licenceStatistics ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('filter.departmentCode');
    expect(result.errors?.[0]?.message).toContain('NOPE');
  });
});
