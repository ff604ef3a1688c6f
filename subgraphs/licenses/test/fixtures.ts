import { randomBytes } from 'node:crypto';
import {
  DEMO_ACCOUNTS,
  demoUserId,
  LICENCE_TYPES,
  Role,
  serviceToken,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { licensesSubgraph } from '../src/index.js';

/** Starts the licences subgraph on its own database with a fresh random seal master key. */
export async function startLicenses(): Promise<RunningSubgraph> {
  isolateDatabase();
  process.env.YKB_SEAL_MASTER_KEY = randomBytes(32).toString('hex');
  return startTestSubgraph(licensesSubgraph);
}

export const citizen = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
export const citizenId = demoUserId(citizen.account);
export const businessLicence = LICENCE_TYPES.find(
  (t) => t.name === '营业执照',
)!;
export const foodLicence = LICENCE_TYPES.find(
  (t) => t.name === '食品经营许可证',
)!;

export const LICENCE_FIELDS = `
  id identifier version type { code name validYears } holder { id } holderKind holderName holderIdNumber
  issuer { code } issuerDepartmentCode divisionCode caseId item { id } data masked issuedAt validUntil status
  signature { sealId sealName certificateSerial algorithm value signedAt }
`;

const ISSUE = `mutation($input: IssueLicenceInput!) { issueLicence(input: $input) { ${LICENCE_FIELDS} } }`;

export interface IssueOverrides {
  caseId?: string;
  holderUserId?: string;
  holderName?: string;
  holderIdNumber?: string;
  licenceTypeCode?: string;
  divisionCode?: string;
  departmentCode?: string;
  data?: unknown;
}

/** Builds an issueLicence input for the demo citizen 张三 and a 食品经营许可证, with a fresh caseId. */
export function issueInput(
  overrides: IssueOverrides = {},
): Record<string, unknown> {
  return {
    caseId: `case-${randomBytes(6).toString('hex')}`,
    itemId: '11500000MB00000010AA00108007000',
    licenceTypeCode: foodLicence.code,
    holderUserId: citizenId,
    holderName: citizen.name,
    holderIdNumber: citizen.idCardNumber!,
    departmentCode: 'CQ-SCJG',
    divisionCode: '500238100205',
    data: {
      itemName: '食品经营许可',
      businessName: '城北村小吃店',
      premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
      legalRepresentative: citizen.name,
      applicantIdCard: citizen.idCardNumber!,
      contactMobile: citizen.mobile!,
      foodCategory: '热食类食品制售',
      extras: { seats: 24, notes: {}, tags: ['小吃', '堂食'] },
    },
    ...overrides,
  };
}

/** Calls issueLicence as the cases subgraph would, with a SYSTEM service token. */
export function issueAsSystem(url: string, input: Record<string, unknown>) {
  return graphql(url, ISSUE, { input }, serviceToken('cases'));
}

/** Calls issueLicence with any token or viewer. */
export function issueAs(
  url: string,
  input: Record<string, unknown>,
  viewer?: Parameters<typeof graphql>[3],
) {
  return graphql(url, ISSUE, { input }, viewer);
}

export const holderViewer = viewerOf([Role.Citizen], {
  userId: citizenId,
  name: citizen.name,
  divisionCode: citizen.divisionCode,
});
