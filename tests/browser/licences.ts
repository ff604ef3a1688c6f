import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  DEMO_ACCOUNTS,
  demoUserId,
  LICENCE_TYPES,
  serviceToken,
} from '@ykb/common';
import { gatewayRequest } from '../support/platform.js';
import {
  fillAndSubmitApplication,
  gatewayCases,
  gatewayToken,
  openItem,
  signIn,
  signOut,
  waitForText,
} from './support.js';

/**
 * Steps that the licence browser tests share: switching the signed-in
 * account, gateway calls as a demo account, and licences issued to the demo
 * citizen directly or through an approved case.
 */

export const CITIZEN = DEMO_ACCOUNTS.find((a) => a.account === '13800138000')!;
export const FOOD_LICENCE = LICENCE_TYPES.find(
  (t) => t.name === '食品经营许可证',
)!;

/** Signs out whoever is signed in, then signs in `account`. */
export async function switchUser(page: Page, account: string): Promise<void> {
  await page.goto('/');
  const signOutButton = page.getByRole('button', { name: '退出登录' });
  if (await signOutButton.isVisible()) await signOut(page);
  await signIn(page, account);
}

/** Calls the gateway as a demo account and fails the test on any error. */
export async function gatewayAs<T>(
  gatewayUrl: string,
  account: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = await gatewayToken(gatewayUrl, account);
  const result = await gatewayRequest<T>(gatewayUrl, query, variables, token);
  expect(result.errors, query).toBeUndefined();
  return result.data!;
}

/**
 * Issues a food business licence named `businessName` to the demo citizen
 * through the licenses subgraph at `licencesUrl`, as the cases subgraph
 * would, and returns its identifier.
 */
export async function issueFoodLicence(
  licencesUrl: string,
  caseId: string,
  businessName: string,
): Promise<string> {
  const result = await gatewayRequest<{ issueLicence: { identifier: string } }>(
    licencesUrl,
    'mutation($i: IssueLicenceInput!) { issueLicence(input: $i) { identifier } }',
    {
      i: {
        caseId,
        itemId: '11500000MB00000010AA00108007000',
        licenceTypeCode: FOOD_LICENCE.code,
        holderUserId: demoUserId(CITIZEN.account),
        holderName: CITIZEN.name,
        holderIdNumber: CITIZEN.idCardNumber,
        departmentCode: 'CQ-SCJG',
        divisionCode: '500238100205',
        data: {
          businessName,
          legalRepresentative: CITIZEN.name,
          premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
          foodCategory: '热食类食品制售',
        },
      },
    },
    await serviceToken('browser-test'),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.issueLicence.identifier;
}

/** A case filed in the PWA and approved, with the licence its approval issued. */
export interface ApprovedCase {
  id: string;
  caseNumber: string;
  identifier: string;
}

/**
 * Files an application for `businessName` in the PWA as the demo citizen,
 * has the clerk accept it and the approver approve it through the gateway,
 * and returns the case with the identifier of the licence it issued.
 */
export async function fileApprovedCase(
  page: Page,
  gatewayUrl: string,
  pngPath: string,
  businessName: string,
): Promise<ApprovedCase> {
  await switchUser(page, CITIZEN.account);
  await openItem(page);
  await fillAndSubmitApplication(page, pngPath, businessName);
  await waitForText(page, '申报已提交');

  const citizenToken = await gatewayToken(gatewayUrl, CITIZEN.account);
  const filed = (await gatewayCases(gatewayUrl, citizenToken)).find(
    (c) => c.formData?.businessName === businessName,
  );
  expect(filed, 'the application produced no case').toBeDefined();

  await gatewayAs(
    gatewayUrl,
    'clerk.chengbei',
    'mutation($id: ID!) { acceptCase(id: $id) { id } }',
    { id: filed!.id },
  );
  await gatewayAs(
    gatewayUrl,
    'approver.scjg',
    'mutation($id: ID!) { approveCase(id: $id) { id } }',
    { id: filed!.id },
  );

  // The approveCase request makes the first issuance attempt itself.
  const licensed = await gatewayAs<{
    case: { licence: { identifier: string } | null };
  }>(
    gatewayUrl,
    CITIZEN.account,
    'query($id: ID!) { case(id: $id) { licence { identifier } } }',
    { id: filed!.id },
  );
  expect(licensed.case.licence, 'approval issued no licence').not.toBeNull();
  return {
    id: filed!.id,
    caseNumber: filed!.caseNumber,
    identifier: licensed.case.licence!.identifier,
  };
}
