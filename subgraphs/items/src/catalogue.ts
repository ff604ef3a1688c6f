import {
  creditCodeCheckChar,
  DEPARTMENTS,
  licenceTypeByName,
} from '@ykb/common';
import type { CatalogueEntryDocument, ItemDocument } from './model.js';

/**
 * Starter catalogue of commonly handled Chongqing items. Names, legal bases
 * and statutory limits follow the published service guides; implementation
 * codes are built from the demo department credit codes.
 */

type Subject = 'NATURAL_PERSON' | 'LEGAL_PERSON';
type FieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'ID_CARD' | 'MOBILE' | 'SELECT';

interface ItemSpec {
  department: string;
  basicCode: string;
  name: string;
  nameEn: string;
  type: ItemDocument['type'];
  subjects: Subject[];
  legalBasis: string;
  conditions: string[];
  materials: [
    code: string,
    name: string,
    required: boolean,
    licence?: string,
  ][];
  fields?: [
    key: string,
    label: string,
    type: FieldType,
    required: boolean,
    options?: string[],
  ][];
  statutory: number;
  promised: number;
  fees?: [name: string, amountFen: number, basis: string][];
  issues?: string;
  depth: number;
  keywords: string[];
  /** Other names people use for the item. */
  aliases?: string[];
  /** Life-event theme codes of the THEME dictionary. */
  themes?: string[];
}

const applicantFields: ItemSpec['fields'] = [
  ['applicantName', '申请人姓名', 'TEXT', true],
  ['applicantIdCard', '申请人身份证号码', 'ID_CARD', true],
  ['contactMobile', '联系电话', 'MOBILE', true],
];

const companyFields: ItemSpec['fields'] = [
  ['entityName', '单位名称', 'TEXT', true],
  ['legalRepresentative', '法定代表人', 'TEXT', true],
  ['contactMobile', '联系电话', 'MOBILE', true],
];

/** Options of the 营业执照 face element entityType (类型) for individual businesses. */
const INDIVIDUAL_BUSINESS_FORMS = [
  '个体工商户（个人经营）',
  '个体工商户（家庭经营）',
];

/** Options of the 营业执照 face element entityType (类型) for limited liability companies. */
const COMPANY_TYPES = [
  '有限责任公司（自然人投资或控股）',
  '有限责任公司（自然人独资）',
  '有限责任公司（法人独资）',
];

/**
 * Form fields of a legal person's application for a licence: the name,
 * legal representative and address that the licence's face elements
 * (照面要素) carry under the same keys, then `extra` fields and the mobile.
 */
function licenceApplicantFields(
  nameLabel: string,
  representativeLabel: string,
  addressLabel: string,
  extra: NonNullable<ItemSpec['fields']>,
): NonNullable<ItemSpec['fields']> {
  return [
    ['businessName', nameLabel, 'TEXT', true],
    ['legalRepresentative', representativeLabel, 'TEXT', true],
    ['premisesAddress', addressLabel, 'TEXT', true],
    ...extra,
    ['contactMobile', '联系电话', 'MOBILE', true],
  ];
}

const SPECS: ItemSpec[] = [
  {
    department: 'CQ-SCJG',
    basicCode: '000108001000',
    name: '个体工商户设立登记',
    nameEn: 'Registration of an individual business',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《促进个体工商户发展条例》第八条',
    conditions: ['有经营能力的公民', '有固定的经营场所'],
    materials: [
      ['M1', '个体工商户登记（备案）申请书', true],
      ['M2', '经营者身份证明', true],
      ['M3', '经营场所使用证明', true],
    ],
    fields: [
      ...applicantFields!,
      ['businessName', '个体工商户名称', 'TEXT', true],
      ['entityType', '组成形式', 'SELECT', true, INDIVIDUAL_BUSINESS_FORMS],
      ['legalRepresentative', '经营者姓名', 'TEXT', true],
      ['businessScope', '经营范围', 'TEXT', true],
      ['premisesAddress', '经营场所', 'TEXT', true],
    ],
    statutory: 15,
    promised: 1,
    issues: '营业执照',
    depth: 4,
    keywords: ['个体户', '开店', '营业执照', '工商登记'],
  },
  {
    department: 'CQ-SCJG',
    basicCode: '000108002000',
    name: '个体工商户变更登记',
    nameEn: 'Change registration of an individual business',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《促进个体工商户发展条例》',
    conditions: ['登记事项发生变更'],
    materials: [
      ['M1', '变更登记申请书', true],
      ['M2', '营业执照', true, '营业执照'],
    ],
    fields: [
      ...applicantFields!,
      [
        'changeItem',
        '变更事项',
        'SELECT',
        true,
        ['名称', '组成形式', '经营者', '经营范围', '经营场所'],
      ],
      // New values of the licence's face elements; the new licence version keeps the others.
      ['businessName', '变更后名称', 'TEXT', false],
      [
        'entityType',
        '变更后组成形式',
        'SELECT',
        false,
        INDIVIDUAL_BUSINESS_FORMS,
      ],
      ['legalRepresentative', '变更后经营者姓名', 'TEXT', false],
      ['businessScope', '变更后经营范围', 'TEXT', false],
      ['premisesAddress', '变更后经营场所', 'TEXT', false],
    ],
    statutory: 15,
    promised: 1,
    issues: '营业执照',
    depth: 4,
    keywords: ['个体户', '变更'],
  },
  {
    department: 'CQ-SCJG',
    basicCode: '000108003000',
    name: '个体工商户注销登记',
    nameEn: 'Deregistration of an individual business',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《市场主体登记管理条例》第三十一条',
    conditions: ['停止经营且无未结清债务'],
    materials: [
      ['M1', '注销登记申请书', true],
      ['M2', '营业执照', true, '营业执照'],
    ],
    fields: applicantFields,
    statutory: 15,
    promised: 1,
    depth: 4,
    keywords: ['个体户', '注销'],
  },
  {
    department: 'CQ-SCJG',
    basicCode: '000108004000',
    name: '有限责任公司设立登记',
    nameEn: 'Registration of a limited liability company',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《中华人民共和国公司法》第二十九条；《市场主体登记管理条例》',
    conditions: ['股东符合法定人数', '有公司名称和组织机构', '有公司住所'],
    materials: [
      ['M1', '公司登记（备案）申请书', true],
      ['M2', '公司章程', true],
      ['M3', '股东主体资格证明', true],
      ['M4', '住所使用证明', true],
    ],
    fields: licenceApplicantFields('公司名称', '法定代表人', '住所', [
      ['entityType', '公司类型', 'SELECT', true, COMPANY_TYPES],
      ['businessScope', '经营范围', 'TEXT', true],
      ['registeredCapital', '注册资本（万元）', 'NUMBER', true],
    ]),
    statutory: 15,
    promised: 1,
    issues: '营业执照',
    depth: 4,
    keywords: ['开公司', '企业开办', '公司注册', '营业执照'],
  },
  {
    department: 'CQ-SCJG',
    basicCode: '000108005000',
    name: '公司变更登记',
    nameEn: 'Change registration of a company',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《市场主体登记管理条例》第二十四条',
    conditions: ['登记事项发生变更'],
    materials: [
      ['M1', '变更登记申请书', true],
      ['M2', '股东会决议', true],
      // Optional: without it the change applies to the company's only valid 营业执照.
      ['M3', '营业执照', false, '营业执照'],
    ],
    fields: [
      [
        'changeItem',
        '变更事项',
        'SELECT',
        true,
        ['名称', '公司类型', '法定代表人', '住所', '经营范围', '注册资本'],
      ],
      // New values of the licence's face elements; the new licence version keeps the others.
      ['businessName', '变更后名称', 'TEXT', false],
      ['entityType', '变更后公司类型', 'SELECT', false, COMPANY_TYPES],
      ['legalRepresentative', '变更后法定代表人', 'TEXT', false],
      ['premisesAddress', '变更后住所', 'TEXT', false],
      ['businessScope', '变更后经营范围', 'TEXT', false],
      ['registeredCapital', '变更后注册资本（万元）', 'NUMBER', false],
      ['contactMobile', '联系电话', 'MOBILE', true],
    ],
    statutory: 15,
    promised: 1,
    issues: '营业执照',
    depth: 4,
    keywords: ['公司', '变更'],
  },
  {
    department: 'CQ-SCJG',
    basicCode: '000108006000',
    name: '公司注销登记',
    nameEn: 'Deregistration of a company',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《市场主体登记管理条例》第三十一条',
    conditions: ['清算完毕'],
    materials: [
      ['M1', '注销登记申请书', true],
      ['M2', '清算报告', true],
    ],
    fields: companyFields,
    statutory: 15,
    promised: 3,
    depth: 4,
    keywords: ['公司', '注销'],
  },
  {
    department: 'CQ-SCJG',
    basicCode: '000108007000',
    name: '食品经营许可',
    nameEn: 'Food business licensing',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON', 'LEGAL_PERSON'],
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    conditions: [
      '具有与经营的食品品种相适应的场所',
      '有食品安全管理人员和管理制度',
    ],
    materials: [
      ['M1', '食品经营许可申请书', true],
      ['M2', '营业执照', true, '营业执照'],
      ['M3', '经营场所平面图', true],
    ],
    fields: licenceApplicantFields(
      '经营者名称',
      '法定代表人（负责人）',
      '经营场所',
      [
        [
          'foodCategory',
          '经营项目',
          'SELECT',
          true,
          ['预包装食品销售', '散装食品销售', '热食类食品制售'],
        ],
      ],
    ),
    statutory: 20,
    promised: 10,
    issues: '食品经营许可证',
    depth: 3,
    keywords: ['餐饮', '食品', '开饭店'],
  },
  {
    department: 'CQ-GA',
    basicCode: '000114001000',
    name: '无犯罪记录证明开具',
    nameEn: 'Issuing a certificate of no criminal record',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis:
      '《公安部关于印发〈关于公安机关办理犯罪记录查询工作规定〉的通知》',
    conditions: ['中国公民本人申请'],
    materials: [
      ['M1', '居民身份证', true],
      ['M2', '委托书（委托办理时）', false],
    ],
    fields: [
      ...applicantFields!,
      ['purpose', '用途', 'SELECT', true, ['就业', '出国（境）', '其他']],
    ],
    statutory: 3,
    promised: 1,
    issues: '无犯罪记录证明',
    depth: 4,
    keywords: ['无犯罪', '犯罪记录', '证明'],
  },
  {
    department: 'CQ-GA',
    basicCode: '000114002000',
    name: '居住证申领',
    nameEn: 'Application for a residence permit',
    type: 'ADMINISTRATIVE_CONFIRMATION',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《居住证暂行条例》第九条',
    conditions: [
      '离开常住户口所在地到本市居住半年以上',
      '有合法稳定就业、住所或连续就读',
    ],
    materials: [
      ['M1', '居民身份证', true],
      ['M2', '居住证明', true],
      ['M3', '近期照片', true],
    ],
    fields: [
      ...applicantFields!,
      ['residenceAddress', '居住地址', 'TEXT', true],
    ],
    statutory: 15,
    promised: 10,
    issues: '居住证',
    depth: 3,
    keywords: ['居住证', '暂住'],
  },
  {
    department: 'CQ-GA',
    basicCode: '000114003000',
    name: '户口迁移（投靠）',
    nameEn: 'Household registration transfer to join relatives',
    type: 'ADMINISTRATIVE_CONFIRMATION',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《中华人民共和国户口登记条例》第十条',
    conditions: ['符合本市投靠落户条件'],
    materials: [
      ['M1', '居民户口簿', true],
      ['M2', '亲属关系证明', true],
    ],
    fields: applicantFields,
    statutory: 20,
    promised: 10,
    depth: 2,
    keywords: ['户口', '迁移', '落户'],
  },
  {
    department: 'CQ-GA',
    basicCode: '000114004000',
    name: '居民身份证换领',
    nameEn: 'Renewal of a resident ID card',
    type: 'ADMINISTRATIVE_CONFIRMATION',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《中华人民共和国居民身份证法》第十一条',
    conditions: ['居民身份证有效期满或登记项目变更'],
    materials: [
      ['M1', '原居民身份证', true],
      ['M2', '居民户口簿', true],
    ],
    fields: applicantFields,
    statutory: 60,
    promised: 20,
    fees: [
      [
        '居民身份证工本费',
        2000,
        '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》',
      ],
    ],
    depth: 2,
    keywords: ['身份证', '换证'],
  },
  {
    department: 'CQ-MZ',
    basicCode: '000112001000',
    name: '最低生活保障审核确认',
    nameEn: 'Confirmation of minimum living allowance',
    type: 'ADMINISTRATIVE_PAYMENT',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《社会救助暂行办法》第十一条',
    conditions: [
      '共同生活的家庭成员人均收入低于当地最低生活保障标准',
      '符合财产状况规定',
    ],
    materials: [
      ['M1', '最低生活保障申请书', true],
      ['M2', '家庭成员身份证明', true],
      ['M3', '家庭收入和财产状况授权核查书', true],
    ],
    fields: [
      ...applicantFields!,
      ['householdSize', '家庭人口', 'NUMBER', true],
      ['monthlyIncome', '家庭月收入（元）', 'NUMBER', true],
    ],
    statutory: 30,
    promised: 20,
    depth: 3,
    keywords: ['低保', '救助', '困难'],
  },
  {
    department: 'CQ-MZ',
    basicCode: '000112002000',
    name: '特困人员救助供养审核确认',
    nameEn: 'Confirmation of support for persons in extreme poverty',
    type: 'ADMINISTRATIVE_PAYMENT',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《社会救助暂行办法》第十四条',
    conditions: ['无劳动能力、无生活来源、无法定赡养抚养扶养义务人'],
    materials: [
      ['M1', '特困人员救助供养申请书', true],
      ['M2', '身份证明', true],
    ],
    fields: applicantFields,
    statutory: 30,
    promised: 20,
    depth: 3,
    keywords: ['特困', '五保', '救助'],
  },
  {
    department: 'CQ-MZ',
    basicCode: '000112003000',
    name: '临时救助',
    nameEn: 'Temporary assistance',
    type: 'ADMINISTRATIVE_PAYMENT',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《社会救助暂行办法》第四十七条',
    conditions: ['因突发事件、意外伤害或重大疾病导致基本生活暂时出现严重困难'],
    materials: [
      ['M1', '临时救助申请书', true],
      ['M2', '困难情况证明', true],
    ],
    fields: [...applicantFields!, ['reason', '困难原因', 'TEXT', true]],
    statutory: 15,
    promised: 5,
    depth: 3,
    keywords: ['救助', '急难'],
  },
  {
    department: 'CQ-MZ',
    basicCode: '000112004000',
    name: '困难残疾人生活补贴和重度残疾人护理补贴',
    nameEn: 'Allowances for disabled persons in need',
    type: 'ADMINISTRATIVE_PAYMENT',
    subjects: ['NATURAL_PERSON'],
    legalBasis:
      '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》',
    conditions: ['持有第二代残疾人证'],
    materials: [
      ['M1', '补贴申请表', true],
      ['M2', '残疾人证', true],
    ],
    fields: applicantFields,
    statutory: 20,
    promised: 15,
    depth: 3,
    keywords: ['残疾', '补贴', '两项补贴'],
  },
  {
    department: 'CQ-MZ',
    basicCode: '000112005000',
    name: '社会团体成立登记',
    nameEn: 'Registration of a social organisation',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《社会团体登记管理条例》第九条',
    conditions: [
      '有50个以上的个人会员或者30个以上的单位会员',
      '有规范的名称和相应的组织机构',
    ],
    materials: [
      ['M1', '登记申请书', true],
      ['M2', '业务主管单位批准文件', true],
      ['M3', '章程草案', true],
    ],
    fields: licenceApplicantFields('社会团体名称', '法定代表人', '住所', [
      ['businessScope', '业务范围', 'TEXT', true],
    ]),
    statutory: 60,
    promised: 20,
    issues: '社会团体法人登记证书',
    depth: 2,
    keywords: ['社团', '协会', '学会'],
  },
  {
    department: 'CQ-RS',
    basicCode: '000113001000',
    name: '失业保险金申领',
    nameEn: 'Claiming unemployment insurance benefits',
    type: 'ADMINISTRATIVE_PAYMENT',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《失业保险条例》第十四条',
    conditions: [
      '缴费满1年',
      '非因本人意愿中断就业',
      '已办理失业登记并有求职要求',
    ],
    materials: [
      ['M1', '居民身份证', true],
      ['M2', '解除劳动合同证明', true],
    ],
    fields: [...applicantFields!, ['bankAccount', '银行账号', 'TEXT', true]],
    statutory: 10,
    promised: 3,
    depth: 4,
    keywords: ['失业', '失业金', '社保'],
  },
  {
    department: 'CQ-RS',
    basicCode: '000113002000',
    name: '城乡居民基本养老保险参保登记',
    nameEn:
      'Enrolment in basic pension insurance for urban and rural residents',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《中华人民共和国社会保险法》第二十条',
    conditions: ['年满16周岁（不含在校学生）', '非国家机关和事业单位工作人员'],
    materials: [['M1', '居民身份证', true]],
    fields: applicantFields,
    statutory: 5,
    promised: 1,
    depth: 4,
    keywords: ['养老保险', '参保', '社保'],
  },
  {
    department: 'CQ-RS',
    basicCode: '000113003000',
    name: '社会保障卡申领',
    nameEn: 'Application for a social security card',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《中华人民共和国社会保险法》第五十八条',
    conditions: ['参加社会保险的人员'],
    materials: [
      ['M1', '居民身份证', true],
      ['M2', '近期照片', true],
    ],
    fields: applicantFields,
    statutory: 20,
    promised: 10,
    depth: 3,
    keywords: ['社保卡', '社会保障卡'],
  },
  {
    department: 'CQ-RS',
    basicCode: '000113004000',
    name: '就业创业证申领',
    nameEn: 'Application for an employment and entrepreneurship certificate',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《就业服务与就业管理规定》第六十二条',
    conditions: ['法定劳动年龄内有劳动能力和就业要求'],
    materials: [['M1', '居民身份证', true]],
    fields: applicantFields,
    statutory: 5,
    promised: 1,
    issues: '就业创业证',
    depth: 4,
    keywords: ['就业', '创业', '失业登记'],
  },
  {
    department: 'CQ-RS',
    basicCode: '000113005000',
    name: '职工正常退休申请',
    nameEn: 'Retirement application of an employee',
    type: 'ADMINISTRATIVE_CONFIRMATION',
    subjects: ['NATURAL_PERSON', 'LEGAL_PERSON'],
    legalBasis: '《国务院关于工人退休、退职的暂行办法》',
    conditions: ['达到法定退休年龄', '累计缴费满15年'],
    materials: [
      ['M1', '居民身份证', true],
      ['M2', '职工档案', true],
    ],
    fields: applicantFields,
    statutory: 20,
    promised: 10,
    depth: 3,
    keywords: ['退休', '养老金'],
  },
  {
    department: 'CQ-WJ',
    basicCode: '000117001000',
    name: '出生医学证明签发',
    nameEn: 'Issuing a medical birth certificate',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《中华人民共和国母婴保健法》第二十三条',
    conditions: ['在本市助产机构出生的新生儿'],
    materials: [
      ['M1', '父母身份证明', true],
      ['M2', '新生儿出生记录', true],
    ],
    fields: [
      ...applicantFields!,
      ['babyName', '新生儿姓名', 'TEXT', true],
      ['birthDate', '出生日期', 'DATE', true],
    ],
    statutory: 10,
    promised: 3,
    issues: '出生医学证明',
    depth: 3,
    keywords: ['出生证', '新生儿', '出生医学证明'],
  },
  {
    department: 'CQ-WJ',
    basicCode: '000117002000',
    name: '公共场所卫生许可',
    nameEn: 'Public venue hygiene licensing',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《公共场所卫生管理条例》第八条',
    conditions: ['经营场所符合卫生标准和要求'],
    materials: [
      ['M1', '卫生许可申请表', true],
      ['M2', '营业执照', true, '营业执照'],
      ['M3', '卫生检测报告', true],
    ],
    fields: licenceApplicantFields(
      '单位名称',
      '法定代表人（负责人）',
      '经营地址',
      [
        [
          'permittedActivity',
          '许可项目',
          'SELECT',
          true,
          ['住宿场所', '沐浴场所', '美容美发场所', '游泳场所'],
        ],
      ],
    ),
    statutory: 20,
    promised: 10,
    issues: '公共场所卫生许可证',
    depth: 3,
    keywords: ['卫生许可', '理发', '宾馆', '游泳'],
  },
  {
    department: 'CQ-WJ',
    basicCode: '000117003000',
    name: '生育登记',
    nameEn: 'Birth registration',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《重庆市人口与计划生育条例》',
    conditions: ['夫妻一方户籍在本市'],
    materials: [
      ['M1', '夫妻双方身份证', true],
      ['M2', '结婚证', true],
    ],
    fields: applicantFields,
    statutory: 5,
    promised: 1,
    depth: 4,
    keywords: ['生育', '生孩子', '登记'],
  },
  {
    department: 'CQ-JT',
    basicCode: '000116001000',
    name: '道路普通货物运输经营许可',
    nameEn: 'Licensing of ordinary road freight transport',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《中华人民共和国道路运输条例》第二十四条',
    conditions: [
      '有与其经营业务相适应并经检测合格的车辆',
      '有符合规定条件的驾驶人员',
    ],
    materials: [
      ['M1', '道路货物运输经营申请表', true],
      ['M2', '车辆技术资料', true],
    ],
    fields: licenceApplicantFields('业户名称', '负责人', '经营地址', [
      ['businessScope', '经营范围', 'TEXT', true],
    ]),
    statutory: 20,
    promised: 10,
    issues: '道路运输经营许可证',
    depth: 3,
    keywords: ['货运', '运输', '物流'],
  },
  {
    department: 'CQ-JT',
    basicCode: '000116002000',
    name: '出租汽车驾驶员从业资格证核发',
    nameEn: 'Taxi driver qualification certificate',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《出租汽车驾驶员从业资格管理规定》',
    conditions: ['取得相应准驾车型机动车驾驶证1年以上', '无交通肇事犯罪记录'],
    materials: [
      ['M1', '申请表', true],
      ['M2', '机动车驾驶证', true],
      ['M3', '无犯罪记录证明', true, '无犯罪记录证明'],
    ],
    fields: applicantFields,
    statutory: 20,
    promised: 10,
    depth: 3,
    keywords: ['出租车', '网约车', '从业资格'],
  },
  {
    department: 'CQ-ZJ',
    basicCode: '000115001000',
    name: '公共租赁住房申请',
    nameEn: 'Application for public rental housing',
    type: 'PUBLIC_SERVICE',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《重庆市公共租赁住房管理暂行办法》',
    conditions: ['在本市无住房或家庭人均住房建筑面积低于13平方米'],
    materials: [
      ['M1', '公租房申请表', true],
      ['M2', '住房情况声明', true],
    ],
    fields: [
      ...applicantFields!,
      ['householdSize', '家庭人口', 'NUMBER', true],
    ],
    statutory: 30,
    promised: 20,
    depth: 3,
    keywords: ['公租房', '住房', '租房'],
  },
  {
    department: 'CQ-ZJ',
    basicCode: '000115002000',
    name: '建筑工程施工许可证核发',
    nameEn: 'Construction permit issuance',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《中华人民共和国建筑法》第七条',
    conditions: [
      '已办理用地批准手续',
      '已取得规划许可证',
      '有满足施工需要的资金安排',
    ],
    materials: [
      ['M1', '施工许可申请表', true],
      ['M2', '建设工程规划许可证', true],
      ['M3', '施工合同', true],
    ],
    fields: [
      ['businessName', '建设单位', 'TEXT', true],
      ['legalRepresentative', '法定代表人', 'TEXT', true],
      ['projectName', '工程名称', 'TEXT', true],
      ['projectAddress', '建设地址', 'TEXT', true],
      ['contactMobile', '联系电话', 'MOBILE', true],
    ],
    statutory: 7,
    promised: 3,
    issues: '建筑工程施工许可证',
    depth: 3,
    keywords: ['施工许可', '建筑', '工程'],
  },
  {
    department: 'CQ-JW',
    basicCode: '000110001000',
    name: '教师资格认定',
    nameEn: 'Teacher qualification certification',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON'],
    legalBasis: '《教师资格条例》第十三条',
    conditions: ['具备规定学历', '普通话水平达标', '中小学教师资格考试合格'],
    materials: [
      ['M1', '身份证明', true],
      ['M2', '学历证书', true],
      ['M3', '体检合格证明', true],
    ],
    fields: [...applicantFields!, ['subject', '任教学科', 'TEXT', true]],
    statutory: 30,
    promised: 20,
    issues: '教师资格证书',
    depth: 3,
    keywords: ['教师资格', '教师证'],
  },
  {
    department: 'CQ-JW',
    basicCode: '000110002000',
    name: '民办学校设立审批',
    nameEn: 'Approval of a private school',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《中华人民共和国民办教育促进法》第十二条',
    conditions: ['符合当地教育发展需求', '具备规定的办学条件'],
    materials: [
      ['M1', '申办报告', true],
      ['M2', '举办者资格证明', true],
      ['M3', '资产来源证明', true],
    ],
    fields: companyFields,
    statutory: 60,
    promised: 30,
    depth: 2,
    keywords: ['学校', '培训', '办学'],
  },
  {
    department: 'CQ-GZ',
    basicCode: '000111001000',
    name: '乡村建设规划许可证核发',
    nameEn: 'Rural construction planning permit',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['NATURAL_PERSON', 'LEGAL_PERSON'],
    legalBasis: '《中华人民共和国城乡规划法》第四十一条',
    conditions: ['在乡、村庄规划区内进行建设'],
    materials: [
      ['M1', '申请表', true],
      ['M2', '宅基地使用证明', true],
      ['M3', '建设方案', true],
    ],
    fields: [...applicantFields!, ['siteAddress', '建设地点', 'TEXT', true]],
    statutory: 20,
    promised: 10,
    depth: 2,
    keywords: ['建房', '宅基地', '乡村规划'],
  },
  {
    department: 'CQ-NY',
    basicCode: '000118001000',
    name: '动物防疫条件合格证核发',
    nameEn: 'Animal epidemic prevention certificate',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《中华人民共和国动物防疫法》第二十四条',
    conditions: ['场所位置与距离符合规定', '有相应的污水、污物处理设施'],
    materials: [
      ['M1', '申请表', true],
      ['M2', '场所平面图', true],
    ],
    fields: companyFields,
    statutory: 20,
    promised: 15,
    depth: 2,
    keywords: ['养殖', '动物防疫', '畜牧'],
  },
  {
    department: 'CQ-SW',
    basicCode: '000119001000',
    name: '对外贸易经营者备案登记',
    nameEn: 'Foreign trade operator filing',
    type: 'OTHER',
    subjects: ['LEGAL_PERSON', 'NATURAL_PERSON'],
    legalBasis: '《中华人民共和国对外贸易法》',
    conditions: ['依法办理市场主体登记'],
    materials: [
      ['M1', '备案登记表', true],
      ['M2', '营业执照', true, '营业执照'],
    ],
    fields: companyFields,
    statutory: 5,
    promised: 1,
    depth: 4,
    keywords: ['外贸', '进出口', '备案'],
  },
  {
    department: 'CQ-YJ',
    basicCode: '000120001000',
    name: '危险化学品经营许可',
    nameEn: 'Hazardous chemicals business licensing',
    type: 'ADMINISTRATIVE_LICENSING',
    subjects: ['LEGAL_PERSON'],
    legalBasis: '《危险化学品安全管理条例》第三十三条',
    conditions: ['有符合标准的经营场所', '有健全的安全管理制度'],
    materials: [
      ['M1', '经营许可申请书', true],
      ['M2', '安全评价报告', true],
      ['M3', '营业执照', true, '营业执照'],
    ],
    fields: licenceApplicantFields('企业名称', '主要负责人', '经营场所', [
      ['businessScope', '许可范围', 'TEXT', true],
    ]),
    statutory: 30,
    promised: 15,
    issues: '危险化学品经营许可证',
    depth: 2,
    keywords: ['危化品', '化学品', '安全'],
  },
];

/** Life-event themes (THEME dictionary) seeded with the catalogue: code, Chinese name, English name. */
export const THEMES: [code: string, name: string, nameEn: string][] = [
  ['BIRTH', '生育收养', 'Birth and adoption'],
  ['HOUSEHOLD', '户籍办理', 'Household registration'],
  ['EMPLOYMENT', '就业创业', 'Employment and entrepreneurship'],
  ['SOCIAL_SECURITY', '社会保障', 'Social security'],
  ['SOCIAL_ASSISTANCE', '社会救助', 'Social assistance'],
  ['RETIREMENT', '退休养老', 'Retirement and old age'],
  ['HOUSING', '住房保障', 'Housing'],
  ['EDUCATION', '教育科研', 'Education'],
  ['BUSINESS_START', '企业开办', 'Starting a business'],
  ['BUSINESS_CHANGE', '企业变更', 'Changing a business'],
  ['BUSINESS_EXIT', '企业注销', 'Closing a business'],
  ['CONSTRUCTION', '工程建设', 'Construction'],
  ['TRANSPORT', '交通出行', 'Transport'],
  ['CATERING', '餐饮经营', 'Catering'],
  ['AGRICULTURE', '农业农村', 'Agriculture and rural affairs'],
  ['TRADE', '商贸流通', 'Trade'],
  ['SAFETY', '安全生产', 'Work safety'],
  ['PUBLIC_SECURITY', '公安服务', 'Public security services'],
];

/** Themes and aliases of the seeded items by name. */
const SEARCH_EXTRAS: Record<string, { themes: string[]; aliases?: string[] }> =
  {
    个体工商户设立登记: {
      themes: ['BUSINESS_START'],
      aliases: ['个体户营业执照办理'],
    },
    个体工商户变更登记: { themes: ['BUSINESS_CHANGE'] },
    个体工商户注销登记: { themes: ['BUSINESS_EXIT'] },
    有限责任公司设立登记: {
      themes: ['BUSINESS_START'],
      aliases: ['公司注册登记'],
    },
    公司变更登记: { themes: ['BUSINESS_CHANGE'] },
    公司注销登记: { themes: ['BUSINESS_EXIT'] },
    食品经营许可: {
      themes: ['CATERING', 'BUSINESS_START'],
      aliases: ['食品经营许可证办理'],
    },
    无犯罪记录证明开具: {
      themes: ['PUBLIC_SECURITY', 'EMPLOYMENT'],
      aliases: ['开无犯罪证明'],
    },
    居住证申领: { themes: ['HOUSEHOLD'], aliases: ['办居住证'] },
    '户口迁移（投靠）': { themes: ['HOUSEHOLD'], aliases: ['投靠落户'] },
    居民身份证换领: { themes: ['PUBLIC_SECURITY'], aliases: ['换身份证'] },
    最低生活保障审核确认: {
      themes: ['SOCIAL_ASSISTANCE'],
      aliases: ['低保申请'],
    },
    特困人员救助供养审核确认: { themes: ['SOCIAL_ASSISTANCE'] },
    临时救助: { themes: ['SOCIAL_ASSISTANCE'] },
    困难残疾人生活补贴和重度残疾人护理补贴: {
      themes: ['SOCIAL_ASSISTANCE'],
      aliases: ['残疾人两项补贴'],
    },
    社会团体成立登记: { themes: ['BUSINESS_START'] },
    失业保险金申领: {
      themes: ['EMPLOYMENT', 'SOCIAL_SECURITY'],
      aliases: ['领失业金'],
    },
    城乡居民基本养老保险参保登记: {
      themes: ['SOCIAL_SECURITY', 'RETIREMENT'],
      aliases: ['城乡居民养老保险'],
    },
    社会保障卡申领: { themes: ['SOCIAL_SECURITY'], aliases: ['社保卡办理'] },
    就业创业证申领: { themes: ['EMPLOYMENT'] },
    职工正常退休申请: { themes: ['RETIREMENT'], aliases: ['办理退休'] },
    出生医学证明签发: { themes: ['BIRTH'], aliases: ['出生证办理'] },
    公共场所卫生许可: { themes: ['BUSINESS_START'] },
    生育登记: { themes: ['BIRTH'] },
    道路普通货物运输经营许可: { themes: ['TRANSPORT'] },
    出租汽车驾驶员从业资格证核发: { themes: ['TRANSPORT', 'EMPLOYMENT'] },
    公共租赁住房申请: { themes: ['HOUSING'], aliases: ['申请公租房'] },
    建筑工程施工许可证核发: { themes: ['CONSTRUCTION'] },
    教师资格认定: { themes: ['EDUCATION'] },
    民办学校设立审批: { themes: ['EDUCATION'] },
    乡村建设规划许可证核发: {
      themes: ['CONSTRUCTION', 'AGRICULTURE'],
      aliases: ['农村建房许可'],
    },
    动物防疫条件合格证核发: { themes: ['AGRICULTURE'] },
    对外贸易经营者备案登记: { themes: ['TRADE'] },
    危险化学品经营许可: { themes: ['SAFETY'] },
  };

const TYPE_LETTERS: Record<string, string> = {
  ADMINISTRATIVE_LICENSING: 'XK',
  ADMINISTRATIVE_CONFIRMATION: 'QR',
  ADMINISTRATIVE_PAYMENT: 'JF',
  PUBLIC_SERVICE: 'GG',
  OTHER: 'QT',
};

/**
 * Unified social credit code of the body that implements items for a
 * department in a division. For the city it is the department's own code.
 * District and township bodies have no credit codes in the reference data,
 * so one is derived: registration authority 1 and type 1 (organ), the
 * county code, the letters MB, the department's sequence, the township
 * digits and a 0, then the check character. It is stable for a department
 * and division, which keeps implementation codes stable.
 */
export function implementingBodyCode(
  departmentCode: string,
  divisionCode: string,
): string {
  const department = DEPARTMENTS.find((d) => d.code === departmentCode);
  if (!department) throw new Error(`Unknown department ${departmentCode}.`);
  if (divisionCode === department.divisionCode) return department.creditCode;
  const county = divisionCode.slice(0, 6).padEnd(6, '0');
  const township = divisionCode.slice(6, 9).padEnd(3, '0');
  const sequence = department.creditCode.slice(14, 17);
  const first17 = `11${county}MB${sequence}${township}0`;
  return first17 + creditCodeCheckChar(first17);
}

/**
 * Implementation code (实施编码) of an item: the implementing body's credit
 * code, two letters of the item type and the last 11 digits of the basic
 * code, 31 characters in all.
 */
export function implementationCode(
  departmentCode: string,
  divisionCode: string,
  basicCode: string,
  type: string,
): string {
  const letters = TYPE_LETTERS[type];
  if (!letters) throw new Error(`Unknown item type ${type}.`);
  return `${implementingBodyCode(departmentCode, divisionCode)}${letters}${basicCode.slice(1)}`;
}

/** Default process of a seeded item, from its time limit. */
function seededSteps(statutory: number) {
  return [
    {
      name: '受理',
      description: '审查申请材料是否齐全、符合法定形式',
      limitDays: 1,
    },
    {
      name: '审查',
      description: '对申请材料的实质内容进行审查',
      limitDays: null,
    },
    { name: '决定', description: '作出准予或不予的决定', limitDays: statutory },
    { name: '送达', description: '向申请人送达办理结果', limitDays: null },
  ];
}

const CITY_HALL = {
  name: '重庆市政务服务中心',
  address: '重庆市渝北区青枫北路',
  hours: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
};

/** Builds the seeded item documents. */
export function catalogue(): ItemDocument[] {
  return SPECS.map((spec) => {
    const department = DEPARTMENTS.find((d) => d.code === spec.department);
    if (!department)
      throw new Error(`Catalogue names unknown department ${spec.department}.`);
    const id = implementationCode(
      spec.department,
      department.divisionCode,
      spec.basicCode,
      spec.type,
    );
    const extras = SEARCH_EXTRAS[spec.name] ?? { themes: [] };
    return {
      _id: id,
      basicCode: spec.basicCode,
      name: spec.name,
      nameEn: spec.nameEn,
      type: spec.type,
      subjectTypes: spec.subjects,
      departmentCode: spec.department,
      divisionCode: '50',
      legalBasis: spec.legalBasis,
      conditions: spec.conditions,
      materials: spec.materials.map(([code, name, required, licence]) => ({
        code,
        name,
        required,
        form: licence ? 'ELECTRONIC' : 'COPY',
        count: 1,
        licenceTypeCode: licence ? licenceTypeByName(licence).code : null,
        blankFormUrl: null,
        exampleUrl: null,
      })),
      formFields: (spec.fields ?? []).map(
        ([key, label, type, required, options]) => ({
          key,
          label,
          type,
          required,
          options: options ?? [],
          maxLength: type === 'TEXT' ? 200 : null,
        }),
      ),
      statutoryLimitDays: spec.statutory,
      promisedLimitDays: spec.promised,
      fees: (spec.fees ?? []).map(([name, amountFen, basis]) => ({
        name,
        amountFen,
        basis,
      })),
      processSteps: seededSteps(spec.statutory),
      handlingPlaces: [CITY_HALL],
      deliveryMethods:
        spec.depth === 4
          ? ['ELECTRONIC', 'POST', 'WINDOW']
          : ['WINDOW', 'POST'],
      faqs: [],
      licenceTypeCode: spec.issues ? licenceTypeByName(spec.issues).code : null,
      onlineDepth: spec.depth,
      consultationPhone: '023-12345',
      keywords: spec.keywords,
      aliases: extras.aliases ?? [],
      themes: extras.themes,
      delegatedFrom: null,
      version: 1,
      status: 'PUBLISHED',
    } as unknown as ItemDocument;
  });
}

/** Basic catalogue entries (目录清单) of the seeded items. */
export function catalogueEntries(): CatalogueEntryDocument[] {
  return SPECS.map(
    (spec) =>
      ({
        _id: spec.basicCode,
        name: spec.name,
        type: spec.type,
        legalBasis: spec.legalBasis,
        levels: ['PROVINCE', 'COUNTY', 'TOWNSHIP'],
        departmentCode: spec.department,
        version: 0,
      }) as CatalogueEntryDocument,
  );
}

/** Implementation code of a seeded item by its name; tests and other seeds use it. */
export function seededItemId(name: string): string {
  const item = catalogue().find((i) => i.name === name);
  if (!item) throw new Error(`No seeded item named ${name}.`);
  return item._id;
}
