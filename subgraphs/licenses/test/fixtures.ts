import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * Starts the licences subgraph on its own database with a fresh random seal
 * master key. Unless YKB_IDENTITY_URL is set, it also starts an identity
 * stub that serves the demo accounts.
 */
export async function startLicenses(): Promise<RunningSubgraph> {
  isolateDatabase();
  process.env.YKB_SEAL_MASTER_KEY = randomBytes(32).toString('hex');
  const identity = process.env.YKB_IDENTITY_URL
    ? null
    : await startIdentityStub(demoIdentityUsers());
  const subgraph = await startTestSubgraph(licensesSubgraph);
  return {
    ...subgraph,
    close: async () => {
      await subgraph.close();
      await identity?.close();
    },
  };
}

/** A user as the identity subgraph returns it to a SYSTEM caller. */
export interface StubUser {
  id: string;
  kind: 'PERSON' | 'LEGAL_PERSON' | 'STAFF';
  idCardNumber: string | null;
  creditCode: string | null;
  masked: boolean;
}

function demoIdentityUsers(): Map<string, StubUser> {
  const users = new Map<string, StubUser>();
  for (const account of DEMO_ACCOUNTS) {
    const id = demoUserId(account.account);
    const kind = account.roles.includes(Role.Citizen)
      ? 'PERSON'
      : account.roles.includes(Role.LegalPerson)
        ? 'LEGAL_PERSON'
        : 'STAFF';
    users.set(id, {
      id,
      kind,
      idCardNumber: account.idCardNumber ?? null,
      creditCode: account.creditCode ?? null,
      masked: false,
    });
  }
  return users;
}

/**
 * Serves identity's `_entities` for User over real HTTP on a loopback port,
 * from a map the test fills, and records the user ids of every call.
 * YKB_IDENTITY_URL points the licences subgraph at it.
 */
export async function startIdentityStub(
  users: Map<string, StubUser> = new Map(),
): Promise<{
  users: Map<string, StubUser>;
  calls: string[][];
  close: () => Promise<void>;
}> {
  const calls: string[][] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { variables } = JSON.parse(body) as {
        variables: { representations: { id: string }[] };
      };
      const ids = variables.representations.map((r) => r.id);
      calls.push(ids);
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          data: { _entities: ids.map((id) => users.get(id) ?? null) },
        }),
      );
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  process.env.YKB_IDENTITY_URL = `http://127.0.0.1:${port}/graphql`;
  return {
    users,
    calls,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          delete process.env.YKB_IDENTITY_URL;
          done();
        }),
      ),
  };
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

/** A case as the cases subgraph returns it to a SYSTEM caller. */
export interface StubCase {
  id: string;
  caseNumber: string;
  status: string;
  divisionCode: string;
  departmentCode: string;
  applicant: { id: string };
  applicantIdNumber: string | null;
}

/**
 * Serves the cases subgraph's `case(id)` query and `_entities` for Case over real HTTP on a loopback
 * port, from a map the test fills, and records the tokens it was called with.
 * YKB_CASES_URL points the licences subgraph at it.
 */
export async function startCasesStub(): Promise<{
  cases: Map<string, StubCase>;
  tokens: string[];
  /** Case ids of every `_entities` call, one list per call. */
  entityCalls: string[][];
  close: () => Promise<void>;
}> {
  const cases = new Map<string, StubCase>();
  const tokens: string[] = [];
  const entityCalls: string[][] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      tokens.push(request.headers.authorization ?? '');
      const { variables } = JSON.parse(body) as {
        variables: { id?: string; representations?: { id: string }[] };
      };
      response.setHeader('content-type', 'application/json');
      if (variables.representations) {
        const ids = variables.representations.map((r) => r.id);
        entityCalls.push(ids);
        response.end(
          JSON.stringify({
            data: { _entities: ids.map((id) => cases.get(id) ?? null) },
          }),
        );
        return;
      }
      response.end(
        JSON.stringify({ data: { case: cases.get(variables.id!) ?? null } }),
      );
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  process.env.YKB_CASES_URL = `http://127.0.0.1:${port}/graphql`;
  return {
    cases,
    tokens,
    entityCalls,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Window staff of the market regulation department in 巫溪县, who handles the fixture's cases. */
export const windowStaff = viewerOf([Role.WindowStaff], {
  name: '王窗口',
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

/** A case of the demo citizen at 巫溪县城北村 handled by market regulation. */
export function stubCase(overrides: Partial<StubCase> = {}): StubCase {
  const id = `case-${randomBytes(6).toString('hex')}`;
  return {
    id,
    caseNumber: `500238-20260105-${randomBytes(2).toString('hex')}`,
    status: 'ACCEPTED',
    divisionCode: '500238100205',
    departmentCode: 'CQ-SCJG',
    applicant: { id: citizenId },
    applicantIdNumber: citizen.idCardNumber!,
    ...overrides,
  };
}
