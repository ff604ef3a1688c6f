import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecordModel, type Viewer } from '@ykb/common';
import { graphql, verifyIssuedToken } from '../../../tests/support/harness.js';
import { seededItemId } from '../../items/src/index.js';
import { setUpAgent } from './agentSetup.js';
import {
  BUSINESS_ITEM,
  businessForm,
  CASE_FIELDS,
  CITIZEN,
  materialsFor,
  newKey,
  startStack,
  SUBMIT,
  VILLAGE,
  type Stack,
} from './stack.js';

/** Item the test grants cover. */
const ITEM_IN_SCOPE = seededItemId('公司变更登记');
/** Item for legal persons that the test grants leave out. */
const ITEM_OUT_OF_SCOPE = seededItemId('公司注销登记');

let stack: Stack;
let identityUrl: string;

beforeAll(async () => {
  stack = await startStack();
  identityUrl = stack.identity!.url;
});

afterAll(async () => {
  await stack?.close();
});

const AGENT_CASE_FIELDS = `${CASE_FIELDS} agent { id } agentGrantId applicantLegalPerson { id }`;
const SUBMIT_WITH_AGENT = SUBMIT.replace(CASE_FIELDS, AGENT_CASE_FIELDS);

/** Submits a company-change application for `itemId` as `viewer`, a token or a viewer; uploads the materials unless given. */
async function submitCompanyItem(
  viewer: Viewer | string,
  itemId: string,
  key = newKey(),
  materials?: { code: string; fileId: string }[],
) {
  const uploader =
    typeof viewer === 'string'
      ? await verifyIssuedToken(identityUrl, viewer)
      : viewer;
  return graphql(
    stack.url,
    SUBMIT_WITH_AGENT,
    {
      input: {
        itemId,
        divisionCode: '500103',
        formData:
          itemId === ITEM_IN_SCOPE
            ? {
                changeItem: '名称',
                businessName: '重庆代理测试有限公司',
                contactMobile: '13700137000',
              }
            : {
                entityName: '重庆代理测试有限公司',
                legalRepresentative: '赵六',
                contactMobile: '13700137000',
              },
        materials:
          materials ?? (await materialsFor(stack.url, uploader, ['M1', 'M2'])),
        idempotencyKey: key,
      },
    },
    viewer,
  );
}

function casesOf(applicantUserId: string): Promise<number> {
  return stack.cases.connection
    .model('Case')
    .countDocuments({ applicantUserId });
}

function usesOf(grantId: string) {
  return stack
    .identity!.connection.model('GrantUse')
    .find({ grantId })
    .sort({ at: 1 })
    .lean<{ action: string; itemCode: string | null; outcome: string }[]>();
}

const MY_CASES = `{ myCases { id item { id } applicant { id } agent { id } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id applicantName formData agent { id } } }`;

describe('agent applications', () => {
  it('files an in-scope item', async () => {
    const { legalPerson, grantId, agent } = await setUpAgent(identityUrl, [
      ITEM_IN_SCOPE,
    ]);
    const result = await submitCompanyItem(agent, ITEM_IN_SCOPE);
    expect(result.errors).toBeUndefined();
    const filed = result.data!.submitApplication;
    expect(filed.applicant.id).toBe(legalPerson.userId);
    expect(filed.applicantLegalPerson).toEqual({ id: legalPerson.userId });
    expect(filed.applicantName).toBe('重庆代理测试有限公司');
    expect(filed.agent.id).toBe(CITIZEN.userId);
    expect(filed.agentGrantId).toBe(grantId);
    expect(filed.formData).not.toBeNull();
    expect(filed.history[0].actorId).toBe(CITIZEN.userId);

    const uses = await usesOf(grantId);
    expect(uses).toEqual([
      expect.objectContaining({
        action: 'submitApplication',
        itemCode: ITEM_IN_SCOPE,
        outcome: 'ALLOWED',
      }),
    ]);
  });

  it('rejects an out-of-scope item without a case', async () => {
    const { legalPerson, grantId, agent } = await setUpAgent(identityUrl, [
      ITEM_IN_SCOPE,
    ]);
    const result = await submitCompanyItem(agent, ITEM_OUT_OF_SCOPE);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRANT_OUT_OF_SCOPE');
    expect(await casesOf(legalPerson.userId)).toBe(0);
    const uses = await usesOf(grantId);
    expect(uses.map((u) => u.outcome)).toEqual(['GRANT_OUT_OF_SCOPE']);
    const audited = await auditRecordModel(stack.cases.connection)
      .findOne({
        service: 'cases',
        code: 'GRANT_OUT_OF_SCOPE',
        actorId: CITIZEN.userId,
        onBehalfOf: legalPerson.userId,
      })
      .lean();
    expect(audited).not.toBeNull();
  });

  it('rejects an expired grant', async () => {
    const { legalPerson, grantId, agent } = await setUpAgent(identityUrl, [
      ITEM_IN_SCOPE,
    ]);
    await stack
      .identity!.connection.model('AgentGrant')
      .updateOne(
        { _id: grantId },
        { $set: { validUntil: new Date(Date.now() - 1000) } },
      );
    const result = await submitCompanyItem(agent, ITEM_IN_SCOPE);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRANT_EXPIRED');
    expect(await casesOf(legalPerson.userId)).toBe(0);
    const list = await graphql(stack.url, MY_CASES, {}, agent);
    expect(list.errors?.[0]?.extensions?.code).toBe('GRANT_EXPIRED');
  });

  it('rejects a revoked grant at once', async () => {
    const { legalPerson, grantId, agent } = await setUpAgent(identityUrl, [
      ITEM_IN_SCOPE,
    ]);
    const filed = await submitCompanyItem(agent, ITEM_IN_SCOPE);
    expect(filed.errors).toBeUndefined();
    const revoked = await graphql(
      identityUrl,
      `
        mutation ($g: ID!) {
          revokeGrant(grantId: $g, reason: "代理关系终止") {
            status
          }
        }
      `,
      { g: grantId },
      legalPerson,
    );
    expect(revoked.data!.revokeGrant.status).toBe('REVOKED');

    const again = await submitCompanyItem(agent, ITEM_IN_SCOPE);
    expect(again.errors?.[0]?.extensions?.code).toBe('GRANT_REVOKED');
    const read = await graphql(
      stack.url,
      CASE,
      { id: filed.data!.submitApplication.id },
      agent,
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('GRANT_REVOKED');
    expect(await casesOf(legalPerson.userId)).toBe(1);
  });

  it("rejects another legal person's grant", async () => {
    const first = await setUpAgent(identityUrl, [ITEM_IN_SCOPE]);
    const second = await setUpAgent(identityUrl, [ITEM_IN_SCOPE]);
    const mixed: Viewer = {
      ...CITIZEN,
      onBehalfOf: second.legalPerson.userId,
      grantId: first.grantId,
    };
    const result = await submitCompanyItem(mixed, ITEM_IN_SCOPE);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRANT_NOT_FOUND');
    expect(await casesOf(second.legalPerson.userId)).toBe(0);
  });

  it('replays a retried key', async () => {
    const { grantId, agent } = await setUpAgent(identityUrl, [ITEM_IN_SCOPE]);
    const key = newKey();
    const materials = await materialsFor(stack.url, agent, ['M1', 'M2']);
    const first = await submitCompanyItem(agent, ITEM_IN_SCOPE, key, materials);
    const retry = await submitCompanyItem(agent, ITEM_IN_SCOPE, key, materials);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.submitApplication.id).toBe(
      first.data!.submitApplication.id,
    );
    expect((await usesOf(grantId)).map((u) => u.outcome)).toEqual([
      'ALLOWED',
      'ALLOWED',
    ]);
  });
});

describe('agent reads', () => {
  it('shows only in-scope cases', async () => {
    const { legalPerson, grantId, agent } = await setUpAgent(identityUrl, [
      ITEM_IN_SCOPE,
    ]);
    const ownOutside = await submitCompanyItem(legalPerson, ITEM_OUT_OF_SCOPE);
    expect(ownOutside.errors).toBeUndefined();
    const ownInside = await submitCompanyItem(legalPerson, ITEM_IN_SCOPE);
    expect(ownInside.errors).toBeUndefined();
    expect(ownInside.data!.submitApplication.agent).toBeNull();
    const citizenCase = await graphql(
      stack.url,
      SUBMIT_WITH_AGENT,
      {
        input: {
          itemId: BUSINESS_ITEM,
          divisionCode: VILLAGE,
          formData: businessForm(),
          materials: await materialsFor(stack.url, CITIZEN, ['M1', 'M2', 'M3']),
          idempotencyKey: newKey(),
        },
      },
      CITIZEN,
    );
    expect(citizenCase.errors).toBeUndefined();
    expect(citizenCase.data!.submitApplication.applicantLegalPerson).toBeNull();

    const list = await graphql(stack.url, MY_CASES, {}, agent);
    expect(list.errors).toBeUndefined();
    expect(list.data!.myCases).toEqual([
      {
        id: ownInside.data!.submitApplication.id,
        item: { id: ITEM_IN_SCOPE },
        applicant: { id: legalPerson.userId },
        agent: null,
      },
    ]);

    const inside = await graphql(
      stack.url,
      CASE,
      { id: ownInside.data!.submitApplication.id },
      agent,
    );
    expect(inside.data!.case.applicantName).toBe('重庆代理测试有限公司');
    expect(inside.data!.case.formData).not.toBeNull();

    const outside = await graphql(
      stack.url,
      CASE,
      { id: ownOutside.data!.submitApplication.id },
      agent,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(outside.data?.case ?? null).toBeNull();

    const foreign = await graphql(
      stack.url,
      CASE,
      { id: citizenCase.data!.submitApplication.id },
      agent,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const outcomes = (await usesOf(grantId)).map((u) => [u.action, u.outcome]);
    expect(outcomes).toEqual([
      ['listCases', 'ALLOWED'],
      ['readCase', 'ALLOWED'],
      ['readCase', 'GRANT_OUT_OF_SCOPE'],
    ]);
  });

  it('keeps the own account working', async () => {
    const { legalPerson } = await setUpAgent(identityUrl, [ITEM_IN_SCOPE]);
    const filed = await submitCompanyItem(legalPerson, ITEM_OUT_OF_SCOPE);
    expect(filed.errors).toBeUndefined();
    const list = await graphql(stack.url, MY_CASES, {}, legalPerson);
    expect(list.data!.myCases.map((c: { id: string }) => c.id)).toEqual([
      filed.data!.submitApplication.id,
    ]);
  });

  it('accepts the token from actForLegalPerson', async () => {
    const { legalPerson, grantId } = await setUpAgent(identityUrl, [
      ITEM_IN_SCOPE,
    ]);
    const acted = await graphql(
      identityUrl,
      `
        mutation ($id: ID!) {
          actForLegalPerson(legalPersonId: $id) {
            auth {
              token
            }
            grant {
              id
            }
          }
        }
      `,
      { id: legalPerson.userId },
      CITIZEN,
    );
    expect(acted.errors).toBeUndefined();
    expect(acted.data!.actForLegalPerson.grant.id).toBe(grantId);
    // The cases subgraph of this stack trusts the test issuer, so the acting
    // token's verified claims are presented through it.
    const acting = await verifyIssuedToken(
      identityUrl,
      acted.data!.actForLegalPerson.auth.token as string,
    );
    expect(acting.onBehalfOf).toBe(legalPerson.userId);
    expect(acting.grantId).toBe(grantId);
    const result = await submitCompanyItem(acting, ITEM_IN_SCOPE);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitApplication.applicant.id).toBe(
      legalPerson.userId,
    );
    expect(result.data!.submitApplication.agentGrantId).toBe(grantId);
  });
});
