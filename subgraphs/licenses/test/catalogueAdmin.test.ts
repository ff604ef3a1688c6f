import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  DEPARTMENTS,
  Role,
  type RunningSubgraph,
} from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  createLicenceType,
  type CreateLicenceTypeInput,
} from '../src/catalogueCreation.js';
import { registerModels, type LicenceTypeDocument } from '../src/model.js';
import {
  citizen,
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

const CREATE = `mutation($input: CreateLicenceTypeInput!) {
  createLicenceType(input: $input) {
    code name nameEn department { code } validYears validUntilElement holderRule signingMode
    faceElements { key label labelEn required valueType }
    printLayout { title orientation elementOrder }
    itemLinks { itemId relation materialCode }
  }
}`;
const FIND = `query($query: String!, $first: Int) {
  findLicences(query: $query, first: $first) { id identifier holderName holderIdNumber masked departmentCode: issuerDepartmentCode }
}`;

const scjg = DEPARTMENTS.find((d) => d.code === 'CQ-SCJG')!;
const itemAdmin = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});
const otherItemAdmin = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-MZ',
});
const officer = viewerOf([Role.LicenceOfficer], {
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});
const otherOfficer = viewerOf([Role.LicenceOfficer], {
  divisionCode: '500238',
  departmentCode: 'CQ-MZ',
});
const supervisor = viewerOf([Role.Supervisor], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
});

let nextSequence = randomInt(100, 900);

/** Returns a CQ-SCJG type code above the seeded sequences, different on every call of a run. */
function freshCode(): string {
  nextSequence += 1;
  return `${scjg.creditCode}${String(nextSequence).padStart(3, '0')}`;
}

function typeInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: `create-${randomBytes(6).toString('hex')}`,
    code: freshCode(),
    name: '小餐饮登记证',
    nameEn: 'Small catering registration',
    departmentCode: 'CQ-SCJG',
    validYears: 3,
    holderRule: 'ANY',
    faceElements: [
      { key: 'businessName', label: '名称', labelEn: 'Name', required: true },
      {
        key: 'expiresOn',
        label: '有效期至',
        labelEn: 'Valid until',
        required: false,
        valueType: 'DATE',
      },
    ],
    printLayout: {
      title: '小餐饮登记证',
      orientation: 'PORTRAIT',
      elementOrder: ['businessName'],
    },
    itemLinks: [
      { itemId: '11500000MB00000010AA00108007000', relation: 'ISSUES' },
    ],
    ...overrides,
  };
}

function create(input: Record<string, unknown>, viewer = itemAdmin) {
  return graphql(subgraph.url, CREATE, { input }, viewer);
}

describe('createLicenceType', () => {
  it('stores every catalogue field', async () => {
    const input = typeInput({ validUntilElement: 'expiresOn' });
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    const type = result.data!.createLicenceType;
    expect(type.code).toBe(input.code);
    expect(type.department).toEqual({ code: 'CQ-SCJG' });
    expect(type.validYears).toBe(3);
    expect(type.validUntilElement).toBe('expiresOn');
    expect(type.signingMode).toBe('AUTOMATIC');
    expect(type.faceElements[1]).toEqual({
      key: 'expiresOn',
      label: '有效期至',
      labelEn: 'Valid until',
      required: false,
      valueType: 'DATE',
    });
    expect(type.printLayout.orientation).toBe('PORTRAIT');
    expect(type.itemLinks).toEqual([
      {
        itemId: '11500000MB00000010AA00108007000',
        relation: 'ISSUES',
        materialCode: null,
      },
    ]);
    const one = await graphql(
      subgraph.url,
      'query($code: String!) { licenceType(code: $code) { code printLayout { elementOrder } } }',
      { code: input.code },
    );
    expect(one.data!.licenceType).toEqual({
      code: input.code,
      printLayout: { elementOrder: ['businessName'] },
    });
    const listed = await graphql(
      subgraph.url,
      'query { licenceTypes { code } }',
    );
    expect(
      listed.data!.licenceTypes.map((t: { code: string }) => t.code),
    ).toContain(input.code);
  });

  it('replays a retried request', async () => {
    const input = typeInput();
    const first = await create(input);
    const retry = await create(input);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.createLicenceType.code).toBe(input.code);
    const claims = await subgraph.connection
      .db!.collection('licence_type_creations')
      .countDocuments({ typeCode: input.code });
    expect(claims).toBe(1);
  });

  it('replays concurrent retries of one request', async () => {
    for (let round = 0; round < 10; round++) {
      const input = typeInput();
      const results = await Promise.all(
        Array.from({ length: 8 }, () => create(input)),
      );
      for (const result of results) {
        expect(result.errors).toBeUndefined();
        expect(result.data!.createLicenceType.code).toBe(input.code);
      }
      const claims = await subgraph.connection
        .db!.collection('licence_type_creations')
        .countDocuments({ typeCode: input.code });
      expect(claims).toBe(1);
    }
  });

  it('replays a retry that inserts before the first request', async () => {
    const models = registerModels(subgraph.connection);
    const log = createLogger('licenses-test');
    const input = typeInput() as unknown as CreateLicenceTypeInput;

    let reachInsert!: () => void;
    const insertReached = new Promise<void>((done) => (reachInsert = done));
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    // The first request stops between its claim and its type insert until the retry has finished.
    const held = Object.assign(Object.create(models.LicenceType), {
      create: async (document: LicenceTypeDocument) => {
        reachInsert();
        await released;
        return models.LicenceType.create(document);
      },
    }) as typeof models.LicenceType;
    const first = createLicenceType(
      { ...models, LicenceType: held },
      log,
      'creator-1',
      input,
    );

    await insertReached;
    const retry = await createLicenceType(models, log, 'creator-1', input);
    expect(retry._id).toBe(input.code);

    release();
    const result = await first;
    expect(result._id).toBe(input.code);
    expect(
      await models.LicenceTypeCreation.countDocuments({
        _id: `creator-1:${input.idempotencyKey}`,
      }),
    ).toBe(1);
  });

  it('creates one type for concurrent keys', async () => {
    const code = freshCode();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => create(typeInput({ code }))),
    );
    const created = results.filter((r) => !r.errors);
    expect(created).toHaveLength(1);
    for (const result of results.filter((r) => r.errors)) {
      expect(result.errors![0]!.extensions?.code).toBe('CONFLICT');
      expect(result.errors![0]!.extensions?.field).toBe('code');
    }
    const claims = await subgraph.connection
      .db!.collection('licence_type_creations')
      .countDocuments({ typeCode: code });
    expect(claims).toBe(1);
  });

  it('rejects a reused key with another input', async () => {
    const input = typeInput();
    expect((await create(input)).errors).toBeUndefined();
    const reuse = await create({ ...input, name: '另一个证照' });
    expect(reuse.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(reuse.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
  });

  it('rejects a duplicate code', async () => {
    const input = typeInput();
    expect((await create(input)).errors).toBeUndefined();
    const again = typeInput({ code: input.code });
    const result = await create(again);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.extensions?.field).toBe('code');
    // The failed request leaves its key free for a corrected request.
    const corrected = await create({ ...again, code: freshCode() });
    expect(corrected.errors).toBeUndefined();
  });

  it.each([
    ['code', { code: 'ABC' }],
    [
      'code',
      { code: `${DEPARTMENTS.find((d) => d.code === 'CQ-MZ')!.creditCode}101` },
    ],
    ['code', { code: `${scjg.creditCode}000` }],
    ['name', { name: '   ' }],
    ['idempotencyKey', { idempotencyKey: 'short' }],
    ['departmentCode', { departmentCode: 'CQ-XX' }],
    ['validYears', { validYears: 0 }],
    ['validUntilElement', { validUntilElement: 'missing' }],
    ['faceElements', { faceElements: [] }],
    [
      'faceElements[0].key',
      {
        faceElements: [
          { key: '1bad', label: '名称', labelEn: 'Name', required: true },
        ],
      },
    ],
    [
      'printLayout.elementOrder',
      {
        printLayout: {
          title: '证',
          orientation: 'PORTRAIT',
          elementOrder: ['nope'],
        },
      },
    ],
    [
      'itemLinks[0].materialCode',
      { itemLinks: [{ itemId: 'item-1', relation: 'ACCEPTS' }] },
    ],
    [
      'itemLinks[1].itemId',
      {
        itemLinks: [
          { itemId: 'item-1', relation: 'ISSUES' },
          { itemId: 'item-1', relation: 'ISSUES' },
        ],
      },
    ],
  ])('rejects invalid %s', async (field, overrides) => {
    const input = typeInput(overrides);
    const result = await create(input);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    const stored = await subgraph.connection
      .db!.collection('licence_types')
      .countDocuments({ _id: input.code as never });
    expect(stored).toBe(0);
  });

  it('rejects another department and other roles', async () => {
    const input = typeInput();
    const foreign = await create(input, otherItemAdmin);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOfficer = await create(typeInput(), officer);
    expect(byOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphql(subgraph.url, CREATE, {
      input: typeInput(),
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('findLicences', () => {
  async function issued() {
    const result = await issueAsSystem(subgraph.url, issueInput());
    expect(result.errors).toBeUndefined();
    return result.data!.issueLicence as { id: string; identifier: string };
  }

  it('finds by identifier and by holder', async () => {
    const licence = await issued();
    const byIdentifier = await graphql(
      subgraph.url,
      FIND,
      { query: licence.identifier },
      officer,
    );
    expect(byIdentifier.errors).toBeUndefined();
    expect(
      byIdentifier.data!.findLicences.map((l: { id: string }) => l.id),
    ).toEqual([licence.id]);
    expect(byIdentifier.data!.findLicences[0].holderName).toBe(citizen.name);
    expect(byIdentifier.data!.findLicences[0].masked).toBe(false);

    const byIdNumber = await graphql(
      subgraph.url,
      FIND,
      { query: citizen.idCardNumber!.toLowerCase(), first: 100 },
      officer,
    );
    expect(byIdNumber.errors).toBeUndefined();
    expect(
      byIdNumber.data!.findLicences.map((l: { id: string }) => l.id),
    ).toContain(licence.id);

    const byName = await graphql(
      subgraph.url,
      FIND,
      { query: ` ${citizen.name} `, first: 100 },
      officer,
    );
    expect(
      byName.data!.findLicences.map((l: { id: string }) => l.id),
    ).toContain(licence.id);
  });

  it('pages with first', async () => {
    await issued();
    await issued();
    const page = await graphql(
      subgraph.url,
      FIND,
      { query: citizen.name, first: 1 },
      officer,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.findLicences).toHaveLength(1);
    for (const first of [0, 101]) {
      const bad = await graphql(
        subgraph.url,
        FIND,
        { query: citizen.name, first },
        officer,
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.field).toBe('first');
    }
  });

  it('hides licences of other departments', async () => {
    const licence = await issued();
    const result = await graphql(
      subgraph.url,
      FIND,
      { query: licence.identifier },
      otherOfficer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.findLicences).toEqual([]);
  });

  it('lists events of a found licence', async () => {
    const licence = await issued();
    const revoked = await graphql(
      subgraph.url,
      'mutation($id: ID!) { revokeLicence(id: $id, reason: "以欺骗手段取得许可") { id } }',
      { id: licence.id },
      officer,
    );
    expect(revoked.errors).toBeUndefined();
    const EVENTS = `query($query: String!) { findLicences(query: $query) { status events { kind reason } } }`;
    const result = await graphql(
      subgraph.url,
      EVENTS,
      { query: licence.identifier },
      officer,
    );
    expect(result.errors).toBeUndefined();
    const [found] = result.data!.findLicences;
    expect(found.status).toBe('REVOKED');
    expect(found.events).toContainEqual({
      kind: 'REVOKED',
      reason: '以欺骗手段取得许可',
    });
    const LICENCE_EVENTS =
      'query($id: ID!) { licence(id: $id) { events { kind } } }';
    const bySupervisor = await graphql(
      subgraph.url,
      LICENCE_EVENTS,
      { id: licence.id },
      supervisor,
    );
    expect(bySupervisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects invalid queries and roles', async () => {
    for (const query of ['x', 'a'.repeat(101), 'ab\u0000c']) {
      const bad = await graphql(subgraph.url, FIND, { query }, officer);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.field).toBe('query');
    }
    const bySupervisor = await graphql(
      subgraph.url,
      FIND,
      { query: citizen.name },
      supervisor,
    );
    expect(bySupervisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
