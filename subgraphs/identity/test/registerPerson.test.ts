import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  idCardCheckChar,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  verifyIssuedToken,
} from '../../../tests/support/harness.js';
import {
  createTestVerifier,
  FAILING_NAME,
  MISMATCHED_NAME,
} from './testVerifier.js';
import {
  createIdentitySubgraph,
  DivisionCatalog,
  identitySubgraph,
  registerModels,
  type IdentityModels,
} from '../src/index.js';
import { registerPerson } from '../src/registerPerson.js';

let subgraph: RunningSubgraph;
let models: IdentityModels;

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(identitySubgraph);
  const c = subgraph.connection;
  models = {
    Division: c.model('Division'),
    Department: c.model('Department'),
    User: c.model('User'),
    IdentityClaim: c.model('IdentityClaim'),
    SignInAttempt: c.model('SignInAttempt'),
    Session: c.model('Session'),
    SeedRun: c.model('SeedRun'),
  } as ReturnType<typeof registerModels>;
});

afterAll(async () => {
  await subgraph?.close();
});

/** Completes 17 digits with their GB 11643 check character. */
function idCard(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

/** Finds a sequence number that gives the check character X, for testing lower-case x. */
function idCardEndingInX(prefix14: string): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const first17 = prefix14 + String(sequence).padStart(3, '0');
    if (idCardCheckChar(first17) === 'X') return first17 + 'X';
  }
  throw new Error(`No sequence of ${prefix14} has the check character X.`);
}

/** Replaces the check character with a different valid-looking one. */
function withWrongCheck(number: string): string {
  const wrong = number.endsWith('0') ? '1' : '0';
  return number.slice(0, 17) + wrong;
}

let mobileCounter = 0;
function nextMobile(): string {
  mobileCounter++;
  return `1860000${String(mobileCounter).padStart(4, '0')}`;
}

const REGISTER = `mutation($input: RegisterPersonInput!) {
  registerPerson(input: $input) { token user { id name kind idCardNumber mobile roles divisionCode masked } }
}`;

interface Input {
  name: string;
  idCardNumber: string;
  mobile: string;
  password: string;
  divisionCode: string;
}

function input(overrides: Partial<Input> = {}): Input {
  return {
    name: '刘洋',
    idCardNumber: idCard('50023819920215203'),
    mobile: nextMobile(),
    password: 'Passw0rd-2026',
    divisionCode: '500238100205',
    ...overrides,
  };
}

function register(url: string, values: Input) {
  return graphql(url, REGISTER, { input: values });
}

async function countPeople(): Promise<number> {
  return models.User.countDocuments({ kind: 'PERSON' });
}

describe('registerPerson validation', () => {
  const rejected: {
    title: string;
    input: Partial<Input>;
    code: string;
    field: string;
    problem?: string;
  }[] = [
    {
      title: 'wrong check character',
      input: { idCardNumber: withWrongCheck(idCard('50010319870423101')) },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'CHECK_DIGIT',
    },
    {
      title: 'standard invalid check example',
      input: { idCardNumber: '36042619910102009X' },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'CHECK_DIGIT',
    },
    {
      title: 'month 13',
      input: { idCardNumber: '360426199113010079' },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'BIRTH_DATE',
    },
    {
      title: '30 February',
      input: { idCardNumber: idCard('50010319900230101') },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'BIRTH_DATE',
    },
    {
      title: 'birth date in the future',
      input: { idCardNumber: idCard('50010321000101101') },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'BIRTH_DATE',
    },
    {
      title: '17 characters',
      input: { idCardNumber: '50010319900101101' },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'FORMAT',
    },
    {
      title: 'unknown province in address code',
      input: { idCardNumber: idCard('99010119900101101') },
      code: 'INVALID_ID_CARD',
      field: 'idCardNumber',
      problem: 'REAL_NAME',
    },
    {
      title: 'mobile with 10 digits',
      input: { mobile: '1380013800' },
      code: 'INVALID_MOBILE',
      field: 'mobile',
    },
    {
      title: 'mobile starting 12',
      input: { mobile: '12800138000' },
      code: 'INVALID_MOBILE',
      field: 'mobile',
    },
    {
      title: 'password of 7 characters',
      input: { password: 'Abc1234' },
      code: 'BAD_USER_INPUT',
      field: 'password',
    },
    {
      title: 'password without digits',
      input: { password: 'OnlyLetters' },
      code: 'BAD_USER_INPUT',
      field: 'password',
    },
    {
      title: 'password without letters',
      input: { password: '1234567890' },
      code: 'BAD_USER_INPUT',
      field: 'password',
    },
    {
      title: 'Latin name',
      input: { name: 'Zhang San' },
      code: 'BAD_USER_INPUT',
      field: 'name',
    },
    {
      title: 'one-character name',
      input: { name: '张' },
      code: 'BAD_USER_INPUT',
      field: 'name',
    },
    {
      title: 'name starting with a dot',
      input: { name: '·买买提' },
      code: 'BAD_USER_INPUT',
      field: 'name',
    },
    {
      title: 'name of 31 characters',
      input: { name: '𠀾'.repeat(31) },
      code: 'BAD_USER_INPUT',
      field: 'name',
    },
    {
      title: 'division outside Chongqing',
      input: { divisionCode: '110105' },
      code: 'BAD_USER_INPUT',
      field: 'divisionCode',
    },
  ];

  for (const row of rejected) {
    it(`rejects ${row.title} with ${row.code}`, async () => {
      const before = await countPeople();
      const result = await register(subgraph.url, input(row.input));
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(row.code);
      expect(result.errors?.[0]?.extensions?.field).toBe(row.field);
      if (row.problem)
        expect(result.errors?.[0]?.extensions?.problem).toBe(row.problem);
      expect(await countPeople()).toBe(before);
    });
  }

  it('leaves no claim behind after rejected registrations', async () => {
    const claims = await models.IdentityClaim.find({
      userId: {
        $nin: (await models.User.find({}, { _id: 1 }).lean()).map((u) => u._id),
      },
    }).lean();
    expect(claims).toEqual([]);
  });
});

describe('registerPerson', () => {
  it('registers the standard example number and signs the person in', async () => {
    const mobile = nextMobile();
    const result = await register(
      subgraph.url,
      input({ name: '王小明', idCardNumber: '11010519491231002X', mobile }),
    );
    expect(result.errors).toBeUndefined();
    const { token, user } = result.data!.registerPerson;
    expect(user).toMatchObject({
      name: '王小明',
      kind: 'PERSON',
      idCardNumber: '11010519491231002X',
      mobile,
      roles: ['CITIZEN'],
      masked: false,
    });
    expect(user.id).toMatch(/^u-[0-9a-f-]{36}$/);
    expect(await verifyIssuedToken(subgraph.url, token)).toMatchObject({
      userId: user.id,
      roles: ['CITIZEN'],
      divisionCode: '500238100205',
    });

    const signIn = await graphql(
      subgraph.url,
      'mutation($a: String!) { signIn(account: $a, password: "Passw0rd-2026") { user { id } } }',
      { a: mobile },
    );
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data!.signIn.user.id).toBe(user.id);
  });

  it('normalises a lower-case x, full-width digits and spaces', async () => {
    const number = idCardEndingInX('50010119880808');
    const typed =
      ` ${number.slice(0, 6)} ${number.slice(6, 14)} ${number.slice(14, 17)}x `.replace(
        /\d/g,
        (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0),
      );
    const result = await register(
      subgraph.url,
      input({
        idCardNumber: typed,
        mobile: '+86 186-1234-5678',
        name: ' 陈 静 ',
      }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerPerson.user).toMatchObject({
      idCardNumber: number,
      mobile: '18612345678',
      name: '陈静',
    });
    const stored = await models.User.findById(
      result.data!.registerPerson.user.id,
    ).lean<{ idCardNumber: string }>();
    expect(stored?.idCardNumber).toBe(number);
  });

  it('accepts transcribed names and characters outside the Basic Multilingual Plane', async () => {
    for (const name of ['阿依古丽・买买提', '𠀾𠁀', '𠀾'.repeat(30)]) {
      const result = await register(
        subgraph.url,
        input({
          name,
          idCardNumber: idCard(
            `500103199${mobileCounter % 10}0101${String(mobileCounter).padStart(3, '0')}`,
          ),
        }),
      );
      expect(result.errors, name).toBeUndefined();
      expect(result.data!.registerPerson.user.name).toBe(
        name.replace('・', '·'),
      );
    }
  });
});

describe('registerPerson duplicates', () => {
  const first17 = '50022519780312404';

  it('rejects a repeated ID card or mobile', async () => {
    const mobile = nextMobile();
    const first = await register(
      subgraph.url,
      input({ idCardNumber: idCard(first17), mobile }),
    );
    expect(first.errors).toBeUndefined();

    const sameIdCard = await register(
      subgraph.url,
      input({ idCardNumber: idCard(first17) }),
    );
    const sameMobile = await register(
      subgraph.url,
      input({ idCardNumber: idCard('50022519780312414'), mobile }),
    );
    expect(sameIdCard.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(sameMobile.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(sameMobile.errors?.[0]?.message).toBe(
      sameIdCard.errors?.[0]?.message,
    );

    expect(
      await models.User.countDocuments({ idCardNumber: idCard(first17) }),
    ).toBe(1);
    expect(await models.User.countDocuments({ mobile })).toBe(1);
    expect(
      await models.IdentityClaim.exists({
        _id: `idCard:${idCard('50022519780312414')}`,
      }),
    ).toBeNull();
  });

  it('reports a wrong name for a registered ID card as a mismatch', async () => {
    const number = idCard('50022519780312424');
    const first = await register(
      subgraph.url,
      input({ name: '刘洋', idCardNumber: number }),
    );
    expect(first.errors).toBeUndefined();

    const probe = await register(
      subgraph.url,
      input({ name: '王芳', idCardNumber: number }),
    );
    const error = probe.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.problem).toBe('REAL_NAME_MISMATCH');
    expect(error?.extensions?.field).toBe('idCardNumber');
    expect(error?.message).toBe(
      'Real-name verification failed: the name does not match the ID-card number.',
    );
    expect(await models.User.countDocuments({ idCardNumber: number })).toBe(1);

    const sameName = await register(
      subgraph.url,
      input({ name: '刘洋', idCardNumber: number }),
    );
    expect(sameName.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const first17 = '91500103MA1234567';
    const representative = await graphql(
      subgraph.url,
      `
        mutation ($input: RegisterLegalPersonInput!) {
          registerLegalPerson(input: $input) {
            user {
              id
            }
          }
        }
      `,
      {
        input: {
          name: '重庆测试建材有限公司',
          creditCode: first17 + creditCodeCheckChar(first17),
          legalRepresentativeName: '王芳',
          legalRepresentativeIdCard: number,
          contactMobile: '13700137000',
          password: 'Company-2026',
          divisionCode: '500103',
        },
      },
    );
    expect(representative.errors?.[0]?.extensions?.problem).toBe(
      'REAL_NAME_MISMATCH',
    );
    expect(representative.errors?.[0]?.extensions?.field).toBe(
      'legalRepresentativeIdCard',
    );
  });

  it('rejects the demo citizen ID card typed with a lower-case x', async () => {
    const demo = await models.User.findById('u-demo-citizen-1').lean<{
      idCardNumber: string;
      name: string;
    }>();
    const result = await register(
      subgraph.url,
      input({
        name: demo!.name,
        idCardNumber: demo!.idCardNumber.toLowerCase(),
      }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('creates one user when the same person registers concurrently', async () => {
    const number = idCard('50023119850705606');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        register(subgraph.url, input({ idCardNumber: number })),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    for (const failed of results.filter((r) => r.errors))
      expect(failed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await models.User.countDocuments({ idCardNumber: number })).toBe(1);
  });

  it('takes over a claim whose registration never wrote the user', async () => {
    const number = idCard('50023519900909808');
    await models.IdentityClaim.create({
      _id: `idCard:${number}`,
      userId: 'u-crashed',
      claimedAt: new Date(Date.now() - 10 * 60 * 1000),
    });
    const result = await register(
      subgraph.url,
      input({ idCardNumber: number }),
    );
    expect(result.errors).toBeUndefined();
    const claim = await models.IdentityClaim.findById(`idCard:${number}`).lean<{
      userId: string;
    }>();
    expect(claim?.userId).toBe(result.data!.registerPerson.user.id);
  });

  it('keeps a recent claim of a registration still in progress', async () => {
    const number = idCard('50023519900909818');
    await models.IdentityClaim.create({
      _id: `idCard:${number}`,
      userId: 'u-in-progress',
      claimedAt: new Date(),
    });
    const result = await register(
      subgraph.url,
      input({ idCardNumber: number }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('releases the claims when writing the user fails', async () => {
    const number = idCard('50024119931111202');
    const mobile = nextMobile();
    const failingModels = {
      ...models,
      User: Object.assign(Object.create(models.User), {
        create: () => Promise.reject(new Error('disk full')),
      }),
    };
    const divisions = new DivisionCatalog(models.Division);
    await divisions.load();
    const services = {
      models: failingModels,
      divisions,
      verifier: {
        name: 'accept',
        verify: async () => ({ verified: true as const }),
      },
      log: { info: () => {}, error: () => {} } as never,
      countRegistrationAttempt: async () => {},
    };

    await expect(
      registerPerson(services, input({ idCardNumber: number, mobile })),
    ).rejects.toThrow('disk full');
    expect(
      await models.IdentityClaim.exists({ _id: `idCard:${number}` }),
    ).toBeNull();
    expect(
      await models.IdentityClaim.exists({ _id: `mobile:${mobile}` }),
    ).toBeNull();
    expect(
      await models.IdentityClaim.exists({ _id: `account:${mobile}` }),
    ).toBeNull();
    expect(await models.User.countDocuments({ idCardNumber: number })).toBe(0);
  });
});

describe('registerPerson with another verifier', () => {
  let custom: RunningSubgraph;

  beforeAll(async () => {
    custom = await startTestSubgraph(
      createIdentitySubgraph({ createVerifier: createTestVerifier }),
    );
  });

  afterAll(async () => {
    await custom?.close();
  });

  it('rejects a mismatch reported by the verifier and writes nothing', async () => {
    const number = idCard('50010819770606303');
    const result = await register(
      custom.url,
      input({ name: MISMATCHED_NAME, idCardNumber: number }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.problem).toBe('REAL_NAME_MISMATCH');
    expect(await models.User.countDocuments({ idCardNumber: number })).toBe(0);
    expect(
      await models.IdentityClaim.exists({ _id: `idCard:${number}` }),
    ).toBeNull();
  });

  it('reports an unavailable verifier as UPSTREAM_FAILED', async () => {
    const result = await register(
      custom.url,
      input({ name: FAILING_NAME, idCardNumber: idCard('50010819770606313') }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_FAILED');
    expect(result.errors?.[0]?.message).not.toContain('registry timed out');
  });

  it('registers a person the verifier confirms', async () => {
    const result = await register(
      custom.url,
      input({ name: '赵六', idCardNumber: idCard('50010819770606323') }),
    );
    expect(result.errors).toBeUndefined();
  });
});
