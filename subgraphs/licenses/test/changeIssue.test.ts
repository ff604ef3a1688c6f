import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '@ykb/common';
import {
  businessLicence,
  issueAsSystem,
  issueInput,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;

beforeAll(async () => {
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
});

/** A holder user id of its own, so each test sees only its licences. */
function freshHolder(): string {
  return `holder-${randomBytes(6).toString('hex')}`;
}

/** The form of a 个体工商户设立登记 case. */
const registrationForm = {
  businessName: '城北村小吃店',
  entityType: '个体工商户（个人经营）',
  legalRepresentative: '张三',
  businessScope: '小吃服务',
  premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
  contactMobile: '13800138000',
};

/** Input of a 个体工商户设立登记 case: the form's fields beside the case number and item name, as the cases subgraph sends them. */
function registration(holderUserId: string) {
  return issueInput({
    holderUserId,
    licenceTypeCode: businessLicence.code,
    data: {
      ...registrationForm,
      caseNumber: 'SCJG-2026-0001',
      itemName: '个体工商户设立登记',
    },
  });
}

/** Input of a 个体工商户变更登记 case changing the business scope. */
function changeRegistration(
  holderUserId: string,
  formData: Record<string, unknown> = {
    changeItem: '经营范围',
    businessScope: '小吃服务；预包装食品销售',
  },
): Record<string, unknown> {
  return {
    ...issueInput({
      holderUserId,
      licenceTypeCode: businessLicence.code,
      data: {
        ...formData,
        caseNumber: 'SCJG-2026-0002',
        itemName: '个体工商户变更登记',
      },
    }),
    changesCurrent: true,
  };
}

function licences(filter: Record<string, unknown>) {
  return subgraph.connection
    .model('Licence')
    .find(filter)
    .sort({ version: 1 })
    .lean<
      {
        identifier: string;
        identifierBase: string;
        serial: string;
        version: number;
        status: string;
        replacedBy: string | null;
        caseId: string;
        data: Record<string, unknown>;
        signature: unknown;
        changedElements?: string[];
      }[]
    >();
}

describe('issueLicence for a change item', () => {
  it('issues merged next version', async () => {
    const holder = freshHolder();
    const first = await issueAsSystem(subgraph.url, registration(holder));
    expect(first.errors).toBeUndefined();
    const original = first.data!.issueLicence;

    const input = changeRegistration(holder);
    const changed = await issueAsSystem(subgraph.url, input);
    expect(changed.errors).toBeUndefined();
    const version = changed.data!.issueLicence;
    expect(version.version).toBe(2);
    expect(version.identifier.split('.').slice(0, 8)).toEqual(
      original.identifier.split('.').slice(0, 8),
    );
    expect(version.identifier.split('.')[8]).toBe('002');
    expect(version.status).toBe('VALID');
    expect(version.signature.sealName).toBe('重庆市市场监督管理局电子公章');

    const stored = await licences({
      holderUserId: holder,
      typeCode: businessLicence.code,
    });
    expect(stored.map((l) => [l.version, l.status])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'VALID'],
    ]);
    expect(stored[0]!.replacedBy).toBe(version.identifier);
    expect(stored[1]!.caseId).toBe(input.caseId);
    expect(stored[1]!.signature).toMatchObject({
      value: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
    });
    expect(stored[1]!.identifierBase.slice(0, -4)).toBe(
      stored[0]!.identifierBase.slice(0, -4),
    );
    expect(stored[1]!.data).toEqual({
      businessName: '城北村小吃店',
      entityType: '个体工商户（个人经营）',
      legalRepresentative: '张三',
      premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
      businessScope: '小吃服务；预包装食品销售',
      caseNumber: 'SCJG-2026-0002',
      itemName: '个体工商户变更登记',
    });
    expect(stored[1]!.changedElements).toEqual(
      expect.arrayContaining(['businessScope', 'caseNumber', 'itemName']),
    );
    expect(stored[1]!.changedElements).not.toContain('businessName');
  });

  it('flattens a licence stored with a nested form', async () => {
    const holder = freshHolder();
    const first = await issueAsSystem(subgraph.url, registration(holder));
    expect(first.errors).toBeUndefined();
    // Licences issued from cases used to store the whole form under formData.
    await subgraph.connection.db!.collection('licences').updateOne(
      { _id: first.data!.issueLicence.id as never },
      {
        $set: {
          data: {
            caseNumber: 'SCJG-2026-0001',
            itemName: '个体工商户设立登记',
            formData: registrationForm,
          },
        },
      },
    );

    const changed = await issueAsSystem(
      subgraph.url,
      changeRegistration(holder),
    );
    expect(changed.errors).toBeUndefined();
    const stored = await licences({ holderUserId: holder, status: 'VALID' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.data).toEqual({
      businessName: '城北村小吃店',
      entityType: '个体工商户（个人经营）',
      legalRepresentative: '张三',
      premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
      businessScope: '小吃服务；预包装食品销售',
      caseNumber: 'SCJG-2026-0002',
      itemName: '个体工商户变更登记',
    });
    expect(stored[0]!.changedElements).toEqual([
      'businessScope',
      'caseNumber',
      'itemName',
    ]);
  });

  it('returns same version on retry', async () => {
    const holder = freshHolder();
    await issueAsSystem(subgraph.url, registration(holder));
    const input = changeRegistration(holder);
    const first = (await issueAsSystem(subgraph.url, input)).data!.issueLicence;
    const retry = await issueAsSystem(subgraph.url, input);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.issueLicence.id).toBe(first.id);
    expect(await licences({ holderUserId: holder })).toHaveLength(2);
  });

  it('changes attached licence of several', async () => {
    const holder = freshHolder();
    const one = (await issueAsSystem(subgraph.url, registration(holder))).data!
      .issueLicence;
    const two = (await issueAsSystem(subgraph.url, registration(holder))).data!
      .issueLicence;

    const unnamed = await issueAsSystem(
      subgraph.url,
      changeRegistration(holder),
    );
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const named = await issueAsSystem(subgraph.url, {
      ...changeRegistration(holder),
      currentLicenceId: two.id,
    });
    expect(named.errors).toBeUndefined();
    const stored = await licences({ holderUserId: holder, status: 'VALID' });
    expect(stored.map((l) => l.identifier).sort()).toEqual(
      [one.identifier, named.data!.issueLicence.identifier].sort(),
    );
  });

  it('rejects holder without licence', async () => {
    const holder = freshHolder();
    const result = await issueAsSystem(
      subgraph.url,
      changeRegistration(holder),
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NO_CURRENT_LICENCE');
    expect(result.errors?.[0]?.message).toContain(businessLicence.code);
    expect(await licences({ holderUserId: holder })).toHaveLength(0);
  });

  it('rejects licence of another holder', async () => {
    const other = (
      await issueAsSystem(subgraph.url, registration(freshHolder()))
    ).data!.issueLicence;
    const holder = freshHolder();
    const result = await issueAsSystem(subgraph.url, {
      ...changeRegistration(holder),
      currentLicenceId: other.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NO_CURRENT_LICENCE');
    expect(
      await licences({ identifier: other.identifier, status: 'VALID' }),
    ).toHaveLength(1);
  });
});

describe('issueLicence for an issuing item', () => {
  it('lists every missing required element', async () => {
    const types = subgraph.connection.model('LicenceType');
    const before = await types
      .findOne({ _id: businessLicence.code })
      .lean<{ faceElements: { key: string; required: boolean }[] }>();
    await types.updateOne(
      { _id: businessLicence.code },
      {
        $set: {
          faceElements: before!.faceElements.map((face) => ({
            ...face,
            required: ['businessName', 'legalRepresentative'].includes(
              face.key,
            ),
          })),
        },
      },
    );
    try {
      const holder = freshHolder();
      const result = await issueAsSystem(
        subgraph.url,
        issueInput({
          holderUserId: holder,
          licenceTypeCode: businessLicence.code,
          data: {
            caseNumber: 'SCJG-2026-0003',
            itemName: '个体工商户变更登记',
            formData: { changeItem: '名称' },
          },
        }),
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(
        'MISSING_FACE_ELEMENTS',
      );
      expect(result.errors?.[0]?.extensions?.missing).toEqual([
        'businessName',
        'legalRepresentative',
      ]);
      expect(await licences({ holderUserId: holder })).toHaveLength(0);
    } finally {
      await types.updateOne(
        { _id: businessLicence.code },
        { $set: { faceElements: before!.faceElements } },
      );
    }
  });
});
