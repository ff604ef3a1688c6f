import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
} from '../../../tests/support/harness.js';
import {
  freePort,
  killService,
  startService,
  until,
} from '../../../tests/support/processes.js';
import { identitySubgraph } from '../../identity/src/index.js';
import { itemsSubgraph, seededItemId } from '../../items/src/index.js';
import { licensesSubgraph } from '../../licenses/src/index.js';
import {
  BUSINESS_ITEM,
  businessForm,
  CITIZEN,
  demo,
  HallsEndpoint,
  materialsFor,
  newKey,
  SUBMIT,
  VILLAGE,
} from './stack.js';

/**
 * The cases subgraph runs here as a real child process (its main.ts), in
 * front of the real licences subgraph. A proxy between them withholds the
 * response to the first issueLicence call, so the test kills the child with SIGKILL while
 * the approval is stored and its licence is not yet recorded, then starts
 * the child again and checks that the licence is issued exactly once.
 */

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const CLERK = demo('clerk.wuxi');
const APPROVER = demo('approver.scjg');

/** Where the proxy stops a withheld call: before it reaches the licences subgraph, or after its response came back. */
type HoldPoint = 'BEFORE_LICENCES' | 'AFTER_LICENCES';

class HoldingProxy {
  private hold: HoldPoint | null = null;
  held = 0;
  forwarded = 0;
  private server: Server | undefined;
  url = '';

  constructor(private readonly target: string) {}

  holdNext(point: HoldPoint): void {
    this.hold = point;
    this.held = 0;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const point = body.includes('issueLicence') ? this.hold : null;
        if (point) this.hold = null;
        if (point === 'BEFORE_LICENCES') {
          // No response is sent, so the caller is killed while waiting.
          this.held++;
          return;
        }
        const response = await fetch(this.target, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(req.headers.authorization
              ? { authorization: req.headers.authorization }
              : {}),
            ...(req.headers['x-request-id']
              ? { 'x-request-id': String(req.headers['x-request-id']) }
              : {}),
          },
          body,
        });
        const text = await response.text();
        this.forwarded++;
        if (point === 'AFTER_LICENCES') {
          this.held++;
          return;
        }
        res.statusCode = response.status;
        res.setHeader('content-type', 'application/json');
        res.end(text);
      });
    });
    await new Promise<void>((done) =>
      this.server!.listen(0, '127.0.0.1', done),
    );
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(
      (done) => this.server?.close(() => done()) ?? done(),
    );
  }
}

let identity: RunningSubgraph;
let items: RunningSubgraph;
let licences: RunningSubgraph;
let halls: HallsEndpoint;
let proxy: HoldingProxy;
let child: ChildProcess | undefined;
let casesUrl = '';
let env: NodeJS.ProcessEnv;

async function startCases(): Promise<void> {
  const health = casesUrl.replace(/\/graphql$/, '/health');
  child = await startService('subgraphs/cases/src/main.ts', ROOT, env, health);
}

async function killCases(): Promise<void> {
  await killService(child!);
  child = undefined;
}

beforeAll(async () => {
  isolateDatabase();
  process.env.YKB_SEAL_MASTER_KEY ??= randomBytes(32).toString('hex');
  identity = await startTestSubgraph(identitySubgraph);
  process.env.YKB_IDENTITY_URL = identity.url;
  items = await startTestSubgraph(itemsSubgraph);
  licences = await startTestSubgraph(licensesSubgraph);
  halls = new HallsEndpoint();
  await halls.start();
  proxy = new HoldingProxy(licences.url);
  await proxy.start();
  const port = await freePort();
  casesUrl = `http://127.0.0.1:${port}/graphql`;
  env = {
    ...process.env,
    // main.ts listens on YKB_PORT_BASE + 3.
    YKB_PORT_BASE: String(port - 3),
    YKB_IDENTITY_URL: identity.url,
    YKB_ITEMS_URL: items.url,
    YKB_LICENSES_URL: proxy.url,
    YKB_HALLS_URL: halls.url,
    YKB_OUTBOX_INTERVAL_MS: '100',
    YKB_OUTBOX_LEASE_MS: '1000',
    YKB_CALENDAR_SYNC: 'off',
    YKB_DEPARTMENT_SYSTEM_ENDPOINTS: '',
  };
  await startCases();
});

afterAll(async () => {
  if (child) await killCases();
  await proxy?.stop();
  await halls?.stop();
  await licences?.close();
  await items?.close();
  await identity?.close();
});

async function acceptedCase(): Promise<string> {
  const materials = await materialsFor(casesUrl, CITIZEN, ['M1', 'M2', 'M3']);
  const submitted = await graphql(
    casesUrl,
    SUBMIT,
    {
      input: {
        itemId: BUSINESS_ITEM,
        divisionCode: VILLAGE,
        formData: businessForm(),
        materials,
        idempotencyKey: newKey(),
      },
    },
    CITIZEN,
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  const id = submitted.data!.submitApplication.id as string;
  const accepted = await graphql(
    casesUrl,
    'mutation($id: ID!) { acceptCase(id: $id) { status } }',
    { id },
    CLERK,
  );
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return id;
}

const SUBMIT_WITH_LICENCE = `mutation($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { id materials { code fileId licence { id identifier } } }
}`;
const CITIZEN_ACCOUNT = '13800138000';

const CASE = `query($id: ID!) { case(id: $id) { status version licence { id identifier } licenceIssue { state attempts } history { action opinion } } }`;

async function licencesOf(caseId: string) {
  return licences.connection.collection('licences').find({ caseId }).toArray();
}

describe.each<HoldPoint>(['BEFORE_LICENCES', 'AFTER_LICENCES'])(
  'cases killed with the licence call held %s',
  (point) => {
    it('issues the licence exactly once after restart', async () => {
      const id = await acceptedCase();
      proxy.holdNext(point);
      // The approval request gets no response because its process is killed during the licence call.
      const approval = graphql(
        casesUrl,
        'mutation($id: ID!) { approveCase(id: $id) { status } }',
        { id },
        APPROVER,
      ).catch((error: unknown) => error);
      await until(() => proxy.held === 1);

      // The state change and its outbox entry are stored; the delivery is not recorded.
      const stored = await graphql(casesUrl, CASE, { id }, APPROVER);
      expect(stored.data!.case).toMatchObject({
        status: 'APPROVED',
        licence: null,
        licenceIssue: { state: 'PENDING', attempts: 0 },
      });
      expect(await licencesOf(id)).toHaveLength(
        point === 'AFTER_LICENCES' ? 1 : 0,
      );

      await killCases();
      expect(await approval).toBeInstanceOf(Error);
      await startCases();

      await until(async () => {
        const read = await graphql(casesUrl, CASE, { id }, APPROVER);
        return read.data?.case?.status === 'COMPLETED';
      });
      const done = (await graphql(casesUrl, CASE, { id }, APPROVER)).data!.case;
      const issued = await licencesOf(id);
      expect(issued).toHaveLength(1);
      expect(done.licence).toEqual({
        id: String(issued[0]!._id),
        identifier: issued[0]!.identifier,
      });
      expect(done.licenceIssue).toEqual({ state: 'ISSUED', attempts: 1 });
      expect(
        done.history.filter((e: any) => e.action === 'LICENCE_ISSUED'),
      ).toEqual([{ action: 'LICENCE_ISSUED', opinion: issued[0]!.identifier }]);
    });
  },
);

describe('licence as material', () => {
  it('replaces an upload with a held licence', async () => {
    const id = await acceptedCase();
    const approved = await graphql(
      casesUrl,
      'mutation($id: ID!) { approveCase(id: $id) { status licence { id } } }',
      { id },
      APPROVER,
    );
    expect(approved.data!.approveCase.status).toBe('COMPLETED');
    const licenceId = approved.data!.approveCase.licence.id as string;
    const [m1] = await materialsFor(casesUrl, CITIZEN, ['M1']);
    const input = (
      consent: boolean,
      applicant: { name: string; idCardNumber?: string; account: string },
      upload: { code: string; fileId: string },
    ) => ({
      input: {
        itemId: seededItemId('个体工商户变更登记'),
        divisionCode: VILLAGE,
        formData: {
          applicantName: applicant.name,
          applicantIdCard: applicant.idCardNumber,
          contactMobile: applicant.account,
          changeItem: '经营范围',
          businessScope: '小吃服务；预包装食品销售',
        },
        materials: [upload, { code: 'M2', licenceId, consent }],
        idempotencyKey: newKey(),
      },
    });
    const zhang = DEMO_ACCOUNTS.find((a) => a.account === CITIZEN_ACCOUNT)!;
    const ouyang = DEMO_ACCOUNTS.find((a) => a.account === '13900139000')!;
    const refused = await graphql(
      casesUrl,
      SUBMIT_WITH_LICENCE,
      input(false, zhang, m1!),
      CITIZEN,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The licence is 张三's, so 欧阳娜娜 cannot use it.
    const [otherUpload] = await materialsFor(casesUrl, demo(ouyang.account), [
      'M1',
    ]);
    const other = await graphql(
      casesUrl,
      SUBMIT_WITH_LICENCE,
      input(true, ouyang, otherUpload!),
      demo(ouyang.account),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('MISSING_MATERIAL');
    const submitted = await graphql(
      casesUrl,
      SUBMIT_WITH_LICENCE,
      input(true, zhang, m1!),
      CITIZEN,
    );
    expect(submitted.errors).toBeUndefined();
    const [issued] = await licencesOf(id);
    expect(
      submitted.data!.submitApplication.materials.find(
        (m: { code: string }) => m.code === 'M2',
      ),
    ).toMatchObject({
      fileId: null,
      licence: { id: licenceId, identifier: issued!.identifier },
    });

    // Approving the change issues version 2 of the same licence, not a second blank one.
    const changeId = submitted.data!.submitApplication.id as string;
    const done = await approvedChange(changeId);
    expect(done.status).toBe('COMPLETED');
    expect(done.licenceIssue).toMatchObject({
      state: 'ISSUED',
      lastErrorCode: null,
    });
    const [version] = await licencesOf(changeId);
    expect(done.licence.identifier).toBe(version!.identifier);
    expect(version!.serial).toBe(issued!.serial);
    expect(version!.version).toBe(issued!.version + 1);
    expect(version!.replaces).toBe(issued!.identifier);
    expect(version!.data).toMatchObject({
      businessName: issued!.data.businessName,
      businessScope: '小吃服务；预包装食品销售',
    });
    const [previous] = await licencesOf(id);
    expect(previous).toMatchObject({
      status: 'SUPERSEDED',
      replacedBy: version!.identifier,
    });
    // Only the new version of the attached licence's chain is valid.
    const chain = await licences.connection
      .collection('licences')
      .find({ typeCode: issued!.typeCode, serial: issued!.serial })
      .toArray();
    expect(chain.map((l) => [l.version, l.status]).sort()).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'VALID'],
    ]);
  });

  it('issues changed company licence version', async () => {
    const company = demo('company.demo');
    const submit = async (
      itemId: string,
      codes: string[],
      formData: Record<string, unknown>,
    ) => {
      const result = await graphql(
        casesUrl,
        SUBMIT_WITH_LICENCE,
        {
          input: {
            itemId,
            divisionCode: VILLAGE,
            formData,
            materials: await materialsFor(casesUrl, company, codes),
            applicantSubjectType: 'LEGAL_PERSON',
            idempotencyKey: newKey(),
          },
        },
        company,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!.submitApplication.id as string;
    };
    const registrationId = await submit(
      seededItemId('有限责任公司设立登记'),
      ['M1', 'M2', 'M3', 'M4'],
      {
        businessName: '重庆山城示例科技有限公司',
        entityType: '有限责任公司（自然人投资或控股）',
        legalRepresentative: '王五',
        premisesAddress: '重庆市巫溪县城厢镇城北村1组',
        businessScope: '软件开发',
        registeredCapital: 100,
        contactMobile: '13700137000',
      },
    );
    expect((await approvedChange(registrationId)).status).toBe('COMPLETED');
    const [issued] = await licencesOf(registrationId);
    expect(issued!.data).toMatchObject({
      businessName: '重庆山城示例科技有限公司',
      registeredCapital: 100,
    });
    // The licence keeps the form's face elements only.
    expect(issued!.data.contactMobile).toBeUndefined();
    expect(issued!.data.formData).toBeUndefined();

    const changeId = await submit(seededItemId('公司变更登记'), ['M1', 'M2'], {
      changeItem: '法定代表人',
      legalRepresentative: '赵六',
      registeredCapital: 300,
      contactMobile: '13700137000',
    });
    const done = await approvedChange(changeId);
    expect(done.licenceIssue).toMatchObject({
      state: 'ISSUED',
      lastErrorCode: null,
    });
    const [version] = await licencesOf(changeId);
    expect(version!.serial).toBe(issued!.serial);
    expect(version!.version).toBe(2);
    expect(version!.data).toMatchObject({
      businessName: '重庆山城示例科技有限公司',
      entityType: '有限责任公司（自然人投资或控股）',
      legalRepresentative: '赵六',
      premisesAddress: '重庆市巫溪县城厢镇城北村1组',
      businessScope: '软件开发',
      registeredCapital: 300,
    });
    // The case number and item name are face elements too, and the change case has its own.
    expect([...version!.changedElements].sort()).toEqual([
      'caseNumber',
      'itemName',
      'legalRepresentative',
      'registeredCapital',
    ]);
    const [previous] = await licencesOf(registrationId);
    expect(previous!.status).toBe('SUPERSEDED');
  });

  it('records NO_CURRENT_LICENCE on change case', async () => {
    const ouyang = DEMO_ACCOUNTS.find((a) => a.account === '13900139000')!;
    const viewer = demo(ouyang.account);
    const materials = await materialsFor(casesUrl, viewer, ['M1', 'M2']);
    const submitted = await graphql(
      casesUrl,
      SUBMIT_WITH_LICENCE,
      {
        input: {
          itemId: seededItemId('个体工商户变更登记'),
          divisionCode: VILLAGE,
          formData: {
            applicantName: ouyang.name,
            applicantIdCard: ouyang.idCardNumber,
            contactMobile: ouyang.account,
            changeItem: '名称',
            businessName: '欧阳小吃店',
          },
          materials,
          idempotencyKey: newKey(),
        },
      },
      viewer,
    );
    expect(submitted.errors).toBeUndefined();
    const changeId = submitted.data!.submitApplication.id as string;
    const done = await approvedChange(changeId, 'FAILED');
    expect(done.licence).toBeNull();
    expect(done.licenceIssue).toMatchObject({
      state: 'FAILED',
      lastErrorCode: 'NO_CURRENT_LICENCE',
    });
    expect(await licencesOf(changeId)).toHaveLength(0);
  });
});

const CHANGE_CASE = `query($id: ID!) { case(id: $id) { status licence { id identifier } licenceIssue { state attempts lastErrorCode } } }`;

/** Accepts and approves a change case, then waits until its licence issuance ends in `state`. */
async function approvedChange(id: string, state = 'ISSUED') {
  for (const [mutation, viewer] of [
    ['acceptCase', CLERK],
    ['approveCase', APPROVER],
  ] as const) {
    const result = await graphql(
      casesUrl,
      `mutation($id: ID!) { ${mutation}(id: $id) { status } }`,
      { id },
      viewer,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }
  await until(async () => {
    const read = await graphql(casesUrl, CHANGE_CASE, { id }, APPROVER);
    return read.data?.case?.licenceIssue?.state === state;
  });
  return (await graphql(casesUrl, CHANGE_CASE, { id }, APPROVER)).data!.case;
}
