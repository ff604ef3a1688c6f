/**
 * Rules for the conditions of a procurement announcement against the
 * discriminatory restrictions of clause 3.7.4.2. A rule either rejects a
 * condition, when its wording alone shows the restriction, or flags it for a
 * supervisor's review, when whether it fits the project needs judgement.
 *
 * Rejected: performance or awards tied to a region (c), a named agency or
 * credit code (d), a registration place or local branch required (e).
 * Flagged: requirements that may not fit the project (a), that may point at
 * one agency (b), and admission lists or recommendations (e).
 */

export interface ConditionFinding {
  /** Index of the condition in the announcement. */
  index: number;
  /** Clause letter of 3.7.4.2. */
  clause: 'a' | 'b' | 'c' | 'd' | 'e';
  reason: string;
}

export interface ConditionReview {
  rejections: ConditionFinding[];
  flags: ConditionFinding[];
}

const REGION =
  /(重庆|本市|本地|本区|本县|本省|本辖区|辖区内|市内|区内|县内|省内|当地|[\u4e00-\u9fa5]{1,6}(?:市|区|县|省)(?:内|范围|境内|行政区域))/;
const PERFORMANCE_OR_AWARD = /(业绩|奖项|获奖|奖励|荣誉|表彰|评优|优秀)/;
const CREDIT_CODE = /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/;
const NAMED_PROVIDER =
  /(指定|限定|仅限|只限|限于|须由|必须由|应由)[^，。；,;]{0,20}?[\u4e00-\u9fa5（）()]{2,30}(公司|事务所|研究院|设计院|中心|机构)/;
const REGISTRATION_PLACE =
  /(注册地|本地注册|在渝注册|外地|外省|设立分支机构|设立分公司|本地分公司|本地办公)/;
const UNRELATED_SIZE =
  /(注册资本|注册资金|资产总额|营业收入|净资产|成立(满|时间|年限)|从业(满|年限)|\d+\s*年以上|不少于\s*\d+\s*(人|名)|人员数量|职工人数|资质等级|一级资质|甲级)/;
const POINTING =
  /(特定|独家|唯一|专利|品牌|原厂|曾为|服务过|合作单位|同一控制)/;
const ADMISSION_LIST = /(名录库|入围|推荐|备选库|白名单|所有制|国有|民营)/;

/** Checks every condition; `agencyNames` are registered agency names, so naming one is caught as well. */
export function reviewConditions(
  conditions: readonly string[],
  agencyNames: readonly string[] = [],
): ConditionReview {
  const rejections: ConditionFinding[] = [];
  const flags: ConditionFinding[] = [];
  conditions.forEach((raw, index) => {
    const text = raw.normalize('NFKC');
    if (REGION.test(text) && PERFORMANCE_OR_AWARD.test(text))
      rejections.push({
        index,
        clause: 'c',
        reason: '以特定行政区域的业绩、奖项作为选取条件',
      });
    const namesAgency =
      CREDIT_CODE.test(text) ||
      NAMED_PROVIDER.test(text) ||
      agencyNames.some((name) => name.length >= 4 && text.includes(name));
    if (namesAgency)
      rejections.push({ index, clause: 'd', reason: '指定特定的中介服务机构' });
    if (REGISTRATION_PLACE.test(text))
      rejections.push({
        index,
        clause: 'e',
        reason: '以注册地或设立分支机构限制、排斥其他中介服务机构',
      });
    if (UNRELATED_SIZE.test(text))
      flags.push({
        index,
        clause: 'a',
        reason: '资格、人员、业绩等条件需核实是否与项目特点和实际需要相适应',
      });
    if (POINTING.test(text) && !namesAgency)
      flags.push({
        index,
        clause: 'b',
        reason: '技术、人员、业绩或服务要求可能指向特定中介服务机构',
      });
    if (ADMISSION_LIST.test(text))
      flags.push({
        index,
        clause: 'e',
        reason: '以名录库、推荐或所有制等条件可能限制其他中介服务机构',
      });
  });
  return { rejections, flags };
}
