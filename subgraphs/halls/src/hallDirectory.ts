import { HALLS, type HallSeed } from '@ykb/common';
import {
  HALL_LEVELS,
  type BusinessCategory,
  type HallDocument,
} from './model.js';

/**
 * Seeded hall documents: the shared HALLS reference list plus opening hours,
 * a phone number and windows. The windows follow the 一窗综办 layout, where a
 * comprehensive window accepts several business categories and dedicated
 * windows serve one department's business. Opening hours and windows are demo
 * values, not the published arrangement of each real hall.
 */

type WindowSpec = [
  name: string,
  category: 'COMPREHENSIVE' | 'DEDICATED',
  businessCategories: BusinessCategory[],
  departmentCode?: string,
];

const WINDOWS_BY_LEVEL: Record<HallSeed['level'], WindowSpec[]> = {
  CITY: [
    [
      '综合受理窗口',
      'COMPREHENSIVE',
      ['GENERAL', 'MARKET_ENTRY', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS'],
    ],
    ['企业开办专窗', 'DEDICATED', ['MARKET_ENTRY'], 'CQ-SCJG'],
    ['工程建设项目专窗', 'DEDICATED', ['CONSTRUCTION'], 'CQ-ZJ'],
    ['户籍出入境专窗', 'DEDICATED', ['PUBLIC_SECURITY'], 'CQ-GA'],
  ],
  DISTRICT: [
    [
      '综合受理窗口',
      'COMPREHENSIVE',
      ['GENERAL', 'MARKET_ENTRY', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS'],
    ],
    ['企业开办专窗', 'DEDICATED', ['MARKET_ENTRY'], 'CQ-SCJG'],
    ['社保医保专窗', 'DEDICATED', ['SOCIAL_SECURITY'], 'CQ-RS'],
  ],
  TOWNSHIP: [
    [
      '综合受理窗口',
      'COMPREHENSIVE',
      ['GENERAL', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS'],
    ],
    ['社会救助专窗', 'DEDICATED', ['CIVIL_AFFAIRS'], 'CQ-MZ'],
  ],
  VILLAGE: [
    [
      '便民服务窗口',
      'COMPREHENSIVE',
      ['GENERAL', 'SOCIAL_SECURITY', 'CIVIL_AFFAIRS'],
    ],
  ],
};

const OPENING_HOURS: Record<HallSeed['level'], string> = {
  CITY: '周一至周五 9:00-12:00、13:30-17:00；周六 9:00-12:00、13:30-17:00（部分窗口）',
  DISTRICT: '周一至周五 9:00-12:00、14:00-17:00',
  TOWNSHIP: '周一至周五 9:00-12:00、14:00-17:00',
  VILLAGE: '周一至周五 9:00-12:00、14:00-17:00（农忙时节可预约上门代办）',
};

/** Chongqing's government-service hotline; it forwards calls to each hall. */
const SERVICE_HOTLINE = '023-12345';

/** Builds the seeded hall documents. */
export function hallDirectory(): HallDocument[] {
  return HALLS.map((hall) => ({
    _id: hall.id,
    name: hall.name,
    nameEn: hall.nameEn,
    level: hall.level,
    levelRank: HALL_LEVELS.indexOf(hall.level),
    divisionCode: hall.divisionCode,
    address: hall.address,
    openingHours: OPENING_HOURS[hall.level],
    phone: SERVICE_HOTLINE,
    departmentCodes: [
      ...new Set(
        WINDOWS_BY_LEVEL[hall.level].flatMap(([, , , code]) =>
          code ? [code] : [],
        ),
      ),
    ].sort(),
    version: 0,
    windows: WINDOWS_BY_LEVEL[hall.level].map(
      ([name, category, businessCategories, departmentCode], index) => ({
        number: index + 1,
        name: `${index + 1}号 ${name}`,
        category,
        businessCategories,
        departmentCode: departmentCode ?? null,
      }),
    ),
  })) as unknown as HallDocument[];
}
