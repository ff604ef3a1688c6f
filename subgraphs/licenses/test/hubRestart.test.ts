import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { licensesSubgraph } from '../src/index.js';
import { SANDBOX_REMOTE_LICENCES } from '../src/nationalHub.js';
import {
  issueAsSystem,
  issueInput,
  remoteHolderCase,
  startCasesStub,
  startLicenses,
  windowStaff,
} from './fixtures.js';

let subgraph: RunningSubgraph;
let casesStub: Awaited<ReturnType<typeof startCasesStub>>;

beforeAll(async () => {
  casesStub = await startCasesStub();
  // Hub delivery runs every 20 ms, so the test only polls until the event arrives.
  process.env.YKB_LICENCE_SWEEP_MS = '20';
  subgraph = await startLicenses();
});

afterAll(async () => {
  await subgraph?.close();
  await casesStub?.close();
  delete process.env.YKB_LICENCE_SWEEP_MS;
});

const admin = viewerOf([Role.Admin], { divisionCode: '50' });
const officer = viewerOf([Role.LicenceOfficer], {
  divisionCode: '500238',
  departmentCode: 'CQ-SCJG',
});
const FETCH = `mutation($i: String!, $c: ID!, $k: String!) {
  fetchRemoteLicence(identifier: $i, caseId: $c, purpose: MATERIAL_EXEMPTION, idempotencyKey: $k) { identifier signatureValid }
}`;

function hubEvents() {
  return subgraph.connection
    .db!.collection('sandbox_hub_events')
    .find({}, { projection: { _id: 1, kind: 1, identifier: 1 } })
    .sort({ _id: 1 })
    .toArray();
}

async function fetchRemote(key: string) {
  const theCase = remoteHolderCase(SANDBOX_REMOTE_LICENCES[0]!);
  casesStub.cases.set(theCase.id, theCase);
  const result = await graphql(
    subgraph.url,
    FETCH,
    { i: SANDBOX_REMOTE_LICENCES[0]!.identifier, c: theCase.id, k: key },
    windowStaff,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.fetchRemoteLicence as { signatureValid: boolean };
}

describe('sandbox national hub', () => {
  it('keeps its state across a restart', async () => {
    const published = await graphql(
      subgraph.url,
      'mutation { publishLicenceCatalogue }',
      {},
      admin,
    );
    expect(published.errors).toBeUndefined();
    const typeCount = published.data!.publishLicenceCatalogue as number;
    expect(typeCount).toBeGreaterThan(0);

    const issued = await issueAsSystem(subgraph.url, issueInput());
    const licence = issued.data!.issueLicence as {
      id: string;
      identifier: string;
    };
    const revoked = await graphql(
      subgraph.url,
      'mutation($id: ID!) { revokeLicence(id: $id, reason: "吊销") { status } }',
      { id: licence.id },
      officer,
    );
    expect(revoked.errors).toBeUndefined();
    let delivered = await hubEvents();
    while (!delivered.some((e) => e.kind === 'REVOKED')) {
      await new Promise((resume) => setTimeout(resume, 20));
      delivered = await hubEvents();
    }
    expect(
      delivered
        .filter((e) => e.identifier === licence.identifier)
        .map((e) => e.kind),
    ).toEqual(['ISSUED', 'REVOKED']);
    expect((await fetchRemote('hub-restart-0001')).signatureValid).toBe(true);
    const keyBefore = await subgraph.connection
      .db!.collection('platform_keys')
      .findOne({ _id: 'sandbox-national-hub' as never });
    expect(keyBefore?.publicKeyPem).toMatch(/BEGIN PUBLIC KEY/);

    // Restart on the same database prefix and seal master key, which stay in the environment.
    await subgraph.close();
    subgraph = await startTestSubgraph(licensesSubgraph);

    expect(await hubEvents()).toEqual(delivered);
    const catalogue = await subgraph.connection
      .db!.collection('sandbox_hub_catalogue')
      .countDocuments();
    expect(catalogue).toBe(typeCount);
    const keyAfter = await subgraph.connection
      .db!.collection('platform_keys')
      .findOne({ _id: 'sandbox-national-hub' as never });
    expect(keyAfter?.publicKeyPem).toBe(keyBefore?.publicKeyPem);
    expect((await fetchRemote('hub-restart-0002')).signatureValid).toBe(true);

    const again = await graphql(
      subgraph.url,
      'mutation { publishLicenceCatalogue }',
      {},
      admin,
    );
    expect(again.data!.publishLicenceCatalogue).toBe(typeCount);
  });
});
