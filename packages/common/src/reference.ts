import { creditCodeCheckChar, idCardCheckChar } from './identifiers.js';

/**
 * Reference data that several subgraphs seed and must agree on: the
 * departments, the demo halls and the demo accounts. Department names are
 * the real Chongqing municipal departments; their credit codes here are
 * demo values with correct GB 32100 check characters, not the real codes.
 */

function demoCreditCode(sequence: number): string {
  const first17 = `11500000MB${String(sequence).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export interface DepartmentSeed {
  code: string;
  name: string;
  nameEn: string;
  creditCode: string;
  divisionCode: string;
}

export const DEPARTMENTS: DepartmentSeed[] = [
  {
    code: 'CQ-SCJG',
    name: '重庆市市场监督管理局',
    nameEn: 'Chongqing Administration for Market Regulation',
    creditCode: demoCreditCode(1),
    divisionCode: '50',
  },
  {
    code: 'CQ-GA',
    name: '重庆市公安局',
    nameEn: 'Chongqing Public Security Bureau',
    creditCode: demoCreditCode(2),
    divisionCode: '50',
  },
  {
    code: 'CQ-MZ',
    name: '重庆市民政局',
    nameEn: 'Chongqing Civil Affairs Bureau',
    creditCode: demoCreditCode(3),
    divisionCode: '50',
  },
  {
    code: 'CQ-RS',
    name: '重庆市人力资源和社会保障局',
    nameEn: 'Chongqing Human Resources and Social Security Bureau',
    creditCode: demoCreditCode(4),
    divisionCode: '50',
  },
  {
    code: 'CQ-WJ',
    name: '重庆市卫生健康委员会',
    nameEn: 'Chongqing Health Commission',
    creditCode: demoCreditCode(5),
    divisionCode: '50',
  },
  {
    code: 'CQ-JT',
    name: '重庆市交通运输委员会',
    nameEn: 'Chongqing Transport Commission',
    creditCode: demoCreditCode(6),
    divisionCode: '50',
  },
  {
    code: 'CQ-ZJ',
    name: '重庆市住房和城乡建设委员会',
    nameEn: 'Chongqing Housing and Urban-Rural Development Commission',
    creditCode: demoCreditCode(7),
    divisionCode: '50',
  },
  {
    code: 'CQ-JW',
    name: '重庆市教育委员会',
    nameEn: 'Chongqing Education Commission',
    creditCode: demoCreditCode(8),
    divisionCode: '50',
  },
  {
    code: 'CQ-GZ',
    name: '重庆市规划和自然资源局',
    nameEn: 'Chongqing Planning and Natural Resources Bureau',
    creditCode: demoCreditCode(9),
    divisionCode: '50',
  },
  {
    code: 'CQ-NY',
    name: '重庆市农业农村委员会',
    nameEn: 'Chongqing Agriculture and Rural Affairs Commission',
    creditCode: demoCreditCode(10),
    divisionCode: '50',
  },
  {
    code: 'CQ-SW',
    name: '重庆市商务委员会',
    nameEn: 'Chongqing Commerce Commission',
    creditCode: demoCreditCode(11),
    divisionCode: '50',
  },
  {
    code: 'CQ-YJ',
    name: '重庆市应急管理局',
    nameEn: 'Chongqing Emergency Management Bureau',
    creditCode: demoCreditCode(12),
    divisionCode: '50',
  },
  {
    code: 'CQ-ZWB',
    name: '重庆市人民政府办公厅（政务服务管理办公室）',
    nameEn: 'Chongqing Government Services Administration Office',
    creditCode: demoCreditCode(13),
    divisionCode: '50',
  },
];

export interface DepartmentSystemSeed {
  id: string;
  name: string;
  departmentCode: string;
  /** Division of the system's deployment; 50 for a city-wide system. */
  divisionCode: string;
}

/** Departmental business systems (部门业务系统) whose user accounts can be bound to platform accounts. */
export const DEPARTMENT_SYSTEMS: DepartmentSystemSeed[] = [
  {
    id: 'scjg-djzc',
    name: '市场主体登记注册系统',
    departmentCode: 'CQ-SCJG',
    divisionCode: '50',
  },
  {
    id: 'ga-rkxx',
    name: '人口信息管理系统',
    departmentCode: 'CQ-GA',
    divisionCode: '50',
  },
  {
    id: 'rs-sbjb',
    name: '社会保险经办系统',
    departmentCode: 'CQ-RS',
    divisionCode: '50',
  },
  {
    id: 'mz-wx-jzxt',
    name: '巫溪县社会救助信息系统',
    departmentCode: 'CQ-MZ',
    divisionCode: '500238',
  },
];

export interface HallSeed {
  id: string;
  name: string;
  /** English name, shown when the PWA is in English. */
  nameEn: string;
  level: 'CITY' | 'DISTRICT' | 'TOWNSHIP' | 'VILLAGE';
  divisionCode: string;
  address: string;
}

/** Halls and service points with fixed ids so that every subgraph's seed can refer to them. */
export const HALLS: HallSeed[] = [
  {
    id: 'hall-50',
    name: '重庆市政务服务中心',
    nameEn: 'Chongqing Government Service Center',
    level: 'CITY',
    divisionCode: '50',
    address: '重庆市渝北区青枫北路',
  },
  {
    id: 'hall-500103',
    name: '渝中区政务服务中心',
    nameEn: 'Yuzhong District Government Service Center',
    level: 'DISTRICT',
    divisionCode: '500103',
    address: '重庆市渝中区',
  },
  {
    id: 'hall-500112',
    name: '渝北区政务服务中心',
    nameEn: 'Yubei District Government Service Center',
    level: 'DISTRICT',
    divisionCode: '500112',
    address: '重庆市渝北区',
  },
  {
    id: 'hall-500238',
    name: '巫溪县政务服务中心',
    nameEn: 'Wuxi County Government Service Center',
    level: 'DISTRICT',
    divisionCode: '500238',
    address: '重庆市巫溪县',
  },
  {
    id: 'hall-500103001',
    name: '七星岗街道便民服务中心',
    nameEn: 'Qixinggang Subdistrict Public Service Center',
    level: 'TOWNSHIP',
    divisionCode: '500103001',
    address: '重庆市渝中区七星岗街道',
  },
  {
    id: 'hall-500238100',
    name: '城厢镇便民服务中心',
    nameEn: 'Chengxiang Town Public Service Center',
    level: 'TOWNSHIP',
    divisionCode: '500238100',
    address: '重庆市巫溪县城厢镇',
  },
  {
    id: 'hall-500238100205',
    name: '城北村便民服务站',
    nameEn: 'Chengbei Village Service Point',
    level: 'VILLAGE',
    divisionCode: '500238100205',
    address: '重庆市巫溪县城厢镇城北村',
  },
  {
    id: 'hall-500238100206',
    name: '渔渡村便民服务站',
    nameEn: 'Yudu Village Service Point',
    level: 'VILLAGE',
    divisionCode: '500238100206',
    address: '重庆市巫溪县城厢镇渔渡村',
  },
];

/** Password of every demo account; printed by `npm start`, never valid outside a demo database. */
export const DEMO_PASSWORD = 'Demo@2026yk';

function demoIdCard(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

export interface DemoAccount {
  account: string;
  name: string;
  roles: string[];
  divisionCode?: string;
  departmentCode?: string;
  hallId?: string;
  idCardNumber?: string;
  mobile?: string;
  creditCode?: string;
  /** Legal representative (法定代表人) of a legal person: name and resident ID-card number. */
  legalRepresentative?: { name: string; idCardNumber: string };
  description: string;
}

/**
 * User id of a demo account. Staff ids carry their account name. Citizens'
 * accounts are mobile numbers, and ids are shown unmasked wherever a user
 * is referenced, so citizens get fixed neutral ids instead.
 */
export function demoUserId(account: string): string {
  return DEMO_CITIZEN_IDS[account] ?? `u-${account}`;
}

const DEMO_CITIZEN_IDS: Record<string, string> = {
  '13800138000': 'u-demo-citizen-1',
  '13900139000': 'u-demo-citizen-2',
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    account: '13800138000',
    name: '张三',
    roles: ['CITIZEN'],
    mobile: '13800138000',
    idCardNumber: demoIdCard('50023819900307101'),
    divisionCode: '500238100205',
    description: 'citizen (巫溪县城北村)',
  },
  {
    account: '13900139000',
    name: '欧阳娜娜',
    roles: ['CITIZEN'],
    mobile: '13900139000',
    idCardNumber: demoIdCard('50010319850612202'),
    divisionCode: '500103001',
    description: 'citizen (渝中区)',
  },
  {
    account: 'company.demo',
    name: '重庆山城示例科技有限公司',
    roles: ['LEGAL_PERSON'],
    creditCode: demoCreditCode(900),
    legalRepresentative: {
      name: '王五',
      idCardNumber: demoIdCard('50010319780415301'),
    },
    divisionCode: '500103',
    description: 'legal person',
  },
  {
    account: 'agency.demo',
    name: '重庆华信安全评价有限公司',
    roles: ['LEGAL_PERSON'],
    creditCode: demoCreditCode(901),
    legalRepresentative: {
      name: '赵评价',
      idCardNumber: demoIdCard('50010319800101001'),
    },
    divisionCode: '500103',
    description: 'legal person: the demo intermediary agency',
  },
  {
    account: 'clerk.chengbei',
    name: '李村办',
    roles: ['CLERK'],
    divisionCode: '500238100205',
    hallId: 'hall-500238100205',
    description: 'village service point clerk (城北村)',
  },
  {
    account: 'clerk.wuxi',
    name: '王窗口',
    roles: ['CLERK'],
    divisionCode: '500238',
    hallId: 'hall-500238',
    description: 'window clerk (巫溪县政务服务中心)',
  },
  {
    account: 'clerk.yuzhong',
    name: '陈窗口',
    roles: ['CLERK'],
    divisionCode: '500103',
    hallId: 'hall-500103',
    description: 'window clerk (渝中区政务服务中心)',
  },
  {
    account: 'reviewer.scjg',
    name: '赵审核',
    roles: ['REVIEWER'],
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
    description: 'reviewer, market regulation, city-wide',
  },
  {
    account: 'reviewer.mz',
    name: '钱审核',
    roles: ['REVIEWER'],
    divisionCode: '500238',
    departmentCode: 'CQ-MZ',
    description: 'reviewer, civil affairs, 巫溪县',
  },
  {
    account: 'approver.scjg',
    name: '孙审批',
    roles: ['APPROVER'],
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
    description: 'approver, market regulation, city-wide',
  },
  {
    account: 'manager.wuxi',
    name: '周主任',
    roles: ['HALL_MANAGER'],
    divisionCode: '500238',
    hallId: 'hall-500238',
    description: 'hall manager (巫溪县)',
  },
  {
    account: 'supervisor.city',
    name: '吴监察',
    roles: ['SUPERVISOR'],
    divisionCode: '50',
    description: 'supervisor, city-wide',
  },
  {
    account: 'itemadmin.city',
    name: '郑事项',
    roles: ['ITEM_ADMIN'],
    divisionCode: '50',
    departmentCode: 'CQ-ZWB',
    description: 'item catalogue administrator, item administration office',
  },
  {
    account: 'itemadmin.scjg',
    name: '许事项',
    roles: ['ITEM_ADMIN'],
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
    description:
      'item administrator, market regulation, drafts its implementation list',
  },
  {
    account: 'itemreview.scjg',
    name: '何复核',
    roles: ['ITEM_ADMIN'],
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
    description:
      'item administrator, market regulation, reviews drafts of others',
  },
  {
    account: 'itemadmin.mz.wuxi',
    name: '吕事项',
    roles: ['ITEM_ADMIN'],
    divisionCode: '500238',
    departmentCode: 'CQ-MZ',
    description: 'item administrator, civil affairs, 巫溪县',
  },
  {
    account: 'legal.city',
    name: '施法审',
    roles: ['LEGAL_REVIEWER'],
    divisionCode: '50',
    description: 'legal reviewer of item drafts, city-wide',
  },
  {
    account: 'finance.city',
    name: '钱财务',
    roles: ['FINANCE'],
    divisionCode: '50',
    description:
      'finance officer: reconciliation, clearing and refunds, city-wide',
  },
  {
    account: 'sealadmin.city',
    name: '冯印章',
    roles: ['SEAL_ADMIN'],
    divisionCode: '50',
    description: 'seal administrator',
  },
  {
    account: 'window.yuzhong',
    name: '褚窗口',
    roles: ['WINDOW_STAFF'],
    divisionCode: '500103',
    hallId: 'hall-500103',
    description: 'window staff (渝中区政务服务中心)',
  },
  {
    account: 'licence.scjg',
    name: '卫证照',
    roles: ['LICENCE_OFFICER'],
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
    description: 'licence officer, market regulation, city-wide',
  },
  {
    account: 'analyst.city',
    name: '蒋分析',
    roles: ['ANALYST'],
    divisionCode: '50',
    description: 'analyst, city-wide',
  },
  {
    account: 'auditor.city',
    name: '沈审计',
    roles: ['AUDITOR'],
    divisionCode: '50',
    description: 'auditor, city-wide',
  },
  {
    account: 'admin.wuxi',
    name: '韩管理',
    roles: ['ADMIN'],
    divisionCode: '500238',
    description: 'administrator of 巫溪县',
  },
  {
    account: 'admin',
    name: '系统管理员',
    roles: ['ADMIN'],
    divisionCode: '50',
    description: 'platform administrator',
  },
  {
    account: 'data.zwb',
    name: '杨数据',
    roles: ['ADMIN'],
    divisionCode: '50',
    departmentCode: 'CQ-ZWB',
    description:
      'data administrator of the government-service office; decides sharing requests for its datasets',
  },
  {
    account: 'data.scjg',
    name: '朱数据',
    roles: ['ADMIN'],
    divisionCode: '50',
    departmentCode: 'CQ-SCJG',
    description:
      'data administrator of market regulation; requests datasets of other departments',
  },
];

export interface LicenceTypeSeed {
  /** Licence type code: the defining department's credit code plus a 3-digit sequence (21 characters). */
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  /** Validity in years; null for licences without expiry. */
  validYears: number | null;
}

function licenceTypeCode(departmentCode: string, sequence: number): string {
  const department = DEPARTMENTS.find((d) => d.code === departmentCode);
  if (!department)
    throw new Error(
      `Unknown department ${departmentCode} in licence type seed.`,
    );
  return department.creditCode + String(sequence).padStart(3, '0');
}

export const LICENCE_TYPES: LicenceTypeSeed[] = [
  {
    code: licenceTypeCode('CQ-SCJG', 1),
    name: '营业执照',
    nameEn: 'Business licence',
    departmentCode: 'CQ-SCJG',
    validYears: null,
  },
  {
    code: licenceTypeCode('CQ-SCJG', 2),
    name: '食品经营许可证',
    nameEn: 'Food business licence',
    departmentCode: 'CQ-SCJG',
    validYears: 5,
  },
  {
    code: licenceTypeCode('CQ-GA', 1),
    name: '无犯罪记录证明',
    nameEn: 'Certificate of no criminal record',
    departmentCode: 'CQ-GA',
    validYears: null,
  },
  {
    code: licenceTypeCode('CQ-GA', 2),
    name: '居住证',
    nameEn: 'Residence permit',
    departmentCode: 'CQ-GA',
    validYears: 1,
  },
  {
    code: licenceTypeCode('CQ-RS', 1),
    name: '就业创业证',
    nameEn: 'Employment and entrepreneurship certificate',
    departmentCode: 'CQ-RS',
    validYears: null,
  },
  {
    code: licenceTypeCode('CQ-WJ', 1),
    name: '出生医学证明',
    nameEn: 'Medical birth certificate',
    departmentCode: 'CQ-WJ',
    validYears: null,
  },
  {
    code: licenceTypeCode('CQ-WJ', 2),
    name: '公共场所卫生许可证',
    nameEn: 'Public venue hygiene licence',
    departmentCode: 'CQ-WJ',
    validYears: 4,
  },
  {
    code: licenceTypeCode('CQ-JW', 1),
    name: '教师资格证书',
    nameEn: 'Teacher qualification certificate',
    departmentCode: 'CQ-JW',
    validYears: null,
  },
  {
    code: licenceTypeCode('CQ-JT', 1),
    name: '道路运输经营许可证',
    nameEn: 'Road transport business licence',
    departmentCode: 'CQ-JT',
    validYears: 4,
  },
  {
    code: licenceTypeCode('CQ-ZJ', 1),
    name: '建筑工程施工许可证',
    nameEn: 'Construction permit',
    departmentCode: 'CQ-ZJ',
    validYears: null,
  },
  {
    code: licenceTypeCode('CQ-MZ', 1),
    name: '社会团体法人登记证书',
    nameEn: 'Social organisation registration certificate',
    departmentCode: 'CQ-MZ',
    validYears: 5,
  },
  {
    code: licenceTypeCode('CQ-YJ', 1),
    name: '危险化学品经营许可证',
    nameEn: 'Hazardous chemicals business licence',
    departmentCode: 'CQ-YJ',
    validYears: 3,
  },
];

/** Looks up a licence type by department and its Chinese name; throws on a seed typo. */
export function licenceTypeByName(name: string): LicenceTypeSeed {
  const type = LICENCE_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`Unknown licence type ${name}.`);
  return type;
}

/**
 * Demo agent grant: the demo legal person company.demo lets the demo citizen
 * 欧阳娜娜 (13900139000) apply for two of its market-regulation items, 公司变更登记
 * and 食品经营许可. The item codes follow the seeded catalogue's layout: the
 * department's credit code, XK for administrative licensing and the last 11
 * digits of the basic code. The grant is valid for 365 days from the seeding.
 */
export const DEMO_AGENT_GRANT = {
  id: 'grant-demo-company-1',
  legalPersonAccount: 'company.demo',
  agentAccount: '13900139000',
  itemCodes: ['00108005000', '00108007000'].map(
    (basicCodeTail) => `${demoCreditCode(1)}XK${basicCodeTail}`,
  ),
  validDays: 365,
} as const;
