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
  /** Registered name, which registeredHolders returns; the `_entities` response leaves it out. */
  name?: string;
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
      name: account.name,
      kind,
      idCardNumber: account.idCardNumber ?? null,
      creditCode: account.creditCode ?? null,
      masked: false,
    });
  }
  return users;
}

/** An agent grant as the identity stub checks it: the agent, the legal person and the outcome of a use. */
export interface StubGrant {
  agentId: string;
  legalPersonId: string;
  outcome: 'ALLOWED' | 'GRANT_REVOKED' | 'GRANT_EXPIRED';
}

/** Returns useAgentGrant's result from the stub's grants: GRANT_NOT_FOUND unless the grant names the agent and legal person. */
function grantAnswer(
  grants: Map<string, StubGrant>,
  variables: Record<string, unknown>,
) {
  const grant = grants.get(String(variables.grantId));
  const outcome =
    grant &&
    grant.agentId === variables.agentId &&
    grant.legalPersonId === variables.legalPersonId
      ? grant.outcome
      : 'GRANT_NOT_FOUND';
  return {
    data: {
      useAgentGrant: {
        use: { outcome },
        itemCodes: [],
      },
    },
  };
}

/** Returns registeredHolders' result from the stub's users that have a name and the requested number. */
function registeredHoldersAnswer(
  users: Map<string, StubUser>,
  variables: Record<string, unknown>,
) {
  const numbers = new Set(
    (variables.idNumbers as string[]).map((n) => n.toUpperCase()),
  );
  const holders = [...users.values()].flatMap((user) => {
    const idNumber =
      user.kind === 'PERSON'
        ? user.idCardNumber
        : user.kind === 'LEGAL_PERSON'
          ? user.creditCode
          : null;
    if (!user.name || !idNumber || user.masked) return [];
    if (!numbers.has(idNumber.toUpperCase())) return [];
    return [{ idNumber, userId: user.id, kind: user.kind, name: user.name }];
  });
  return { data: { registeredHolders: holders } };
}

/**
 * Serves identity's `_entities` for User, `registeredHolders` and `useAgentGrant` over real HTTP on a loopback port,
 * from a map the test fills, and records the user ids of every call.
 * YKB_IDENTITY_URL points the licences subgraph at it.
 */
export async function startIdentityStub(
  users: Map<string, StubUser> = new Map(),
): Promise<{
  users: Map<string, StubUser>;
  grants: Map<string, StubGrant>;
  calls: string[][];
  close: () => Promise<void>;
}> {
  const calls: string[][] = [];
  const grants = new Map<string, StubGrant>();
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as {
        query: string;
        variables?: { representations?: { id: string }[] };
      };
      response.setHeader('content-type', 'application/json');
      if (query.includes('useAgentGrant')) {
        response.end(JSON.stringify(grantAnswer(grants, variables ?? {})));
        return;
      }
      if (query.includes('registeredHolders')) {
        response.end(
          JSON.stringify(registeredHoldersAnswer(users, variables ?? {})),
        );
        return;
      }
      if (!variables?.representations) {
        // Other callers, such as the data subgraph's users feed, get an error.
        response.end(
          JSON.stringify({
            errors: [
              {
                message:
                  'The identity stub serves only _entities, registeredHolders and useAgentGrant.',
              },
            ],
          }),
        );
        return;
      }
      const ids = variables.representations.map((r) => r.id);
      calls.push(ids);
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
    grants,
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

/** Face data of the default issueLicence input: a 食品经营许可证's elements, with `overrides` merged in. */
export function faceData(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    itemName: '食品经营许可',
    businessName: '城北村小吃店',
    // entityType and businessScope make the data issuable as a 营业执照 too.
    entityType: '个体工商户（个人经营）',
    businessScope: '小吃服务',
    premisesAddress: '重庆市巫溪县城厢镇城北村3组12号',
    legalRepresentative: citizen.name,
    applicantIdCard: citizen.idCardNumber!,
    contactMobile: citizen.mobile!,
    foodCategory: '热食类食品制售',
    extras: { seats: 24, notes: {}, tags: ['小吃', '堂食'] },
    ...overrides,
  };
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
    data: faceData(),
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

/** A case whose applicant, an organisation, holds a licence of another province that the sandbox hub serves. */
export function remoteHolderCase(licence: {
  holderIdNumber: string;
}): StubCase {
  return stubCase({
    applicant: { id: 'u-remote-holder' },
    applicantIdNumber: licence.holderIdNumber,
  });
}
