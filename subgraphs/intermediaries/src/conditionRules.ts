/**
 * Rules for the conditions of a procurement announcement against the
 * discriminatory restrictions of clause 3.7.4.2. A rule either rejects a
 * condition, when its wording alone shows the restriction, or flags it for a
 * supervisor's review, when whether it fits the project needs judgement.
 *
 * Rejected: performance or awards tied to a region (c), a named agency or
 * credit code (d), a registration place or local branch required (e).
 * Flagged: requirements that may not fit the project (a), that may point at
 * one agency (b), such as the trade name of a registered agency alone, and
 * admission lists or recommendations (e).
 *
 * Every rule matches the normalised text (see `normalizeCondition`), so
 * spaces, punctuation, full-width letters and traditional characters do not
 * get a condition past it.
 */

import { checkCreditCode } from '@ykb/common';
import { escapeRegex } from './text.js';

/** Stable identifier of the rule that produced a finding. */
export type ConditionRule =
  | 'REGIONAL_PERFORMANCE'
  | 'CREDIT_CODE'
  | 'NAMED_PROVIDER'
  | 'REGISTERED_AGENCY'
  | 'REGISTRATION_PLACE'
  | 'UNRELATED_SIZE'
  | 'POINTING'
  | 'AGENCY_TRADE_NAME'
  | 'ADMISSION_LIST';

export interface ConditionFinding {
  /** Index of the condition in the announcement. */
  index: number;
  /** Clause letter of 3.7.4.2. */
  clause: 'a' | 'b' | 'c' | 'd' | 'e';
  rule: ConditionRule;
  reason: string;
}

export interface ConditionReview {
  rejections: ConditionFinding[];
  flags: ConditionFinding[];
}

/**
 * Traditional forms of the characters the rules and agency names use, mapped
 * to their simplified forms. Only characters that appear in a rule or in an
 * organisation name pattern are listed; others stay as written.
 */
const TRADITIONAL_TO_SIMPLIFIED: Record<string, string> = {
  業: '业',
  績: '绩',
  獎: '奖',
  項: '项',
  區: '区',
  縣: '县',
  慶: '庆',
  內: '内',
  範: '范',
  圍: '围',
  當: '当',
  轄: '辖',
  註: '注',
  冊: '册',
  設: '设',
  機: '机',
  構: '构',
  辦: '办',
  勵: '励',
  榮: '荣',
  譽: '誉',
  評: '评',
  優: '优',
  資: '资',
  產: '产',
  額: '额',
  營: '营',
  淨: '净',
  滿: '满',
  間: '间',
  從: '从',
  數: '数',
  職: '职',
  級: '级',
  質: '质',
  獨: '独',
  專: '专',
  廠: '厂',
  為: '为',
  過: '过',
  單: '单',
  錄: '录',
  庫: '库',
  薦: '荐',
  選: '选',
  國: '国',
  務: '务',
  計: '计',
  須: '须',
  應: '应',
  於: '于',
  僅: '仅',
  隻: '只',
  獲: '获',
  總: '总',
  員: '员',
  備: '备',
  證: '证',
  書: '书',
  車: '车',
  檢: '检',
  測: '测',
  價: '价',
  規: '规',
  劃: '划',
  環: '环',
  識: '识',
  諮: '咨',
  詢: '询',
  與: '与',
  團: '团',
  實: '实',
  驗: '验',
  這: '这',
  個: '个',
  匯: '汇',
  師: '师',
  會: '会',
  鑒: '鉴',
  鑑: '鉴',
  繪: '绘',
  監: '监',
  錢: '钱',
  華: '华',
  東: '东',
  萬: '万',
  長: '长',
  興: '兴',
  廣: '广',
  龍: '龙',
  達: '达',
  聯: '联',
  豐: '丰',
  訊: '讯',
  電: '电',
  標: '标',
  準: '准',
  權: '权',
  號: '号',
  門: '门',
  開: '开',
  發: '发',
  讓: '让',
  則: '则',
  點: '点',
  歷: '历',
  屆: '届',
  貢: '贡',
  獻: '献',
};

/**
 * Normalises a condition or a name for matching: NFKC (full-width letters and
 * digits to ASCII), upper case, traditional characters of the rules to
 * simplified, and every whitespace, punctuation mark and symbol removed.
 */
export function normalizeCondition(raw: string): string {
  return Array.from(raw.normalize('NFKC').toUpperCase())
    .map((ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch)
    .join('')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

const REGION =
  /(重庆|渝|本市|本地|本区|本县|本省|本辖区|辖区内|市内|区内|县内|省内|当地|[\u4e00-\u9fa5]{1,6}(?:市|区|县|省)(?:内|范围|境内|行政区域))/;
const PERFORMANCE_OR_AWARD = /(业绩|奖项|获奖|奖励|荣誉|表彰|评优|优秀)/;
const CREDIT_CODE_WINDOW =
  /(?=([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}))/g;
const NAMED_PROVIDER =
  /(指定|限定|仅限|只限|限于|须由|必须由|应由)(?:(?!的)[\u4e00-\u9fa5A-Z0-9]){0,20}?(?:(?!的)[\u4e00-\u9fa5]){2,30}(公司|事务所|研究院|设计院|中心|机构)/;
const REGISTRATION_PLACE =
  /(注册地|本地注册|在渝注册|外地|外省|设立分支机构|设立分公司|本地分公司|本地办公)/;
const UNRELATED_SIZE =
  /(注册资本|注册资金|资产总额|营业收入|净资产|成立(满|时间|年限)|从业(满|年限)|\d+年以上|不少于\d+(人|名)|人员数量|职工人数|资质等级|一级资质|甲级)/;
const POINTING =
  /(特定|独家|唯一|专利|品牌|原厂|曾为|服务过|合作单位|同一控制)/;
const ADMISSION_LIST = /(名录库|入围|推荐|备选库|白名单|所有制|国有|民营)/;

/** Place-name prefix of an organisation name: 重庆市, 重庆, or a district or county of Chongqing. */
const NAME_REGION = /^(重庆市|重庆|渝)?([\u4e00-\u9fa5]{1,4}(区|县))?/;
/** Organisation-form suffix of a name. */
const NAME_FORM =
  /(股份有限公司|有限责任公司|有限公司|集团|事务所|研究院|设计院|研究所|中心|公司)+$/;
/** Line-of-business words that follow the trade name (字号) in an organisation name. */
const NAME_BUSINESS =
  /(安全评价|环境影响评价|环境评价|工程咨询|工程造价|工程监理|工程设计|工程勘察|勘察设计|勘察测绘|检验检测|质量检测|工程检测|测绘|检测|检验|评价|评估|咨询|设计|勘察|监理|造价|鉴定|认证|规划|会计|律师|技术服务|技术|科技|信息|建设|工程|环境|环保|服务|管理)+$/;

/** The parts of an agency name a condition may name it by. */
export interface AgencyNameParts {
  /** The whole name, normalised. */
  full: string;
  /** The name without its place-name prefix and organisation form, at least 4 characters, or null. */
  core: string | null;
  /** The trade name (字号), at least 2 characters, or null when it cannot be identified. */
  tradeName: string | null;
}

/** Splits a registered agency name into the parts a condition may use to name it. */
export function agencyNameParts(name: string): AgencyNameParts {
  const full = normalizeCondition(name);
  const withoutRegion = full.replace(NAME_REGION, '');
  const core = withoutRegion.replace(NAME_FORM, '');
  const tradeName = core.replace(NAME_BUSINESS, '');
  return {
    full,
    core: Array.from(core).length >= 4 ? core : null,
    tradeName:
      tradeName !== core && Array.from(tradeName).length >= 2
        ? tradeName
        : null,
  };
}

/** An organisation word after a trade name, as in 华信公司 or 华信所. */
const ORGANISATION_AFTER =
  '[\\u4e00-\\u9fa5]{0,8}?(公司|事务所|所|院|中心|机构|集团)';

/**
 * Reports whether the text contains a unified social credit code: 18
 * characters of its alphabet whose check character is right, so a long run of
 * other digits, such as a telephone number next to another, rarely matches.
 */
function containsCreditCode(text: string): boolean {
  for (const match of text.matchAll(CREDIT_CODE_WINDOW))
    if (checkCreditCode(match[1]!).valid) return true;
  return false;
}

/**
 * Checks every condition. `agencyNames` are registered agency names: a
 * condition naming one by its full name, its name without place and form, or
 * its trade name followed by an organisation word is rejected; its trade
 * name alone is flagged.
 */
export function reviewConditions(
  conditions: readonly string[],
  agencyNames: readonly string[] = [],
): ConditionReview {
  const rejections: ConditionFinding[] = [];
  const flags: ConditionFinding[] = [];
  const agencies = agencyNames.filter(Boolean).map(agencyNameParts);
  conditions.forEach((raw, index) => {
    const text = normalizeCondition(raw);
    const reject = (
      clause: ConditionFinding['clause'],
      rule: ConditionRule,
      reason: string,
    ) => rejections.push({ index, clause, rule, reason });
    const flag = (
      clause: ConditionFinding['clause'],
      rule: ConditionRule,
      reason: string,
    ) => flags.push({ index, clause, rule, reason });

    if (REGION.test(text) && PERFORMANCE_OR_AWARD.test(text))
      reject(
        'c',
        'REGIONAL_PERFORMANCE',
        '以特定行政区域的业绩、奖项作为选取条件',
      );

    let namesAgency = false;
    if (containsCreditCode(text)) {
      namesAgency = true;
      reject('d', 'CREDIT_CODE', '以统一社会信用代码指定特定的中介服务机构');
    }
    if (NAMED_PROVIDER.test(text)) {
      namesAgency = true;
      reject('d', 'NAMED_PROVIDER', '指定特定的中介服务机构');
    }
    const named = agencies.find(
      (a) =>
        text.includes(a.full) ||
        (a.core !== null && text.includes(a.core)) ||
        (a.tradeName !== null &&
          new RegExp(escapeRegex(a.tradeName) + ORGANISATION_AFTER).test(text)),
    );
    if (named && !namesAgency) {
      namesAgency = true;
      reject('d', 'REGISTERED_AGENCY', '点名已入驻的特定中介服务机构');
    }
    if (!namesAgency) {
      const tradeNamed = agencies.some(
        (a) => a.tradeName !== null && text.includes(a.tradeName),
      );
      if (tradeNamed)
        flag(
          'b',
          'AGENCY_TRADE_NAME',
          '条件含有已入驻中介服务机构的字号，可能指向该机构',
        );
    }

    if (REGISTRATION_PLACE.test(text))
      reject(
        'e',
        'REGISTRATION_PLACE',
        '以注册地或设立分支机构限制、排斥其他中介服务机构',
      );
    if (UNRELATED_SIZE.test(text))
      flag(
        'a',
        'UNRELATED_SIZE',
        '资格、人员、业绩等条件需核实是否与项目特点和实际需要相适应',
      );
    if (POINTING.test(text) && !namesAgency)
      flag(
        'b',
        'POINTING',
        '技术、人员、业绩或服务要求可能指向特定中介服务机构',
      );
    if (ADMISSION_LIST.test(text))
      flag(
        'e',
        'ADMISSION_LIST',
        '以名录库、推荐或所有制等条件可能限制其他中介服务机构',
      );
  });
  return { rejections, flags };
}
