import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenceTypeByName, Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  faceData,
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

const VERIFY = `query($identifier: String!) {
  verifyLicence(identifier: $identifier) {
    found authentic sealValid contentIntact signedAt
    signer { sealStatus }
    warnings { code message }
  }
}`;

const REVOKE = `mutation($id: ID!, $reason: String!, $reasonCode: SealRevocationReason, $compromisedAt: String) {
  revokeSeal(id: $id, reason: $reason, reasonCode: $reasonCode, compromisedAt: $compromisedAt) {
    id status revokedAt revocationReason revocationReasonCode compromisedAt
  }
}`;

const KEY_SET = 'query { verificationKeySet { payload } }';

const sealAdmin = viewerOf([Role.SealAdmin], { divisionCode: '50' });

interface IssuedLicence {
  identifier: string;
  signature: { sealId: string; signedAt: string };
}

async function issue(
  overrides: Record<string, unknown> = {},
): Promise<IssuedLicence> {
  const result = await issueAsSystem(subgraph.url, issueInput(overrides));
  expect(result.errors).toBeUndefined();
  return result.data!.issueLicence as IssuedLicence;
}

/** Waits until the clock has passed `instant`, so the next signature is dated strictly later. */
async function passInstant(instant: string): Promise<void> {
  while (Date.now() <= Date.parse(instant))
    await new Promise((resume) => setTimeout(resume, 2));
}

function revoke(variables: Record<string, unknown>) {
  return graphql(subgraph.url, REVOKE, variables, sealAdmin);
}

async function verify(identifier: string) {
  const result = await graphql(subgraph.url, VERIFY, { identifier });
  expect(result.errors).toBeUndefined();
  return result.data!.verifyLicence as {
    authentic: boolean;
    sealValid: boolean;
    contentIntact: boolean;
    warnings: { code: string; message: string }[];
  };
}

describe('seal key compromise', () => {
  it('rejects signatures made after the compromise', async () => {
    const before = await issue();
    await passInstant(before.signature.signedAt);
    const after = await issue();
    expect(after.signature.sealId).toBe(before.signature.sealId);
    const compromisedAt = after.signature.signedAt;

    const revoked = await revoke({
      id: before.signature.sealId,
      reason: '签章服务器私钥文件被拷贝',
      reasonCode: 'KEY_COMPROMISE',
      compromisedAt,
    });
    expect(revoked.errors).toBeUndefined();
    const seal = revoked.data!.revokeSeal;
    expect(seal.status).toBe('REVOKED');
    expect(seal.revocationReasonCode).toBe('KEY_COMPROMISE');
    expect(seal.compromisedAt).toBe(compromisedAt);
    expect(seal.revocationReason).toBe('签章服务器私钥文件被拷贝');

    const early = await verify(before.identifier);
    expect(early.authentic).toBe(true);
    expect(early.sealValid).toBe(true);
    expect(early.warnings.map((w) => w.code)).toEqual([
      'SEAL_REVOKED_AFTER_SIGNING',
    ]);
    expect(early.warnings[0]!.message).toContain('Signed before revocation');
    expect(early.warnings[0]!.message).toContain(compromisedAt);

    const late = await verify(after.identifier);
    expect(late.authentic).toBe(false);
    expect(late.sealValid).toBe(false);
    expect(late.contentIntact).toBe(true);
    expect(late.warnings.map((w) => w.code)).toEqual(['SEAL_KEY_COMPROMISED']);
    expect(late.warnings[0]!.message).toContain(compromisedAt);
    expect(late.warnings[0]!.message).toContain('not authentic');

    const keySet = await graphql(subgraph.url, KEY_SET, {});
    const payload = JSON.parse(keySet.data!.verificationKeySet.payload) as {
      keys: { sealId: string; compromisedAt: string | null }[];
    };
    const key = payload.keys.find((k) => k.sealId === before.signature.sealId);
    expect(key?.compromisedAt).toBe(compromisedAt);

    const refused = await issueAsSystem(subgraph.url, issueInput());
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it.each([
    ['a missing compromisedAt', { reasonCode: 'KEY_COMPROMISE' }],
    [
      'a future compromisedAt',
      {
        reasonCode: 'KEY_COMPROMISE',
        compromisedAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    ],
    [
      'a compromisedAt before validFrom',
      { reasonCode: 'KEY_COMPROMISE', compromisedAt: '2000-01-01T00:00:00Z' },
    ],
    [
      'a compromisedAt that is no instant',
      { reasonCode: 'KEY_COMPROMISE', compromisedAt: '昨天' },
    ],
    [
      'a compromisedAt with another reason',
      {
        reasonCode: 'SUPERSEDED',
        compromisedAt: new Date().toISOString(),
      },
    ],
  ])('rejects %s', async (_, variables) => {
    const result = await revoke({
      id: 'seal-CQ-GA-1',
      reason: '私钥泄露',
      ...variables,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('compromisedAt');
    const stored = await subgraph.connection
      .db!.collection('seals')
      .findOne({ _id: 'seal-CQ-GA-1' as never });
    expect(stored?.status).toBe('ACTIVE');
  });

  it('declares a compromise after an ordinary revocation', async () => {
    const licence = await issue({
      departmentCode: 'CQ-WJ',
      licenceTypeCode: licenceTypeByName('出生医学证明').code,
      data: faceData({ babyName: '张小宝', birthDate: '2026-01-15' }),
    });
    const sealId = licence.signature.sealId;
    const superseded = await revoke({
      id: sealId,
      reason: '更换新印章',
      reasonCode: 'SUPERSEDED',
    });
    expect(superseded.errors).toBeUndefined();
    expect(superseded.data!.revokeSeal.compromisedAt).toBeNull();
    expect((await verify(licence.identifier)).authentic).toBe(true);

    const declared = await revoke({
      id: sealId,
      reason: '旧印章私钥随报废服务器流出',
      reasonCode: 'KEY_COMPROMISE',
      compromisedAt: licence.signature.signedAt,
    });
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.revokeSeal.revocationReasonCode).toBe(
      'KEY_COMPROMISE',
    );
    expect(declared.data!.revokeSeal.revokedAt).toBe(
      superseded.data!.revokeSeal.revokedAt,
    );
    const report = await verify(licence.identifier);
    expect(report.authentic).toBe(false);
    expect(report.warnings.map((w) => w.code)).toEqual([
      'SEAL_KEY_COMPROMISED',
    ]);

    const again = await revoke({
      id: sealId,
      reason: '再次声明',
      reasonCode: 'KEY_COMPROMISE',
      compromisedAt: licence.signature.signedAt,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });
});
