import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLicenceIdentifier,
  mod3736CheckChar,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  faceData,
  citizen,
  issueAsSystem,
  issueInput,
  startLicenses,
} from './fixtures.js';

let subgraph: RunningSubgraph;

const VERIFY = `query($identifier: String!) {
  verifyLicence(identifier: $identifier) {
    identifier identifierCheckValid expectedCheckCharacter found authentic sealValid contentIntact
    signer { sealId sealName certificateSerial department { code } }
    signedAt licenceType { code name } holderName issuedAt validUntil status
    warnings { code message } checkedAt
  }
}`;

const REVOKE =
  'mutation($id: ID!, $reason: String!) { revokeSeal(id: $id, reason: $reason) { id status revokedAt revocationReason } }';

async function issue(overrides: Record<string, unknown> = {}) {
  const result = await issueAsSystem(subgraph.url, issueInput(overrides));
  expect(result.errors).toBeUndefined();
  return result.data!.issueLicence as {
    id: string;
    identifier: string;
    signature: { sealId: string };
  };
}

function verify(identifier: string) {
  return graphql(subgraph.url, VERIFY, { identifier });
}

function licences() {
  return subgraph.connection.model('Licence');
}

/** Replaces the check character with another valid one. */
function withWrongCheckCharacter(identifier: string): string {
  const check = identifier.slice(-1);
  return identifier.slice(0, -1) + (check === '0' ? '1' : '0');
}

beforeAll(async () => {
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
});

describe('verifyLicence', () => {
  it('reports an untouched licence as authentic without sign-in', async () => {
    const licence = await issue();
    const result = await verify(licence.identifier);
    expect(result.errors).toBeUndefined();
    const report = result.data!.verifyLicence;
    expect(report.identifierCheckValid).toBe(true);
    expect(report.found).toBe(true);
    expect(report.sealValid).toBe(true);
    expect(report.contentIntact).toBe(true);
    expect(report.authentic).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(report.signer.sealName).toBe('重庆市市场监督管理局电子公章');
    expect(report.signer.department).toEqual({ code: 'CQ-SCJG' });
    expect(report.signer.sealId).toBe(licence.signature.sealId);
    expect(report.licenceType.name).toBe('食品经营许可证');
    expect(report.status).toBe('VALID');
    expect(Date.parse(report.signedAt)).not.toBeNaN();
  });

  it('masks the holder name', async () => {
    const licence = await issue();
    const report = (await verify(licence.identifier)).data!.verifyLicence;
    expect(report.holderName).toBe('张*');
    expect(JSON.stringify(report)).not.toContain(citizen.idCardNumber);
  });

  it('accepts a lower-case identifier with surrounding spaces', async () => {
    const licence = await issue();
    const report = (await verify(`  ${licence.identifier.toLowerCase()} `))
      .data!.verifyLicence;
    expect(report.identifier).toBe(licence.identifier);
    expect(report.authentic).toBe(true);
  });

  it('detects face data changed in the database', async () => {
    const licence = await issue();
    await licences().updateOne(
      { _id: licence.id },
      { $set: { 'data.businessName': '伪造小吃店' } },
    );
    const report = (await verify(licence.identifier)).data!.verifyLicence;
    expect(report.found).toBe(true);
    expect(report.sealValid).toBe(true);
    expect(report.contentIntact).toBe(false);
    expect(report.authentic).toBe(false);
  });

  it('detects a changed holder or validity in the database', async () => {
    const changes: Record<string, unknown>[] = [
      { holderName: '李四' },
      { validUntil: new Date('2099-01-01T00:00:00Z') },
      { holderUserId: 'u-demo-citizen-2' },
    ];
    for (const change of changes) {
      const licence = await issue();
      await licences().updateOne({ _id: licence.id }, { $set: change });
      const report = (await verify(licence.identifier)).data!.verifyLicence;
      expect(report.contentIntact, JSON.stringify(change)).toBe(false);
    }
  });

  it('detects a signature copied from another licence', async () => {
    const first = await issue();
    const second = await issue();
    const stored = await licences()
      .findById(first.id)
      .lean<{ signature: { value: string } }>();
    await licences().updateOne(
      { _id: second.id },
      { $set: { 'signature.value': stored!.signature.value } },
    );
    const report = (await verify(second.identifier)).data!.verifyLicence;
    expect(report.contentIntact).toBe(false);
  });

  it('rejects a wrong check character without holder data', async () => {
    const licence = await issue();
    const mistyped = withWrongCheckCharacter(licence.identifier);
    expect(checkLicenceIdentifier(mistyped).valid).toBe(false);
    const result = await verify(mistyped);
    expect(result.errors).toBeUndefined();
    const report = result.data!.verifyLicence;
    expect(report.identifierCheckValid).toBe(false);
    expect(report.expectedCheckCharacter).toBeNull();
    expect(report.found).toBe(false);
    expect(report.authentic).toBe(false);
    expect(report.holderName).toBeNull();
    expect(report.licenceType).toBeNull();
    expect(report.issuedAt).toBeNull();
    expect(report.signer).toBeNull();
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual([
      'CHECK_CHARACTER_MISMATCH',
    ]);
  });

  it('reports an unknown identifier as not found', async () => {
    const licence = await issue();
    const parts = licence.identifier.split('.');
    parts[7] = `${parts[7]!.slice(0, 4)}9999999`;
    const payload = parts.slice(5, 9).join('');
    parts[9] = mod3736CheckChar(payload);
    const result = await verify(parts.join('.'));
    expect(result.errors).toBeUndefined();
    const report = result.data!.verifyLicence;
    expect(report.identifierCheckValid).toBe(true);
    expect(report.found).toBe(false);
    expect(report.authentic).toBe(false);
    expect(report.sealValid).toBeNull();
    expect(report.contentIntact).toBeNull();
    expect(report.signer).toBeNull();
    expect(report.holderName).toBeNull();
  });

  it('accepts the published example identifier', async () => {
    const report = (
      await verify(
        '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U',
      )
    ).data!.verifyLicence;
    expect(report.identifierCheckValid).toBe(true);
    expect(report.found).toBe(false);
  });

  it.each([
    ['text', 'not an identifier'],
    ['too long', `1.2.156.3005.2.${'A'.repeat(200)}`],
  ])('rejects %s input with BAD_USER_INPUT', async (_, identifier) => {
    const result = await verify(identifier);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps signatures valid after seal revocation', async () => {
    const licence = await issue({
      departmentCode: 'CQ-GA',
      licenceTypeCode: (await import('@ykb/common')).licenceTypeByName(
        '无犯罪记录证明',
      ).code,
      data: faceData({ purpose: '就业' }),
    });
    const admin = viewerOf([Role.SealAdmin], { divisionCode: '50' });
    const revoked = await graphql(
      subgraph.url,
      REVOKE,
      { id: licence.signature.sealId, reason: '私钥保管介质遗失' },
      admin,
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeSeal.status).toBe('REVOKED');

    const report = (await verify(licence.identifier)).data!.verifyLicence;
    expect(report.sealValid).toBe(true);
    expect(report.authentic).toBe(true);
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual([
      'SEAL_REVOKED_AFTER_SIGNING',
    ]);

    const refused = await issueAsSystem(
      subgraph.url,
      issueInput({ departmentCode: 'CQ-GA' }),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');

    const again = await graphql(
      subgraph.url,
      REVOKE,
      { id: licence.signature.sealId, reason: '重复' },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('rejects a seal revoked before signing', async () => {
    const licence = await issue({
      departmentCode: 'CQ-WJ',
      licenceTypeCode: (await import('@ykb/common')).licenceTypeByName(
        '出生医学证明',
      ).code,
      data: faceData({ babyName: '张小宝', birthDate: '2026-01-15' }),
    });
    const stored = await licences()
      .findById(licence.id)
      .lean<{ signature: { signedAt: Date } }>();
    await subgraph.connection.model('Seal').updateOne(
      { _id: licence.signature.sealId },
      {
        $set: {
          status: 'REVOKED',
          revokedAt: new Date(stored!.signature.signedAt.getTime() - 1000),
          revocationReason: 'test',
        },
      },
    );
    const report = (await verify(licence.identifier)).data!.verifyLicence;
    expect(report.sealValid).toBe(false);
    expect(report.contentIntact).toBe(true);
    expect(report.authentic).toBe(false);
  });
});
