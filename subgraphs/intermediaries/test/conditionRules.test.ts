import { describe, expect, it } from 'vitest';
import { reviewConditions } from '../src/conditionRules.js';

function clausesOf(condition: string, names: string[] = []) {
  const review = reviewConditions([condition], names);
  return {
    rejected: review.rejections.map((r) => r.clause),
    flagged: review.flags.map((f) => f.clause),
  };
}

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
      clausesOf('仅限统一社会信用代码为 91500103MA5U000012 的机构').rejected,
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
});
