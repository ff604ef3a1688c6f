import { describe, expect, it } from 'vitest';
import {
  maskIdNumberForPublic,
  maskMobileForPublic,
  maskNameForPublic,
} from '../src/index.js';

describe('maskNameForPublic', () => {
  it.each([
    ['张三', '张**'],
    ['张三丰', '张**'],
    ['李', '*'],
    ['', '*'],
    ['𠮷', '*'],
    ['𠮷明', '𠮷**'],
    ['王𠮷𠮷', '王**'],
    ['欧阳娜娜', '欧**'],
    [' 张三 ', '张**'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskNameForPublic(name)).toBe(masked);
  });

  it('never splits a surrogate pair', () => {
    const masked = maskNameForPublic('𠮷明');
    expect(masked.codePointAt(0)).toBe(0x20bb7);
    expect(masked.isWellFormed()).toBe(true);
  });
});

describe('maskIdNumberForPublic', () => {
  it.each([
    ['50010119900101123X', '5001**********123X'],
    ['91500000MA5U0000XY', '9150**********00XY'],
    ['12345678', '********'],
    ['', ''],
  ])('masks %j as %j', (value, masked) => {
    expect(maskIdNumberForPublic(value)).toBe(masked);
  });
});

describe('maskMobileForPublic', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['1380013800', '***********'],
    ['+8613800138000', '***********'],
    ['abc', '***********'],
  ])('masks %j as %j', (value, masked) => {
    expect(maskMobileForPublic(value)).toBe(masked);
  });
});
