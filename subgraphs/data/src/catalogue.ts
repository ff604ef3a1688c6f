import type { PersonalDataKind } from '@ykb/common';
import type { RowValues } from './model.js';

/**
 * The data catalogue (数据目录): every dataset that the platform's
 * subgraphs hold, with its fields, the classification of each field, the
 * owner department and how often the owner refreshes it. The exchange
 * holds a copy of each dataset's rows, which departments read under the
 * rules of datasetRows; the demo rows below are that copy on first start.
 */

export type FieldClassification = 'PUBLIC' | 'INTERNAL' | 'SENSITIVE';
export type UpdateFrequency = 'REALTIME' | 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface DatasetFieldEntry {
  name: string;
  description: string;
  classification: FieldClassification;
  personalDataKind: PersonalDataKind;
  /**
   * Another field of the row and a value of it that make this field public
   * registration data, shown raw to everyone: the name and credit code of
   * a legal person holder, for example. Absent for fields always personal.
   */
  publicWhen?: { field: string; equals: string };
}

export interface DatasetEntry {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  sourceSubgraph: string;
  sourceCollection: string;
  ownerDepartmentCode: string;
  updateFrequency: UpdateFrequency;
  open: boolean;
  fields: DatasetFieldEntry[];
}

/** A row as files and seeds carry it: key, division and values by field name. */
export interface RowRecord {
  key: string;
  divisionCode: string;
  values: RowValues;
}

const field = (
  name: string,
  description: string,
  classification: FieldClassification,
  personalDataKind: PersonalDataKind = 'NONE',
  publicWhen?: DatasetFieldEntry['publicWhen'],
): DatasetFieldEntry => ({
  name,
  description,
  classification,
  personalDataKind,
  ...(publicWhen ? { publicWhen } : {}),
});

/** Marks a holder field as public when the holder is a legal person. */
const LEGAL_PERSON_HOLDER = { field: 'holderKind', equals: 'LEGAL_PERSON' };

export const CATALOGUE: readonly DatasetEntry[] = [
  {
    id: 'identity.users',
    name: '实名用户',
    nameEn: 'Registered users',
    description: '在平台实名注册的自然人用户及其所在区划。',
    sourceSubgraph: 'identity',
    sourceCollection: 'users',
    ownerDepartmentCode: 'CQ-ZWB',
    updateFrequency: 'REALTIME',
    open: false,
    fields: [
      field('userId', '用户标识', 'INTERNAL'),
      field('name', '姓名', 'SENSITIVE', 'NAME'),
      field('idCardNumber', '居民身份证号码', 'SENSITIVE', 'ID_CARD'),
      field('birthDate', '出生日期', 'SENSITIVE', 'BIRTH_DATE'),
      field('mobile', '手机号码', 'SENSITIVE', 'MOBILE'),
      field('address', '住址', 'SENSITIVE', 'ADDRESS'),
      field('divisionCode', '所在区划代码', 'PUBLIC'),
      field('registeredOn', '注册日期', 'INTERNAL'),
    ],
  },
  {
    id: 'cases.applications',
    name: '办件信息',
    nameEn: 'Applications and their handling',
    description: '政务服务事项的申请及办理状态。',
    sourceSubgraph: 'cases',
    sourceCollection: 'cases',
    ownerDepartmentCode: 'CQ-ZWB',
    updateFrequency: 'DAILY',
    open: false,
    fields: [
      field('caseNumber', '办件编号', 'INTERNAL'),
      field('itemName', '事项名称', 'PUBLIC'),
      field('departmentCode', '承办部门代码', 'PUBLIC'),
      field('applicantName', '申请人姓名', 'SENSITIVE', 'NAME'),
      field('applicantIdCard', '申请人身份证号码', 'SENSITIVE', 'ID_CARD'),
      field('applicantMobile', '申请人手机号码', 'SENSITIVE', 'MOBILE'),
      field('applicantAddress', '申请人住址', 'SENSITIVE', 'ADDRESS'),
      field('status', '办理状态', 'PUBLIC'),
      field('submittedOn', '申请日期', 'INTERNAL'),
    ],
  },
  {
    id: 'licenses.licences',
    name: '电子证照',
    nameEn: 'Electronic licences',
    description: '市场监管部门签发的电子证照及持证人。',
    sourceSubgraph: 'licenses',
    sourceCollection: 'licences',
    ownerDepartmentCode: 'CQ-SCJG',
    updateFrequency: 'DAILY',
    open: false,
    fields: [
      field('licenceNumber', '证照编号', 'INTERNAL'),
      field('typeName', '证照类型', 'PUBLIC'),
      field('holderKind', '持证人类别（PERSON 自然人，LEGAL_PERSON 法人）', 'PUBLIC'),
      field(
        'holderName',
        '持证人姓名或名称',
        'SENSITIVE',
        'NAME',
        LEGAL_PERSON_HOLDER,
      ),
      field(
        'holderIdCard',
        '持证人身份证号码或统一社会信用代码',
        'SENSITIVE',
        'ID_CARD',
        LEGAL_PERSON_HOLDER,
      ),
      field('issuedOn', '签发日期', 'PUBLIC'),
      field('validUntil', '有效期至', 'INTERNAL'),
    ],
  },
  {
    id: 'items.catalogue',
    name: '政务服务事项目录',
    nameEn: 'Catalogue of service items',
    description: '已发布的政务服务事项及其办理时限。',
    sourceSubgraph: 'items',
    sourceCollection: 'items',
    ownerDepartmentCode: 'CQ-ZWB',
    updateFrequency: 'WEEKLY',
    open: true,
    fields: [
      field('itemCode', '事项编码', 'PUBLIC'),
      field('name', '事项名称', 'PUBLIC'),
      field('departmentCode', '实施部门代码', 'PUBLIC'),
      field('legalTimeLimitDays', '法定办结时限（工作日）', 'PUBLIC'),
      field('promisedTimeLimitDays', '承诺办结时限（工作日）', 'PUBLIC'),
      field('drafter', '起草人', 'INTERNAL'),
    ],
  },
  {
    id: 'halls.directory',
    name: '政务服务大厅',
    nameEn: 'Service halls',
    description: '各级政务服务中心和便民服务点的地址、电话与办公时间。',
    sourceSubgraph: 'halls',
    sourceCollection: 'halls',
    ownerDepartmentCode: 'CQ-ZWB',
    updateFrequency: 'MONTHLY',
    open: true,
    fields: [
      field('hallId', '大厅标识', 'PUBLIC'),
      field('name', '大厅名称', 'PUBLIC'),
      field('address', '地址', 'PUBLIC'),
      field('phone', '咨询电话', 'PUBLIC'),
      field('openingHours', '办公时间', 'PUBLIC'),
    ],
  },
  {
    id: 'halls.tickets',
    name: '大厅取号记录',
    nameEn: 'Hall queue tickets',
    description: '政务服务大厅的取号、等候与叫号记录。',
    sourceSubgraph: 'halls',
    sourceCollection: 'tickets',
    ownerDepartmentCode: 'CQ-ZWB',
    updateFrequency: 'DAILY',
    open: false,
    fields: [
      field('ticketNumber', '号码', 'INTERNAL'),
      field('hallId', '大厅标识', 'PUBLIC'),
      field('category', '业务类别', 'PUBLIC'),
      field('mobile', '取号人手机号码', 'SENSITIVE', 'MOBILE'),
      field('waitedMinutes', '等候分钟数', 'PUBLIC'),
      field('serviceDate', '取号日期', 'INTERNAL'),
    ],
  },
  {
    id: 'intermediaries.agencies',
    name: '中介服务机构',
    nameEn: 'Intermediary agencies',
    description: '入驻网上中介服务超市的机构、资质与信用等级。',
    sourceSubgraph: 'intermediaries',
    sourceCollection: 'parties',
    ownerDepartmentCode: 'CQ-ZWB',
    updateFrequency: 'WEEKLY',
    open: true,
    fields: [
      field('creditCode', '统一社会信用代码', 'PUBLIC'),
      field('name', '机构名称', 'PUBLIC'),
      field('legalRepresentative', '法定代表人', 'SENSITIVE', 'NAME'),
      field('contactMobile', '联系人手机号码', 'SENSITIVE', 'MOBILE'),
      field('qualification', '资质', 'PUBLIC'),
      field('creditLevel', '信用等级', 'PUBLIC'),
    ],
  },
];

const BY_ID = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

export function datasetEntry(id: string): DatasetEntry | undefined {
  return BY_ID.get(id);
}

/** Rows of each dataset that the exchange holds on first start. */
export const DEMO_ROWS: Record<string, RowRecord[]> = {
  'identity.users': [
    {
      key: 'u-demo-citizen-1',
      divisionCode: '500238100205',
      values: {
        userId: 'u-demo-citizen-1',
        name: '张三',
        idCardNumber: '500238199003071012',
        birthDate: '1990-03-07',
        mobile: '13800138000',
        address: '重庆市巫溪县城厢镇城北村3组12号',
        divisionCode: '500238100205',
        registeredOn: '2026-01-05',
      },
    },
    {
      key: 'u-demo-citizen-2',
      divisionCode: '500103001',
      values: {
        userId: 'u-demo-citizen-2',
        name: '欧阳娜娜',
        idCardNumber: '500103198506122026',
        birthDate: '1985-06-12',
        mobile: '13900139000',
        address: '重庆市渝中区解放碑街道民族路88号5楼',
        divisionCode: '500103001',
        registeredOn: '2026-01-06',
      },
    },
  ],
  'cases.applications': [
    {
      key: 'YKB-500238-0001',
      divisionCode: '500238100205',
      values: {
        caseNumber: 'YKB-500238-0001',
        itemName: '最低生活保障申请',
        departmentCode: 'CQ-MZ',
        applicantName: '张三',
        applicantIdCard: '500238199003071012',
        applicantMobile: '13800138000',
        applicantAddress: '重庆市巫溪县城厢镇城北村3组12号',
        status: 'ACCEPTED',
        submittedOn: '2026-03-02',
      },
    },
    {
      key: 'YKB-500103-0002',
      divisionCode: '500103001',
      values: {
        caseNumber: 'YKB-500103-0002',
        itemName: '食品经营许可',
        departmentCode: 'CQ-SCJG',
        applicantName: '欧阳娜娜',
        applicantIdCard: '500103198506122026',
        applicantMobile: '13900139000',
        applicantAddress: '重庆市渝中区解放碑街道民族路88号5楼',
        status: 'APPROVED',
        submittedOn: '2026-03-03',
      },
    },
  ],
  'licenses.licences': [
    {
      key: 'SCJG-2026-000001',
      divisionCode: '500103',
      values: {
        licenceNumber: 'SCJG-2026-000001',
        typeName: '食品经营许可证',
        holderKind: 'PERSON',
        holderName: '欧阳娜娜',
        holderIdCard: '500103198506122026',
        issuedOn: '2026-03-10',
        validUntil: '2031-03-09',
      },
    },
  ],
  'items.catalogue': [
    {
      key: '11500000MB1234567X-0001',
      divisionCode: '50',
      values: {
        itemCode: '11500000MB1234567X-0001',
        name: '食品经营许可',
        departmentCode: 'CQ-SCJG',
        legalTimeLimitDays: '20',
        promisedTimeLimitDays: '10',
        drafter: '许事项',
      },
    },
    {
      key: '11500000MB1234567X-0002',
      divisionCode: '50',
      values: {
        itemCode: '11500000MB1234567X-0002',
        name: '=HYPERLINK("http://127.0.0.1/","公司变更登记")',
        departmentCode: 'CQ-SCJG',
        legalTimeLimitDays: '15',
        promisedTimeLimitDays: '5',
        drafter: '许事项',
      },
    },
  ],
  'halls.directory': [
    {
      key: 'hall-500238',
      divisionCode: '500238',
      values: {
        hallId: 'hall-500238',
        name: '巫溪县政务服务中心',
        address: '重庆市巫溪县柏杨街道滨河北路',
        phone: '023-51522345',
        openingHours: '周一至周五 9:00-12:00，14:00-17:30',
      },
    },
    {
      key: 'hall-500103',
      divisionCode: '500103',
      values: {
        hallId: 'hall-500103',
        name: '渝中区政务服务中心',
        address: '重庆市渝中区大坪街道长江二路',
        phone: '023-63011234',
        openingHours: '周一至周五 9:00-17:00',
      },
    },
  ],
  'halls.tickets': [
    {
      key: 'hall-500238:2026-03-02:A001',
      divisionCode: '500238',
      values: {
        ticketNumber: 'A001',
        hallId: 'hall-500238',
        category: 'GENERAL',
        mobile: '13800138000',
        waitedMinutes: '12',
        serviceDate: '2026-03-02',
      },
    },
  ],
  'intermediaries.agencies': [
    {
      key: '91500103MA5U000001',
      divisionCode: '500103',
      values: {
        creditCode: '91500103MA5U000001',
        name: '重庆示例工程咨询有限公司',
        legalRepresentative: '王五',
        contactMobile: '13700137000',
        qualification: '工程咨询甲级',
        creditLevel: 'A',
      },
    },
  ],
};
