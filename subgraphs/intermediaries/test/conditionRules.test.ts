import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '@ykb/common';
import {
  agencyNameParts,
  normalizeCondition,
  reviewConditions,
} from '../src/conditionRules.js';

function clausesOf(condition: string, names: string[] = []) {
  const review = reviewConditions([condition], names);
  return {
    rejected: review.rejections.map((r) => r.clause),
    flagged: review.flags.map((f) => f.clause),
  };
}

function rulesOf(condition: string, names: string[] = []) {
  const review = reviewConditions([condition], names);
  return {
    rejected: review.rejections.map((r) => r.rule),
    flagged: review.flags.map((f) => f.rule),
  };
}

const VALID_CODE = (() => {
  const first17 = '91500103MA5U00001';
  return first17 + creditCodeCheckChar(first17);
})();

describe('announcement condition rules (3.7.4.2)', () => {
  it('rejects performance tied to a region (c)', () => {
    expect(clausesOf('须具有重庆市内同类项目业绩').rejected).toContain('c');
    expect(clausesOf('近三年在本市获得过优秀评价奖项').rejected).toContain('c');
    expect(clausesOf('获得渝中区行政区域内表彰').rejected).toContain('c');
  });

  it('rejects a named agency, by name or credit code (d)', () => {
    expect(clausesOf('指定由重庆甲安全评价有限公司承担').rejected).toContain(
      'd',
    );
    expect(
      clausesOf(`仅限统一社会信用代码为 ${VALID_CODE} 的机构`).rejected,
    ).toContain('d');
    expect(
      clausesOf('优先考虑重庆乙检测有限公司', ['重庆乙检测有限公司']).rejected,
    ).toContain('d');
  });

  it('rejects a registration place or a local branch (e)', () => {
    expect(clausesOf('报名单位注册地须在重庆').rejected).toContain('e');
    expect(clausesOf('外地机构须在本地设立分支机构').rejected).toContain('e');
  });

  it('flags requirements that may not fit the project (a)', () => {
    const result = clausesOf('注册资本不少于 500 万元');
    expect(result.rejected).toEqual([]);
    expect(result.flagged).toEqual(['a']);
    expect(clausesOf('项目负责人具有 10 年以上从业经验').flagged).toContain(
      'a',
    );
  });

  it('flags requirements that may point at one agency (b)', () => {
    expect(clausesOf('须使用某品牌检测设备').flagged).toContain('b');
  });

  it('flags admission lists and ownership (e)', () => {
    expect(clausesOf('须为市级中介机构名录库入围单位').flagged).toContain('e');
  });

  it('passes ordinary conditions', () => {
    const review = reviewConditions([
      '具有安全评价机构资质',
      '项目负责人持有安全评价师证书',
      '按国家标准出具评价报告',
    ]);
    expect(review).toEqual({ rejections: [], flags: [] });
  });

  it('reports the index of the condition', () => {
    const review = reviewConditions(['具有安全评价机构资质', '须具有本市业绩']);
    expect(review.rejections).toEqual([
      expect.objectContaining({ index: 1, clause: 'c' }),
    ]);
  });

  it('normalises spacing, punctuation, width and traditional characters', () => {
    expect(normalizeCondition('須具有 重慶市內 同類項目業績！')).toBe(
      '须具有重庆市内同類项目业绩',
    );
    expect(normalizeCondition('ＡＢＣ１２３，獎項')).toBe('ABC123奖项');
  });

  it('rejects regional performance written to evade the rule (c)', () => {
    for (const condition of [
      '须具有重 庆 市内同类项目业 绩',
      '须具有重慶市內同類項目業績',
      '近三年獲得本市獎項',
      '具有在渝·业绩',
      '具有渝内同类业绩',
      '具有重庆市区域内的业绩',
      '具有重慶區域內的獲獎經歷',
      '本　市　奖　项',
    ])
      expect(rulesOf(condition).rejected, condition).toContain(
        'REGIONAL_PERFORMANCE',
      );
  });

  it('rejects a credit code split by spaces or written full-width (d)', () => {
    const spaced = VALID_CODE.replace(/(.{4})/g, '$1 ');
    const fullWidth = VALID_CODE.replace(/[0-9A-Z]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
    expect(rulesOf(`代码 ${spaced} 的机构`).rejected).toContain('CREDIT_CODE');
    expect(rulesOf(`代码${fullWidth}`).rejected).toContain('CREDIT_CODE');
    expect(rulesOf(`代码${VALID_CODE.toLowerCase()}`).rejected).toContain(
      'CREDIT_CODE',
    );
  });

  it('does not read telephone numbers as a credit code', () => {
    const review = reviewConditions(['联系电话 023-12345678、13800138000']);
    expect(review.rejections).toEqual([]);
  });

  it('rejects a registered agency by name or distinctive part (d)', () => {
    const names = ['重庆华信安全评价有限公司'];
    expect(agencyNameParts(names[0]!)).toEqual({
      full: '重庆华信安全评价有限公司',
      core: '华信安全评价',
      tradeName: '华信',
    });
    for (const condition of [
      '优先考虑重庆华信安全评价有限公司',
      '优先考虑重 慶 華信安全評價有限公司',
      '与华信安全评价合作过的机构优先',
      '华信公司参与过前期工作，可优先',
    ])
      expect(rulesOf(condition, names).rejected, condition).toContain(
        'REGISTERED_AGENCY',
      );
  });

  it('flags a trade name alone for review (b)', () => {
    const result = rulesOf('参照华信的做法编制报告', [
      '重庆华信安全评价有限公司',
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.flagged).toEqual(['AGENCY_TRADE_NAME']);
  });

  it('rejects a named provider without the registered list (d)', () => {
    expect(rulesOf('指定由重庆甲安全评价有限公司承担').rejected).toEqual([
      'NAMED_PROVIDER',
    ]);
    expect(rulesOf('须由具有安全评价资质的机构承担').rejected).toEqual([]);
  });

  it('rejects a registration place written with spaces (e)', () => {
    expect(rulesOf('注 册 地 须在重庆').rejected).toContain(
      'REGISTRATION_PLACE',
    );
    expect(rulesOf('須在本地設立分支機構').rejected).toContain(
      'REGISTRATION_PLACE',
    );
  });

  it('flags admission lists written in traditional characters (e)', () => {
    expect(rulesOf('須為名錄庫入圍單位').flagged).toContain('ADMISSION_LIST');
  });
});
