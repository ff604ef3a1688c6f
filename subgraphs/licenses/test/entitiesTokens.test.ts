import {
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  SignJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecordModel, Role, type RunningSubgraph } from '@ykb/common';
import { graphql, testToken } from '../../../tests/support/harness.js';
import {
  citizen,
  holderViewer,
  issueAsSystem,
  issueInput,
  startLicenses,
} from './fixtures.js';

/**
 * A hand-made `_entities` query sent straight to the licences subgraph,
 * past the gateway, gets exactly what its token allows: nothing for an
 * anonymous caller, the holder's own licence for the holder, and a refusal
 * for any token that fails verification.
 */

let subgraph: RunningSubgraph;
let ownLicenceId: string;
let otherLicenceId: string;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { id holderName holderIdNumber masked } } }`;
const both = () => ({
  r: [
    { __typename: 'Licence', id: ownLicenceId },
    { __typename: 'Licence', id: otherLicenceId },
  ],
});

beforeAll(async () => {
  subgraph = await startLicenses();
  const own = await issueAsSystem(subgraph.url, issueInput());
  const other = await issueAsSystem(
    subgraph.url,
    issueInput({
      holderUserId: 'u-demo-citizen-2',
      holderName: '欧阳娜娜',
      holderIdNumber: '500103198506122021',
      divisionCode: '500103001',
    }),
  );
  expect(own.errors).toBeUndefined();
  expect(other.errors).toBeUndefined();
  ownLicenceId = own.data!.issueLicence.id;
  otherLicenceId = other.data!.issueLicence.id;
});

afterAll(async () => {
  await subgraph?.close();
});

async function refusal(token: string) {
  const result = await graphql(subgraph.url, ENTITIES, both(), token);
  expect(result.data?._entities).toBeUndefined();
  const extensions = result.errors?.[0]?.extensions;
  return `${extensions?.code} ${extensions?.reason}`;
}

describe('_entities sent straight to the licences subgraph', () => {
  it('resolves nothing for an anonymous caller', async () => {
    const result = await graphql(subgraph.url, ENTITIES, both());
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(result.data!._entities).toEqual([null, null]);
  });

  it('resolves only the holder’s own licence for a citizen token', async () => {
    const result = await graphql(subgraph.url, ENTITIES, both(), holderViewer);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 1], 'FORBIDDEN'],
    ]);
    expect(result.data!._entities).toEqual([
      {
        id: ownLicenceId,
        holderName: citizen.name,
        holderIdNumber: citizen.idCardNumber,
        masked: false,
      },
      null,
    ]);
  });

  it('refuses a citizen token whose subject was changed to another citizen', async () => {
    const token = await testToken(holderViewer);
    const [header, , signature] = token.split('.');
    const claims = { ...decodeJwt(token), sub: 'u-demo-citizen-2' };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await refusal(forged)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('refuses a token signed by an unknown key under the trusted kid', async () => {
    const token = await testToken(holderViewer);
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(decodeJwt(token))
      .setProtectedHeader({
        alg: 'ES256',
        kid: decodeProtectedHeader(token).kid,
      })
      .sign(privateKey);
    expect(await refusal(forged)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('refuses SYSTEM claims under a user key, so no user token reads as a service', async () => {
    const token = await testToken({
      ...holderViewer,
      roles: [Role.System, Role.Citizen],
    });
    expect(await refusal(token)).toBe('UNAUTHENTICATED TOKEN_INVALID');
  });

  it('audits each refused token with its reason', async () => {
    const token = await testToken(holderViewer);
    const [header, , signature] = token.split('.');
    const claims = { ...decodeJwt(token), roles: ['ADMIN'] };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${forged}`,
        'x-request-id': 'audit-forged-token',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
    const records = await auditRecordModel(subgraph.connection)
      .find({ requestId: 'audit-forged-token' })
      .lean();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      service: 'licenses',
      action: 'authenticate',
      outcome: 'REFUSED',
      code: 'UNAUTHENTICATED',
      details: { reason: 'TOKEN_INVALID' },
    });
  });

  it('refuses an expired citizen token', async () => {
    const token = await testToken(holderViewer, {
      now: Date.now() - 3600_000,
    });
    expect(await refusal(token)).toBe('UNAUTHENTICATED TOKEN_EXPIRED');
  });
});
