import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENTS, Role, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { licensesSubgraph } from '../src/index.js';
import { registerModels, type SealDocument } from '../src/model.js';
import { decryptSealPrivateKey } from '../src/sealCrypto.js';
import { seedSeals } from '../src/seed.js';
import { issueAsSystem, issueInput, startLicenses } from './fixtures.js';

let subgraph: RunningSubgraph;
let masterKeyHex: string;

const SEALS =
  'query { seals { id name departmentCode department { code } certificateSerial algorithm publicKeyPem publicKeyFingerprint validFrom validTo status } }';
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

beforeAll(async () => {
  subgraph = await startLicenses();
  masterKeyHex = process.env.YKB_SEAL_MASTER_KEY!;
});

afterAll(async () => {
  process.env.YKB_SEAL_MASTER_KEY = masterKeyHex;
  await subgraph?.close();
});

function storedSeals(): Promise<SealDocument[]> {
  return subgraph.connection.model('Seal').find().lean<SealDocument[]>().exec();
}

describe('seal storage', () => {
  it('makes one active Ed25519 seal per department', async () => {
    const seals = await storedSeals();
    expect(seals.map((s) => s.departmentCode).sort()).toEqual(
      DEPARTMENTS.map((d) => d.code).sort(),
    );
    for (const seal of seals) {
      const department = DEPARTMENTS.find(
        (d) => d.code === seal.departmentCode,
      )!;
      expect(seal.name).toBe(`${department.name}电子公章`);
      expect(seal.status).toBe('ACTIVE');
      expect(seal.algorithm).toBe('Ed25519');
      expect(seal.certificateSerial).toMatch(/^[0-9A-F]{32}$/);
      expect(seal.validTo.getTime()).toBeGreaterThan(seal.validFrom.getTime());
    }
  });

  it('stores the private key only as AES-256-GCM ciphertext', async () => {
    const raw = await subgraph.connection
      .db!.collection('seals')
      .find()
      .toArray();
    expect(raw).toHaveLength(DEPARTMENTS.length);
    for (const seal of raw) {
      const text = JSON.stringify(seal);
      expect(text).not.toContain('PRIVATE KEY');
      expect(text).not.toContain(masterKeyHex);
      expect(seal.encryptedPrivateKey.cipher).toBe('aes-256-gcm');
      expect(Buffer.from(seal.encryptedPrivateKey.iv, 'base64')).toHaveLength(
        12,
      );
      expect(
        Buffer.from(seal.encryptedPrivateKey.authTag, 'base64'),
      ).toHaveLength(16);
    }
  });

  it('rejects decryption with another key or seal', async () => {
    const [first, second] = await storedSeals();
    const masterKey = Buffer.from(masterKeyHex, 'hex');
    expect(
      decryptSealPrivateKey(first!._id, first!.encryptedPrivateKey, masterKey)
        .asymmetricKeyType,
    ).toBe('ed25519');
    expect(() =>
      decryptSealPrivateKey(
        first!._id,
        first!.encryptedPrivateKey,
        randomBytes(32),
      ),
    ).toThrow();
    expect(() =>
      decryptSealPrivateKey(second!._id, first!.encryptedPrivateKey, masterKey),
    ).toThrow();
  });

  it('leaves existing seals unchanged when seeding again', async () => {
    const before = await storedSeals();
    const models = registerModels(subgraph.connection);
    const inserted = await seedSeals(models, Buffer.from(masterKeyHex, 'hex'), {
      info: () => {},
    } as never);
    expect(inserted).toBe(0);
    const after = await storedSeals();
    expect(after.map((s) => s.publicKeyFingerprint).sort()).toEqual(
      before.map((s) => s.publicKeyFingerprint).sort(),
    );
  });
});

describe('seals', () => {
  it.each([
    [
      'a seal administrator',
      viewerOf([Role.SealAdmin], { divisionCode: '50' }),
    ],
    ['an administrator', viewerOf([Role.Admin], { divisionCode: '50' })],
  ])(
    'lists every seal for %s without private key material',
    async (_, viewer) => {
      const result = await graphql(subgraph.url, SEALS, {}, viewer);
      expect(result.errors).toBeUndefined();
      const seals = result.data!.seals as {
        publicKeyPem: string;
        department: { code: string };
        departmentCode: string;
      }[];
      expect(seals).toHaveLength(DEPARTMENTS.length);
      for (const seal of seals) {
        expect(seal.publicKeyPem).toContain('BEGIN PUBLIC KEY');
        expect(seal.department.code).toBe(seal.departmentCode);
      }
      expect(JSON.stringify(result)).not.toContain('PRIVATE');
    },
  );

  it('lists only its own department’s seal for a departmental seal administrator', async () => {
    const result = await graphql(
      subgraph.url,
      SEALS,
      {},
      viewerOf([Role.SealAdmin], {
        divisionCode: '50',
        departmentCode: 'CQ-GA',
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.seals.map(
        (s: { departmentCode: string }) => s.departmentCode,
      ),
    ).toEqual(['CQ-GA']);
  });

  it.each([
    ['a citizen', viewerOf([Role.Citizen])],
    ['a clerk', viewerOf([Role.Clerk], { divisionCode: '50' })],
    ['a SYSTEM caller', viewerOf([Role.System])],
  ])('rejects %s with FORBIDDEN', async (_, viewer) => {
    const result = await graphql(subgraph.url, SEALS, {}, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('rejects revokeSeal by a clerk with FORBIDDEN', async () => {
    const result = await graphql(
      subgraph.url,
      'mutation { revokeSeal(id: "seal-CQ-MZ-1", reason: "x") { id } }',
      {},
      viewerOf([Role.Clerk], { divisionCode: '50' }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seal = await subgraph.connection
      .model('Seal')
      .findById('seal-CQ-MZ-1')
      .lean<SealDocument>();
    expect(seal!.status).toBe('ACTIVE');
  });

  it('signs issued licences with the issuing department’s seal', async () => {
    const result = await issueAsSystem(subgraph.url, issueInput());
    expect(result.data!.issueLicence.signature.sealId).toBe('seal-CQ-SCJG-1');
  });
});

describe('start-up', () => {
  async function expectStartFailure(
    masterKey: string | undefined,
    message: RegExp,
  ) {
    if (masterKey === undefined) delete process.env.YKB_SEAL_MASTER_KEY;
    else process.env.YKB_SEAL_MASTER_KEY = masterKey;
    try {
      await expect(startTestSubgraph(licensesSubgraph)).rejects.toThrow(
        message,
      );
    } finally {
      process.env.YKB_SEAL_MASTER_KEY = masterKeyHex;
    }
  }

  it('fails without YKB_SEAL_MASTER_KEY', async () => {
    await expectStartFailure(undefined, /^YKB_SEAL_MASTER_KEY is not set;/);
  });

  it.each([
    ['too short', 'ab'.repeat(16)],
    ['not hexadecimal', 'zz'.repeat(32)],
  ])('fails with a master key that is %s', async (_, key) => {
    await expectStartFailure(
      key,
      /^YKB_SEAL_MASTER_KEY must be 64 hexadecimal characters/,
    );
  });

  it('fails with a master key other than the one that encrypted the seals', async () => {
    await expectStartFailure(
      randomBytes(32).toString('hex'),
      /^YKB_SEAL_MASTER_KEY differs from the key that encrypted 13 stored seal/,
    );
  });

  it('exits the main process with a one-line reason when the key is missing', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, YKB_PORT_BASE: '47000' };
    delete env.YKB_SEAL_MASTER_KEY;
    const run = spawnSync(
      resolve(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      ['subgraphs/licenses/src/main.ts'],
      { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^licenses subgraph failed to start: YKB_SEAL_MASTER_KEY is not set;[^\n]*$/,
    );
  });
});
