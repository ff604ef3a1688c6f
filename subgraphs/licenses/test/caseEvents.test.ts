import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import {
  holderViewer,
  issueAsSystem,
  issueInput,
  startCasesStub,
  startLicenses,
  stubCase,
  windowStaff,
} from './fixtures.js';

let subgraph: RunningSubgraph;
let casesStub: Awaited<ReturnType<typeof startCasesStub>>;

beforeAll(async () => {
  casesStub = await startCasesStub();
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
  await casesStub?.close();
});

const CASE_EVENTS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Case { id licenceEvents { kind identifier newIdentifier reason changedElements } }
  }
}`;

const officer = viewerOf([Role.LicenceOfficer], {
  name: '李发证',
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});

function caseEvents(viewer: Parameters<typeof graphql>[3], ids: string[]) {
  return graphql(
    subgraph.url,
    CASE_EVENTS,
    { representations: ids.map((id) => ({ __typename: 'Case', id })) },
    viewer,
  );
}

/** A case issuing one licence that was revoked, and a case using one licence that was changed. */
async function setUp() {
  const issuing = stubCase({ status: 'APPROVED' });
  casesStub.cases.set(issuing.id, issuing);
  const issued = await issueAsSystem(
    subgraph.url,
    issueInput({ caseId: issuing.id }),
  );
  expect(issued.errors).toBeUndefined();
  const first = issued.data!.issueLicence as { id: string; identifier: string };

  const other = await issueAsSystem(subgraph.url, issueInput());
  const second = other.data!.issueLicence as { id: string; identifier: string };
  const using = stubCase();
  casesStub.cases.set(using.id, using);
  const used = await graphql(
    subgraph.url,
    `
      mutation ($input: UseLicenceInput!) {
        useLicence(input: $input) {
          status
        }
      }
    `,
    {
      input: {
        idempotencyKey: `use-${randomBytes(6).toString('hex')}`,
        identifier: second.identifier,
        purpose: 'MATERIAL_EXEMPTION',
        caseId: using.id,
      },
    },
    windowStaff,
  );
  expect(used.errors).toBeUndefined();

  const revoked = await graphql(
    subgraph.url,
    'mutation($id: ID!) { revokeLicence(id: $id, reason: "以欺骗手段取得") { status } }',
    { id: first.id },
    officer,
  );
  expect(revoked.errors).toBeUndefined();
  const changed = await graphql(
    subgraph.url,
    'mutation($id: ID!, $data: JSON!) { changeLicence(id: $id, data: $data, reason: "名称变更") { identifier } }',
    { id: second.id, data: { businessName: '城北村小吃店（更名）' } },
    officer,
  );
  expect(changed.errors).toBeUndefined();
  return {
    issuing,
    using,
    first,
    second,
    newIdentifier: changed.data!.changeLicence.identifier as string,
  };
}

describe('Case.licenceEvents', () => {
  let fixture: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    fixture = await setUp();
  });

  it('lists events of issued and used licences in one batch', async () => {
    const quiet = stubCase();
    casesStub.cases.set(quiet.id, quiet);
    casesStub.entityCalls.length = 0;
    const result = await caseEvents(windowStaff, [
      fixture.issuing.id,
      fixture.using.id,
      quiet.id,
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      {
        id: fixture.issuing.id,
        licenceEvents: [
          {
            kind: 'REVOKED',
            identifier: fixture.first.identifier,
            newIdentifier: null,
            reason: '以欺骗手段取得',
            changedElements: [],
          },
        ],
      },
      {
        id: fixture.using.id,
        licenceEvents: [
          {
            kind: 'CHANGED',
            identifier: fixture.second.identifier,
            newIdentifier: fixture.newIdentifier,
            reason: '名称变更',
            changedElements: ['businessName'],
          },
        ],
      },
      { id: quiet.id, licenceEvents: [] },
    ]);
    expect(casesStub.entityCalls).toEqual([
      [fixture.issuing.id, fixture.using.id, quiet.id],
    ]);
  });

  it('follows later versions of the licence', async () => {
    const issuing = stubCase({ status: 'APPROVED' });
    casesStub.cases.set(issuing.id, issuing);
    const issued = await issueAsSystem(
      subgraph.url,
      issueInput({ caseId: issuing.id }),
    );
    expect(issued.errors).toBeUndefined();
    const first = issued.data!.issueLicence as {
      id: string;
      identifier: string;
    };
    const changed = await graphql(
      subgraph.url,
      'mutation($id: ID!, $data: JSON!) { changeLicence(id: $id, data: $data, reason: "名称变更") { id identifier } }',
      { id: first.id, data: { businessName: '城北村小吃店（二）' } },
      officer,
    );
    expect(changed.errors).toBeUndefined();
    const second = changed.data!.changeLicence as {
      id: string;
      identifier: string;
    };
    const third = await graphql(
      subgraph.url,
      'mutation($id: ID!, $data: JSON!) { changeLicence(id: $id, data: $data, reason: "经营场所变更") { id identifier } }',
      {
        id: second.id,
        data: { premisesAddress: '重庆市巫溪县城厢镇城北村4组' },
      },
      officer,
    );
    expect(third.errors).toBeUndefined();
    const latest = third.data!.changeLicence as {
      id: string;
      identifier: string;
    };
    const revoked = await graphql(
      subgraph.url,
      'mutation($id: ID!) { revokeLicence(id: $id, reason: "以欺骗手段取得") { status } }',
      { id: latest.id },
      officer,
    );
    expect(revoked.errors).toBeUndefined();

    const result = await caseEvents(windowStaff, [issuing.id]);
    expect(result.errors).toBeUndefined();
    const events = result.data!._entities[0].licenceEvents as {
      kind: string;
      identifier: string;
      newIdentifier: string | null;
    }[];
    expect(events.map((e) => [e.kind, e.identifier, e.newIdentifier])).toEqual([
      ['CHANGED', first.identifier, second.identifier],
      ['CHANGED', second.identifier, latest.identifier],
      ['REVOKED', latest.identifier, null],
    ]);
  });

  it('shows the applicant the events of their case', async () => {
    const result = await caseEvents(holderViewer, [fixture.issuing.id]);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].licenceEvents).toHaveLength(1);
  });

  it('shows an agent of the applicant the events', async () => {
    const agent = viewerOf([Role.Citizen], {
      name: '代办人',
      onBehalfOf: fixture.issuing.applicant.id,
      grantId: 'grant-licence-events',
    });
    const result = await caseEvents(agent, [fixture.issuing.id]);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].licenceEvents).toHaveLength(1);
  });

  it('lets SYSTEM read without a case lookup', async () => {
    casesStub.entityCalls.length = 0;
    const result = await caseEvents(
      viewerOf([Role.System], { name: 'cases' }),
      [fixture.using.id],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].licenceEvents).toHaveLength(1);
    expect(casesStub.entityCalls).toEqual([]);
  });

  it.each([
    ['another citizen', viewerOf([Role.Citizen], { name: '钱四' })],
    [
      'staff of another department',
      viewerOf([Role.WindowStaff], {
        divisionCode: '500238',
        departmentCode: 'CQ-GA',
      }),
    ],
    [
      'staff of another county',
      viewerOf([Role.WindowStaff], {
        divisionCode: '500101',
        departmentCode: 'CQ-SCJG',
      }),
    ],
  ])('rejects %s', async (_, viewer) => {
    const result = await caseEvents(viewer, [fixture.issuing.id]);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result.data ?? null)).not.toContain(
      fixture.first.identifier,
    );
  });

  it('rejects an unknown case like a foreign one', async () => {
    const result = await caseEvents(windowStaff, ['case-does-not-exist']);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
