import { describe, expect, it } from 'vitest';
import { idCardCheckChar } from '@ykb/common';
import {
  createSandboxVerifier,
  findNameProblem,
  isPlausibleCountyCode,
  normalizeAccount,
  normalizeIdCardNumber,
  normalizePersonName,
} from '../src/index.js';

const verifier = createSandboxVerifier({
  knowsDivision: (code) => ['500238', '500103'].includes(code),
  now: () => new Date('2026-06-01T00:00:00Z'),
});

function idCard(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

describe('sandbox real-name verifier', () => {
  it('accepts the standard examples', async () => {
    expect(
      await verifier.verify({
        name: '张三',
        idCardNumber: '11010519491231002X',
      }),
    ).toEqual({ verified: true });
    expect(
      await verifier.verify({
        name: '张三',
        idCardNumber: '360426199101010071',
      }),
    ).toEqual({ verified: true });
    expect(
      await verifier.verify({
        name: '张三',
        idCardNumber: '44011320141005001X',
      }),
    ).toEqual({ verified: true });
  });

  it('accepts a retired county code that is still plausible', async () => {
    expect(
      await verifier.verify({
        name: '李四',
        idCardNumber: idCard('51222119700101101'),
      }),
    ).toEqual({ verified: true });
  });

  const rejected: {
    title: string;
    name: string;
    idCardNumber: string;
    problem: string;
  }[] = [
    {
      title: 'wrong check character',
      name: '张三',
      idCardNumber: '36042619910102009X',
      problem: 'ID_CARD',
    },
    {
      title: 'month 13',
      name: '张三',
      idCardNumber: '360426199113010079',
      problem: 'ID_CARD',
    },
    {
      title: 'birth after today',
      name: '张三',
      idCardNumber: idCard('50023820260602101'),
      problem: 'ID_CARD',
    },
    {
      title: 'unknown province',
      name: '张三',
      idCardNumber: idCard('99023819900101101'),
      problem: 'ID_CARD',
    },
    {
      title: 'province-level address code',
      name: '张三',
      idCardNumber: idCard('50000019900101101'),
      problem: 'ID_CARD',
    },
    {
      title: 'Latin name',
      name: 'Li Si',
      idCardNumber: idCard('50023819900101101'),
      problem: 'NAME',
    },
  ];

  for (const row of rejected) {
    it(`rejects ${row.title}`, async () => {
      const result = await verifier.verify({
        name: row.name,
        idCardNumber: row.idCardNumber,
      });
      expect(result).toMatchObject({ verified: false, problem: row.problem });
    });
  }

  it('accepts a birth date of today', async () => {
    expect(
      await verifier.verify({
        name: '王五',
        idCardNumber: idCard('50023820260601101'),
      }),
    ).toEqual({ verified: true });
  });
});

describe('isPlausibleCountyCode', () => {
  it('accepts county codes of every era and rejects the rest', () => {
    expect(isPlausibleCountyCode('110105')).toBe(true);
    expect(isPlausibleCountyCode('512221')).toBe(true);
    expect(isPlausibleCountyCode('810000')).toBe(false);
    expect(isPlausibleCountyCode('500000')).toBe(false);
    expect(isPlausibleCountyCode('990101')).toBe(false);
    expect(isPlausibleCountyCode('50010')).toBe(false);
  });
});

describe('findNameProblem', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(findNameProblem('𠀾𠁀')).toBeUndefined();
    expect(findNameProblem('𠀾'.repeat(30))).toBeUndefined();
    expect(findNameProblem('𠀾'.repeat(31))).toMatch(/2 to 30/);
    expect(findNameProblem('𠀾')).toMatch(/2 to 30/);
  });

  it('allows a middle dot only between parts', () => {
    expect(findNameProblem('阿依古丽·买买提')).toBeUndefined();
    expect(findNameProblem('·买买提')).toBeDefined();
    expect(findNameProblem('买买提·')).toBeDefined();
    expect(findNameProblem('阿依··买买提')).toBeDefined();
    expect(findNameProblem('张3')).toBeDefined();
  });
});

describe('input normalisation', () => {
  it('normalises ID-card numbers, accounts and names', () => {
    expect(
      normalizeIdCardNumber(' １１０１０５ １９４９１２３１ ００２ｘ '),
    ).toBe('11010519491231002X');
    expect(normalizeAccount(' Clerk.Wuxi ')).toBe('clerk.wuxi');
    expect(normalizeAccount('１３８ ００１３ ８０００')).toBe('13800138000');
    expect(normalizeAccount('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizeAccount('8613800138000')).toBe('13800138000');
    expect(normalizePersonName(' 阿依古丽・买买提 ')).toBe('阿依古丽·买买提');
    expect(normalizePersonName('阿依古丽•买买提')).toBe('阿依古丽·买买提');
  });
});
