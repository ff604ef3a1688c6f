import { DEPARTMENTS } from '@ykb/common';
import type { IntermediaryServiceDocument } from './model.js';

/**
 * Starter list of intermediary services (中介服务) that approval items
 * require, with the items of the items subgraph's starter catalogue they
 * serve. The codes are this platform's own, not a national catalogue code.
 */

export interface ItemLink {
  /** Department code of the implementing department. */
  department: string;
  /** Basic catalogue code of the item (12 digits). */
  basicCode: string;
  /** Item name, kept so that tests can check the link points at the intended item. */
  name: string;
}

export interface ServiceSpec {
  code: string;
  /** Department code of the industry authority that maintains the entry. */
  departmentCode: string;
  name: string;
  description: string;
  items: ItemLink[];
}

export const SERVICE_SPECS: ServiceSpec[] = [
  {
    code: 'ZJFW001',
    departmentCode: 'CQ-YJ',
    name: '安全评价',
    description:
      '由具备资质的安全评价机构辨识和分析生产经营单位的危险、有害因素，出具安全评价报告，供危险化学品经营许可等审批使用。',
    items: [
      {
        department: 'CQ-YJ',
        basicCode: '000120001000',
        name: '危险化学品经营许可',
      },
    ],
  },
  {
    code: 'ZJFW002',
    departmentCode: 'CQ-WJ',
    name: '公共场所卫生检测',
    description:
      '由具备资质的检测机构对公共场所的空气、微小气候、水质、采光照明、噪声和公共用品用具进行卫生检测，出具检测报告。',
    items: [
      {
        department: 'CQ-WJ',
        basicCode: '000117002000',
        name: '公共场所卫生许可',
      },
    ],
  },
  {
    code: 'ZJFW003',
    departmentCode: 'CQ-ZJ',
    name: '建设工程施工图设计文件审查',
    description:
      '由施工图审查机构审查施工图中涉及公共利益、公众安全和工程建设强制性标准的内容，出具施工图审查合格书。',
    items: [
      {
        department: 'CQ-ZJ',
        basicCode: '000115002000',
        name: '建筑工程施工许可证核发',
      },
    ],
  },
  {
    code: 'ZJFW004',
    departmentCode: 'CQ-GZ',
    name: '地质灾害危险性评估',
    description:
      '在地质灾害易发区内进行工程建设时，由具备资质的单位评估建设工程遭受或者引发地质灾害的可能性，出具评估报告。',
    items: [
      {
        department: 'CQ-GZ',
        basicCode: '000111001000',
        name: '乡村建设规划许可证核发',
      },
    ],
  },
  {
    code: 'ZJFW005',
    departmentCode: 'CQ-SCJG',
    name: '验资',
    description:
      '由会计师事务所审验出资人的出资或开办资金到位情况，出具验资报告。',
    items: [
      {
        department: 'CQ-MZ',
        basicCode: '000112005000',
        name: '社会团体成立登记',
      },
      {
        department: 'CQ-JW',
        basicCode: '000110002000',
        name: '民办学校设立审批',
      },
    ],
  },
  {
    code: 'ZJFW006',
    departmentCode: 'CQ-JT',
    name: '道路运输车辆综合性能检测',
    description:
      '由机动车检验检测机构检测道路运输车辆的技术状况并评定技术等级，出具综合性能检测报告。',
    items: [
      {
        department: 'CQ-JT',
        basicCode: '000116001000',
        name: '道路普通货物运输经营许可',
      },
    ],
  },
  {
    code: 'ZJFW007',
    departmentCode: 'CQ-ZJ',
    name: '环境影响评价文件编制',
    description:
      '分析、预测和评估建设项目实施后可能造成的环境影响，编制环境影响报告书或报告表。',
    // NOTE: serves 建设项目环境影响评价文件审批, which the starter item catalogue does not contain yet.
    items: [],
  },
  {
    code: 'ZJFW008',
    departmentCode: 'CQ-GZ',
    name: '房产测绘',
    description:
      '由具备测绘资质的单位测量房屋及其用地，出具房产测绘成果报告，供不动产登记等事项使用。',
    items: [],
  },
];

/** Letters the items subgraph puts after the credit code for administrative licensing items. */
const LICENSING_TYPE_LETTERS = 'XK';

/**
 * Builds an item implementation code by the items subgraph's rule: the
 * department's credit code, 2 type letters and the basic code without its
 * first digit (31 characters). Every linked item is an administrative
 * licensing item.
 */
export function implementationCode(link: ItemLink): string {
  const department = DEPARTMENTS.find((d) => d.code === link.department);
  if (!department)
    throw new Error(
      `Intermediary service catalogue names unknown department ${link.department}.`,
    );
  return `${department.creditCode}${LICENSING_TYPE_LETTERS}${link.basicCode.slice(1)}`;
}

/** Builds the id of a seeded intermediary service from its code. */
export function serviceId(code: string): string {
  return `is-${code}`;
}

/** Builds the seeded intermediary service documents, all published. */
export function serviceCatalogue(): IntermediaryServiceDocument[] {
  return SERVICE_SPECS.map((spec) => ({
    _id: serviceId(spec.code),
    code: spec.code,
    name: spec.name,
    description: spec.description,
    departmentCode: spec.departmentCode,
    status: 'PUBLISHED',
    itemIds: spec.items.map(implementationCode),
    version: 0,
  }));
}
