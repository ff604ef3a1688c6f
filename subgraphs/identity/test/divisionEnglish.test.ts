import { describe, expect, it } from 'vitest';
import { englishDivisionName } from '../src/divisionEnglish.js';

/** English division names against the names Chongqing's divisions use in English. */
describe('englishDivisionName', () => {
  it.each([
    ['50', '重庆市', 'Chongqing'],
    ['5002', '县', 'Counties of Chongqing'],
    ['500103', '渝中区', 'Yuzhong District'],
    ['500238', '巫溪县', 'Wuxi County'],
    ['500230', '丰都县', 'Fengdu County'],
    ['500240', '石柱土家族自治县', 'Shizhu Tujia Autonomous County'],
    ['500241', '秀山土家族苗族自治县', 'Xiushan Tujia Miao Autonomous County'],
    ['500103001', '七星岗街道', 'Qixinggang Subdistrict'],
    ['500238100', '城厢镇', 'Chengxiang Town'],
    ['500238100205', '城北村村民委员会', 'Chengbei Village'],
    ['500238101001', '凤凰社区居民委员会', 'Fenghuang Community'],
  ])('names %s %s', (code, name, expected) => {
    expect(englishDivisionName({ code, name })).toBe(expected);
  });

  it('separates a syllable starting with a vowel', () => {
    expect(
      englishDivisionName({ code: '500000000000', name: '西安村民委员会' }),
    ).toBe("Xi'an Village");
  });
});
