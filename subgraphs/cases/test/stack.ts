import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import {
  DEMO_ACCOUNTS,
  createTokenVerifier,
  demoUserId,
  Role,
  type RunningSubgraph,
  type Viewer,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../../identity/src/index.js';
import { itemsSubgraph, seededItemId } from '../../items/src/index.js';
import { casesSubgraph } from '../src/index.js';
import { SandboxDepartmentSystem } from '../src/departmentSandbox.js';

/** One recorded issueLicence call of the in-test licences endpoint. */
export interface LicenceCall {
  input: Record<string, any>;
  roles: string[];
  failed: boolean;
}

/**
 * Minimal licences endpoint for tests until the licenses subgraph exists:
 * implements issueLicence idempotently per caseId, fails the next N calls on
 * demand and records every call with the caller's roles.
 */
export class LicencesEndpoint {
  readonly calls: LicenceCall[] = [];
  private failures = 0;
  private failureCode = 'INTERNAL_SERVER_ERROR';
  private readonly issued = new Map<
    string,
    { id: string; identifier: string }
  >();
  private readonly holders = new Map<
    string,
    { holderUserId: string; typeCode: string }
  >();
  private server: Server | undefined;
  private readonly verifier = createTokenVerifier();
  url = '';

  /** Returns the licence as `licence(id)` returns it to a SYSTEM caller, or null. */
  private heldLicence(id: string) {
    const holder = this.holders.get(id);
    const licence = [...this.issued.values()].find((l) => l.id === id);
    if (!holder || !licence) return null;
    return {
      id,
      identifier: licence.identifier,
      status: 'VALID',
      holder: { id: holder.holderUserId },
      type: { code: holder.typeCode },
    };
  }

  /** Fails the next `count` calls with the error code `code`. */
  failNext(count: number, code = 'INTERNAL_SERVER_ERROR'): void {
    this.failures = count;
    this.failureCode = code;
  }

  issuedFor(caseId: string) {
    return this.issued.get(caseId);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          variables: { input: Record<string, any> };
        };
        const token = /^Bearer (\S+)$/.exec(
          req.headers.authorization ?? '',
        )?.[1];
        const viewer = token
          ? await this.verifier.verify(token).then(
              (verified) => verified.viewer,
              () => undefined,
            )
          : undefined;
        const input = body.variables.input;
        if (body.query.includes('licence(id:')) {
          res.setHeader('content-type', 'application/json');
          res.end(
            JSON.stringify({
              data: {
                licence: this.heldLicence(
                  String((body.variables as Record<string, unknown>).id),
                ),
              },
            }),
          );
          return;
        }
        const fail = this.failures > 0;
        this.calls.push({ input, roles: viewer?.roles ?? [], failed: fail });
        res.setHeader('content-type', 'application/json');
        if (fail) {
          this.failures--;
          res.statusCode =
            this.failureCode === 'INTERNAL_SERVER_ERROR' ? 503 : 200;
          res.end(
            JSON.stringify({
              errors: [
                {
                  message: 'licences store unavailable',
                  extensions: { code: this.failureCode },
                },
              ],
            }),
          );
          return;
        }
        if (
          !viewer?.roles.includes('SYSTEM') ||
          !body.query.includes('issueLicence')
        ) {
          res.end(
            JSON.stringify({
              errors: [
                {
                  message: 'only SYSTEM may issue',
                  extensions: { code: 'FORBIDDEN' },
                },
              ],
            }),
          );
          return;
        }
        let licence = this.issued.get(input.caseId);
        if (!licence) {
          const n = this.issued.size + 1;
          licence = {
            id: `lic-${n}`,
            identifier: `1.2.156.3005.2.${input.licenceTypeCode}.TEST.${n}.001.X`,
          };
          this.issued.set(input.caseId, licence);
          this.holders.set(licence.id, {
            holderUserId: input.holderUserId,
            typeCode: input.licenceTypeCode,
          });
        }
        res.end(JSON.stringify({ data: { issueLicence: licence } }));
      });
    });
    this.url = await listenLoopback(this.server);
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve) => this.server?.close(() => resolve()) ?? resolve(),
    );
  }
}

/**
 * Halls endpoint for tests: returns one delivery window per case id from
 * requestDeliveryWindow and records each call.
 */
export class HallsEndpoint {
  readonly requests: Record<string, any>[] = [];
  private readonly windows = new Map<string, string>();
  /** Windows each hall returns to the EvaluationWindows query; halls not listed have none. */
  readonly hallWindows = new Map<
    string,
    { id: string; assignedStaffUserIds: string[] }[]
  >();
  private server: Server | undefined;
  url = '';

  windowFor(caseId: string): string | undefined {
    return this.windows.get(caseId);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          variables: { input: Record<string, any>; id?: string };
        };
        res.setHeader('content-type', 'application/json');
        if (body.query.includes('EvaluationWindows')) {
          const windows = this.hallWindows.get(body.variables.id ?? '') ?? [];
          res.end(JSON.stringify({ data: { hall: { windows } } }));
          return;
        }
        const input = body.variables.input;
        this.requests.push(input);
        let id = this.windows.get(input.caseId);
        if (!id) {
          id = `window-${this.windows.size + 1}`;
          this.windows.set(input.caseId, id);
        }
        res.end(JSON.stringify({ data: { requestDeliveryWindow: { id } } }));
      });
    });
    this.url = await listenLoopback(this.server);
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve) => this.server?.close(() => resolve()) ?? resolve(),
    );
  }
}

/** Listens on a free loopback port and returns the server's GraphQL URL. */
async function listenLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

/** Secret the sandbox departmental system shares with the cases subgraph in tests. */
export const SANDBOX_SECRET = 'sandbox-secret-of-the-social-assistance-system';

/** Loopback URL on port 1, where nothing listens on a normal host, used in place of a subgraph that is down. */
export const UNREACHABLE_URL = 'http://127.0.0.1:1/graphql';

export interface Stack {
  /** The identity subgraph, absent when StackOptions.identity is false. */
  identity?: RunningSubgraph;
  items: RunningSubgraph;
  cases: RunningSubgraph;
  licences: LicencesEndpoint;
  halls: HallsEndpoint;
  /** Sandbox of the departmental system mz-wx-jzxt, which handles 特困人员救助供养审核确认. */
  department: SandboxDepartmentSystem;
  url: string;
  close: () => Promise<void>;
}

export interface StackOptions {
  /**
   * Starts the real identity subgraph, which submission needs to look up
   * applicants and divisions and the calendar sync reads; true unless set.
   */
  identity?: boolean;
}

/**
 * Starts the real identity and items subgraphs, the licences endpoint and
 * the cases subgraph talking to them over HTTP. Without identity, the
 * calendar sync is switched off and submissions fail with UPSTREAM_FAILED.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  isolateDatabase();
  process.env.YKB_OUTBOX_INTERVAL_MS ??= '100';

  // Without identity there is nothing to sync the calendar from, so the sync
  // is switched off instead of calling whatever listens on the default port.
  const identity =
    options.identity === false
      ? undefined
      : await startTestSubgraph(identitySubgraph);
  if (identity) {
    process.env.YKB_IDENTITY_URL = identity.url;
    delete process.env.YKB_CALENDAR_SYNC;
  } else {
    process.env.YKB_CALENDAR_SYNC = 'off';
    // Identity calls then fail with a refused connection instead of reaching a platform on the default port.
    process.env.YKB_IDENTITY_URL = UNREACHABLE_URL;
  }

  const items = await startTestSubgraph(itemsSubgraph);
  const licences = new LicencesEndpoint();
  await licences.start();
  const halls = new HallsEndpoint();
  await halls.start();
  let casesUrl = '';
  const department = new SandboxDepartmentSystem(
    'mz-wx-jzxt',
    SANDBOX_SECRET,
    () => casesUrl.replace(/\/graphql$/, ''),
  );
  await department.start();
  process.env.YKB_ITEMS_URL = items.url;
  process.env.YKB_LICENSES_URL = licences.url;
  process.env.YKB_HALLS_URL = halls.url;
  process.env.YKB_OUTBOX_LEASE_MS ??= '1000';
  process.env.YKB_DEPARTMENT_SYSTEM_ENDPOINTS = JSON.stringify([
    department.endpoint(),
  ]);
  const cases = await startTestSubgraph(casesSubgraph);
  casesUrl = cases.url;

  return {
    identity,
    items,
    cases,
    licences,
    halls,
    department,
    url: cases.url,
    close: async () => {
      await cases.close();
      await department.stop();
      await halls.stop();
      await licences.stop();
      await items.close();
      await identity?.close();
    },
  };
}

/** Viewer of a demo account, with the user id that identity seeds for it. */
export function demo(account: string): Viewer {
  const found = DEMO_ACCOUNTS.find((a) => a.account === account);
  if (!found) throw new Error(`No demo account ${account}.`);
  return {
    userId: demoUserId(found.account),
    name: found.name,
    roles: found.roles as Viewer['roles'],
    divisionCode: found.divisionCode,
    departmentCode: found.departmentCode,
    hallId: found.hallId,
    sessionId: 'test',
  };
}

export const CITIZEN = demo('13800138000');
export const CITIZEN_ID_CARD = DEMO_ACCOUNTS[0]!.idCardNumber!;
export const BUSINESS_ITEM = seededItemId('个体工商户设立登记');
export const ASSISTANCE_ITEM = seededItemId('临时救助');
export const VILLAGE = '500238100205';

/** Builds a tiny but well-formed PDF; `marker` makes its content, and so its hash, unique. */
export function pdfBase64(marker = randomBytes(6).toString('hex')): string {
  return Buffer.from(
    `%PDF-1.4\n% ${marker}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`,
  ).toString('base64');
}

const UPLOAD = `mutation($input: UploadMaterialInput!) { uploadMaterial(input: $input) { id fileName mimeType size sha256 uploadedAt } }`;

export async function uploadPdf(
  url: string,
  viewer: Viewer,
  marker?: string,
): Promise<string> {
  const result = await graphql(
    url,
    UPLOAD,
    {
      input: {
        fileName: 'material.pdf',
        mimeType: 'application/pdf',
        contentBase64: pdfBase64(marker),
      },
    },
    viewer,
  );
  if (result.errors)
    throw new Error(`upload failed: ${JSON.stringify(result.errors)}`);
  return result.data!.uploadMaterial.id as string;
}

export const CASE_FIELDS = `id caseNumber status itemName itemNameEn applicantName applicantIdNumber divisionCode departmentCode formData
  materials { code name fileId fileName } submittedAt acceptedAt decidedAt completedAt
  deadline { date provisional } statutoryDeadline { date provisional } timeLimitStatus
  item { id } applicant { id } hall { id } licence { id } licenceIssue { state attempts lastError }
  history { action actorId actorName at opinion } version`;

export const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${CASE_FIELDS} } }`;

export function newKey(): string {
  return `key-${randomBytes(8).toString('hex')}`;
}

/** Form data that passes the business-registration item's form. */
export function businessForm(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    applicantName: '张三',
    applicantIdCard: CITIZEN_ID_CARD,
    contactMobile: '13800138000',
    businessName: '城北小卖部',
    entityType: '个体工商户（个人经营）',
    legalRepresentative: '张三',
    businessScope: '日用百货零售',
    premisesAddress: '巫溪县城厢镇城北村 1 号',
    ...overrides,
  };
}

/** Form data that passes the temporary-assistance item's form. */
export function assistanceForm(): Record<string, unknown> {
  return {
    applicantName: '张三',
    applicantIdCard: CITIZEN_ID_CARD,
    contactMobile: '13800138000',
    reason: '家中突发火灾',
  };
}

/** Uploads one file per material code and returns the materials input. */
export async function materialsFor(
  url: string,
  viewer: Viewer,
  codes: string[],
): Promise<{ code: string; fileId: string }[]> {
  const materials = [];
  for (const code of codes)
    materials.push({ code, fileId: await uploadPdf(url, viewer) });
  return materials;
}

const ITEM_CONTENT_FIELDS = `name nameEn aliases themes keywords subjectTypes legalBasis conditions
  materials { code name required form count licenceTypeCode blankFormUrl exampleUrl }
  formFields { key label type required options maxLength }
  statutoryLimitDays promisedLimitDays fees { name amountFen basis }
  processSteps { name description limitDays } handlingPlaces { name address hours }
  deliveryMethods onlineDepth faqs { question answer } consultationPhone licenceTypeCode`;

/**
 * Publishes a new version of a CQ-MZ item of the city through the real
 * items subgraph: starts a draft, lets `edit` change its content, then
 * passes both reviews and publishes it. Returns the new version number.
 */
export async function publishMzItemVersion(
  itemsUrl: string,
  itemId: string,
  edit: (content: Record<string, any>) => void,
): Promise<number> {
  const author = viewerOf([Role.ItemAdmin], {
    divisionCode: '50',
    departmentCode: 'CQ-MZ',
  });
  const legal = viewerOf([Role.LegalReviewer], { divisionCode: '50' });
  const run = async (
    viewer: Viewer,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const result = await graphql(itemsUrl, query, variables, viewer);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const started = (
    await run(
      author,
      'mutation($id: ID!) { startItemDraft(itemId: $id) { version revision } }',
      { id: itemId },
    )
  ).startItemDraft as { version: number; revision: number };
  const version = started.version;
  const content = (
    await run(
      author,
      `query($id: ID!, $v: Int!) { itemVersion(itemId: $id, version: $v) { content { ${ITEM_CONTENT_FIELDS} } } }`,
      { id: itemId, v: version },
    )
  ).itemVersion.content;
  edit(content);
  const args = 'itemId: $id, version: $v, expectedRevision: $r';
  let revision = (
    await run(
      author,
      `mutation($id: ID!, $v: Int!, $r: Int!, $c: ItemContentInput!) { updateItemDraft(${args}, content: $c) { revision } }`,
      { id: itemId, v: version, r: started.revision, c: content },
    )
  ).updateItemDraft.revision;
  revision = (
    await run(
      author,
      `mutation($id: ID!, $v: Int!, $r: Int!) { submitItemDraft(${args}) { revision } }`,
      { id: itemId, v: version, r: revision },
    )
  ).submitItemDraft.revision;
  // The department review is a second item administrator of the same department.
  revision = (
    await run(
      viewerOf([Role.ItemAdmin], {
        divisionCode: '50',
        departmentCode: 'CQ-MZ',
      }),
      `mutation($id: ID!, $v: Int!, $r: Int!) { reviewItemDraftForDepartment(${args}, approve: true) { revision } }`,
      { id: itemId, v: version, r: revision },
    )
  ).reviewItemDraftForDepartment.revision;
  await run(
    legal,
    `mutation($id: ID!, $v: Int!, $r: Int!) { reviewItemDraftForLegality(${args}, approve: true) { revision } }`,
    { id: itemId, v: version, r: revision },
  );
  await run(
    author,
    'mutation($id: ID!, $v: Int!) { publishItemVersion(itemId: $id, version: $v) { status } }',
    { id: itemId, v: version },
  );
  return version;
}
