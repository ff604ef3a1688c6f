import { describe, expect, it } from 'vitest';
import {
  calendar,
  checkCreditCode,
  checkIdCard,
  checkLicenceIdentifier,
  checkMobile,
  maskIdCard,
  maskMobile,
  maskName,
  shanghaiDate,
  WorkingDayCalendar,
} from '../src/index.js';

describe('checkIdCard', () => {
  it.each([
    ['11010519491231002X', true, undefined],
    ['360426199101010071', true, undefined],
    ['44011320141005001x', true, undefined],
    ['４４０１１３２０１４１００５００１ｘ', true, undefined],
    ['  360426199101010071 ', true, undefined],
    ['36042619910102009X', false, 'CHECK_DIGIT'],
    ['360426199113010079', false, 'BIRTH_DATE'],
    ['36042619910101007', false, 'FORMAT'],
  ])('%s valid=%s', (value, valid, problem) => {
    const result = checkIdCard(value);
    expect(result.valid).toBe(valid);
    expect(result.problem).toBe(problem);
  });

  it('normalises full-width input and lower-case x', () => {
    expect(checkIdCard('44011320141005001x').normalized).toBe(
      '44011320141005001X',
    );
  });

  it('reads sex and birth date', () => {
    const result = checkIdCard('11010519491231002X');
    expect(result.birthDate).toBe('1949-12-31');
    expect(result.sex).toBe('FEMALE');
  });
});

describe('checkCreditCode', () => {
  it.each([
    ['91110000600037341L', true],
    ['121200004013590816', true],
    ['91110000600037341N', false],
    ['91110000600037341I', false],
  ])('%s valid=%s', (value, valid) => {
    expect(checkCreditCode(value).valid).toBe(valid);
  });
});

describe('checkMobile', () => {
  it.each([
    ['13800138000', true],
    ['19912345678', true],
    ['+86 138 0013 8000', true],
    ['１３８００１３８０００', true],
    ['12800138000', false],
    ['1380013800', false],
  ])('%s valid=%s', (value, valid) => {
    expect(checkMobile(value).valid).toBe(valid);
  });
});

describe('checkLicenceIdentifier', () => {
  it('accepts the published example', () => {
    expect(
      checkLicenceIdentifier(
        '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U',
      ).valid,
    ).toBe(true);
  });

  it('reports a wrong check character', () => {
    expect(
      checkLicenceIdentifier(
        '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.V',
      ),
    ).toEqual({ valid: false, problem: 'CHECK_DIGIT' });
  });
});

describe('masking', () => {
  it.each([
    ['50010319900307123X', '5001**********123X'],
    ['91500000MA5U0000XY', '9150**********00XY'],
    [' 50010319900307123X ', '5001**********123X'],
    ['12345678', '********'],
    ['', ''],
  ])('masks ID number %j as %j', (value, masked) => {
    expect(maskIdCard(value)).toBe(masked);
  });

  it('hides the birth date of an ID-card number', () => {
    expect(maskIdCard('50010319900307123X')).not.toContain('19900307');
  });

  it.each([
    ['13800138000', '138****8000'],
    ['1380013', '*******'],
  ])('masks mobile %j as %j', (value, masked) => {
    expect(maskMobile(value)).toBe(masked);
  });

  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳', '欧*'],
    ['李', '*'],
    ['𠮷', '*'],
    ['', ''],
    ['𠮷明', '𠮷*'],
    ['王𠮷𠮷', '王**'],
    ['李𠀾明', '李**'],
    [' 张三 ', '张*'],
    ['阿依古丽·买买提', '阿*******'],
  ])('masks name %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('never splits a surrogate pair', () => {
    for (const name of ['𠮷明', '王𠮷', '𠮷𠮷𠮷']) {
      const masked = maskName(name);
      expect(masked.isWellFormed()).toBe(true);
      expect(Array.from(masked)).toHaveLength(Array.from(name).length);
    }
  });
});

describe('working-day calendar', () => {
  it.each([
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-09-26', 5, '2025-10-10'],
    ['2026-02-13', 3, '2026-02-25'],
  ])('%s + %i working days is %s', (start, days, expected) => {
    const result = calendar().addWorkingDays(start, days);
    expect(result.date).toBe(expected);
    expect(result.provisional).toBe(false);
  });

  it('flags a deadline that runs into an unknown year as provisional', () => {
    const result = calendar().addWorkingDays('2026-12-28', 10);
    expect(result.provisional).toBe(true);
  });

  it('uses a schedule loaded for a new year', () => {
    const custom = new WorkingDayCalendar([
      { year: 2030, holidays: ['2030-01-01'], workdays: ['2030-01-05'] },
    ]);
    expect(custom.addWorkingDays('2030-01-01', 1)).toEqual({
      date: '2030-01-02',
      provisional: false,
    });
    expect(custom.addWorkingDays('2029-12-31', 1).provisional).toBe(true);
    expect(custom.isWorkingDay('2030-01-05')).toBe(true);
  });

  it('reads the Shanghai date of a UTC instant', () => {
    expect(shanghaiDate(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
  });
});
