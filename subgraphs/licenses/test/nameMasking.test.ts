import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { maskFaceData } from '../src/faceData.js';
import {
  businessLicence,
  citizen,
  faceData,
  holderViewer,
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

const LICENCE = `query($id: ID!) {
  licence(id: $id) { masked holderName data faceElements { key value } }
}`;

/** Staff who read licences of the department masked. */
const supervisor = viewerOf([Role.Supervisor], {
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

describe('maskFaceData', () => {
  it('masks names inside free text', () => {
    const masked = maskFaceData(
      {
        businessName: '张三小卖部',
        legalRepresentative: '欧阳娜娜',
        formData: {
          businessScope: '欧阳娜娜家庭农场产品零售',
          notes: '张三经营',
        },
      },
      ['张三'],
    );
    expect(masked).toEqual({
      businessName: '张*小卖部',
      legalRepresentative: '欧阳**',
      formData: { businessScope: '欧阳**家庭农场产品零售', notes: '张*经营' },
    });
  });

  it('leaves text without a person name', () => {
    const data = { businessName: '城北村小吃店', businessScope: '小吃服务' };
    expect(maskFaceData(data, ['张三'])).toEqual(data);
  });

  it('skips one-character names', () => {
    expect(
      maskFaceData({ businessScope: '张家面馆', operatorName: '张' }),
    ).toEqual({ businessScope: '张家面馆', operatorName: '*' });
  });
});

describe('names in licence text', () => {
  let licenceId = '';

  beforeAll(async () => {
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({
        licenceTypeCode: businessLicence.code,
        data: faceData({
          businessName: `${citizen.name}小卖部`,
          legalRepresentative: '李四',
          businessScope: '李四代销点的预包装食品零售',
          entityType: `个人合伙（${citizen.name}与李四合伙经营）`,
        }),
      }),
    );
    expect(issued.errors).toBeUndefined();
    licenceId = issued.data!.issueLicence.id as string;
  });

  it('masks every occurrence for a masked viewer', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: licenceId },
      supervisor,
    );
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.masked).toBe(true);
    const holder = `${citizen.name.slice(0, 1)}${'*'.repeat(citizen.name.length - 1)}`;
    expect(licence.holderName).toBe(holder);
    expect(licence.data.businessName).toBe(`${holder}小卖部`);
    expect(licence.data.legalRepresentative).toBe('李*');
    expect(licence.data.businessScope).toBe('李*代销点的预包装食品零售');
    expect(licence.data.entityType).toBe(`个人合伙（${holder}与李*合伙经营）`);
    const printed = new Map(
      (licence.faceElements as { key: string; value: string }[]).map((f) => [
        f.key,
        f.value,
      ]),
    );
    expect(printed.get('businessName')).toBe(`${holder}小卖部`);
    expect(JSON.stringify(licence)).not.toContain(citizen.name);
    expect(JSON.stringify(licence)).not.toContain('李四');
  });

  it('shows the holder the names', async () => {
    const result = await graphql(
      subgraph.url,
      LICENCE,
      { id: licenceId },
      holderViewer,
    );
    expect(result.errors).toBeUndefined();
    const licence = result.data!.licence;
    expect(licence.masked).toBe(false);
    expect(licence.data.businessName).toBe(`${citizen.name}小卖部`);
    expect(licence.data.businessScope).toBe('李四代销点的预包装食品零售');
    expect(licence.data.entityType).toBe(
      `个人合伙（${citizen.name}与李四合伙经营）`,
    );
  });
});
