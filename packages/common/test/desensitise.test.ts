import { describe, expect, it } from 'vitest';
import {
  csvDocument,
  csvField,
  desensitise,
  generaliseAddress,
  generaliseBirthDate,
} from '../src/index.js';

describe('desensitise', () => {
  it.each([
    ['ID_CARD', '50010319850612202X', '5001**********202X'],
    ['MOBILE', '13800138000', '138****8000'],
    ['NAME', '张三', '张*'],
    ['NAME', '欧阳娜娜', '欧阳**'],
    ['NAME', '𠮷野家', '𠮷**'],
    ['BIRTH_DATE', '1990-03-07', '1990'],
    ['BIRTH_DATE', '19900307', '1990'],
    ['ADDRESS', '重庆市巫溪县城厢镇城北村3组12号', '重庆市巫溪县城厢镇'],
    [
      'ADDRESS',
      '重庆市渝中区解放碑街道民族路88号5楼',
      '重庆市渝中区解放碑街道',
    ],
    ['OTHER', '病史', '***'],
    ['NONE', '任意', '***'],
  ] as const)('masks %s %s', (kind, raw, masked) => {
    expect(desensitise(kind, raw)).toBe(masked);
  });

  it('never shows a birth date inside a masked ID card', () => {
    expect(desensitise('ID_CARD', '500238199003071012')).not.toContain(
      '19900307',
    );
  });

  it('generalises an address without a township to its county', () => {
    expect(generaliseAddress('重庆市巫溪县滨河路1号')).toBe('重庆市巫溪县');
    expect(generaliseAddress('某地某号')).toBe('*');
  });

  it('hides a birth date it cannot read', () => {
    expect(generaliseBirthDate('三月七日')).toBe('*');
  });
});

describe('csv', () => {
  it('neutralises formulas and quotes separators', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+86')).toBe("'+86");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField(null)).toBe('');
  });

  it('starts a document with a byte-order mark', () => {
    expect(csvDocument([['a', 1]])).toBe('\uFEFFa,1\r\n');
  });
});
